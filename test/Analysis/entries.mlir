// RUN: memplan-opt %s -split-input-file --memplan-test-print-liveness -verify-diagnostics -o /dev/null | FileCheck %s
// Entry functions and the contexts functions run in.

// With `memplan.entry` on some functions, exactly those are the entries, walked
// one after another in module order on one timeline. A function both entries
// call keeps one buffer with an interval per call. Buffers of different
// entries never conflict: entries of one module do not run at the same time.
//
// Ticks: @first: 0-1 constants | 2 alloc a | 3 store a | 4 call @helper(a)
//   { 5 constant | 6 alloc t | 7 load a | 8 store t | 9 return } 10 |
//   11 return. @second: 12-13 constants | 14 alloc b | 15 store b |
//   16 call @helper(b) { 17 constant | 18 alloc t | 19 load b | 20 store t |
//   21 return } 22 | 23 load b | 24 return.
// a [3, 8); t [8, 9) [20, 21); b [15, 24): t conflicts with b only.

memplan.pool @pool

func.func private @helper(%buf: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %t = memplan.alloc : memref<8xf32> loc("t")
  %x = memref.load %buf[%c0] : memref<8xf32>
  memref.store %x, %t[%c0] : memref<8xf32>
  return
}

func.func @first() attributes {memplan.entry} {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  %a = memplan.alloc : memref<8xf32> loc("a")
  memref.store %one, %a[%c0] : memref<8xf32>
  func.call @helper(%a) : (memref<8xf32>) -> ()
  return
}

func.func @other() {
  // expected-remark @below {{not planned: @other is not reached from any entry function}}
  %x = memplan.alloc : memref<8xf32>
  return
}

func.func @second() attributes {memplan.entry} {
  %c0 = arith.constant 0 : index
  %two = arith.constant 2.0 : f32
  %b = memplan.alloc : memref<8xf32> loc("b")
  memref.store %two, %b[%c0] : memref<8xf32>
  func.call @helper(%b) : (memref<8xf32>) -> ()
  %y = memref.load %b[%c0] : memref<8xf32>
  return
}

// CHECK-LABEL: entries: @first, @second
// CHECK-NEXT: buffer a: size 32, alignment 1, pools [pool], intervals [3, 8)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer t: size 32, alignment 1, pools [pool], intervals [8, 9) [20, 21)
// CHECK-NEXT:   conflicts: b
// CHECK-NEXT: buffer b: size 32, alignment 1, pools [pool], intervals [15, 24)
// CHECK-NEXT:   conflicts: t
// CHECK-NEXT: memory pressure: 64

// -----

// Without `memplan.entry`: every public function with a body that no other
// function calls. @library is called by @main, so it is not an entry; the
// private @unused is never reached. A function whose address is taken may run
// at any time, and so may what it calls; a function called inside a parallel
// loop runs concurrently with itself. Their allocations are not planned.

memplan.pool @pool

func.func @library(%buf: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %lib = memplan.alloc : memref<8xf32> loc("lib")
  %x = memref.load %buf[%c0] : memref<8xf32>
  memref.store %x, %lib[%c0] : memref<8xf32>
  return
}

func.func private @unused() {
  // expected-remark @below {{not planned: @unused is not reached from any entry function}}
  %x = memplan.alloc : memref<8xf32>
  return
}

func.func private @callback_helper() {
  // expected-remark @below {{not planned: @callback_helper is reached through calls from @callback, and @callback is referenced by 'func.constant', so it may run at times the analysis cannot see}}
  %x = memplan.alloc : memref<8xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %x[%c0] : memref<8xf32>
  return
}

func.func private @callback() {
  // expected-remark @below {{not planned: @callback is referenced by 'func.constant', so it may run at times the analysis cannot see}}
  %x = memplan.alloc : memref<8xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %x[%c0] : memref<8xf32>
  func.call @callback_helper() : () -> ()
  return
}

func.func private @per_iteration(%i: index) {
  // expected-remark @below {{not planned: @per_iteration is called inside the parallel loop 'scf.parallel' in @main}}
  %x = memplan.alloc : memref<8xf32>
  %v = memref.load %x[%i] : memref<8xf32>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %m = memplan.alloc : memref<8xf32> loc("m")
  func.call @library(%m) : (memref<8xf32>) -> ()
  %f = func.constant @callback : () -> ()
  func.call_indirect %f() : () -> ()
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    func.call @per_iteration(%i) : (index) -> ()
    scf.reduce
  }
  return
}

// Ticks: 0-2 constants | 3 alloc m | 4 call @library(m) { 5 constant |
// 6 alloc lib | 7 load m | 8 store lib | 9 return } 10 | ...
// m [7, 8) and lib [8, 9) do not overlap.
// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer m: size 32, alignment 1, pools [pool], intervals [7, 8)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer lib: size 32, alignment 1, pools [pool], intervals [8, 9)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 32

// -----

// expected-error @below {{entry function @declared has no body}}
func.func private @declared() attributes {memplan.entry}
