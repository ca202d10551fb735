// REQUIRES: mlir-runner
// The Inception-like cell of examples/inception-cell.mlir (call-based, like
// TVM's generated code; its header derives the numbers): the workspace
// needs 51200 bytes in program order and 38912 scheduled, and the program
// prints the same, the values derived by hand, both ways.

// DEFINE: %{example} = %memplan_src_root/examples/inception-cell.mlir
// DEFINE: %{plan} = --memplan-declare-pools --memplan-import-memref
// DEFINE: %{to-llvm} = --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e run_model -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %{example} %{plan} --memplan-schedule --memplan-plan | FileCheck %s --check-prefix=PLAN
// PLAN: memplan.schedule = {blocks_reordered = 1 : i64, chosen_order_peak = 38912 : i64, chosen_order_pools = 38912 : i64, program_order_peak = 51200 : i64, program_order_pools = 51200 : i64, reverted = false}
// PLAN: memplan.pool @workspace size 38912 lower_bound 38912

// RUN: memplan-opt %{example} %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s --check-prefix=VALUES < %t.plain
// RUN: memplan-opt %{example} %{plan} --memplan-plan --memplan-rewrite --memplan-lower %{to-llvm} | %{run} | %{strip} > %t.planned
// RUN: diff %t.plain %t.planned
// RUN: memplan-opt %{example} %{plan} --memplan-schedule --memplan-plan --memplan-rewrite --memplan-lower %{to-llvm} | %{run} | %{strip} > %t.scheduled
// RUN: diff %t.plain %t.scheduled
// RUN: memplan-opt %{example} --memplan-pipeline="schedule=true pool-storage=argument" | FileCheck %s --check-prefix=ARGUMENT
// ARGUMENT: func.func @run_model(%{{.*}}: memref<38912xi8> {memplan.pool = "workspace"})

// VALUES: sizes = [8] strides = [1] data =
// VALUES-NEXT: [3,  3.5,  4,  4.5,  5,  5.5,  6,  6.5]
