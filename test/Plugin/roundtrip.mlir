// Stock mlir-opt with the plugin parses and prints the memplan dialect exactly
// as memplan-opt does, in the custom and in the generic form.

// RUN: memplan-opt %S/Inputs/planned.mlir > %t.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   %S/Inputs/planned.mlir > %t.plugin
// RUN: diff %t.memplan-opt %t.plugin
// RUN: FileCheck %s < %t.plugin

// RUN: memplan-opt --mlir-print-op-generic %S/Inputs/planned.mlir > %t.generic.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --mlir-print-op-generic %S/Inputs/planned.mlir > %t.generic.plugin
// RUN: diff %t.generic.memplan-opt %t.generic.plugin

// The ops went through the plugin's dialect, not an unregistered fallback:
// the custom assembly format came back.
// CHECK: memplan.pool @sram capacity 1024 size 96 lower_bound 64
// CHECK: memplan.alloc pools [@sram, @dram] pool @sram offset 0 : memref<16xf32>
// CHECK: memplan.view @dram[64] : memref<16xf32>

// Without the plugin, stock mlir-opt does not know the dialect.
// RUN: not %stock_mlir_opt %S/Inputs/planned.mlir 2>&1 \
// RUN:   | FileCheck --check-prefix=NO-PLUGIN %s
// NO-PLUGIN: error: {{.*}}memplan
