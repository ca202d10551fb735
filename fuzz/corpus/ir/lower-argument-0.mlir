memplan.pool @a size 64 lower_bound 64
memplan.pool @b alignment 32 size 128 lower_bound 96

func.func @leaf_a(%x: memref<4xf32>) {
  %t = memplan.view @a[16] : memref<4xf32>
  memref.copy %x, %t : memref<4xf32> to memref<4xf32>
  return
}

func.func @middle(%x: memref<4xf32>) {
  call @leaf_a(%x) : (memref<4xf32>) -> ()
  return
}

func.func @leaf_b() -> f32 {
  %t = memplan.view @b[32] : memref<8xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %t[%c0] : memref<8xf32>
  return %v : f32
}

func.func @no_pools() {
  return
}

func.func private @external(memref<4xf32>)

func.func @entry(%x: memref<4xf32>) -> f32 {
  call @middle(%x) : (memref<4xf32>) -> ()
  %0 = call @leaf_b() : () -> f32
  %1 = call @leaf_b() : () -> f32
  call @no_pools() : () -> ()
  call @external(%x) : (memref<4xf32>) -> ()
  %t = memplan.view @b[0] : memref<4xf32>
  %s = arith.addf %0, %1 : f32
  return %s : f32
}
