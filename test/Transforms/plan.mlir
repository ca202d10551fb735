// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size | FileCheck %s
// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-conflicts | FileCheck %s
// RUN: memplan-opt %s --memplan-plan | FileCheck %s --check-prefix=DEFAULT

// Seed 000's test_linear (TVM's LinearStructure, the first MobileNet layers)
// as memplan IR: three operator functions called in a row by @run_model.
// Sizes: sid_9 301056, sid_8 802816, PaddedInput_7 157323 x i16 = 314646,
// Conv2dOutput_7 64 x i32 = 256, tensor_2 200704. Conflicts as in the seed:
// PaddedInput_7 {sid_9, sid_8, Conv2dOutput_7}, sid_8 {PaddedInput_7,
// Conv2dOutput_7, tensor_2}, tensor_2 {sid_8}, sid_9 {PaddedInput_7},
// Conv2dOutput_7 {sid_8, PaddedInput_7}. fast_memory holds 200704 bytes.
//
// greedy-by-size places by size: sid_8 (too big for fast) slow@0;
// PaddedInput_7 slow above sid_8 @802816; sid_9 slow above PaddedInput_7:
// 802816 + 314646 = 1117462 aligned to 16 -> @1117472, slow used
// 1117472 + 301056 = 1418528; tensor_2 fits fast@0 (its conflict sid_8 is in
// slow); Conv2dOutput_7 fast@0 (no conflict in fast). fast used 200704.
// greedy-by-conflicts places sid_8, PaddedInput_7 (3 conflicts, by size),
// Conv2dOutput_7 (2), sid_9, tensor_2 (1): the same places.
// Lower bounds: fast 200704 (its buffers are never live together), slow
// 802816 + 314646 = 1117462 (sid_8 and PaddedInput_7 during the convolution).

// CHECK: memplan.pool @fast_memory capacity 200704 size 200704 lower_bound 200704
// CHECK: memplan.pool @slow_memory size 1418528 lower_bound 1117462
// The default algorithm reaches the lower bound in both pools: sid_9 and
// sid_8 never live together, so they can share bytes of slow_memory, e.g.
// both at 0 with PaddedInput_7 above the larger one: 1117462 bytes.
// DEFAULT: memplan.pool @fast_memory capacity 200704 size 200704 lower_bound 200704
// DEFAULT: memplan.pool @slow_memory size 1117462 lower_bound 1117462
memplan.pool @fast_memory capacity 200704
memplan.pool @slow_memory

func.func private @cast_subtract(%out: memref<301056xi8>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  memref.store %v, %out[%c0] : memref<301056xi8>
  return
}

// CHECK-LABEL: func.func private @conv2d
func.func private @conv2d(%in: memref<301056xi8>, %out: memref<802816xi8>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  // CHECK: memplan.alloc pool @slow_memory offset 802816 : memref<157323xi16>
  %padded = memplan.alloc : memref<157323xi16> loc("PaddedInput_7")
  // Padding reads the input and writes PaddedInput_7 in one loop: both live.
  scf.for %j = %c0 to %c64 step %c1 {
    %x = memref.load %in[%j] : memref<301056xi8>
    %x16 = arith.extsi %x : i8 to i16
    memref.store %x16, %padded[%j] : memref<157323xi16>
  }
  scf.for %i = %c0 to %c64 step %c1 {
    // CHECK: memplan.alloc pool @fast_memory offset 0 : memref<64xi32>
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

// CHECK-LABEL: func.func private @max_pool
func.func private @max_pool(%in: memref<802816xi8>) {
  %c0 = arith.constant 0 : index
  // CHECK: memplan.alloc pool @fast_memory offset 0 : memref<200704xi8>
  %tensor_2 = memplan.alloc : memref<200704xi8> loc("tensor_2")
  %zero = arith.constant 0 : i8
  memref.store %zero, %tensor_2[%c0] : memref<200704xi8>
  %x = memref.load %in[%c0] : memref<802816xi8>
  memref.store %x, %tensor_2[%c0] : memref<200704xi8>
  %y = memref.load %tensor_2[%c0] : memref<200704xi8>
  memref.store %y, %tensor_2[%c0] : memref<200704xi8>
  return
}

// CHECK-LABEL: func.func @run_model
func.func @run_model() {
  // CHECK: memplan.alloc pool @slow_memory offset 1117472 : memref<301056xi8>
  %sid_9 = memplan.alloc : memref<301056xi8> loc("sid_9")
  // CHECK: memplan.alloc pool @slow_memory offset 0 : memref<802816xi8>
  %sid_8 = memplan.alloc : memref<802816xi8> loc("sid_8")
  call @cast_subtract(%sid_9) : (memref<301056xi8>) -> ()
  call @conv2d(%sid_9, %sid_8) : (memref<301056xi8>, memref<802816xi8>) -> ()
  call @max_pool(%sid_8) : (memref<802816xi8>) -> ()
  return
}
