memplan.pool @p

func.func @f() {
  %a = memplan.alloc : memref<4xf32>
  return
}
