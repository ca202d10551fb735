// REQUIRES: mlir-runner
// A bufferized program with a function called twice, buffers live across a
// loop, a buffer allocated inside the loop, a byte buffer viewed as a matrix
// with a subview passed (through a cast) to a function. Lowered to LLVM
// without and with the memplan pipeline (one pool or several, several
// algorithms) and run: every run prints exactly the same, and the values
// derived by hand below.

// DEFINE: %{to-llvm} = --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %s %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %s --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t.default
// RUN: diff %t.plain %t.default
// RUN: memplan-opt %s --memplan-pipeline=algorithm=greedy-by-size %{to-llvm} | %{run} | %{strip} > %t.size
// RUN: diff %t.plain %t.size
// RUN: memplan-opt %s --memplan-pipeline=algorithm=greedy-by-conflicts %{to-llvm} | %{run} | %{strip} > %t.conflicts
// RUN: diff %t.plain %t.conflicts
// RUN: memplan-opt %s --memplan-pipeline=algorithm=hill-climb %{to-llvm} | %{run} | %{strip} > %t.hill
// RUN: diff %t.plain %t.hill
// RUN: memplan-opt %s --memplan-pipeline="pools=tiny:64,big algorithm=greedy-by-size" %{to-llvm} | %{run} | %{strip} > %t.pools
// RUN: diff %t.plain %t.pools
// RUN: memplan-opt %s --memplan-pipeline="pools=tiny:96:64,big::128 algorithm=first-fit" %{to-llvm} | %{run} | %{strip} > %t.aligned
// RUN: diff %t.plain %t.aligned

// Everything static is planned, and both pools are used.
// RUN: memplan-opt %s --memplan-pipeline="pools=tiny:64,big algorithm=greedy-by-size" | FileCheck %s --check-prefix=IR
// IR-DAG: memref.global "private" @tiny : memref<{{[1-9][0-9]*}}xi8>
// IR-DAG: memref.global "private" @big : memref<{{[1-9][0-9]*}}xi8>
// IR-NOT: memref.alloc

// By hand. a = [0, 1, ..., 7]; acc starts at 0 and each loop iteration i
// computes t[j] = acc[(j+1) mod 8] + a[j] into a fresh buffer t, then copies
// t into acc (so t must not share bytes with acc or a):
//   i=0: acc = [0, 1, 2, 3, 4, 5, 6, 7]
//   i=1: acc = [1, 3, 5, 7, 9, 11, 13, 7]
//   i=2: acc = [3, 6, 9, 12, 15, 18, 13, 8]
// @scale_into(src, dst, k): tmp = src * k; dst[j] += tmp[7 - j].
//   First call (a, acc, 1): acc += [7, 6, ..., 0]
//     acc = [10, 12, 14, 16, 18, 20, 14, 8]
//   Matrix m (64 bytes viewed as 4x4 f32) is 0 except row 1, which receives
//   acc[0..3] through a subview: [10, 12, 14, 16].
//   Second call (acc, b, 0.5) with b = 10: tmp = [5, 6, 7, 8, 9, 10, 7, 4],
//     reversed [4, 7, 10, 9, 8, 7, 6, 5], b = [14, 17, 20, 19, 18, 17, 16, 15]

// CHECK: sizes = [8] strides = [1] data =
// CHECK-NEXT: [10, 12, 14, 16, 18, 20, 14, 8]
// CHECK: sizes = [8] strides = [1] data =
// CHECK-NEXT: [14, 17, 20, 19, 18, 17, 16, 15]
// CHECK: sizes = [4, 4] strides = [4, 1] data =
// CHECK-NEXT: {{\[\[}}0, 0, 0, 0],
// CHECK-NEXT:  [10, 12, 14, 16],
// CHECK-NEXT:  [0, 0, 0, 0],
// CHECK-NEXT:  [0, 0, 0, 0]]

func.func private @printMemrefF32(memref<*xf32>)

// dst[j] += (src * k)[7 - j], through a scratch buffer.
func.func private @scale_into(%src: memref<8xf32>, %dst: memref<8xf32>, %k: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %tmp = memref.alloc() : memref<8xf32>
  scf.for %j = %c0 to %c8 step %c1 {
    %s = memref.load %src[%j] : memref<8xf32>
    %p = arith.mulf %s, %k : f32
    memref.store %p, %tmp[%j] : memref<8xf32>
  }
  scf.for %j = %c0 to %c8 step %c1 {
    %r = arith.subi %c7, %j : index
    %t = memref.load %tmp[%r] : memref<8xf32>
    %d = memref.load %dst[%j] : memref<8xf32>
    %sum = arith.addf %d, %t : f32
    memref.store %sum, %dst[%j] : memref<8xf32>
  }
  memref.dealloc %tmp : memref<8xf32>
  return
}

// row[j] = src[j] for j < 4; row is a strided view of someone's memory.
func.func private @copy_prefix(%src: memref<8xf32>, %row: memref<4xf32, strided<[1], offset: ?>>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %j = %c0 to %c4 step %c1 {
    %v = memref.load %src[%j] : memref<8xf32>
    memref.store %v, %row[%j] : memref<4xf32, strided<[1], offset: ?>>
  }
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %half = arith.constant 0.5 : f32
  %ten = arith.constant 10.0 : f32

  %a = memref.alloc() : memref<8xf32>
  scf.for %j = %c0 to %c8 step %c1 {
    %ji = arith.index_cast %j : index to i32
    %jf = arith.sitofp %ji : i32 to f32
    memref.store %jf, %a[%j] : memref<8xf32>
  }

  // acc is written in one iteration and read in the next.
  %acc = memref.alloc() : memref<8xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<8xf32>)
  scf.for %i = %c0 to %c3 step %c1 {
    %t = memref.alloc() : memref<8xf32>
    scf.for %j = %c0 to %c8 step %c1 {
      %n = arith.addi %j, %c1 : index
      %wrapped = arith.remui %n, %c8 : index
      %prev = memref.load %acc[%wrapped] : memref<8xf32>
      %aj = memref.load %a[%j] : memref<8xf32>
      %s = arith.addf %prev, %aj : f32
      memref.store %s, %t[%j] : memref<8xf32>
    }
    memref.copy %t, %acc : memref<8xf32> to memref<8xf32>
    memref.dealloc %t : memref<8xf32>
  }

  func.call @scale_into(%a, %acc, %one) : (memref<8xf32>, memref<8xf32>, f32) -> ()

  %raw = memref.alloc() : memref<64xi8>
  %m = memref.view %raw[%c0][] : memref<64xi8> to memref<4x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<4x4xf32>)
  %row = memref.subview %m[1, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
  %row_any = memref.cast %row : memref<4xf32, strided<[1], offset: 4>> to memref<4xf32, strided<[1], offset: ?>>
  func.call @copy_prefix(%acc, %row_any) : (memref<8xf32>, memref<4xf32, strided<[1], offset: ?>>) -> ()

  %b = memref.alloc() : memref<8xf32>
  linalg.fill ins(%ten : f32) outs(%b : memref<8xf32>)
  func.call @scale_into(%acc, %b, %half) : (memref<8xf32>, memref<8xf32>, f32) -> ()

  %acc_print = memref.cast %acc : memref<8xf32> to memref<*xf32>
  func.call @printMemrefF32(%acc_print) : (memref<*xf32>) -> ()
  %b_print = memref.cast %b : memref<8xf32> to memref<*xf32>
  func.call @printMemrefF32(%b_print) : (memref<*xf32>) -> ()
  %m_print = memref.cast %m : memref<4x4xf32> to memref<*xf32>
  func.call @printMemrefF32(%m_print) : (memref<*xf32>) -> ()

  memref.dealloc %b : memref<8xf32>
  memref.dealloc %raw : memref<64xi8>
  memref.dealloc %acc : memref<8xf32>
  memref.dealloc %a : memref<8xf32>
  return
}
