//===- Orders.h - Orders in which heuristics place buffers ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_ORDERS_H
#define MEMPLAN_LIB_PLANNER_ORDERS_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Problem.h"

#include <vector>

namespace memplan {

/// TVM USMP's orders: size, then number of conflicts (or the other way round
/// when `conflictsFirst`), both descending, then name descending (byte-wise).
std::vector<BufferId> makeGreedyOrder(const Problem &problem,
                                      const ConflictIndex &conflicts,
                                      bool conflictsFirst);

/// Several orders for gap-filling heuristics, all deterministic (ties go to
/// the smaller buffer id): size, lifetime, area (size x lifetime), number of
/// conflicts, bytes of conflicts, and start time.
std::vector<std::vector<BufferId>>
makeGapFitOrders(const Problem &problem, const ConflictIndex &conflicts);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_ORDERS_H
