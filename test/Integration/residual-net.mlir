// REQUIRES: mlir-runner
// The bundled tensor network (examples/residual-net.mlir), inlined,
// bufferized by upstream one-shot-bufferize and lowered to LLVM without and
// with the memplan pipeline (in-place reuse on, the default, and off), run:
// every run prints the same per-channel sums.

// DEFINE: %{example} = %memplan_src_root/examples/residual-net.mlir
// DEFINE: %{bufferize} = --inline --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map"
// DEFINE: %{to-llvm} = --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-index-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %{example} %{bufferize} %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %{example} %{bufferize} --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t.in-place
// RUN: diff %t.plain %t.in-place
// RUN: memplan-opt %{example} %{bufferize} --memplan-pipeline=in-place=false %{to-llvm} | %{run} | %{strip} > %t.apart
// RUN: diff %t.plain %t.apart
// CHECK: sizes = [8] strides = [1] data =

// The pairs: in each 3x3 block the ReLU after the first convolution, the
// residual add (into the second convolution's output, its first input) and
// the final ReLU; in the pointwise block the bias add, the ReLU, the
// residual add and the final ReLU: 2 * 3 + 4 = 10.
// RUN: memplan-opt %{example} %{bufferize} --memplan-declare-pools --memplan-import-memref --memplan-reuse-in-place | FileCheck %s --check-prefix=PAIRS
// PAIRS-COUNT-10: memplan.in_place_of
// PAIRS-NOT: memplan.in_place_of

// Pool sizes: the peaks derived by hand in the example's header (73728 bytes
// without in-place reuse, 49152 with), which the planner reaches.
// RUN: memplan-opt %{example} %{bufferize} --memplan-pipeline | FileCheck %s --check-prefix=IN-PLACE
// IN-PLACE: memref.global "private" @workspace : memref<49152xi8>
// RUN: memplan-opt %{example} %{bufferize} --memplan-pipeline=in-place=false | FileCheck %s --check-prefix=APART
// APART: memref.global "private" @workspace : memref<73728xi8>
