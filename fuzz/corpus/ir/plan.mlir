memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory

func.func private @cast_subtract(%out: memref<301056xi8>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  memref.store %v, %out[%c0] : memref<301056xi8>
  return
}

func.func private @conv2d(%in: memref<301056xi8>, %out: memref<802816xi8>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %padded = memplan.alloc : memref<157323xi16> loc("PaddedInput_7")
  scf.for %j = %c0 to %c64 step %c1 {
    %x = memref.load %in[%j] : memref<301056xi8>
    %x16 = arith.extsi %x : i8 to i16
    memref.store %x16, %padded[%j] : memref<157323xi16>
  }
  scf.for %i = %c0 to %c64 step %c1 {
    %conv = memplan.alloc : memref<64xi32> loc("Conv2dOutput_7")
    %p = memref.load %padded[%i] : memref<157323xi16>
    %p32 = arith.extsi %p : i16 to i32
    memref.store %p32, %conv[%i] : memref<64xi32>
    %r = memref.load %conv[%i] : memref<64xi32>
    %r8 = arith.trunci %r : i32 to i8
    memref.store %r8, %out[%i] : memref<802816xi8>
  }
  return
}

func.func private @max_pool(%in: memref<802816xi8>) {
  %c0 = arith.constant 0 : index
  %tensor_2 = memplan.alloc : memref<200704xi8> loc("tensor_2")
  %zero = arith.constant 0 : i8
  memref.store %zero, %tensor_2[%c0] : memref<200704xi8>
  %x = memref.load %in[%c0] : memref<802816xi8>
  memref.store %x, %tensor_2[%c0] : memref<200704xi8>
  %y = memref.load %tensor_2[%c0] : memref<200704xi8>
  memref.store %y, %tensor_2[%c0] : memref<200704xi8>
  return
}

func.func @run_model() {
  %sid_9 = memplan.alloc : memref<301056xi8> loc("sid_9")
  %sid_8 = memplan.alloc : memref<802816xi8> loc("sid_8")
  call @cast_subtract(%sid_9) : (memref<301056xi8>) -> ()
  call @conv2d(%sid_9, %sid_8) : (memref<301056xi8>, memref<802816xi8>) -> ()
  call @max_pool(%sid_8) : (memref<802816xi8>) -> ()
  return
}
