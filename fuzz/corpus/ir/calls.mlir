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
