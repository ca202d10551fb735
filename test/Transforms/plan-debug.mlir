// -debug-only=memplan-plan explains a plan: the problem the planner gets, the
// algorithm asked for, and where each buffer went. Only in a build without
// NDEBUG (the sanitizer build), where LLVM_DEBUG output exists.
// REQUIRES: memplan-debug
// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size -debug-only=memplan-plan -o /dev/null 2>&1 | FileCheck %s
// Another debug type shows nothing of the plan.
// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size -debug-only=memplan-rewrite -o /dev/null 2>&1 | FileCheck %s --allow-empty --check-prefix=OTHER

// Hand derivation: a (4 x f32 = 16 bytes) is live from its store to its
// load, b (8 x f32 = 32 bytes) from its store to its load after c's store, c
// (16 bytes) from its store to its load. a and c are never live together; b
// overlaps both. The lower bound is 32 + 16 = 48. greedy-by-size places b
// first at 0, then a above b at 32, then c at 32 (above b, sharing a's bytes):
// 48 bytes.

// CHECK: [memplan-plan] 1 pools, 3 buffers
// CHECK-NEXT: [memplan-plan]   pool ws: capacity unbounded, alignment 16
// CHECK-NEXT: [memplan-plan]   buffer a: size 16, alignment {{[0-9]+}}, pools [ws], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT: [memplan-plan]   buffer b: size 32, alignment {{[0-9]+}}, pools [ws], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT: [memplan-plan]   buffer c: size 16, alignment {{[0-9]+}}, pools [ws], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT: [memplan-plan] algorithm: greedy-by-size, time limit none, work budget 0
// CHECK-NEXT: [memplan-plan] plan by greedy-by-size: total 48 bytes, lower bound 48
// CHECK-NEXT: [memplan-plan]   pool ws: size 48, lower bound 48
// CHECK-NEXT: [memplan-plan]   buffer a -> ws + 32
// CHECK-NEXT: [memplan-plan]   buffer b -> ws + 0
// CHECK-NEXT: [memplan-plan]   buffer c -> ws + 32

// OTHER-NOT: [memplan-plan]

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
