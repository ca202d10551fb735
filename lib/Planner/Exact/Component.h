//===- Component.h - One independent part of a packing ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the exact search: a connected component of a PackingInstance
// and the helpers on it (bounds, peak, a quick first-fit plan).
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACT_COMPONENT_H
#define MEMPLAN_LIB_PLANNER_EXACT_COMPONENT_H

#include <cstdint>
#include <vector>

namespace memplan {
namespace exact {

/// One connected component: items with positive sizes and the sections over
/// them (local item ids). Every item is in at least one section.
struct Component {
  std::vector<uint64_t> sizes;
  std::vector<uint64_t> alignments;
  std::vector<uint64_t> weights;
  std::vector<std::vector<unsigned>> sections;
};

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

#endif // MEMPLAN_LIB_PLANNER_EXACT_COMPONENT_H
