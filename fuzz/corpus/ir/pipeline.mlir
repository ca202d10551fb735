func.func @main(%n: index, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %f = arith.constant 1.0 : f32
  %a = memref.alloc() : memref<16xf32>
  %b = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
  %d = memref.alloc(%n) : memref<?xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  linalg.fill ins(%f : f32) outs(%b : memref<8xf32>)
  linalg.fill ins(%f : f32) outs(%d : memref<?xf32>)
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    %p = memref.alloca() : memref<4xf32>
    %x = memref.load %a[%i] : memref<16xf32>
    %y = memref.load %b[%i] : memref<8xf32>
    %s = arith.addf %x, %y : f32
    memref.store %s, %p[%c0] : memref<4xf32>
    %z = memref.load %p[%c0] : memref<4xf32>
    memref.store %z, %out[%i] : memref<8xf32>
    scf.reduce
  }
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<8xf32>
  memref.dealloc %d : memref<?xf32>
  return
}
