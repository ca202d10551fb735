// RUN: memplan-opt %s --split-input-file --memplan-pipeline=algorithm=greedy-by-size -verify-diagnostics -o /dev/null

// IR errors as a user of --memplan-pipeline meets them, located at the
// operation to fix. The rest of the IR error catalogue is elsewhere:
// test/Dialect/invalid.mlir (unknown pools, bad alignments, dynamic
// memplan.alloc, sizes beyond 2^63-1), test/Analysis/recursion.mlir and
// test/Transforms/plan-invalid.mlir (recursion, buffers too big for every
// pool, memplan.alloc in parallel loops or escaping), and the other
// test/Transforms/*-invalid.mlir tests (each pass and its options).

// Pool overflow beyond 4 GiB: two buffers of 32 GiB live together need
// 68719476736 bytes, one more than the pool holds. greedy-by-size places
// the second (names descending on a tie) and blames the first.
memplan.pool @huge capacity 68719476735 alignment 4096
func.func @overflow(%i: index) -> f64 {
  %v = arith.constant 1.0 : f64
  // expected-error @below {{buffer 'overflow_alloc0' (34359738368 bytes) fits in none of its candidate pools: 'huge' (capacity 68719476735); 68719476736 bytes are live at the worst moment}}
  %a = memref.alloc() : memref<65536x65536xf64>
  %b = memref.alloc() : memref<65536x65536xf64>
  memref.store %v, %a[%i, %i] : memref<65536x65536xf64>
  memref.store %v, %b[%i, %i] : memref<65536x65536xf64>
  %x = memref.load %a[%i, %i] : memref<65536x65536xf64>
  %y = memref.load %b[%i, %i] : memref<65536x65536xf64>
  %z = arith.addf %x, %y : f64
  return %z : f64
}

