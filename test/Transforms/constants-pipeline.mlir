// RUN: memplan-opt %s --memplan-pipeline="constant-pool=rom" | FileCheck %s
// RUN: not memplan-opt %s --memplan-pipeline 2>&1 | FileCheck %s --check-prefix=MISSING

// A module that declares only its constant pool: the pipeline still
// declares the default workspace for the buffers (a constant pool does not
// count as the module's pools), and packs the constant into @rom.
// @w: 4 x i32 = 16 bytes at 0; the buffer: 64 bytes at 0 of @workspace.
// CHECK-DAG: memref.global "private" @workspace : memref<64xi8> = uninitialized {alignment = 16 : i64}
// CHECK-DAG: memref.global "private" constant @rom : memref<16xi8> = dense<[1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0]> {alignment = 16 : i64}
// CHECK-NOT: memplan.

// Without constant-pool, nothing fills the constant pool and the lowering
// says so.
// MISSING: error: 'memplan.pool' op holds constants but has no planned size; run --memplan-plan-constants before --memplan-lower

memplan.pool @rom access read_only constants
memref.global "private" constant @w : memref<4xi32> = dense<[1, 2, 3, 4]>

func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %v = arith.constant 7 : i8
  %buf = memref.alloc() : memref<64xi8>
  memref.store %v, %buf[%c0] : memref<64xi8>
  %w = memref.get_global @w : memref<4xi32>
  %x = memref.load %w[%c0] : memref<4xi32>
  return %x : i32
}
