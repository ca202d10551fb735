func.func private @printMemrefI64(memref<*xi64>)

  func.func @main() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c56 = arith.constant 56 : index
    %c64 = arith.constant 64 : index
    %byte = arith.constant 31 : i8
    %zero = arith.constant 0 : i64
    %in = memref.alloc() : memref<1x224x224x3xi8>
    linalg.fill ins(%byte : i8) outs(%in : memref<1x224x224x3xi8>)
    %out = memref.alloc() : memref<1x56x56x64xi16>
    func.call @tvmgen_default_run_model(%in, %out)
        : (memref<1x224x224x3xi8>, memref<1x56x56x64xi16>) -> ()
    %sum = memref.alloc() : memref<1xi64>
    memref.store %zero, %sum[%c0] : memref<1xi64>
    scf.for %y = %c0 to %c56 step %c1 {
      scf.for %x = %c0 to %c56 step %c1 {
        scf.for %f = %c0 to %c64 step %c1 {
          %v = memref.load %out[%c0, %y, %x, %f] : memref<1x56x56x64xi16>
          %w = arith.extsi %v : i16 to i64
          %acc = memref.load %sum[%c0] : memref<1xi64>
          %next = arith.addi %acc, %w : i64
          memref.store %next, %sum[%c0] : memref<1xi64>
        }
      }
    }
    %printable = memref.cast %sum : memref<1xi64> to memref<*xi64>
    func.call @printMemrefI64(%printable) : (memref<*xi64>) -> ()
    memref.dealloc %sum : memref<1xi64>
    memref.dealloc %out : memref<1x56x56x64xi16>
    memref.dealloc %in : memref<1x224x224x3xi8>
    return
  }
