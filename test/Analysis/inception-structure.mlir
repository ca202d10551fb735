// RUN: memplan-opt %s --memplan-import-memref --memplan-test-print-liveness -o /dev/null | FileCheck %s
//
// TVM's InceptionStructure (seed 002): an entry function with fourteen i8
// storage buffers (sid_*) that calls fifteen operator functions; eleven of
// them allocate a PaddedInput (and a Conv2dOutput inside their pixel loop)
// or a pooling tensor. Loop nests, shapes and accesses follow the TVM module;
// the arithmetic is simplified. Constants p0..p18 are globals.
//
// Hand derivation of the live ranges. Each call runs one or two loop nests;
// a buffer accessed inside a loop nest lives for all of it (the nest does not
// contain the allocation), so live ranges are unions of whole nests:
//   call                   nest a (reads -> writes)    nest b
//    1 cast_subtract       input -> sid_9
//    2 conv (7x7)          sid_9 -> PaddedInput_7      PaddedInput_7 -> sid_8, Conv2dOutput_7 inside
//    3 max_pool2d_cast     sid_8 -> tensor_2           tensor_2 -> sid_7
//    4 conv _cast_cast     sid_7 -> PaddedInput        PaddedInput -> sid_6, Conv2dOutput inside
//    5 conv _1             sid_6 -> PaddedInput_8      PaddedInput_8 -> sid_5, Conv2dOutput_8 inside
//    6 max_pool2d          sid_5 -> sid_4
//    7 cast                sid_4 -> sid_3
//    8 conv _2             sid_3 -> PaddedInput_2      PaddedInput_2 -> sid_2, Conv2dOutput_2 inside
//    9 conv _cast_cast_1   sid_3 -> PaddedInput_1      PaddedInput_1 -> sid_20, Conv2dOutput_1 inside
//   10 conv cli_           sid_20 -> PaddedInput_6     PaddedInput_6 -> sid_19, Conv2dOutput_6 inside
//   11 conv _cast_cast_2   sid_3 -> PaddedInput_4      PaddedInput_4 -> sid_26, Conv2dOutput_4 inside
//   12 conv cli__1         sid_26 -> PaddedInput_5     PaddedInput_5 -> sid_25, Conv2dOutput_5 inside
//   13 max_pool2d_cast_1   sid_4 -> tensor_3           tensor_3 -> sid_32
//   14 conv cli__2         sid_32 -> PaddedInput_3     PaddedInput_3 -> sid_31, Conv2dOutput_3 inside
//   15 concatenate         sid_2, sid_19, sid_25, sid_31 -> output
// So (nests, inclusive): sid_9 1..2a, sid_8 2b..3a, sid_7 3b..4a, sid_6 4b..5a,
// sid_5 5b..6, sid_4 6..13a, sid_3 7..11a, sid_2 8b..15, sid_20 9b..10a,
// sid_19 10b..15, sid_26 11b..12a, sid_25 12b..15, sid_32 13b..14a,
// sid_31 14b..15, each PaddedInput_k its call's a..b, each Conv2dOutput_k
// inside its call's b, tensor_2 3a..3b, tensor_3 13a..13b.
//
// Conflict sets derived from that table (checked below; the seed's lists,
// from TVM before its liveness fix, miss the pairs marked *):
//   sid_4: sid_5, sid_3, PaddedInput_2/1/6/4/5, Conv2dOutput_2/1/6/4/5,
//          sid_2, sid_20, sid_19, sid_26, sid_25, tensor_3 (18)
//   sid_3: sid_4, PaddedInput_2/1/6/4, Conv2dOutput_2/1/6, sid_2, sid_20,
//          sid_19 (11; not Conv2dOutput_4: nest 11b is after 11a)
//   sid_8: PaddedInput_7*, Conv2dOutput_7, tensor_2
//   sid_6: PaddedInput*, Conv2dOutput, PaddedInput_8
//   sid_2: PaddedInput_2* and every buffer of calls 8b..15 and sid_3, sid_4:
//          Conv2dOutput_1..6, PaddedInput_1..6, sid_19, sid_20, sid_25,
//          sid_26, sid_3, sid_31, sid_32, sid_4, tensor_3 (21)
//   sid_19: PaddedInput_6*, Conv2dOutput_6, sid_2, sid_3, sid_4,
//          PaddedInput_4/5/3, Conv2dOutput_4/5/3, sid_26, sid_25, tensor_3,
//          sid_32, sid_31 (16)
//   sid_25: PaddedInput_5*, Conv2dOutput_5, sid_19, sid_2, sid_4, tensor_3,
//          sid_32, PaddedInput_3, Conv2dOutput_3, sid_31 (10)
//   tensor_3: sid_4, sid_32, sid_2, sid_19, sid_25
//   PaddedInput_5: sid_26, Conv2dOutput_5, sid_25*, sid_2, sid_4, sid_19
//   Conv2dOutput_8: PaddedInput_8, sid_5
//   sid_9: PaddedInput_7; PaddedInput_7: sid_9, sid_8, Conv2dOutput_7
//
// Memory pressure, per nest (the largest sums):
//   2b: sid_8 + PaddedInput_7 + Conv2dOutput_7 = 802816 + 314646 + 256 = 1117718
//   3a: sid_8 + tensor_2 = 1003520
//   5b: sid_5 + PaddedInput_8 + Conv2dOutput_8 = 602112 + 430592 + 256 = 1032960
//   9b: sid_4 + sid_3 + sid_2 + PaddedInput_1 + Conv2dOutput_1 + sid_20
//       = 150528 + 301056 + 50176 + 301056 + 4 + 150528 = 953348
//   11a: sid_4 + sid_3 + sid_2 + sid_19 + PaddedInput_4 = 903168
// so 1117718, as the issue states.

#window_56_2_0 = affine_set<(y, x, r) : (55 - y * 2 - r floordiv 3 >= 0, 55 - x * 2 - r mod 3 >= 0)>
#window_112_2_0 = affine_set<(y, x, r) : (111 - y * 2 - r floordiv 3 >= 0, 111 - x * 2 - r mod 3 >= 0)>
#window_28_1_1 = affine_set<(y, x, r) : (y + r floordiv 3 - 1 >= 0, 28 - y - r floordiv 3 >= 0, x + r mod 3 - 1 >= 0, 28 - x - r mod 3 >= 0)>
#interior_1_28 = affine_set<(i, j) : (i - 1 >= 0, 28 - i >= 0, j - 1 >= 0, 28 - j >= 0)>
#interior_2_225 = affine_set<(i, j) : (i - 2 >= 0, 225 - i >= 0, j - 2 >= 0, 225 - j >= 0)>
#interior_1_56 = affine_set<(i, j) : (i - 1 >= 0, 56 - i >= 0, j - 1 >= 0, 56 - j >= 0)>

module {
  memref.global "private" constant @p0 : memref<i16> = dense<1>
  memref.global "private" constant @p1 : memref<7x7x3x64xi16> = dense<1>
  memref.global "private" constant @p2 : memref<1x1x1x64xi32> = dense<1>
  memref.global "private" constant @p3 : memref<1x1x64x64xi16> = dense<1>
  memref.global "private" constant @p4 : memref<1x1x1x64xi32> = dense<1>
  memref.global "private" constant @p5 : memref<3x3x64x192xi16> = dense<1>
  memref.global "private" constant @p6 : memref<1x1x1x192xi32> = dense<1>
  memref.global "private" constant @p7 : memref<1x1x192x64xi16> = dense<1>
  memref.global "private" constant @p8 : memref<1x1x1x64xi32> = dense<1>
  memref.global "private" constant @p9 : memref<1x1x192x96xi16> = dense<1>
  memref.global "private" constant @p10 : memref<1x1x1x96xi32> = dense<1>
  memref.global "private" constant @p11 : memref<3x3x96x128xi16> = dense<1>
  memref.global "private" constant @p12 : memref<1x1x1x128xi32> = dense<1>
  memref.global "private" constant @p13 : memref<1x1x192x16xi16> = dense<1>
  memref.global "private" constant @p14 : memref<1x1x1x16xi32> = dense<1>
  memref.global "private" constant @p15 : memref<3x3x16x32xi16> = dense<1>
  memref.global "private" constant @p16 : memref<1x1x1x32xi32> = dense<1>
  memref.global "private" constant @p17 : memref<1x1x192x32xi16> = dense<1>
  memref.global "private" constant @p18 : memref<1x1x1x32xi32> = dense<1>

  func.func private @tvmgen_default_fused_nn_max_pool2d(%input: memref<1x56x56x192xi8>, %output: memref<1x28x28x192xi8>) {
    %zero8 = arith.constant 0 : i8
    affine.for %y = 0 to 28 {
      affine.for %x = 0 to 28 {
        affine.for %c = 0 to 192 {
          affine.store %zero8, %output[0, %y, %x, %c] : memref<1x28x28x192xi8>
        }
        affine.for %r = 0 to 9 {
          affine.for %c = 0 to 192 {
            %cur = affine.load %output[0, %y, %x, %c] : memref<1x28x28x192xi8>
            %v = affine.if #window_56_2_0(%y, %x, %r) -> i8 {
              %in = affine.load %input[0, %y * 2 + %r floordiv 3, %x * 2 + %r mod 3, %c] : memref<1x56x56x192xi8>
              affine.yield %in : i8
            } else {
              affine.yield %zero8 : i8
            }
            %max = arith.maxui %cur, %v : i8
            affine.store %max, %output[0, %y, %x, %c] : memref<1x28x28x192xi8>
          }
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_cast_subtract(%input: memref<1x224x224x3xi8>, %zero_point: memref<i16>, %output: memref<1x224x224x3xi16>) {
    affine.for %i = 0 to 224 {
      affine.for %j = 0 to 224 {
        affine.for %c = 0 to 3 {
          %x = affine.load %input[0, %i, %j, %c] : memref<1x224x224x3xi8>
          %x16 = arith.extui %x : i8 to i16
          %zp = affine.load %zero_point[] : memref<i16>
          %d = arith.subi %x16, %zp : i16
          affine.store %d, %output[0, %i, %j, %c] : memref<1x224x224x3xi16>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_cast(%input: memref<1x28x28x192xi8>, %output: memref<1x28x28x192xi16>) {
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %c = 0 to 192 {
          %x = affine.load %input[0, %i, %j, %c] : memref<1x28x28x192xi8>
          %x16 = arith.extui %x : i8 to i16
          affine.store %x16, %output[0, %i, %j, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_concatenate(%a: memref<1x28x28x64xi8>, %b: memref<1x28x28x128xi8>, %c: memref<1x28x28x32xi8>, %d: memref<1x28x28x32xi8>, %output: memref<1x28x28x256xi8>) {
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %k = 0 to 64 {
          %x = affine.load %a[0, %i, %j, %k] : memref<1x28x28x64xi8>
          affine.store %x, %output[0, %i, %j, %k] : memref<1x28x28x256xi8>
        }
        affine.for %k = 0 to 128 {
          %x = affine.load %b[0, %i, %j, %k] : memref<1x28x28x128xi8>
          affine.store %x, %output[0, %i, %j, %k + 64] : memref<1x28x28x256xi8>
        }
        affine.for %k = 0 to 32 {
          %x = affine.load %c[0, %i, %j, %k] : memref<1x28x28x32xi8>
          affine.store %x, %output[0, %i, %j, %k + 192] : memref<1x28x28x256xi8>
        }
        affine.for %k = 0 to 32 {
          %x = affine.load %d[0, %i, %j, %k] : memref<1x28x28x32xi8>
          affine.store %x, %output[0, %i, %j, %k + 224] : memref<1x28x28x256xi8>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast(%input: memref<1x56x56x64xi16>, %weights: memref<1x1x64x64xi16>, %bias: memref<1x1x1x64xi32>, %output: memref<1x56x56x64xi16>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x56x56x64xi16> loc("PaddedInput")
    affine.for %i = 0 to 56 {
      affine.for %j = 0 to 56 {
        affine.for %c = 0 to 64 {
          %v = affine.load %input[0, %i, %j, %c] : memref<1x56x56x64xi16>
          affine.store %v, %P[0, %i, %j, %c] : memref<1x56x56x64xi16>
        }
      }
    }
    affine.for %p = 0 to 3136 {
      %C = memref.alloc() : memref<64xi32> loc("Conv2dOutput")
      affine.for %f = 0 to 64 {
        affine.store %zero32, %C[%f] : memref<64xi32>
        affine.for %rc = 0 to 64 {
          %acc = affine.load %C[%f] : memref<64xi32>
          %a = affine.load %P[0, %p floordiv 56, %p mod 56, %rc] : memref<1x56x56x64xi16>
          %w = affine.load %weights[0, 0, %rc, %f] : memref<1x1x64x64xi16>
          %a32 = arith.extsi %a : i16 to i32
          %w32 = arith.extsi %w : i16 to i32
          %prod = arith.muli %a32, %w32 : i32
          %sum = arith.addi %acc, %prod : i32
          affine.store %sum, %C[%f] : memref<64xi32>
        }
      }
      affine.for %f = 0 to 64 {
        %r = affine.load %C[%f] : memref<64xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x64xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i16
        affine.store %n, %output[0, %p floordiv 56, %p mod 56, %f] : memref<1x56x56x64xi16>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_1(%input: memref<1x28x28x192xi16>, %weights: memref<1x1x192x96xi16>, %bias: memref<1x1x1x96xi32>, %output: memref<1x28x28x96xi16>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x28x28x192xi16> loc("PaddedInput_1")
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %c = 0 to 192 {
          %v = affine.load %input[0, %i, %j, %c] : memref<1x28x28x192xi16>
          affine.store %v, %P[0, %i, %j, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<1xi32> loc("Conv2dOutput_1")
      affine.for %f = 0 to 96 {
        affine.store %zero32, %C[0] : memref<1xi32>
        affine.for %rc = 0 to 192 {
          %acc = affine.load %C[0] : memref<1xi32>
          %a = affine.load %P[0, %p floordiv 28, %p mod 28, %rc] : memref<1x28x28x192xi16>
          %w = affine.load %weights[0, 0, %rc, %f] : memref<1x1x192x96xi16>
          %a32 = arith.extsi %a : i16 to i32
          %w32 = arith.extsi %w : i16 to i32
          %prod = arith.muli %a32, %w32 : i32
          %sum = arith.addi %acc, %prod : i32
          affine.store %sum, %C[0] : memref<1xi32>
        }
        %r = affine.load %C[0] : memref<1xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x96xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i16
        affine.store %n, %output[0, %p floordiv 28, %p mod 28, %f] : memref<1x28x28x96xi16>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_max_pool2d_cast(%input: memref<1x112x112x64xi8>, %output: memref<1x56x56x64xi16>) {
    %zero8 = arith.constant 0 : i8
    %T = memref.alloc() : memref<1x56x56x64xi8> loc("tensor_2")
    affine.for %y = 0 to 56 {
      affine.for %x = 0 to 56 {
        affine.for %c = 0 to 64 {
          affine.store %zero8, %T[0, %y, %x, %c] : memref<1x56x56x64xi8>
        }
        affine.for %r = 0 to 9 {
          affine.for %c = 0 to 64 {
            %cur = affine.load %T[0, %y, %x, %c] : memref<1x56x56x64xi8>
            %v = affine.if #window_112_2_0(%y, %x, %r) -> i8 {
              %in = affine.load %input[0, %y * 2 + %r floordiv 3, %x * 2 + %r mod 3, %c] : memref<1x112x112x64xi8>
              affine.yield %in : i8
            } else {
              affine.yield %zero8 : i8
            }
            %max = arith.maxui %cur, %v : i8
            affine.store %max, %T[0, %y, %x, %c] : memref<1x56x56x64xi8>
          }
        }
      }
    }
    affine.for %y = 0 to 56 {
      affine.for %x = 0 to 56 {
        affine.for %c = 0 to 64 {
          %v = affine.load %T[0, %y, %x, %c] : memref<1x56x56x64xi8>
          %v16 = arith.extui %v : i8 to i16
          affine.store %v16, %output[0, %y, %x, %c] : memref<1x56x56x64xi16>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_2(%input: memref<1x28x28x192xi16>, %weights: memref<1x1x192x64xi16>, %bias: memref<1x1x1x64xi32>, %output: memref<1x28x28x64xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x28x28x192xi16> loc("PaddedInput_2")
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %c = 0 to 192 {
          %v = affine.load %input[0, %i, %j, %c] : memref<1x28x28x192xi16>
          affine.store %v, %P[0, %i, %j, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<64xi32> loc("Conv2dOutput_2")
      affine.for %f = 0 to 64 {
        affine.store %zero32, %C[%f] : memref<64xi32>
        affine.for %rc = 0 to 192 {
          %acc = affine.load %C[%f] : memref<64xi32>
          %a = affine.load %P[0, %p floordiv 28, %p mod 28, %rc] : memref<1x28x28x192xi16>
          %w = affine.load %weights[0, 0, %rc, %f] : memref<1x1x192x64xi16>
          %a32 = arith.extsi %a : i16 to i32
          %w32 = arith.extsi %w : i16 to i32
          %prod = arith.muli %a32, %w32 : i32
          %sum = arith.addi %acc, %prod : i32
          affine.store %sum, %C[%f] : memref<64xi32>
        }
      }
      affine.for %f = 0 to 64 {
        %r = affine.load %C[%f] : memref<64xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x64xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i8
        affine.store %n, %output[0, %p floordiv 28, %p mod 28, %f] : memref<1x28x28x64xi8>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_max_pool2d_cast_1(%input: memref<1x28x28x192xi8>, %output: memref<1x28x28x192xi16>) {
    %zero8 = arith.constant 0 : i8
    %T = memref.alloc() : memref<1x28x28x192xi8> loc("tensor_3")
    affine.for %y = 0 to 28 {
      affine.for %x = 0 to 28 {
        affine.for %c = 0 to 192 {
          affine.store %zero8, %T[0, %y, %x, %c] : memref<1x28x28x192xi8>
        }
        affine.for %r = 0 to 9 {
          affine.for %c = 0 to 192 {
            %cur = affine.load %T[0, %y, %x, %c] : memref<1x28x28x192xi8>
            %v = affine.if #window_28_1_1(%y, %x, %r) -> i8 {
              %in = affine.load %input[0, %y + %r floordiv 3 - 1, %x + %r mod 3 - 1, %c] : memref<1x28x28x192xi8>
              affine.yield %in : i8
            } else {
              affine.yield %zero8 : i8
            }
            %max = arith.maxui %cur, %v : i8
            affine.store %max, %T[0, %y, %x, %c] : memref<1x28x28x192xi8>
          }
        }
      }
    }
    affine.for %y = 0 to 28 {
      affine.for %x = 0 to 28 {
        affine.for %c = 0 to 192 {
          %v = affine.load %T[0, %y, %x, %c] : memref<1x28x28x192xi8>
          %v16 = arith.extui %v : i8 to i16
          affine.store %v16, %output[0, %y, %x, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320__2(%input: memref<1x28x28x192xi16>, %weights: memref<1x1x192x32xi16>, %bias: memref<1x1x1x32xi32>, %output: memref<1x28x28x32xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x28x28x192xi16> loc("PaddedInput_3")
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %c = 0 to 192 {
          %v = affine.load %input[0, %i, %j, %c] : memref<1x28x28x192xi16>
          affine.store %v, %P[0, %i, %j, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<1xi32> loc("Conv2dOutput_3")
      affine.for %f = 0 to 32 {
        affine.store %zero32, %C[0] : memref<1xi32>
        affine.for %rc = 0 to 192 {
          %acc = affine.load %C[0] : memref<1xi32>
          %a = affine.load %P[0, %p floordiv 28, %p mod 28, %rc] : memref<1x28x28x192xi16>
          %w = affine.load %weights[0, 0, %rc, %f] : memref<1x1x192x32xi16>
          %a32 = arith.extsi %a : i16 to i32
          %w32 = arith.extsi %w : i16 to i32
          %prod = arith.muli %a32, %w32 : i32
          %sum = arith.addi %acc, %prod : i32
          affine.store %sum, %C[0] : memref<1xi32>
        }
        %r = affine.load %C[0] : memref<1xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x32xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i8
        affine.store %n, %output[0, %p floordiv 28, %p mod 28, %f] : memref<1x28x28x32xi8>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_2(%input: memref<1x28x28x192xi16>, %weights: memref<1x1x192x16xi16>, %bias: memref<1x1x1x16xi32>, %output: memref<1x28x28x16xi16>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x28x28x192xi16> loc("PaddedInput_4")
    affine.for %i = 0 to 28 {
      affine.for %j = 0 to 28 {
        affine.for %c = 0 to 192 {
          %v = affine.load %input[0, %i, %j, %c] : memref<1x28x28x192xi16>
          affine.store %v, %P[0, %i, %j, %c] : memref<1x28x28x192xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<1xi32> loc("Conv2dOutput_4")
      affine.for %f = 0 to 16 {
        affine.store %zero32, %C[0] : memref<1xi32>
        affine.for %rc = 0 to 192 {
          %acc = affine.load %C[0] : memref<1xi32>
          %a = affine.load %P[0, %p floordiv 28, %p mod 28, %rc] : memref<1x28x28x192xi16>
          %w = affine.load %weights[0, 0, %rc, %f] : memref<1x1x192x16xi16>
          %a32 = arith.extsi %a : i16 to i32
          %w32 = arith.extsi %w : i16 to i32
          %prod = arith.muli %a32, %w32 : i32
          %sum = arith.addi %acc, %prod : i32
          affine.store %sum, %C[0] : memref<1xi32>
        }
        %r = affine.load %C[0] : memref<1xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x16xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i16
        affine.store %n, %output[0, %p floordiv 28, %p mod 28, %f] : memref<1x28x28x16xi16>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320__1(%input: memref<1x28x28x16xi16>, %weights: memref<3x3x16x32xi16>, %bias: memref<1x1x1x32xi32>, %output: memref<1x28x28x32xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x30x30x16xi16> loc("PaddedInput_5")
    affine.for %i = 0 to 30 {
      affine.for %j = 0 to 30 {
        affine.for %c = 0 to 16 {
          %v = affine.if #interior_1_28(%i, %j) -> i16 {
            %x = affine.load %input[0, %i - 1, %j - 1, %c] : memref<1x28x28x16xi16>
            affine.yield %x : i16
          } else {
            affine.yield %zero16 : i16
          }
          affine.store %v, %P[0, %i, %j, %c] : memref<1x30x30x16xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<1xi32> loc("Conv2dOutput_5")
      affine.for %f = 0 to 32 {
        affine.store %zero32, %C[0] : memref<1xi32>
        affine.for %ry = 0 to 3 {
          affine.for %rx = 0 to 3 {
            affine.for %rc = 0 to 16 {
              %acc = affine.load %C[0] : memref<1xi32>
              %a = affine.load %P[0, %p floordiv 28 + %ry, %p mod 28 + %rx, %rc] : memref<1x30x30x16xi16>
              %w = affine.load %weights[%ry, %rx, %rc, %f] : memref<3x3x16x32xi16>
              %a32 = arith.extsi %a : i16 to i32
              %w32 = arith.extsi %w : i16 to i32
              %prod = arith.muli %a32, %w32 : i32
              %sum = arith.addi %acc, %prod : i32
              affine.store %sum, %C[0] : memref<1xi32>
            }
          }
        }
        %r = affine.load %C[0] : memref<1xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x32xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i8
        affine.store %n, %output[0, %p floordiv 28, %p mod 28, %f] : memref<1x28x28x32xi8>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320_(%input: memref<1x28x28x96xi16>, %weights: memref<3x3x96x128xi16>, %bias: memref<1x1x1x128xi32>, %output: memref<1x28x28x128xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x30x30x96xi16> loc("PaddedInput_6")
    affine.for %i = 0 to 30 {
      affine.for %j = 0 to 30 {
        affine.for %c = 0 to 96 {
          %v = affine.if #interior_1_28(%i, %j) -> i16 {
            %x = affine.load %input[0, %i - 1, %j - 1, %c] : memref<1x28x28x96xi16>
            affine.yield %x : i16
          } else {
            affine.yield %zero16 : i16
          }
          affine.store %v, %P[0, %i, %j, %c] : memref<1x30x30x96xi16>
        }
      }
    }
    affine.for %p = 0 to 784 {
      %C = memref.alloc() : memref<64xi32> loc("Conv2dOutput_6")
      affine.for %o = 0 to 2 {
        affine.for %f = 0 to 64 {
          affine.store %zero32, %C[%f] : memref<64xi32>
          affine.for %ry = 0 to 3 {
            affine.for %rx = 0 to 3 {
              affine.for %rc = 0 to 96 {
                %acc = affine.load %C[%f] : memref<64xi32>
                %a = affine.load %P[0, %p floordiv 28 + %ry, %p mod 28 + %rx, %rc] : memref<1x30x30x96xi16>
                %w = affine.load %weights[%ry, %rx, %rc, %o * 64 + %f] : memref<3x3x96x128xi16>
                %a32 = arith.extsi %a : i16 to i32
                %w32 = arith.extsi %w : i16 to i32
                %prod = arith.muli %a32, %w32 : i32
                %sum = arith.addi %acc, %prod : i32
                affine.store %sum, %C[%f] : memref<64xi32>
              }
            }
          }
        }
        affine.for %f = 0 to 64 {
          %r = affine.load %C[%f] : memref<64xi32>
          %b = affine.load %bias[0, 0, 0, %o * 64 + %f] : memref<1x1x1x128xi32>
          %s2 = arith.addi %r, %b : i32
          %n = arith.trunci %s2 : i32 to i8
          affine.store %n, %output[0, %p floordiv 28, %p mod 28, %o * 64 + %f] : memref<1x28x28x128xi8>
        }
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast(%input: memref<1x224x224x3xi16>, %weights: memref<7x7x3x64xi16>, %bias: memref<1x1x1x64xi32>, %output: memref<1x112x112x64xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x229x229x3xi16> loc("PaddedInput_7")
    affine.for %i = 0 to 229 {
      affine.for %j = 0 to 229 {
        affine.for %c = 0 to 3 {
          %v = affine.if #interior_2_225(%i, %j) -> i16 {
            %x = affine.load %input[0, %i - 2, %j - 2, %c] : memref<1x224x224x3xi16>
            affine.yield %x : i16
          } else {
            affine.yield %zero16 : i16
          }
          affine.store %v, %P[0, %i, %j, %c] : memref<1x229x229x3xi16>
        }
      }
    }
    affine.for %p = 0 to 12544 {
      %C = memref.alloc() : memref<64xi32> loc("Conv2dOutput_7")
      affine.for %f = 0 to 64 {
        affine.store %zero32, %C[%f] : memref<64xi32>
        affine.for %ry = 0 to 7 {
          affine.for %rx = 0 to 7 {
            affine.for %rc = 0 to 3 {
              %acc = affine.load %C[%f] : memref<64xi32>
              %a = affine.load %P[0, (%p floordiv 112) * 2 + %ry, (%p mod 112) * 2 + %rx, %rc] : memref<1x229x229x3xi16>
              %w = affine.load %weights[%ry, %rx, %rc, %f] : memref<7x7x3x64xi16>
              %a32 = arith.extsi %a : i16 to i32
              %w32 = arith.extsi %w : i16 to i32
              %prod = arith.muli %a32, %w32 : i32
              %sum = arith.addi %acc, %prod : i32
              affine.store %sum, %C[%f] : memref<64xi32>
            }
          }
        }
      }
      affine.for %f = 0 to 64 {
        %r = affine.load %C[%f] : memref<64xi32>
        %b = affine.load %bias[0, 0, 0, %f] : memref<1x1x1x64xi32>
        %s2 = arith.addi %r, %b : i32
        %n = arith.trunci %s2 : i32 to i8
        affine.store %n, %output[0, %p floordiv 112, %p mod 112, %f] : memref<1x112x112x64xi8>
      }
    }
    return
  }

  func.func private @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_1(%input: memref<1x56x56x64xi16>, %weights: memref<3x3x64x192xi16>, %bias: memref<1x1x1x192xi32>, %output: memref<1x56x56x192xi8>) {
    %zero16 = arith.constant 0 : i16
    %zero32 = arith.constant 0 : i32
    %P = memref.alloc() : memref<1x58x58x64xi16> loc("PaddedInput_8")
    affine.for %i = 0 to 58 {
      affine.for %j = 0 to 58 {
        affine.for %c = 0 to 64 {
          %v = affine.if #interior_1_56(%i, %j) -> i16 {
            %x = affine.load %input[0, %i - 1, %j - 1, %c] : memref<1x56x56x64xi16>
            affine.yield %x : i16
          } else {
            affine.yield %zero16 : i16
          }
          affine.store %v, %P[0, %i, %j, %c] : memref<1x58x58x64xi16>
        }
      }
    }
    affine.for %p = 0 to 3136 {
      %C = memref.alloc() : memref<64xi32> loc("Conv2dOutput_8")
      affine.for %o = 0 to 3 {
        affine.for %f = 0 to 64 {
          affine.store %zero32, %C[%f] : memref<64xi32>
          affine.for %ry = 0 to 3 {
            affine.for %rx = 0 to 3 {
              affine.for %rc = 0 to 64 {
                %acc = affine.load %C[%f] : memref<64xi32>
                %a = affine.load %P[0, %p floordiv 56 + %ry, %p mod 56 + %rx, %rc] : memref<1x58x58x64xi16>
                %w = affine.load %weights[%ry, %rx, %rc, %o * 64 + %f] : memref<3x3x64x192xi16>
                %a32 = arith.extsi %a : i16 to i32
                %w32 = arith.extsi %w : i16 to i32
                %prod = arith.muli %a32, %w32 : i32
                %sum = arith.addi %acc, %prod : i32
                affine.store %sum, %C[%f] : memref<64xi32>
              }
            }
          }
        }
        affine.for %f = 0 to 64 {
          %r = affine.load %C[%f] : memref<64xi32>
          %b = affine.load %bias[0, 0, 0, %o * 64 + %f] : memref<1x1x1x192xi32>
          %s2 = arith.addi %r, %b : i32
          %n = arith.trunci %s2 : i32 to i8
          affine.store %n, %output[0, %p floordiv 56, %p mod 56, %o * 64 + %f] : memref<1x56x56x192xi8>
        }
      }
    }
    return
  }

  func.func @tvmgen_default_run_model(%input: memref<1x224x224x3xi8>, %output: memref<1x28x28x256xi8>) {
    %c0 = arith.constant 0 : index
    %sid_32 = memref.alloc() : memref<301056xi8> loc("sid_32")
    %sid_20 = memref.alloc() : memref<150528xi8> loc("sid_20")
    %sid_6 = memref.alloc() : memref<401408xi8> loc("sid_6")
    %sid_9 = memref.alloc() : memref<301056xi8> loc("sid_9")
    %sid_7 = memref.alloc() : memref<401408xi8> loc("sid_7")
    %sid_8 = memref.alloc() : memref<802816xi8> loc("sid_8")
    %sid_2 = memref.alloc() : memref<50176xi8> loc("sid_2")
    %sid_3 = memref.alloc() : memref<301056xi8> loc("sid_3")
    %sid_19 = memref.alloc() : memref<100352xi8> loc("sid_19")
    %sid_4 = memref.alloc() : memref<150528xi8> loc("sid_4")
    %sid_5 = memref.alloc() : memref<602112xi8> loc("sid_5")
    %sid_25 = memref.alloc() : memref<25088xi8> loc("sid_25")
    %sid_26 = memref.alloc() : memref<25088xi8> loc("sid_26")
    %sid_31 = memref.alloc() : memref<25088xi8> loc("sid_31")
    %p0 = memref.get_global @p0 : memref<i16>
    %p1 = memref.get_global @p1 : memref<7x7x3x64xi16>
    %p2 = memref.get_global @p2 : memref<1x1x1x64xi32>
    %p3 = memref.get_global @p3 : memref<1x1x64x64xi16>
    %p4 = memref.get_global @p4 : memref<1x1x1x64xi32>
    %p5 = memref.get_global @p5 : memref<3x3x64x192xi16>
    %p6 = memref.get_global @p6 : memref<1x1x1x192xi32>
    %p7 = memref.get_global @p7 : memref<1x1x192x64xi16>
    %p8 = memref.get_global @p8 : memref<1x1x1x64xi32>
    %p9 = memref.get_global @p9 : memref<1x1x192x96xi16>
    %p10 = memref.get_global @p10 : memref<1x1x1x96xi32>
    %p11 = memref.get_global @p11 : memref<3x3x96x128xi16>
    %p12 = memref.get_global @p12 : memref<1x1x1x128xi32>
    %p13 = memref.get_global @p13 : memref<1x1x192x16xi16>
    %p14 = memref.get_global @p14 : memref<1x1x1x16xi32>
    %p15 = memref.get_global @p15 : memref<3x3x16x32xi16>
    %p16 = memref.get_global @p16 : memref<1x1x1x32xi32>
    %p17 = memref.get_global @p17 : memref<1x1x192x32xi16>
    %p18 = memref.get_global @p18 : memref<1x1x1x32xi32>
    %sid_32_v = memref.view %sid_32[%c0][] : memref<301056xi8> to memref<1x28x28x192xi16>
    %sid_20_v = memref.view %sid_20[%c0][] : memref<150528xi8> to memref<1x28x28x96xi16>
    %sid_6_v = memref.view %sid_6[%c0][] : memref<401408xi8> to memref<1x56x56x64xi16>
    %sid_9_v = memref.view %sid_9[%c0][] : memref<301056xi8> to memref<1x224x224x3xi16>
    %sid_7_v = memref.view %sid_7[%c0][] : memref<401408xi8> to memref<1x56x56x64xi16>
    %sid_8_v = memref.view %sid_8[%c0][] : memref<802816xi8> to memref<1x112x112x64xi8>
    %sid_2_v = memref.view %sid_2[%c0][] : memref<50176xi8> to memref<1x28x28x64xi8>
    %sid_3_v = memref.view %sid_3[%c0][] : memref<301056xi8> to memref<1x28x28x192xi16>
    %sid_19_v = memref.view %sid_19[%c0][] : memref<100352xi8> to memref<1x28x28x128xi8>
    %sid_4_v = memref.view %sid_4[%c0][] : memref<150528xi8> to memref<1x28x28x192xi8>
    %sid_5_v = memref.view %sid_5[%c0][] : memref<602112xi8> to memref<1x56x56x192xi8>
    %sid_25_v = memref.view %sid_25[%c0][] : memref<25088xi8> to memref<1x28x28x32xi8>
    %sid_26_v = memref.view %sid_26[%c0][] : memref<25088xi8> to memref<1x28x28x16xi16>
    %sid_31_v = memref.view %sid_31[%c0][] : memref<25088xi8> to memref<1x28x28x32xi8>
    func.call @tvmgen_default_fused_cast_subtract(%input, %p0, %sid_9_v) : (memref<1x224x224x3xi8>, memref<i16>, memref<1x224x224x3xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast(%sid_9_v, %p1, %p2, %sid_8_v) : (memref<1x224x224x3xi16>, memref<7x7x3x64xi16>, memref<1x1x1x64xi32>, memref<1x112x112x64xi8>) -> ()
    func.call @tvmgen_default_fused_nn_max_pool2d_cast(%sid_8_v, %sid_7_v) : (memref<1x112x112x64xi8>, memref<1x56x56x64xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast(%sid_7_v, %p3, %p4, %sid_6_v) : (memref<1x56x56x64xi16>, memref<1x1x64x64xi16>, memref<1x1x1x64xi32>, memref<1x56x56x64xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_1(%sid_6_v, %p5, %p6, %sid_5_v) : (memref<1x56x56x64xi16>, memref<3x3x64x192xi16>, memref<1x1x1x192xi32>, memref<1x56x56x192xi8>) -> ()
    func.call @tvmgen_default_fused_nn_max_pool2d(%sid_5_v, %sid_4_v) : (memref<1x56x56x192xi8>, memref<1x28x28x192xi8>) -> ()
    func.call @tvmgen_default_fused_cast(%sid_4_v, %sid_3_v) : (memref<1x28x28x192xi8>, memref<1x28x28x192xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_2(%sid_3_v, %p7, %p8, %sid_2_v) : (memref<1x28x28x192xi16>, memref<1x1x192x64xi16>, memref<1x1x1x64xi32>, memref<1x28x28x64xi8>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_1(%sid_3_v, %p9, %p10, %sid_20_v) : (memref<1x28x28x192xi16>, memref<1x1x192x96xi16>, memref<1x1x1x96xi32>, memref<1x28x28x96xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320_(%sid_20_v, %p11, %p12, %sid_19_v) : (memref<1x28x28x96xi16>, memref<3x3x96x128xi16>, memref<1x1x1x128xi32>, memref<1x28x28x128xi8>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_2(%sid_3_v, %p13, %p14, %sid_26_v) : (memref<1x28x28x192xi16>, memref<1x1x192x16xi16>, memref<1x1x1x16xi32>, memref<1x28x28x16xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320__1(%sid_26_v, %p15, %p16, %sid_25_v) : (memref<1x28x28x16xi16>, memref<3x3x16x32xi16>, memref<1x1x1x32xi32>, memref<1x28x28x32xi8>) -> ()
    func.call @tvmgen_default_fused_nn_max_pool2d_cast_1(%sid_4_v, %sid_32_v) : (memref<1x28x28x192xi8>, memref<1x28x28x192xi16>) -> ()
    func.call @tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_fixed_point_multiply_cli_4464294615199028320__2(%sid_32_v, %p17, %p18, %sid_31_v) : (memref<1x28x28x192xi16>, memref<1x1x192x32xi16>, memref<1x1x1x32xi32>, memref<1x28x28x32xi8>) -> ()
    func.call @tvmgen_default_fused_concatenate(%sid_2_v, %sid_19_v, %sid_25_v, %sid_31_v, %output) : (memref<1x28x28x64xi8>, memref<1x28x28x128xi8>, memref<1x28x28x32xi8>, memref<1x28x28x32xi8>, memref<1x28x28x256xi8>) -> ()
    return
  }
}

// Sizes: seed 002's test_inception_structure.
// CHECK-LABEL: entries: @tvmgen_default_run_model
// CHECK-NEXT: buffer sid_32: size 301056,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer sid_20: size 150528,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer sid_6: size 401408,
// CHECK-NEXT:   conflicts: Conv2dOutput, PaddedInput, PaddedInput_8{{$}}
// CHECK-NEXT: buffer sid_9: size 301056,
// CHECK-NEXT:   conflicts: PaddedInput_7{{$}}
// CHECK-NEXT: buffer sid_7: size 401408,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer sid_8: size 802816,
// CHECK-NEXT:   conflicts: Conv2dOutput_7, PaddedInput_7, tensor_2{{$}}
// CHECK-NEXT: buffer sid_2: size 50176,
// CHECK-NEXT:   conflicts: Conv2dOutput_1, Conv2dOutput_2, Conv2dOutput_3, Conv2dOutput_4, Conv2dOutput_5, Conv2dOutput_6, PaddedInput_1, PaddedInput_2, PaddedInput_3, PaddedInput_4, PaddedInput_5, PaddedInput_6, sid_19, sid_20, sid_25, sid_26, sid_3, sid_31, sid_32, sid_4, tensor_3{{$}}
// CHECK-NEXT: buffer sid_3: size 301056,
// CHECK-NEXT:   conflicts: Conv2dOutput_1, Conv2dOutput_2, Conv2dOutput_6, PaddedInput_1, PaddedInput_2, PaddedInput_4, PaddedInput_6, sid_19, sid_2, sid_20, sid_4{{$}}
// CHECK-NEXT: buffer sid_19: size 100352,
// CHECK-NEXT:   conflicts: Conv2dOutput_3, Conv2dOutput_4, Conv2dOutput_5, Conv2dOutput_6, PaddedInput_3, PaddedInput_4, PaddedInput_5, PaddedInput_6, sid_2, sid_25, sid_26, sid_3, sid_31, sid_32, sid_4, tensor_3{{$}}
// CHECK-NEXT: buffer sid_4: size 150528,
// CHECK-NEXT:   conflicts: Conv2dOutput_1, Conv2dOutput_2, Conv2dOutput_4, Conv2dOutput_5, Conv2dOutput_6, PaddedInput_1, PaddedInput_2, PaddedInput_4, PaddedInput_5, PaddedInput_6, sid_19, sid_2, sid_20, sid_25, sid_26, sid_3, sid_5, tensor_3{{$}}
// CHECK-NEXT: buffer sid_5: size 602112,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer sid_25: size 25088,
// CHECK-NEXT:   conflicts: Conv2dOutput_3, Conv2dOutput_5, PaddedInput_3, PaddedInput_5, sid_19, sid_2, sid_31, sid_32, sid_4, tensor_3{{$}}
// CHECK-NEXT: buffer sid_26: size 25088,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer sid_31: size 25088,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_7: size 314646,
// CHECK-NEXT:   conflicts: Conv2dOutput_7, sid_8, sid_9{{$}}
// CHECK-NEXT: buffer Conv2dOutput_7: size 256,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer tensor_2: size 200704,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput: size 401408,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput: size 256,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_8: size 430592,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_8: size 256,
// CHECK-NEXT:   conflicts: PaddedInput_8, sid_5{{$}}
// CHECK-NEXT: buffer PaddedInput_2: size 301056,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_2: size 256,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_1: size 301056,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_1: size 4,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_6: size 172800,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_6: size 256,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_4: size 301056,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_4: size 4,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer PaddedInput_5: size 28800,
// CHECK-NEXT:   conflicts: Conv2dOutput_5, sid_19, sid_2, sid_25, sid_26, sid_4{{$}}
// CHECK-NEXT: buffer Conv2dOutput_5: size 4,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer tensor_3: size 150528,
// CHECK-NEXT:   conflicts: sid_19, sid_2, sid_25, sid_32, sid_4{{$}}
// CHECK-NEXT: buffer PaddedInput_3: size 301056,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: buffer Conv2dOutput_3: size 4,
// CHECK-NEXT:   conflicts: {{.*}}
// CHECK-NEXT: memory pressure: 1117718
