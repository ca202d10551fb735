// A module without memplan ops.
func.func @f(%arg0: memref<4xf32>) {
  return
}
