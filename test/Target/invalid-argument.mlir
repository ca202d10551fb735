// RUN: memplan-translate --memplan-to-c-header --pool-storage=argument %s --split-input-file --verify-diagnostics
// RUN: memplan-opt --memplan-export-c-header="output=%t.h pool-storage=argument" %s --split-input-file --verify-diagnostics
// RUN: not ls %t.h
// With pool-global storage the same modules have no struct, so no clash.
// RUN: memplan-translate --memplan-to-c-header %s --split-input-file | FileCheck %s
// CHECK-NOT: struct

// Names that clash only in the structs of pool pointers.

// Members: '_x' is not a good member name, so it becomes 'pool__x', the name
// of the other pool (the macros differ: POOL__X and POOL_POOL__X).

// expected-note @below {{pool @_x is declared here}}
memplan.pool @_x size 16 lower_bound 16
// expected-error @below {{pool @pool__x and pool @_x both become the C name 'pool__x'; rename one of them}}
memplan.pool @pool__x size 16 lower_bound 16

func.func @model() {
  %a = memplan.view @_x[0] : memref<4xf32>
  %b = memplan.view @pool__x[0] : memref<4xf32>
  return
}

// -----

// Struct tags: two entry functions whose names become one.

memplan.pool @sram size 16 lower_bound 16

// expected-note @below {{entry function @m.a is declared here}}
func.func @m.a() {
  %a = memplan.view @sram[0] : memref<4xf32>
  return
}

// expected-error @below {{entry function @m_a and entry function @m.a both become the C name 'memplan_m_a_workspace_pools'; rename one of them}}
func.func @m_a() {
  %a = memplan.view @sram[0] : memref<4xf32>
  return
}
