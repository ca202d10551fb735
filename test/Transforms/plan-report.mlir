// RUN: memplan-opt %s --memplan-plan="algorithm=greedy-by-size report-file=%t.json" \
// RUN:   | FileCheck %s --check-prefix=IR
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: memplan-opt %s --memplan-plan="algorithm=greedy-by-size report-file=%t.txt" -o /dev/null
// RUN: FileCheck %s --check-prefix=TEXT < %t.txt
// RUN: memplan-opt %s --memplan-plan="algorithm=greedy-by-size report-file=- report-format=svg" -o /dev/null \
// RUN:   | FileCheck %s --check-prefix=SVG

// --memplan-plan's report: two buffers live together (both are stored to
// before either is read), pool sram of capacity 256 and alignment 16.
// greedy-by-size places the 64-byte buffer at 0 and the 32-byte one above
// it at 64. Used 96, lower bound 64 + 32 = 96: utilisation 100.00 %;
// capacity used 96/256 = 37.50 %. Locations are the allocations' lines.

// IR: memplan.pool @sram capacity 256 size 96 lower_bound 96
memplan.pool @sram capacity 256 alignment 16

func.func @main(%arg0: memref<4xi8>) {
  %c0 = arith.constant 0 : index
  // IR: memplan.alloc pool @sram offset 0 : memref<64xi8>
  %a = memplan.alloc : memref<64xi8>
  // IR: memplan.alloc pool @sram offset 64 : memref<32xi8>
  %b = memplan.alloc : memref<32xi8>
  %v = memref.load %arg0[%c0] : memref<4xi8>
  memref.store %v, %a[%c0] : memref<64xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %a[%c0] : memref<64xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  memref.store %x, %arg0[%c0] : memref<4xi8>
  memref.store %y, %arg0[%c0] : memref<4xi8>
  return
}

// JSON:      "algorithm": "greedy-by-size",
// JSON-NEXT: "lower_bound": 96,
// JSON-NEXT: "total_size": 96,
// JSON:      "name": "sram",
// JSON-NEXT: "capacity": 256,
// JSON-NEXT: "alignment": 16,
// JSON-NEXT: "used": 96,
// JSON-NEXT: "lower_bound": 96,
// JSON-NEXT: "buffers": 2,
// JSON-NEXT: "utilisation_percent": "100.00",
// JSON-NEXT: "capacity_used_percent": "37.50"
// JSON:      "buffers": [
// JSON:        "size": 64,
// JSON-NEXT:   "alignment": 1,
// JSON-NEXT:   "pool": "sram",
// JSON-NEXT:   "offset": 0,
// JSON-NEXT:   "end": 64,
// JSON-NEXT:   "intervals": [
// JSON-NEXT:     [
// JSON-NEXT:       [[A_START:[0-9]+]],
// JSON-NEXT:       [[A_END:[0-9]+]]
// JSON-NEXT:     ]
// JSON-NEXT:   ],
// JSON-NEXT:   "location": "{{.*}}plan-report.mlir:21:8"
// JSON:        "size": 32,
// JSON:        "offset": 64,
// JSON-NEXT:   "end": 96,
// JSON:        "location": "{{.*}}plan-report.mlir:23:8"

// TEXT: pool  capacity  alignment  used  lower bound  utilisation  capacity used  buffers
// TEXT-NEXT: sram       256         16    96           96      100.00%         37.50%        2
// TEXT: {{^}}main_alloc0    64          1  sram       0   64  {{\[[0-9]+,[0-9]+\)}}  {{.*}}plan-report.mlir:21:8
// TEXT-NEXT: {{^}}main_alloc1    32          1  sram      64   96  {{\[[0-9]+,[0-9]+\)}}  {{.*}}plan-report.mlir:23:8

// Peak 96: y(a) = 360 - floor(300 a / 96); y(64) = 160, y(96) = 60.
// SVG: >pool sram: capacity 256, used 96, lower bound 96, utilisation 100.00%, capacity used 37.50%</text>
// SVG: <rect class="buffer" x="{{[0-9]+}}" y="160" width="{{[0-9]+}}" height="200"
// SVG: <rect class="buffer" x="{{[0-9]+}}" y="60" width="{{[0-9]+}}" height="100"

// The HTML report carries the same plan and the allocations' locations
// (as in the JSON report), which the viewer shows on hover.
// RUN: memplan-opt %s --memplan-plan="algorithm=greedy-by-size report-file=%t.html" -o /dev/null
// RUN: FileCheck %s --check-prefix=HTML < %t.html
// HTML: "pools":[{"name":"sram","capacity":256,"alignment":16,"used":96,"lowerBound":96,"buffers":2,
// HTML: "names":["main_alloc0","main_alloc1"]
// HTML: "locations":["{{[^"]*}}plan-report.mlir:21:8","{{[^"]*}}plan-report.mlir:23:8"]
// HTML: "buffers":[64,1,0,0,1,
// HTML-NEXT: 32,1,0,64,1,
