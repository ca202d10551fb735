// RUN: memplan-opt %s -split-input-file --memplan-test-print-liveness -verify-diagnostics -o /dev/null
// RUN: memplan-opt %s -split-input-file --memplan-import-memref -verify-diagnostics -o /dev/null
// Recursion, direct or indirect, is a located error: a recursive function's
// allocations have no bounded number of live instances.

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

// expected-note @below {{the cycle enters @ping here}}
func.func private @ping(%buf: memref<4xf32>) {
  func.call @pong(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @pong(%buf: memref<4xf32>) {
  // expected-error @below {{recursive call to @ping: memory planning needs a call graph without cycles}}
  func.call @ping(%buf) : (memref<4xf32>) -> ()
  return
}

func.func @main() {
  %a = memplan.alloc : memref<4xf32>
  func.call @ping(%a) : (memref<4xf32>) -> ()
  return
}

// -----

// A public function that only calls itself is an entry (no other function
// calls it), and the walk from it finds the cycle.
// expected-note @below {{the cycle enters @countdown here}}
func.func @countdown(%n: index) {
  // expected-error @below {{recursive call to @countdown: memory planning needs a call graph without cycles}}
  func.call @countdown(%n) : (index) -> ()
  return
}
