// RUN: memplan-opt %s --memplan-test-print-liveness -o /dev/null | FileCheck %s
// Candidate pools: the alloc's `pools`, in its order, else every pool in
// module order (test_linear of seed 002 expects sid_8's candidates to be
// [fast_memory, slow_memory]). Alignment: the alloc's `alignment`, else 1;
// the planner adds the pool's alignment. Sizes follow the data layout:
// 3 x i64 = 24 bytes, 5 x i1 = 5 bytes (one byte per element), 4 x index =
// 32 bytes (index is 64-bit by default).

memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory

func.func @main() {
  %c0 = arith.constant 0 : index
  %sid_8 = memplan.alloc : memref<802816xi8> loc("sid_8")
  %reversed = memplan.alloc pools [@slow_memory, @fast_memory] alignment 128 : memref<3xi64> loc("reversed")
  %flags = memplan.alloc pools [@fast_memory] : memref<5xi1> loc("flags")
  %indices = memplan.alloc alignment 8 : memref<4xindex> loc("indices")
  %x = memref.load %sid_8[%c0] : memref<802816xi8>
  %y = memref.load %reversed[%c0] : memref<3xi64>
  %z = memref.load %flags[%c0] : memref<5xi1>
  %w = memref.load %indices[%c0] : memref<4xindex>
  return
}

// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer sid_8: size 802816, alignment 1, pools [fast_memory, slow_memory],
// CHECK: buffer reversed: size 24, alignment 128, pools [slow_memory, fast_memory],
// CHECK: buffer flags: size 5, alignment 1, pools [fast_memory],
// CHECK: buffer indices: size 32, alignment 8, pools [fast_memory, slow_memory],
