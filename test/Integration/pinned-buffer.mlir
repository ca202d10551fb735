// REQUIRES: mlir-runner
// A program with a pinned buffer (`memplan.pool`/`memplan.offset` on its
// memref.alloc, as a DMA buffer at a fixed address would be) lowered to LLVM
// without and with the memplan pipeline and run: both runs print the same,
// and the values derived by hand below.

// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %s %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %s --memplan-pipeline=pools=sram %{to-llvm} | %{run} | %{strip} > %t.default
// RUN: diff %t.plain %t.default
// RUN: memplan-opt %s --memplan-pipeline="pools=sram algorithm=greedy-by-size" %{to-llvm} | %{run} | %{strip} > %t.size
// RUN: diff %t.plain %t.size
// RUN: memplan-opt %s --memplan-pipeline="pools=sram algorithm=hill-climb" %{to-llvm} | %{run} | %{strip} > %t.hill
// RUN: diff %t.plain %t.hill

// The pin is kept; the other buffers go around it.
// RUN: memplan-opt %s --memplan-declare-pools=pools=sram --memplan-import-memref --memplan-plan | FileCheck %s --check-prefix=IR
// IR: memplan.alloc pool @sram offset 64 : memref<8xf32>

// By hand: a[i] = i, dma[i] = 10 i; b[j] = a[j] + dma[7 - j] = 70 - 9 j and
// b[8 + j] = a[j] * dma[j] = 10 j^2, for j in [0, 8).
// CHECK: sizes = [16] strides = [1] data =
// CHECK-NEXT: [70, 61, 52, 43, 34, 25, 16, 7, 0, 10, 40, 90, 160, 250, 360, 490]
// CHECK: sizes = [8] strides = [1] data =
// CHECK-NEXT: [0, 10, 20, 30, 40, 50, 60, 70]

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %ten = arith.constant 10.0 : f32
  %dma = memref.alloc() {memplan.pool = @sram, memplan.offset = 64 : i64} : memref<8xf32>
  %a = memref.alloc() : memref<8xf32>
  %b = memref.alloc() : memref<16xf32>
  scf.for %i = %c0 to %c8 step %c1 {
    %n = arith.index_cast %i : index to i32
    %x = arith.sitofp %n : i32 to f32
    %y = arith.mulf %x, %ten : f32
    memref.store %x, %a[%i] : memref<8xf32>
    memref.store %y, %dma[%i] : memref<8xf32>
  }
  scf.for %j = %c0 to %c8 step %c1 {
    %r = arith.subi %c7, %j : index
    %x = memref.load %a[%j] : memref<8xf32>
    %y = memref.load %dma[%r] : memref<8xf32>
    %z = memref.load %dma[%j] : memref<8xf32>
    %sum = arith.addf %x, %y : f32
    %product = arith.mulf %x, %z : f32
    %k = arith.addi %j, %c8 : index
    memref.store %sum, %b[%j] : memref<16xf32>
    memref.store %product, %b[%k] : memref<16xf32>
  }
  %bu = memref.cast %b : memref<16xf32> to memref<*xf32>
  call @printMemrefF32(%bu) : (memref<*xf32>) -> ()
  %du = memref.cast %dma : memref<8xf32> to memref<*xf32>
  call @printMemrefF32(%du) : (memref<*xf32>) -> ()
  memref.dealloc %a : memref<8xf32>
  memref.dealloc %b : memref<16xf32>
  memref.dealloc %dma : memref<8xf32>
  return
}
