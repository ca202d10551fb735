// RUN: memplan-opt %s --memplan-lower --split-input-file | FileCheck %s
// RUN: memplan-opt %s --memplan-lower=pool-storage=global --split-input-file | FileCheck %s

// Each pool becomes a private, uninitialized i8 global of its planned size
// and alignment, with the pool's name; each view a memref.view of it at the
// view's byte offset. No memplan op is left.

// CHECK-NOT: memplan.
// CHECK: memref.global "private" @sram : memref<1024xi8> = uninitialized {alignment = 16 : i64}
memplan.pool @sram capacity 4096 size 1024 lower_bound 512
// CHECK: memref.global "private" @dram : memref<96xi8> = uninitialized {alignment = 64 : i64}
memplan.pool @dram alignment 64 size 96 lower_bound 96

// CHECK-LABEL: func.func @views
func.func @views() -> f32 {
  // CHECK: %[[G0:.*]] = memref.get_global @sram : memref<1024xi8>
  // CHECK: %[[C0:.*]] = arith.constant 960 : index
  // CHECK: %[[V0:.*]] = memref.view %[[G0]][%[[C0]]][] : memref<1024xi8> to memref<16xf32>
  %a = memplan.view @sram[960] : memref<16xf32>
  // CHECK: %[[G1:.*]] = memref.get_global @dram : memref<96xi8>
  // CHECK: %[[C1:.*]] = arith.constant 64 : index
  // CHECK: %[[V1:.*]] = memref.view %[[G1]][%[[C1]]][] : memref<96xi8> to memref<2x4xi32>
  %b = memplan.view @dram[64] : memref<2x4xi32>
  // CHECK: memref.load %[[V0]]
  %c0 = arith.constant 0 : index
  %v = memref.load %a[%c0] : memref<16xf32>
  // CHECK: memref.store %{{.*}}, %[[V1]]
  %i = arith.constant 7 : i32
  memref.store %i, %b[%c0, %c0] : memref<2x4xi32>
  return %v : f32
}

// CHECK-NOT: memplan.

// -----

// A zero-sized pool and a zero-sized buffer; a pool nobody uses still gets
// its (empty) global.

// CHECK: memref.global "private" @empty : memref<0xi8> = uninitialized {alignment = 16 : i64}
memplan.pool @empty size 0 lower_bound 0
// CHECK: memref.global "private" @unused : memref<0xi8> = uninitialized {alignment = 8 : i64}
memplan.pool @unused alignment 8 size 0 lower_bound 0

// CHECK-LABEL: func.func @zero
func.func @zero() {
  // CHECK: %[[G:.*]] = memref.get_global @empty : memref<0xi8>
  // CHECK: memref.view %[[G]][%{{.*}}][] : memref<0xi8> to memref<0x4xf32>
  %a = memplan.view @empty[0] : memref<0x4xf32>
  return
}

// -----

// Beyond 4 GiB: 64-bit sizes and offsets.

// CHECK: memref.global "private" @huge : memref<12884901888xi8> = uninitialized {alignment = 16 : i64}
memplan.pool @huge size 12884901888 lower_bound 12884901888

// CHECK-LABEL: func.func @beyond_4gib
func.func @beyond_4gib() {
  // CHECK: %[[G:.*]] = memref.get_global @huge : memref<12884901888xi8>
  // CHECK: %[[C:.*]] = arith.constant 8589934592 : index
  // CHECK: memref.view %[[G]][%[[C]]][] : memref<12884901888xi8> to memref<1073741824xi32>
  %a = memplan.view @huge[8589934592] : memref<1073741824xi32>
  return
}

// -----

// Views in nested regions and in several functions; memory spaces carry over
// to the pool's storage.

// CHECK: memref.global "private" @shared : memref<64xi8, 3> = uninitialized
memplan.pool @shared size 64 lower_bound 64

// CHECK-LABEL: func.func @nested
func.func @nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // CHECK: scf.for
  scf.for %i = %c0 to %n step %c1 {
    // CHECK: %[[G:.*]] = memref.get_global @shared : memref<64xi8, 3>
    // CHECK: memref.view %[[G]][%{{.*}}][] : memref<64xi8, 3> to memref<8xf32, 3>
    %a = memplan.view @shared[32] : memref<8xf32, 3>
  }
  return
}

// CHECK-LABEL: func.func @other
func.func @other() {
  // CHECK: memref.view %{{.*}} : memref<64xi8, 3> to memref<16xf32, 3>
  %a = memplan.view @shared[0] : memref<16xf32, 3>
  return
}

// -----

// A dynamic view becomes a memref.view with its run-time size.
// CHECK: memref.global "private" @dyn : memref<4096xi8>
memplan.pool @dyn size 4096 lower_bound 4096

// CHECK-LABEL: func.func @dynamic
// CHECK-SAME: (%[[N:[^:]*]]: index
func.func @dynamic(%n: index) {
  // CHECK: %[[G:.*]] = memref.get_global @dyn : memref<4096xi8>
  // CHECK: %[[C:.*]] = arith.constant 0 : index
  // CHECK: memref.view %[[G]][%[[C]]][%[[N]]] : memref<4096xi8> to memref<?xf32>
  %a = memplan.view(%n) @dyn[0] bound 1024 : memref<?xf32>
  return
}
