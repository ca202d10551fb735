// RUN: memplan-opt %s --split-input-file --memplan-import-memref -verify-diagnostics | FileCheck %s
// RUN: memplan-opt %s --split-input-file --memplan-import-memref --memplan-plan -verify-diagnostics | FileCheck %s --check-prefix=PLAN

// `memplan.pool` and `memplan.offset` on a memref.alloc make its memplan.alloc
// pinned there; --memplan-plan keeps the pin and places %b around it: %b
// (32 bytes, live with %dma) does not fit in the 16 bytes below the pin, so
// it goes at 32.

memplan.pool @sram

// CHECK-LABEL: func.func @pinned
// PLAN-LABEL: func.func @pinned
func.func @pinned() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  // CHECK: memplan.alloc pool @sram offset 16 : memref<16xi8>
  // PLAN: memplan.alloc pool @sram offset 16 : memref<16xi8>
  %dma = memref.alloc() {memplan.pool = @sram, memplan.offset = 16 : i64} : memref<16xi8>
  // CHECK: memplan.alloc : memref<32xi8>
  // PLAN: memplan.alloc pool @sram offset 32 : memref<32xi8>
  %b = memref.alloc() : memref<32xi8>
  memref.store %v, %dma[%c0] : memref<16xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %dma[%c0] : memref<16xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  memref.dealloc %dma : memref<16xi8>
  memref.dealloc %b : memref<32xi8>
  return
}

// -----

// A pin in a symbol that is not a pool.

func.func @nowhere() {
  // expected-error @below {{is pinned in @sram, which is not a memplan.pool of the module}}
  %a = memref.alloc() {memplan.pool = @sram, memplan.offset = 0 : i64} : memref<16xi8>
  return
}

// -----

// A pin off the pool's alignment.

memplan.pool @sram alignment 16

func.func @misaligned() {
  // expected-error @below {{offset 8 is not a multiple of the alignment 16 of pool @sram}}
  %a = memref.alloc() {memplan.pool = @sram, memplan.offset = 8 : i64} : memref<16xi8>
  return
}

// -----

// A pin past the pool's capacity.

memplan.pool @sram capacity 64

func.func @past() {
  // expected-error @below {{buffer of 32 bytes at offset 48 exceeds the capacity 64 of pool @sram}}
  %a = memref.alloc() {memplan.pool = @sram, memplan.offset = 48 : i64} : memref<32xi8>
  return
}

// -----

// The two attributes go together.

memplan.pool @sram

func.func @half() {
  // expected-error @below {{attributes 'memplan.pool' and 'memplan.offset' go together}}
  %a = memref.alloc() {memplan.pool = @sram} : memref<16xi8>
  return
}
