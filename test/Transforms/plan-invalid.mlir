// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size --split-input-file -verify-diagnostics

// Three 10-byte buffers live together in a pool of 10 bytes. Their automatic
// names are three_alloc0, 1, 2 in program order. greedy-by-size orders equal
// sizes and conflict counts by name, descending: three_alloc2 goes to 0, then
// three_alloc1 would need [10, 20): it fits nowhere, and the error is at it.

memplan.pool @small capacity 10

func.func @three() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  %a = memplan.alloc : memref<10xi8>
  // expected-error @below {{buffer 'three_alloc1' (10 bytes) fits in none of its candidate pools: 'small' (capacity 10); 30 bytes are live at the worst moment}}
  %b = memplan.alloc : memref<10xi8>
  %c = memplan.alloc : memref<10xi8>
  memref.store %v, %a[%c0] : memref<10xi8>
  memref.store %v, %b[%c0] : memref<10xi8>
  memref.store %v, %c[%c0] : memref<10xi8>
  %x = memref.load %a[%c0] : memref<10xi8>
  %y = memref.load %b[%c0] : memref<10xi8>
  %z = memref.load %c[%c0] : memref<10xi8>
  return
}

// -----

// A buffer larger than every candidate pool.

memplan.pool @sram capacity 64
memplan.pool @tcm capacity 128

func.func @too_big() {
  // expected-error @below {{buffer 'too_big_alloc0' (256 bytes) fits in none of its candidate pools: 'sram' (capacity 64), 'tcm' (capacity 128)}}
  %big = memplan.alloc : memref<64xf32>
  return
}

// -----

// Buffers but no pool.

func.func @no_pools() {
  // expected-error @below {{'memplan.alloc' op cannot be planned: the module declares no memplan.pool (declare pools, or run --memplan-declare-pools first)}}
  %a = memplan.alloc : memref<4xf32>
  return
}

// -----

// A memplan.alloc the analysis does not plan has no lowering: an error with
// the analysis's reason.

memplan.pool @p

func.func @parallel(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    // expected-error @below {{'memplan.alloc' op cannot be planned: it is allocated inside the parallel loop 'scf.parallel'}}
    %a = memplan.alloc : memref<4xf32>
    scf.reduce
  }
  return
}

// -----

memplan.pool @p

func.func @escapes() -> memref<4xf32> {
  // expected-error @below {{'memplan.alloc' op cannot be planned: it is returned by 'func.return'}}
  %a = memplan.alloc : memref<4xf32>
  return %a : memref<4xf32>
}

// -----

// Recursion is the analysis's located error; the pass fails with it.

memplan.pool @p

// expected-note @below {{the cycle enters @recursive here}}
func.func @recursive() {
  %a = memplan.alloc : memref<4xf32>
  // expected-error @below {{recursive call to @recursive: memory planning needs a call graph without cycles}}
  call @recursive() : () -> ()
  return
}
