//===- ExactSearch.h - Branch-and-bound over one component ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the planner library: the depth-first branch-and-bound that packs
// one connected component of a PackingInstance. solvePacking() (Exact.h)
// splits instances into components and calls it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACTSEARCH_H
#define MEMPLAN_LIB_PLANNER_EXACTSEARCH_H

#include "memplan/Planner/Exact.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace memplan {
namespace exact {

/// A shared deadline and node counter for the searches of one solve.
struct SearchBudget {
  uint64_t nodeLimit = kDefaultExactNodeLimit;
  uint64_t nodesUsed = 0;
  /// Deadline of the wall-clock safety net; disabled when !hasDeadline.
  std::chrono::steady_clock::time_point deadline;
  bool hasDeadline = false;
  bool timedOut = false;

  bool exhausted() const { return timedOut || nodesUsed >= nodeLimit; }
};

/// One connected component: items with positive sizes and the sections over
/// them (local item ids). Every item is in at least one section.
struct Component {
  std::vector<uint64_t> sizes;
  std::vector<uint64_t> alignments;
  std::vector<uint64_t> weights;
  std::vector<std::vector<unsigned>> sections;
};

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

/// What one feasibility probe ended with.
enum class ProbeOutcome { Found, Infeasible, OutOfBudget };

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

/// The gcd of the sizes and alignments (above 1): every canonical offset and
/// peak is a multiple of it.
uint64_t getGranule(const Component &component);

/// The largest total size of one section: a lower bound on the peak.
uint64_t getSectionBound(const Component &component);

/// A quick valid plan: items in decreasing size order, each at the lowest
/// aligned offset that clears its already placed conflicts (first fit).
std::vector<uint64_t> firstFit(const Component &component);

/// max(offset + size) over the items.
uint64_t getPeak(const Component &component,
                 const std::vector<uint64_t> &offsets);

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACTSEARCH_H
