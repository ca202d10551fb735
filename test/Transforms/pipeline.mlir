// RUN: memplan-opt %s --memplan-pipeline=algorithm=greedy-by-size | FileCheck %s --check-prefixes=CHECK,WORKSPACE
// RUN: memplan-opt %s --memplan-pipeline="algorithm=greedy-by-size pools=sram:64,dram" | FileCheck %s --check-prefixes=CHECK,TWO
// RUN: memplan-opt %s --memplan-pipeline="algorithm=greedy-by-size pool-storage=argument" | FileCheck %s --check-prefix=ARG
// RUN: memplan-opt %s --memplan-pipeline="algorithm=greedy-by-size report=true" -o /dev/null | FileCheck %s --check-prefix=REPORT

// From bufferized IR to upstream IR in one go. %a (16 x f32 = 64 bytes) and
// %b (8 x f32 = 32 bytes, alignment 64) are live together; the dynamic
// allocation and the one inside the parallel loop are left alone.
//
// One unbounded pool `workspace` (alignment 16) by default: greedy-by-size
// puts %a at 0 and %b above it at 64 (a multiple of its alignment 64): 96
// bytes, which is also the lower bound (both live together).
// With pools=sram:64,dram: %a fills sram; %b conflicts with it and goes to
// dram at 0: sram 64 bytes, dram 32 bytes.

// CHECK-NOT: memplan.
// WORKSPACE: memref.global "private" @workspace : memref<96xi8> = uninitialized {alignment = 16 : i64}
// TWO: memref.global "private" @sram : memref<64xi8> = uninitialized {alignment = 16 : i64}
// TWO: memref.global "private" @dram : memref<32xi8> = uninitialized {alignment = 16 : i64}

// ARG-NOT: memref.global
// ARG-LABEL: func.func @main
// ARG-SAME: %{{.*}}: memref<96xi8> {memplan.pool = "workspace"})

// REPORT:      pool       buffers          used   lower bound      separate         saved  saved %
// REPORT-NEXT: workspace        2            96            96            96             0     0.0%
// REPORT-NEXT: total            2            96            96            96             0     0.0%

// CHECK-LABEL: func.func @main
func.func @main(%n: index, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %f = arith.constant 1.0 : f32
  // WORKSPACE: %[[G:.*]] = memref.get_global @workspace : memref<96xi8>
  // WORKSPACE: memref.view %[[G]][%{{.*}}][] : memref<96xi8> to memref<16xf32>
  // TWO: %[[S:.*]] = memref.get_global @sram : memref<64xi8>
  // TWO: memref.view %[[S]][%{{.*}}][] : memref<64xi8> to memref<16xf32>
  %a = memref.alloc() : memref<16xf32>
  // WORKSPACE: %[[G2:.*]] = memref.get_global @workspace : memref<96xi8>
  // WORKSPACE: %[[C64:.*]] = arith.constant 64 : index
  // WORKSPACE: memref.view %[[G2]][%[[C64]]][] : memref<96xi8> to memref<8xf32>
  // TWO: %[[D:.*]] = memref.get_global @dram : memref<32xi8>
  // TWO: memref.view %[[D]][%{{.*}}][] : memref<32xi8> to memref<8xf32>
  %b = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
  // CHECK: %[[DYN:.*]] = memref.alloc(%{{.*}}) : memref<?xf32>
  %d = memref.alloc(%n) : memref<?xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  linalg.fill ins(%f : f32) outs(%b : memref<8xf32>)
  linalg.fill ins(%f : f32) outs(%d : memref<?xf32>)
  // CHECK: scf.parallel
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    // CHECK-NEXT: memref.alloca() : memref<4xf32>
    %p = memref.alloca() : memref<4xf32>
    %x = memref.load %a[%i] : memref<16xf32>
    %y = memref.load %b[%i] : memref<8xf32>
    %s = arith.addf %x, %y : f32
    memref.store %s, %p[%c0] : memref<4xf32>
    %z = memref.load %p[%c0] : memref<4xf32>
    memref.store %z, %out[%i] : memref<8xf32>
    scf.reduce
  }
  // CHECK: memref.dealloc %[[DYN]] : memref<?xf32>
  // CHECK-NOT: memref.dealloc
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<8xf32>
  memref.dealloc %d : memref<?xf32>
  return
}
