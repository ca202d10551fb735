//===- Pipeline.h - The memplan pipeline and its options --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-pipeline: from bufferized IR to upstream IR with every planned
// buffer in a pool. The stages: declare pools, (inputs and outputs into the
// workspace,) import memref allocations, (reorder operations,) (in-place
// pairs,) (plan constants,) plan, (report,) rewrite, lower.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PIPELINE_PIPELINE_H
#define MEMPLAN_PIPELINE_PIPELINE_H

#include "memplan/Target/Passes.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <cstdint>
#include <string>

namespace mlir::memplan {

/// The options of --memplan-pipeline, its command-line surface: each is
/// handed to the option of the stage that uses it (lib/Pipeline/Pipeline.cpp)
/// and checked there by that pass's own check (checkOptions).
///
/// What is still written twice: MLIR cannot re-export a pass's options into
/// a PassPipelineOptions, and ODS generates each option's description only
/// inside the pass class, so the names and descriptions below repeat those
/// of Passes.td (Transforms and Target). The defaults do not: each is read
/// from the pass's generated options struct, and
/// test/Transforms/pipeline-defaults.mlir checks that the pipeline's stages
/// equal the passes run one by one with their defaults. The pipeline's own:
/// workspace-io, schedule, in-place, report and c-header, which switch
/// stages on (c-header's
/// empty default means no header, where the pass's output defaults to '-').
struct PipelineOptions : public PassPipelineOptions<PipelineOptions> {
  Option<std::string> algorithm{
      *this, "algorithm",
      llvm::cl::desc("Planning algorithm (empty: the best of all within the "
                     "time limit)"),
      llvm::cl::init(MemPlanPlanOptions().algorithm)};
  Option<double> timeLimit{
      *this, "time-limit",
      llvm::cl::desc("Wall-clock bound of the planner in seconds (0: none, "
                     "the searches are bounded by deterministic work alone); "
                     "the plan may then differ between runs"),
      llvm::cl::init(MemPlanPlanOptions().timeLimit)};
  Option<uint64_t> workBudget{
      *this, "work-budget",
      llvm::cl::desc("Deterministic work the search may spend, in the "
                     "planner's work units (0: 150000000 without time-limit, "
                     "none with it)"),
      llvm::cl::init(MemPlanPlanOptions().workBudget)};
  Option<std::string> objective{
      *this, "objective",
      llvm::cl::desc("What the planner optimises: peak (the smallest pools) "
                     "or fit (stop at the first plan within every pool's "
                     "capacity)"),
      llvm::cl::init(MemPlanPlanOptions().objective)};
  Option<std::string> pools{
      *this, "pools",
      llvm::cl::desc("Pools to declare when the module has none, in "
                     "candidate order: NAME[:CAPACITY[:ALIGNMENT]],... "
                     "(default: one unbounded pool 'workspace', alignment "
                     "16)"),
      llvm::cl::init(MemPlanDeclarePoolsOptions().pools)};
  Option<std::string> poolStorage{
      *this, "pool-storage",
      llvm::cl::desc("Storage of each pool: global (a memref.global) or "
                     "argument (an extra argument of the functions using it)"),
      llvm::cl::init(MemPlanLowerOptions().poolStorage)};
  Option<std::string> constantPool{
      *this, "constant-pool",
      llvm::cl::desc("Pack the constants the planned functions read into "
                     "this read-only pool, NAME[:CAPACITY[:ALIGNMENT]] "
                     "(declared when missing), see --memplan-plan-constants"),
      llvm::cl::init(MemPlanPlanConstantsOptions().pool)};
  Option<bool> workspaceIO{
      *this, "workspace-io",
      llvm::cl::desc("Move the entry functions' memref arguments (inputs and "
                     "outputs) into the pools, see --memplan-io-to-workspace"),
      llvm::cl::init(false)};
  Option<bool> schedule{
      *this, "schedule",
      llvm::cl::desc("Reorder the operations of each block so that fewer "
                     "planned bytes are live at once, before planning (see "
                     "--memplan-schedule)"),
      llvm::cl::init(false)};
  Option<bool> inPlace{
      *this, "in-place",
      llvm::cl::desc("Let elementwise ops write their output into an input "
                     "that dies there, when that makes the pools smaller "
                     "(see --memplan-reuse-in-place)"),
      llvm::cl::init(true)};
  Option<uint64_t> scheduleWorkBudget{
      *this, "schedule-work-budget",
      llvm::cl::desc("Deterministic work units the order search of each "
                     "block may spend (0: the pass's default), see "
                     "--memplan-schedule"),
      llvm::cl::init(0)};
  Option<bool> report{
      *this, "report",
      llvm::cl::desc("Print per pool the planned bytes, the lower bound and "
                     "the savings (see --memplan-report)"),
      llvm::cl::init(false)};
  Option<std::string> reportFile{
      *this, "report-file",
      llvm::cl::desc("Also write the plan's report to this file ('-': "
                     "stdout), see --memplan-plan"),
      llvm::cl::init(MemPlanPlanOptions().reportFile)};
  Option<std::string> reportFormat{
      *this, "report-format",
      llvm::cl::desc("Report format: json, text, svg or html (default: by the "
                     "report file's extension, else text)"),
      llvm::cl::init(MemPlanPlanOptions().reportFormat)};
  Option<std::string> cHeader{
      *this, "c-header",
      llvm::cl::desc("Also write the plan's C header to this file ('-': "
                     "stdout), see --memplan-export-c-header"),
      llvm::cl::init("")};
  Option<std::string> cHeaderPrefix{
      *this, "c-header-prefix",
      llvm::cl::desc("Prefix of the C header's names (upper case for "
                     "macros)"),
      llvm::cl::init(MemPlanExportCHeaderOptions().prefix)};
};

/// Adds the stages of --memplan-pipeline to `pm` (anchored on
/// builtin.module).
void buildPipeline(OpPassManager &pm, const PipelineOptions &options);

/// Registers --memplan-pipeline. Malformed `pools` or `pool-storage` values
/// are reported when the pipeline is parsed.
void registerPipeline();

/// Registers every memplan pass (Transforms and Target) and pass pipeline
/// with the global registry.
void registerMemPlanPassesAndPipelines();

} // namespace mlir::memplan

#endif // MEMPLAN_PIPELINE_PIPELINE_H
