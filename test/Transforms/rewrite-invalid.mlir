// RUN: memplan-opt %s --memplan-rewrite -verify-diagnostics

memplan.pool @sram

func.func @unplanned() {
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32>
  // expected-error @below {{'memplan.alloc' op has no planned pool and offset; run --memplan-plan before --memplan-rewrite}}
  %b = memplan.alloc : memref<16xf32>
  scf.execute_region {
    // expected-error @below {{has no planned pool and offset}}
    %c = memplan.alloc pools [@sram] : memref<4xi8>
    scf.yield
  }
  return
}
