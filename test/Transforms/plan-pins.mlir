// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size | FileCheck %s
// RUN: memplan-opt %s --memplan-plan | FileCheck %s
// RUN: memplan-opt %s --memplan-plan=algorithm=exact | FileCheck %s

// A memplan.alloc that already has a pool and an offset before
// --memplan-plan is pinned: it keeps them and the other buffers go around it.
// %dma (16 bytes) is pinned at 16 and live with %a (16) and %b (32), which
// are live together too. Below the pin there are 16 bytes: %a fits there,
// %b (32) does not and goes above the pin, at 32: 64 bytes, the sum of the
// three (all live together), so the lower bound too.

memplan.pool @sram

// CHECK: memplan.pool @sram size 64 lower_bound 64
// CHECK-LABEL: func.func @pinned
func.func @pinned() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  // CHECK: memplan.alloc pool @sram offset 16 : memref<16xi8>
  %dma = memplan.alloc pool @sram offset 16 : memref<16xi8>
  // CHECK: memplan.alloc pool @sram offset 0 : memref<16xi8>
  %a = memplan.alloc : memref<16xi8>
  // CHECK: memplan.alloc pool @sram offset 32 : memref<32xi8>
  %b = memplan.alloc : memref<32xi8>
  memref.store %v, %dma[%c0] : memref<16xi8>
  memref.store %v, %a[%c0] : memref<16xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %dma[%c0] : memref<16xi8>
  %y = memref.load %a[%c0] : memref<16xi8>
  %z = memref.load %b[%c0] : memref<32xi8>
  return
}
