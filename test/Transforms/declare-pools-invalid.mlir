// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:10:3" 2>&1 | FileCheck %s --check-prefix=ALIGN
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:10:0" 2>&1 | FileCheck %s --check-prefix=ALIGN0
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:ten" 2>&1 | FileCheck %s --check-prefix=CAP
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:-5" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:9223372036854775808" 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:1:16:4" 2>&1 | FileCheck %s --check-prefix=FIELDS
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a,,b" 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not memplan-opt %s --memplan-declare-pools="pools=9lives" 2>&1 | FileCheck %s --check-prefix=NAME
// RUN: not memplan-opt %s --memplan-declare-pools="pools=a:16,a" 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not memplan-opt %s --memplan-declare-pools="pools=f" 2>&1 | FileCheck %s --check-prefix=CLASH

// ALIGN: error: memplan-declare-pools: bad pools option: invalid alignment '3' of pool 'a': expected a power of two
// ALIGN0: error: memplan-declare-pools: bad pools option: invalid alignment '0' of pool 'a': expected a power of two
// CAP: error: memplan-declare-pools: bad pools option: invalid capacity 'ten' of pool 'a': expected a number of bytes
// NEG: error: memplan-declare-pools: bad pools option: invalid capacity '-5' of pool 'a': expected a number of bytes
// HUGE: error: memplan-declare-pools: bad pools option: invalid capacity '9223372036854775808' of pool 'a': expected a number of bytes
// FIELDS: error: memplan-declare-pools: bad pools option: too many ':' in 'a:1:16:4': expected NAME[:CAPACITY[:ALIGNMENT]]
// EMPTY: error: memplan-declare-pools: bad pools option: invalid pool name '' in '': expected a letter or '_' followed by letters, digits, '_', '.' or '$'
// NAME: error: memplan-declare-pools: bad pools option: invalid pool name '9lives'
// TWICE: error: memplan-declare-pools: bad pools option: pool 'a' is declared twice
// CLASH: error: 'func.func' op has the name of pool 'f' of the pools option

func.func @f() {
  return
}
