memplan.pool @pool

func.func @affine_and_while() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %v = arith.constant 7 : i32
  %w = memplan.alloc : memref<8xi32> loc("w")
  %before = memplan.alloc : memref<8xi32> loc("before")
  memref.store %v, %before[%c0] : memref<8xi32>
  affine.for %i = 0 to 8 {
    affine.for %j = 0 to 8 {
      affine.store %v, %w[%j] : memref<8xi32>
    }
  }
  %r = scf.while (%k = %c0) : (index) -> index {
    %x = memref.load %before[%k] : memref<8xi32>
    %cond = arith.cmpi slt, %x, %v : i32
    scf.condition(%cond) %k : index
  } do {
  ^bb0(%k2: index):
    %next = arith.addi %k2, %c1 : index
    scf.yield %next : index
  }
  return
}
