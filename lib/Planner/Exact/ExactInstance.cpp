//===- ExactInstance.cpp - Problem to packing instance --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Turns the buffers of one pool into a PackingInstance. Sections are the
// maximal cliques of the interval conflicts: between two consecutive interval
// end points the live buffers form a clique, and the clique is maximal exactly
// when some live interval starts at its beginning and some ends at its end
// (otherwise a neighbouring moment holds a superset). Explicit conflicts the
// intervals do not imply become two-item sections.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Exact.h"

#include <algorithm>

namespace memplan {

namespace {

/// The intervals of a buffer sorted, with overlapping or touching ones
/// merged, so that the buffer enters and leaves the live set once per
/// interval.
std::vector<Interval> mergeIntervals(std::vector<Interval> intervals) {
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval &a, const Interval &b) {
              return a.start != b.start ? a.start < b.start : a.end < b.end;
            });
  std::vector<Interval> merged;
  for (const Interval &interval : intervals) {
    if (!merged.empty() && interval.start <= merged.back().end)
      merged.back().end = std::max(merged.back().end, interval.end);
    else
      merged.push_back(interval);
  }
  return merged;
}

bool intervalsOverlap(const std::vector<Interval> &a,
                      const std::vector<Interval> &b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].overlaps(b[j]))
      return true;
    if (a[i].end <= b[j].end)
      ++i;
    else
      ++j;
  }
  return false;
}

} // namespace

PackingInstance buildPackingInstance(const Problem &problem,
                                     llvm::ArrayRef<BufferId> buffers,
                                     PoolId pool) {
  PackingInstance instance;
  unsigned numItems = buffers.size();
  std::vector<std::vector<Interval>> lives(numItems);
  // Sweep events: (time, kind, item) with ends (kind 0) before starts
  // (kind 1) at the same time, as intervals are half-open.
  std::vector<std::tuple<int64_t, int, unsigned>> events;
  for (unsigned i = 0; i < numItems; ++i) {
    const Buffer &buffer = problem.buffers[buffers[i]];
    instance.sizes.push_back(buffer.size);
    instance.alignments.push_back(problem.getAlignment(buffers[i], pool));
    lives[i] = mergeIntervals(buffer.intervals);
    uint64_t length = 0;
    for (const Interval &interval : lives[i]) {
      length += static_cast<uint64_t>(interval.end - interval.start);
      events.emplace_back(interval.start, 1, i);
      events.emplace_back(interval.end, 0, i);
    }
    instance.weights.push_back(length);
  }
  std::sort(events.begin(), events.end());

  // Live set as a list with positions for O(1) removal; a clique is emitted
  // when the first end follows at least one start.
  std::vector<unsigned> live;
  std::vector<unsigned> position(numItems, 0);
  bool startedSinceEmit = false;
  for (const auto &[time, kind, item] : events) {
    (void)time;
    if (kind == 1) {
      position[item] = live.size();
      live.push_back(item);
      startedSinceEmit = true;
      continue;
    }
    if (startedSinceEmit) {
      // In live-set order: solvePacking orders the members itself.
      instance.sections.push_back(live);
      startedSinceEmit = false;
    }
    unsigned moved = live.back();
    live[position[item]] = moved;
    position[moved] = position[item];
    live.pop_back();
  }

  // Explicit conflicts between buffers of this pool.
  std::vector<unsigned> itemOf(problem.buffers.size(), ~0u);
  for (unsigned i = 0; i < numItems; ++i)
    itemOf[buffers[i]] = i;
  std::vector<std::pair<unsigned, unsigned>> pairs;
  for (unsigned i = 0; i < numItems; ++i)
    for (BufferId other : problem.buffers[buffers[i]].explicitConflicts) {
      if (other >= itemOf.size() || itemOf[other] == ~0u || itemOf[other] == i)
        continue;
      unsigned j = itemOf[other];
      if (!intervalsOverlap(lives[i], lives[j]))
        pairs.emplace_back(std::min(i, j), std::max(i, j));
    }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (auto [a, b] : pairs)
    instance.sections.push_back({a, b});
  return instance;
}

} // namespace memplan
