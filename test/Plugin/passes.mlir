// Every memplan pass run by stock mlir-opt through the plugin prints exactly
// what memplan-opt prints for the same input and pipeline. Stock mlir-opt
// builds its --PASS-NAME flags before it loads plugins, so plugin passes are
// named in --pass-pipeline.

// RUN: memplan-opt %S/Inputs/planned.mlir --memplan-rewrite > %t.rewrite.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --load-pass-plugin=%memplan_plugin %S/Inputs/planned.mlir \
// RUN:   --pass-pipeline='builtin.module(memplan-rewrite)' > %t.rewrite.plugin
// RUN: diff %t.rewrite.memplan-opt %t.rewrite.plugin
// RUN: FileCheck --check-prefix=REWRITE %s < %t.rewrite.plugin
// REWRITE-NOT: memplan.alloc
// REWRITE: memplan.view @sram[0] : memref<16xf32>
// REWRITE-NOT: memplan.alloc

// RUN: memplan-opt %S/Inputs/planned.mlir --memplan-rewrite \
// RUN:   --memplan-lower=pool-storage=argument > %t.argument.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --load-pass-plugin=%memplan_plugin %S/Inputs/planned.mlir \
// RUN:   --pass-pipeline='builtin.module(memplan-rewrite,memplan-lower{pool-storage=argument})' \
// RUN:   > %t.argument.plugin
// RUN: diff %t.argument.memplan-opt %t.argument.plugin
// RUN: FileCheck --check-prefix=ARGUMENT %s < %t.argument.plugin
// ARGUMENT-NOT: memplan.view
// ARGUMENT: func.func @kernel(%{{.*}}: memref<8xf32>, %{{.*}}: memref<96xi8> {memplan.pool = "sram"}, %{{.*}}: memref<128xi8> {memplan.pool = "dram"})
// ARGUMENT: memref.view
// ARGUMENT-NOT: memplan.view

// RUN: memplan-opt %S/Inputs/planned.mlir --memplan-rewrite --memplan-lower \
// RUN:   > %t.global.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --load-pass-plugin=%memplan_plugin %S/Inputs/planned.mlir \
// RUN:   --pass-pipeline='builtin.module(memplan-rewrite,memplan-lower)' \
// RUN:   > %t.global.plugin
// RUN: diff %t.global.memplan-opt %t.global.plugin
// RUN: FileCheck --check-prefix=GLOBAL %s < %t.global.plugin
// GLOBAL-NOT: memplan.
// GLOBAL: memref.global "private" @sram : memref<96xi8> = uninitialized {alignment = 16 : i64}
// GLOBAL: memref.global "private" @dram : memref<128xi8> = uninitialized {alignment = 64 : i64}
// GLOBAL-NOT: memplan.

// The pass plugin alone is enough for a pass that creates memplan ops: the
// pass loads the dialect it depends on.
// RUN: memplan-opt %S/Inputs/no-pools.mlir \
// RUN:   --memplan-declare-pools='pools=sram:4096:16,dram' > %t.declare.memplan-opt
// RUN: %stock_mlir_opt --load-pass-plugin=%memplan_plugin %S/Inputs/no-pools.mlir \
// RUN:   --pass-pipeline='builtin.module(memplan-declare-pools{pools=sram:4096:16,dram})' \
// RUN:   > %t.declare.plugin
// RUN: diff %t.declare.memplan-opt %t.declare.plugin
// RUN: FileCheck --check-prefix=DECLARE %s < %t.declare.plugin
// DECLARE: memplan.pool @sram capacity 4096
// DECLARE: memplan.pool @dram

// The report pass prints the same table.
// RUN: memplan-opt %S/Inputs/planned.mlir --memplan-report > %t.report.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --load-pass-plugin=%memplan_plugin %S/Inputs/planned.mlir \
// RUN:   --pass-pipeline='builtin.module(memplan-report)' > %t.report.plugin
// RUN: diff %t.report.memplan-opt %t.report.plugin
