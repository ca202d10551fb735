memplan.pool @p size 16 lower_bound 16

func.func @ping(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    func.call @pong(%i) : (index) -> ()
  }
  return
}

func.func @pong(%n: index) {
  %t = memplan.view @p[0] : memref<4xf32>
  call @ping(%n) : (index) -> ()
  return
}
