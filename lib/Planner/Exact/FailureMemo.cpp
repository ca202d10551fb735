//===- FailureMemo.cpp - States with no plan within a limit ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FailureMemo.h"

#include <algorithm>

namespace memplan {
namespace exact {

FailureMemo::FailureMemo(unsigned numItems, uint64_t nodeLimit) {
  // Both bounds in 128 bits: neither product may wrap.
  unsigned __int128 wanted =
      std::min((unsigned __int128)kSlotsPerItem * numItems,
               (unsigned __int128)kSlotsPerNode * nodeLimit);
  size_t slots = size_t(1) << 10;
  while (slots < kMaxSlots && slots < wanted)
    slots *= 2;
  table.resize(slots);
}

size_t FailureMemo::getNumEntries() const {
  return std::count_if(table.begin(), table.end(),
                       [](const Entry &entry) { return entry.valid; });
}

} // namespace exact
} // namespace memplan
