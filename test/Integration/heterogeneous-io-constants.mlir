// REQUIRES: mlir-runner
// examples/heterogeneous.mlir (host + NPU, per-target pool access, weights in
// a constant pool, the model's input and output in the workspace) run under
// mlir-runner without planning and with every option of issue 9 at once;
// the application wrapper is written against the C header. The report and
// header numbers are derived by hand below (docs/UserGuide.md shows them).

// DEFINE: %{example} = %memplan_src_root/examples/heterogeneous.mlir
// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'
// DEFINE: %{header-to-sed} = sed -n -e 's/^#define MEMPLAN_POOL_\([A-Z_]*\)_SIZE \([0-9]*\)ULL$/s|@\1_SIZE@|\2|g/p' -e 's/^#define MEMPLAN_MODEL_\([A-Z]*_[0-9]*\)_OFFSET \([0-9]*\)ULL$/s|@\1@|\2|g/p'

// RUN: rm -rf %t && split-file %s %t
// RUN: grep -v -e '^module' -e '^}' -e 'memplan.pool' %{example} > %t/body.mlir

// Without planning (and without the pool declarations).
// RUN: echo 'module {' > %t/plain.mlir
// RUN: cat %t/body.mlir %t/main-plain.mlir >> %t/plain.mlir
// RUN: echo '}' >> %t/plain.mlir
// RUN: memplan-opt %t/plain.mlir %{to-llvm} | %{run} | %{strip} > %t/plain.out
// RUN: FileCheck %s < %t/plain.out

// Planned: pools as arguments, weights in @flash, input and output in the
// workspace.
// RUN: memplan-opt %{example} --memplan-pipeline="constant-pool=flash workspace-io=true pool-storage=argument report=true c-header=%t/plan.h" -o %t/lowered.mlir | FileCheck %s --check-prefix=REPORT
// RUN: FileCheck %s --check-prefix=HEADER < %t/plan.h
// RUN: %{header-to-sed} %t/plan.h > %t/plan.sed
// RUN: echo 'module {' > %t/planned.mlir
// RUN: grep -v -e '^module' -e '^}' %t/lowered.mlir >> %t/planned.mlir
// RUN: sed -f %t/plan.sed %t/main-pools.mlir >> %t/planned.mlir
// RUN: echo '}' >> %t/planned.mlir
// RUN: not grep -e '@[A-Z_0-9]*@' %t/planned.mlir
// RUN: memplan-opt %t/planned.mlir %{to-llvm} | %{run} | %{strip} > %t/planned.out
// RUN: diff %t/plain.out %t/planned.out

// By hand: input [1, 2, 3, 4] -> x = 2 * input = [2, 4, 6, 8];
// y = weights * x + bias = [2 + 10, 2*4 + 20, 3*6 + 30, 2+4+6+8 + 40]
//   = [12, 28, 48, 60]; output = y + 1 = [13, 29, 49, 61].
// CHECK: [13,  29,  49,  61]

// Pools, by hand (see targets-io.mlir for the rule):
// - the input (4 bytes): written by the application on the host, read by
//   the host -> dram only (the host may only read npu_sram);
// - x (4 bytes): written by the host, read by the NPU -> dram only;
// - y (16 bytes): written by the NPU, read by the host -> npu_sram first;
// - the output (16 bytes): written by the host, read by the application
//   -> dram only.
// The input and x are live together (both at multiples of 16 in dram:
// 16 + 4 = 20 bytes); the output is written after x's last use, so it
// shares their bytes. npu_sram holds y alone: 16 bytes. @flash: the
// weights (16 bytes) at 0, the bias (4 x i32 = 16 bytes) at 16: 32 bytes.
// REPORT:      npu_sram        1            16            16            16             0     0.0%
// REPORT-NEXT: dram            3            20            20            24             4    16.7%
// REPORT-NEXT: flash           2            32            32            32             0     0.0%
// HEADER:      #define MEMPLAN_POOL_NPU_SRAM_SIZE 16ULL
// HEADER:      #define MEMPLAN_POOL_DRAM_SIZE 20ULL
// HEADER:      #define MEMPLAN_POOL_FLASH_SIZE 32ULL
// HEADER:      #define MEMPLAN_MODEL_INPUT_0_POOL dram
// HEADER:      #define MEMPLAN_MODEL_INPUT_0_SIZE 4ULL
// HEADER-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_POOL dram
// HEADER:      #define MEMPLAN_MODEL_OUTPUT_0_SIZE 16ULL

//--- main-plain.mlir
  func.func private @printMemrefI32(memref<*xi32>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %input = memref.alloca() : memref<4xi8>
    scf.for %i = %c0 to %c4 step %c1 {
      %n = arith.addi %i, %c1 : index
      %v = arith.index_cast %n : index to i8
      memref.store %v, %input[%i] : memref<4xi8>
    }
    %output = memref.alloca() : memref<4xi32>
    func.call @model(%input, %output) : (memref<4xi8>, memref<4xi32>) -> ()
    %printable = memref.cast %output : memref<4xi32> to memref<*xi32>
    func.call @printMemrefI32(%printable) : (memref<*xi32>) -> ()
    return
  }

//--- main-pools.mlir
  func.func private @printMemrefI32(memref<*xi32>)

  // The application: the pools' memory (aligned to 16), the input written
  // and the output read in place, at the header's offsets in @dram.
  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %npu_sram = memref.alloc() {alignment = 16 : i64} : memref<@NPU_SRAM_SIZE@xi8>
    %dram = memref.alloc() {alignment = 16 : i64} : memref<@DRAM_SIZE@xi8>
    %o_input = arith.constant @INPUT_0@ : index
    %o_output = arith.constant @OUTPUT_0@ : index
    %input = memref.view %dram[%o_input][] : memref<@DRAM_SIZE@xi8> to memref<4xi8>
    scf.for %i = %c0 to %c4 step %c1 {
      %n = arith.addi %i, %c1 : index
      %v = arith.index_cast %n : index to i8
      memref.store %v, %input[%i] : memref<4xi8>
    }
    func.call @model(%npu_sram, %dram) : (memref<@NPU_SRAM_SIZE@xi8>, memref<@DRAM_SIZE@xi8>) -> ()
    %output = memref.view %dram[%o_output][] : memref<@DRAM_SIZE@xi8> to memref<4xi32>
    %printable = memref.cast %output : memref<4xi32> to memref<*xi32>
    func.call @printMemrefI32(%printable) : (memref<*xi32>) -> ()
    memref.dealloc %dram : memref<@DRAM_SIZE@xi8>
    memref.dealloc %npu_sram : memref<@NPU_SRAM_SIZE@xi8>
    return
  }
