//===- GapFit.cpp - Gap-filling heuristics over several orders ------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// In the style of TFLite Micro's greedy planner (first fit: the lowest gap
// among the placed buffers that are live at the same time) and XLA's heap
// simulator (best fit: the tightest such gap), tried over several orders.
//
//===----------------------------------------------------------------------===//

#include "GapFit.h"

#include "Orders.h"

using namespace memplan;

llvm::Expected<GapFitResult>
memplan::runGapFit(const PlanningContext &context,
                   llvm::ArrayRef<FitPolicy> policies, llvm::StringRef name) {
  std::optional<GapFitResult> best;
  std::optional<BufferId> firstFailure;
  uint64_t work = 0;
  bool timedOut = false;
  for (std::vector<BufferId> &order :
       makeGapFitOrders(context.problem, context.conflicts)) {
    for (FitPolicy policy : policies) {
      Placer placer(context.problem, context.conflicts);
      placer.setDeadline(context.getDeadline());
      Placer::Status status = placer.place(order, policy);
      work += placer.getWork();
      if (status == Placer::Status::TimedOut) {
        timedOut = true;
        break;
      }
      if (status != Placer::Status::Placed) {
        if (!firstFailure)
          firstFailure = placer.getFailedBuffer();
        continue;
      }
      if (best && placer.getTotalSize() >= best->plan.getTotalSize())
        continue;
      best = GapFitResult{order, policy, placer.makePlan(name)};
    }
    // Large problems may not afford every order: stop once the budget is
    // spent (deterministic) or the deadline passed (said in the plan).
    if (timedOut || (best && context.isPastDeadline())) {
      timedOut = true;
      break;
    }
    if (best && work >= context.workBudget)
      break;
  }
  if (!best && timedOut)
    return makeTimeLimitError(context, name);
  if (!best)
    return makeNoFitError(context.problem, *firstFailure);
  best->plan.work = work;
  best->plan.timedOut = timedOut;
  return std::move(*best);
}

llvm::Expected<Plan> memplan::planFirstFit(const PlanningContext &context) {
  llvm::Expected<GapFitResult> result =
      runGapFit(context, FitPolicy::FirstFit, "first-fit");
  if (!result)
    return result.takeError();
  return std::move(result->plan);
}

llvm::Expected<Plan> memplan::planBestFit(const PlanningContext &context) {
  llvm::Expected<GapFitResult> result =
      runGapFit(context, FitPolicy::BestFit, "best-fit");
  if (!result)
    return result.takeError();
  return std::move(result->plan);
}
