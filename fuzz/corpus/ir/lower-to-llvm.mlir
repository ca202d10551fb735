func.func @f() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1.0 : f32
  %z = memref.alloc() : memref<0x4xf32>
  %big = memref.alloc() : memref<1073741824xf32>
  %big2 = memref.alloc() : memref<1073741824xf32>
  memref.store %v, %big[%c0] : memref<1073741824xf32>
  memref.store %v, %big2[%c0] : memref<1073741824xf32>
  %x = memref.load %big[%c0] : memref<1073741824xf32>
  %y = memref.load %big2[%c0] : memref<1073741824xf32>
  %d = memref.dim %z, %c0 : memref<0x4xf32>
  return
}
