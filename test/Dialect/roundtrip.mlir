// RUN: memplan-opt %s | FileCheck %s
// Round trip: what is printed parses again and prints the same.
// RUN: memplan-opt %s | memplan-opt | FileCheck %s
// RUN: memplan-opt %s --mlir-print-op-generic | memplan-opt | FileCheck %s

// CHECK-LABEL: module
// CHECK: memplan.pool @sram capacity 262144{{$}}
memplan.pool @sram capacity 262144 alignment 16
// CHECK: memplan.pool @dram alignment 64{{$}}
memplan.pool @dram alignment 64
// CHECK: memplan.pool @flash access read_only{{$}}
memplan.pool @flash access read_only
// CHECK: memplan.pool @planned capacity 1024 size 512 lower_bound 256{{$}}
memplan.pool @planned capacity 1024 size 512 lower_bound 256
// CHECK: memplan.pool @huge capacity 8589934592{{$}}
memplan.pool @huge capacity 8589934592

// CHECK-LABEL: func.func @allocs
func.func @allocs() {
  // CHECK: memplan.alloc : memref<16xf32>
  %0 = memplan.alloc : memref<16xf32>
  // CHECK: memplan.alloc pools [@sram, @dram] alignment 64 : memref<8x8xi8>
  %1 = memplan.alloc pools [@sram, @dram] alignment 64 : memref<8x8xi8>
  // CHECK: memplan.alloc pools [@sram] pool @sram offset 256 : memref<4xi32>
  %2 = memplan.alloc pools [@sram] pool @sram offset 256 : memref<4xi32>
  // Zero-sized buffers are allowed.
  // CHECK: memplan.alloc : memref<0x4xf32>
  %3 = memplan.alloc : memref<0x4xf32>
  // A buffer beyond 4 GiB in a bounded pool.
  // CHECK: memplan.alloc pool @huge offset 4294967296 : memref<1073741824xi32>
  %4 = memplan.alloc pool @huge offset 4294967296 : memref<1073741824xi32>
  return
}

// CHECK-LABEL: func.func @views
func.func @views() {
  // CHECK: memplan.view @sram[256] : memref<16xf32>
  %0 = memplan.view @sram[256] : memref<16xf32>
  return
}
