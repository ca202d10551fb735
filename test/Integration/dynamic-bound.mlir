// REQUIRES: mlir-runner
// A function called twice, with lengths 700 and 2000, allocates a buffer of
// n = min(len, 1024) floats. The planner reserves its bound, 1024 floats =
// 4096 bytes, and the lowered program views the pool with the run-time size:
// it prints exactly what the unplanned program prints.

// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %s %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %s --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t.planned
// RUN: diff %t.plain %t.planned
// RUN: memplan-opt %s --memplan-pipeline=algorithm=greedy-by-size %{to-llvm} | %{run} | %{strip} > %t.size
// RUN: diff %t.plain %t.size

// By hand. @sum_prefix(len, out, k) fills t[i] = i for i < n = min(len, 1024)
// and stores the sum 0 + 1 + ... + (n - 1) = n (n - 1) / 2 into out[k]:
//   len = 700:  n = 700,  699 * 700 / 2   = 244650
//   len = 2000: n = 1024, 1023 * 1024 / 2 = 523776
// Both are below 2^24, so every partial sum is exact in f32.
// CHECK: sizes = [2] strides = [1] data =
// CHECK-NEXT: [244650, 523776]

// The import bounds the buffer at 1024 elements; the plan gives it
// 1024 * 4 = 4096 bytes. `out` (2 floats, 8 bytes) is live during both calls,
// so the pool needs at least 4096 + 8 = 4104 bytes, and greedy-by-size (the
// larger buffer at 0, `out` right after it, 4096 being a multiple of the
// pool's 16-byte alignment) reaches exactly that.
// RUN: memplan-opt %s --memplan-import-memref --memplan-declare-pools --memplan-plan=algorithm=greedy-by-size | FileCheck %s --check-prefix=PLAN
// PLAN: memplan.pool @{{.*}} size 4104 lower_bound 4104
// PLAN: memplan.alloc(%{{.*}}) pool @{{.*}} offset 0 bound 1024 : memref<?xf32>
// PLAN: memplan.alloc pool @{{.*}} offset 4096 : memref<2xf32>

// Lowered: a memref.view of the pool with the run-time size.
// RUN: memplan-opt %s --memplan-pipeline=algorithm=greedy-by-size | FileCheck %s --check-prefix=IR
// IR: memref.global "private" @{{.*}} : memref<4104xi8>
// IR: %[[N:.*]] = affine.min
// IR: memref.view %{{.*}}[%{{.*}}][%[[N]]] : memref<4104xi8> to memref<?xf32>
// IR-NOT: memref.alloc

func.func private @printMemrefF32(memref<*xf32>)

func.func private @sum_prefix(%len: index, %out: memref<2xf32>, %k: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %n = affine.min affine_map<(d0) -> (d0, 1024)>(%len)
  %t = memref.alloc(%n) : memref<?xf32>
  scf.for %i = %c0 to %n step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %v = arith.uitofp %i64 : i64 to f32
    memref.store %v, %t[%i] : memref<?xf32>
  }
  %sum = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
    %v = memref.load %t[%i] : memref<?xf32>
    %next = arith.addf %acc, %v : f32
    scf.yield %next : f32
  }
  memref.store %sum, %out[%k] : memref<2xf32>
  memref.dealloc %t : memref<?xf32>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c700 = arith.constant 700 : index
  %c2000 = arith.constant 2000 : index
  %out = memref.alloc() : memref<2xf32>
  call @sum_prefix(%c700, %out, %c0) : (index, memref<2xf32>, index) -> ()
  call @sum_prefix(%c2000, %out, %c1) : (index, memref<2xf32>, index) -> ()
  %cast = memref.cast %out : memref<2xf32> to memref<*xf32>
  call @printMemrefF32(%cast) : (memref<*xf32>) -> ()
  memref.dealloc %out : memref<2xf32>
  return
}
