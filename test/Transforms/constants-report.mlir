// RUN: memplan-opt %s --memplan-pipeline="constant-pool=rom algorithm=greedy-by-size report=true report-file=%t.txt" -o /dev/null | FileCheck %s --check-prefix=TABLE
// RUN: FileCheck %s --check-prefix=TEXT < %t.txt
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=rom algorithm=greedy-by-size report-file=%t.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=JSON < %t.json

// The reports give the constant pool with the workspace pools. Constants
// (pool alignment 16): @a 4 x i32 = 16 bytes -> [0, 16); @b 3 x i8 = 3
// bytes -> [16, 19). Size 19; lower bound 16 + 3 = 19. The workspace: one
// 64-byte buffer in the default pool @workspace.

// TABLE:      workspace          1            64            64            64             0     0.0%
// TABLE-NEXT: rom                2            19            19            19             0     0.0%
// TABLE-NEXT: total              3            83            83            83             0     0.0%

// Constants are live for the whole timeline: [0, the end of the last
// workspace interval). Ticks of @main: the two arith.constant 0 and 1, the
// alloc 2, the store 3 (the buffer's only access: [3, 4)); so [0, 4).
// TEXT: rom               -         16    19           19      100.00%
// TEXT: buf       64          1  workspace       0   64  [3,4)
// TEXT: @a        16          4  rom             0   16  [0,4)      {{.*}}constants-report.mlir:43:1
// TEXT: @b         3          1  rom            16   19  [0,4)      {{.*}}constants-report.mlir:44:1

// JSON:      "name": "rom",
// JSON-NEXT: "capacity": null,
// JSON-NEXT: "alignment": 16,
// JSON-NEXT: "used": 19,
// JSON-NEXT: "lower_bound": 19,
// JSON:      "name": "@a",
// JSON:      "pool": "rom",
// JSON-NEXT: "offset": 0,

func.func @main() -> (i32, i8) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  %buf = memref.alloc() : memref<64xi8> loc("buf")
  memref.store %v, %buf[%c0] : memref<64xi8>
  %a = memref.get_global @a : memref<4xi32>
  %b = memref.get_global @b : memref<3xi8>
  %x = memref.load %a[%c0] : memref<4xi32>
  %y = memref.load %b[%c0] : memref<3xi8>
  return %x, %y : i32, i8
}
memref.global "private" constant @a : memref<4xi32> = dense<[1, 2, 3, 4]>
memref.global "private" constant @b : memref<3xi8> = dense<9>
