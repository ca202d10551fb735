//===- PassOptions.cpp - The checks of the passes' options ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Transforms/PassOptions.h"

#include "memplan/Analysis/PlannerTypes.h"
#include "memplan/Support/PoolSpec.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::memplan;

llvm::Error
mlir::memplan::checkOptions(const MemPlanDeclarePoolsOptions &options) {
  if (options.pools.empty())
    return llvm::Error::success();
  llvm::Expected<SmallVector<PoolSpec>> specs = parsePoolSpecs(options.pools);
  if (!specs)
    return llvm::createStringError("bad pools option: " +
                                   llvm::toString(specs.takeError()));
  return llvm::Error::success();
}

/// `algorithm` names a planner algorithm (or is empty) and `timeLimit` is
/// not negative: the planner options of --memplan-plan and
/// --memplan-schedule.
static llvm::Error checkPlannerOptions(llvm::StringRef algorithm,
                                       double timeLimit) {
  std::vector<std::string> names = getAlgorithmNames();
  if (!algorithm.empty() && !llvm::is_contained(names, algorithm))
    return llvm::createStringError("unknown algorithm '" + algorithm +
                                   "'; known: " + llvm::join(names, ", "));
  if (!(timeLimit >= 0))
    return llvm::createStringError("time-limit must not be negative");
  return llvm::Error::success();
}

llvm::Error mlir::memplan::checkOptions(const MemPlanPlanOptions &options) {
  if (llvm::Error error =
          checkPlannerOptions(options.algorithm, options.timeLimit))
    return error;
  if (!parseObjective(options.objective))
    return llvm::createStringError("objective: '" + options.objective +
                                   "' is neither 'peak' nor 'fit'");
  llvm::Expected<ReportFormat> format =
      selectReportFormat(options.reportFormat, options.reportFile);
  return format ? llvm::Error::success() : format.takeError();
}

llvm::Error
mlir::memplan::checkOptions(const MemPlanPlanConstantsOptions &options) {
  if (options.pool.empty())
    return llvm::Error::success();
  llvm::Expected<SmallVector<PoolSpec>> specs = parsePoolSpecs(options.pool);
  if (!specs)
    return llvm::createStringError("bad pool option: " +
                                   llvm::toString(specs.takeError()));
  if (specs->size() != 1)
    return llvm::createStringError("pool names one pool, got '" + options.pool +
                                   "'");
  return llvm::Error::success();
}

llvm::Error mlir::memplan::checkOptions(const MemPlanLowerOptions &options) {
  llvm::Expected<PoolStorageKind> storage =
      parsePoolStorage(options.poolStorage);
  return storage ? llvm::Error::success() : storage.takeError();
}

llvm::Error mlir::memplan::checkOptions(const MemPlanScheduleOptions &options) {
  return checkPlannerOptions(options.algorithm, options.timeLimit);
}
