// RUN: memplan-opt %s -split-input-file -verify-diagnostics --memplan-io-to-workspace -o /dev/null

// An entry function that the module itself calls cannot lose its
// arguments: the call passes them.
// expected-note @+1 {{the entry function}}
func.func @model(%in: memref<4xi8>) -> i8 attributes {memplan.entry} {
  %c0 = arith.constant 0 : index
  %x = memref.load %in[%c0] : memref<4xi8>
  return %x : i8
}

func.func @main() -> i8 attributes {memplan.entry} {
  %a = memref.alloca() : memref<4xi8>
  // expected-error @+1 {{references the entry function @model, whose memref arguments move into the workspace; only the application may call it}}
  %x = func.call @model(%a) : (memref<4xi8>) -> i8
  return %x : i8
}
