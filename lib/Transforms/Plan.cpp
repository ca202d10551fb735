//===- Plan.cpp - Plan the module's buffers into its pools ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-plan: hands the buffer analysis's problem to the planner and
// writes the plan into the IR: `pool` and `offset` on each planned
// memplan.alloc, `size` and `lower_bound` on each memplan.pool.
//
//===----------------------------------------------------------------------===//

#include "ConstantReport.h"
#include "RecordWorkspaceIO.h"

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/PlannerError.h"
#include "memplan/Planner/Report.h"
#include "memplan/Target/PassSupport.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANPLAN
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

/// Emits the planner's `error` at the op to blame: the allocation of the
/// buffer that fits nowhere (a NoFitError), else the module.
static void emitPlannerError(const BufferAnalysis &analysis, llvm::Error error,
                             Operation *module) {
  Operation *blamed = module;
  std::string message;
  llvm::handleAllErrors(
      std::move(error),
      [&](const ::memplan::NoFitError &noFit) {
        if (noFit.getBuffer() < analysis.getBufferOps().size())
          blamed = analysis.getBufferOps()[noFit.getBuffer()];
        message += (message.empty() ? "" : "\n") + noFit.getMessage();
      },
      [&](const ::memplan::NoPlanError &noPlan) {
        // At the pool the message is about, else the first pool.
        size_t pool = noPlan.getPool().value_or(0);
        if (pool < analysis.getPoolOps().size())
          blamed = analysis.getPoolOps()[pool];
        message += (message.empty() ? "" : "\n") + noPlan.getMessage();
      },
      [&](const llvm::ErrorInfoBase &other) {
        message += (message.empty() ? "" : "\n") + other.message();
      });
  blamed->emitError(message);
}

/// `file:line:col` of the first file location in `loc`, empty when it has
/// none (for example a bare name location).
static std::string formatSourceLocation(Location loc) {
  auto fileLoc = loc->findInstanceOf<FileLineColLoc>();
  if (!fileLoc)
    return "";
  return (fileLoc.getFilename().getValue() + ":" + Twine(fileLoc.getLine()) +
          ":" + Twine(fileLoc.getColumn()))
      .str();
}

namespace {

struct PlanPass : public mlir::memplan::impl::MemPlanPlanBase<PlanPass> {
  using MemPlanPlanBase::MemPlanPlanBase;

  LogicalResult initialize(MLIRContext *context) override {
    if (llvm::Expected<::memplan::ReportFormat> format =
            ::memplan::selectReportFormat(reportFormat, reportFile);
        !format)
      return emitOptionError(context, "memplan-plan", format.takeError());
    std::vector<std::string> names = ::memplan::getAlgorithmNames();
    if (algorithm.empty() || llvm::is_contained(names, algorithm))
      return success();
    return emitError(UnknownLoc::get(context))
           << "memplan-plan: unknown algorithm '" << algorithm
           << "'; known: " << llvm::join(names, ", ");
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    if (failed(reportUnplannableAllocs(analysis)))
      return signalPassFailure();

    const ::memplan::Problem &problem = analysis.getProblem();
    if (problem.pools.empty()) {
      if (problem.buffers.empty())
        return markAllAnalysesPreserved();
      AllocOp first = analysis.getBufferOps().front();
      first.emitOpError(
          "cannot be planned: the module declares no memplan.pool (declare "
          "pools, or run --memplan-declare-pools first)");
      return signalPassFailure();
    }

    ::memplan::PlannerOptions options;
    options.algorithm = algorithm;
    options.timeLimitSeconds = timeLimit;
    options.workBudget = workBudget;
    llvm::Expected<::memplan::Plan> plan = ::memplan::plan(problem, options);
    if (!plan) {
      emitPlannerError(analysis, plan.takeError(), module);
      return signalPassFailure();
    }
    recordPlan(analysis, *plan);
    // Where the entry functions' inputs and outputs went, for the C header.
    recordWorkspaceIO(module);
    if (!reportFile.empty() && failed(writeReport(analysis, *plan)))
      return signalPassFailure();
    if (plan->timedOut) {
      // At the first pool rather than the module, which would be printed
      // whole with the remark.
      PoolOp firstPool = analysis.getPoolOps().front();
      std::string limit;
      llvm::raw_string_ostream(limit)
          << llvm::format("%g", static_cast<double>(timeLimit));
      firstPool.emitRemark("the time limit of ")
          << limit
          << " s ended the planner's search: the plan is the best found by "
             "then and may differ between runs";
    }
  }

  /// Writes the plan's report to reportFile, with each buffer's source
  /// location.
  LogicalResult writeReport(const BufferAnalysis &analysis,
                            const ::memplan::Plan &plan) {
    std::vector<std::string> locations;
    for (AllocOp alloc : analysis.getBufferOps())
      locations.push_back(formatSourceLocation(alloc.getLoc()));
    // The constant pools (--memplan-plan-constants) belong in the report too.
    ::memplan::Problem problem = analysis.getProblem();
    ::memplan::Plan withConstants = plan;
    appendConstantPools(getOperation(), problem, withConstants, locations,
                        formatSourceLocation);
    llvm::Expected<::memplan::ReportFormat> format =
        ::memplan::selectReportFormat(reportFormat, reportFile);
    llvm::Error error =
        format ? ::memplan::writeReportFile({problem, withConstants, locations},
                                            *format, reportFile)
               : format.takeError();
    if (!error)
      return success();
    getOperation().emitError("memplan-plan: ")
        << llvm::toString(std::move(error));
    return failure();
  }

  /// A memplan.alloc that the analysis does not plan has no lowering: each
  /// is an error with the analysis's reason.
  LogicalResult reportUnplannableAllocs(const BufferAnalysis &analysis) {
    bool ok = true;
    for (const SkippedAllocation &skipped : analysis.getSkippedAllocations()) {
      if (!isa<AllocOp>(skipped.op))
        continue;
      skipped.op->emitOpError("cannot be planned: ") << skipped.reason;
      ok = false;
    }
    return success(ok);
  }

  /// Writes the placements onto the allocations and the sizes onto the pools.
  void recordPlan(const BufferAnalysis &analysis, const ::memplan::Plan &plan) {
    Builder builder(&getContext());
    for (auto [op, placement] :
         llvm::zip_equal(analysis.getBufferOps(), plan.placements)) {
      AllocOp alloc = op;
      PoolOp pool = analysis.getPoolOps()[placement.pool];
      alloc.setPoolAttr(FlatSymbolRefAttr::get(pool.getSymNameAttr()));
      alloc.setOffsetAttr(
          builder.getI64IntegerAttr(static_cast<int64_t>(placement.offset)));
    }
    for (auto [op, size, lowerBound] : llvm::zip_equal(
             analysis.getPoolOps(), plan.poolSizes, plan.poolLowerBounds)) {
      PoolOp pool = op;
      pool.setSizeAttr(builder.getI64IntegerAttr(static_cast<int64_t>(size)));
      pool.setLowerBoundAttr(
          builder.getI64IntegerAttr(static_cast<int64_t>(lowerBound)));
    }
  }
};

} // namespace
