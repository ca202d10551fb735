//===- Plan.h - The result of static memory planning ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_PLAN_H
#define MEMPLAN_PLANNER_PLAN_H

#include "memplan/Planner/Problem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memplan {

/// Where one buffer lives.
struct Placement {
  PoolId pool = 0;
  uint64_t offset = 0;

  bool operator==(const Placement &other) const {
    return pool == other.pool && offset == other.offset;
  }
};

/// A complete plan: one placement per buffer, in Problem::buffers order.
struct Plan {
  /// Name of the algorithm that produced the plan.
  std::string algorithm;
  std::vector<Placement> placements;
  /// Per pool (Problem::pools order): bytes used, max(offset + size) over the
  /// pool's buffers (0 for an empty pool).
  std::vector<uint64_t> poolSizes;
  /// Per pool: a lower bound on poolSizes for any valid plan that keeps each
  /// buffer in the pool this plan chose. For a single-pool problem this is
  /// the lower bound of the whole problem.
  std::vector<uint64_t> poolLowerBounds;
  /// A lower bound on the total of all pool sizes over every valid plan.
  uint64_t lowerBound = 0;
  /// Whether the plan is proven optimal (only exact searches set this).
  bool provenOptimal = false;
  /// Whether a wall-clock safety limit cut the search short.
  bool timedOut = false;
  /// Deterministic work done (nodes, iterations), for reports.
  uint64_t work = 0;

  /// The sum of all pool sizes.
  uint64_t getTotalSize() const;
};

/// Recomputes plan.poolSizes from the placements.
void computePoolSizes(const Problem &problem, Plan &plan);

} // namespace memplan

#endif // MEMPLAN_PLANNER_PLAN_H
