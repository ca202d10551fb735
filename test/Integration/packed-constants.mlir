// REQUIRES: mlir-runner
// Constants packed into a read-only pool (issue 9), run under mlir-runner:
// integers of every width (negative ones too), floats, doubles, indices,
// booleans and a splat, read element by element after the pool's bytes went
// through the LLVM lowering. The printed values must be the same without
// the constant pool, with it (default alignment 16, and 64), and with
// pool-storage=argument (the constant pool stays a global; @main has no
// workspace, so it takes no pool argument).

// DEFINE: %{to-llvm} = --convert-scf-to-cf --expand-strided-metadata --finalize-memref-to-llvm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts
// DEFINE: %{run} = mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils

// RUN: memplan-opt %s %{to-llvm} | %{run} > %t.plain
// RUN: FileCheck %s < %t.plain
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=flash" %{to-llvm} | %{run} > %t.packed
// RUN: diff %t.plain %t.packed
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=flash::64" %{to-llvm} | %{run} > %t.aligned
// RUN: diff %t.plain %t.aligned
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=flash pool-storage=argument" %{to-llvm} | %{run} > %t.argument
// RUN: diff %t.plain %t.argument

// The lowered module reads every constant from the one packed global.
// Layout with alignment 16 (module order; sizes 5, 12, 12, 16, 16, 16, 24,
// 16, 4 bytes) -> offsets 0, 16, 32, 48, 64, 80, 96, 128, 144; size 148.
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=flash" | FileCheck %s --check-prefix=IR
// IR: memref.global "private" constant @flash : memref<148xi8> = dense<"0x
// IR-NOT: memref.global
// IR-NOT: memref.get_global @{{[a-eg-z]}}

// CHECK:      1
// CHECK-NEXT: -2
// CHECK-NEXT: 127
// CHECK-NEXT: -128
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: -300
// CHECK-NEXT: 32767
// CHECK-NEXT: -32768
// CHECK-NEXT: 7
// CHECK-NEXT: 258
// CHECK-NEXT: 16909060
// CHECK-NEXT: -1
// CHECK-NEXT: 65536
// CHECK-NEXT: 1099511627776
// CHECK-NEXT: -5
// CHECK-NEXT: 1.5
// CHECK-NEXT: -2.25
// CHECK-NEXT: 3e+10
// CHECK-NEXT: -0
// CHECK-NEXT: 3.14159
// CHECK-NEXT: -1e-300
// CHECK-NEXT: 0
// CHECK-NEXT: 42
// CHECK-NEXT: 123456789
// CHECK-NEXT: 7.25
// CHECK-NEXT: 7.25
// CHECK-NEXT: 7.25
// CHECK-NEXT: 7.25
// CHECK-NEXT: 1
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 1

memref.global "private" constant @bytes : memref<5xi8> = dense<[1, -2, 127, -128, 0]>
memref.global "private" constant @halves : memref<2x3xi16> = dense<[[1, -300, 32767], [-32768, 7, 258]]>
memref.global "private" constant @words : memref<3xi32> = dense<[16909060, -1, 65536]>
memref.global "private" constant @longs : memref<2xi64> = dense<[1099511627776, -5]>
memref.global "private" constant @floats : memref<4xf32> = dense<[1.5, -2.25, 3.0e+10, -0.0]>
memref.global "private" constant @doubles : memref<2xf64> = dense<[3.14159, -1.0e-300]>
memref.global "private" constant @indices : memref<3xindex> = dense<[0, 42, 123456789]>
memref.global "private" constant @splat : memref<2x2xf32> = dense<7.25>
memref.global "private" constant @flags : memref<4xi1> = dense<[true, false, true, true]>

func.func private @printI64(i64)
func.func private @printF64(f64)
func.func private @printNewline()

func.func @int(%v: i64) {
  func.call @printI64(%v) : (i64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @float(%v: f64) {
  func.call @printF64(%v) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %bytes = memref.get_global @bytes : memref<5xi8>
  scf.for %i = %c0 to %c5 step %c1 {
    %x = memref.load %bytes[%i] : memref<5xi8>
    %y = arith.extsi %x : i8 to i64
    func.call @int(%y) : (i64) -> ()
  }
  %halves = memref.get_global @halves : memref<2x3xi16>
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %x = memref.load %halves[%i, %j] : memref<2x3xi16>
      %y = arith.extsi %x : i16 to i64
      func.call @int(%y) : (i64) -> ()
    }
  }
  %words = memref.get_global @words : memref<3xi32>
  scf.for %i = %c0 to %c3 step %c1 {
    %x = memref.load %words[%i] : memref<3xi32>
    %y = arith.extsi %x : i32 to i64
    func.call @int(%y) : (i64) -> ()
  }
  %longs = memref.get_global @longs : memref<2xi64>
  scf.for %i = %c0 to %c2 step %c1 {
    %x = memref.load %longs[%i] : memref<2xi64>
    func.call @int(%x) : (i64) -> ()
  }
  %floats = memref.get_global @floats : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %x = memref.load %floats[%i] : memref<4xf32>
    %y = arith.extf %x : f32 to f64
    func.call @float(%y) : (f64) -> ()
  }
  %doubles = memref.get_global @doubles : memref<2xf64>
  scf.for %i = %c0 to %c2 step %c1 {
    %x = memref.load %doubles[%i] : memref<2xf64>
    func.call @float(%x) : (f64) -> ()
  }
  %indices = memref.get_global @indices : memref<3xindex>
  scf.for %i = %c0 to %c3 step %c1 {
    %x = memref.load %indices[%i] : memref<3xindex>
    %y = arith.index_cast %x : index to i64
    func.call @int(%y) : (i64) -> ()
  }
  %splat = memref.get_global @splat : memref<2x2xf32>
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c2 step %c1 {
      %x = memref.load %splat[%i, %j] : memref<2x2xf32>
      %y = arith.extf %x : f32 to f64
      func.call @float(%y) : (f64) -> ()
    }
  }
  %flags = memref.get_global @flags : memref<4xi1>
  scf.for %i = %c0 to %c4 step %c1 {
    %x = memref.load %flags[%i] : memref<4xi1>
    %y = arith.extui %x : i1 to i64
    func.call @int(%y) : (i64) -> ()
  }
  return
}
