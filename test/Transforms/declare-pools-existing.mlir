// RUN: memplan-opt %s --memplan-declare-pools="pools=other" -verify-diagnostics

// expected-error @below {{'memplan.pool' op the module already declares pools, so the pools option 'other' cannot apply}}
memplan.pool @mine
memplan.pool @yours

// RUN: memplan-opt %s --split-input-file --memplan-declare-pools | FileCheck %s
// A module with its own pools keeps them when the option is not given.
// CHECK-LABEL: module
// CHECK-NEXT: memplan.pool @mine{{$}}
// CHECK-NEXT: memplan.pool @yours{{$}}
// CHECK-NEXT: }
