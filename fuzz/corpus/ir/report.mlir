memplan.pool @fast_memory capacity 200704 size 200704 lower_bound 200704
memplan.pool @slow_memory size 1418528 lower_bound 1117462
memplan.pool @unused size 0 lower_bound 0

func.func @run_model() {
  %sid_9 = memplan.alloc pool @slow_memory offset 1117472 : memref<301056xi8>
  %sid_8 = memplan.alloc pool @slow_memory offset 0 : memref<802816xi8>
  call @conv2d() : () -> ()
  call @max_pool() : () -> ()
  return
}

func.func @conv2d() {
  %padded = memplan.alloc pool @slow_memory offset 802816 : memref<157323xi16>
  %out = memplan.alloc pool @fast_memory offset 0 : memref<64xi32>
  return
}

func.func @max_pool() {
  %tensor_2 = memplan.alloc pool @fast_memory offset 0 : memref<200704xi8>
  return
}
