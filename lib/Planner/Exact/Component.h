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
  /// The members of each section, by increasing size (then id): see
  /// sortSectionsBySize().
  std::vector<std::vector<unsigned>> sections;
};

/// Sorts the members of every section by increasing size, then id, as the
/// searcher expects (it reads the smallest unplaced member of a section).
void sortSectionsBySize(Component &component);

/// The sections of every item of a component (component ids), as one
/// compressed list: the sections of item i are
/// sections[begin[i], begin[i + 1]), increasing. Also the items *entering*
/// each section s (in s but not in s - 1):
/// entering[enteringBegin[s], enteringBegin[s + 1]). The items sharing a
/// section with i are the members of the first section of each run of
/// consecutive sections of i, and the items entering the other sections of
/// the run: listed without a list per pair. Built once per component and
/// shared by the searchers of all static orders: its memory is one entry
/// per item-section incidence, never one per pair of items.
struct ItemSections {
  std::vector<unsigned> begin;
  std::vector<unsigned> sections;
  std::vector<unsigned> enteringBegin;
  std::vector<unsigned> entering;

  explicit ItemSections(const Component &component);
};

/// The largest number that divides every size and alignment (> 1): every
/// canonical offset and peak is a multiple of it.
uint64_t getGranule(const Component &component);

/// The largest total size of one section: a lower bound on the peak.
uint64_t getSectionBound(const Component &component);

/// The work firstFit() does on `component`: for every item, the members of
/// its sections (the sum of the squared section sizes). It grows with the
/// pairs of items, so it is only run below kFirstFitMaxWork.
uint64_t getFirstFitWork(const Component &component);

/// A quick valid plan: items in decreasing size order, each at the lowest
/// aligned offset that clears its already placed conflicts (first fit).
/// Costs getFirstFitWork().
std::vector<uint64_t> firstFit(const Component &component,
                               const ItemSections &itemSections);

/// A valid plan in time linear in the item-section incidences: items in
/// decreasing size order, each directly above the highest placed item of
/// its sections (no gap is reused).
std::vector<uint64_t> stackPlan(const Component &component,
                                const ItemSections &itemSections);

/// max(offset + size) over the items.
uint64_t getPeak(const Component &component,
                 const std::vector<uint64_t> &offsets);

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACT_COMPONENT_H
