// REQUIRES: mlir-runner
// pool-storage=argument: the pools become arguments of the entry function
// @model and of @helper, which it calls twice; a wrapper @main written
// against the lowered signature allocates the pools' memory and passes it
// (as an application would). The model's output must be the same as without
// planning, and as with pool-storage=global.

// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: rm -rf %t && split-file %s %t

// Without planning: the model and the plain wrapper in one module.
// RUN: echo 'module {' > %t/plain.mlir
// RUN: cat %t/model.mlir %t/main-plain.mlir >> %t/plain.mlir
// RUN: echo '}' >> %t/plain.mlir
// RUN: memplan-opt %t/plain.mlir %{to-llvm} | %{run} | %{strip} > %t/plain.out
// RUN: FileCheck %s < %t/plain.out

// Planned with the pools as arguments; the signatures are as derived below.
// RUN: memplan-opt %t/model.mlir --memplan-pipeline="pools=fast:16,slow algorithm=greedy-by-size pool-storage=argument" -o %t/model.lowered.mlir
// RUN: FileCheck %s --check-prefix=SIG < %t/model.lowered.mlir
// RUN: echo 'module {' > %t/argument.mlir
// RUN: grep -v -e '^module' -e '^}' %t/model.lowered.mlir >> %t/argument.mlir
// RUN: cat %t/main-pools.mlir >> %t/argument.mlir
// RUN: echo '}' >> %t/argument.mlir
// RUN: memplan-opt %t/argument.mlir %{to-llvm} | %{run} | %{strip} > %t/argument.out
// RUN: diff %t/plain.out %t/argument.out

// Planned with global pools, the plain wrapper being the entry.
// RUN: memplan-opt %t/plain.mlir --memplan-pipeline="pools=fast:16,slow algorithm=greedy-by-size" %{to-llvm} | %{run} | %{strip} > %t/global.out
// RUN: diff %t/plain.out %t/global.out

// By hand: @helper(in, out): tmp = 2 * in; out[j] = tmp[3 - j] + 1.
//   in = [1, 2, 3, 4] -> tmp = [2, 4, 6, 8] -> mid = [9, 7, 5, 3]
//   mid -> tmp = [18, 14, 10, 6] -> out = [7, 11, 15, 19]
// CHECK: sizes = [4] strides = [1] data =
// CHECK-NEXT: [7, 11, 15, 19]

// Pools: tmp (16 bytes, in @helper) and mid (16 bytes, in @model) are live
// together. greedy-by-size takes equal sizes by name, descending: tmp goes
// to fast at 0 and fills it, mid goes to slow at 0. So @helper needs fast
// only, and @model (which calls it) fast and slow, after its own arguments.
// SIG-LABEL: func.func private @helper
// SIG-SAME: (%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>, %{{.*}}: memref<16xi8> {memplan.pool = "fast"})
// SIG-LABEL: func.func @model
// SIG-SAME: (%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>, %{{.*}}: memref<16xi8> {memplan.pool = "fast"}, %{{.*}}: memref<16xi8> {memplan.pool = "slow"})
// SIG-NOT: memref.alloc

//--- model.mlir
  func.func private @helper(%in: memref<4xf32>, %out: memref<4xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %c4 = arith.constant 4 : index
    %two = arith.constant 2.0 : f32
    %one = arith.constant 1.0 : f32
    %tmp = memref.alloc() : memref<4xf32> loc("tmp")
    scf.for %j = %c0 to %c4 step %c1 {
      %x = memref.load %in[%j] : memref<4xf32>
      %y = arith.mulf %x, %two : f32
      memref.store %y, %tmp[%j] : memref<4xf32>
    }
    scf.for %j = %c0 to %c4 step %c1 {
      %r = arith.subi %c3, %j : index
      %t = memref.load %tmp[%r] : memref<4xf32>
      %y = arith.addf %t, %one : f32
      memref.store %y, %out[%j] : memref<4xf32>
    }
    memref.dealloc %tmp : memref<4xf32>
    return
  }

  func.func @model(%in: memref<4xf32>, %out: memref<4xf32>) {
    %mid = memref.alloc() : memref<4xf32> loc("mid")
    func.call @helper(%in, %mid) : (memref<4xf32>, memref<4xf32>) -> ()
    func.call @helper(%mid, %out) : (memref<4xf32>, memref<4xf32>) -> ()
    memref.dealloc %mid : memref<4xf32>
    return
  }

//--- main-plain.mlir
  func.func private @printMemrefF32(memref<*xf32>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %in = memref.alloca() : memref<4xf32>
    scf.for %j = %c0 to %c4 step %c1 {
      %n = arith.addi %j, %c1 : index
      %ni = arith.index_cast %n : index to i32
      %nf = arith.sitofp %ni : i32 to f32
      memref.store %nf, %in[%j] : memref<4xf32>
    }
    %out = memref.alloca() : memref<4xf32>
    func.call @model(%in, %out) : (memref<4xf32>, memref<4xf32>) -> ()
    %printable = memref.cast %out : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    return
  }

//--- main-pools.mlir
  func.func private @printMemrefF32(memref<*xf32>)

  // The application side: it provides the pools' memory, aligned to the
  // pools' alignment (16), and passes it in pool order.
  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %in = memref.alloca() : memref<4xf32>
    scf.for %j = %c0 to %c4 step %c1 {
      %n = arith.addi %j, %c1 : index
      %ni = arith.index_cast %n : index to i32
      %nf = arith.sitofp %ni : i32 to f32
      memref.store %nf, %in[%j] : memref<4xf32>
    }
    %out = memref.alloca() : memref<4xf32>
    %fast = memref.alloc() {alignment = 16 : i64} : memref<16xi8>
    %slow = memref.alloc() {alignment = 16 : i64} : memref<16xi8>
    func.call @model(%in, %out, %fast, %slow)
        : (memref<4xf32>, memref<4xf32>, memref<16xi8>, memref<16xi8>) -> ()
    %printable = memref.cast %out : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    memref.dealloc %slow : memref<16xi8>
    memref.dealloc %fast : memref<16xi8>
    return
  }
