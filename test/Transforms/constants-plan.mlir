// RUN: memplan-opt %s -verify-diagnostics --memplan-plan-constants="pool=flash:1024:8" | FileCheck %s

// --memplan-plan-constants packs the constants that the planned functions
// read into one read-only pool, in module order, one after another. Each
// starts at a multiple of the larger of the pool's alignment (8 here) and
// its own (`alignment`, at least the element's ABI alignment):
//   @bytes      3 x i8  =  3 bytes, align 8  -> [0, 3)
//   @halves     2 x i16 =  4 bytes, align 8  -> [8, 12)
//   @wide       1 x f64 =  8 bytes, align 8  -> [16, 24)
//   @big_align  4 x f32 = 16 bytes, align 64 -> [64, 80)
//   @indices    2 x index = 16 bytes (index is 64-bit), align 8 -> [80, 96)
//   @in_callee  5 x i8  =  5 bytes, align 8  -> [96, 101)
// The pool's size is the end of the last one, 101; its lower bound is the
// sum of the sizes, 3 + 4 + 8 + 16 + 16 + 5 = 52.
// The pool did not exist, so the pass declares it, read-only.

// CHECK-LABEL: module
// CHECK-NEXT: memplan.pool @workspace{{$}}
// CHECK-NEXT: memplan.pool @flash capacity 1024 alignment 8 access read_only constants size 101 lower_bound 52{{$}}
memplan.pool @workspace

// CHECK: @bytes : memref<3xi8> = dense<[1, 2, 3]> {memplan.offset = 0 : i64, memplan.pool = @flash}
memref.global "private" constant @bytes : memref<3xi8> = dense<[1, 2, 3]>
// CHECK: @halves : memref<2xi16> = dense<[1, 2]> {memplan.offset = 8 : i64, memplan.pool = @flash}
memref.global "private" constant @halves : memref<2xi16> = dense<[1, 2]>
// CHECK: @wide : memref<1xf64> = dense<1.000000e+00> {memplan.offset = 16 : i64, memplan.pool = @flash}
memref.global "private" constant @wide : memref<1xf64> = dense<1.0>
// CHECK: @big_align : memref<4xf32> = dense<5.000000e-01> {alignment = 64 : i64, memplan.offset = 64 : i64, memplan.pool = @flash}
memref.global "private" constant @big_align : memref<4xf32> = dense<0.5> {alignment = 64 : i64}
// CHECK: @indices : memref<2xindex> = dense<[1, 2]> {memplan.offset = 80 : i64, memplan.pool = @flash}
memref.global "private" constant @indices : memref<2xindex> = dense<[1, 2]>
// Not read by any function: left alone.
// CHECK: @unused : memref<4xi8> = dense<0>{{$}}
memref.global "private" constant @unused : memref<4xi8> = dense<0>
// Read only by a function no entry reaches: left alone.
// CHECK: @dead : memref<4xi8> = dense<0>{{$}}
memref.global "private" constant @dead : memref<4xi8> = dense<0>
// Not constant: workspace data, left alone.
// CHECK: @mutable : memref<2xi8> = dense<0>{{$}}
memref.global "private" @mutable : memref<2xi8> = dense<0>
// Public: other modules may use it by name, so it stays a global.
// CHECK: @exported : memref<2xi8> = dense<0>{{$}}
// expected-remark @+1 {{constant not placed in pool @flash: it is not private, so code outside the module may use it by name}}
memref.global constant @exported : memref<2xi8> = dense<0>
// Read by the callee of the entry function.
// CHECK: @in_callee : memref<5xi8> = dense<7> {memplan.offset = 96 : i64, memplan.pool = @flash}
memref.global "private" constant @in_callee : memref<5xi8> = dense<7>

func.func private @helper() -> i8 {
  %c0 = arith.constant 0 : index
  %g = memref.get_global @in_callee : memref<5xi8>
  %x = memref.load %g[%c0] : memref<5xi8>
  return %x : i8
}

func.func private @never_called() -> i8 {
  %c0 = arith.constant 0 : index
  %g = memref.get_global @dead : memref<4xi8>
  %x = memref.load %g[%c0] : memref<4xi8>
  return %x : i8
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %0 = memref.get_global @bytes : memref<3xi8>
  %1 = memref.get_global @halves : memref<2xi16>
  %2 = memref.get_global @wide : memref<1xf64>
  %3 = memref.get_global @big_align : memref<4xf32>
  %4 = memref.get_global @indices : memref<2xindex>
  %5 = memref.get_global @mutable : memref<2xi8>
  %6 = memref.get_global @exported : memref<2xi8>
  %x = func.call @helper() : () -> i8
  memref.store %x, %5[%c0] : memref<2xi8>
  return
}
