// RUN: memplan-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{capacity must be non-negative, got -1}}
memplan.pool @p capacity -1

// -----

// expected-error @+1 {{alignment must be a positive power of two, got 24}}
memplan.pool @p alignment 24

// -----

// expected-error @+1 {{alignment must be a positive power of two, got 0}}
memplan.pool @p alignment 0

// -----

// expected-error @+1 {{alignment must be a positive power of two, got -16}}
memplan.pool @p alignment -16

// -----

// expected-error @+1 {{size 2048 exceeds the capacity 1024}}
memplan.pool @p capacity 1024 size 2048

// -----

// expected-error @+1 {{size must be non-negative, got -5}}
memplan.pool @p size -5

// -----

// expected-error @+1 {{lower_bound must be non-negative, got -5}}
memplan.pool @p lower_bound -5

// -----

func.func @f() {
  // expected-error @+1 {{'memplan.pool' op expects parent op 'builtin.module'}}
  memplan.pool @p
  return
}

// -----

// expected-note @+1 {{see existing symbol definition here}}
memplan.pool @p
// expected-error @+1 {{redefinition of symbol named 'p'}}
memplan.pool @p

// -----

func.func @f() {
  // expected-error @+1 {{references unknown pool @missing}}
  %0 = memplan.alloc pools [@missing] : memref<4xf32>
  return
}

// -----

func.func private @g()
func.func @f() {
  // expected-error @+1 {{@g does not reference a memplan.pool}}
  %0 = memplan.alloc pools [@g] : memref<4xf32>
  return
}

// -----

memplan.pool @p
func.func @f() {
  // expected-error @+1 {{lists pool @p more than once}}
  %0 = memplan.alloc pools [@p, @p] : memref<4xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{alignment must be a positive power of two, got 3}}
  %0 = memplan.alloc alignment 3 : memref<4xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{alignment must be a positive power of two, got -8}}
  %0 = memplan.alloc alignment -8 : memref<4xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{expects 1 dynamic size operands for 'memref<?xf32>', got 0}}
  %0 = "memplan.alloc"() : () -> memref<?xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{result must have an identity layout}}
  %0 = memplan.alloc : memref<4x4xf32, strided<[8, 1]>>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{byte size of 'memref<4611686018427387904x4xf32>' exceeds 2^63 - 1}}
  %0 = memplan.alloc : memref<4611686018427387904x4xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{element type 'memref<4xf32>' has no size in the data layout}}
  %0 = memplan.alloc : memref<4xmemref<4xf32>>
  return
}

// -----

memplan.pool @p
func.func @f() {
  // expected-error @+1 {{'pool' and 'offset' must be given together}}
  %0 = memplan.alloc pool @p : memref<4xf32>
  return
}

// -----

memplan.pool @p
func.func @f() {
  // expected-error @+1 {{offset must be non-negative, got -16}}
  %0 = memplan.alloc pool @p offset -16 : memref<4xf32>
  return
}

// -----

memplan.pool @p alignment 1
func.func @f() {
  // expected-error @+1 {{offset 4 is not a multiple of the alignment 8}}
  %0 = memplan.alloc alignment 8 pool @p offset 4 : memref<4xf32>
  return
}

// -----

memplan.pool @p alignment 32
func.func @f() {
  // expected-error @+1 {{offset 16 is not a multiple of the alignment 32 of pool @p}}
  %0 = memplan.alloc pool @p offset 16 : memref<4xf32>
  return
}

// -----

memplan.pool @p capacity 64
func.func @f() {
  // 16 floats = 64 bytes at offset 16 end at byte 80 > 64.
  // expected-error @+1 {{buffer of 64 bytes at offset 16 exceeds the capacity 64 of pool @p}}
  %0 = memplan.alloc pool @p offset 16 : memref<16xf32>
  return
}

// -----

memplan.pool @a
memplan.pool @b
func.func @f() {
  // expected-error @+1 {{is placed in @b, which is not one of its candidate pools}}
  %0 = memplan.alloc pools [@a] pool @b offset 0 : memref<4xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{references unknown pool @nowhere}}
  %0 = memplan.view @nowhere[0] : memref<4xf32>
  return
}

// -----

memplan.pool @p capacity 16
func.func @f() {
  // expected-error @+1 {{buffer of 32 bytes at offset 0 exceeds the capacity 16 of pool @p}}
  %0 = memplan.view @p[0] : memref<8xf32>
  return
}

// -----

memplan.pool @p
func.func @f() {
  // expected-error @+1 {{offset must be non-negative, got -1}}
  %0 = memplan.view @p[-1] : memref<8xf32>
  return
}

// -----
// Per-target access and constant pools.

// expected-error @+1 {{takes either 'access' (every target) or 'targets' (each listed target), not both}}
memplan.pool @p access read_only targets {npu = read_only}

// -----

// expected-error @+1 {{'targets' must list at least one target}}
memplan.pool @p targets {}

// -----

// expected-error @+1 {{target 'npu' is listed twice}}
memplan.pool @p targets {npu = read_only, npu = read_write}

// -----

// expected-error @+1 {{expected 'read_write' or 'read_only', got 'write_only'}}
memplan.pool @p targets {npu = write_only}

// -----

// expected-error @+1 {{a target name must not be empty}}
memplan.pool @p targets {"" = read_only}

// -----

// expected-error @+1 {{the access of target 'npu' must be read_write or read_only, got 1 : i32}}
"memplan.pool"() <{sym_name = "p", targets = {npu = 1 : i32}}> : () -> ()

// -----

// expected-error @+1 {{holds constants, so it must be read-only for every target}}
memplan.pool @p constants

// -----

// expected-error @+1 {{holds constants, so it must be read-only for every target}}
memplan.pool @p targets {host = read_only, npu = read_write} constants

// -----

// expected-error @+1 {{attribute 'memplan.target' must be a non-empty string naming a target}}
func.func @f() attributes {memplan.target = 3 : i64} {
  return
}

// -----

// expected-error @+1 {{attribute 'memplan.target' belongs on a function}}
memplan.pool @p {memplan.target = "npu"}

// -----

func.func @f() {
  // expected-error @+1 {{attribute 'memplan.input' must be non-negative, got -1}}
  %0 = memplan.alloc {memplan.input = -1 : i64} : memref<4xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{attribute 'memplan.output' belongs on a memplan.alloc directly in a function body}}
  %0 = memref.alloc() {memplan.output = 0 : i64} : memref<4xf32>
  return
}

// -----

func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  scf.for %i = %c0 to %n step %n {
    // expected-error @+1 {{attribute 'memplan.input' belongs on a memplan.alloc directly in a function body}}
    %0 = memplan.alloc {memplan.input = 0 : i64} : memref<4xf32>
  }
  return
}

// -----

memplan.pool @c access read_only constants
// expected-error @+1 {{attributes 'memplan.pool' and 'memplan.offset' go together}}
memref.global "private" constant @w : memref<2xi8> = dense<[1, 2]> {memplan.pool = @c}

// -----

memplan.pool @c access read_only constants
// expected-error @+1 {{' belongs on a constant memref.global}}
memref.global "private" @w : memref<2xi8> = dense<[1, 2]> {memplan.pool = @c, memplan.offset = 0 : i64}

// -----

memplan.pool @c access read_only constants
// expected-error @+1 {{attribute 'memplan.offset' must be an i64}}
memref.global "private" constant @w : memref<2xi8> = dense<[1, 2]> {memplan.pool = @c, memplan.offset = 0 : i32}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{has a dynamic shape and needs a 'bound' (the most elements it holds)}}
  %0 = memplan.alloc(%n) : memref<?xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{has a 'bound', but its shape is static}}
  %0 = memplan.alloc bound 4 : memref<4xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{expects 1 dynamic size operands for 'memref<?xf32>', got 2}}
  %0 = memplan.alloc(%n, %n) bound 4 : memref<?xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{bound must be non-negative, got -1}}
  %0 = memplan.view(%n) @p[0] bound -1 : memref<?xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{byte size of 'memref<?xf32>' at its bound exceeds 2^63 - 1}}
  %0 = memplan.alloc(%n) bound 4611686018427387904 : memref<?xf32>
  return
}

// -----

memplan.pool @p capacity 4096
func.func @f(%n: index) {
  // 1025 floats are 4100 bytes.
  // expected-error @+1 {{buffer of 4100 bytes at offset 0 exceeds the capacity 4096 of pool @p}}
  %0 = memplan.alloc(%n) pool @p offset 0 bound 1025 : memref<?xf32>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{attribute 'memplan.bound' belongs on a dynamically shaped memref.alloc or memref.alloca}}
  %0 = memref.alloc() {memplan.bound = 4 : i64} : memref<4xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{attribute 'memplan.bound' must be non-negative, got -3}}
  %0 = memref.alloc(%n) {memplan.bound = -3 : i64} : memref<?xf32>
  return
}
