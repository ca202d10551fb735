//===- ExactPlanner.h - The exact and default algorithms --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the planner library: the algorithms built on solvePacking()
// (memplan/Planner/Exact.h) and the scales of their deterministic budgets.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACT_EXACTPLANNER_H
#define MEMPLAN_LIB_PLANNER_EXACT_EXACTPLANNER_H

#include "memplan/Planner/Exact.h"
#include "memplan/Planner/Plan.h"

#include "llvm/Support/Error.h"

#include <cstdint>

namespace memplan {

class PlanningContext;

/// Exact work units (items, sections and item-section incidences scanned at
/// one node) the `exact` algorithm's search gets per unit of the work budget
/// it has left after its heuristic stage. With the default budget
/// (kDefaultWorkBudget) that is about 1.5 G units: a few seconds on the
/// hardest problems of the MiniMalloc suite on a small 2-core machine.
constexpr uint64_t kExactWorkScale = 13;

/// The same for the exact part of the default algorithm (only run on
/// problems isExactWorthwhile accepts): with the default budget, 1.5 G
/// units, as much as `exact`. At 4 (450 M units) MiniMalloc's B ended 2.8 %
/// over its optimum, at 8 still 2.7 %; at 13 the default reaches it and ends
/// in about a second or less per MiniMalloc problem on a loaded 2-core
/// machine (docs/Benchmarks.md).
constexpr uint64_t kDefaultExactWorkScale = 13;

/// The `exact` algorithm. Starts from the heuristic portfolio's plan (a
/// quarter of the budget, at most a quarter of kDefaultWorkBudget), keeps its
/// pool assignment, and repacks every pool with solvePacking: the peak of
/// each pool is minimised exactly within the budget, never above the
/// heuristic's. Plan::provenOptimal is set when every pool's search is
/// complete and the assignment was forced (one pool, or one candidate pool
/// per buffer). With a bounded pool, capacity first (ExactDriver.cpp): a
/// plan within the capacities is looked for first (the heuristics, then the
/// exact search), and the objective Fit stops there.
llvm::Expected<Plan> planExact(const PlanningContext &context);

/// The default algorithm: the same as `exact`, with the exact search only
/// for problems small enough that it pays off (see kExactDefaultMaxWork) and
/// on kDefaultExactWorkScale. Deterministic without a time limit, never
/// worse than the portfolio (hence than greedy-by-size), and a capacity
/// never makes it fail or end higher where the same options without the
/// capacity give a plan that fits.
llvm::Expected<Plan> planDefault(const PlanningContext &context);

/// Problems whose per-node work (summed over pools) exceeds this are left to
/// the heuristics by planDefault: a node would cost too much for the search
/// to get anywhere within a typical time limit.
constexpr uint64_t kExactDefaultMaxWork = 2'000'000;
/// Problems with more buffers than this are left to the heuristics by
/// planDefault without estimating the node work.
constexpr uint64_t kExactDefaultMaxBuffers = 5'000;

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACT_EXACTPLANNER_H
