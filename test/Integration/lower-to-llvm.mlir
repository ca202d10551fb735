// The lowered IR takes the standard lowering to LLVM unchanged: pools become
// llvm.mlir.global arrays with their alignment, offsets beyond 4 GiB stay
// 64-bit, and zero-sized pools are empty arrays.
// RUN: memplan-opt %s --memplan-pipeline="pools=empty:0,huge::64 algorithm=greedy-by-size" --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts | FileCheck %s

// Two 4 GiB buffers live together (1073741824 x f32 each) and a zero-sized
// one. greedy-by-size: the empty buffer fits the 0-byte pool at 0; the big
// ones go to huge, the first at 0 and the second above it at 4294967296.
// CHECK-DAG: llvm.mlir.global private @empty() {addr_space = 0 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
// CHECK-DAG: llvm.mlir.global private @huge() {addr_space = 0 : i32, alignment = 64 : i64} : !llvm.array<8589934592 x i8>
// CHECK: llvm.func @f
// CHECK: llvm.mlir.constant(4294967296 : index) : i64
// CHECK-NOT: memplan
// CHECK-NOT: memref.

func.func @f() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1.0 : f32
  %z = memref.alloc() : memref<0x4xf32>
  %big = memref.alloc() : memref<1073741824xf32>
  %big2 = memref.alloc() : memref<1073741824xf32>
  memref.store %v, %big[%c0] : memref<1073741824xf32>
  memref.store %v, %big2[%c0] : memref<1073741824xf32>
  %x = memref.load %big[%c0] : memref<1073741824xf32>
  %y = memref.load %big2[%c0] : memref<1073741824xf32>
  %d = memref.dim %z, %c0 : memref<0x4xf32>
  return
}
