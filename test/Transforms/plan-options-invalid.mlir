// RUN: not memplan-opt %s --memplan-plan=algorithm=no-such-algorithm 2>&1 | FileCheck %s

// CHECK: error: memplan-plan: unknown algorithm 'no-such-algorithm'; known: {{.*}}greedy-by-size
// CHECK-NOT: see current operation
memplan.pool @p

func.func @f() {
  %a = memplan.alloc : memref<4xf32>
  return
}
