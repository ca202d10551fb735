// RUN: memplan-opt %s --memplan-test-print-liveness -verify-diagnostics -o /dev/null | FileCheck %s
// Parallel loops: scf.parallel, scf.forall and affine.parallel. Nothing
// allocated inside one is planned, even under a serial loop. A buffer
// allocated outside and accessed inside is planned, live for the whole loop.
// An op with regions whose control flow the analysis does not know
// (linalg.generic has no region-branch interface) counts as parallel.

memplan.pool @pool

func.func @main(%in: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %outside = memplan.alloc : memref<8xf32> loc("outside")
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    scf.for %j = %c0 to %c8 step %c1 {
      // expected-remark @below {{not planned: it is allocated inside the parallel loop 'scf.parallel'}}
      %inner = memplan.alloc : memref<8xf32>
      %x = memref.load %in[%j] : memref<8xf32>
      memref.store %x, %inner[%j] : memref<8xf32>
      memref.store %x, %outside[%i] : memref<8xf32>
    }
    scf.reduce
  }
  scf.forall (%i) in (8) {
    // expected-remark @below {{not planned: it is allocated inside the parallel loop 'scf.forall'}}
    %per_thread = memplan.alloc : memref<8xf32>
    %x = memref.load %per_thread[%i] : memref<8xf32>
  }
  affine.parallel (%i) = (0) to (8) {
    // expected-remark @below {{not planned: it is allocated inside the parallel loop 'affine.parallel'}}
    %tile = memplan.alloc : memref<8xf32>
    %x = affine.load %tile[%i] : memref<8xf32>
  }
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      outs(%in : memref<8xf32>) {
  ^bb0(%out: f32):
    // expected-remark @below {{not planned: it is allocated inside 'linalg.generic', whose regions may run concurrently}}
    %scratch = memplan.alloc : memref<8xf32>
    %x = memref.load %scratch[%c0] : memref<8xf32>
    linalg.yield %x : f32
  }
  return
}

// Ticks: 0-2 constants | 3 alloc outside | 4 scf.parallel { 5 scf.for {
// 6 alloc | 7 load | 8 store | 9 store outside | 10 yield } 11 |
// 12 scf.reduce } 13 | ...: outside covers the whole parallel loop.
// CHECK-LABEL: entries: @main
// CHECK-NEXT: buffer outside: size 32, alignment 1, pools [pool], intervals [4, 14)
// CHECK-NEXT:   conflicts: none
// CHECK-NEXT: memory pressure: 32
