// RUN: memplan-opt %s --split-input-file -verify-diagnostics

// Malformed in-place marks (memplan.in_place_id / memplan.in_place_of, see
// --memplan-reuse-in-place), which the dialect's verifier rejects. Marks
// that do not form pairs of planned buffers are errors of the buffer
// analysis: plan-in-place-invalid.mlir.

func.func @not_an_alloc(%f: f32) {
  // expected-error @+1 {{attribute 'memplan.in_place_id' belongs on a memplan.alloc}}
  %0 = arith.addf %f, %f {memplan.in_place_id = 0 : i64} : f32
  return
}

// -----

func.func @negative() {
  // expected-error @+1 {{attribute 'memplan.in_place_of' must be non-negative, got -3}}
  %0 = memplan.alloc {memplan.in_place_of = -3 : i64} : memref<4xf32>
  return
}

// -----

func.func @not_i64() {
  // expected-error @+1 {{attribute 'memplan.in_place_id' must be an i64}}
  %0 = memplan.alloc {memplan.in_place_id = "a"} : memref<4xf32>
  return
}

// -----

func.func @memref_alloc() {
  // expected-error @+1 {{attribute 'memplan.in_place_of' belongs on a memplan.alloc}}
  %0 = memref.alloc() {memplan.in_place_of = 0 : i64} : memref<4xf32>
  return
}
