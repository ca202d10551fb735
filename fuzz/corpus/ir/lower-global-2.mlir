memplan.pool @huge size 12884901888 lower_bound 12884901888

func.func @beyond_4gib() {
  %a = memplan.view @huge[8589934592] : memref<1073741824xi32>
  return
}
