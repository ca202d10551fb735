// RUN: memplan-opt %s --memplan-test-print-liveness -o /dev/null | FileCheck %s
// Accesses through aliases: views (expand_shape, collapse_shape, view, cast,
// subview, reinterpret_cast) and call arguments. Making a view is not an
// access, nor is memref.dealloc; a call to a function without a body accesses
// everything it is passed, at the call. A buffer never accessed has no
// interval and conflicts with nothing.
//
// Ticks:
//   0-1 constants | 2 alloc a | 3 alloc b | 4 alloc unused | 5 expand_shape a |
//   6 view b | 7 cast | 8 call @fill(a) { 9-10 constants | 11 subview |
//   12 store into a's row | 13 return } 14 | 15 collapse_shape | 16 load a |
//   17 store b | 18 reinterpret_cast b | 19 call @external(b) |
//   20 dealloc a | 21 dealloc b | 22 return
// a: 12 (through the callee's argument and a subview of it) and 16
//   -> [12, 17). Were views accesses, a would start at 5.
// b: 17 (through a cast of a view) and 19 (the external call) -> [17, 20).
//   a ends before b starts: no conflict. Were deallocs accesses, a would
//   reach 20 and conflict with b.
// unused: never accessed.

memplan.pool @pool

func.func private @external(memref<16xf32>)

func.func private @fill(%buf: memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  %row = memref.subview %buf[1, 0] [1, 4] [1, 1]
      : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
  memref.store %one, %row[%c0] : memref<4xf32, strided<[1], offset: 4>>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %two = arith.constant 2.0 : f32
  %a = memplan.alloc : memref<16xf32> loc("a")
  %b = memplan.alloc : memref<64xi8> loc("b")
  %unused = memplan.alloc : memref<8xf32> loc("unused")
  %a2 = memref.expand_shape %a [[0, 1]] output_shape [4, 4]
      : memref<16xf32> into memref<4x4xf32>
  %bv = memref.view %b[%c0][] : memref<64xi8> to memref<16xf32>
  %bc = memref.cast %bv : memref<16xf32> to memref<?xf32>
  func.call @fill(%a2) : (memref<4x4xf32>) -> ()
  %a3 = memref.collapse_shape %a2 [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %x = memref.load %a3[%c0] : memref<16xf32>
  memref.store %x, %bc[%c0] : memref<?xf32>
  %br = memref.reinterpret_cast %bv to offset: [0], sizes: [16], strides: [1]
      : memref<16xf32> to memref<16xf32>
  func.call @external(%br) : (memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<64xi8>
  return
}

// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer a: size 64, alignment 1, pools [pool], intervals [12, 17)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer b: size 64, alignment 1, pools [pool], intervals [17, 20)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: buffer unused: size 32, alignment 1, pools [pool], intervals none
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 64
