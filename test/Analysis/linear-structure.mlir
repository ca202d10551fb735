// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-import-memref \
// RUN:   --memplan-test-print-liveness -o /dev/null | FileCheck %s
//
// TVM's LinearStructure (a MobileNet subgraph), as examples/mobilenet.mlir
// transcribes it. Sizes from seed 002: sid_9 301056, sid_8 802816,
// PaddedInput_7 314646 (229 x 229 x 3 i16), Conv2dOutput_7 256 (64 i32),
// tensor_2 200704 (56 x 56 x 64 i8).
//
// Conflicts, seed 000 (test_linear after the liveness fix):
//   PaddedInput_7: sid_9, sid_8, Conv2dOutput_7
//   tensor_2: sid_8
//   sid_9: PaddedInput_7
//   sid_8: PaddedInput_7, Conv2dOutput_7, tensor_2
//   Conv2dOutput_7: sid_8, PaddedInput_7
// Why: sid_9 is written by cast_subtract and last read by the padding loop of
// the convolution, which also writes PaddedInput_7. The pixel loop of the
// convolution reads PaddedInput_7 and writes sid_8; both are allocated
// outside it, so both live for the whole loop, and Conv2dOutput_7 lives inside
// it. max_pool2d_cast reads sid_8 in its first loop nest, which writes
// tensor_2.
//
// Memory pressure: during the pixel loop sid_8 + PaddedInput_7 +
// Conv2dOutput_7 = 802816 + 314646 + 256 = 1117718 bytes are live. Every other
// moment has less: sid_9 + PaddedInput_7 = 615702 (padding loop),
// sid_8 + tensor_2 = 1003520 (first pooling nest), tensor_2 alone after.

// CHECK-LABEL: entries: @tvmgen_default_run_model
// CHECK-NEXT: buffer sid_9: size 301056, alignment 1, pools [], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT:   conflicts: PaddedInput_7
// CHECK-NEXT: buffer sid_8: size 802816, alignment 1, pools [], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT:   conflicts: Conv2dOutput_7, PaddedInput_7, tensor_2
// CHECK-NEXT: buffer PaddedInput_7: size 314646, alignment 1, pools [], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT:   conflicts: Conv2dOutput_7, sid_8, sid_9
// CHECK-NEXT: buffer Conv2dOutput_7: size 256, alignment 1, pools [], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT:   conflicts: PaddedInput_7, sid_8
// CHECK-NEXT: buffer tensor_2: size 200704, alignment 1, pools [], intervals [{{[0-9]+}}, {{[0-9]+}})
// CHECK-NEXT:   conflicts: sid_8
// CHECK-NEXT: memory pressure: 1117718
