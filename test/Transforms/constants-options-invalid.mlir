// RUN: not memplan-opt %s --memplan-plan-constants 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not memplan-opt %s --memplan-plan-constants="pool=a,b" 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: not memplan-opt %s --memplan-plan-constants="pool=rom:x" 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not memplan-opt %s --memplan-plan-constants="pool=ram:64" 2>&1 | FileCheck %s --check-prefix=LAYOUT
// RUN: not memplan-opt %s --memplan-pipeline="constant-pool=a,b" 2>&1 | FileCheck %s --check-prefix=PIPE-TWO
// RUN: not memplan-opt %s --memplan-pipeline="constant-pool=9rom" 2>&1 | FileCheck %s --check-prefix=PIPE-BAD

// NONE: error: memplan-plan-constants: the module has no pool marked 'constants'; name the constant pool with pool=NAME
// NONE-NOT: see current operation
// TWO: error: memplan-plan-constants: pool names one pool, got 'a,b'
// BAD: error: memplan-plan-constants: bad pool option: invalid capacity 'x' of pool 'rom': expected a number of bytes
// LAYOUT: error: 'memplan.pool' op exists, so the pool option gives its name only, not 'ram:64'
// PIPE-TWO: error: memplan-pipeline: pool names one pool, got 'a,b'
// PIPE-BAD: error: memplan-pipeline: bad pool option: invalid pool name '9rom'

memplan.pool @ram access read_only
