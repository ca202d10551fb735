// A planned module: the downstream tool rewrites and lowers it with memplan's
// passes.
memplan.pool @sram capacity 1024 alignment 16 size 96 lower_bound 64

func.func @kernel(%arg0: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32>
  %b = memplan.alloc pool @sram offset 64 : memref<8xf32>
  %v = memref.load %arg0[%c0] : memref<8xf32>
  memref.store %v, %a[%c0] : memref<16xf32>
  memref.store %v, %b[%c0] : memref<8xf32>
  %w = memref.load %a[%c0] : memref<16xf32>
  return %w : f32
}
