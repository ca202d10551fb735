// RUN: memplan-opt %s --memplan-test-print-liveness -verify-diagnostics -o /dev/null | FileCheck %s
// Buffers that escape (returned, stored into memory, yielded, passed where
// the analysis cannot follow them) are not planned; each gets a remark with
// the reason. A buffer passed to a callee escapes when the callee lets it.

memplan.pool @pool

func.func private @identity(%buf: memref<4xf32>) -> memref<4xf32> {
  return %buf : memref<4xf32>
}

func.func private @reads(%buf: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %x = memref.load %buf[%c0] : memref<4xf32>
  return %x : f32
}

func.func @returned() -> memref<4xf32> {
  // expected-remark @below {{not planned: it is returned by 'func.return'}}
  %a = memplan.alloc : memref<4xf32>
  return %a : memref<4xf32>
}

func.func @returned_view() -> memref<?xf32> {
  // expected-remark @below {{not planned: it is returned by 'func.return'}}
  %a = memplan.alloc : memref<4xf32>
  %v = memref.cast %a : memref<4xf32> to memref<?xf32>
  return %v : memref<?xf32>
}

func.func @stored(%slot: memref<memref<4xf32>>) {
  // expected-remark @below {{not planned: it is stored into memory by 'memref.store'}}
  %a = memplan.alloc : memref<4xf32>
  memref.store %a, %slot[] : memref<memref<4xf32>>
  return
}

func.func @yielded(%cond: i1, %other: memref<4xf32>) {
  // expected-remark @below {{not planned: it is yielded by 'scf.yield'}}
  %a = memplan.alloc : memref<4xf32>
  %b = memplan.alloc : memref<4xf32> loc("kept")
  %r = scf.if %cond -> memref<4xf32> {
    scf.yield %a : memref<4xf32>
  } else {
    scf.yield %other : memref<4xf32>
  }
  %x = func.call @reads(%b) : (memref<4xf32>) -> f32
  return
}

func.func @iter_arg() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-remark @below {{not planned: it is passed into a region of 'scf.for'}}
  %a = memplan.alloc : memref<4xf32>
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%it = %a) -> memref<4xf32> {
    scf.yield %it : memref<4xf32>
  }
  return
}

func.func @through_callee() {
  // expected-remark @below {{not planned: it is passed to @identity, where it is returned by 'func.return'}}
  %a = memplan.alloc : memref<4xf32>
  %r = func.call @identity(%a) : (memref<4xf32>) -> memref<4xf32>
  return
}

func.func @selected(%cond: i1, %other: memref<4xf32>) {
  // expected-remark @below {{not planned: it may be aliased by the result of 'arith.select', which the analysis does not follow}}
  %a = memplan.alloc : memref<4xf32>
  %s = arith.select %cond, %a, %other : memref<4xf32>
  return
}

func.func @branched() {
  // expected-remark @below {{not planned: it is passed to a block argument by 'cf.br'}}
  %a = memplan.alloc : memref<4xf32>
  cf.br ^next(%a : memref<4xf32>)
^next(%b: memref<4xf32>):
  return
}

// CHECK-LABEL: entries: @returned, @returned_view, @stored, @yielded, @iter_arg, @through_callee, @selected, @branched
// CHECK-NEXT: buffer kept: size 16
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 16
