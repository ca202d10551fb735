memplan.pool @p capacity 16
func.func @f() {
  %0 = memplan.alloc pool @p offset 0 : memref<4xf32>
  %1 = memplan.alloc pool @p offset 0 : memref<2x2xi32>
  %2 = memplan.alloc pool @p offset 16 : memref<0xf32>
  return
}
