// RUN: memplan-opt %s --memplan-test-print-liveness -o /dev/null | FileCheck %s
// A function called twice: its allocation is one buffer with one interval per
// call. The callee's argument stands for the caller's buffer, and the call
// itself is not an access of what it passes.
//
// Ticks (see docs/Analysis.md): one per op, and one before and after each
// call to a function with a body, whose ops are walked in place.
//   0 alloc a | 1 alloc b | 2 call @scale(a) { 3 alloc tmp | 4 copy a->tmp |
//   5 copy tmp->a | 6 return } 7 | 8 call @scale(b) { 9 alloc tmp |
//   10 copy b->tmp | 11 copy tmp->b | 12 return } 13 | 14 copy a->b |
//   15 return
// a: first access 4, last 14 -> [4, 15); b: 10..14 -> [10, 15);
// tmp: 4..5 and 10..11 -> [4, 6) [10, 12).
// Memory pressure: at ticks 10-11 a, b and tmp are live: 3 x 64 = 192.

memplan.pool @pool

func.func private @scale(%buf: memref<16xf32>) {
  %tmp = memplan.alloc : memref<16xf32> loc("tmp")
  memref.copy %buf, %tmp : memref<16xf32> to memref<16xf32>
  memref.copy %tmp, %buf : memref<16xf32> to memref<16xf32>
  return
}

func.func @main() {
  %a = memplan.alloc : memref<16xf32> loc("a")
  %b = memplan.alloc : memref<16xf32> loc("b")
  func.call @scale(%a) : (memref<16xf32>) -> ()
  func.call @scale(%b) : (memref<16xf32>) -> ()
  memref.copy %a, %b : memref<16xf32> to memref<16xf32>
  return
}

// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer a: size 64, alignment 1, pools [pool], intervals [4, 15)
// CHECK-NEXT:   conflicts: b, tmp
// CHECK-NEXT: buffer b: size 64, alignment 1, pools [pool], intervals [10, 15)
// CHECK-NEXT:   conflicts: a, tmp
// CHECK-NEXT: buffer tmp: size 64, alignment 1, pools [pool], intervals [4, 6) [10, 12)
// CHECK-NEXT:   conflicts: a, b
// CHECK-NEXT: memory pressure: 192
