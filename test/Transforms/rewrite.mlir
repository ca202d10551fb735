// RUN: memplan-opt %s --memplan-rewrite --split-input-file --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s

// Each planned alloc becomes a view of its pool at its offset, with the same
// type and location; its deallocs go away; other ops are untouched.

memplan.pool @sram capacity 1024
memplan.pool @dram alignment 64

// CHECK-LABEL: func.func @planned
// CHECK-SAME: (%[[ARG:[^:]*]]: memref<4xf32>
func.func @planned(%arg: memref<4xf32>) {
  // CHECK-NEXT: %[[A:.*]] = memplan.view @sram[0] : memref<16xf32> loc("a")
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32> loc("a")
  // CHECK-NEXT: %[[B:.*]] = memplan.view @dram[128] : memref<2x8xi32> loc("b")
  %b = memplan.alloc pools [@sram, @dram] alignment 64 pool @dram offset 128 : memref<2x8xi32> loc("b")
  // CHECK-NEXT: %[[S:.*]] = memref.subview %[[A]][4] [4] [1]
  %s = memref.subview %a[4] [4] [1] : memref<16xf32> to memref<4xf32, strided<[1], offset: 4>>
  // CHECK-NEXT: memref.copy %[[ARG]], %[[S]]
  memref.copy %arg, %s : memref<4xf32> to memref<4xf32, strided<[1], offset: 4>>
  // CHECK: memref.load %[[B]]
  %c0 = arith.constant 0 : index
  %v = memref.load %b[%c0, %c0] : memref<2x8xi32>
  // The deallocs of the allocations are gone; others stay.
  // CHECK-NOT: memref.dealloc %[[A]]
  // CHECK-NOT: memref.dealloc %[[B]]
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<2x8xi32>
  // CHECK: memref.dealloc %[[ARG]]
  memref.dealloc %arg : memref<4xf32>
  // CHECK-NEXT: return
  return
}

// -----

// Deallocs of views of an allocation go too.

memplan.pool @p

// CHECK-LABEL: func.func @dealloc_of_views
func.func @dealloc_of_views() {
  // CHECK-NEXT: %[[A:.*]] = memplan.view @p[0] : memref<4x4xf32>
  %a = memplan.alloc pool @p offset 0 : memref<4x4xf32>
  // CHECK-NEXT: %[[C:.*]] = memref.cast %[[A]]
  %c = memref.cast %a : memref<4x4xf32> to memref<?x4xf32>
  // CHECK-NEXT: memref.collapse_shape %[[A]]
  %f = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  // CHECK-NEXT: return
  memref.dealloc %c : memref<?x4xf32>
  memref.dealloc %f : memref<16xf32>
  return
}

// -----

// Allocations in nested regions and offsets beyond 4 GiB.

memplan.pool @huge

// CHECK-LABEL: func.func @nested
func.func @nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // CHECK: scf.for
  scf.for %i = %c0 to %n step %c1 {
    // CHECK-NEXT: memplan.view @huge[8589934592] : memref<1073741824xi32>
    %a = memplan.alloc pool @huge offset 8589934592 : memref<1073741824xi32>
    // CHECK-NEXT: memplan.view @huge[0] : memref<0xf32>
    %z = memplan.alloc pool @huge offset 0 : memref<0xf32>
  }
  return
}

// CHECK-NOT: memplan.alloc

// -----

// A dynamically shaped alloc keeps its sizes and bound on the view; its
// dealloc goes away.

memplan.pool @sram

// CHECK-LABEL: func.func @dynamic
// CHECK-SAME: (%[[N:[^:]*]]: index
func.func @dynamic(%n: index) {
  // CHECK-NEXT: %[[D:.*]] = memplan.view(%[[N]]) @sram[64] bound 1024 : memref<?xf32> loc("d")
  %d = memplan.alloc(%n) pool @sram offset 64 bound 1024 : memref<?xf32> loc("d")
  // CHECK-NOT: memref.dealloc
  memref.dealloc %d : memref<?xf32>
  // CHECK: return
  return
}
