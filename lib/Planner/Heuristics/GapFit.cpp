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

#include "memplan/Planner/Planner.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace memplan;

uint64_t memplan::estimateGapFitWork(const PlanningContext &context) {
  uint64_t work = 0;
  for (BufferId id = 0; id < context.problem.buffers.size(); ++id) {
    uint64_t degree = context.conflicts.getNumConflicts(id);
    work += degree + 1 + degree / 2 * llvm::Log2_64_Ceil(degree / 2 + 1);
  }
  return work;
}

GapSearch memplan::chooseGapSearch(const PlanningContext &context,
                                   unsigned numPolicies) {
  uint64_t limit = std::min(context.workBudget, kDefaultWorkBudget);
  uint64_t estimate = estimateGapFitWork(context);
  bool fits = estimate <= limit && estimate * numPolicies <= limit;
  return fits ? GapSearch::Scan : GapSearch::Index;
}

llvm::Expected<GapFitResult>
memplan::runGapFit(const PlanningContext &context,
                   llvm::ArrayRef<FitPolicy> policies, llvm::StringRef name) {
  std::optional<GapFitResult> best;
  std::optional<BufferId> firstFailure;
  uint64_t work = 0;
  bool timedOut = false;
  GapSearch search = chooseGapSearch(context, policies.size());
  uint64_t orderWork = search == GapSearch::Scan
                           ? estimateGapFitWork(context) * policies.size()
                           : 0;
  for (std::vector<BufferId> &order :
       makeGapFitOrders(context.problem, context.conflicts)) {
    uint64_t workBefore = work;
    for (FitPolicy policy : policies) {
      Placer placer(context.problem, context.conflicts, search);
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
      best = GapFitResult{order, policy, search, placer.makePlan(name)};
    }
    if (search == GapSearch::Index)
      orderWork = work - workBefore;
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
