// work-budget of --memplan-plan and --memplan-pipeline: the deterministic work
// the search may spend (memplan-solve's --work-budget). With a budget of one
// unit and no wall clock (time-limit=0) every search stops after its first
// step, and the plan is still one the planner's validator accepted (else the
// pass fails with an internal error) and --memplan-lower's bounds check of
// each view passes; two runs give byte-identical IR and reports.

// RUN: rm -rf %t && mkdir -p %t
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-declare-pools=pools=fast_memory:200704,slow_memory --memplan-import-memref --memplan-plan="work-budget=1 time-limit=0 report-file=%t/p1.json" -o %t/p1.mlir
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-declare-pools=pools=fast_memory:200704,slow_memory --memplan-import-memref --memplan-plan="work-budget=1 time-limit=0 report-file=%t/p2.json" -o %t/p2.mlir
// RUN: diff %t/p1.mlir %t/p2.mlir
// RUN: diff %t/p1.json %t/p2.json
// RUN: FileCheck %s --check-prefix=PLAN < %t/p1.mlir
// RUN: FileCheck %s --check-prefix=TINY < %t/p1.json

// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory work-budget=1 time-limit=0 report-file=%t/l1.json" -o %t/l1.mlir
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory work-budget=1 time-limit=0 report-file=%t/l2.json" -o %t/l2.mlir
// RUN: diff %t/l1.mlir %t/l2.mlir
// RUN: diff %t/l1.json %t/l2.json
// RUN: FileCheck %s --check-prefix=TINY < %t/l1.json

// Every allocation is planned; the pools' lower bounds are those derived in
// plan.mlir for the same five buffers (fast 200704: tensor_2 alone fills it;
// slow 1117462: sid_8 and PaddedInput_7 live together). The sizes depend on
// how far the search got, so they are not checked.
// PLAN: memplan.pool @fast_memory capacity 200704 size {{[0-9]+}} lower_bound 200704
// PLAN: memplan.pool @slow_memory size {{[0-9]+}} lower_bound 1117462
// PLAN-NOT: memplan.alloc :

// The budget reaches the planner: the work done stays within a few thousand
// units (the first step of each search on five buffers), where the budget
// of 150000000 units (the default) lets the searches run to millions.
// TINY: "timed_out": false,
// TINY-NEXT: "work": {{[0-9]?[0-9]?[0-9]?[0-9]}},

// The option is in the help of both: in each block, just before the block's
// end (--memplan-plan-constants follows) or its last option.
// RUN: memplan-opt --help | FileCheck %s --check-prefix=HELP
// HELP-LABEL: --memplan-plan {{ *}}- Plans every memplan.alloc
// HELP: --work-budget=<ulong> {{ *}}- Deterministic work the search may spend, in the planner's work units (0: 150000000 without time-limit, none with it)
// HELP-NEXT: --memplan-plan-constants
// HELP-LABEL: --memplan-pipeline {{ *}}- Plans the static buffers
// HELP: --work-budget=<ulong> {{ *}}- Deterministic work the search may spend, in the planner's work units (0: 150000000 without time-limit, none with it)
// HELP-NEXT: --workspace-io
