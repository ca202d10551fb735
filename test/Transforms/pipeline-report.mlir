// RUN: memplan-opt %s \
// RUN:   --memplan-pipeline="pools=sram:256:16 algorithm=greedy-by-size report-file=%t.json" \
// RUN:   | FileCheck %s --check-prefix=IR
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: not memplan-opt %s --memplan-pipeline="report-file=%t.x report-format=pdf" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

// --memplan-pipeline passes report-file and report-format to its planning
// stage. Two memref.allocs live together: greedy-by-size puts the 64-byte one
// at 0 and the 32-byte one at 64 in sram (capacity 256, alignment 16). Used
// 96 = lower bound; capacity used 96/256 = 37.50 %.

// IR: memref.global "private" @sram : memref<96xi8>
func.func @main(%arg0: memref<4xi8>) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<64xi8>
  %b = memref.alloc() : memref<32xi8>
  %v = memref.load %arg0[%c0] : memref<4xi8>
  memref.store %v, %a[%c0] : memref<64xi8>
  memref.store %v, %b[%c0] : memref<32xi8>
  %x = memref.load %a[%c0] : memref<64xi8>
  %y = memref.load %b[%c0] : memref<32xi8>
  memref.store %x, %arg0[%c0] : memref<4xi8>
  memref.store %y, %arg0[%c0] : memref<4xi8>
  memref.dealloc %a : memref<64xi8>
  memref.dealloc %b : memref<32xi8>
  return
}

// JSON:      "name": "sram",
// JSON-NEXT: "capacity": 256,
// JSON-NEXT: "alignment": 16,
// JSON-NEXT: "used": 96,
// JSON-NEXT: "lower_bound": 96,
// JSON-NEXT: "buffers": 2,
// JSON-NEXT: "utilisation_percent": "100.00",
// JSON-NEXT: "capacity_used_percent": "37.50"
// JSON:      "size": 64,
// JSON:      "offset": 0,
// JSON:      "location": "{{.*}}pipeline-report.mlir:16:8"
// JSON:      "size": 32,
// JSON:      "offset": 64,
// JSON:      "location": "{{.*}}pipeline-report.mlir:17:8"

// BAD: memplan-pipeline: unknown report format 'pdf' (expected json, text, svg or html)
