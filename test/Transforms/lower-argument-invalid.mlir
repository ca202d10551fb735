// RUN: memplan-opt %s --memplan-lower=pool-storage=argument --split-input-file -verify-diagnostics

// A function that needs a pool argument but whose address is taken: an
// indirect call could not pass the pool.

memplan.pool @p size 16 lower_bound 16

func.func @uses_pool() {
  %a = memplan.view @p[0] : memref<4xf32>
  return
}

func.func @caller() {
  call @uses_pool() : () -> ()
  // expected-error @below {{'func.constant' op references @uses_pool, which needs pool arguments with pool-storage=argument; only a func.call inside a func.func of the module can pass them}}
  %f = func.constant @uses_pool : () -> ()
  func.call_indirect %f() : () -> ()
  return
}

// -----

// The same through a caller: @wrapper needs @p because it calls @uses_pool.

memplan.pool @p size 16 lower_bound 16

func.func @uses_pool() {
  %a = memplan.view @p[0] : memref<4xf32>
  return
}

func.func @wrapper() {
  call @uses_pool() : () -> ()
  return
}

func.func @taker() -> (() -> ()) {
  // expected-error @below {{references @wrapper, which needs pool arguments}}
  %f = constant @wrapper : () -> ()
  return %f : () -> ()
}

// -----

// A function that needs no pool may have its address taken.

memplan.pool @p size 16 lower_bound 16

func.func @no_pool() {
  return
}

func.func @fine() {
  %a = memplan.view @p[0] : memref<4xf32>
  %f = constant @no_pool : () -> ()
  call_indirect %f() : () -> ()
  return
}
