// RUN: memplan-translate --memplan-to-c-header %s --split-input-file --verify-diagnostics
// RUN: memplan-translate --memplan-to-c-header --pool-storage=argument %s --split-input-file --verify-diagnostics
// The export pass reports the same errors at the same places.
// RUN: memplan-opt --memplan-export-c-header=output=%t.h %s --split-input-file --verify-diagnostics
// ...and writes no file when it fails.
// RUN: not ls %t.h

// The header is written from the planned module: every fact must be there.

// expected-error @below {{'memplan.pool' op has no planned size: run --memplan-plan before writing the C header}}
memplan.pool @unplanned
memplan.pool @planned size 16 lower_bound 16

// -----

memplan.pool @sram size 16 lower_bound 16

func.func @f() {
  // expected-error @below {{'memplan.alloc' op is not planned: run --memplan-plan before writing the C header}}
  %a = memplan.alloc : memref<4xf32>
  return
}

// -----

// A lowered module has lost its pools (and their alignments).

// expected-error @below {{takes pool 'sram' as an argument: the module is already lowered, and --memplan-lower erased the pools and their alignments; write the C header from the planned module (after --memplan-plan, before --memplan-lower)}}
func.func @model(%sram: memref<64xi8> {memplan.pool = "sram"}) {
  return
}

// -----

// expected-error @below {{the module declares no memplan.pool: write the C header from a planned module (after --memplan-plan, before --memplan-lower)}}
module {
  func.func @f() {
    return
  }
}

// -----

// Two pools whose names become one C name.

// expected-note @below {{pool @a-b is declared here}}
memplan.pool @"a-b" size 16 lower_bound 16
// expected-error @below {{pool @a_b and pool @a-b both become the C name 'MEMPLAN_POOL_A_B_SIZE'; rename one of them}}
memplan.pool @a_b size 16 lower_bound 16

// -----

// Upper case makes macros collide too.

// expected-note @below {{pool @Sram is declared here}}
memplan.pool @Sram size 16 lower_bound 16
// expected-error @below {{pool @sram and pool @Sram both become the C name 'MEMPLAN_POOL_SRAM_SIZE'; rename one of them}}
memplan.pool @sram size 16 lower_bound 16

// -----

// An input's macros can collide with a pool's.

// expected-note @below {{pool @a_input_0 is declared here}}
memplan.pool @a_input_0 size 16 lower_bound 16

// expected-error @below {{input 0 of entry function @pool_a and pool @a_input_0 both become the C name 'MEMPLAN_POOL_A_INPUT_0_SIZE'; rename one of them}}
func.func @pool_a() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @a_input_0, offset = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

// memplan.workspace_io: only on entry functions, and well formed.

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{has memplan.workspace_io but is not an entry function; only an entry function's inputs and outputs can live in the workspace}}
func.func @helper() attributes {memplan.workspace_io = []} {
  return
}

func.func @model() attributes {memplan.entry} {
  call @helper() : () -> ()
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io must be an array of dictionaries}}
func.func @model() attributes {memplan.workspace_io = {kind = "input"}} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 1: must be a dictionary}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @sram, offset = 0 : i64, size = 16 : i64},
    "input"]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: has the unknown key 'offest' (expected kind, index, pool, offset, size)}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @sram, offest = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: needs 'kind', "input" or "output"}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "inout", index = 0 : i64, pool = @sram, offset = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: needs 'pool', a symbol reference to a memplan.pool}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = "sram", offset = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: pool @dram is not a memplan.pool of the module}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "output", index = 0 : i64, pool = @dram, offset = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: needs 'index', an i64}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i32, pool = @sram, offset = 0 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: 'offset' must be non-negative, got -16}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @sram, offset = -16 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io element 0: bytes [56, 72) are beyond the planned size 64 of pool @sram}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @sram, offset = 56 : i64, size = 16 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// The end, 1 + (2^63 - 1) = 2^63, is computed without overflow.
// expected-error @below {{memplan.workspace_io element 0: bytes [1, 9223372036854775808) are beyond the planned size 64 of pool @sram}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "input", index = 0 : i64, pool = @sram, offset = 1 : i64, size = 9223372036854775807 : i64}]} {
  return
}

// -----

memplan.pool @sram size 64 lower_bound 64

// expected-error @below {{memplan.workspace_io lists output 0 twice}}
func.func @model() attributes {memplan.workspace_io = [
    {kind = "output", index = 0 : i64, pool = @sram, offset = 0 : i64, size = 16 : i64},
    {kind = "input", index = 0 : i64, pool = @sram, offset = 0 : i64, size = 16 : i64},
    {kind = "output", index = 0 : i64, pool = @sram, offset = 16 : i64, size = 16 : i64}]} {
  return
}
