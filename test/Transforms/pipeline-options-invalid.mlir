// Malformed options fail when the pipeline is parsed, with one clear error.
// RUN: not memplan-opt %s --memplan-pipeline="pools=fast:1k" 2>&1 | FileCheck %s --check-prefix=POOLS
// RUN: not memplan-opt %s --memplan-pipeline="pools=fast:1024:48" 2>&1 | FileCheck %s --check-prefix=ALIGN
// RUN: not memplan-opt %s --memplan-pipeline="pools=fast,fast" 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not memplan-opt %s --memplan-pipeline="pool-storage=stack" 2>&1 | FileCheck %s --check-prefix=STORAGE
// RUN: not memplan-opt %s --memplan-pipeline="algorithm=fastest" 2>&1 | FileCheck %s --check-prefix=ALGO
// RUN: not memplan-opt %s --memplan-pipeline="time-limit=-1" 2>&1 | FileCheck %s --check-prefix=TIME
// A module with pools of its own and the pools option: an error at its pool.
// RUN: not memplan-opt %s --memplan-pipeline="pools=other" 2>&1 | FileCheck %s --check-prefix=EXISTING

// POOLS: error: memplan-pipeline: bad pools option: invalid capacity '1k' of pool 'fast': expected a number of bytes
// ALIGN: error: memplan-pipeline: bad pools option: invalid alignment '48' of pool 'fast': expected a power of two
// TWICE: error: memplan-pipeline: bad pools option: pool 'fast' is declared twice
// STORAGE: error: memplan-pipeline: unknown pool-storage 'stack'; expected 'global' or 'argument'
// ALGO: error: memplan-pipeline: unknown algorithm 'fastest'; known: {{.*}}greedy-by-size
// TIME: error: memplan-pipeline: time-limit must not be negative
// EXISTING: pipeline-options-invalid.mlir:[[@LINE+1]]:1: error: 'memplan.pool' op the module already declares pools, so the pools option 'other' cannot apply
memplan.pool @mine

func.func @f() {
  %a = memref.alloc() : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  return
}
