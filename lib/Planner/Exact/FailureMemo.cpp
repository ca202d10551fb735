//===- FailureMemo.cpp - States with no plan within a limit ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FailureMemo.h"

namespace memplan {
namespace exact {

FailureMemo::FailureMemo(unsigned numItems) {
  unsigned bits = 10;
  while (bits < 21 && (size_t(1) << bits) < size_t(2048) * numItems)
    ++bits;
  table.resize(size_t(1) << bits);
}

} // namespace exact
} // namespace memplan
