//===- Searches.h - The searches behind findOrder() -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The exact search and the heuristics that findOrder() runs on each part of
// a problem. Each adds the work it spends to `work` and returns a valid
// order. Internal to lib/Schedule.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_SCHEDULE_SEARCHES_H
#define MEMPLAN_LIB_SCHEDULE_SEARCHES_H

#include "OrderState.h"

#include "memplan/Schedule/Order.h"

#include <optional>
#include <vector>

namespace memplan::schedule {

/// The first ready node that opens no buffer and needs no transient bytes,
/// if any: running it now is never worse than later (it only closes
/// buffers, and costs the bytes live anyway), so every search takes it.
std::optional<unsigned> findFreeStep(const OrderProblem &problem,
                                     const OrderState &state);

/// An order with the smallest peak (dynamic programming over the sets of
/// scheduled nodes, memoised, with an explicit stack), or std::nullopt when
/// that takes more than `budget` work units. Among the best orders it
/// prefers lower node indices, step by step.
std::optional<std::vector<unsigned>>
findExactOrder(const OrderProblem &problem, uint64_t budget, uint64_t &work);

/// Memory-aware list scheduling: each step runs the ready node whose next
/// `lookahead` steps (continued greedily by the bytes live after each step)
/// reach the smallest peak, then the fewest live bytes. With a look-ahead,
/// only the `width` best ready nodes by the greedy key are tried. Returns
/// std::nullopt when that takes more than `budget` work units.
std::optional<std::vector<unsigned>>
findGreedyOrder(const OrderProblem &problem, unsigned lookahead,
                unsigned width, uint64_t budget, uint64_t &work);

/// Beam search keeping the `width` best partial orders (by peak so far, then
/// live bytes), each set of scheduled nodes once; std::nullopt when that
/// takes more than `budget` work units.
std::optional<std::vector<unsigned>>
findBeamOrder(const OrderProblem &problem, unsigned width, uint64_t budget,
              uint64_t &work);

} // namespace memplan::schedule

#endif // MEMPLAN_LIB_SCHEDULE_SEARCHES_H
