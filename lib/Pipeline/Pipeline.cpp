//===- Pipeline.cpp - The memplan pipeline ----------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Transforms/Pipeline.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Report.h"
#include "memplan/Target/CHeader.h"
#include "memplan/Target/Passes.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::memplan;

void mlir::memplan::buildPipeline(OpPassManager &pm,
                                  const PipelineOptions &options) {
  MemPlanDeclarePoolsOptions declare;
  declare.pools = options.pools;
  pm.addPass(createMemPlanDeclarePools(declare));

  if (options.workspaceIO)
    pm.addPass(createMemPlanIOToWorkspace());

  pm.addPass(createMemPlanImportMemRef());

  // Before the workspace plan, which leaves constant pools alone.
  if (!options.constantPool.empty()) {
    MemPlanPlanConstantsOptions constants;
    constants.pool = options.constantPool;
    pm.addPass(createMemPlanPlanConstants(constants));
  }

  MemPlanPlanOptions plan;
  plan.algorithm = options.algorithm;
  plan.timeLimit = options.timeLimit;
  plan.workBudget = options.workBudget;
  plan.reportFile = options.reportFile;
  plan.reportFormat = options.reportFormat;
  pm.addPass(createMemPlanPlan(plan));

  if (options.report)
    pm.addPass(createMemPlanReport());

  // The header needs the planned pools, which the lowering erases.
  if (!options.cHeader.empty()) {
    MemPlanExportCHeaderOptions header;
    header.output = options.cHeader;
    header.poolStorage = options.poolStorage;
    header.prefix = options.cHeaderPrefix;
    pm.addPass(createMemPlanExportCHeader(header));
  }

  pm.addPass(createMemPlanRewrite());

  MemPlanLowerOptions lower;
  lower.poolStorage = options.poolStorage;
  pm.addPass(createMemPlanLower(lower));
}

/// Checks the option values that the passes would only reject when they run,
/// so that a malformed pipeline string fails when it is parsed.
static LogicalResult
verifyOptions(const PipelineOptions &options,
              function_ref<LogicalResult(const Twine &)> errorHandler) {
  if (!options.pools.empty()) {
    llvm::Expected<SmallVector<PoolSpec>> specs = parsePoolSpecs(options.pools);
    if (!specs)
      return errorHandler("memplan-pipeline: bad pools option: " +
                          llvm::toString(specs.takeError()));
  }
  if (!options.constantPool.empty()) {
    llvm::Expected<SmallVector<PoolSpec>> specs =
        parsePoolSpecs(options.constantPool);
    if (!specs)
      return errorHandler("memplan-pipeline: bad constant-pool option: " +
                          llvm::toString(specs.takeError()));
    if (specs->size() != 1)
      return errorHandler("memplan-pipeline: constant-pool names one pool, "
                          "got '" +
                          options.constantPool + "'");
  }
  if (llvm::Expected<PoolStorageKind> storage =
          parsePoolStorage(options.poolStorage);
      !storage)
    return errorHandler("memplan-pipeline: " +
                        llvm::toString(storage.takeError()));
  std::vector<std::string> algorithms = ::memplan::getAlgorithmNames();
  if (!options.algorithm.empty() &&
      !llvm::is_contained(algorithms, options.algorithm))
    return errorHandler("memplan-pipeline: unknown algorithm '" +
                        options.algorithm +
                        "'; known: " + llvm::join(algorithms, ", "));
  if (llvm::Error error = verifyCHeaderPrefix(options.cHeaderPrefix))
    return errorHandler("memplan-pipeline: " +
                        llvm::toString(std::move(error)));
  if (options.timeLimit < 0)
    return errorHandler("memplan-pipeline: time-limit must not be negative");
  if (llvm::Expected<::memplan::ReportFormat> format =
          ::memplan::selectReportFormat(options.reportFormat,
                                        options.reportFile);
      !format)
    return errorHandler("memplan-pipeline: " +
                        llvm::toString(format.takeError()));
  return success();
}

void mlir::memplan::registerPipeline() {
  // The pass the c-header option adds, also usable on its own.
  registerMemPlanTargetPasses();
  registerPassPipeline(
      "memplan-pipeline",
      "Plans the static buffers of a bufferized module into memory pools: "
      "declare pools, import memref allocations, plan, rewrite, lower",
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
