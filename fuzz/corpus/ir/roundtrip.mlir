memplan.pool @sram capacity 262144 alignment 16
memplan.pool @dram alignment 64
memplan.pool @flash access read_only
memplan.pool @planned capacity 1024 size 512 lower_bound 256
memplan.pool @huge capacity 8589934592

func.func @allocs() {
  %0 = memplan.alloc : memref<16xf32>
  %1 = memplan.alloc pools [@sram, @dram] alignment 64 : memref<8x8xi8>
  %2 = memplan.alloc pools [@sram] pool @sram offset 256 : memref<4xi32>
  %3 = memplan.alloc : memref<0x4xf32>
  %4 = memplan.alloc pool @huge offset 4294967296 : memref<1073741824xi32>
  return
}

func.func @views() {
  %0 = memplan.view @sram[256] : memref<16xf32>
  return
}
