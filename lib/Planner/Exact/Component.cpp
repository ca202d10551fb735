//===- Component.cpp - One independent part of a packing ------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Component.h"

#include "llvm/Support/Alignment.h"

#include <algorithm>
#include <numeric>

namespace memplan {
namespace exact {

uint64_t getPeak(const Component &component,
                 const std::vector<uint64_t> &offsets) {
  uint64_t peak = 0;
  for (unsigned i = 0; i < component.sizes.size(); ++i)
    peak = std::max(peak, offsets[i] + component.sizes[i]);
  return peak;
}

uint64_t getSectionBound(const Component &component) {
  uint64_t bound = 0;
  for (const auto &section : component.sections) {
    uint64_t total = 0;
    for (unsigned item : section)
      total += component.sizes[item];
    bound = std::max(bound, total);
  }
  return bound;
}

uint64_t getGranule(const Component &component) {
  uint64_t granule = 0;
  for (unsigned i = 0; i < component.sizes.size(); ++i) {
    granule = std::gcd(granule, component.sizes[i]);
    if (!component.alignments.empty() && component.alignments[i] > 1)
      granule = std::gcd(granule, component.alignments[i]);
  }
  return granule == 0 ? 1 : granule;
}

ItemSections::ItemSections(const Component &component) {
  unsigned numItems = component.sizes.size();
  begin.assign(numItems + 1, 0);
  for (const auto &section : component.sections)
    for (unsigned item : section)
      ++begin[item + 1];
  std::partial_sum(begin.begin(), begin.end(), begin.begin());
  sections.resize(begin.back());
  std::vector<unsigned> next(begin.begin(), begin.end() - 1);
  for (unsigned s = 0; s < component.sections.size(); ++s)
    for (unsigned item : component.sections[s])
      sections[next[item]++] = s;
  // Item i enters section s when s - 1 is not its previous section.
  enteringBegin.assign(component.sections.size() + 1, 0);
  auto forEachEntry = [&](auto &&visit) {
    for (unsigned item = 0; item < numItems; ++item)
      for (unsigned k = begin[item]; k < begin[item + 1]; ++k)
        if (k == begin[item] || sections[k - 1] + 1 != sections[k])
          visit(item, sections[k]);
  };
  forEachEntry([&](unsigned, unsigned s) { ++enteringBegin[s + 1]; });
  std::partial_sum(enteringBegin.begin(), enteringBegin.end(),
                   enteringBegin.begin());
  entering.resize(enteringBegin.back());
  std::vector<unsigned> nextEntry(enteringBegin.begin(),
                                  enteringBegin.end() - 1);
  forEachEntry(
      [&](unsigned item, unsigned s) { entering[nextEntry[s]++] = item; });
}

uint64_t getFirstFitWork(const Component &component) {
  uint64_t work = component.sizes.size();
  for (const auto &section : component.sections)
    work += uint64_t(section.size()) * section.size();
  return work;
}

namespace {

/// The items by decreasing (or increasing) size, ties by increasing id.
std::vector<unsigned> getItemsBySize(const Component &component,
                                     bool increasing = false) {
  std::vector<unsigned> order(component.sizes.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
    return increasing ? component.sizes[a] < component.sizes[b]
                      : component.sizes[a] > component.sizes[b];
  });
  return order;
}

uint64_t getAlignment(const Component &component, unsigned item) {
  return component.alignments.empty() ? 1 : component.alignments[item];
}

} // namespace

void sortSectionsBySize(Component &component) {
  // Linear: the items in that order, each appended to its sections.
  ItemSections itemSections(component);
  for (auto &section : component.sections)
    section.clear();
  for (unsigned item : getItemsBySize(component, /*increasing=*/true))
    for (unsigned k = itemSections.begin[item];
         k < itemSections.begin[item + 1]; ++k)
      component.sections[itemSections.sections[k]].push_back(item);
}

std::vector<uint64_t> firstFit(const Component &component,
                               const ItemSections &itemSections) {
  unsigned numItems = component.sizes.size();
  std::vector<uint64_t> offsets(numItems, 0);
  std::vector<char> placed(numItems, 0);
  std::vector<unsigned> seen(numItems, ~0u);
  std::vector<std::pair<uint64_t, uint64_t>> busy;
  for (unsigned item : getItemsBySize(component)) {
    busy.clear();
    for (unsigned k = itemSections.begin[item];
         k < itemSections.begin[item + 1]; ++k)
      for (unsigned other : component.sections[itemSections.sections[k]])
        if (placed[other] && seen[other] != item) {
          seen[other] = item;
          busy.emplace_back(offsets[other],
                            offsets[other] + component.sizes[other]);
        }
    std::sort(busy.begin(), busy.end());
    llvm::Align align(getAlignment(component, item));
    uint64_t at = 0;
    for (auto [begin, end] : busy) {
      if (at + component.sizes[item] <= begin)
        break;
      at = std::max(at, llvm::alignTo(end, align));
    }
    offsets[item] = at;
    placed[item] = 1;
  }
  return offsets;
}

std::vector<uint64_t> stackPlan(const Component &component,
                                const ItemSections &itemSections) {
  // Two conflicting items share a section, whose top the later one clears.
  std::vector<uint64_t> offsets(component.sizes.size(), 0);
  std::vector<uint64_t> top(component.sections.size(), 0);
  for (unsigned item : getItemsBySize(component)) {
    uint64_t at = 0;
    for (unsigned k = itemSections.begin[item];
         k < itemSections.begin[item + 1]; ++k)
      at = std::max(at, top[itemSections.sections[k]]);
    at = llvm::alignTo(at, llvm::Align(getAlignment(component, item)));
    offsets[item] = at;
    for (unsigned k = itemSections.begin[item];
         k < itemSections.begin[item + 1]; ++k)
      top[itemSections.sections[k]] = at + component.sizes[item];
  }
  return offsets;
}

} // namespace exact
} // namespace memplan
