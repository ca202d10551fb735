//===- Greedy.cpp - TVM USMP's greedy algorithms, fixed -------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reproduces TVM USMP's greedy_by_size and greedy_by_conflicts while fixing
// two defects of its PostSortAllocation: the offset above a conflict is
// rounded up with the alignment of the buffer being placed (and of the pool),
// not the conflict's; and a pool ruled out for a buffer stays ruled out (TVM
// erases it from a map and re-inserts it through operator[] when a later
// conflict in the same pool is looked up, placing the buffer over a
// conflict). Here each candidate pool is judged once, from the highest end of
// all placed conflicts in it.
//
//===----------------------------------------------------------------------===//

#include "Orders.h"
#include "Placer.h"

#include "Heuristics.h"

using namespace memplan;

static llvm::Expected<Plan> planGreedy(const PlanningContext &context,
                                       bool conflictsFirst,
                                       llvm::StringRef name) {
  std::vector<BufferId> order =
      makeGreedyOrder(context.problem, context.conflicts, conflictsFirst);
  Placer placer(context.problem, context.conflicts);
  placer.setDeadline(context.getDeadline());
  Placer::Status status = placer.place(order, FitPolicy::AboveConflicts);
  if (status == Placer::Status::TimedOut)
    return makeTimeLimitError(context, name);
  if (status != Placer::Status::Placed)
    return makeNoFitError(context.problem, placer.getFailedBuffer());
  return placer.makePlan(name);
}

llvm::Expected<Plan> memplan::planGreedyBySize(const PlanningContext &context) {
  return planGreedy(context, /*conflictsFirst=*/false, "greedy-by-size");
}

llvm::Expected<Plan>
memplan::planGreedyByConflicts(const PlanningContext &context) {
  return planGreedy(context, /*conflictsFirst=*/true, "greedy-by-conflicts");
}
