// RUN: memplan-opt %s -split-input-file --memplan-test-print-liveness -o /dev/null | FileCheck %s
// Unstructured control flow: a region with several blocks may branch back,
// so every buffer accessed in it lives for the whole region (conservative).
//
// Ticks of @cfg: 0 constant | 1 alloc a | 2 alloc b | 3 constant |
// 4 store a | 5 br | ^loop: 6 load a | 7 cmpf | 8 cond_br | ^exit: 9 store b |
// 10 return. The body has several blocks, so it is one unstructured scope
// from its first tick to its last, 0..10: a and b both cover [0, 11).

memplan.pool @pool

func.func @cfg() {
  %c0 = arith.constant 0 : index
  %a = memplan.alloc : memref<4xf32> loc("a")
  %b = memplan.alloc : memref<4xf32> loc("b")
  %x = arith.constant 1.0 : f32
  memref.store %x, %a[%c0] : memref<4xf32>
  cf.br ^loop
^loop:
  %v = memref.load %a[%c0] : memref<4xf32>
  %again = arith.cmpf olt, %v, %x : f32
  cf.cond_br %again, ^loop, ^exit
^exit:
  memref.store %v, %b[%c0] : memref<4xf32>
  return
}

// CHECK-LABEL: entries: @cfg
// CHECK-NEXT: buffer a: size 16, alignment 1, pools [pool], intervals [0, 11)
// CHECK-NEXT:   conflicts: b
// CHECK-NEXT: buffer b: size 16, alignment 1, pools [pool], intervals [0, 11)
// CHECK-NEXT:   conflicts: a
// CHECK-NEXT: memory pressure: 32

// -----

// A callee with several blocks is one unstructured scope from its call's tick
// to its end tick. Ticks: 0-1 constants | 2 alloc a | 3 alloc b | 4 store b |
// 5 call @callee(a) { 6 constant | 7 br | 8 load a | 9 return } 10 |
// 11 return. a covers the call, [5, 11); b is only accessed at 4.

memplan.pool @pool

func.func private @callee(%buf: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  cf.br ^next
^next:
  %v = memref.load %buf[%c0] : memref<4xf32>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1.0 : f32
  %a = memplan.alloc : memref<4xf32> loc("a")
  %b = memplan.alloc : memref<4xf32> loc("b")
  memref.store %x, %b[%c0] : memref<4xf32>
  func.call @callee(%a) : (memref<4xf32>) -> ()
  return
}

// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer a: size 16, alignment 1, pools [pool], intervals [5, 11)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer b: size 16, alignment 1, pools [pool], intervals [4, 5)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 16
