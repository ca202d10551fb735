// RUN: memplan-opt %s --memplan-export-problem=output=%t.json -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: memplan-opt %s --memplan-export-problem -o /dev/null | FileCheck %s
// RUN: memplan-solve %t.json | FileCheck %s --check-prefix=SOLVE
// RUN: not memplan-opt %s --memplan-export-problem=output=%t.missing/problem.json -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERROR
//
// --memplan-export-problem writes the module's one problem in the planner's
// JSON format (default: standard output), which memplan-solve reads back.
//
// Ticks: 0-1 constants | 2 alloc a | 3 alloc b | 4 store a | 5 store b |
// 6 load a | 7 return, so a lives in [4, 7) and b in [5, 6). b has no
// `pools` (every pool) and alignment 1, which the format leaves out.

memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory alignment 64

func.func @main() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1 : i8
  %a = memplan.alloc pools [@slow_memory] alignment 32 : memref<100xi8> loc("a")
  %b = memplan.alloc : memref<8xi8> loc("b")
  memref.store %x, %a[%c0] : memref<100xi8>
  memref.store %x, %b[%c0] : memref<8xi8>
  %y = memref.load %a[%c0] : memref<100xi8>
  return
}

// CHECK:      {"pools": [
// CHECK-NEXT:   {"name":"fast_memory","capacity":200704,"alignment":16},
// CHECK-NEXT:   {"name":"slow_memory","alignment":64}],
// CHECK-NEXT:  "buffers": [
// CHECK-NEXT:   {"name":"a","size":100,"alignment":32,"pools":["slow_memory"],"intervals":{{\[\[}}4,7]]},
// CHECK-NEXT:   {"name":"b","size":8,"intervals":{{\[\[}}5,6]]}]}

// SOLVE: "name":"a","pool":"slow_memory"

// ERROR: error: cannot open output file '{{.*}}problem.json'
