// Bad option values are one error naming the pass; --memplan-pipeline hands
// its options to the pass's own check, so it rejects them the same way.
// RUN: not memplan-opt %s --memplan-schedule=algorithm=no-such-algorithm 2>&1 | FileCheck %s
// RUN: not memplan-opt %s --memplan-schedule=time-limit=-1 2>&1 | FileCheck %s --check-prefix=TIME
// RUN: not memplan-opt %s --memplan-pipeline="schedule=true algorithm=no-such-algorithm" 2>&1 | FileCheck %s --check-prefix=PIPE
// RUN: not memplan-opt %s --memplan-pipeline="schedule-work-budget=lots" 2>&1 | FileCheck %s --check-prefix=BUDGET

// CHECK: error: memplan-schedule: unknown algorithm 'no-such-algorithm'; known: {{.*}}greedy-by-size
// CHECK-NOT: error
// TIME: error: memplan-schedule: time-limit must not be negative
// TIME-NOT: error
// PIPE: error: memplan-pipeline: unknown algorithm 'no-such-algorithm'
// BUDGET: --schedule-work-budget option: 'lots' value invalid
memplan.pool @p

func.func @f() {
  %a = memplan.alloc : memref<4xf32>
  return
}
