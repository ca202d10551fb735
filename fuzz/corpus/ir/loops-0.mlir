memplan.pool @pool

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
