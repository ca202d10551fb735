memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory

func.func @main() {
  %c0 = arith.constant 0 : index
  %sid_8 = memplan.alloc : memref<802816xi8> loc("sid_8")
  %reversed = memplan.alloc pools [@slow_memory, @fast_memory] alignment 128 : memref<3xi64> loc("reversed")
  %flags = memplan.alloc pools [@fast_memory] : memref<5xi1> loc("flags")
  %indices = memplan.alloc alignment 8 : memref<4xindex> loc("indices")
  %x = memref.load %sid_8[%c0] : memref<802816xi8>
  %y = memref.load %reversed[%c0] : memref<3xi64>
  %z = memref.load %flags[%c0] : memref<5xi1>
  %w = memref.load %indices[%c0] : memref<4xindex>
  return
}
