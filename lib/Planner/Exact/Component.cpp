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

std::vector<uint64_t> firstFit(const Component &component) {
  unsigned numItems = component.sizes.size();
  std::vector<std::vector<unsigned>> sectionsOf(numItems);
  for (unsigned s = 0; s < component.sections.size(); ++s)
    for (unsigned item : component.sections[s])
      sectionsOf[item].push_back(s);
  std::vector<unsigned> order(numItems);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
    return component.sizes[a] > component.sizes[b];
  });

  std::vector<uint64_t> offsets(numItems, 0);
  std::vector<char> placed(numItems, 0);
  std::vector<unsigned> seen(numItems, ~0u);
  std::vector<std::pair<uint64_t, uint64_t>> busy;
  for (unsigned item : order) {
    busy.clear();
    for (unsigned s : sectionsOf[item])
      for (unsigned other : component.sections[s])
        if (placed[other] && seen[other] != item) {
          seen[other] = item;
          busy.emplace_back(offsets[other],
                            offsets[other] + component.sizes[other]);
        }
    std::sort(busy.begin(), busy.end());
    uint64_t align =
        component.alignments.empty() ? 1 : component.alignments[item];
    uint64_t at = 0;
    for (auto [begin, end] : busy) {
      if (at + component.sizes[item] <= begin)
        break;
      at = std::max(at, llvm::alignTo(end, llvm::Align(align)));
    }
    offsets[item] = at;
    placed[item] = 1;
  }
  return offsets;
}

} // namespace exact
} // namespace memplan
