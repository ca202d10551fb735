memplan.pool @p

func.func @dealloc_of_views() {
  %a = memplan.alloc pool @p offset 0 : memref<4x4xf32>
  %c = memref.cast %a : memref<4x4xf32> to memref<?x4xf32>
  %f = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  memref.dealloc %c : memref<?x4xf32>
  memref.dealloc %f : memref<16xf32>
  return
}
