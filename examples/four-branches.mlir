// The four-branch example of memory-aware scheduling (docs/UserGuide.md,
// "Memory-aware scheduling"). A 64-float input x (256 bytes) feeds four
// branches; branch i expands x into a 64x64 float buffer e_i (16384 bytes),
// e_i[j][k] = x[k] * i + j, and reduces it back to 64 floats (256 bytes),
// r_i[k] = sum_j e_i[j][k]. out[k] = r_1[k] + r_2[k] + r_3[k] + r_4[k] is
// printed. The program is written with all four expansions first.
//
// Live bytes by hand (every size is a multiple of 16, the pool alignment):
// - Program order: while e_4 is written, x and e_1..e_4 are live:
//   256 + 4 * 16384 = 65792; nothing later needs more (at the first
//   reduction e_1..e_4 and r_1). The pool cannot be smaller: 65792.
// - With --memplan-schedule, each branch is reduced right after its
//   expansion: x, e_1, r_1, e_2, r_2, e_3, r_3, e_4, r_4, out. While e_4 is
//   written x, r_1..r_3 and e_4 are live: 256 + 3 * 256 + 16384 = 17408;
//   while r_4 is computed e_4 and r_1..r_4: 16384 + 4 * 256 = 17408. No
//   order does better: one expansion is the last, and while it runs either
//   x or a result r_j of every branch done is live next to it, and while the
//   last reduction runs its e_i and all four r_j are. The pool: every e_i
//   at 0, x and the r_j above it: 17408 bytes.
//
// By hand: x[k] = k, so r_i[k] = sum_{j<64} (k * i + j) = 64 * i * k + 2016
// and out[k] = 64 * k * (1 + 2 + 3 + 4) + 4 * 2016 = 640 * k + 8064:
// [8064, 8704, 9344, ..., 48384].
//
// The plan report, in program order and scheduled:
//   scripts/run-example.sh examples/four-branches.mlir
//   scripts/run-example.sh examples/four-branches.mlir schedule=true
// test/Integration/schedule-four-branches.mlir runs it both ways through
// mlir-runner.

#vec = affine_map<(k) -> (k)>
#bcast = affine_map<(j, k) -> (k)>
#full = affine_map<(j, k) -> (j, k)>
#col = affine_map<(j, k) -> (k)>

module {
  func.func private @printMemrefF32(memref<*xf32>)

  func.func @main() {
    %zero = arith.constant 0.0 : f32
    %c1 = arith.constant 1.0 : f32
    %c2 = arith.constant 2.0 : f32
    %c3 = arith.constant 3.0 : f32
    %c4 = arith.constant 4.0 : f32

    // x[k] = k
    %x = memref.alloc() : memref<64xf32>
    linalg.generic {indexing_maps = [#vec], iterator_types = ["parallel"]}
        outs(%x : memref<64xf32>) {
    ^bb0(%o: f32):
      %k = linalg.index 0 : index
      %ki = arith.index_cast %k : index to i32
      %kf = arith.sitofp %ki : i32 to f32
      linalg.yield %kf : f32
    }

    // The four expansions: e_i[j][k] = x[k] * i + j.
    %e1 = memref.alloc() : memref<64x64xf32>
    linalg.generic {indexing_maps = [#bcast, #full],
                    iterator_types = ["parallel", "parallel"]}
        ins(%x : memref<64xf32>) outs(%e1 : memref<64x64xf32>) {
    ^bb0(%v: f32, %o: f32):
      %j = linalg.index 0 : index
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %m = arith.mulf %v, %c1 : f32
      %s = arith.addf %m, %jf : f32
      linalg.yield %s : f32
    }
    %e2 = memref.alloc() : memref<64x64xf32>
    linalg.generic {indexing_maps = [#bcast, #full],
                    iterator_types = ["parallel", "parallel"]}
        ins(%x : memref<64xf32>) outs(%e2 : memref<64x64xf32>) {
    ^bb0(%v: f32, %o: f32):
      %j = linalg.index 0 : index
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %m = arith.mulf %v, %c2 : f32
      %s = arith.addf %m, %jf : f32
      linalg.yield %s : f32
    }
    %e3 = memref.alloc() : memref<64x64xf32>
    linalg.generic {indexing_maps = [#bcast, #full],
                    iterator_types = ["parallel", "parallel"]}
        ins(%x : memref<64xf32>) outs(%e3 : memref<64x64xf32>) {
    ^bb0(%v: f32, %o: f32):
      %j = linalg.index 0 : index
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %m = arith.mulf %v, %c3 : f32
      %s = arith.addf %m, %jf : f32
      linalg.yield %s : f32
    }
    %e4 = memref.alloc() : memref<64x64xf32>
    linalg.generic {indexing_maps = [#bcast, #full],
                    iterator_types = ["parallel", "parallel"]}
        ins(%x : memref<64xf32>) outs(%e4 : memref<64x64xf32>) {
    ^bb0(%v: f32, %o: f32):
      %j = linalg.index 0 : index
      %ji = arith.index_cast %j : index to i32
      %jf = arith.sitofp %ji : i32 to f32
      %m = arith.mulf %v, %c4 : f32
      %s = arith.addf %m, %jf : f32
      linalg.yield %s : f32
    }

    // The four reductions: r_i[k] = sum_j e_i[j][k].
    %r1 = memref.alloc() : memref<64xf32>
    linalg.fill ins(%zero : f32) outs(%r1 : memref<64xf32>)
    linalg.generic {indexing_maps = [#full, #col],
                    iterator_types = ["reduction", "parallel"]}
        ins(%e1 : memref<64x64xf32>) outs(%r1 : memref<64xf32>) {
    ^bb0(%v: f32, %acc: f32):
      %s = arith.addf %acc, %v : f32
      linalg.yield %s : f32
    }
    %r2 = memref.alloc() : memref<64xf32>
    linalg.fill ins(%zero : f32) outs(%r2 : memref<64xf32>)
    linalg.generic {indexing_maps = [#full, #col],
                    iterator_types = ["reduction", "parallel"]}
        ins(%e2 : memref<64x64xf32>) outs(%r2 : memref<64xf32>) {
    ^bb0(%v: f32, %acc: f32):
      %s = arith.addf %acc, %v : f32
      linalg.yield %s : f32
    }
    %r3 = memref.alloc() : memref<64xf32>
    linalg.fill ins(%zero : f32) outs(%r3 : memref<64xf32>)
    linalg.generic {indexing_maps = [#full, #col],
                    iterator_types = ["reduction", "parallel"]}
        ins(%e3 : memref<64x64xf32>) outs(%r3 : memref<64xf32>) {
    ^bb0(%v: f32, %acc: f32):
      %s = arith.addf %acc, %v : f32
      linalg.yield %s : f32
    }
    %r4 = memref.alloc() : memref<64xf32>
    linalg.fill ins(%zero : f32) outs(%r4 : memref<64xf32>)
    linalg.generic {indexing_maps = [#full, #col],
                    iterator_types = ["reduction", "parallel"]}
        ins(%e4 : memref<64x64xf32>) outs(%r4 : memref<64xf32>) {
    ^bb0(%v: f32, %acc: f32):
      %s = arith.addf %acc, %v : f32
      linalg.yield %s : f32
    }

    // out = r_1 + r_2 + r_3 + r_4
    %out = memref.alloc() : memref<64xf32>
    linalg.generic {indexing_maps = [#vec, #vec, #vec, #vec, #vec],
                    iterator_types = ["parallel"]}
        ins(%r1, %r2, %r3, %r4 : memref<64xf32>, memref<64xf32>,
            memref<64xf32>, memref<64xf32>)
        outs(%out : memref<64xf32>) {
    ^bb0(%a: f32, %b: f32, %c: f32, %d: f32, %o: f32):
      %ab = arith.addf %a, %b : f32
      %cd = arith.addf %c, %d : f32
      %s = arith.addf %ab, %cd : f32
      linalg.yield %s : f32
    }
    %print = memref.cast %out : memref<64xf32> to memref<*xf32>
    func.call @printMemrefF32(%print) : (memref<*xf32>) -> ()

    memref.dealloc %out : memref<64xf32>
    memref.dealloc %r4 : memref<64xf32>
    memref.dealloc %r3 : memref<64xf32>
    memref.dealloc %r2 : memref<64xf32>
    memref.dealloc %r1 : memref<64xf32>
    memref.dealloc %e4 : memref<64x64xf32>
    memref.dealloc %e3 : memref<64x64xf32>
    memref.dealloc %e2 : memref<64x64xf32>
    memref.dealloc %e1 : memref<64x64xf32>
    memref.dealloc %x : memref<64xf32>
    return
  }
}
