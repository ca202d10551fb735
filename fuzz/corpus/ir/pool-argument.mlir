func.func private @helper(%in: memref<4xf32>, %out: memref<4xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %c4 = arith.constant 4 : index
    %two = arith.constant 2.0 : f32
    %one = arith.constant 1.0 : f32
    %tmp = memref.alloc() : memref<4xf32> loc("tmp")
    scf.for %j = %c0 to %c4 step %c1 {
      %x = memref.load %in[%j] : memref<4xf32>
      %y = arith.mulf %x, %two : f32
      memref.store %y, %tmp[%j] : memref<4xf32>
    }
    scf.for %j = %c0 to %c4 step %c1 {
      %r = arith.subi %c3, %j : index
      %t = memref.load %tmp[%r] : memref<4xf32>
      %y = arith.addf %t, %one : f32
      memref.store %y, %out[%j] : memref<4xf32>
    }
    memref.dealloc %tmp : memref<4xf32>
    return
  }

  func.func @model(%in: memref<4xf32>, %out: memref<4xf32>) {
    %mid = memref.alloc() : memref<4xf32> loc("mid")
    func.call @helper(%in, %mid) : (memref<4xf32>, memref<4xf32>) -> ()
    func.call @helper(%mid, %out) : (memref<4xf32>, memref<4xf32>) -> ()
    memref.dealloc %mid : memref<4xf32>
    return
  }

  func.func private @printMemrefF32(memref<*xf32>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %in = memref.alloca() : memref<4xf32>
    scf.for %j = %c0 to %c4 step %c1 {
      %n = arith.addi %j, %c1 : index
      %ni = arith.index_cast %n : index to i32
      %nf = arith.sitofp %ni : i32 to f32
      memref.store %nf, %in[%j] : memref<4xf32>
    }
    %out = memref.alloca() : memref<4xf32>
    func.call @model(%in, %out) : (memref<4xf32>, memref<4xf32>) -> ()
    %printable = memref.cast %out : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    return
  }

  func.func private @printMemrefF32(memref<*xf32>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %in = memref.alloca() : memref<4xf32>
    scf.for %j = %c0 to %c4 step %c1 {
      %n = arith.addi %j, %c1 : index
      %ni = arith.index_cast %n : index to i32
      %nf = arith.sitofp %ni : i32 to f32
      memref.store %nf, %in[%j] : memref<4xf32>
    }
    %out = memref.alloca() : memref<4xf32>
    %fast = memref.alloc() {alignment = 16 : i64} : memref<16xi8>
    %slow = memref.alloc() {alignment = 16 : i64} : memref<16xi8>
    func.call @model(%in, %out, %fast, %slow)
        : (memref<4xf32>, memref<4xf32>, memref<16xi8>, memref<16xi8>) -> ()
    %printable = memref.cast %out : memref<4xf32> to memref<*xf32>
    func.call @printMemrefF32(%printable) : (memref<*xf32>) -> ()
    memref.dealloc %slow : memref<16xi8>
    memref.dealloc %fast : memref<16xi8>
    return
  }
