// RUN: memplan-opt %s --split-input-file --memplan-declare-pools --memplan-plan -verify-diagnostics

// In-place marks that do not form pairs of planned buffers (see
// --memplan-reuse-in-place): the buffer analysis reports them at the
// allocation, so every pass built on it (--memplan-plan here) fails.

func.func private @sink(memref<4xf32>)

func.func @id_twice() {
  %0 = memplan.alloc {memplan.in_place_id = 0 : i64} : memref<4xf32>
  // expected-error @+1 {{'memplan.alloc' op attribute 'memplan.in_place_id' = 0 is also on another planned memplan.alloc}}
  %1 = memplan.alloc {memplan.in_place_id = 0 : i64} : memref<4xf32>
  call @sink(%0) : (memref<4xf32>) -> ()
  call @sink(%1) : (memref<4xf32>) -> ()
  return
}

// -----

func.func private @sink(memref<4xf32>)

func.func @no_such_id() {
  %0 = memplan.alloc {memplan.in_place_id = 0 : i64} : memref<4xf32>
  // expected-error @+1 {{'memplan.alloc' op attribute 'memplan.in_place_of' = 1 names no planned memplan.alloc with 'memplan.in_place_id'}}
  %1 = memplan.alloc {memplan.in_place_of = 1 : i64} : memref<4xf32>
  call @sink(%0) : (memref<4xf32>) -> ()
  call @sink(%1) : (memref<4xf32>) -> ()
  return
}

// -----

func.func private @sink(memref<4xf32>)

func.func @itself() {
  // expected-error @+1 {{'memplan.alloc' op attribute 'memplan.in_place_of' names the allocation itself}}
  %0 = memplan.alloc {memplan.in_place_id = 0 : i64, memplan.in_place_of = 0 : i64} : memref<4xf32>
  call @sink(%0) : (memref<4xf32>) -> ()
  return
}

// -----

// The id is on an allocation the analysis does not plan (it is returned).
func.func private @sink(memref<4xf32>)

func.func @unplanned() -> memref<4xf32> {
  %0 = memplan.alloc {memplan.in_place_id = 0 : i64} : memref<4xf32>
  // expected-error @+1 {{'memplan.alloc' op attribute 'memplan.in_place_of' = 0 names no planned memplan.alloc with 'memplan.in_place_id'}}
  %1 = memplan.alloc {memplan.in_place_of = 0 : i64} : memref<4xf32>
  call @sink(%1) : (memref<4xf32>) -> ()
  return %0 : memref<4xf32>
}
