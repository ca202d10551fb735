// The first layers of a quantized MobileNet, as bufferized MLIR: the
// "LinearStructure" subgraph of TVM's Unified Static Memory Planner tests.
// Three operator functions are called in a row by the entry function
// @tvmgen_default_run_model; the storage buffers sid_9 and sid_8 are i8
// arrays viewed with the element type each operator expects, as TVM's
// storage ids are. Loop nests, buffer sizes and accesses follow the TVM
// module; the arithmetic is simplified (no fixed-point rescaling).
//
// Buffers (bytes): sid_9 301056, sid_8 802816, PaddedInput_7 314646,
// Conv2dOutput_7 256, tensor_2 200704. Plan it with:
//   memplan-opt examples/mobilenet.mlir \
//     --memplan-pipeline="pools=fast_memory:200704,slow_memory"

#interior = affine_set<(i, j) : (i - 2 >= 0, 225 - i >= 0, j - 2 >= 0, 225 - j >= 0)>
#in_window = affine_set<(y, x, r) : (111 - y * 2 - r floordiv 3 >= 0, 111 - x * 2 - r mod 3 >= 0)>

module {
  memref.global "private" constant @p0 : memref<i16> = dense<3>
  memref.global "private" constant @p1 : memref<7x7x3x64xi16> = dense<1>
  memref.global "private" constant @p2 : memref<1x1x1x64xi32> = dense<-4096>

  // T_subtract = cast<i16>(placeholder) - zero_point
  func.func private @tvmgen_default_fused_cast_subtract(
      %placeholder: memref<1x224x224x3xi8>, %zero_point: memref<i16>,
      %T_subtract: memref<1x224x224x3xi16>) {
    affine.for %i = 0 to 224 {
      affine.for %j = 0 to 224 {
        affine.for %c = 0 to 3 {
          %x = affine.load %placeholder[0, %i, %j, %c] : memref<1x224x224x3xi8>
          %wide = arith.extui %x : i8 to i16
          %zp = affine.load %zero_point[] : memref<i16>
          %diff = arith.subi %wide, %zp : i16
          affine.store %diff, %T_subtract[0, %i, %j, %c] : memref<1x224x224x3xi16>
        }
      }
    }
    return
  }

  // 7x7 stride-2 convolution with padding 2, bias, clip to [0, 255].
  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast(
      %input: memref<1x224x224x3xi16>, %weights: memref<7x7x3x64xi16>,
      %bias: memref<1x1x1x64xi32>, %T_cast: memref<1x112x112x64xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %max32 = arith.constant 255 : i32
    %PaddedInput_7 = memref.alloc() : memref<1x229x229x3xi16> loc("PaddedInput_7")
    affine.for %i = 0 to 229 {
      affine.for %j = 0 to 229 {
        affine.for %c = 0 to 3 {
          %v = affine.if #interior(%i, %j) -> i16 {
            %x = affine.load %input[0, %i - 2, %j - 2, %c] : memref<1x224x224x3xi16>
            affine.yield %x : i16
          } else {
            affine.yield %zero16 : i16
          }
          affine.store %v, %PaddedInput_7[0, %i, %j, %c] : memref<1x229x229x3xi16>
        }
      }
    }
    affine.for %p = 0 to 12544 {
      %Conv2dOutput_7 = memref.alloc() : memref<64xi32> loc("Conv2dOutput_7")
      affine.for %f = 0 to 64 {
        affine.store %zero32, %Conv2dOutput_7[%f] : memref<64xi32>
        affine.for %ry = 0 to 7 {
          affine.for %rx = 0 to 7 {
            affine.for %rc = 0 to 3 {
              %acc = affine.load %Conv2dOutput_7[%f] : memref<64xi32>
              %a = affine.load %PaddedInput_7[0, (%p floordiv 112) * 2 + %ry, (%p mod 112) * 2 + %rx, %rc] : memref<1x229x229x3xi16>
              %w = affine.load %weights[%ry, %rx, %rc, %f] : memref<7x7x3x64xi16>
              %a32 = arith.extsi %a : i16 to i32
              %w32 = arith.extsi %w : i16 to i32
              %prod = arith.muli %a32, %w32 : i32
              %sum = arith.addi %acc, %prod : i32
              affine.store %sum, %Conv2dOutput_7[%f] : memref<64xi32>
            }
          }
        }
      }
      affine.for %f = 0 to 64 {
        %acc = affine.load %Conv2dOutput_7[%f] : memref<64xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x64xi32>
        %sum = arith.addi %acc, %b : i32
        %low = arith.maxsi %sum, %zero32 : i32
        %clipped = arith.minsi %low, %max32 : i32
        %narrow = arith.trunci %clipped : i32 to i8
        affine.store %narrow, %T_cast[0, %p floordiv 112, %p mod 112, %f] : memref<1x112x112x64xi8>
      }
      memref.dealloc %Conv2dOutput_7 : memref<64xi32>
    }
    memref.dealloc %PaddedInput_7 : memref<1x229x229x3xi16>
    return
  }

  // 3x3 stride-2 max pooling of unsigned bytes, then cast to i16.
  func.func private @tvmgen_default_fused_nn_max_pool2d_cast(
      %placeholder: memref<1x112x112x64xi8>, %T_cast: memref<1x56x56x64xi16>) {
    %zero8 = arith.constant 0 : i8
    %tensor_2 = memref.alloc() : memref<1x56x56x64xi8> loc("tensor_2")
    affine.for %y = 0 to 56 {
      affine.for %x = 0 to 56 {
        affine.for %c = 0 to 64 {
          affine.store %zero8, %tensor_2[0, %y, %x, %c] : memref<1x56x56x64xi8>
        }
        affine.for %r = 0 to 9 {
          affine.for %c = 0 to 64 {
            %cur = affine.load %tensor_2[0, %y, %x, %c] : memref<1x56x56x64xi8>
            %v = affine.if #in_window(%y, %x, %r) -> i8 {
              %in = affine.load %placeholder[0, %y * 2 + %r floordiv 3, %x * 2 + %r mod 3, %c] : memref<1x112x112x64xi8>
              affine.yield %in : i8
            } else {
              affine.yield %zero8 : i8
            }
            %max = arith.maxui %cur, %v : i8
            affine.store %max, %tensor_2[0, %y, %x, %c] : memref<1x56x56x64xi8>
          }
        }
      }
    }
    affine.for %y = 0 to 56 {
      affine.for %x = 0 to 56 {
        affine.for %c = 0 to 64 {
          %v = affine.load %tensor_2[0, %y, %x, %c] : memref<1x56x56x64xi8>
          %wide = arith.extui %v : i8 to i16
          affine.store %wide, %T_cast[0, %y, %x, %c] : memref<1x56x56x64xi16>
        }
      }
    }
    memref.dealloc %tensor_2 : memref<1x56x56x64xi8>
    return
  }

  func.func @tvmgen_default_run_model(%input: memref<1x224x224x3xi8>,
                                      %output: memref<1x56x56x64xi16>) {
    %c0 = arith.constant 0 : index
    %sid_9 = memref.alloc() : memref<301056xi8> loc("sid_9")
    %sid_8 = memref.alloc() : memref<802816xi8> loc("sid_8")
    %p0 = memref.get_global @p0 : memref<i16>
    %p1 = memref.get_global @p1 : memref<7x7x3x64xi16>
    %p2 = memref.get_global @p2 : memref<1x1x1x64xi32>
    %sid_9_i16 = memref.view %sid_9[%c0][] : memref<301056xi8> to memref<1x224x224x3xi16>
    %sid_8_u8 = memref.view %sid_8[%c0][] : memref<802816xi8> to memref<1x112x112x64xi8>
    func.call @tvmgen_default_fused_cast_subtract(%input, %p0, %sid_9_i16)
        : (memref<1x224x224x3xi8>, memref<i16>, memref<1x224x224x3xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast(%sid_9_i16, %p1, %p2, %sid_8_u8)
        : (memref<1x224x224x3xi16>, memref<7x7x3x64xi16>, memref<1x1x1x64xi32>, memref<1x112x112x64xi8>) -> ()
    func.call @tvmgen_default_fused_nn_max_pool2d_cast(%sid_8_u8, %output)
        : (memref<1x112x112x64xi8>, memref<1x56x56x64xi16>) -> ()
    memref.dealloc %sid_8 : memref<802816xi8>
    memref.dealloc %sid_9 : memref<301056xi8>
    return
  }
}
