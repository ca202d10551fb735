// REQUIRES: mlir-runner
// The seed's MobileNet subgraph (examples/mobilenet.mlir, TVM's
// LinearStructure) run under mlir-runner: a wrapper @main feeds the model and
// sums its output, without and with planning (seed 000's pools and the
// default workspace). The same sum, and the one derived by hand.

// DEFINE: %{example} = %memplan_src_root/examples/mobilenet.mlir
// DEFINE: %{to-llvm} = --lower-affine --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'
// RUN: rm -rf %t && split-file %s %t
// RUN: grep '^#' %{example} > %t/combined.mlir
// RUN: echo 'module {' >> %t/combined.mlir
// RUN: grep -v -e '^#' -e '^module' -e '^}' %{example} >> %t/combined.mlir
// RUN: cat %t/main.mlir >> %t/combined.mlir
// RUN: echo '}' >> %t/combined.mlir
// RUN: memplan-opt %t/combined.mlir %{to-llvm} | %{run} | %{strip} > %t/plain.out
// RUN: FileCheck %s < %t/plain.out
// RUN: memplan-opt %t/combined.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-size" %{to-llvm} | %{run} | %{strip} > %t/seed.out
// RUN: diff %t/plain.out %t/seed.out
// RUN: memplan-opt %t/combined.mlir --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t/default.out
// RUN: diff %t/plain.out %t/default.out

// By hand, with every input byte 31 and the example's parameters (zero
// point 3, weights 1, bias -4096, clip to [0, 255]):
// - cast_subtract: 31 - 3 = 28 everywhere; padding puts 0 around it
//   (padded rows/columns 2..225 hold 28).
// - conv2d (7x7x3, stride 2): an output (oy, ox) whose window rows and
//   columns 2*o .. 2*o+6 all lie in 2..225, i.e. oy, ox in 1..109, sums
//   147 * 28 = 4116, minus 4096 = 20. Every other window has at most 6 of 7
//   rows (or columns) inside: at most 126 * 28 = 3528 < 4096 -> 0.
// - max_pool (3x3, stride 2, rows 2y..2y+2 below 112): 20 when the window
//   meets 1..109 in both directions, i.e. y, x in 0..54; for y or x = 55 the
//   window (110, 111) holds only zeros -> 0.
// Sum of the output: 55 * 55 * 64 * 20 = 3872000.
// CHECK: data =
// CHECK-NEXT: [3872000]

//--- main.mlir
  func.func private @printMemrefI64(memref<*xi64>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c56 = arith.constant 56 : index
    %c64 = arith.constant 64 : index
    %byte = arith.constant 31 : i8
    %zero = arith.constant 0 : i64
    %in = memref.alloc() : memref<1x224x224x3xi8>
    linalg.fill ins(%byte : i8) outs(%in : memref<1x224x224x3xi8>)
    %out = memref.alloc() : memref<1x56x56x64xi16>
    func.call @tvmgen_default_run_model(%in, %out)
        : (memref<1x224x224x3xi8>, memref<1x56x56x64xi16>) -> ()
    %sum = memref.alloc() : memref<1xi64>
    memref.store %zero, %sum[%c0] : memref<1xi64>
    scf.for %y = %c0 to %c56 step %c1 {
      scf.for %x = %c0 to %c56 step %c1 {
        scf.for %f = %c0 to %c64 step %c1 {
          %v = memref.load %out[%c0, %y, %x, %f] : memref<1x56x56x64xi16>
          %w = arith.extsi %v : i16 to i64
          %acc = memref.load %sum[%c0] : memref<1xi64>
          %next = arith.addi %acc, %w : i64
          memref.store %next, %sum[%c0] : memref<1xi64>
        }
      }
    }
    %printable = memref.cast %sum : memref<1xi64> to memref<*xi64>
    func.call @printMemrefI64(%printable) : (memref<*xi64>) -> ()
    memref.dealloc %sum : memref<1xi64>
    memref.dealloc %out : memref<1x56x56x64xi16>
    memref.dealloc %in : memref<1x224x224x3xi8>
    return
  }
