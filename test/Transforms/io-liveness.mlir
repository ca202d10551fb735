// RUN: memplan-opt %s --memplan-io-to-workspace --memplan-import-memref --memplan-test-print-liveness -o /dev/null | FileCheck %s

// Inputs live from the start of their entry function until their last
// access, outputs from their first access until the end of the entry, so
// that the application can write the inputs before the call and read the
// outputs after it. Ticks of @model after the pass (one per op; the entry
// itself takes none): the buffers of %in 0 and %out 1, %c0 2, %v 3, the
// store into %out 4, the alloc of tmp 5, its store 6 and load 7, the load
// of %in 8, the addi 9, the return 10.
//   model_input0  (%in):  start 0 .. last read 8      -> [0, 9)
//   model_output0 (%out): first write 4 .. end 10     -> [4, 11)
//   tmp: store 6 .. load 7                            -> [6, 8)
// By accesses alone %in would be [8, 9) and %out [4, 5), and tmp could
// share their bytes; here tmp conflicts with both.
// @second is walked after @model: its input lives from its own start, 11
// (buffer 11, %c0 12, load 13, return 14) -> [11, 14).

// CHECK-LABEL: entries: @model, @second
// CHECK-NEXT: buffer model_input0: size 4, alignment 1, pools [], intervals [0, 9)
// CHECK-NEXT:   conflicts: model_output0, tmp
// CHECK-NEXT: buffer model_output0: size 4, alignment 1, pools [], intervals [4, 11)
// CHECK-NEXT:   conflicts: model_input0, tmp
// CHECK-NEXT: buffer tmp: size 4, alignment 1, pools [], intervals [6, 8)
// CHECK-NEXT:   conflicts: model_input0, model_output0
// CHECK-NEXT: buffer second_input0: size 2, alignment 1, pools [], intervals [11, 14)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 12

func.func @model(%in: memref<4xi8>, %out: memref<4xi8>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  memref.store %v, %out[%c0] : memref<4xi8>
  %tmp = memref.alloc() : memref<4xi8> loc("tmp")
  memref.store %v, %tmp[%c0] : memref<4xi8>
  %t = memref.load %tmp[%c0] : memref<4xi8>
  %x = memref.load %in[%c0] : memref<4xi8>
  %y = arith.addi %x, %t : i8
  return
}

func.func @second(%a: memref<2xi8>) -> i8 {
  %c0 = arith.constant 0 : index
  %x = memref.load %a[%c0] : memref<2xi8>
  return %x : i8
}
