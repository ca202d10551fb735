// The seed's MobileNet subgraph (examples/mobilenet.mlir, TVM's
// LinearStructure). Seed 000's test_linear: pools fast_memory (200704 bytes)
// and slow_memory (unbounded), greedy-by-size or greedy-by-conflicts ->
// fast_memory uses 200704 bytes and slow_memory 1418528.

// DEFINE: %{example} = %memplan_src_root/examples/mobilenet.mlir
// RUN: memplan-opt %{example} --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-size" | FileCheck %s --check-prefix=SEED
// RUN: memplan-opt %{example} --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-conflicts" | FileCheck %s --check-prefix=SEED
// SEED-DAG: memref.global "private" @fast_memory : memref<200704xi8> = uninitialized {alignment = 16 : i64}
// SEED-DAG: memref.global "private" @slow_memory : memref<1418528xi8> = uninitialized {alignment = 16 : i64}
// SEED-NOT: memref.alloc

// The report: the separate sizes are the sums of the seed's buffer sizes in
// each pool (fast: tensor_2 200704 + Conv2dOutput_7 256; slow: sid_8 802816 +
// PaddedInput_7 314646 + sid_9 301056 = 1418518), the lower bounds those of
// the pools' buffers (fast: tensor_2 alone; slow: sid_8 + PaddedInput_7).
// RUN: memplan-opt %{example} --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-size report=true" -o /dev/null | FileCheck %s --check-prefix=REPORT
// REPORT:      fast_memory        2        200704        200704        200960           256     0.1%
// REPORT-NEXT: slow_memory        3       1418528       1117462       1418518           -10     0.0%
// REPORT-NEXT: total              5       1619232       1318166       1619478           246     0.0%

// One unbounded workspace: the default algorithm reaches the memory
// pressure 1117718 (sid_8 + PaddedInput_7 + Conv2dOutput_7 live together,
// 802816 + 314646 + 256).
// RUN: memplan-opt %{example} --memplan-pipeline | FileCheck %s --check-prefix=WORKSPACE
// WORKSPACE: memref.global "private" @workspace : memref<1117718xi8>
