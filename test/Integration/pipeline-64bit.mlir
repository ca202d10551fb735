// The pipeline beyond 4 GiB: memrefs with 2^32 elements (32 GiB of f64
// each), an alignment of 64 GiB, pool capacities and offsets past 2^32 in
// the pools option, the plan, the rewritten views, the pool globals, the
// report and the LLVM lowering (test/Integration/lower-to-llvm.mlir covers
// 4 GiB buffers; this one goes past 2^32 elements and 2^36 bytes).
//
// %a and %b (65536 x 65536 x f64 = 34359738368 bytes each) are live
// together; %a dies at its load, then %c (3 bytes, alignment 2^36 =
// 68719476736) is live with %b. Conflicts: a-b, b-c.
//
// greedy-by-size orders b (2 conflicts), a, c: b at 0, a above it at
// 34359738368, c above b's end rounded up to its alignment: 68719476736; the
// pool ends at 68719476739. The lower bound is the 68719476736 bytes of a and
// b live together; the default algorithm reaches it (a at 0, b at
// 34359738368, c at 0 beside a, which is dead by then).
// RUN: memplan-opt %s --memplan-pipeline="pools=huge::4096 algorithm=greedy-by-size report=true" | FileCheck %s --check-prefix=GREEDY
// RUN: memplan-opt %s --memplan-pipeline="pools=huge::4096" | FileCheck %s --check-prefix=DEFAULT
// RUN: memplan-opt %s --memplan-pipeline="pools=huge::4096 algorithm=greedy-by-size" --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts | FileCheck %s --check-prefix=LLVM
// A capacity of exactly 64 GiB holds the default plan; one byte less holds
// no plan (test/Errors/ir-pool-overflow.mlir has the located error).
// RUN: memplan-opt %s --memplan-pipeline="pools=huge:68719476736:4096" | FileCheck %s --check-prefix=EXACT

// GREEDY: huge 3 68719476739 68719476736 68719476739 0 0.0%
// GREEDY: memref.global "private" @huge : memref<68719476739xi8> = uninitialized {alignment = 4096 : i64}
// GREEDY: %[[B:.*]] = arith.constant 34359738368 : index
// GREEDY: memref.view %{{.*}}[%[[B]]][] : memref<68719476739xi8> to memref<65536x65536xf64>
// GREEDY: %[[Z:.*]] = arith.constant 0 : index
// GREEDY: memref.view %{{.*}}[%[[Z]]][] : memref<68719476739xi8> to memref<65536x65536xf64>
// GREEDY: %[[C:.*]] = arith.constant 68719476736 : index
// GREEDY: memref.view %{{.*}}[%[[C]]][] : memref<68719476739xi8> to memref<3xi8>

// DEFAULT: memref.global "private" @huge : memref<68719476736xi8> = uninitialized {alignment = 4096 : i64}
// EXACT: memref.global "private" @huge : memref<68719476736xi8> = uninitialized {alignment = 4096 : i64}

// LLVM: llvm.mlir.global private @huge() {addr_space = 0 : i32, alignment = 4096 : i64} : !llvm.array<68719476739 x i8>
// LLVM: llvm.mlir.constant(34359738368 : index) : i64
// LLVM: llvm.mlir.constant(68719476736 : index) : i64
// LLVM-NOT: memref.

func.func @f(%i: index, %j: index) -> f64 {
  %v = arith.constant 1.0 : f64
  %w = arith.constant 7 : i8
  %a = memref.alloc() : memref<65536x65536xf64>
  %b = memref.alloc() : memref<65536x65536xf64>
  memref.store %v, %a[%i, %j] : memref<65536x65536xf64>
  memref.store %v, %b[%j, %i] : memref<65536x65536xf64>
  %x = memref.load %a[%i, %j] : memref<65536x65536xf64>
  memref.dealloc %a : memref<65536x65536xf64>
  %c = memref.alloc() {alignment = 68719476736 : i64} : memref<3xi8>
  memref.store %w, %c[%i] : memref<3xi8>
  %y = memref.load %b[%i, %j] : memref<65536x65536xf64>
  %z = arith.addf %x, %y : f64
  memref.dealloc %b : memref<65536x65536xf64>
  memref.dealloc %c : memref<3xi8>
  return %z : f64
}
