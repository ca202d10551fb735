// RUN: memplan-opt %s --memplan-report -o /dev/null | FileCheck %s
// The report reads attributes only, so it reads views just as well.
// RUN: memplan-opt %s --memplan-rewrite --memplan-report -o /dev/null | FileCheck %s
// The IR is unchanged.
// RUN: memplan-opt %s --memplan-report | FileCheck %s --check-prefix=IR

// Seed 000's test_linear plan with greedy-by-size, placed by hand:
//   slow_memory: sid_8 @0 (802816 B), PaddedInput_7 @802816 (314646 B),
//                sid_9 @1117472 (301056 B, 1117462 aligned up to 16)
//                -> used 1117472 + 301056 = 1418528
//   fast_memory: tensor_2 @0 (200704 B), Conv2dOutput_7 @0 (256 B)
//                -> used 200704
// Separate memory: fast 200704 + 256 = 200960, saved 256 (0.127% -> 0.1%);
// slow 802816 + 314646 + 301056 = 1418518, saved -10 (-0.0007% -> 0.0%);
// total 1619478, used 1619232, saved 246 (0.015% -> 0.0%).
// Lower bounds as a plan pass would write them: fast 200704 (its two
// buffers never live together), slow 1117462 (sid_8 + PaddedInput_7).

// CHECK:      memplan report: bytes per pool
// CHECK-NEXT: pool         buffers          used   lower bound      separate         saved  saved %
// CHECK-NEXT: fast_memory        2        200704        200704        200960           256     0.1%
// CHECK-NEXT: slow_memory        3       1418528       1117462       1418518           -10     0.0%
// CHECK-NEXT: unused             0             0             0             0             0        -
// CHECK-NEXT: total              5       1619232       1318166       1619478           246     0.0%

// IR: memplan.pool @fast_memory capacity 200704 size 200704 lower_bound 200704
// IR: memplan.alloc pool @slow_memory offset 0 : memref<802816xi8>

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
