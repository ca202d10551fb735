//===- Reachability.cpp - Ancestors and descendants as bit sets -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Reachability.h"

#include "llvm/ADT/bit.h"

using namespace memplan::schedule;

unsigned NodeSet::count() const {
  unsigned total = 0;
  for (uint64_t word : words)
    total += llvm::popcount(word);
  return total;
}

Reachability memplan::schedule::computeReachability(
    const std::vector<std::vector<unsigned>> &predecessors, uint64_t &work) {
  unsigned size = predecessors.size();
  Reachability result;
  result.ancestors.assign(size, NodeSet(size));
  result.descendants.assign(size, NodeSet(size));
  uint64_t words = (size + 63) / 64;
  for (unsigned node = 0; node < size; ++node) {
    for (unsigned pred : predecessors[node]) {
      result.ancestors[node].insert(pred);
      result.ancestors[node].unite(result.ancestors[pred]);
      work += words;
    }
  }
  std::vector<std::vector<unsigned>> successors(size);
  for (unsigned node = 0; node < size; ++node)
    for (unsigned pred : predecessors[node])
      successors[pred].push_back(node);
  for (unsigned node = size; node-- > 0;) {
    for (unsigned succ : successors[node]) {
      result.descendants[node].insert(succ);
      result.descendants[node].unite(result.descendants[succ]);
      work += words;
    }
  }
  return result;
}
