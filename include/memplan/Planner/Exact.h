//===- Exact.h - Exact branch-and-bound planner -----------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The packing kernel of the exact planner: a complete branch-and-bound search
// over canonical placements that minimises the size of one pool
// (PackingInstance). The `exact` and default algorithms wrap it for whole
// problems (lib/Planner/Exact/ExactPlanner.h). docs/ExactPlanner.md explains
// the search, its pruning rules and why they lose no optimum.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_EXACT_H
#define MEMPLAN_PLANNER_EXACT_H

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace memplan {

/// Default deterministic work budget of solvePacking(), in nodes (one node
/// is one item placed during the search). A node costs 1-10 microseconds on
/// the challenging suite (more items and longer lifetimes cost more), so the
/// budget stops a search that cannot finish after one to five minutes; the
/// planner's algorithms derive their own budgets from the time limit.
constexpr uint64_t kDefaultExactNodeLimit = 30'000'000;

/// The most work solvePacking() spends on first-fit starting plans, in
/// visits of a section member (a component's first fit visits, for every
/// item, the members of its sections: the sum of the squared section
/// sizes, which grows with the pairs of items). Components beyond it start
/// from the caller's plan or a plan stacked on the section tops (linear).
/// Far above what the MiniMalloc suite needs (about 0.1 s of work).
constexpr uint64_t kFirstFitMaxWork = uint64_t(1) << 26;

/// A single-pool packing problem as the exact search sees it.
///
/// Items are the buffers to place. A section is a set of items that pairwise
/// conflict (for buffers with live intervals: the buffers live at one moment).
/// The sections must cover every conflict: two items conflict exactly when
/// some section holds both. Items in no common section may share addresses.
struct PackingInstance {
  /// Size of each item in bytes; zero-sized items are placed at offset 0.
  std::vector<uint64_t> sizes;
  /// Alignment of each item (a power of two); empty means 1 for every item.
  std::vector<uint64_t> alignments;
  /// The sections (cliques of the conflict graph), each a list of items.
  std::vector<std::vector<unsigned>> sections;
  /// Optional per-item tie-breaking weight for the search order (larger
  /// first among items of equal size), e.g. the length of a live range.
  std::vector<uint64_t> weights;
};

/// Switches for the pruning rules of the search (docs/ExactPlanner.md), all
/// on by default. Each rule only removes work: with any set of them off the
/// search stays complete and finds the same optimum, only more slowly. They
/// exist so that each rule can be tested and measured alone.
struct SearchOptions {
  /// Inference on sections: a section's unplaced bytes stack above
  /// max(its top, the level) within the limit.
  bool sectionTops = true;
  /// Inference on sections: they also stack above the lowest and second
  /// lowest releases of the section's unplaced items.
  bool releaseBounds = true;
  /// Lifted items: an item below the level with no unplaced conflicting item
  /// left kills the node (with it off, the item only has no child).
  bool liftedItems = true;
  /// Next offset: children above `limit - max unplaced bytes of a section`
  /// are skipped (with it off, only children that fit within the limit).
  bool nextOffset = true;
  /// Dominance (no needless gap): children at or above the lowest
  /// `skyline + size` of an unplaced item are skipped.
  bool dominance = true;
  /// Canonical order (gap skipping): items are placed in (offset, rank)
  /// order only; with it off every order of the items is enumerated.
  bool canonicalOrder = true;
  /// Splitting a scope into independent parts searched one after the other.
  bool splitParts = true;
  /// The failure memo shared by the probes of a component.
  bool failureMemo = true;
  /// The probes between the lower bound and the incumbent (at the lower
  /// bound, a quarter, half and three quarters of the way); with it off,
  /// every probe is just below the incumbent (a plain descent).
  bool lowerBoundProbes = true;
  /// The static orders the probes use: bit i enables the i-th order (there
  /// are four); with none enabled the first one is used.
  unsigned staticOrders = ~0u;
};

/// Limits of one packing search.
struct PackingLimits {
  /// Largest peak accepted (inclusive).
  uint64_t capacity = std::numeric_limits<uint64_t>::max();
  /// Stop as soon as a plan with this peak or less is found (for example a
  /// peak another part of the problem already needs).
  uint64_t stopAtPeak = 0;
  /// Deterministic budget: nodes of the search.
  uint64_t nodeLimit = kDefaultExactNodeLimit;
  /// Wall-clock bound in seconds (<= 0: none); the result then says
  /// whether the clock ended the search (PackingResult::timedOut).
  double timeLimitSeconds = 0;
  /// Which pruning rules the search uses.
  SearchOptions search;
  /// Called whenever the best peak or the proven lower bound of the instance
  /// improves, with the nodes searched so far. Never changes the result.
  std::function<void(uint64_t peak, uint64_t lowerBound, uint64_t nodes)>
      onProgress;
};

/// Outcome of a packing search.
struct PackingResult {
  /// Whether a plan within the capacity was found.
  bool found = false;
  /// Offset of every item (valid when found).
  std::vector<uint64_t> offsets;
  /// max(offset + size) over the items (valid when found).
  uint64_t peak = 0;
  /// A proven lower bound on the peak of every valid plan.
  uint64_t lowerBound = 0;
  /// Whether the search space was exhausted (or a plan met a lower bound):
  /// when found, the peak is optimal; otherwise no plan fits the capacity.
  bool complete = false;
  /// Whether the wall-clock safety net stopped the search.
  bool timedOut = false;
  /// Nodes searched.
  uint64_t nodes = 0;
};

/// Searches for a plan of `instance` with the smallest peak within
/// `limits`. `warmStart`, when given, holds valid offsets of every item: the
/// search starts from their peak as incumbent and returns them if it finds
/// nothing better. Deterministic unless the time limit stops the search.
PackingResult solvePacking(const PackingInstance &instance,
                           const PackingLimits &limits,
                           llvm::ArrayRef<uint64_t> warmStart = {});

/// Builds the packing instance of `buffers` (ids into `problem`) placed in
/// `pool`: item i is buffers[i]; sections are the maximal sets of buffers
/// live at one moment plus one two-item section per explicit conflict not
/// already implied by the intervals.
PackingInstance buildPackingInstance(const Problem &problem,
                                     llvm::ArrayRef<BufferId> buffers,
                                     PoolId pool);

} // namespace memplan

#endif // MEMPLAN_PLANNER_EXACT_H
