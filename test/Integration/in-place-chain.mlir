// REQUIRES: mlir-runner
// A chain of elementwise linalg.generic ops on 4096 floats, lowered to LLVM
// without and with the memplan pipeline (in-place reuse on by default, and
// off) and run: every run prints the same, and the values derived by hand
// below.

// DEFINE: %{to-llvm} = --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils
// DEFINE: %{strip} = sed -e 's/base@ = 0x[0-9a-f]*//'

// RUN: memplan-opt %s %{to-llvm} | %{run} | %{strip} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %s --memplan-pipeline %{to-llvm} | %{run} | %{strip} > %t.in-place
// RUN: diff %t.plain %t.in-place
// RUN: memplan-opt %s --memplan-pipeline="algorithm=greedy-by-size" %{to-llvm} | %{run} | %{strip} > %t.greedy
// RUN: diff %t.plain %t.greedy
// RUN: memplan-opt %s --memplan-pipeline="in-place=false" %{to-llvm} | %{run} | %{strip} > %t.apart
// RUN: diff %t.plain %t.apart

// Pool sizes, by hand. a, b, c and d hold 4096 floats (16384 bytes), s 16
// floats (64 bytes). Each generic below reads the previous buffer for the
// last time and writes the next, so without in-place reuse two 16384-byte
// buffers are live together at each of them: 32768 bytes, and 32768 suffice
// (a, c in one slot, b, d in the other, s where c was). With the pairs
// a -> b -> c -> d all four share one address (a and c, or b and d, are
// never live together), and the most bytes live at once are d and s at the
// reduction: 16384 + 64 = 16448.
// RUN: memplan-opt %s --memplan-pipeline | FileCheck %s --check-prefix=IN-PLACE
// IN-PLACE: memref.global "private" @workspace : memref<16448xi8>
// RUN: memplan-opt %s --memplan-pipeline=in-place=false | FileCheck %s --check-prefix=APART
// APART: memref.global "private" @workspace : memref<32768xi8>

// By hand: a[i] = i, b[i] = i - 2048, c[i] = max(b[i], 0), d[i] = 2 c[i] + 1:
// d[i] = 1 for i < 2048 and 2 (i - 2048) + 1 above. The sample is d[256 j]
// for j in [0, 16): 1 for j < 8, then 512 (j - 8) + 1. s[j] is the sum of
// d[256 j + k] over k in [0, 256): 256 for j < 8, and for j >= 8
// 2 * 256 * 256 (j - 8) + 2 * (255 * 256 / 2) + 256 = 131072 (j - 8) + 65536.
// Every partial sum is an integer below 2^24, exact in f32.
// CHECK: sizes = [16] strides = [256] data =
// CHECK-NEXT: [1, 1, 1, 1, 1, 1, 1, 1, 1, 513, 1025, 1537, 2049, 2561, 3073, 3585]
// CHECK: sizes = [16] strides = [1] data =
// CHECK-NEXT: [256, 256, 256, 256, 256, 256, 256, 256, 65536, 196608, 327680, 458752, 589824, 720896, 851968, 983040]

#id = affine_map<(i) -> (i)>

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %half = arith.constant 2048.0 : f32
  %a = memref.alloc() : memref<4096xf32>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel"]}
      outs(%a : memref<4096xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %n = arith.index_cast %i : index to i32
    %x = arith.sitofp %n : i32 to f32
    linalg.yield %x : f32
  }
  %b = memref.alloc() : memref<4096xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : memref<4096xf32>) outs(%b : memref<4096xf32>) {
  ^bb0(%x: f32, %out: f32):
    %y = arith.subf %x, %half : f32
    linalg.yield %y : f32
  }
  %c = memref.alloc() : memref<4096xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%b : memref<4096xf32>) outs(%c : memref<4096xf32>) {
  ^bb0(%x: f32, %out: f32):
    %y = arith.maximumf %x, %zero : f32
    linalg.yield %y : f32
  }
  %d = memref.alloc() : memref<4096xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%c : memref<4096xf32>) outs(%d : memref<4096xf32>) {
  ^bb0(%x: f32, %out: f32):
    %y = arith.mulf %x, %two : f32
    %z = arith.addf %y, %one : f32
    linalg.yield %z : f32
  }
  %s = memref.alloc() : memref<16xf32>
  linalg.fill ins(%zero : f32) outs(%s : memref<16xf32>)
  %rows = memref.expand_shape %d [[0, 1]] output_shape [16, 256]
      : memref<4096xf32> into memref<16x256xf32>
  linalg.generic {indexing_maps = [affine_map<(j, k) -> (j, k)>, affine_map<(j, k) -> (j)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%rows : memref<16x256xf32>) outs(%s : memref<16xf32>) {
  ^bb0(%x: f32, %sum: f32):
    %y = arith.addf %sum, %x : f32
    linalg.yield %y : f32
  }
  %sample = memref.subview %d[0] [16] [256]
      : memref<4096xf32> to memref<16xf32, strided<[256]>>
  %sample_u = memref.cast %sample : memref<16xf32, strided<[256]>> to memref<*xf32>
  call @printMemrefF32(%sample_u) : (memref<*xf32>) -> ()
  %s_u = memref.cast %s : memref<16xf32> to memref<*xf32>
  call @printMemrefF32(%s_u) : (memref<*xf32>) -> ()
  memref.dealloc %a : memref<4096xf32>
  memref.dealloc %b : memref<4096xf32>
  memref.dealloc %c : memref<4096xf32>
  memref.dealloc %d : memref<4096xf32>
  memref.dealloc %s : memref<16xf32>
  return
}
