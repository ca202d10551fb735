// A planned module: pools with their used sizes and lower bounds, and
// allocations with their pool and offset, as --memplan-plan leaves them.

memplan.pool @sram capacity 1024 alignment 16 size 96 lower_bound 64
memplan.pool @dram alignment 64 size 128 lower_bound 128

func.func @kernel(%arg0: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %a = memplan.alloc pools [@sram, @dram] pool @sram offset 0 : memref<16xf32>
  %b = memplan.alloc pools [@sram] pool @sram offset 64 : memref<8xf32>
  %c = memplan.alloc alignment 64 pool @dram offset 0 : memref<4x8xf32>
  %v = memref.load %arg0[%c0] : memref<8xf32>
  memref.store %v, %a[%c0] : memref<16xf32>
  memref.store %v, %b[%c0] : memref<8xf32>
  memref.store %v, %c[%c0, %c0] : memref<4x8xf32>
  %w = memref.load %a[%c0] : memref<16xf32>
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<8xf32>
  memref.dealloc %c : memref<4x8xf32>
  return %w : f32
}

func.func @views() -> f32 {
  %c0 = arith.constant 0 : index
  %x = memplan.view @sram[32] : memref<4xf32>
  %y = memplan.view @dram[64] : memref<16xf32>
  %v = memref.load %x[%c0] : memref<4xf32>
  memref.store %v, %y[%c0] : memref<16xf32>
  return %v : f32
}
