// RUN: memplan-translate --memplan-to-c-header --pool-storage=argument %s | FileCheck %s
// RUN: memplan-translate --memplan-to-c-header %s | FileCheck %s --check-prefix=GLOBAL

// Inputs and outputs of an entry function that live in a pool (issue 9: the
// entry function lost those arguments, and memplan.workspace_io records where
// they are). The header gives per input and output its pool (the member of
// the workspace-pools struct), byte offset and size: inputs first, then
// outputs, each by index, whatever the order of the attribute.

// CHECK:      struct memplan_model_workspace_pools {
// CHECK-NEXT:   uint8_t *sram;
// CHECK-NEXT:   uint8_t *dram;
// CHECK-NEXT: };
// CHECK-EMPTY:
// CHECK-NEXT: /* Inputs and outputs of @model in the pools: the pool (its member in
// CHECK-NEXT:    the workspace-pools struct), the byte offset in it and the size. */
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_0_POOL sram
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_0_OFFSET 0ULL
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_0_SIZE 64ULL
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_1_POOL dram
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_1_OFFSET 4096ULL
// CHECK-NEXT: #define MEMPLAN_MODEL_INPUT_1_SIZE 4ULL
// CHECK-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_POOL sram
// CHECK-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_OFFSET 64ULL
// CHECK-NEXT: #define MEMPLAN_MODEL_OUTPUT_0_SIZE 64ULL
// CHECK-EMPTY:
// CHECK-NEXT: /* @other takes no pool. */
// CHECK-EMPTY:
// CHECK-NEXT: #endif /* MEMPLAN_PLAN_H */

// With global pools there is no struct, but the offsets are still given.
// GLOBAL-NOT:  struct
// GLOBAL:      #define MEMPLAN_POOL_DRAM_ALIGNMENT 16ULL
// GLOBAL-EMPTY:
// GLOBAL-NEXT: /* Inputs and outputs of @model in the pools: the pool (its member in
// GLOBAL-NEXT:    the workspace-pools struct), the byte offset in it and the size. */
// GLOBAL-NEXT: #define MEMPLAN_MODEL_INPUT_0_POOL sram
// GLOBAL:      #define MEMPLAN_MODEL_OUTPUT_0_SIZE 64ULL
// GLOBAL-EMPTY:
// GLOBAL-NEXT: #endif /* MEMPLAN_PLAN_H */

memplan.pool @sram capacity 256 size 128 lower_bound 128
memplan.pool @dram size 8192 lower_bound 4100

func.func @model() attributes {
    memplan.entry,
    memplan.workspace_io = [
      {kind = "output", index = 0 : i64, pool = @sram, offset = 64 : i64, size = 64 : i64},
      {kind = "input", index = 1 : i64, pool = @dram, offset = 4096 : i64, size = 4 : i64},
      {kind = "input", index = 0 : i64, pool = @sram, offset = 0 : i64, size = 64 : i64}]} {
  %in0 = memplan.view @sram[0] : memref<16xf32>
  %in1 = memplan.view @dram[4096] : memref<1xf32>
  %out = memplan.view @sram[64] : memref<16xf32>
  %tmp = memplan.view @dram[0] : memref<1024xf32>
  return
}

func.func @other() attributes {memplan.entry} {
  return
}
