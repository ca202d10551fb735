memplan.pool @sram capacity 1024
memplan.pool @dram alignment 64

func.func @planned(%arg: memref<4xf32>) {
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32> loc("a")
  %b = memplan.alloc pools [@sram, @dram] alignment 64 pool @dram offset 128 : memref<2x8xi32> loc("b")
  %s = memref.subview %a[4] [4] [1] : memref<16xf32> to memref<4xf32, strided<[1], offset: 4>>
  memref.copy %arg, %s : memref<4xf32> to memref<4xf32, strided<[1], offset: 4>>
  %c0 = arith.constant 0 : index
  %v = memref.load %b[%c0, %c0] : memref<2x8xi32>
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<2x8xi32>
  memref.dealloc %arg : memref<4xf32>
  return
}
