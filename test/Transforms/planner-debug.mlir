// Each stage of the planner has a debug type of its own: memplan-planner (the
// problem, the algorithm, the plan it returns), memplan-heuristics (each
// heuristic of the portfolio) and memplan-exact (the capacity-first stages and
// each pool of the exact search). Only in a build without NDEBUG.
// REQUIRES: memplan-debug
// RUN: memplan-opt %s --memplan-plan -debug-only=memplan-planner,memplan-heuristics -o /dev/null 2>&1 | FileCheck %s
// RUN: memplan-opt %s --memplan-plan -debug-only=memplan-planner -o /dev/null 2>&1 | FileCheck %s --check-prefix=PLANNER
// With a capacity, the default looks for a plan within it first.
// RUN: sed 's/@ws alignment 16/@ws capacity 48 alignment 16/' %s | memplan-opt --memplan-plan -debug-only=memplan-exact -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXACT

// Hand derivation (as in plan-debug.mlir): a (16 bytes) and b (32 bytes) are
// live together, b and c (16 bytes) too, a and c never: 2 conflicting pairs,
// LOAD 32 + 16 = 48 bytes. greedy-by-size meets it (b at 0, a and c at 32),
// so the portfolio stops after its first heuristic and the plan is 48 bytes.

// CHECK: [memplan-planner] 3 buffers, 1 pools, 2 conflicting pairs, {{[0-9]+}} time sections; algorithm default
// CHECK: [memplan-heuristics] greedy-by-size: 48 bytes, work {{[0-9]+}} (lower bound 48)
// CHECK-NOT: [memplan-heuristics]
// CHECK: [memplan-planner] plan by {{.*}}: 48 bytes, lower bound 48

// PLANNER-NOT: [memplan-heuristics]
// PLANNER: [memplan-planner] plan by

// EXACT: [memplan-exact] capacity first, heuristics: 48 bytes
// EXACT: [memplan-exact] optimisation without capacities: 48 bytes, within the capacities
// EXACT-NOT: [memplan-planner]

memplan.pool @ws alignment 16

func.func @f() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1.0 : f32
  %a = memplan.alloc : memref<4xf32> loc("a")
  memref.store %x, %a[%c0] : memref<4xf32>
  %b = memplan.alloc : memref<8xf32> loc("b")
  memref.store %x, %b[%c0] : memref<8xf32>
  %la = memref.load %a[%c0] : memref<4xf32>
  %c = memplan.alloc : memref<4xf32> loc("c")
  memref.store %la, %c[%c0] : memref<4xf32>
  %lb = memref.load %b[%c0] : memref<8xf32>
  %lc = memref.load %c[%c0] : memref<4xf32>
  return
}
