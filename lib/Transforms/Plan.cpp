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
#include "Schedule/ScheduleSummary.h"

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/PlannerError.h"
#include "memplan/Planner/Report.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/Format.h"

#define DEBUG_TYPE "memplan-plan"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANPLAN
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

/// Emits the planner's `error` at the op to blame: the allocation of the
/// buffer that fits nowhere (a NoFitError) or of a pin that cannot be kept
/// (a PinError, with a note at the other pin of an overlap), the pool a
/// NoPlanError is about, else the module.
static void emitPlannerError(const BufferAnalysis &analysis, llvm::Error error,
                             Operation *module) {
  Operation *blamed = module;
  Operation *noted = nullptr;
  std::string message;
  llvm::ArrayRef<AllocOp> bufferOps = analysis.getBufferOps();
  llvm::handleAllErrors(
      std::move(error),
      [&](const PinError &pin) {
        if (pin.getBuffer() < bufferOps.size())
          blamed = bufferOps[pin.getBuffer()];
        if (std::optional<BufferId> other = pin.getOtherBuffer();
            other && *other < bufferOps.size())
          noted = bufferOps[*other];
        message += (message.empty() ? "" : "\n") + pin.getMessage();
      },
      [&](const NoFitError &noFit) {
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
  InFlightDiagnostic diagnostic = blamed->emitError(message);
  if (noted)
    diagnostic.attachNote(noted->getLoc()) << "the other pinned buffer";
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

/// For -debug-only=memplan-plan: the problem the planner gets (pools; per
/// buffer its size, alignment, candidate pools and live intervals) and the
/// algorithm asked for.
[[maybe_unused]] static void printProblem(const Problem &problem,
                                          const PlannerOptions &options,
                                          llvm::raw_ostream &os) {
  os << "[memplan-plan] " << problem.pools.size() << " pools, "
     << problem.buffers.size() << " buffers\n";
  for (const Pool &pool : problem.pools) {
    os << "[memplan-plan]   pool " << pool.name << ": capacity ";
    if (pool.capacity)
      os << *pool.capacity;
    else
      os << "unbounded";
    os << ", alignment " << pool.alignment << "\n";
  }
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    os << "[memplan-plan]   buffer " << buffer.name << ": size " << buffer.size
       << ", alignment " << buffer.alignment << ", pools [";
    llvm::interleaveComma(problem.getCandidatePools(id), os,
                          [&](PoolId pool) { os << problem.pools[pool].name; });
    os << "], intervals";
    for (const Interval &interval : buffer.intervals)
      os << " [" << interval.start << ", " << interval.end << ")";
    os << "\n";
  }
  os << "[memplan-plan] algorithm: "
     << (options.algorithm.empty() ? std::string("(best of all)")
                                   : options.algorithm)
     << ", time limit ";
  if (options.timeLimitSeconds > 0)
    os << llvm::format("%g", options.timeLimitSeconds) << " s";
  else
    os << "none";
  os << ", work budget " << options.workBudget << "\n";
}

/// For -debug-only=memplan-plan: what the planner chose and where each buffer
/// went.
[[maybe_unused]] static void printPlan(const Problem &problem, const Plan &plan,
                                       llvm::raw_ostream &os) {
  os << "[memplan-plan] plan by " << plan.algorithm << ": total "
     << plan.getTotalSize() << " bytes, lower bound " << plan.lowerBound
     << (plan.provenOptimal ? ", proven optimal" : "")
     << (plan.timedOut ? ", stopped at the time limit" : "") << "\n";
  for (auto [pool, size, lowerBound] :
       llvm::zip_equal(problem.pools, plan.poolSizes, plan.poolLowerBounds))
    os << "[memplan-plan]   pool " << pool.name << ": size " << size
       << ", lower bound " << lowerBound << "\n";
  for (auto [buffer, placement] :
       llvm::zip_equal(problem.buffers, plan.placements))
    os << "[memplan-plan]   buffer " << buffer.name << " -> "
       << problem.pools[placement.pool].name << " + " << placement.offset
       << "\n";
}

namespace {

struct PlanPass : public mlir::memplan::impl::MemPlanPlanBase<PlanPass> {
  using MemPlanPlanBase::MemPlanPlanBase;

  LogicalResult initialize(MLIRContext *context) override {
    MemPlanPlanOptions options;
    options.algorithm = algorithm;
    options.timeLimit = timeLimit;
    options.workBudget = workBudget;
    options.objective = objective;
    options.reportFile = reportFile;
    options.reportFormat = reportFormat;
    if (llvm::Error error = checkOptions(options))
      return emitOptionError(context, "memplan-plan", std::move(error));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    if (failed(reportUnplannableAllocs(analysis)))
      return signalPassFailure();

    const Problem &problem = analysis.getProblem();
    if (problem.pools.empty()) {
      if (problem.buffers.empty())
        return markAllAnalysesPreserved();
      AllocOp first = analysis.getBufferOps().front();
      first.emitOpError(
          "cannot be planned: the module declares no memplan.pool (declare "
          "pools, or run --memplan-declare-pools first)");
      return signalPassFailure();
    }

    PlannerOptions options;
    options.algorithm = algorithm;
    options.timeLimitSeconds = timeLimit;
    options.workBudget = workBudget;
    // Checked in initialize().
    options.objective = parseObjective(objective).value_or(Objective::Peak);
    LLVM_DEBUG(printProblem(problem, options, llvm::dbgs()));
    llvm::Expected<Plan> planned = plan(problem, options);
    if (!planned) {
      LLVM_DEBUG(llvm::dbgs() << "[memplan-plan] the planner failed\n");
      emitPlannerError(analysis, planned.takeError(), module);
      return signalPassFailure();
    }
    LLVM_DEBUG(printPlan(problem, *planned, llvm::dbgs()));
    recordPlan(analysis, *planned);
    // Where the entry functions' inputs and outputs went, for the C header.
    recordWorkspaceIO(module);
    if (!reportFile.empty() && failed(writeReport(analysis, *planned)))
      return signalPassFailure();
    if (planned->timedOut) {
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
  LogicalResult writeReport(const BufferAnalysis &analysis, const Plan &plan) {
    std::vector<std::string> locations;
    for (AllocOp alloc : analysis.getBufferOps())
      locations.push_back(formatSourceLocation(alloc.getLoc()));
    // The constant pools (--memplan-plan-constants) belong in the report too.
    Problem problem = analysis.getProblem();
    Plan withConstants = plan;
    appendConstantPools(getOperation(), problem, withConstants, locations,
                        formatSourceLocation);
    llvm::Expected<ReportFormat> format =
        selectReportFormat(reportFormat, reportFile);
    // What the order of operations costs, when --memplan-schedule ran.
    std::optional<ScheduleFigures> schedule;
    if (std::optional<ScheduleSummary> summary =
            getScheduleSummary(getOperation()))
      schedule = ScheduleFigures{summary->programPeak, summary->chosenPeak,
                                 summary->lowerBound};
    llvm::Error error =
        format ? writeReportFile({problem, withConstants, locations, schedule},
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
  void recordPlan(const BufferAnalysis &analysis, const Plan &plan) {
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
