func.func private @printMemrefF32(memref<*xf32>)

func.func private @scale_into(%src: memref<8xf32>, %dst: memref<8xf32>, %k: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %tmp = memref.alloc() : memref<8xf32>
  scf.for %j = %c0 to %c8 step %c1 {
    %s = memref.load %src[%j] : memref<8xf32>
    %p = arith.mulf %s, %k : f32
    memref.store %p, %tmp[%j] : memref<8xf32>
  }
  scf.for %j = %c0 to %c8 step %c1 {
    %r = arith.subi %c7, %j : index
    %t = memref.load %tmp[%r] : memref<8xf32>
    %d = memref.load %dst[%j] : memref<8xf32>
    %sum = arith.addf %d, %t : f32
    memref.store %sum, %dst[%j] : memref<8xf32>
  }
  memref.dealloc %tmp : memref<8xf32>
  return
}

func.func private @copy_prefix(%src: memref<8xf32>, %row: memref<4xf32, strided<[1], offset: ?>>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %j = %c0 to %c4 step %c1 {
    %v = memref.load %src[%j] : memref<8xf32>
    memref.store %v, %row[%j] : memref<4xf32, strided<[1], offset: ?>>
  }
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %half = arith.constant 0.5 : f32
  %ten = arith.constant 10.0 : f32

  %a = memref.alloc() : memref<8xf32>
  scf.for %j = %c0 to %c8 step %c1 {
    %ji = arith.index_cast %j : index to i32
    %jf = arith.sitofp %ji : i32 to f32
    memref.store %jf, %a[%j] : memref<8xf32>
  }

  %acc = memref.alloc() : memref<8xf32>
  linalg.fill ins(%zero : f32) outs(%acc : memref<8xf32>)
  scf.for %i = %c0 to %c3 step %c1 {
    %t = memref.alloc() : memref<8xf32>
    scf.for %j = %c0 to %c8 step %c1 {
      %n = arith.addi %j, %c1 : index
      %wrapped = arith.remui %n, %c8 : index
      %prev = memref.load %acc[%wrapped] : memref<8xf32>
      %aj = memref.load %a[%j] : memref<8xf32>
      %s = arith.addf %prev, %aj : f32
      memref.store %s, %t[%j] : memref<8xf32>
    }
    memref.copy %t, %acc : memref<8xf32> to memref<8xf32>
    memref.dealloc %t : memref<8xf32>
  }

  func.call @scale_into(%a, %acc, %one) : (memref<8xf32>, memref<8xf32>, f32) -> ()

  %raw = memref.alloc() : memref<64xi8>
  %m = memref.view %raw[%c0][] : memref<64xi8> to memref<4x4xf32>
  linalg.fill ins(%zero : f32) outs(%m : memref<4x4xf32>)
  %row = memref.subview %m[1, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
  %row_any = memref.cast %row : memref<4xf32, strided<[1], offset: 4>> to memref<4xf32, strided<[1], offset: ?>>
  func.call @copy_prefix(%acc, %row_any) : (memref<8xf32>, memref<4xf32, strided<[1], offset: ?>>) -> ()

  %b = memref.alloc() : memref<8xf32>
  linalg.fill ins(%ten : f32) outs(%b : memref<8xf32>)
  func.call @scale_into(%acc, %b, %half) : (memref<8xf32>, memref<8xf32>, f32) -> ()

  %acc_print = memref.cast %acc : memref<8xf32> to memref<*xf32>
  func.call @printMemrefF32(%acc_print) : (memref<*xf32>) -> ()
  %b_print = memref.cast %b : memref<8xf32> to memref<*xf32>
  func.call @printMemrefF32(%b_print) : (memref<*xf32>) -> ()
  %m_print = memref.cast %m : memref<4x4xf32> to memref<*xf32>
  func.call @printMemrefF32(%m_print) : (memref<*xf32>) -> ()

  memref.dealloc %b : memref<8xf32>
  memref.dealloc %raw : memref<64xi8>
  memref.dealloc %acc : memref<8xf32>
  memref.dealloc %a : memref<8xf32>
  return
}
