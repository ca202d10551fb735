func.func @main(%arg0: memref<4xi8>) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<64xi8>
  %b = memref.alloc() : memref<32xi8>
  %v = memref.load %arg0[%c0] : memref<4xi8>
  memref.store %v, %a[%c0] : memref<64xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %a[%c0] : memref<64xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  memref.store %x, %arg0[%c0] : memref<4xi8>
  memref.store %y, %arg0[%c0] : memref<4xi8>
  memref.dealloc %a : memref<64xi8>
  memref.dealloc %b : memref<32xi8>
  return
}
