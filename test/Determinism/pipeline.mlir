// --memplan-pipeline gives byte-identical IR and reports on every run, with
// and without MLIR's multithreading, for the bundled MobileNet layers (two
// pools, the first bounded) and for linalg-net (pools as function
// arguments). The problem the analysis exports is identical too.

// Every build, the sanitizer build included: without time-limit the
// planner is bounded by a fixed amount of work and never reads the clock.

// RUN: rm -rf %t && mkdir -p %t
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory report-file=%t/m1.json" -o %t/m1.mlir
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-pipeline="pools=fast_memory:200704,slow_memory report-file=%t/m2.json" -o %t/m2.mlir
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --mlir-disable-threading --memplan-pipeline="pools=fast_memory:200704,slow_memory report-file=%t/m3.json" -o %t/m3.mlir
// RUN: diff %t/m1.mlir %t/m2.mlir
// RUN: diff %t/m1.mlir %t/m3.mlir
// RUN: diff %t/m1.json %t/m2.json
// RUN: diff %t/m1.json %t/m3.json

// RUN: memplan-opt %memplan_src_root/examples/linalg-net.mlir --memplan-pipeline="pool-storage=argument report-file=%t/l1.txt" -o %t/l1.mlir
// RUN: memplan-opt %memplan_src_root/examples/linalg-net.mlir --mlir-disable-threading --memplan-pipeline="pool-storage=argument report-file=%t/l2.txt" -o %t/l2.mlir
// RUN: diff %t/l1.mlir %t/l2.mlir
// RUN: diff %t/l1.txt %t/l2.txt

// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --memplan-declare-pools --memplan-import-memref --memplan-export-problem=output=%t/p1.json -o /dev/null
// RUN: memplan-opt %memplan_src_root/examples/mobilenet.mlir --mlir-disable-threading --memplan-declare-pools --memplan-import-memref --memplan-export-problem=output=%t/p2.json -o /dev/null
// RUN: diff %t/p1.json %t/p2.json

// No clock ended the runs (the pass would have said so with a remark, and
// the report's "timed_out" would be true).
// RUN: FileCheck --check-prefix=NOTIMEOUT %s < %t/m1.json
// NOTIMEOUT: "timed_out": false
