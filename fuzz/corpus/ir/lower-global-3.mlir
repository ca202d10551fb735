memplan.pool @shared size 64 lower_bound 64

func.func @nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %a = memplan.view @shared[32] : memref<8xf32, 3>
  }
  return
}

func.func @other() {
  %a = memplan.view @shared[0] : memref<16xf32, 3>
  return
}
