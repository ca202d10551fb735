//===- ProbeDriver.h - Probes and restarts over one part --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the exact search: minimises the peak of one component by
// feasibility probes of the searcher (ExactSearch.h), restarted with every
// static order and a doubling node allowance.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACT_PROBEDRIVER_H
#define MEMPLAN_LIB_PLANNER_EXACT_PROBEDRIVER_H

#include "ExactSearch.h"

namespace memplan {
namespace exact {

/// Outcome of the search of one component: the fields of PackingResult
/// except timedOut and nodes, which the shared SearchBudget keeps.
using ComponentResult = PackingResult;

/// Minimises the peak of `component` below `capacity` (inclusive), stopping
/// early once the peak is at most `stopAtPeak`. `incumbent`, when non-empty,
/// holds valid offsets whose peak the search must beat; it is returned when
/// nothing better is found.
ComponentResult searchComponent(const Component &component, uint64_t capacity,
                                uint64_t stopAtPeak,
                                const std::vector<uint64_t> &incumbent,
                                SearchBudget &budget);

/// The number of static orders the probes of searchComponent() use.
unsigned getNumStaticOrders();

/// One feasibility probe: a complete depth-first search, with static order
/// `order` (< getNumStaticOrders()), for a plan of `component` with a peak
/// of at most `target`, spending at most `nodeCap` nodes of `budget`. A found
/// plan is stored in `offsets`. Exposed for tests: every probe must be
/// complete on its own.
ProbeOutcome probeComponent(const Component &component, uint64_t target,
                            unsigned order, uint64_t nodeCap,
                            SearchBudget &budget,
                            std::vector<uint64_t> &offsets);

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACT_PROBEDRIVER_H
