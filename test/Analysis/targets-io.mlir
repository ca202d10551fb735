// RUN: memplan-opt %s --memplan-io-to-workspace --memplan-import-memref --memplan-test-print-liveness -o /dev/null | FileCheck %s

// The entry function's inputs and outputs in the workspace are also touched
// by the application, on the entry function's target: it writes the inputs
// before the call and reads the outputs after it. So @model (on "host")
// counts as writing its input and reading its output.
//   npu_sram: npu rw, host ro;  npu_only: npu rw;  dram: everyone rw.
// model_input0: the application (host) writes it, @npu_kernel (npu) reads
//   it -> npu_sram: the host may not write -> no; npu_only: the host cannot
//   reach it -> no; dram -> yes. (Without the application's write, all
//   three pools would do.)
// model_output0: @npu_kernel writes it, the application (host) reads it
//   -> npu_sram -> yes; npu_only -> no; dram -> yes.

// CHECK: buffer model_input0: size 16, alignment 1, pools [dram],
// CHECK: buffer model_output0: size 16, alignment 1, pools [npu_sram, dram],

memplan.pool @npu_sram targets {npu = read_write, host = read_only}
memplan.pool @npu_only targets {npu = read_write}
memplan.pool @dram

func.func private @npu_kernel(%in: memref<4xf32>, %out: memref<4xf32>)
    attributes {memplan.target = "npu"} {
  memref.copy %in, %out : memref<4xf32> to memref<4xf32>
  return
}

func.func @model(%in: memref<4xf32>, %out: memref<4xf32>) {
  func.call @npu_kernel(%in, %out) : (memref<4xf32>, memref<4xf32>) -> ()
  return
}
