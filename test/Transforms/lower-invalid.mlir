// RUN: memplan-opt %s --memplan-lower --split-input-file -verify-diagnostics
// RUN: memplan-opt %s --memplan-lower=pool-storage=argument --split-input-file -verify-diagnostics

// expected-error @below {{'memplan.pool' op has no planned size; run --memplan-plan before --memplan-lower}}
memplan.pool @unplanned

func.func @f() {
  %a = memplan.view @unplanned[0] : memref<4xf32>
  return
}

// -----

memplan.pool @small size 64 lower_bound 64

func.func @beyond() {
  %a = memplan.view @small[32] : memref<8xf32>
  // expected-error @below {{'memplan.view' op needs bytes [48, 80) of pool @small, beyond its planned size 64}}
  %b = memplan.view @small[48] : memref<8xf32>
  return
}

// -----

memplan.pool @small size 64 lower_bound 64

// A dynamic view takes its bound: 32 floats are 128 bytes.
func.func @beyond_dynamic(%n: index) {
  // expected-error @below {{'memplan.view' op needs bytes [0, 128) of pool @small, beyond its planned size 64}}
  %a = memplan.view(%n) @small[0] bound 32 : memref<?xf32>
  return
}

// -----

memplan.pool @spaces size 64 lower_bound 64

func.func @mixed_spaces() {
  %a = memplan.view @spaces[0] : memref<4xf32, 1>
  // expected-error @below {{'memplan.view' op is in memory space 2 : i64, but another view of pool @spaces is in memory space 1 : i64}}
  %b = memplan.view @spaces[16] : memref<4xf32, 2>
  return
}

// -----

// A pool of a nested module belongs to that module: lowering the outer module
// does not reach it.

memplan.pool @outer size 16 lower_bound 16

module @inner {
  memplan.pool @inner_pool size 16 lower_bound 16
  func.func @g() {
    // expected-error @below {{'memplan.view' op uses pool @inner_pool, which is not declared in the module being lowered}}
    %a = memplan.view @inner_pool[0] : memref<4xf32>
    return
  }
}
