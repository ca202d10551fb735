//===- ExactPlanner.h - The exact and default algorithms --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the planner library: the algorithms built on solvePacking()
// (memplan/Planner/Exact.h) and the rates that turn a time limit into their
// deterministic budgets.
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

/// Work units (items, sections and item-section incidences scanned at one
/// node) the `exact` algorithm may spend per second of time limit: generous,
/// more than the 2-core machines we measured do in a second, so that the
/// time limit, not the budget, usually ends a long search (Plan::timedOut
/// says so); on a machine a few times faster the budget ends first and the
/// plan is the same on every run.
constexpr uint64_t kExactWorkPerSecond = 2'000'000'000;

/// The same rate for the exact part of the default algorithm, low enough
/// that on the 2-core machines we measured the default ends within its time
/// limit (0.2-0.9 s of a 1 s limit on the challenging suite) and stays
/// deterministic.
constexpr uint64_t kDefaultExactWorkPerSecond = 600'000'000;

/// The `exact` algorithm. Starts from the heuristic portfolio's plan (a
/// quarter of the budget), keeps its pool assignment, and repacks every pool
/// with solvePacking: the peak of each pool is minimised exactly within the
/// budget, never above the heuristic's. Plan::provenOptimal is set when
/// every pool's search is complete and the assignment was forced (one pool,
/// or one candidate pool per buffer).
llvm::Expected<Plan> planExact(const PlanningContext &context);

/// The default algorithm: the heuristic portfolio, then, for problems small
/// enough that the exact search pays off (see kExactDefaultMaxWork), the
/// exact repacking of its plan with the rest of the budget. Deterministic,
/// never worse than the portfolio (hence than greedy-by-size).
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
