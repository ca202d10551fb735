//===- SlotMaxTree.h - Highest placed end over a range of sections -*- C++ -*-//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// One pool's skyline over the compressed timeline: per section, the highest
// end address of the buffers placed there. Raising a section range to at
// least a value and reading the maximum over a section range both cost
// O(log sections), iteratively (no recursion). Greedy placement above the
// placed conflicts asks exactly this, without listing the conflicts.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_HEURISTICS_SLOTMAXTREE_H
#define MEMPLAN_LIB_PLANNER_HEURISTICS_SLOTMAXTREE_H

#include "memplan/Planner/ConflictIndex.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace memplan {

class SlotMaxTree {
public:
  explicit SlotMaxTree(unsigned numSections) {
    while (size < numSections)
      size *= 2;
    best.assign(2 * size, 0);
    raised.assign(2 * size, 0);
  }

  /// Raises every section of `range` to at least `value`.
  void raise(SectionRange range, uint64_t value) {
    if (range.first >= range.last)
      return;
    // `raised` holds a value applied to a whole node, `best` the maximum
    // within it; every node covering part of the range gets `value` in best.
    for (unsigned l = size + range.first, r = size + range.last; l < r;
         l /= 2, r /= 2) {
      if (l & 1)
        apply(l++, value);
      if (r & 1)
        apply(--r, value);
    }
    for (unsigned node = (size + range.first) / 2; node; node /= 2)
      best[node] = std::max(best[node], value);
    for (unsigned node = (size + range.last - 1) / 2; node; node /= 2)
      best[node] = std::max(best[node], value);
  }

  /// The highest value over the sections of `range` (0 if none raised).
  uint64_t getMax(SectionRange range) const {
    if (range.first >= range.last)
      return 0;
    uint64_t result = 0;
    for (unsigned l = size + range.first, r = size + range.last; l < r;
         l /= 2, r /= 2) {
      if (l & 1)
        result = std::max(result, best[l++]);
      if (r & 1)
        result = std::max(result, best[--r]);
    }
    // Values applied to an ancestor of a covered node: the ancestors of the
    // range's two end leaves include them all, and each covers a section of
    // the range.
    for (unsigned node = (size + range.first) / 2; node; node /= 2)
      result = std::max(result, raised[node]);
    for (unsigned node = (size + range.last - 1) / 2; node; node /= 2)
      result = std::max(result, raised[node]);
    return result;
  }

  /// Tree levels, for work accounting.
  unsigned getDepth() const {
    unsigned depth = 1;
    while ((1u << depth) < 2 * size)
      ++depth;
    return depth;
  }

private:
  void apply(unsigned node, uint64_t value) {
    raised[node] = std::max(raised[node], value);
    best[node] = std::max(best[node], value);
  }

  unsigned size = 1;
  std::vector<uint64_t> best;
  std::vector<uint64_t> raised;
};

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_HEURISTICS_SLOTMAXTREE_H
