// RUN: memplan-opt %s --memplan-pipeline="pools=sram:64,tcm:128:64 algorithm=greedy-by-size" -verify-diagnostics -o /dev/null

// Pools from the pipeline's option: a memref.alloc of 256 bytes fits in
// neither; the error is at the memref.alloc the pipeline imported.
func.func @too_big() -> f32 {
  %c0 = arith.constant 0 : index
  %small = memref.alloc() : memref<4xf32>
  // expected-error @below {{buffer 'too_big_alloc1' (256 bytes) fits in none of its candidate pools: 'sram' (capacity 64), 'tcm' (capacity 128)}}
  %big = memref.alloc() : memref<64xf32>
  %x = memref.load %small[%c0] : memref<4xf32>
  %y = memref.load %big[%c0] : memref<64xf32>
  %z = arith.addf %x, %y : f32
  return %z : f32
}
