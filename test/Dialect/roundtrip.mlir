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
// Per-target access: listed targets only; names that are not bare
// identifiers are quoted; the dictionary prints sorted by target name.
// CHECK: memplan.pool @npu_sram capacity 65536 targets {host = read_only, npu = read_write}{{$}}
memplan.pool @npu_sram capacity 65536 targets {npu = read_write, host = read_only}
// CHECK: memplan.pool @tcm targets {"cortex-m55" = read_write}{{$}}
memplan.pool @tcm targets {"cortex-m55" = read_write}
// A constant pool (read-only for every target), planned.
// CHECK: memplan.pool @weights access read_only constants size 48 lower_bound 40{{$}}
memplan.pool @weights access read_only constants size 48 lower_bound 40
// CHECK: memplan.pool @npu_flash targets {npu = read_only} constants{{$}}
memplan.pool @npu_flash targets {npu = read_only} constants

// A constant placed in a constant pool.
// CHECK: memref.global "private" constant @w : memref<2xi8> = dense<[1, 2]> {memplan.offset = 16 : i64, memplan.pool = @weights}
memref.global "private" constant @w : memref<2xi8> = dense<[1, 2]> {memplan.pool = @weights, memplan.offset = 16 : i64}

// A function on another target, with the buffers of its moved input and
// output.
// CHECK-LABEL: func.func @on_npu
// CHECK-SAME: attributes {memplan.target = "npu"}
func.func @on_npu() attributes {memplan.target = "npu"} {
  // CHECK: memplan.alloc {memplan.input = 0 : i64} : memref<4xf32>
  %0 = memplan.alloc {memplan.input = 0 : i64} : memref<4xf32>
  // CHECK: memplan.alloc {memplan.input = 1 : i64, memplan.output = 0 : i64} : memref<4xf32>
  %1 = memplan.alloc {memplan.input = 1 : i64, memplan.output = 0 : i64} : memref<4xf32>
  return
}

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

// CHECK-LABEL: func.func @dynamic
func.func @dynamic(%n: index, %m: index) {
  // CHECK: memplan.alloc(%{{.*}}) bound 1024 : memref<?xf32>
  %0 = memplan.alloc(%n) bound 1024 : memref<?xf32>
  // CHECK: memplan.alloc(%{{.*}}, %{{.*}}) pools [@sram] pool @sram offset 64 bound 32 : memref<?x4x?xi8>
  %1 = memplan.alloc(%n, %m) pools [@sram] pool @sram offset 64 bound 32 : memref<?x4x?xi8>
  // CHECK: memplan.view(%{{.*}}) @sram[512] bound 1024 : memref<?xf32>
  %2 = memplan.view(%n) @sram[512] bound 1024 : memref<?xf32>
  return
}

// CHECK-LABEL: func.func @views
func.func @views() {
  // CHECK: memplan.view @sram[256] : memref<16xf32>
  %0 = memplan.view @sram[256] : memref<16xf32>
  return
}
