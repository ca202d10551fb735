//===- FailureMemo.cpp - States with no plan within a limit ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FailureMemo.h"

#include "llvm/Support/ErrorHandling.h"

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
  numSlots = slots;
  // An all-zero Entry is an empty slot (valid is false).
  table.reset(static_cast<Entry *>(std::calloc(slots, sizeof(Entry))));
  if (!table)
    llvm::report_bad_alloc_error("failure memo");
}

size_t FailureMemo::getNumEntries() const {
  return std::count_if(table.get(), table.get() + numSlots,
                       [](const Entry &entry) { return entry.valid; });
}

} // namespace exact
} // namespace memplan
