// A small convolutional network on tensors, for in-place reuse after
// upstream bufferization: two residual blocks of 3x3 convolutions and one
// pointwise residual block (MobileNetV2's expand and project 1x1
// convolutions with bias and ReLU, without the depthwise step), on 1x16x16x8
// activations (8192 bytes; 32768 bytes at 32 channels). It prints the
// per-channel sums of the last block's output.
//
// Inline the blocks (a buffer a function returns is not planned), bufferize,
// plan, lower and run it:
//   memplan-opt examples/residual-net.mlir --inline \
//     --one-shot-bufferize="bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
//     --memplan-pipeline \
//     --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata \
//     --lower-affine --finalize-memref-to-llvm --convert-arith-to-llvm \
//     --convert-index-to-llvm --convert-func-to-llvm --convert-cf-to-llvm \
//     --reconcile-unrealized-casts |
//   mlir-runner -e main -entry-point-result=void \
//     -shared-libs=libmlir_runner_utils.so,libmlir_c_runner_utils.so
//
// Bufferization gives every elementwise op (bias add, ReLU, residual add) a
// fresh output buffer. The most bytes live at once (by hand): in the
// pointwise block, at the bias add, the expanded convolution's output and
// the bias add's output (32768 bytes each) and the block input kept for the
// residual (8192): 73728 bytes. With in-place reuse (--memplan-pipeline's
// default) the bias add and the ReLU write into their dying inputs, and the
// peak moves to the project convolution: its 32-channel input, its
// accumulator and the residual, 32768 + 8192 + 8192 = 49152 bytes. The 3x3
// blocks need at most a padded input (1x18x18x8, 10368 bytes), an
// accumulator and the residual: 26752 bytes.

#map4 = affine_map<(n, h, w, c) -> (n, h, w, c)>

func.func private @printMemrefF32(memref<*xf32>)

func.func private @block(%x: tensor<1x16x16x8xf32>, %w1: tensor<3x3x8x8xf32>,
                         %w2: tensor<3x3x8x8xf32>) -> tensor<1x16x16x8xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x16x16x8xf32> to tensor<1x18x18x8xf32>
  %e = tensor.empty() : tensor<1x16x16x8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %c = linalg.conv_2d_nhwc_hwcf ins(%p, %w1 : tensor<1x18x18x8xf32>, tensor<3x3x8x8xf32>)
      outs(%acc : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %e2 = tensor.empty() : tensor<1x16x16x8xf32>
  %r = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c : tensor<1x16x16x8xf32>) outs(%e2 : tensor<1x16x16x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x16x16x8xf32>
  %p2 = tensor.pad %r low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x16x16x8xf32> to tensor<1x18x18x8xf32>
  %e3 = tensor.empty() : tensor<1x16x16x8xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %c2 = linalg.conv_2d_nhwc_hwcf ins(%p2, %w2 : tensor<1x18x18x8xf32>, tensor<3x3x8x8xf32>)
      outs(%acc2 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %e4 = tensor.empty() : tensor<1x16x16x8xf32>
  %s = linalg.add ins(%c2, %x : tensor<1x16x16x8xf32>, tensor<1x16x16x8xf32>)
      outs(%e4 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %e5 = tensor.empty() : tensor<1x16x16x8xf32>
  %o = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s : tensor<1x16x16x8xf32>) outs(%e5 : tensor<1x16x16x8xf32>) {
  ^bb0(%a: f32, %o2: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x16x16x8xf32>
  return %o : tensor<1x16x16x8xf32>
}

// Pointwise residual block (MobileNetV2's expand and project, without the
// depthwise step): y = relu(x + conv1x1(relu(conv1x1(x, we) + b), wp)).
func.func private @block_pointwise(%x: tensor<1x16x16x8xf32>, %we: tensor<1x1x8x32xf32>,
                                   %b: tensor<32xf32>, %wp: tensor<1x1x32x8xf32>) -> tensor<1x16x16x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x16x16x32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %c = linalg.conv_2d_nhwc_hwcf ins(%x, %we : tensor<1x16x16x8xf32>, tensor<1x1x8x32xf32>)
      outs(%acc : tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %e2 = tensor.empty() : tensor<1x16x16x32xf32>
  %cb = linalg.generic {indexing_maps = [#map4, affine_map<(n, h, w, c) -> (c)>, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %b : tensor<1x16x16x32xf32>, tensor<32xf32>) outs(%e2 : tensor<1x16x16x32xf32>) {
  ^bb0(%a: f32, %bias: f32, %o: f32):
    %t = arith.addf %a, %bias : f32
    linalg.yield %t : f32
  } -> tensor<1x16x16x32xf32>
  %e3 = tensor.empty() : tensor<1x16x16x32xf32>
  %r = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%cb : tensor<1x16x16x32xf32>) outs(%e3 : tensor<1x16x16x32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x16x16x32xf32>
  %e4 = tensor.empty() : tensor<1x16x16x8xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%e4 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %p = linalg.conv_2d_nhwc_hwcf ins(%r, %wp : tensor<1x16x16x32xf32>, tensor<1x1x32x8xf32>)
      outs(%acc2 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %e5 = tensor.empty() : tensor<1x16x16x8xf32>
  %s = linalg.add ins(%p, %x : tensor<1x16x16x8xf32>, tensor<1x16x16x8xf32>)
      outs(%e5 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %e6 = tensor.empty() : tensor<1x16x16x8xf32>
  %o = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s : tensor<1x16x16x8xf32>) outs(%e6 : tensor<1x16x16x8xf32>) {
  ^bb0(%a: f32, %o2: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x16x16x8xf32>
  return %o : tensor<1x16x16x8xf32>
}

func.func @main() {
  %e = tensor.empty() : tensor<1x16x16x8xf32>
  %x = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%e : tensor<1x16x16x8xf32>) {
  ^bb0(%o: f32):
    %h = linalg.index 1 : index
    %w = linalg.index 2 : index
    %c = linalg.index 3 : index
    %hw = arith.addi %h, %w : index
    %s = arith.addi %hw, %c : index
    %c5 = arith.constant 5 : index
    %m = arith.remui %s, %c5 : index
    %i = arith.index_cast %m : index to i32
    %f = arith.sitofp %i : i32 to f32
    %two = arith.constant 2.0 : f32
    %v = arith.subf %f, %two : f32
    linalg.yield %v : f32
  } -> tensor<1x16x16x8xf32>
  %w1 = arith.constant dense<0.0625> : tensor<3x3x8x8xf32>
  %w2 = arith.constant dense<-0.03125> : tensor<3x3x8x8xf32>
  %y1 = call @block(%x, %w1, %w2) : (tensor<1x16x16x8xf32>, tensor<3x3x8x8xf32>, tensor<3x3x8x8xf32>) -> tensor<1x16x16x8xf32>
  %y2 = call @block(%y1, %w2, %w1) : (tensor<1x16x16x8xf32>, tensor<3x3x8x8xf32>, tensor<3x3x8x8xf32>) -> tensor<1x16x16x8xf32>
  %we = arith.constant dense<0.125> : tensor<1x1x8x32xf32>
  %b = arith.constant dense<-0.5> : tensor<32xf32>
  %wp = arith.constant dense<-0.0625> : tensor<1x1x32x8xf32>
  %y3 = call @block_pointwise(%y2, %we, %b, %wp) : (tensor<1x16x16x8xf32>, tensor<1x1x8x32xf32>, tensor<32xf32>, tensor<1x1x32x8xf32>) -> tensor<1x16x16x8xf32>
  %sum0 = arith.constant dense<0.0> : tensor<8xf32>
  %sum = linalg.generic {indexing_maps = [#map4, affine_map<(n, h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "reduction", "parallel"]}
      ins(%y3 : tensor<1x16x16x8xf32>) outs(%sum0 : tensor<8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %t = arith.addf %a, %acc : f32
    linalg.yield %t : f32
  } -> tensor<8xf32>
  %m = bufferization.to_buffer %sum : tensor<8xf32> to memref<8xf32>
  %u = memref.cast %m : memref<8xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
