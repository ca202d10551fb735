memplan.pool @empty size 0 lower_bound 0
memplan.pool @unused alignment 8 size 0 lower_bound 0

func.func @zero() {
  %a = memplan.view @empty[0] : memref<0x4xf32>
  return
}
