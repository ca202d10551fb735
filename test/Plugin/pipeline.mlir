// --memplan-pipeline through the plugin in stock mlir-opt: the same IR and
// the same report as memplan-opt's. The algorithms are named: their work is
// deterministic, so the reports agree byte for byte (the default algorithm's
// search may stop at its wall-clock limit, and then the `work` figure of its
// report differs between runs).

// RUN: memplan-opt %S/Inputs/bufferized.mlir \
// RUN:   --memplan-pipeline="pools=sram:4096:16,dram algorithm=greedy-by-size report-file=%t.memplan-opt.json" \
// RUN:   > %t.memplan-opt
// RUN: %stock_mlir_opt --load-dialect-plugin=%memplan_plugin \
// RUN:   --load-pass-plugin=%memplan_plugin %S/Inputs/bufferized.mlir \
// RUN:   --pass-pipeline="builtin.module(memplan-pipeline{pools=sram:4096:16,dram algorithm=greedy-by-size report-file=%t.plugin.json})" \
// RUN:   > %t.plugin
// RUN: diff %t.memplan-opt %t.plugin
// RUN: diff %t.memplan-opt.json %t.plugin.json

// The pipeline ran: no allocation and no memplan op left, one global per pool.
// RUN: FileCheck %s < %t.plugin
// CHECK-NOT: memref.alloc
// CHECK-NOT: memplan.
// CHECK: memref.global "private" @sram : memref<{{[0-9]+}}xi8>
// CHECK-NOT: memref.alloc
// CHECK-NOT: memplan.

// pool-storage=argument and an explicit algorithm as well.
// RUN: memplan-opt %S/Inputs/bufferized.mlir \
// RUN:   --memplan-pipeline="algorithm=greedy-by-conflicts pool-storage=argument" \
// RUN:   > %t.argument.memplan-opt
// RUN: %stock_mlir_opt --load-pass-plugin=%memplan_plugin %S/Inputs/bufferized.mlir \
// RUN:   --pass-pipeline="builtin.module(memplan-pipeline{algorithm=greedy-by-conflicts pool-storage=argument})" \
// RUN:   > %t.argument.plugin
// RUN: diff %t.argument.memplan-opt %t.argument.plugin
// RUN: FileCheck --check-prefix=ARGUMENT %s < %t.argument.plugin
// ARGUMENT: func.func @main(%{{.*}}: memref<16xf32>, %{{.*}}: memref<16xf32>, %{{.*}}: memref<{{[0-9]+}}xi8> {memplan.pool = "workspace"})
