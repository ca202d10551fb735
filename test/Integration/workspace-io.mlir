// REQUIRES: mlir-runner
// The entry function's inputs and outputs in the workspace (issue 9), run
// under mlir-runner. The model @model(%in, %acc, %early, %result) loses its
// memref arguments; the application (a wrapper @main written against the C
// header) writes the inputs into the pool at the header's offsets, calls
// the model, and reads the outputs in place. The printed outputs must be
// the same as without the option, with the pool passed as an argument and
// as a (public) global, and with the weights in a constant pool as well.

// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'
// The header's pool size and offsets, as a sed script for the wrappers.
// DEFINE: %{header-to-sed} = sed -n -e 's/^#define MEMPLAN_POOL_WORKSPACE_SIZE \([0-9]*\)ULL$/s|@SIZE@|\1|g/p' -e 's/^#define MEMPLAN_MODEL_\([A-Z]*_[0-9]*\)_OFFSET \([0-9]*\)ULL$/s|@\1@|\2|g/p'

// RUN: rm -rf %t && split-file %s %t

// Without the option: the model and a plain wrapper.
// RUN: echo 'module {' > %t/plain.mlir
// RUN: cat %t/model.mlir %t/main-plain.mlir >> %t/plain.mlir
// RUN: echo '}' >> %t/plain.mlir
// RUN: memplan-opt %t/plain.mlir %{to-llvm} | %{run} | %{strip} > %t/plain.out
// RUN: FileCheck %s < %t/plain.out

// The pool as an argument: @model takes the workspace only.
// RUN: memplan-opt %t/model.mlir --memplan-pipeline="workspace-io=true pool-storage=argument c-header=%t/argument.h" -o %t/argument.lowered.mlir
// RUN: FileCheck %s --check-prefix=SIG < %t/argument.lowered.mlir
// RUN: %{header-to-sed} %t/argument.h > %t/argument.sed
// RUN: echo 'module {' > %t/argument.mlir
// RUN: grep -v -e '^module' -e '^}' %t/argument.lowered.mlir >> %t/argument.mlir
// RUN: sed -f %t/argument.sed %t/main-argument.mlir >> %t/argument.mlir
// RUN: echo '}' >> %t/argument.mlir
// RUN: not grep -e '@[A-Z_0-9]*@' %t/argument.mlir
// RUN: memplan-opt %t/argument.mlir %{to-llvm} | %{run} | %{strip} > %t/argument.out
// RUN: diff %t/plain.out %t/argument.out

// The pool as a global, which the lowering makes public.
// RUN: memplan-opt %t/model.mlir --memplan-pipeline="workspace-io=true c-header=%t/global.h" -o %t/global.lowered.mlir
// RUN: FileCheck %s --check-prefix=GLOBAL < %t/global.lowered.mlir
// RUN: %{header-to-sed} %t/global.h > %t/global.sed
// RUN: echo 'module {' > %t/global.mlir
// RUN: grep -v -e '^module' -e '^}' %t/global.lowered.mlir >> %t/global.mlir
// RUN: sed -f %t/global.sed %t/main-global.mlir >> %t/global.mlir
// RUN: echo '}' >> %t/global.mlir
// RUN: memplan-opt %t/global.mlir %{to-llvm} | %{run} | %{strip} > %t/global.out
// RUN: diff %t/plain.out %t/global.out

// With the constant pool too (the pool of @bias stays a global).
// RUN: memplan-opt %t/model.mlir --memplan-pipeline="workspace-io=true constant-pool=flash pool-storage=argument c-header=%t/both.h" -o %t/both.lowered.mlir
// RUN: %{header-to-sed} %t/both.h > %t/both.sed
// RUN: echo 'module {' > %t/both.mlir
// RUN: grep -v -e '^module' -e '^}' %t/both.lowered.mlir >> %t/both.mlir
// RUN: sed -f %t/both.sed %t/main-argument.mlir >> %t/both.mlir
// RUN: echo '}' >> %t/both.mlir
// RUN: memplan-opt %t/both.mlir %{to-llvm} | %{run} | %{strip} > %t/both.out
// RUN: diff %t/plain.out %t/both.out

// By hand, with in = [1, 2, 3, 4] and acc = [10, 20, 30, 40]:
//   early[j]  = bias[j]                = [100, 101, 102, 103]
//   tmp[j]    = j * j                  = [0, 1, 4, 9]
//   result[j] = 2 * in[j] + tmp[j]     = [2, 5, 10, 17]
//   acc[j]    = acc[j] + result[j]     = [12, 25, 40, 57]
// @model writes %early first and reads %in last: were they live only from
// first to last access, tmp could take their bytes and spoil them.
// CHECK:      [100,  101,  102,  103]
// CHECK:      [2,  5,  10,  17]
// CHECK:      [12,  25,  40,  57]

// Inputs: %in (0), %acc (1, read and written); outputs: %acc (0), %early
// (1), %result (2).
// SIG: func.func @model(%{{[^:]*}}: memref<{{[0-9]+}}xi8> {memplan.pool = "workspace"})
// SIG-SAME: {index = 0 : i64, kind = "input"
// GLOBAL: memref.global @workspace : memref<{{[0-9]+}}xi8>
// GLOBAL: func.func @model()

//--- model.mlir
  memref.global "private" constant @bias : memref<4xf32> = dense<[100.0, 101.0, 102.0, 103.0]>

  func.func @model(%in: memref<4xf32>, %acc: memref<4xf32>,
                   %early: memref<4xf32>, %result: memref<4xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %two = arith.constant 2.0 : f32
    %bias = memref.get_global @bias : memref<4xf32>
    memref.copy %bias, %early : memref<4xf32> to memref<4xf32>
    %tmp = memref.alloc() : memref<4xf32>
    scf.for %j = %c0 to %c4 step %c1 {
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %sq = arith.mulf %jf, %jf : f32
      memref.store %sq, %tmp[%j] : memref<4xf32>
    }
    scf.for %j = %c0 to %c4 step %c1 {
      %x = memref.load %in[%j] : memref<4xf32>
      %t = memref.load %tmp[%j] : memref<4xf32>
      %d = arith.mulf %x, %two : f32
      %r = arith.addf %d, %t : f32
      memref.store %r, %result[%j] : memref<4xf32>
      %a = memref.load %acc[%j] : memref<4xf32>
      %s = arith.addf %a, %r : f32
      memref.store %s, %acc[%j] : memref<4xf32>
    }
    memref.dealloc %tmp : memref<4xf32>
    return
  }

//--- main-plain.mlir
  func.func private @printMemrefF32(memref<*xf32>)

  func.func @fill(%buf: memref<4xf32>, %first: f32, %step: f32) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    scf.for %j = %c0 to %c4 step %c1 {
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %k = arith.mulf %jf, %step : f32
      %v = arith.addf %first, %k : f32
      memref.store %v, %buf[%j] : memref<4xf32>
    }
    return
  }

  func.func @print(%buf: memref<4xf32>) {
    %printable = memref.cast %buf : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    return
  }

  func.func @main() {
    %one = arith.constant 1.0 : f32
    %ten = arith.constant 10.0 : f32
    %in = memref.alloca() : memref<4xf32>
    %acc = memref.alloca() : memref<4xf32>
    %early = memref.alloca() : memref<4xf32>
    %result = memref.alloca() : memref<4xf32>
    func.call @fill(%in, %one, %one) : (memref<4xf32>, f32, f32) -> ()
    func.call @fill(%acc, %ten, %ten) : (memref<4xf32>, f32, f32) -> ()
    func.call @model(%in, %acc, %early, %result)
        : (memref<4xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>) -> ()
    func.call @print(%early) : (memref<4xf32>) -> ()
    func.call @print(%result) : (memref<4xf32>) -> ()
    func.call @print(%acc) : (memref<4xf32>) -> ()
    return
  }

//--- main-argument.mlir
  func.func private @printMemrefF32(memref<*xf32>)

  func.func @fill(%buf: memref<4xf32>, %first: f32, %step: f32) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    scf.for %j = %c0 to %c4 step %c1 {
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %k = arith.mulf %jf, %step : f32
      %v = arith.addf %first, %k : f32
      memref.store %v, %buf[%j] : memref<4xf32>
    }
    return
  }

  func.func @print(%buf: memref<4xf32>) {
    %printable = memref.cast %buf : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    return
  }

  // The application: it allocates the workspace (SIZE bytes, aligned to
  // 16), writes the inputs at their offsets, calls the model with it and
  // reads the outputs at theirs.
  func.func @main() {
    %one = arith.constant 1.0 : f32
    %ten = arith.constant 10.0 : f32
    %ws = memref.alloc() {alignment = 16 : i64} : memref<@SIZE@xi8>
    %o_in = arith.constant @INPUT_0@ : index
    %o_acc_in = arith.constant @INPUT_1@ : index
    %o_acc_out = arith.constant @OUTPUT_0@ : index
    %o_early = arith.constant @OUTPUT_1@ : index
    %o_result = arith.constant @OUTPUT_2@ : index
    %in = memref.view %ws[%o_in][] : memref<@SIZE@xi8> to memref<4xf32>
    %acc_in = memref.view %ws[%o_acc_in][] : memref<@SIZE@xi8> to memref<4xf32>
    func.call @fill(%in, %one, %one) : (memref<4xf32>, f32, f32) -> ()
    func.call @fill(%acc_in, %ten, %ten) : (memref<4xf32>, f32, f32) -> ()
    func.call @model(%ws) : (memref<@SIZE@xi8>) -> ()
    %early = memref.view %ws[%o_early][] : memref<@SIZE@xi8> to memref<4xf32>
    %result = memref.view %ws[%o_result][] : memref<@SIZE@xi8> to memref<4xf32>
    %acc = memref.view %ws[%o_acc_out][] : memref<@SIZE@xi8> to memref<4xf32>
    func.call @print(%early) : (memref<4xf32>) -> ()
    func.call @print(%result) : (memref<4xf32>) -> ()
    func.call @print(%acc) : (memref<4xf32>) -> ()
    memref.dealloc %ws : memref<@SIZE@xi8>
    return
  }

//--- main-global.mlir
  func.func private @printMemrefF32(memref<*xf32>)

  func.func @fill(%buf: memref<4xf32>, %first: f32, %step: f32) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    scf.for %j = %c0 to %c4 step %c1 {
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %k = arith.mulf %jf, %step : f32
      %v = arith.addf %first, %k : f32
      memref.store %v, %buf[%j] : memref<4xf32>
    }
    return
  }

  func.func @print(%buf: memref<4xf32>) {
    %printable = memref.cast %buf : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    return
  }

  // The application reaches the workspace global by its name.
  func.func @main() {
    %one = arith.constant 1.0 : f32
    %ten = arith.constant 10.0 : f32
    %ws = memref.get_global @workspace : memref<@SIZE@xi8>
    %o_in = arith.constant @INPUT_0@ : index
    %o_acc_in = arith.constant @INPUT_1@ : index
    %o_acc_out = arith.constant @OUTPUT_0@ : index
    %o_early = arith.constant @OUTPUT_1@ : index
    %o_result = arith.constant @OUTPUT_2@ : index
    %in = memref.view %ws[%o_in][] : memref<@SIZE@xi8> to memref<4xf32>
    %acc_in = memref.view %ws[%o_acc_in][] : memref<@SIZE@xi8> to memref<4xf32>
    func.call @fill(%in, %one, %one) : (memref<4xf32>, f32, f32) -> ()
    func.call @fill(%acc_in, %ten, %ten) : (memref<4xf32>, f32, f32) -> ()
    func.call @model() : () -> ()
    %early = memref.view %ws[%o_early][] : memref<@SIZE@xi8> to memref<4xf32>
    %result = memref.view %ws[%o_result][] : memref<@SIZE@xi8> to memref<4xf32>
    %acc = memref.view %ws[%o_acc_out][] : memref<@SIZE@xi8> to memref<4xf32>
    func.call @print(%early) : (memref<4xf32>) -> ()
    func.call @print(%result) : (memref<4xf32>) -> ()
    func.call @print(%acc) : (memref<4xf32>) -> ()
    return
  }
