//===- Heuristics.h - The heuristic planning algorithms ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The heuristic algorithms behind memplan::plan(), for code that combines them
// (the default portfolio, the exact search's upper bound). Each returns a plan
// with placements, pool sizes, its name and its work filled in; plan() adds
// the lower bounds and validates it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_HEURISTICS_HEURISTICS_H
#define MEMPLAN_LIB_PLANNER_HEURISTICS_HEURISTICS_H

#include "PlanningContext.h"

namespace memplan {

/// TVM USMP's greedy-by-size: buffers by size, then number of conflicts
/// (both descending), then name (descending, byte-wise); each directly above
/// the highest end of its placed conflicts, in its first candidate pool where
/// it fits.
llvm::Expected<Plan> planGreedyBySize(const PlanningContext &context);
/// TVM USMP's greedy-by-conflicts: the same with conflicts before size.
llvm::Expected<Plan> planGreedyByConflicts(const PlanningContext &context);
/// The lowest gap among placed conflicting buffers, over several orders.
llvm::Expected<Plan> planFirstFit(const PlanningContext &context);
/// The tightest gap among placed conflicting buffers, over several orders.
llvm::Expected<Plan> planBestFit(const PlanningContext &context);
/// Hill climbing over orders, starting from the best gap-fit order.
llvm::Expected<Plan> planHillClimb(const PlanningContext &context);
/// Bottom-up repacking of each pool of the best gap-fit plan, hill climbing
/// the priorities that decide which buffer takes a floor first.
llvm::Expected<Plan> planFloorClimb(const PlanningContext &context);
/// The best plan of all the heuristics above within the context's budget,
/// ties going to the earlier stage: the greedy plans; the skyline stage
/// (SkylinePack.h: sweep fit and skyline floor packing of the best plan's
/// pools, n log n, the floor packing within a third of the budget); the
/// gap-fit plans, each only when one placement's estimated work
/// (estimateGapFitWork, which grows with the time-overlapping pairs) fits in
/// the work left; a hill climb from the best gap-fit order (a sixth of the
/// budget left, when that pays a few placements); and the floor climb's
/// repacking of the best plan so far (the rest). Never worse than
/// planGreedyBySize. Named "heuristics"; the default algorithm uses it (see
/// planDefault in Exact/ExactPlanner.h).
llvm::Expected<Plan> runHeuristicPortfolio(const PlanningContext &context);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_HEURISTICS_HEURISTICS_H
