memplan.pool @pool

func.func @cfg() {
  %c0 = arith.constant 0 : index
  %a = memplan.alloc : memref<4xf32> loc("a")
  %b = memplan.alloc : memref<4xf32> loc("b")
  %x = arith.constant 1.0 : f32
  memref.store %x, %a[%c0] : memref<4xf32>
  cf.br ^loop
^loop:
  %v = memref.load %a[%c0] : memref<4xf32>
  %again = arith.cmpf olt, %v, %x : f32
  cf.cond_br %again, ^loop, ^exit
^exit:
  memref.store %v, %b[%c0] : memref<4xf32>
  return
}
