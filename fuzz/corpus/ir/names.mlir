memplan.pool @pool

func.func @main() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1.0 : f32
  %a = memplan.alloc : memref<4xf32> loc("weights")
  %b = memplan.alloc : memref<4xf32> loc(fused["fused_name", "file.mlir":3:4])
  %c = memplan.alloc : memref<4xf32> loc(fused["file.mlir":5:6, "inner"("file.mlir":7:8)])
  %d = memplan.alloc : memref<4xf32> loc(callsite("callee_name" at "file.mlir":9:10))
  %e = memplan.alloc : memref<4xf32> loc("file.mlir":11:12)
  %f = memplan.alloc : memref<4xf32>
  %g = memplan.alloc : memref<4xf32> loc("weights")
  %h = memplan.alloc : memref<4xf32> loc("weights")
  %i = memplan.alloc : memref<4xf32> loc("weights_1")
  memref.store %x, %a[%c0] : memref<4xf32>
  memref.store %x, %b[%c0] : memref<4xf32>
  memref.store %x, %c[%c0] : memref<4xf32>
  memref.store %x, %d[%c0] : memref<4xf32>
  memref.store %x, %e[%c0] : memref<4xf32>
  memref.store %x, %f[%c0] : memref<4xf32>
  memref.store %x, %g[%c0] : memref<4xf32>
  memref.store %x, %h[%c0] : memref<4xf32>
  memref.store %x, %i[%c0] : memref<4xf32>
  return
}
