// RUN: memplan-opt %s --memplan-test-print-liveness -o /dev/null | FileCheck %s
// RUN: memplan-opt %s --memplan-export-problem=output=- -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: memplan-opt %s --memplan-plan=algorithm=greedy-by-size | FileCheck %s --check-prefix=PLAN

// Candidate pools by target access (issue 9): a buffer may live in a pool
// only if every function touching it can access the pool as it needs:
// read-write where the function writes it (directly, through a view, or as
// a callee's argument), read-only or read-write where it only reads it.
// Functions run on "host" unless they say `memplan.target`.
//
// Pools, and what each target may do there:
//   npu_sram: npu rw, host nothing
//   shared:   host rw, npu ro
//   dram:     everyone rw (no `targets`)
//   flash:    everyone ro
memplan.pool @npu_sram capacity 4096 targets {npu = read_write}
memplan.pool @shared targets {host = read_write, npu = read_only}
memplan.pool @dram
memplan.pool @flash access read_only

// Runs on the NPU: reads %in (through a subview), writes %out, and uses a
// scratch buffer of its own.
func.func private @npu_conv(%in: memref<64xi8>, %out: memref<64xi8>)
    attributes {memplan.target = "npu"} {
  %c0 = arith.constant 0 : index
  %scratch = memplan.alloc : memref<64xi8> loc("scratch")
  %half = memref.subview %in[0] [32] [1] : memref<64xi8> to memref<32xi8, strided<[1]>>
  %x = memref.load %half[%c0] : memref<32xi8, strided<[1]>>
  memref.store %x, %scratch[%c0] : memref<64xi8>
  %y = memref.load %scratch[%c0] : memref<64xi8>
  memref.store %y, %out[%c0] : memref<64xi8>
  return
}

// An NPU kernel without a body (a driver call): it both reads and writes
// what it is passed, as the NPU.
func.func private @npu_extern(memref<16xi8>) attributes {memplan.target = "npu"}

// Runs on the host: reads %in, writes %out.
func.func private @host_post(%in: memref<64xi8>, %out: memref<64xi8>) {
  memref.copy %in, %out : memref<64xi8> to memref<64xi8>
  return
}

func.func @main(%result: memref<64xi8>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 7 : i8
  // act: the host writes it, the NPU reads it.
  //   npu_sram: host cannot reach it -> no; shared: host rw, npu ro -> yes;
  //   dram -> yes; flash: the host may not write -> no.
  %act = memplan.alloc : memref<64xi8> loc("act")
  memref.store %v, %act[%c0] : memref<64xi8>
  // feat: the NPU writes it, the host reads it.
  //   npu_sram: host nothing -> no; shared: npu only reads -> no;
  //   dram -> yes; flash -> no.
  %feat = memplan.alloc : memref<64xi8> loc("feat")
  func.call @npu_conv(%act, %feat) : (memref<64xi8>, memref<64xi8>) -> ()
  func.call @host_post(%feat, %result) : (memref<64xi8>, memref<64xi8>) -> ()
  // scratch (in @npu_conv): the NPU alone reads and writes it.
  //   npu_sram -> yes; shared: npu ro -> no; dram -> yes; flash -> no.
  // table: only read, by the host: every pool the host reaches.
  //   npu_sram -> no; shared, dram, flash -> yes.
  %table = memplan.alloc : memref<16xi8> loc("table")
  %t = memref.load %table[%c0] : memref<16xi8>
  // listed: its own pools [dram, shared], written by the host: both stay,
  //   in its order.
  %listed = memplan.alloc pools [@dram, @shared] : memref<16xi8> loc("listed")
  memref.store %t, %listed[%c0] : memref<16xi8>
  // unused: touched by no function, so every pool.
  %unused = memplan.alloc : memref<16xi8> loc("unused")
  // kernel_io: the host writes it, the NPU kernel @npu_extern reads and
  //   writes it -> npu_sram: host nothing -> no; shared: npu ro -> no;
  //   dram -> yes; flash -> no.
  %kernel_io = memplan.alloc : memref<16xi8> loc("kernel_io")
  memref.store %t, %kernel_io[%c0] : memref<16xi8>
  func.call @npu_extern(%kernel_io) : (memref<16xi8>) -> ()
  return
}

// CHECK: buffer act: size 64, alignment 1, pools [shared, dram],
// CHECK: buffer feat: size 64, alignment 1, pools [dram],
// CHECK: buffer scratch: size 64, alignment 1, pools [npu_sram, dram],
// CHECK: buffer table: size 16, alignment 1, pools [shared, dram, flash],
// CHECK: buffer listed: size 16, alignment 1, pools [dram, shared],
// CHECK: buffer unused: size 16, alignment 1, pools [npu_sram, shared, dram, flash],
// CHECK: buffer kernel_io: size 16, alignment 1, pools [dram],

// The exported problem carries the candidates; a buffer that may use every
// pool lists none (the format's default: every pool, in order).
// JSON-LABEL: "buffers": [
// JSON-NEXT: {"name":"act","size":64,"pools":["shared","dram"],
// JSON-NEXT: {"name":"feat","size":64,"pools":["dram"],
// JSON-NEXT: {"name":"scratch","size":64,"pools":["npu_sram","dram"],
// JSON-NEXT: {"name":"table","size":16,"pools":["shared","dram","flash"],
// JSON-NEXT: {"name":"listed","size":16,"pools":["dram","shared"],
// JSON-NEXT: {"name":"unused","size":16},
// JSON-NEXT: {"name":"kernel_io","size":16,"pools":["dram"],

// The plan keeps to the candidates. No two buffers are live at once (no
// conflicts above), so greedy-by-size puts each at offset 0 of its first
// candidate pool.
// PLAN-LABEL: func.func private @npu_conv
// PLAN: memplan.alloc pool @npu_sram offset 0 : memref<64xi8>
// PLAN-LABEL: func.func @main
// PLAN: memplan.alloc pool @shared offset 0 : memref<64xi8>
// PLAN: memplan.alloc pool @dram offset 0 : memref<64xi8>
// PLAN: memplan.alloc pool @shared offset 0 : memref<16xi8>
// PLAN: memplan.alloc pools [@dram, @shared] pool @dram offset 0 : memref<16xi8>
// PLAN: memplan.alloc pool @npu_sram offset 0 : memref<16xi8>
// PLAN: memplan.alloc pool @dram offset 0 : memref<16xi8>
