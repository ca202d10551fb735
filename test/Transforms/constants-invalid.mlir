// RUN: memplan-opt %s -split-input-file -verify-diagnostics --memplan-plan-constants=pool=rom -o /dev/null

// Constants go into a pool no target may write.
// expected-error @+1 {{cannot hold constants: @rom (every target: read_write) lets a target write it; constants go into a pool that is read-only for every target}}
memplan.pool @rom
memref.global "private" constant @w : memref<4xi8> = dense<1>

func.func @main() -> i8 {
  %c0 = arith.constant 0 : index
  %w = memref.get_global @w : memref<4xi8>
  %x = memref.load %w[%c0] : memref<4xi8>
  return %x : i8
}

// -----

// expected-error @+1 {{cannot hold constants: @rom (host: read_only, npu: read_write) lets a target write it}}
memplan.pool @rom targets {host = read_only, npu = read_write}

// -----

// The constant pool never holds workspace buffers.
// expected-note @+1 {{the constant pool}}
memplan.pool @rom access read_only
memplan.pool @ram

func.func @main() {
  // expected-error @+1 {{uses pool @rom, which is to hold constants only}}
  %a = memplan.alloc pools [@rom, @ram] : memref<4xi8>
  return
}

// -----

// A function whose target cannot read the pool cannot read constants from
// it.
memplan.pool @rom targets {host = read_only}
memref.global "private" constant @w : memref<4xi8> = dense<1>

func.func private @kernel() -> i8 attributes {memplan.target = "npu"} {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{reads constant @w on target "npu", which cannot read the constant pool @rom (host: read_only)}}
  %w = memref.get_global @w : memref<4xi8>
  %x = memref.load %w[%c0] : memref<4xi8>
  return %x : i8
}

func.func @main() -> i8 {
  %x = func.call @kernel() : () -> i8
  return %x : i8
}

// -----

// Capacity: @a takes [0, 12), @b would take [16, 24) of a 16-byte pool.
memplan.pool @rom capacity 16 access read_only
memref.global "private" constant @a : memref<3xi32> = dense<1>
// expected-error @+1 {{constant @b (8 bytes, alignment 16) does not fit in pool @rom after 1 other constants ending at byte 12: its capacity is 16}}
memref.global "private" constant @b : memref<2xi32> = dense<2>

func.func @main() -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %a = memref.get_global @a : memref<3xi32>
  %b = memref.get_global @b : memref<2xi32>
  %x = memref.load %a[%c0] : memref<3xi32>
  %y = memref.load %b[%c0] : memref<2xi32>
  return %x, %y : i32, i32
}

// -----

// expected-error @+1 {{already holds planned constants}}
memplan.pool @rom access read_only constants size 16 lower_bound 16

// -----

// The name of the pool is taken by something else.
// expected-error @+1 {{has the name of the constant pool 'rom'}}
memref.global "private" constant @rom : memref<4xi8> = dense<1>

// -----

// Constants the pass cannot pack stay globals, with a remark.
memplan.pool @rom access read_only
// expected-remark @+1 {{constant not placed in pool @rom: its element type is not an integer, float or index}}
memref.global "private" constant @c : memref<2xcomplex<f32>> = dense<(1.0, 2.0)>
// expected-remark @+1 {{constant not placed in pool @rom: its layout is not the identity}}
memref.global "private" constant @strided : memref<2xi8, strided<[2]>> = dense<1>
// expected-remark @+1 {{constant not placed in pool @rom: it is in a memory space other than the default one, which pools hold}}
memref.global "private" constant @space : memref<2xi8, 1> = dense<1>
// expected-remark @+1 {{constant not placed in pool @rom: its initial value is not a dense elements attribute}}
memref.global "private" constant @resource : memref<2xi8> = dense_resource<blob>

func.func @main() {
  %c = memref.get_global @c : memref<2xcomplex<f32>>
  %s = memref.get_global @strided : memref<2xi8, strided<[2]>>
  %m = memref.get_global @space : memref<2xi8, 1>
  %r = memref.get_global @resource : memref<2xi8>
  "memref.copy"(%r, %r) : (memref<2xi8>, memref<2xi8>) -> ()
  return
}

{-#
  dialect_resources: {
    builtin: {
      blob: "0x010000000102"
    }
  }
#-}
