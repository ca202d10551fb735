// REQUIRES: mlir-runner
// The bundled example, lowered to LLVM without and with the memplan pipeline
// (default workspace, several algorithms), run: the printed results must be
// identical and equal to the values derived by hand in the example.

// DEFINE: %{example} = %memplan_src_root/examples/linalg-net.mlir
// DEFINE: %{to-llvm} = --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %{example} %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: memplan-opt %{example} --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t.planned
// RUN: diff %t.plain %t.planned
// RUN: memplan-opt %{example} --memplan-pipeline=algorithm=greedy-by-size %{to-llvm} | %{run} | %{strip} > %t.greedy
// RUN: diff %t.plain %t.greedy
// RUN: memplan-opt %{example} --memplan-pipeline="pools=small:32,large algorithm=best-fit" %{to-llvm} | %{run} | %{strip} > %t.pools
// RUN: diff %t.plain %t.pools
// RUN: FileCheck %s < %t.planned

// The planned program really uses the pool: no memref.alloc is left.
// RUN: memplan-opt %{example} --memplan-pipeline | FileCheck %s --check-prefix=IR
// IR: memref.global "private" @workspace : memref<{{[0-9]+}}xi8>
// IR-NOT: memref.alloc

// out = h2 + 0.5 * h1 = [1, 4, 2.5, 2] (derivation in the example's header).
// CHECK: rank = 2 offset = 0 sizes = [1, 4] strides = [4, 1] data =
// CHECK-NEXT: {{\[\[}}1, 4, 2.5, 2]]
