// A host CPU and an NPU sharing memory (issue 9): the NPU reaches its own
// SRAM (read-write; the host may only read it) and the DRAM; the host
// reaches the DRAM and reads the NPU's SRAM. The weights are constants, and
// the model's input and output can live in the workspace. Plan it with:
//   memplan-opt examples/heterogeneous.mlir --memplan-pipeline="constant-pool=flash workspace-io=true report=true c-header=-"
// (see docs/UserGuide.md, "Heterogeneous systems").

module {
  memplan.pool @npu_sram capacity 1024 targets {npu = read_write, host = read_only}
  memplan.pool @dram

  memref.global "private" constant @weights : memref<4x4xi8> = dense<[[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 3, 0], [1, 1, 1, 1]]>
  memref.global "private" constant @bias : memref<4xi32> = dense<[10, 20, 30, 40]>

  // y = weights * x + bias, on the NPU.
  func.func private @npu_dense(%x: memref<4xi8>, %y: memref<4xi32>)
      attributes {memplan.target = "npu"} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %w = memref.get_global @weights : memref<4x4xi8>
    %b = memref.get_global @bias : memref<4xi32>
    scf.for %i = %c0 to %c4 step %c1 {
      %init = memref.load %b[%i] : memref<4xi32>
      %sum = scf.for %k = %c0 to %c4 step %c1 iter_args(%acc = %init) -> i32 {
        %wik = memref.load %w[%i, %k] : memref<4x4xi8>
        %xk = memref.load %x[%k] : memref<4xi8>
        %a = arith.extsi %wik : i8 to i32
        %v = arith.extsi %xk : i8 to i32
        %p = arith.muli %a, %v : i32
        %s = arith.addi %acc, %p : i32
        scf.yield %s : i32
      }
      memref.store %sum, %y[%i] : memref<4xi32>
    }
    return
  }

  // The host scales the input by 2 for the NPU, then adds 1 to its result.
  func.func @model(%input: memref<4xi8>, %output: memref<4xi32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %two = arith.constant 2 : i8
    %one = arith.constant 1 : i32
    %x = memref.alloc() : memref<4xi8> loc("x")
    scf.for %i = %c0 to %c4 step %c1 {
      %v = memref.load %input[%i] : memref<4xi8>
      %d = arith.muli %v, %two : i8
      memref.store %d, %x[%i] : memref<4xi8>
    }
    %y = memref.alloc() : memref<4xi32> loc("y")
    func.call @npu_dense(%x, %y) : (memref<4xi8>, memref<4xi32>) -> ()
    scf.for %i = %c0 to %c4 step %c1 {
      %v = memref.load %y[%i] : memref<4xi32>
      %r = arith.addi %v, %one : i32
      memref.store %r, %output[%i] : memref<4xi32>
    }
    memref.dealloc %y : memref<4xi32>
    memref.dealloc %x : memref<4xi8>
    return
  }
}
