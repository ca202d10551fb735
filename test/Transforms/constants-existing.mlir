// RUN: memplan-opt %s -split-input-file --memplan-plan-constants | FileCheck %s
// RUN: memplan-opt %s -split-input-file --memplan-plan-constants=pool=rom | FileCheck %s

// An existing pool takes the constants: the module's pool marked
// `constants` (first RUN), or the one the option names (second RUN). Its
// declaration order and alignment (16 by default) stay; the constants start
// at multiples of 16:
//   @a 4 x i32 = 16 bytes -> [0, 16);  @b 3 x i8 = 3 bytes -> [16, 19).
// Size 19, lower bound 16 + 3 = 19.

// CHECK-LABEL: module
// CHECK-NEXT: memplan.pool @rom access read_only constants size 19 lower_bound 19{{$}}
// CHECK-NEXT: memplan.pool @ram{{$}}
// CHECK: @a : memref<4xi32> = dense<[1, 2, 3, 4]> {memplan.offset = 0 : i64, memplan.pool = @rom}
// CHECK: @b : memref<3xi8> = dense<9> {memplan.offset = 16 : i64, memplan.pool = @rom}
memplan.pool @rom access read_only constants
memplan.pool @ram
memref.global "private" constant @a : memref<4xi32> = dense<[1, 2, 3, 4]>
memref.global "private" constant @b : memref<3xi8> = dense<9>

func.func @main() -> (i32, i8) {
  %c0 = arith.constant 0 : index
  %a = memref.get_global @a : memref<4xi32>
  %b = memref.get_global @b : memref<3xi8>
  %x = memref.load %a[%c0] : memref<4xi32>
  %y = memref.load %b[%c0] : memref<3xi8>
  return %x, %y : i32, i8
}

// -----

// Per-target access: the NPU and the host may both read @rom, so the NPU's
// function may read a constant from it. @w: 2 x f32 = 8 bytes -> [0, 8).

// CHECK-LABEL: module
// CHECK-NEXT: memplan.pool @rom targets {host = read_only, npu = read_only} constants size 8 lower_bound 8{{$}}
// CHECK: @w : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]> {memplan.offset = 0 : i64, memplan.pool = @rom}
memplan.pool @rom targets {npu = read_only, host = read_only} constants
memref.global "private" constant @w : memref<2xf32> = dense<[1.0, 2.0]>

func.func private @npu_kernel() -> f32 attributes {memplan.target = "npu"} {
  %c0 = arith.constant 0 : index
  %w = memref.get_global @w : memref<2xf32>
  %x = memref.load %w[%c0] : memref<2xf32>
  return %x : f32
}

func.func @main() -> f32 {
  %x = func.call @npu_kernel() : () -> f32
  return %x : f32
}
