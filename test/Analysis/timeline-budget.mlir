// RUN: memplan-opt %s --memplan-test-print-liveness -verify-diagnostics -o /dev/null
// Calls are walked in place each time, so a small program can have a huge
// timeline: here @f0 calls @f1 twice, @f1 calls @f2 twice, and so on, 2^25
// walks of @f25. The walk stops with an error past 2^24 ticks instead of
// running for ever.

memplan.pool @pool

func.func private @f25(%buf: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %x = memref.load %buf[%c0] : memref<4xf32>
  return
}

func.func private @f24(%buf: memref<4xf32>) {
  func.call @f25(%buf) : (memref<4xf32>) -> ()
  func.call @f25(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f23(%buf: memref<4xf32>) {
  func.call @f24(%buf) : (memref<4xf32>) -> ()
  func.call @f24(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f22(%buf: memref<4xf32>) {
  func.call @f23(%buf) : (memref<4xf32>) -> ()
  func.call @f23(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f21(%buf: memref<4xf32>) {
  func.call @f22(%buf) : (memref<4xf32>) -> ()
  func.call @f22(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f20(%buf: memref<4xf32>) {
  func.call @f21(%buf) : (memref<4xf32>) -> ()
  func.call @f21(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f19(%buf: memref<4xf32>) {
  func.call @f20(%buf) : (memref<4xf32>) -> ()
  func.call @f20(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f18(%buf: memref<4xf32>) {
  func.call @f19(%buf) : (memref<4xf32>) -> ()
  func.call @f19(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f17(%buf: memref<4xf32>) {
  func.call @f18(%buf) : (memref<4xf32>) -> ()
  func.call @f18(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f16(%buf: memref<4xf32>) {
  func.call @f17(%buf) : (memref<4xf32>) -> ()
  func.call @f17(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f15(%buf: memref<4xf32>) {
  func.call @f16(%buf) : (memref<4xf32>) -> ()
  func.call @f16(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f14(%buf: memref<4xf32>) {
  func.call @f15(%buf) : (memref<4xf32>) -> ()
  func.call @f15(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f13(%buf: memref<4xf32>) {
  func.call @f14(%buf) : (memref<4xf32>) -> ()
  func.call @f14(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f12(%buf: memref<4xf32>) {
  func.call @f13(%buf) : (memref<4xf32>) -> ()
  func.call @f13(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f11(%buf: memref<4xf32>) {
  func.call @f12(%buf) : (memref<4xf32>) -> ()
  func.call @f12(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f10(%buf: memref<4xf32>) {
  func.call @f11(%buf) : (memref<4xf32>) -> ()
  func.call @f11(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f9(%buf: memref<4xf32>) {
  func.call @f10(%buf) : (memref<4xf32>) -> ()
  func.call @f10(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f8(%buf: memref<4xf32>) {
  func.call @f9(%buf) : (memref<4xf32>) -> ()
  func.call @f9(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f7(%buf: memref<4xf32>) {
  func.call @f8(%buf) : (memref<4xf32>) -> ()
  func.call @f8(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f6(%buf: memref<4xf32>) {
  func.call @f7(%buf) : (memref<4xf32>) -> ()
  func.call @f7(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f5(%buf: memref<4xf32>) {
  func.call @f6(%buf) : (memref<4xf32>) -> ()
  func.call @f6(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f4(%buf: memref<4xf32>) {
  func.call @f5(%buf) : (memref<4xf32>) -> ()
  func.call @f5(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f3(%buf: memref<4xf32>) {
  func.call @f4(%buf) : (memref<4xf32>) -> ()
  func.call @f4(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f2(%buf: memref<4xf32>) {
  func.call @f3(%buf) : (memref<4xf32>) -> ()
  func.call @f3(%buf) : (memref<4xf32>) -> ()
  return
}

func.func private @f1(%buf: memref<4xf32>) {
  func.call @f2(%buf) : (memref<4xf32>) -> ()
  func.call @f2(%buf) : (memref<4xf32>) -> ()
  return
}

// expected-error @below {{the timeline from this entry function exceeds 16777216 steps (each call is walked again); memory planning gives up}}
func.func @f0() {
  %buf = memplan.alloc : memref<4xf32>
  func.call @f1(%buf) : (memref<4xf32>) -> ()
  func.call @f1(%buf) : (memref<4xf32>) -> ()
  return
}
