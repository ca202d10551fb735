//===- Algorithms.h - The planner's algorithms, one by one ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The individual algorithms behind memplan::plan(), for code that combines
// them (the default portfolio, the exact search's upper bound). Each returns a
// plan with placements, pool sizes, its name and its work filled in; plan()
// adds the lower bounds and validates it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_ALGORITHMS_H
#define MEMPLAN_LIB_PLANNER_ALGORITHMS_H

#include "memplan/Planner/ConflictGraph.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Problem.h"

#include "llvm/Support/Error.h"

#include <chrono>
#include <cstdint>

namespace memplan {

/// Deterministic work units (conflict edges and gaps visited while placing)
/// the default budget grants per second of PlannerOptions::timeLimitSeconds.
/// Chosen so that a search spending its whole budget takes well under the
/// time limit on a small machine; the wall clock then only guards slower
/// ones.
constexpr uint64_t kWorkPerSecond = 150'000'000;

/// What every algorithm gets: the problem (verified), its conflict graph, the
/// options, a deterministic work budget and the wall-clock safety net.
class PlanningContext {
public:
  PlanningContext(const Problem &problem, const ConflictGraph &graph,
                  const PlannerOptions &options);

  /// The same context with another work budget (same deadline).
  PlanningContext withWorkBudget(uint64_t budget) const;

  /// Whether the wall-clock limit (if any) has passed.
  bool isPastDeadline() const;
  double getElapsedSeconds() const;

  const Problem &problem;
  const ConflictGraph &graph;
  const PlannerOptions &options;
  /// Work (Plan::work units) the algorithm may spend: options.workBudget,
  /// else options.timeLimitSeconds (1 s if none) times kWorkPerSecond.
  uint64_t workBudget;

private:
  std::chrono::steady_clock::time_point start;
};

/// The signature of every algorithm.
using AlgorithmFunction = llvm::Expected<Plan> (*)(const PlanningContext &);

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
/// ties going to the earlier algorithm in the order above: the greedy and
/// gap-fit plans, a hill climb from the best gap-fit order (a sixth of the
/// budget), and the floor climb's repacking of the best plan so far (the
/// rest). Never worse than planGreedyBySize. Named "heuristics"; the
/// default algorithm uses it (see planDefault in Exact/ExactPlanner.h).
llvm::Expected<Plan> runHeuristicPortfolio(const PlanningContext &context);

/// Whether `a` needs fewer bytes (sum of pool sizes) than `b`.
bool isBetterPlan(const Plan &a, const Plan &b);

/// The error for a buffer that fits in none of its candidate pools: a
/// NoFitError (PlannerError.h) carrying the buffer, whose message names the
/// buffer, its size, its candidate pools with their capacities and the live
/// bytes at the worst moment.
llvm::Error makeNoFitError(const Problem &problem, BufferId buffer);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_ALGORITHMS_H
