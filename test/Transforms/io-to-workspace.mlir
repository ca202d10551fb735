// RUN: memplan-opt %s -split-input-file -verify-diagnostics --memplan-io-to-workspace -mlir-print-debuginfo | FileCheck %s

// Each plannable memref argument of the entry function becomes a buffer at
// the start of the function; the function loses it. Read => input, written
// => output (both: both; neither: input), each numbered in argument order.
//   %in    read (memref.copy source)          -> input 0
//   %acc   read and written (through a view)  -> input 1, output 0
//   %out   written (in the callee @fill)      -> output 1
//   %dyn   dynamic shape                      -> stays, with a remark
//   %n     not a memref                       -> stays
//   %unused neither read nor written          -> input 2
// Buffers are named after the entry and their indices.

// CHECK-LABEL: func.func private @fill
// CHECK-SAME: (%{{[^:]*}}: memref<4xf32> loc({{[^)]*}}))
func.func private @fill(%buf: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  memref.store %one, %buf[%c0] : memref<4xf32>
  return
}

// CHECK-LABEL: func.func @model
// CHECK-SAME: (%[[DYN:[^:]*]]: memref<?xf32> loc({{[^)]*}}), %{{[^:]*}}: index loc({{[^)]*}})) {
// CHECK-NEXT: %[[IN:.*]] = memplan.alloc {memplan.input = 0 : i64} : memref<4xf32> loc(#[[IN_LOC:.*]])
// CHECK-NEXT: %[[ACC:.*]] = memplan.alloc {memplan.input = 1 : i64, memplan.output = 0 : i64} : memref<4xf32> loc(#[[ACC_LOC:.*]])
// CHECK-NEXT: %[[OUT:.*]] = memplan.alloc {memplan.output = 1 : i64} : memref<4xf32> loc(#[[OUT_LOC:.*]])
// CHECK-NEXT: %[[UNUSED:.*]] = memplan.alloc {memplan.input = 2 : i64} : memref<8xi8> loc(#[[UNUSED_LOC:.*]])
// CHECK: memref.subview %[[ACC]]
// CHECK: %[[CAST:.*]] = memref.cast %[[IN]]
// CHECK: memref.copy %[[CAST]], %[[DYN]]
// CHECK: call @fill(%[[OUT]])
// CHECK-DAG: #[[IN_LOC]] = loc("model_input0"
// CHECK-DAG: #[[ACC_LOC]] = loc("model_input1_output0"
// CHECK-DAG: #[[OUT_LOC]] = loc("model_output1"
// CHECK-DAG: #[[UNUSED_LOC]] = loc("model_input2"
func.func @model(%in: memref<4xf32>, %acc: memref<4xf32>, %out: memref<4xf32>,
                 // expected-remark @+1 {{argument #3 stays an argument: its shape is dynamic}}
                 %dyn: memref<?xf32>,
                 %n: index, %unused: memref<8xi8>) {
  %c0 = arith.constant 0 : index
  %head = memref.subview %acc[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  %x = memref.load %head[%c0] : memref<2xf32, strided<[1]>>
  %y = arith.addf %x, %x : f32
  memref.store %y, %head[%c0] : memref<2xf32, strided<[1]>>
  %in_dyn = memref.cast %in : memref<4xf32> to memref<?xf32>
  memref.copy %in_dyn, %dyn : memref<?xf32> to memref<?xf32>
  func.call @fill(%out) : (memref<4xf32>) -> ()
  return
}

// -----

// An argument that escapes stays an argument. A named argument location
// names its buffer.
// CHECK-LABEL: func.func @escaping
// CHECK-SAME: (%{{[^:]*}}: memref<4xi8> loc({{[^)]*}})) -> memref<4xi8> {
// CHECK-NEXT: memplan.alloc {memplan.input = 0 : i64} : memref<2xi8> loc(#[[NAMED:.*]])
// CHECK-DAG: #[[NAMED]] = loc("pixels")
func.func @escaping(
    // expected-remark @+1 {{argument #0 stays an argument: it is returned by 'func.return'}}
    %kept: memref<4xi8>,
    %named: memref<2xi8> loc("pixels")) -> memref<4xi8> {
  %c0 = arith.constant 0 : index
  %x = memref.load %named[%c0] : memref<2xi8>
  return %kept : memref<4xi8>
}
