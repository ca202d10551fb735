// RUN: not memplan-opt %s --memplan-lower=pool-storage=heap 2>&1 | FileCheck %s

// CHECK: error: memplan-lower: unknown pool-storage 'heap'; expected 'global' or 'argument'
memplan.pool @p size 16 lower_bound 16
