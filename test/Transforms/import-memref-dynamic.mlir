// RUN: memplan-opt %s --memplan-import-memref -verify-diagnostics | FileCheck %s
// A dynamically shaped memref.alloc or memref.alloca becomes a memplan.alloc
// with the same sizes and a `bound`: the most elements it holds, derived with
// upstream ValueBoundsConstraintSet, or given by `memplan.bound` (the smaller
// of the two when both exist). Without either it stays, with a remark.

// CHECK-LABEL: func.func @derived
func.func @derived(%len: index, %rows: index) {
  %c0 = arith.constant 0 : index
  %c64 = arith.constant 64 : index
  %c1 = arith.constant 1 : index
  %c300 = arith.constant 300 : index
  %c200 = arith.constant 200 : index
  %x = arith.constant 1.0 : f32

  // min(len, 1024) <= 1024.
  // CHECK: %[[N:.*]] = affine.min
  // CHECK-NEXT: memplan.alloc(%[[N]]) bound 1024 : memref<?xf32>
  %n = affine.min affine_map<(d0) -> (d0, 1024)>(%len)
  %a = memref.alloc(%n) : memref<?xf32>

  // Two dimensions: min(rows, 16) rows of 8: 16 * 8 = 128 elements.
  // CHECK: %[[M:.*]] = affine.min
  // CHECK-NEXT: memplan.alloc(%[[M]]) bound 128 : memref<?x8xf32>
  %m = affine.min affine_map<(d0) -> (d0, 16)>(%rows)
  %b = memref.alloc(%m) : memref<?x8xf32>

  // Both dimensions dynamic: 1024 * 16 elements.
  // CHECK-NEXT: memplan.alloc(%[[N]], %[[M]]) bound 16384 : memref<?x?xi8>
  %c = memref.alloc(%n, %m) : memref<?x?xi8>

  // arith.minsi with a constant: at most 300.
  // CHECK: %[[S:.*]] = arith.minsi
  // CHECK-NEXT: memplan.alloc(%[[S]]) bound 300 : memref<?xf32>
  %s = arith.minsi %len, %c300 : index
  %d = memref.alloc(%s) : memref<?xf32>

  // arith.minui with a non-negative constant: in [0, 200].
  // CHECK: %[[U:.*]] = arith.minui
  // CHECK-NEXT: memplan.alloc(%[[U]]) bound 200 : memref<?xf32>
  %u = arith.minui %len, %c200 : index
  %e = memref.alloca(%u) : memref<?xf32>

  // A size through affine.apply: min(len, 100) + 4 <= 104.
  // CHECK: %[[P:.*]] = affine.apply
  // CHECK-NEXT: memplan.alloc(%[[P]]) bound 104 : memref<?xi32>
  %q = affine.min affine_map<(d0) -> (d0, 100)>(%len)
  %p = affine.apply affine_map<(d0) -> (d0 + 4)>(%q)
  %f = memref.alloc(%p) : memref<?xi32>

  // An scf.for induction variable in [0, 64): at most 63.
  // CHECK: scf.for %[[I:.*]] =
  // CHECK-NEXT: memplan.alloc(%[[I]]) bound 63 : memref<?xf32>
  scf.for %i = %c0 to %c64 step %c1 {
    %g = memref.alloc(%i) : memref<?xf32>
    memref.store %x, %g[%c0] : memref<?xf32>
    memref.dealloc %g : memref<?xf32>
  }

  memref.store %x, %a[%c0] : memref<?xf32>
  memref.store %x, %b[%c0, %c0] : memref<?x8xf32>
  memref.store %x, %d[%c0] : memref<?xf32>
  memref.store %x, %e[%c0] : memref<?xf32>
  // CHECK-NOT: memref.dealloc
  memref.dealloc %a : memref<?xf32>
  memref.dealloc %b : memref<?x8xf32>
  memref.dealloc %c : memref<?x?xi8>
  memref.dealloc %d : memref<?xf32>
  memref.dealloc %f : memref<?xi32>
  return
}

// CHECK-LABEL: func.func @given
func.func @given(%len: index) {
  // No bound is derivable from an argument: memplan.bound gives it.
  // CHECK: memplan.alloc(%{{.*}}) bound 500 : memref<?xf32>
  %a = memref.alloc(%len) {memplan.bound = 500 : i64} : memref<?xf32>

  // Both: the smaller wins. min(len, 1024) with a given 600 -> 600; with a
  // given 2000 -> 1024.
  // CHECK: memplan.alloc(%[[N:.*]]) bound 600 : memref<?xf32>
  // CHECK-NEXT: memplan.alloc(%[[N]]) bound 1024 : memref<?xf32>
  %n = affine.min affine_map<(d0) -> (d0, 1024)>(%len)
  %b = memref.alloc(%n) {memplan.bound = 600 : i64} : memref<?xf32>
  %c = memref.alloc(%n) {memplan.bound = 2000 : i64} : memref<?xf32>
  // CHECK-NOT: memplan.bound
  return
}

// CHECK-LABEL: func.func @unbounded
func.func @unbounded(%len: index, %other: index) {
  // expected-remark @below {{not planned: its shape is dynamic and no constant upper bound of its size is known (bound the sizes, for example with affine.min, or give 'memplan.bound')}}
  %a = memref.alloc(%len) : memref<?xf32>
  // CHECK: memref.alloc(%{{.*}}) : memref<?xf32>

  // A lower bound is no upper bound.
  %n = affine.max affine_map<(d0) -> (d0, 1024)>(%len)
  // expected-remark @below {{not planned: its shape is dynamic}}
  %b = memref.alloc(%n) : memref<?xf32>
  // CHECK: memref.alloc(%{{.*}}) : memref<?xf32>

  // arith.minui with no constant operand says nothing signed.
  %u = arith.minui %len, %other : index
  // expected-remark @below {{not planned: its shape is dynamic}}
  %c = memref.alloca(%u) : memref<?xf32>
  // CHECK: memref.alloca(%{{.*}}) : memref<?xf32>
  return
}

// CHECK-LABEL: func.func @overflow
func.func @overflow(%len: index) {
  // Each size is at most 2^32, but 2^32 * 2^32 elements exceed 2^63 - 1:
  // no bound.
  %n = affine.min affine_map<(d0) -> (d0, 4294967296)>(%len)
  // expected-remark @below {{not planned: its shape is dynamic and no constant upper bound}}
  %a = memref.alloc(%n, %n) : memref<?x?xi8>
  // CHECK: memref.alloc(%{{.*}}, %{{.*}}) : memref<?x?xi8>

  // 2^62 floats are a valid element count, but 2^64 bytes are too many.
  // expected-remark @below {{not planned: its byte size is unknown}}
  %b = memref.alloc(%len) {memplan.bound = 4611686018427387904 : i64} : memref<?xf32>
  // CHECK: memref.alloc(%{{.*}}) {memplan.bound = 4611686018427387904 : i64} : memref<?xf32>
  return
}

func.func @main(%len: index, %rows: index) {
  call @derived(%len, %rows) : (index, index) -> ()
  call @given(%len) : (index) -> ()
  call @unbounded(%len, %rows) : (index, index) -> ()
  call @overflow(%len) : (index) -> ()
  return
}
