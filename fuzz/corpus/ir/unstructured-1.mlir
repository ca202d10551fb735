memplan.pool @pool

func.func private @callee(%buf: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  cf.br ^next
^next:
  %v = memref.load %buf[%c0] : memref<4xf32>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1.0 : f32
  %a = memplan.alloc : memref<4xf32> loc("a")
  %b = memplan.alloc : memref<4xf32> loc("b")
  memref.store %x, %b[%c0] : memref<4xf32>
  func.call @callee(%a) : (memref<4xf32>) -> ()
  return
}
