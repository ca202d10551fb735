// A small planned module for the option tests.
memplan.pool @sram capacity 256 size 64 lower_bound 64

func.func @model() {
  %a = memplan.alloc pool @sram offset 0 : memref<16xf32>
  return
}
