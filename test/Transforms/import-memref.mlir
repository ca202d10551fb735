// RUN: memplan-opt %s --memplan-import-memref -verify-diagnostics | FileCheck %s
// --memplan-import-memref turns each static, identity-layout memref.alloc or
// memref.alloca that the analysis plans into a memplan.alloc with the same
// type, location and alignment, and erases the memref.deallocs of it and of
// its views. Every other allocation stays exactly as it was, with a remark.

// CHECK-LABEL: func.func @main
func.func @main(%n: index, %slot: memref<memref<4xf32>>) {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1.0 : f32

  // CHECK-NEXT: %[[C0:.*]] = arith.constant 0 : index
  // CHECK-NEXT: %[[X:.*]] = arith.constant
  // CHECK-NEXT: %[[A:.*]] = memplan.alloc alignment 64 : memref<16xf32>
  %a = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  // CHECK-NEXT: %[[B:.*]] = memplan.alloc : memref<4x4xi8>
  %b = memref.alloca() : memref<4x4xi8>

  // expected-remark @below {{not planned: its shape is dynamic}}
  %dynamic = memref.alloc(%n) : memref<?xf32>
  // CHECK-NEXT: %[[DYN:.*]] = memref.alloc(%{{.*}}) : memref<?xf32>

  // expected-remark @below {{not planned: its layout is not the identity}}
  %strided = memref.alloc() : memref<4x4xf32, strided<[8, 1]>>
  // CHECK-NEXT: memref.alloc() : memref<4x4xf32, strided<[8, 1]>>

  // expected-remark @below {{not planned: it is in a memory space other than the default one, which pools hold}}
  %shared = memref.alloc() : memref<4xf32, 3>
  // CHECK-NEXT: memref.alloc() : memref<4xf32, 3>

  // expected-remark @below {{not planned: it is stored into memory by 'memref.store'}}
  %escaping = memref.alloc() : memref<4xf32>
  // CHECK-NEXT: %[[ESC:.*]] = memref.alloc() : memref<4xf32>

  memref.store %x, %a[%c0] : memref<16xf32>
  %view = memref.subview %a[4] [4] [1] : memref<16xf32> to memref<4xf32, strided<[1], offset: 4>>
  memref.store %x, %view[%c0] : memref<4xf32, strided<[1], offset: 4>>
  memref.store %x, %dynamic[%c0] : memref<?xf32>
  memref.store %escaping, %slot[] : memref<memref<4xf32>>
  // CHECK: memref.store %[[X]], %[[A]][%[[C0]]]
  // CHECK: memref.subview %[[A]]

  // The deallocs of planned buffers (here one of a view of %a) go away; the
  // others stay.
  // CHECK: memref.cast %[[A]]
  // CHECK-NEXT: memref.dealloc %[[DYN]]
  // CHECK-NEXT: memref.dealloc %[[ESC]]
  // CHECK-NEXT: return
  %cast = memref.cast %a : memref<16xf32> to memref<?xf32>
  memref.dealloc %cast : memref<?xf32>
  memref.dealloc %dynamic : memref<?xf32>
  memref.dealloc %escaping : memref<4xf32>
  return
}

// Functions no entry reaches keep their allocations.
// CHECK-LABEL: func.func private @unreached
// CHECK-NEXT: memref.alloc() : memref<4xf32>
func.func private @unreached() {
  // expected-remark @below {{not planned: @unreached is not reached from any entry function}}
  %a = memref.alloc() : memref<4xf32>
  return
}
