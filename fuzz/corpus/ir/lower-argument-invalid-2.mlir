memplan.pool @p size 16 lower_bound 16

func.func @no_pool() {
  return
}

func.func @fine() {
  %a = memplan.view @p[0] : memref<4xf32>
  %f = constant @no_pool : () -> ()
  call_indirect %f() : () -> ()
  return
}
