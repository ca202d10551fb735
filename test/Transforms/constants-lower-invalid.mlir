// RUN: memplan-opt %s -split-input-file -verify-diagnostics --memplan-lower -o /dev/null

// --memplan-lower checks the constant placement it materializes.

// expected-error @+1 {{holds constants but has no planned size; run --memplan-plan-constants before --memplan-lower}}
memplan.pool @rom access read_only constants

// -----

memplan.pool @rom access read_only constants size 8 lower_bound 8
memplan.pool @ram size 0 lower_bound 0
// expected-error @+1 {{is placed in @ram, which is not a planned constant pool of the module}}
memref.global "private" constant @w : memref<4xi8> = dense<1> {memplan.pool = @ram, memplan.offset = 0 : i64}

// -----

memplan.pool @rom access read_only constants size 8 lower_bound 8
memref.global "private" constant @a : memref<4xi8> = dense<1> {memplan.pool = @rom, memplan.offset = 0 : i64}
// expected-error @+1 {{needs bytes [16, 20) of pool @rom, beyond its planned size 8}}
memref.global "private" constant @b : memref<4xi8> = dense<1> {memplan.pool = @rom, memplan.offset = 16 : i64}

// -----

memplan.pool @rom alignment 4 access read_only constants size 8 lower_bound 8
memref.global "private" constant @a : memref<4xi8> = dense<1> {memplan.pool = @rom, memplan.offset = 4 : i64}
// expected-error @+1 {{shares bytes of pool @rom with @a; constants are all live at once}}
memref.global "private" constant @b : memref<2xi16> = dense<1> {memplan.pool = @rom, memplan.offset = 4 : i64}

// -----

memplan.pool @rom alignment 2 access read_only constants size 8 lower_bound 4
// expected-error @+1 {{is placed at offset 2, which is not a multiple of its alignment 4}}
memref.global "private" constant @a : memref<1xi32> = dense<1> {memplan.pool = @rom, memplan.offset = 2 : i64}

// -----

memplan.pool @rom access read_only constants size 8 lower_bound 8
// expected-error @+1 {{cannot be packed into a constant pool: it is not private, so code outside the module may use it by name}}
memref.global constant @a : memref<4xi8> = dense<1> {memplan.pool = @rom, memplan.offset = 0 : i64}

// -----

memplan.pool @rom access read_only constants size 8 lower_bound 8

func.func @f() {
  // expected-error @+1 {{views pool @rom, which holds constants only}}
  %v = memplan.view @rom[0] : memref<4xi8>
  return
}

// -----

// The packed bytes of a constant pool are held as one literal: at most
// 4 GiB (here 2^32 + 1 bytes).
// expected-error @+1 {{holds 4294967297 bytes of constants, more than the 4294967296 bytes one constant global of packed bytes may take}}
memplan.pool @rom access read_only constants size 4294967297 lower_bound 1
memref.global "private" constant @a : memref<1xi8> = dense<1> {memplan.pool = @rom, memplan.offset = 0 : i64}
