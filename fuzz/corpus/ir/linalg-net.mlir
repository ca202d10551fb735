#row = affine_map<(i, j) -> (i, j)>
#bias = affine_map<(i, j) -> (0, j)>

module {
  memref.global "private" constant @x : memref<1x4xf32> =
      dense<[[1.0, 2.0, 3.0, 4.0]]>
  memref.global "private" constant @w1 : memref<4x4xf32> =
      dense<[[1.0, 0.0, 0.0, 1.0],
             [0.0, 1.0, 0.0, 1.0],
             [0.0, 0.0, 1.0, 1.0],
             [1.0, 1.0, 1.0, 1.0]]>
  memref.global "private" constant @b1 : memref<1x4xf32> =
      dense<[[-6.0, -6.0, -6.0, -6.0]]>
  memref.global "private" constant @w2 : memref<4x4xf32> =
      dense<[[2.0, 0.0, 0.0, 0.0],
             [0.0, 2.0, 0.0, 0.0],
             [1.0, 1.0, 1.0, 1.0],
             [0.0, 1.0, 0.0, -1.0]]>
  memref.global "private" constant @b2 : memref<1x4xf32> =
      dense<[[0.0, -1.0, 1.0, 0.0]]>

  func.func private @printMemrefF32(memref<*xf32>)

  func.func private @dense_relu(%in: memref<1x4xf32>, %w: memref<4x4xf32>,
                                %b: memref<1x4xf32>, %out: memref<1x4xf32>) {
    %zero = arith.constant 0.0 : f32
    %acc = memref.alloc() : memref<1x4xf32>
    linalg.fill ins(%zero : f32) outs(%acc : memref<1x4xf32>)
    linalg.matmul ins(%in, %w : memref<1x4xf32>, memref<4x4xf32>)
                  outs(%acc : memref<1x4xf32>)
    linalg.generic {indexing_maps = [#row, #bias, #row],
                    iterator_types = ["parallel", "parallel"]}
        ins(%acc, %b : memref<1x4xf32>, memref<1x4xf32>)
        outs(%out : memref<1x4xf32>) {
    ^bb0(%a: f32, %c: f32, %o: f32):
      %sum = arith.addf %a, %c : f32
      %relu = arith.maximumf %sum, %zero : f32
      linalg.yield %relu : f32
    }
    memref.dealloc %acc : memref<1x4xf32>
    return
  }

  func.func @main() {
    %half = arith.constant 0.5 : f32
    %xg = memref.get_global @x : memref<1x4xf32>
    %w1 = memref.get_global @w1 : memref<4x4xf32>
    %b1 = memref.get_global @b1 : memref<1x4xf32>
    %w2 = memref.get_global @w2 : memref<4x4xf32>
    %b2 = memref.get_global @b2 : memref<1x4xf32>

    %x = memref.alloc() : memref<1x4xf32>
    memref.copy %xg, %x : memref<1x4xf32> to memref<1x4xf32>
    %h1 = memref.alloc() : memref<1x4xf32>
    func.call @dense_relu(%x, %w1, %b1, %h1)
        : (memref<1x4xf32>, memref<4x4xf32>, memref<1x4xf32>, memref<1x4xf32>) -> ()
    %h2 = memref.alloc() : memref<1x4xf32>
    func.call @dense_relu(%h1, %w2, %b2, %h2)
        : (memref<1x4xf32>, memref<4x4xf32>, memref<1x4xf32>, memref<1x4xf32>) -> ()
    %out = memref.alloc() : memref<1x4xf32>
    linalg.generic {indexing_maps = [#row, #row, #row],
                    iterator_types = ["parallel", "parallel"]}
        ins(%h2, %h1 : memref<1x4xf32>, memref<1x4xf32>)
        outs(%out : memref<1x4xf32>) {
    ^bb0(%a: f32, %r: f32, %o: f32):
      %scaled = arith.mulf %r, %half : f32
      %sum = arith.addf %a, %scaled : f32
      linalg.yield %sum : f32
    }
    %printable = memref.cast %out : memref<1x4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    memref.dealloc %out : memref<1x4xf32>
    memref.dealloc %h2 : memref<1x4xf32>
    memref.dealloc %h1 : memref<1x4xf32>
    memref.dealloc %x : memref<1x4xf32>
    return
  }
}
