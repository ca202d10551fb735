memplan.pool @huge

func.func @nested(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %a = memplan.alloc pool @huge offset 8589934592 : memref<1073741824xi32>
    %z = memplan.alloc pool @huge offset 0 : memref<0xf32>
  }
  return
}
