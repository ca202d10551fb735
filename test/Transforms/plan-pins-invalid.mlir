// RUN: memplan-opt %s --memplan-plan --split-input-file -verify-diagnostics

// Two pins that overlap in address while both are alive (pools are 16-byte
// aligned by default): the error is at the first, with a note at the other.

memplan.pool @sram

func.func @overlap() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  // expected-error @below {{pinned buffers 'overlap_alloc0' [0, 32) and 'overlap_alloc1' [16, 48) overlap in pool 'sram' while both are alive}}
  %a = memplan.alloc pool @sram offset 0 : memref<32xi8>
  // expected-note @below {{the other pinned buffer}}
  %b = memplan.alloc pool @sram offset 16 : memref<32xi8>
  memref.store %v, %a[%c0] : memref<32xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %a[%c0] : memref<32xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  return
}

// -----

// The same addresses are fine for buffers that are never live together.

memplan.pool @sram

func.func @apart() {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  %a = memplan.alloc pool @sram offset 0 : memref<32xi8>
  memref.store %v, %a[%c0] : memref<32xi8>
  %x = memref.load %a[%c0] : memref<32xi8>
  %b = memplan.alloc pool @sram offset 16 : memref<32xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  return
}

// -----

// A pin in a pool the buffer may not use: the NPU, which @kernel runs on and
// which writes the buffer, has no access to @tcm.

memplan.pool @tcm targets {host = read_write}
memplan.pool @dram

func.func @kernel() attributes {memplan.target = "npu"} {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  // expected-error @below {{pinned buffer 'kernel_alloc0': pool 'tcm' is not one of the buffer's pools}}
  %a = memplan.alloc pool @tcm offset 0 : memref<16xi8>
  memref.store %v, %a[%c0] : memref<16xi8>
  return
}
