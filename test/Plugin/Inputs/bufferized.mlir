// Bufferized code: memref.allocs for --memplan-pipeline to plan.
func.func private @scale(%in: memref<16xf32>, %out: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  scf.for %i = %c0 to %c16 step %c1 {
    %x = memref.load %in[%i] : memref<16xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %out[%i] : memref<16xf32>
  }
  return
}

func.func @main(%arg0: memref<16xf32>, %arg1: memref<16xf32>) {
  %a = memref.alloc() : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  %c = memref.alloc() : memref<16xf32>
  func.call @scale(%arg0, %a) : (memref<16xf32>, memref<16xf32>) -> ()
  func.call @scale(%a, %b) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  func.call @scale(%b, %c) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %b : memref<16xf32>
  func.call @scale(%c, %arg1) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %c : memref<16xf32>
  return
}
