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
