// RUN: memplan-opt %s -split-input-file --memplan-test-print-liveness -o /dev/null | FileCheck %s
// Loops. A buffer allocated outside a loop and accessed inside it lives for
// the whole outermost such loop: a value written in one iteration may be read
// in the next (loop-carried). A buffer allocated inside a serial loop is
// planned, one slot for every iteration.

memplan.pool @pool

// Ticks: one per op (terminators included), one before and one after each
// op with regions.
//   0-2 constants | 3 alloc acc | 4 alloc out | 5 constant | 6 store acc |
//   7 for i { 8 alloc tmp | 9 for j { 10 load acc | 11 store tmp |
//   12 yield } 13 | 14 load tmp | 15 store acc | 16 yield } 17 |
//   18 load acc | 19 store out | 20 return
// acc: 6, then inside loop i, which does not contain its allocation: the
//   whole loop 7..17, then 18 -> [6, 19).
// tmp: allocated inside loop i; accessed inside loop j, which does not
//   contain the allocation: 9..13, then 14 -> [9, 15).
// out: 19 -> [19, 20); acc ends at 18, so out conflicts with nothing.
func.func @nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memplan.alloc : memref<4xf32> loc("acc")
  %out = memplan.alloc : memref<4xf32> loc("out")
  %zero = arith.constant 0.0 : f32
  memref.store %zero, %acc[%c0] : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %tmp = memplan.alloc : memref<4xf32> loc("tmp")
    scf.for %j = %c0 to %c4 step %c1 {
      %x = memref.load %acc[%j] : memref<4xf32>
      memref.store %x, %tmp[%j] : memref<4xf32>
    }
    %y = memref.load %tmp[%c0] : memref<4xf32>
    memref.store %y, %acc[%i] : memref<4xf32>
  }
  %z = memref.load %acc[%c0] : memref<4xf32>
  memref.store %z, %out[%c0] : memref<4xf32>
  return
}

// CHECK-LABEL: entries: @nested
// CHECK-NEXT: buffer acc: size 16, alignment 1, pools [pool], intervals [6, 19)
// CHECK-NEXT:   conflicts: tmp
// CHECK-NEXT: buffer out: size 16, alignment 1, pools [pool], intervals [19, 20)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer tmp: size 16, alignment 1, pools [pool], intervals [9, 15)
// CHECK-NEXT:   conflicts: acc
// CHECK-NEXT: memory pressure: 32

// -----

// affine.for and scf.while are loops too.
//   0-2 constants | 3 alloc w | 4 alloc before | 5 store before |
//   6 affine.for i { 7 affine.for j { 8 store w | 9 yield } 10 | 11 yield } 12 |
//   13 while { 14 load before | 15 cmpi | 16 condition } do { 17 addi |
//   18 yield } 19 | 20 return
// w: accessed only in loop j, inside loop i; the outermost loop not containing
//   the allocation is i: [6, 13).
// before: 5, then inside the while loop: 13..19 -> [5, 20).
memplan.pool @pool

func.func @affine_and_while() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %v = arith.constant 7 : i32
  %w = memplan.alloc : memref<8xi32> loc("w")
  %before = memplan.alloc : memref<8xi32> loc("before")
  memref.store %v, %before[%c0] : memref<8xi32>
  affine.for %i = 0 to 8 {
    affine.for %j = 0 to 8 {
      affine.store %v, %w[%j] : memref<8xi32>
    }
  }
  %r = scf.while (%k = %c0) : (index) -> index {
    %x = memref.load %before[%k] : memref<8xi32>
    %cond = arith.cmpi slt, %x, %v : i32
    scf.condition(%cond) %k : index
  } do {
  ^bb0(%k2: index):
    %next = arith.addi %k2, %c1 : index
    scf.yield %next : index
  }
  return
}

// CHECK-LABEL: entries: @affine_and_while
// CHECK-NEXT: buffer w: size 32, alignment 1, pools [pool], intervals [6, 13)
// CHECK-NEXT:   conflicts: before
// CHECK-NEXT: buffer before: size 32, alignment 1, pools [pool], intervals [5, 20)
// CHECK-NEXT:   conflicts: w
// CHECK-NEXT: memory pressure: 64
