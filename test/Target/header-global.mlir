// RUN: memplan-translate --memplan-to-c-header %s | FileCheck %s
// The same header from the rewritten module (views instead of placed allocs)
// and from the export pass.
// RUN: memplan-translate --memplan-to-c-header %s -o %t.alloc.h
// RUN: memplan-opt %s --memplan-rewrite | memplan-translate --memplan-to-c-header -o %t.view.h
// RUN: diff %t.alloc.h %t.view.h
// RUN: memplan-opt %s --memplan-export-c-header=output=%t.pass.h -o /dev/null
// RUN: diff %t.alloc.h %t.pass.h
// Another prefix renames every macro and the guard.
// RUN: memplan-translate --memplan-to-c-header --c-header-prefix=net1 %s | FileCheck %s --check-prefix=PREFIX

// The header of a planned module with pool-storage=global: per pool, in
// declaration order, its planned size and alignment (and capacity when it has
// one) as 64-bit literals. Names become C names: '-' and other characters
// become '_', upper case in macros. No struct: the pools are globals.

// CHECK:      /* C interface of a memory plan, written by memplan; do not edit.
// CHECK-NEXT:    The pools are globals of the compiled code (pool-storage=global). */
// CHECK-NEXT: #ifndef MEMPLAN_PLAN_H
// CHECK-NEXT: #define MEMPLAN_PLAN_H
// CHECK-EMPTY:
// CHECK-NEXT: #include <stdint.h>
// CHECK-EMPTY:
// CHECK-NEXT: /* Pool @sram: 96 bytes planned (capacity 1024, lower bound 80). */
// CHECK-NEXT: #define MEMPLAN_POOL_SRAM_SIZE 96ULL
// CHECK-NEXT: #define MEMPLAN_POOL_SRAM_ALIGNMENT 64ULL
// CHECK-NEXT: #define MEMPLAN_POOL_SRAM_CAPACITY 1024ULL
// CHECK-EMPTY:
// CHECK-NEXT: /* Pool @ext-dram.0: 8589934592 bytes planned (unbounded, lower bound 4294967296). */
// CHECK-NEXT: #define MEMPLAN_POOL_EXT_DRAM_0_SIZE 8589934592ULL
// CHECK-NEXT: #define MEMPLAN_POOL_EXT_DRAM_0_ALIGNMENT 16ULL
// CHECK-EMPTY:
// CHECK-NEXT: /* Pool @flash: 0 bytes planned (unbounded, lower bound 0, read-only). */
// CHECK-NEXT: #define MEMPLAN_POOL_FLASH_SIZE 0ULL
// CHECK-NEXT: #define MEMPLAN_POOL_FLASH_ALIGNMENT 4ULL
// CHECK-EMPTY:
// CHECK-NEXT: /* Pool @weights: 24 bytes planned (unbounded, lower bound 24, read-only, constants: a constant global of the compiled code). */
// CHECK-NEXT: #define MEMPLAN_POOL_WEIGHTS_SIZE 24ULL
// CHECK-NEXT: #define MEMPLAN_POOL_WEIGHTS_ALIGNMENT 16ULL
// CHECK-EMPTY:
// CHECK-NEXT: #endif /* MEMPLAN_PLAN_H */
// CHECK-NOT: {{.}}

// PREFIX: #ifndef NET1_PLAN_H
// PREFIX: #define NET1_POOL_SRAM_SIZE 96ULL
// PREFIX: #define NET1_POOL_EXT_DRAM_0_SIZE 8589934592ULL
// PREFIX: #endif /* NET1_PLAN_H */

memplan.pool @sram capacity 1024 alignment 64 size 96 lower_bound 80
// More than 32 bits: two 4 GiB buffers live at different times, end to end.
memplan.pool @"ext-dram.0" size 8589934592 lower_bound 4294967296
memplan.pool @flash alignment 4 access read_only size 0 lower_bound 0
// A constant pool (--memplan-plan-constants): its size, like any pool's.
memplan.pool @weights access read_only constants size 24 lower_bound 24

func.func @model() {
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32>
  %b = memplan.alloc pool @sram offset 64 : memref<8xf32>
  %c = memplan.alloc pool @"ext-dram.0" offset 0 : memref<1073741824xf32>
  %d = memplan.alloc pool @"ext-dram.0" offset 4294967296 : memref<1073741824xf32>
  return
}
