//===- Pipeline.cpp - The memplan pipeline ----------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Pipeline/Pipeline.h"

#include "memplan/Target/Passes.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// The options of each stage, in the passes' own (ODS-generated) option
/// structs: the pipeline checks and builds its stages from these, so each
/// rule about an option lives in the pass.
struct StageOptions {
  MemPlanDeclarePoolsOptions declare;
  MemPlanScheduleOptions schedule;
  MemPlanPlanConstantsOptions constants;
  MemPlanPlanOptions plan;
  MemPlanExportCHeaderOptions header;
  MemPlanLowerOptions lower;
};

} // namespace

static StageOptions getStageOptions(const PipelineOptions &options) {
  StageOptions stages;
  stages.declare.pools = options.pools;
  // The schedule compares its plans with the planner options of the plan.
  stages.schedule.workBudget = options.scheduleWorkBudget;
  stages.schedule.algorithm = options.algorithm;
  stages.schedule.timeLimit = options.timeLimit;
  stages.schedule.planWorkBudget = options.workBudget;
  stages.constants.pool = options.constantPool;
  stages.plan.algorithm = options.algorithm;
  stages.plan.timeLimit = options.timeLimit;
  stages.plan.workBudget = options.workBudget;
  stages.plan.objective = options.objective;
  stages.plan.reportFile = options.reportFile;
  stages.plan.reportFormat = options.reportFormat;
  stages.header.output = options.cHeader;
  stages.header.poolStorage = options.poolStorage;
  stages.header.prefix = options.cHeaderPrefix;
  stages.lower.poolStorage = options.poolStorage;
  return stages;
}

void mlir::memplan::buildPipeline(OpPassManager &pm,
                                  const PipelineOptions &options) {
  StageOptions stages = getStageOptions(options);
  pm.addPass(createMemPlanDeclarePools(stages.declare));

  if (options.workspaceIO)
    pm.addPass(createMemPlanIOToWorkspace());

  pm.addPass(createMemPlanImportMemRef());

  // Reordering is the user's decision: only with schedule=true.
  if (options.schedule)
    pm.addPass(createMemPlanSchedule(stages.schedule));

  // After any reordering: the pairs are facts of the final program order.
  if (options.inPlace)
    pm.addPass(createMemPlanReuseInPlace());

  // Before the workspace plan, which leaves constant pools alone.
  if (!options.constantPool.empty())
    pm.addPass(createMemPlanPlanConstants(stages.constants));

  pm.addPass(createMemPlanPlan(stages.plan));

  if (options.report)
    pm.addPass(createMemPlanReport());

  // The header needs the planned pools, which the lowering erases.
  if (!options.cHeader.empty())
    pm.addPass(createMemPlanExportCHeader(stages.header));

  pm.addPass(createMemPlanRewrite());
  pm.addPass(createMemPlanLower(stages.lower));
}

/// Checks every stage's options with the pass's own check, so that a
/// malformed pipeline string fails when it is parsed, with the error the
/// pass would give.
static LogicalResult
verifyOptions(const PipelineOptions &options,
              function_ref<LogicalResult(const Twine &)> errorHandler) {
  StageOptions stages = getStageOptions(options);
  auto check = [&](llvm::Error error) {
    if (!error)
      return true;
    (void)errorHandler("memplan-pipeline: " + llvm::toString(std::move(error)));
    return false;
  };
  // The first bad option only.
  return success(check(checkOptions(stages.declare)) &&
                 check(checkOptions(stages.schedule)) &&
                 check(checkOptions(stages.constants)) &&
                 check(checkOptions(stages.plan)) &&
                 check(checkOptions(stages.header)) &&
                 check(checkOptions(stages.lower)));
}

void mlir::memplan::registerPipeline() {
  registerPassPipeline(
      "memplan-pipeline",
      "Plans the static buffers of a bufferized module into memory pools: "
      "declare pools, import memref allocations, (reorder operations,) "
      "(pair in-place buffers,) plan, rewrite, lower",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        PipelineOptions options;
        if (failed(options.parseFromString(text)) ||
            failed(verifyOptions(options, errorHandler)))
          return failure();
        buildPipeline(pm, options);
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optionHandler) {
        optionHandler(PipelineOptions());
      });
}

void mlir::memplan::registerMemPlanPassesAndPipelines() {
  registerMemPlanPasses();
  // The pass the c-header option adds, also usable on its own.
  registerMemPlanTargetPasses();
  registerPipeline();
}
