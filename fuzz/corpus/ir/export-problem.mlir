memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory alignment 64

func.func @main() {
  %c0 = arith.constant 0 : index
  %x = arith.constant 1 : i8
  %a = memplan.alloc pools [@slow_memory] alignment 32 : memref<100xi8> loc("a")
  %b = memplan.alloc : memref<8xi8> loc("b")
  memref.store %x, %a[%c0] : memref<100xi8>
  memref.store %x, %b[%c0] : memref<8xi8>
  %y = memref.load %a[%c0] : memref<100xi8>
  return
}
