//===- ExactDriver.h - The exact search over whole problems -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the planner library: what the `exact` and default algorithms
// (Driver.cpp) build on. ExactPlanner.cpp runs the packing kernel
// (solvePacking) on every pool of a plan.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACTDRIVER_H
#define MEMPLAN_LIB_PLANNER_EXACTDRIVER_H

#include "PlanningContext.h"
#include "memplan/Planner/Exact.h"

#include <optional>

namespace memplan {
namespace exact {

/// Whether the pool assignment cannot change: one pool, or one candidate
/// pool per buffer.
bool isAssignmentForced(const Problem &problem);

/// Whether the exact search pays off on `problem` within the default budget
/// (see kExactDefaultMaxBuffers and kExactDefaultMaxWork).
bool isExactWorthwhile(const Problem &problem);

/// `work` times `scale`, saturated at kUnlimitedWork.
uint64_t scaleWork(uint64_t work, uint64_t scale);

/// The work the heuristic stage before an exact search gets: a quarter of
/// the context's budget, at most a quarter of kDefaultWorkBudget.
uint64_t getHeuristicShare(const PlanningContext &context);

/// Repacks every pool of `start` with the exact search, sharing `work` exact
/// work units (and the time left) between the pools in pool order (what one
/// pool leaves goes to the next ones). The offsets of `start` are the
/// searches' starting plans when `startIsValid`; otherwise only its pool
/// assignment is used and a pool whose search finds nothing makes the result
/// std::nullopt, setting `provenImpossible` when that search was complete.
/// With `stopAtCapacity`, each pool's search stops at its first plan within
/// the pool's capacity.
std::optional<Plan> repackPools(const PlanningContext &context,
                                const Plan &start, uint64_t work,
                                bool startIsValid, bool stopAtCapacity,
                                bool *provenImpossible = nullptr);

/// The heuristic portfolio on a fixed share of the work (getHeuristicShare),
/// then the exact repacking of its plan with the rest of the budget, scaled
/// by `scale` exact work units per work unit (unlimited when the context's
/// work is). Errors are the portfolio's.
llvm::Expected<Plan> optimise(const PlanningContext &context, uint64_t scale);

/// The exact search for a first plan within the capacities, every buffer in
/// its first candidate pool, with `exactWork` exact work units. None when
/// it finds nothing; `provenImpossible` then says whether no plan exists
/// (the search was complete and the assignment forced).
std::optional<Plan> searchFeasible(const PlanningContext &context,
                                   uint64_t exactWork, bool &provenImpossible);

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACTDRIVER_H
