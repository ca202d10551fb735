// REQUIRES: mlir-runner
// The seed's MobileNet subgraph (examples/mobilenet.mlir, TVM's
// LinearStructure) with its weights in a constant pool (issue 9). The
// example's parameters are memref.global constants; this variant gives the
// bias one value per channel (bias.mlir) so that the packed bytes of a
// non-splat constant reach the output. Run without and with the constant
// pool (seed 000's pools, and the default workspace): the same sum, the one
// derived by hand below.

// DEFINE: %{example} = %memplan_src_root/examples/mobilenet.mlir
// DEFINE: %{to-llvm} = --lower-affine --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'
// RUN: rm -rf %t && split-file %s %t
// RUN: grep '^#' %{example} > %t/combined.mlir
// RUN: echo 'module {' >> %t/combined.mlir
// RUN: cat %t/bias.mlir >> %t/combined.mlir
// RUN: grep -v -e '^#' -e '^module' -e '^}' -e 'constant @p2 :' %{example} >> %t/combined.mlir
// RUN: cat %t/main.mlir >> %t/combined.mlir
// RUN: echo '}' >> %t/combined.mlir
// RUN: memplan-opt %t/combined.mlir %{to-llvm} | %{run} | %{strip} > %t/plain.out
// RUN: FileCheck %s < %t/plain.out
// RUN: memplan-opt %t/combined.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-size constant-pool=weights" %{to-llvm} | %{run} | %{strip} > %t/seed.out
// RUN: diff %t/plain.out %t/seed.out
// RUN: memplan-opt %t/combined.mlir --memplan-pipeline="constant-pool=weights" %{to-llvm} | %{run} | %{strip} > %t/default.out
// RUN: diff %t/plain.out %t/default.out

// By hand, as in mobilenet-run.mlir (every input byte 31, zero point 3,
// weights 1), but with bias -4096 + f for channel f = 0..63:
// - an interior convolution window sums 147 * 28 = 4116, plus the bias:
//   20 + f, within [0, 255]; a border window has at most 126 * 28 = 3528,
//   and 3528 - 4096 + 63 < 0 -> 0.
// - max pooling keeps 20 + f for y, x in 0..54, 0 for y or x = 55.
// Sum: 55 * 55 * sum_{f=0}^{63} (20 + f) = 3025 * (1280 + 2016) = 9970400.
// CHECK: data =
// CHECK-NEXT: [9970400]

// The constant pool's size, by hand: the pool aligns each weight to 16.
//   @p0  memref<i16>             2 bytes -> [0, 2)
//   @p1  memref<7x7x3x64xi16> 18816 bytes -> [16, 18832)
//   @p2  memref<1x1x1x64xi32>   256 bytes -> [18832, 19088)
// Size 16 + 18816 + 256 = 19088 (the sum of the aligned sizes); lower
// bound 2 + 18816 + 256 = 19074 (the sum of the sizes). The report and the
// C header say so, here for the example itself (its buffers only): the
// workspace pools keep seed 000's sizes (see mobilenet-pools.mlir).
// RUN: memplan-opt %{example} --memplan-pipeline="pools=fast_memory:200704,slow_memory algorithm=greedy-by-size constant-pool=weights report=true c-header=%t/plan.h" -o %t/planned.mlir | FileCheck %s --check-prefix=REPORT
// REPORT:      fast_memory        2        200704        200704        200960           256     0.1%
// REPORT-NEXT: slow_memory        3       1418528       1117462       1418518           -10     0.0%
// REPORT-NEXT: weights            3         19088         19074         19074           -14    -0.1%
// RUN: FileCheck %s --check-prefix=HEADER < %t/plan.h
// HEADER:      /* Pool @weights: 19088 bytes planned (unbounded, lower bound 19074, read-only
// HEADER-NEXT: #define MEMPLAN_POOL_WEIGHTS_SIZE 19088ULL
// RUN: FileCheck %s --check-prefix=IR < %t/planned.mlir
// IR: memref.global "private" constant @weights : memref<19088xi8> = dense<"0x
// IR-NOT: memref.global "private" constant @p

//--- bias.mlir
  memref.global "private" constant @p2 : memref<1x1x1x64xi32> = dense<[[[[-4096, -4095, -4094, -4093, -4092, -4091, -4090, -4089, -4088, -4087, -4086, -4085, -4084, -4083, -4082, -4081, -4080, -4079, -4078, -4077, -4076, -4075, -4074, -4073, -4072, -4071, -4070, -4069, -4068, -4067, -4066, -4065, -4064, -4063, -4062, -4061, -4060, -4059, -4058, -4057, -4056, -4055, -4054, -4053, -4052, -4051, -4050, -4049, -4048, -4047, -4046, -4045, -4044, -4043, -4042, -4041, -4040, -4039, -4038, -4037, -4036, -4035, -4034, -4033]]]]>

//--- main.mlir
  func.func private @printMemrefI64(memref<*xi64>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c56 = arith.constant 56 : index
    %c64 = arith.constant 64 : index
    %byte = arith.constant 31 : i8
    %zero = arith.constant 0 : i64
    %in = memref.alloc() : memref<1x224x224x3xi8>
    linalg.fill ins(%byte : i8) outs(%in : memref<1x224x224x3xi8>)
    %out = memref.alloc() : memref<1x56x56x64xi16>
    func.call @tvmgen_default_run_model(%in, %out)
        : (memref<1x224x224x3xi8>, memref<1x56x56x64xi16>) -> ()
    %sum = memref.alloc() : memref<1xi64>
    memref.store %zero, %sum[%c0] : memref<1xi64>
    scf.for %y = %c0 to %c56 step %c1 {
      scf.for %x = %c0 to %c56 step %c1 {
        scf.for %f = %c0 to %c64 step %c1 {
          %v = memref.load %out[%c0, %y, %x, %f] : memref<1x56x56x64xi16>
          %w = arith.extsi %v : i16 to i64
          %acc = memref.load %sum[%c0] : memref<1xi64>
          %next = arith.addi %acc, %w : i64
          memref.store %next, %sum[%c0] : memref<1xi64>
        }
      }
    }
    %printable = memref.cast %sum : memref<1xi64> to memref<*xi64>
    func.call @printMemrefI64(%printable) : (memref<*xi64>) -> ()
    memref.dealloc %sum : memref<1xi64>
    memref.dealloc %out : memref<1x56x56x64xi16>
    memref.dealloc %in : memref<1x224x224x3xi8>
    return
  }
