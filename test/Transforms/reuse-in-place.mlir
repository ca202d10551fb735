// RUN: memplan-opt %s --split-input-file --memplan-reuse-in-place | FileCheck %s
// RUN: memplan-opt %s --split-input-file --memplan-declare-pools --memplan-reuse-in-place --memplan-plan | FileCheck %s --check-prefix=PLAN
// RUN: memplan-opt %s --split-input-file --memplan-reuse-in-place --memplan-schedule | FileCheck %s --check-prefix=SCHEDULE

// The rule is in lib/Transforms/ReuseInPlace.cpp; each case below is one
// legal pair or one broken condition. --memplan-schedule removes every pair
// (they hold only in the order they were found in):
// SCHEDULE-NOT: memplan.in_place

#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)

// A chain a -> b -> c of elementwise ops on 64-byte buffers, each input read
// for the last time by the op: both pairs are legal. Planned, all three sit
// at offset 0 of one 64-byte pool: a, b and c form one share group whose
// non-pair members a and c are never live together. Without the pairs a and
// b are live together at the first generic, so two 64-byte buffers need 128
// bytes (PLAN checks the plan, not the pass).
// CHECK-LABEL: func.func @chain
// CHECK: %[[A:.*]] = memplan.alloc {memplan.in_place_id = 0 : i64}
// CHECK: %[[B:.*]] = memplan.alloc {memplan.in_place_id = 1 : i64, memplan.in_place_of = 0 : i64}
// CHECK: %[[C:.*]] = memplan.alloc {memplan.in_place_of = 1 : i64}
// PLAN: memplan.pool @workspace size 64 lower_bound 64
// PLAN-LABEL: func.func @chain
// PLAN-COUNT-3: memplan.alloc pool @workspace offset 0
func.func @chain(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %r = arith.maximumf %x, %f : f32
    linalg.yield %r : f32
  }
  %c = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%b : memref<16xf32>) outs(%c : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  }
  call @sink(%c) : (memref<16xf32>) -> ()
  return
}

// -----

// A named elementwise op with two inputs: the output takes the first input
// that dies there (a); b is read afterwards. Another element type of the same
// size (f32 into i32) is fine: element i has the same bytes in both. An input
// read twice through one value (e * e) reads element i only.
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
func.func private @sinki(memref<16xi32>)
// CHECK-LABEL: func.func @named
// CHECK: memplan.alloc {memplan.in_place_id = 0 : i64}
// CHECK-NEXT: memplan.alloc :
// CHECK: memplan.alloc {memplan.in_place_id = 1 : i64, memplan.in_place_of = 0 : i64}
// CHECK: memplan.alloc {memplan.in_place_of = 1 : i64} : memref<16xi32>
// CHECK: memplan.alloc {memplan.in_place_id = 2 : i64}
// CHECK: memplan.alloc {memplan.in_place_of = 2 : i64}
func.func @named(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  %b = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  linalg.fill ins(%f : f32) outs(%b : memref<16xf32>)
  %c = memplan.alloc : memref<16xf32>
  linalg.add ins(%a, %b : memref<16xf32>, memref<16xf32>) outs(%c : memref<16xf32>)
  call @sink(%b) : (memref<16xf32>) -> ()
  %d = memplan.alloc : memref<16xi32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%c : memref<16xf32>) outs(%d : memref<16xi32>) {
  ^bb0(%x: f32, %y: i32):
    %r = arith.bitcast %x : f32 to i32
    linalg.yield %r : i32
  }
  call @sinki(%d) : (memref<16xi32>) -> ()
  %e = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%e : memref<16xf32>)
  %g = memplan.alloc : memref<16xf32>
  linalg.mul ins(%e, %e : memref<16xf32>, memref<16xf32>) outs(%g : memref<16xf32>)
  call @sink(%g) : (memref<16xf32>) -> ()
  return
}

// -----

// A function called twice: each walk has its own intervals, and in each the
// two buffers are live together only during the op. One op with two outputs:
// only one of them takes the input.
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @twice
// CHECK: memplan.alloc {memplan.in_place_id = 0 : i64}
// CHECK: memplan.alloc {memplan.in_place_of = 0 : i64}
// CHECK-NEXT: memplan.alloc :
func.func @twice(%f: f32) {
  call @body(%f) : (f32) -> ()
  call @body(%f) : (f32) -> ()
  return
}
func.func private @body(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  %c = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b, %c : memref<16xf32>, memref<16xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    linalg.yield %x, %x : f32, f32
  }
  call @sink(%b) : (memref<16xf32>) -> ()
  call @sink(%c) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: the input is read after the op.
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @read_after
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @read_after(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sink(%a) : (memref<16xf32>) -> ()
  call @sink(%b) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: the input is read through a reversing map: iteration i reads
// a[15 - i], which iteration 15 - i may already have overwritten.
#id = affine_map<(d0) -> (d0)>
#rev = affine_map<(d0) -> (15 - d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @reversed
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @reversed(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#rev, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sink(%b) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: a reduction loop (a row sum of a 4x4 input into a 4x4 output's
// first column would read other rows' inputs after writing).
func.func private @sink(memref<4x4xf32>)
// CHECK-LABEL: func.func @reduction
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @reduction(%f: f32) {
  %a = memplan.alloc : memref<4x4xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<4x4xf32>)
  %b = memplan.alloc : memref<4x4xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x4xf32>) outs(%b : memref<4x4xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sink(%b) : (memref<4x4xf32>) -> ()
  return
}

// -----

// Illegal: another element size (f32 into f16: element i of the output
// would overwrite half of input element i / 2; f32 into f64 input element
// 2i + 1 before it is read).
#id = affine_map<(d0) -> (d0)>
func.func private @sinkh(memref<16xf16>)
func.func private @sinkd(memref<16xf64>)
// CHECK-LABEL: func.func @element_sizes
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @element_sizes(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %h = memplan.alloc : memref<16xf16>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%h : memref<16xf16>) {
  ^bb0(%x: f32, %y: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  }
  call @sinkh(%h) : (memref<16xf16>) -> ()
  %c = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%c : memref<16xf32>)
  %d = memplan.alloc : memref<16xf64>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%c : memref<16xf32>) outs(%d : memref<16xf64>) {
  ^bb0(%x: f32, %y: f64):
    %t = arith.extf %x : f32 to f64
    linalg.yield %t : f64
  }
  call @sinkd(%d) : (memref<16xf64>) -> ()
  return
}

// -----

// Illegal: the input is an argument; the payload reads the output's old
// value (an accumulation); the output was written before the op.
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @not_fresh
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @not_fresh(%arg: memref<16xf32>, %f: f32) {
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%arg : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  %c = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%c : memref<16xf32>)
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%b : memref<16xf32>) outs(%c : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  }
  %d = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%d : memref<16xf32>)
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%c : memref<16xf32>) outs(%d : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sink(%d) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: a second operand views the input (the same bytes through a
// subview, which the pass does not look through); an op inside a loop whose
// buffers are allocated outside it (the next iteration reads the input
// again); an input that is also an output of the op (e[i] and g[i] would be
// one element written twice).
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @aliases_and_loops
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @aliases_and_loops(%f: f32) {
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %v = memref.subview %a[0] [16] [1] : memref<16xf32> to memref<16xf32, strided<[1]>>
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a, %v : memref<16xf32>, memref<16xf32, strided<[1]>>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %z: f32, %y: f32):
    %s = arith.addf %x, %z : f32
    linalg.yield %s : f32
  }
  call @sink(%b) : (memref<16xf32>) -> ()
  %c = memplan.alloc : memref<16xf32>
  %d = memplan.alloc : memref<16xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  linalg.fill ins(%f : f32) outs(%c : memref<16xf32>)
  scf.for %i = %c0 to %c4 step %c1 {
    linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
        ins(%c : memref<16xf32>) outs(%d : memref<16xf32>) {
    ^bb0(%x: f32, %y: f32):
      linalg.yield %x : f32
    }
  }
  call @sink(%d) : (memref<16xf32>) -> ()
  %e = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%e : memref<16xf32>)
  %g = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%e : memref<16xf32>) outs(%g, %e : memref<16xf32>, memref<16xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %s = arith.addf %x, %x : f32
    linalg.yield %x, %s : f32, f32
  }
  call @sink(%g) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: the payload loads from the input at another index (element 15,
// which iteration 15 may already have overwritten): a payload with a memory
// effect is never paired.
#id = affine_map<(d0) -> (d0)>
func.func private @sink(memref<16xf32>)
// CHECK-LABEL: func.func @payload_load
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @payload_load(%f: f32) {
  %c15 = arith.constant 15 : index
  %a = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %last = memref.load %a[%c15] : memref<16xf32>
    %s = arith.addf %x, %last : f32
    linalg.yield %s : f32
  }
  call @sink(%b) : (memref<16xf32>) -> ()
  return
}

// -----

// Illegal: a pinned input (the planner keeps it where it is), a dynamically
// shaped input, and an entry function's output in the workspace.
#id = affine_map<(d0) -> (d0)>
memplan.pool @sram
func.func private @sink(memref<16xf32>)
func.func private @sinkdyn(memref<?xf32>)
// CHECK-LABEL: func.func @pinned_dynamic_io
// CHECK-NOT: memplan.in_place
// CHECK: return
func.func @pinned_dynamic_io(%f: f32, %n: index) {
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%a : memref<16xf32>)
  %b = memplan.alloc : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sink(%b) : (memref<16xf32>) -> ()
  %c = memplan.alloc(%n) bound 16 : memref<?xf32>
  linalg.fill ins(%f : f32) outs(%c : memref<?xf32>)
  %d = memplan.alloc(%n) bound 16 : memref<?xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%c : memref<?xf32>) outs(%d : memref<?xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  call @sinkdyn(%d) : (memref<?xf32>) -> ()
  %e = memplan.alloc : memref<16xf32>
  linalg.fill ins(%f : f32) outs(%e : memref<16xf32>)
  %o = memplan.alloc {memplan.output = 0 : i64} : memref<16xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%e : memref<16xf32>) outs(%o : memref<16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  return
}
