//===- Portfolio.cpp - The best of every heuristic ------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FloorClimb.h"
#include "HillClimb.h"
#include "SkylinePack.h"

#include "memplan/Planner/LowerBound.h"

#include "llvm/Support/Debug.h"

using namespace memplan;

#define DEBUG_TYPE "memplan-heuristics"

/// The hill climb over orders gets 1/kHillClimbShare of the budget left after
/// the single-pass heuristics; the floor climb gets the rest.
static constexpr uint64_t kHillClimbShare = 6;
/// The skyline floor packings get at most 1/kSkylineShare of the budget.
static constexpr uint64_t kSkylineShare = 3;
/// The hill climb runs only with the budget of this many placements.
static constexpr uint64_t kMinClimbPlacements = 2;

namespace {
/// Keeps the best plan seen, the first among equals, and the first error.
class BestPlan {
public:
  void consider(llvm::Expected<Plan> candidate) {
    if (!candidate) {
      if (firstError)
        llvm::consumeError(candidate.takeError());
      else
        firstError = candidate.takeError();
      return;
    }
    work += candidate->work;
    timedOut |= candidate->timedOut;
    if (!best || isBetterPlan(*candidate, *best))
      best = std::move(*candidate);
  }
  uint64_t getWork() const { return work; }
  void markTimedOut() { timedOut = true; }
  /// The best plan so far, if any.
  const Plan *get() const { return best ? &*best : nullptr; }

  llvm::Expected<Plan> take() {
    if (!best)
      return std::move(firstError);
    llvm::consumeError(std::move(firstError));
    best->work = work;
    best->timedOut = timedOut;
    return std::move(*best);
  }

private:
  std::optional<Plan> best;
  llvm::Error firstError = llvm::Error::success();
  uint64_t work = 0;
  bool timedOut = false;
};
} // namespace

llvm::Expected<Plan>
memplan::runHeuristicPortfolio(const PlanningContext &context) {
  BestPlan best;
  // A plan that needs no more bytes than the lower bound is optimal: later
  // stages could only tie with it, and ties keep the earlier plan, so they
  // are skipped without changing the result. With the fit objective, the
  // first plan (every heuristic keeps within the capacities) ends the run.
  uint64_t bound = computeLowerBound(context.problem, context.conflicts);
  bool fit = context.options.objective == Objective::Fit;
  auto consider = [&](llvm::Expected<Plan> candidate, llvm::StringRef stage) {
    LLVM_DEBUG({
      llvm::dbgs() << "[memplan-heuristics] " << stage << ": ";
      if (candidate)
        llvm::dbgs() << candidate->getTotalSize() << " bytes, work "
                     << candidate->work << " (lower bound " << bound << ")\n";
      else
        llvm::dbgs() << "no plan\n";
    });
    best.consider(std::move(candidate));
    if (const Plan *sofar = best.get())
      context.reportProgress(best.getWork(), sofar->getTotalSize(), bound,
                             stage);
  };
  // Past the deadline, later stages are skipped (and the plan says so).
  auto pastDeadline = [&] {
    if (best.get() && (fit || best.get()->getTotalSize() <= bound))
      return true;
    if (!context.isPastDeadline())
      return false;
    best.markTimedOut();
    return true;
  };
  // Greedy-by-size always runs first: the result is never worse than it,
  // and its error is the one reported when nothing fits.
  consider(planGreedyBySize(context), "greedy-by-size");
  if (!pastDeadline())
    consider(planGreedyByConflicts(context), "greedy-by-conflicts");

  auto workLeft = [&] {
    return context.workBudget > best.getWork()
               ? context.workBudget - best.getWork()
               : 0;
  };
  // The packings from the time structure alone (n log n), on the pools of
  // the best plan so far.
  if (const Plan *sofar = best.get(); sofar && !pastDeadline()) {
    Plan packed = *sofar;
    packed.work = 0;
    refinePoolsBySkyline(context, packed, workLeft() / kSkylineShare);
    packed.algorithm = "skyline";
    consider(std::move(packed), "skyline");
  }

  // Hill climbing starts from the better of first fit and best fit. Gap fit
  // visits every placed conflict: it runs only when one placement fits in
  // the work left (and the climb only with a few placements' work).
  uint64_t placementWork = estimateGapFitWork(context);
  std::optional<GapFitResult> start;
  for (FitPolicy policy : {FitPolicy::FirstFit, FitPolicy::BestFit}) {
    if (pastDeadline() || placementWork > workLeft())
      break;
    const char *name = policy == FitPolicy::FirstFit ? "first-fit" : "best-fit";
    llvm::Expected<GapFitResult> result = runGapFit(context, policy, name);
    if (!result) {
      consider(result.takeError(), name);
      continue;
    }
    consider(result->plan, name);
    if (!start || isBetterPlan(result->plan, start->plan))
      start = std::move(*result);
  }
  if (start && !pastDeadline() &&
      workLeft() / kHillClimbShare >= kMinClimbPlacements * placementWork) {
    uint64_t left = workLeft();
    // The climb gets its share of the work, and of the time left.
    PlanningContext stage =
        context.forStage(left / kHillClimbShare, 1.0 / kHillClimbShare);
    Plan climbed = climbFrom(stage, *start, stage.workBudget, "hill-climb");
    // climbFrom counts the start's work, already counted above.
    climbed.work -= start->plan.work;
    consider(std::move(climbed), "hill-climb");
  }
  const Plan *sofar = best.get();
  if (sofar && !pastDeadline()) {
    uint64_t spent = best.getWork();
    Plan refined = *sofar;
    refined.work = 0;
    refinePoolsByFloorClimb(
        context, refined,
        context.workBudget > spent ? context.workBudget - spent : 0);
    refined.algorithm += "+floor-climb";
    consider(std::move(refined), "floor-climb");
  }
  return best.take();
}
