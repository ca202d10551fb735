// RUN: memplan-opt %s -split-input-file -verify-diagnostics
// Byte sizes follow the data layout: the element's size rounded up to its
// ABI alignment, times the number of elements.

// index is 64 bits by default, so 3 x 8 = 24 bytes; 24 > 16.
memplan.pool @p capacity 16
func.func @f() {
  // expected-error @+1 {{buffer of 24 bytes at offset 0 exceeds the capacity 16 of pool @p}}
  %0 = memplan.alloc pool @p offset 0 : memref<3xindex>
  return
}

// -----

// i1 occupies one byte per element: 17 bytes > 16.
memplan.pool @p capacity 16
func.func @f() {
  // expected-error @+1 {{buffer of 17 bytes at offset 0 exceeds the capacity 16 of pool @p}}
  %0 = memplan.alloc pool @p offset 0 : memref<17xi1>
  return
}

// -----

// A module data layout with 32-bit index: 5 x 4 = 20 bytes > 16.
module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i64>} {
  memplan.pool @p capacity 16
  func.func @f() {
    // expected-error @+1 {{buffer of 20 bytes at offset 0 exceeds the capacity 16 of pool @p}}
    %0 = memplan.alloc pool @p offset 0 : memref<5xindex>
    return
  }
}

// -----

// Exactly at capacity is fine: 4 x 4 = 16 bytes.
memplan.pool @p capacity 16
func.func @f() {
  %0 = memplan.alloc pool @p offset 0 : memref<4xf32>
  %1 = memplan.alloc pool @p offset 0 : memref<2x2xi32>
  %2 = memplan.alloc pool @p offset 16 : memref<0xf32>
  return
}
