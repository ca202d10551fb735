// objective of --memplan-plan and --memplan-pipeline: fit stops at the first
// plan within every pool's capacity, peak (the default) minimises the pools.
// RUN: memplan-opt %s --memplan-plan=objective=fit | FileCheck %s --check-prefix=FIT
// RUN: memplan-opt %s --memplan-plan=objective=peak | FileCheck %s --check-prefix=PEAK
// RUN: memplan-opt %s --memplan-plan | FileCheck %s --check-prefix=PEAK
// RUN: memplan-opt %s --memplan-pipeline=objective=fit | FileCheck %s --check-prefix=PIPE-FIT
// RUN: memplan-opt %s --memplan-pipeline | FileCheck %s --check-prefix=PIPE-PEAK

// Three buffers, byte aligned: a (4 bytes) lives with b (3 bytes), b with
// c (2 bytes); a ends before c starts. LOAD is 4 + 3 = 7 bytes.
// The first plan the planner tries is greedy-by-size's: largest first, each
// above the highest end of its placed conflicts: a at 0 (ends at 4), b above
// a at 4 (ends at 7), c above b at 7: 9 bytes, within the capacity of 9, so
// objective=fit returns it.
// FIT: memplan.pool @p capacity 9 alignment 1 size 9 lower_bound 7
// FIT: memplan.alloc pool @p offset 0 : memref<4xi8>
// FIT: memplan.alloc pool @p offset 4 : memref<3xi8>
// FIT: memplan.alloc pool @p offset 7 : memref<2xi8>

// The optimum is LOAD, 7 bytes: b at 0, a and c above it at 3 (they are
// never live together). objective=peak finds it.
// PEAK: memplan.pool @p capacity 9 alignment 1 size 7 lower_bound 7

// The pipeline passes the option to its plan stage: the lowered pool is a
// global of 9 bytes with fit, 7 with peak.
// PIPE-FIT: memref.global "private" @p : memref<9xi8>
// PIPE-PEAK: memref.global "private" @p : memref<7xi8>

memplan.pool @p capacity 9 alignment 1

func.func @three() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  %a = memplan.alloc : memref<4xi8>
  memref.store %v, %a[%c0] : memref<4xi8>
  %b = memplan.alloc : memref<3xi8>
  memref.store %v, %b[%c0] : memref<3xi8>
  %x = memref.load %a[%c0] : memref<4xi8>
  %c = memplan.alloc : memref<2xi8>
  memref.store %v, %c[%c0] : memref<2xi8>
  %y = memref.load %b[%c0] : memref<3xi8>
  %z = memref.load %c[%c0] : memref<2xi8>
  return
}
