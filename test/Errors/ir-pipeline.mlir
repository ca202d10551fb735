// RUN: memplan-opt %s --split-input-file --memplan-pipeline=algorithm=greedy-by-size -verify-diagnostics -o /dev/null

// IR errors as a user of --memplan-pipeline meets them: each is located at
// the operation to fix. (test/Dialect/invalid.mlir has the verifier's
// errors: unknown pools, bad alignments, dynamic memplan.alloc; the
// test/Transforms/*-invalid.mlir tests have each pass on its own.)

// A buffer larger than every pool it may use.
memplan.pool @sram capacity 64
memplan.pool @tcm capacity 128
func.func @too_big() {
  // expected-error @below {{buffer 'too_big_alloc0' (256 bytes) fits in none of its candidate pools: 'sram' (capacity 64), 'tcm' (capacity 128)}}
  %a = memref.alloc() : memref<64xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %a[%c0] : memref<64xf32>
  memref.dealloc %a : memref<64xf32>
  return
}

// -----

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

// -----

// Recursion: planning needs an acyclic call graph.
// expected-note @below {{the cycle enters @countdown here}}
func.func @countdown(%n: index) {
  %a = memref.alloc() : memref<16xf32>
  // expected-error @below {{recursive call to @countdown: memory planning needs a call graph without cycles}}
  call @countdown(%n) : (index) -> ()
  memref.dealloc %a : memref<16xf32>
  return
}

// -----

// A memplan.alloc the analysis cannot plan (one per iteration of a parallel
// loop) has no lowering: an error, where a memref.alloc would be left alone.
memplan.pool @p
func.func @parallel() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    // expected-error @below {{'memplan.alloc' op cannot be planned: it is allocated inside the parallel loop 'scf.parallel'}}
    %a = memplan.alloc : memref<4xf32>
    scf.reduce
  }
  return
}

// -----

// A memplan.alloc that escapes its function.
memplan.pool @p
func.func @escapes() -> memref<4xf32> {
  // expected-error @below {{'memplan.alloc' op cannot be planned: it is returned by 'func.return'}}
  %a = memplan.alloc : memref<4xf32>
  return %a : memref<4xf32>
}
