// RUN: memplan-opt %s --memplan-declare-pools --memplan-io-to-workspace --memplan-import-memref --memplan-plan=algorithm=greedy-by-size | FileCheck %s --check-prefix=PLAN
// RUN: memplan-opt %s --memplan-pipeline="workspace-io=true algorithm=greedy-by-size c-header=%t.h" | FileCheck %s --check-prefix=LOWERED
// RUN: FileCheck %s --check-prefix=HEADER < %t.h
// RUN: memplan-opt %s --memplan-pipeline="workspace-io=true algorithm=greedy-by-size pool-storage=argument" | FileCheck %s --check-prefix=ARGUMENT

// The entry's input (64 bytes), its output (32) and a temporary (16) are
// all live at once: the input from the start until its read, the output
// from its write until the end, the temporary in between (see
// io-liveness.mlir). greedy-by-size stacks them, largest first, in the
// default pool (alignment 16): input [0, 64), output [64, 96), tmp
// [96, 112); the pool takes 112 bytes.

// --memplan-plan records where the inputs and outputs went.
// PLAN-LABEL: func.func @model()
// PLAN-SAME: memplan.workspace_io = [{index = 0 : i64, kind = "input", offset = 0 : i64, pool = @workspace, size = 64 : i64}, {index = 0 : i64, kind = "output", offset = 64 : i64, pool = @workspace, size = 32 : i64}]
// PLAN: memplan.alloc pool @workspace offset 0 {memplan.input = 0 : i64} : memref<16xf32>
// PLAN: memplan.alloc pool @workspace offset 64 {memplan.output = 0 : i64} : memref<8xf32>
// PLAN: memplan.alloc pool @workspace offset 96 : memref<4xf32>

// Lowered with a global pool: the entry takes no argument; the pool is
// public, so that the application reaches the input and output in place.
// The function keeps memplan.workspace_io, which says where they are.
// LOWERED: memref.global @workspace : memref<112xi8> = uninitialized {alignment = 16 : i64}
// LOWERED-LABEL: func.func @model()
// LOWERED-SAME: memplan.workspace_io
// LOWERED-NOT: memplan.alloc
// LOWERED-NOT: memplan.view

// The C header gives the offsets.
// HEADER:      #define MEMPLAN_POOL_WORKSPACE_SIZE 112ULL
// HEADER:      #define MEMPLAN_MODEL_INPUT_0_POOL workspace
// HEADER-NEXT: #define MEMPLAN_MODEL_INPUT_0_OFFSET 0ULL
// HEADER-NEXT: #define MEMPLAN_MODEL_INPUT_0_SIZE 64ULL
// HEADER-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_POOL workspace
// HEADER-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_OFFSET 64ULL
// HEADER-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_SIZE 32ULL

// With the pools as arguments, the entry takes the pool only.
// ARGUMENT-NOT: memref.global
// ARGUMENT: func.func @model(%{{.*}}: memref<112xi8> {memplan.pool = "workspace"})

func.func @model(%in: memref<16xf32>, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 1.0 : f32
  memref.store %v, %out[%c0] : memref<8xf32>
  %tmp = memref.alloc() : memref<4xf32>
  memref.store %v, %tmp[%c0] : memref<4xf32>
  %t = memref.load %tmp[%c0] : memref<4xf32>
  %x = memref.load %in[%c0] : memref<16xf32>
  %y = arith.addf %x, %t : f32
  return
}
