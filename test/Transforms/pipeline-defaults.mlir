// RUN: memplan-opt %s --memplan-pipeline --dump-pass-pipeline -o /dev/null 2> %t.pipeline
// RUN: memplan-opt %s --pass-pipeline="builtin.module(memplan-declare-pools,memplan-import-memref,memplan-reuse-in-place,memplan-plan,memplan-rewrite,memplan-lower)" --dump-pass-pipeline -o /dev/null 2> %t.passes
// RUN: diff %t.pipeline %t.passes
// RUN: memplan-opt %s --memplan-pipeline="constant-pool=cp c-header=%t.h" --dump-pass-pipeline -o /dev/null 2> %t.pipeline-all
// RUN: memplan-opt %s --pass-pipeline="builtin.module(memplan-declare-pools,memplan-import-memref,memplan-reuse-in-place,memplan-plan-constants{pool=cp},memplan-plan,memplan-export-c-header{output=%t.h},memplan-rewrite,memplan-lower)" --dump-pass-pipeline -o /dev/null 2> %t.passes-all
// RUN: diff %t.pipeline-all %t.passes-all
// RUN: FileCheck %s --input-file=%t.pipeline-all
// RUN: memplan-opt %s --memplan-pipeline=in-place=false --dump-pass-pipeline -o /dev/null 2> %t.pipeline-apart
// RUN: memplan-opt %s --pass-pipeline="builtin.module(memplan-declare-pools,memplan-import-memref,memplan-plan,memplan-rewrite,memplan-lower)" --dump-pass-pipeline -o /dev/null 2> %t.passes-apart
// RUN: diff %t.pipeline-apart %t.passes-apart

// The pipeline's options take their defaults from the passes' own option
// structs (include/memplan/Pipeline/Pipeline.h). --dump-pass-pipeline prints
// every option of every stage, so the stages the pipeline builds with its
// defaults must print exactly as the same passes given no option (the first
// pair), and with the two optional stages switched on, as those passes given
// only the value the pipeline passes on (the second pair); in-place=false
// drops the in-place stage (the third pair). A pipeline default
// that drifts from its pass's default (say time-limit=2 or
// c-header-prefix=mp) makes a diff fail.

// The second dump names every stage once, in this order:
// CHECK: memplan-declare-pools{
// CHECK: memplan-import-memref
// CHECK: memplan-reuse-in-place
// CHECK: memplan-plan-constants{pool=cp}
// CHECK: memplan-plan{
// CHECK: memplan-export-c-header{
// CHECK: memplan-rewrite
// CHECK: memplan-lower{

module {
}
