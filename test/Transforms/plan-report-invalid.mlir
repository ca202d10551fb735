// RUN: not memplan-opt %s --memplan-plan="report-file=%t.x report-format=pdf" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FORMAT
// FORMAT: memplan-plan: unknown report format 'pdf' (expected json, text, svg or html)

// RUN: memplan-opt %s --memplan-plan="algorithm=greedy-by-size report-file=%t.missing/report.json" \
// RUN:   -verify-diagnostics -o /dev/null

// expected-error @below {{memplan-plan: cannot write report}}
module {
  memplan.pool @sram
  func.func @main() {
    %a = memplan.alloc : memref<16xi8>
    return
  }
}
