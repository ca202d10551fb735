memplan.pool @sram capacity 4096 size 1024 lower_bound 512
memplan.pool @dram alignment 64 size 96 lower_bound 96

func.func @views() -> f32 {
  %a = memplan.view @sram[960] : memref<16xf32>
  %b = memplan.view @dram[64] : memref<2x4xi32>
  %c0 = arith.constant 0 : index
  %v = memref.load %a[%c0] : memref<16xf32>
  %i = arith.constant 7 : i32
  memref.store %i, %b[%c0, %c0] : memref<2x4xi32>
  return %v : f32
}
