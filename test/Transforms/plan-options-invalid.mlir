// RUN: not memplan-opt %s --memplan-plan=algorithm=no-such-algorithm 2>&1 | FileCheck %s
// The pass and --memplan-pipeline share one check of each option, so they
// reject the same values with the same error:
// RUN: not memplan-opt %s --memplan-plan=time-limit=-1 2>&1 | FileCheck %s --check-prefix=TIME
// RUN: not memplan-opt %s --memplan-pipeline=time-limit=-1 2>&1 | FileCheck %s --check-prefix=PIPE-TIME
// RUN: not memplan-opt %s --memplan-plan=objective=smallest 2>&1 | FileCheck %s --check-prefix=GOAL
// RUN: not memplan-opt %s --memplan-pipeline=objective=smallest 2>&1 | FileCheck %s --check-prefix=PIPE-GOAL

// CHECK: error: memplan-plan: unknown algorithm 'no-such-algorithm'; known: {{.*}}greedy-by-size
// CHECK-NOT: see current operation
// TIME: error: memplan-plan: time-limit must not be negative
// TIME-NOT: error
// PIPE-TIME: error: memplan-pipeline: time-limit must not be negative
// PIPE-TIME-NOT: error
// GOAL: error: memplan-plan: objective: 'smallest' is neither 'peak' nor 'fit'
// GOAL-NOT: error
// PIPE-GOAL: error: memplan-pipeline: objective: 'smallest' is neither 'peak' nor 'fit'
// PIPE-GOAL-NOT: error
memplan.pool @p

func.func @f() {
  %a = memplan.alloc : memref<4xf32>
  return
}
