// RUN: memplan-opt %s --memplan-lower=pool-storage=argument --split-input-file | FileCheck %s

// With pool-storage=argument, every function that uses a pool, directly or
// through calls, takes its storage as an extra memref<SIZExi8> argument (pool
// order, after its own arguments), and every func.call passes it on.
//
// Call graph: @entry -> @middle -> @leaf_a (uses @a)
//             @entry -> @leaf_b (uses @b), twice
//             @entry -> @no_pools, @entry -> @external
// So @leaf_a needs {a}, @leaf_b {b}, @middle {a}, @entry {a, b} and the
// others nothing.

// CHECK-NOT: memplan.
// CHECK-NOT: memref.global
memplan.pool @a size 64 lower_bound 64
memplan.pool @b alignment 32 size 128 lower_bound 96

// CHECK-LABEL: func.func @leaf_a
// CHECK-SAME: (%[[X:.*]]: memref<4xf32>, %[[A:.*]]: memref<64xi8> {memplan.pool = "a"})
func.func @leaf_a(%x: memref<4xf32>) {
  // CHECK: %[[C:.*]] = arith.constant 16 : index
  // CHECK: memref.view %[[A]][%[[C]]][] : memref<64xi8> to memref<4xf32>
  %t = memplan.view @a[16] : memref<4xf32>
  memref.copy %x, %t : memref<4xf32> to memref<4xf32>
  return
}

// CHECK-LABEL: func.func @middle
// CHECK-SAME: (%[[X:.*]]: memref<4xf32>, %[[A:.*]]: memref<64xi8> {memplan.pool = "a"})
func.func @middle(%x: memref<4xf32>) {
  // CHECK: call @leaf_a(%[[X]], %[[A]]) : (memref<4xf32>, memref<64xi8>) -> ()
  call @leaf_a(%x) : (memref<4xf32>) -> ()
  return
}

// CHECK-LABEL: func.func @leaf_b
// CHECK-SAME: (%[[B:.*]]: memref<128xi8> {memplan.pool = "b"}) -> f32
func.func @leaf_b() -> f32 {
  // CHECK: memref.view %[[B]][%{{.*}}][] : memref<128xi8> to memref<8xf32>
  %t = memplan.view @b[32] : memref<8xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %t[%c0] : memref<8xf32>
  return %v : f32
}

// CHECK-LABEL: func.func @no_pools()
func.func @no_pools() {
  return
}

// CHECK-LABEL: func.func private @external(memref<4xf32>)
func.func private @external(memref<4xf32>)

// CHECK-LABEL: func.func @entry
// CHECK-SAME: (%[[X:.*]]: memref<4xf32>, %[[A:.*]]: memref<64xi8> {memplan.pool = "a"}, %[[B:.*]]: memref<128xi8> {memplan.pool = "b"}) -> f32
func.func @entry(%x: memref<4xf32>) -> f32 {
  // CHECK: call @middle(%[[X]], %[[A]])
  call @middle(%x) : (memref<4xf32>) -> ()
  // CHECK: call @leaf_b(%[[B]]) : (memref<128xi8>) -> f32
  %0 = call @leaf_b() : () -> f32
  // CHECK: call @leaf_b(%[[B]]) : (memref<128xi8>) -> f32
  %1 = call @leaf_b() : () -> f32
  // CHECK: call @no_pools() : () -> ()
  call @no_pools() : () -> ()
  // CHECK: call @external(%[[X]]) : (memref<4xf32>) -> ()
  call @external(%x) : (memref<4xf32>) -> ()
  // The entry's own views use its arguments too.
  // CHECK: memref.view %[[B]]
  %t = memplan.view @b[0] : memref<4xf32>
  %s = arith.addf %0, %1 : f32
  return %s : f32
}

// -----

// Calls inside loops and regions pass the arguments on; a cycle in the call
// graph still terminates and gives both functions the pool.

memplan.pool @p size 16 lower_bound 16

// CHECK-LABEL: func.func @ping
// CHECK-SAME: (%[[N:.*]]: index, %[[P:.*]]: memref<16xi8> {memplan.pool = "p"})
func.func @ping(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // CHECK: scf.for
  scf.for %i = %c0 to %n step %c1 {
    // CHECK: call @pong(%{{.*}}, %[[P]])
    func.call @pong(%i) : (index) -> ()
  }
  return
}

// CHECK-LABEL: func.func @pong
// CHECK-SAME: (%[[N:.*]]: index, %[[P:.*]]: memref<16xi8> {memplan.pool = "p"})
func.func @pong(%n: index) {
  // CHECK: memref.view %[[P]]
  %t = memplan.view @p[0] : memref<4xf32>
  // CHECK: call @ping(%[[N]], %[[P]])
  call @ping(%n) : (index) -> ()
  return
}
