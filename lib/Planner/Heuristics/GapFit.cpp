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

#include "llvm/Support/MathExtras.h"

using namespace memplan;

uint64_t memplan::estimateGapFitWork(const PlanningContext &context) {
  uint64_t work = 0;
  for (BufferId id = 0; id < context.problem.buffers.size(); ++id) {
    uint64_t degree = context.conflicts.getNumConflicts(id);
    work += degree + 1 + degree / 2 * llvm::Log2_64_Ceil(degree / 2 + 1);
  }
  return work;
}

llvm::Expected<GapFitResult>
memplan::runGapFit(const PlanningContext &context,
                   llvm::ArrayRef<FitPolicy> policies, llvm::StringRef name) {
  std::optional<GapFitResult> best;
  std::optional<BufferId> firstFailure;
  uint64_t work = 0;
  bool timedOut = false;
  uint64_t orderWork = estimateGapFitWork(context) * policies.size();
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
    if (best &&
        (work >= context.workBudget || orderWork > context.workBudget - work))
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
