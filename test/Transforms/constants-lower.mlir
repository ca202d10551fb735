// RUN: memplan-opt %s -split-input-file --memplan-plan-constants="pool=flash::4" --memplan-plan --memplan-rewrite --memplan-lower | FileCheck %s
// RUN: memplan-opt %s -split-input-file --memplan-plan-constants="pool=flash::4" --memplan-plan --memplan-rewrite --memplan-lower=pool-storage=argument | FileCheck %s

// --memplan-lower turns the constant pool into one constant global with the
// packed bytes, and each read of a placed constant into a view of it. The
// pool stays a global with pool-storage=argument too (second RUN): its
// bytes are part of the program, the application does not pass them.
//
// Layout (pool alignment 4):
//   @h 3 x i16 [1, -2, 258]  -> [0, 6)    bytes 01 00 | FE FF | 02 01
//   @f 1 x f32 -2.5          -> [8, 12)   0xC0200000: 00 00 20 C0
//   @b 2 x i1 [true, false]  -> [12, 14)  one byte each: 01 00
//   @s 2 x i32 splat -1      -> [16, 24)  FF x 8
// Little-endian (the default data layout); gaps are zero. As signed i8:
//   1 0 -2 -1 2 1 0 0 | 0 0 32 -64 | 1 0 0 0 | -1 -1 -1 -1 -1 -1 -1 -1

// CHECK-LABEL: module
// CHECK-NOT: memplan.
// CHECK: memref.global "private" constant @flash : memref<24xi8> = dense<[1, 0, -2, -1, 2, 1, 0, 0, 0, 0, 32, -64, 1, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, -1]> {alignment = 4 : i64}
// CHECK-NOT: @h
// CHECK-NOT: @s :
// CHECK-LABEL: func.func @main
// CHECK: %[[P0:.*]] = memref.get_global @flash : memref<24xi8>
// CHECK: %[[O0:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[P0]][%[[O0]]][] : memref<24xi8> to memref<3xi16>
// CHECK: %[[P1:.*]] = memref.get_global @flash : memref<24xi8>
// CHECK: %[[O1:.*]] = arith.constant 8 : index
// CHECK: memref.view %[[P1]][%[[O1]]][] : memref<24xi8> to memref<1xf32>
// CHECK: %[[O2:.*]] = arith.constant 12 : index
// CHECK: memref.view %{{.*}}[%[[O2]]][] : memref<24xi8> to memref<2xi1>
// CHECK: %[[O3:.*]] = arith.constant 16 : index
// CHECK: memref.view %{{.*}}[%[[O3]]][] : memref<24xi8> to memref<2xi32>
// CHECK-NOT: memref.get_global @{{[hfbs]}}
memref.global "private" constant @h : memref<3xi16> = dense<[1, -2, 258]>
memref.global "private" constant @f : memref<1xf32> = dense<-2.5>
memref.global "private" constant @b : memref<2xi1> = dense<[true, false]>
memref.global "private" constant @s : memref<2xi32> = dense<-1>

func.func @main() -> (i16, f32, i1, i32) {
  %c0 = arith.constant 0 : index
  %h = memref.get_global @h : memref<3xi16>
  %f = memref.get_global @f : memref<1xf32>
  %b = memref.get_global @b : memref<2xi1>
  %s = memref.get_global @s : memref<2xi32>
  %0 = memref.load %h[%c0] : memref<3xi16>
  %1 = memref.load %f[%c0] : memref<1xf32>
  %2 = memref.load %b[%c0] : memref<2xi1>
  %3 = memref.load %s[%c0] : memref<2xi32>
  return %0, %1, %2, %3 : i16, f32, i1, i32
}

// -----

// A big-endian data layout stores each element most significant byte first:
//   @h 2 x i16 [1, 258] -> 00 01 | 01 02;  @w 1 x i32 0x01020304 -> 01 02 03 04
// @w starts at 4.

// CHECK-LABEL: module
// CHECK: memref.global "private" constant @flash : memref<8xi8> = dense<[0, 1, 1, 2, 1, 2, 3, 4]> {alignment = 4 : i64}
module attributes {dlti.dl_spec = #dlti.dl_spec<"dlti.endianness" = "big">} {
  memref.global "private" constant @h : memref<2xi16> = dense<[1, 258]>
  memref.global "private" constant @w : memref<1xi32> = dense<16909060>

  func.func @main() -> (i16, i32) {
    %c0 = arith.constant 0 : index
    %h = memref.get_global @h : memref<2xi16>
    %w = memref.get_global @w : memref<1xi32>
    %0 = memref.load %h[%c0] : memref<2xi16>
    %1 = memref.load %w[%c0] : memref<1xi32>
    return %0, %1 : i16, i32
  }
}

// -----

// A zero-sized constant takes no byte; a pool with nothing but it is a
// zero-sized constant global.
// CHECK-LABEL: module
// CHECK: memref.global "private" constant @flash : memref<0xi8> = dense<> {alignment = 4 : i64}
// CHECK: memref.view %{{.*}}[%{{.*}}][] : memref<0xi8> to memref<0x4xf32>
memref.global "private" constant @empty : memref<0x4xf32> = dense<>

func.func @main() -> memref<0x4xf32> {
  %e = memref.get_global @empty : memref<0x4xf32>
  %copy = memref.alloc() : memref<0x4xf32>
  memref.copy %e, %copy : memref<0x4xf32> to memref<0x4xf32>
  return %copy : memref<0x4xf32>
}
