// RUN: memplan-opt %s -split-input-file --memplan-schedule -verify-diagnostics -o /dev/null
// User errors of --memplan-schedule: each is located, nothing crashes.

// Recursion: the analysis's located error.
// expected-note @below {{the cycle enters @self here}}
func.func private @self(%n: index) {
  %a = memplan.alloc : memref<4xf32>
  // expected-error @below {{recursive call to @self: memory planning needs a call graph without cycles}}
  func.call @self(%n) : (index) -> ()
  return
}

func.func @main(%n: index) {
  func.call @self(%n) : (index) -> ()
  return
}

// -----

// A malformed memplan.schedule (the dialect verifies what the pass writes).
// expected-error @below {{'builtin.module' op attribute 'memplan.schedule' has no 'reverted'}}
module attributes {memplan.schedule = {program_order_peak = 1 : i64, chosen_order_peak = 1 : i64, program_order_pools = 1 : i64, chosen_order_pools = 1 : i64, blocks_reordered = 0 : i64}} {
}

// -----

// expected-error @below {{'builtin.module' op attribute 'memplan.schedule.chosen_order_peak' must be non-negative, got -5}}
module attributes {memplan.schedule = {program_order_peak = 1 : i64, chosen_order_peak = -5 : i64, program_order_pools = 1 : i64, chosen_order_pools = 1 : i64, blocks_reordered = 0 : i64, reverted = false}} {
}

// -----

// expected-error @below {{'builtin.module' op attribute 'memplan.schedule' has an unknown key 'saved'}}
module attributes {memplan.schedule = {program_order_peak = 1 : i64, chosen_order_peak = 1 : i64, program_order_pools = 1 : i64, chosen_order_pools = 1 : i64, blocks_reordered = 0 : i64, reverted = false, saved = 3 : i64}} {
}

// -----

// expected-error @below {{'builtin.module' op attribute 'memplan.schedule.reverted' must be a bool}}
module attributes {memplan.schedule = {program_order_peak = 1 : i64, chosen_order_peak = 1 : i64, program_order_pools = 1 : i64, chosen_order_pools = 1 : i64, blocks_reordered = 0 : i64, reverted = 1 : i64}} {
}

// -----

// expected-error @below {{'func.func' op attribute 'memplan.schedule' belongs on a builtin.module}}
func.func @f() attributes {memplan.schedule = {}} {
  return
}
