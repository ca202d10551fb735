// RUN: memplan-opt %s -split-input-file -verify-diagnostics --memplan-test-print-liveness -o /dev/null > /dev/null

// The NPU writes the buffer and the host reads it, but the NPU's SRAM is out
// of the host's reach and flash is read-only: no pool is left. The error
// names every function touching the buffer (module order) and every pool.
memplan.pool @npu_sram targets {npu = read_write}
memplan.pool @flash access read_only

func.func private @npu_fill(%out: memref<8xi8>) attributes {memplan.target = "npu"} {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  memref.store %v, %out[%c0] : memref<8xi8>
  return
}

func.func @main() -> i8 {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{buffer 'main_alloc0' has no pool that every function touching it can access as it needs: @npu_fill (target "npu") writes it, @main (target "host") reads it; pools: @npu_sram (npu: read_write), @flash (every target: read_only)}}
  %feat = memplan.alloc : memref<8xi8>
  func.call @npu_fill(%feat) : (memref<8xi8>) -> ()
  %x = memref.load %feat[%c0] : memref<8xi8>
  return %x : i8
}

// -----

// A target that no pool lists reaches only the pools without `targets`;
// its own `pools` narrow the choice to one it cannot write.
memplan.pool @npu_sram targets {npu = read_write}
memplan.pool @dram

func.func @main() attributes {memplan.target = "dsp"} {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1 : i8
  // expected-error @+1 {{buffer 'main_alloc0' has no pool that every function touching it can access as it needs: @main (target "dsp") writes it; pools: @npu_sram (npu: read_write)}}
  %buf = memplan.alloc pools [@npu_sram] : memref<8xi8>
  memref.store %v, %buf[%c0] : memref<8xi8>
  return
}

// -----

// A constant pool holds constants only.
memplan.pool @dram
memplan.pool @weights access read_only constants

func.func @main() {
  // expected-error @+1 {{buffer 'main_alloc0' lists pool @weights, which holds constants: workspace buffers cannot share it}}
  %buf = memplan.alloc pools [@weights] : memref<8xi8>
  return
}

// -----

// The buffers of an entry function's inputs and outputs belong in an entry
// function.
memplan.pool @dram

func.func private @helper() {
  // expected-error @+1 {{'memplan.input' marks an input or output of an entry function, but this buffer is not in an entry function}}
  %in = memplan.alloc {memplan.input = 0 : i64} : memref<8xi8>
  return
}

func.func @main() {
  func.call @helper() : () -> ()
  return
}

// -----

memplan.pool @dram

func.func @main() {
  // expected-note @+1 {{the other one}}
  %a = memplan.alloc {memplan.output = 0 : i64} : memref<8xi8>
  // expected-error @+1 {{entry function has two outputs of index 0}}
  %b = memplan.alloc {memplan.input = 0 : i64, memplan.output = 0 : i64} : memref<8xi8>
  return
}
