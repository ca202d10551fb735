// RUN: memplan-opt %s --memplan-declare-pools="pools=fast_memory:200704,slow_memory" | FileCheck %s --check-prefix=TWO
// RUN: memplan-opt %s --memplan-declare-pools='pools=" sram : 262144 : 64 , dram::8 ,flash:0"' | FileCheck %s --check-prefix=THREE
// RUN: memplan-opt %s --memplan-declare-pools="pools=big:9223372036854775807:4096" | FileCheck %s --check-prefix=BIG
// RUN: memplan-opt %s --memplan-declare-pools | FileCheck %s --check-prefix=DEFAULT

// Pools in the option's order, at the start of the module; an empty capacity
// is unbounded and the alignment defaults to 16.

// TWO-LABEL: module
// TWO-NEXT: memplan.pool @fast_memory capacity 200704{{$}}
// TWO-NEXT: memplan.pool @slow_memory{{$}}
// TWO-NEXT: func.func @f

// THREE-LABEL: module
// THREE-NEXT: memplan.pool @sram capacity 262144 alignment 64{{$}}
// THREE-NEXT: memplan.pool @dram alignment 8{{$}}
// THREE-NEXT: memplan.pool @flash capacity 0{{$}}
// THREE-NEXT: func.func @f

// BIG: memplan.pool @big capacity 9223372036854775807 alignment 4096{{$}}

// Without the option: one unbounded pool `workspace` with alignment 16.
// DEFAULT-LABEL: module
// DEFAULT-NEXT: memplan.pool @workspace{{$}}
// DEFAULT-NEXT: func.func @f

func.func @f() {
  %a = memref.alloc() : memref<4xf32>
  return
}

