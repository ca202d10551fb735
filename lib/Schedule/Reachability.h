//===- Reachability.h - Ancestors and descendants as bit sets ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Bit sets of the ancestors and descendants of every node of a DAG whose
// edges point from lower to higher indices. Internal to lib/Schedule.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_SCHEDULE_REACHABILITY_H
#define MEMPLAN_LIB_SCHEDULE_REACHABILITY_H

#include <cstddef>
#include <cstdint>
#include <vector>

namespace memplan::schedule {

/// A fixed-size set of node indices.
class NodeSet {
public:
  explicit NodeSet(unsigned size = 0) : words((size + 63) / 64, 0) {}
  void insert(unsigned index) {
    words[index / 64] |= uint64_t(1) << (index % 64);
  }
  void erase(unsigned index) {
    words[index / 64] &= ~(uint64_t(1) << (index % 64));
  }
  bool contains(unsigned index) const {
    return (words[index / 64] >> (index % 64)) & 1;
  }
  void unite(const NodeSet &other) {
    for (size_t i = 0; i < words.size(); ++i)
      words[i] |= other.words[i];
  }
  void intersect(const NodeSet &other) {
    for (size_t i = 0; i < words.size(); ++i)
      words[i] &= other.words[i];
  }
  unsigned count() const;
  size_t getNumWords() const { return words.size(); }
  bool operator==(const NodeSet &other) const { return words == other.words; }
  const std::vector<uint64_t> &getWords() const { return words; }

private:
  std::vector<uint64_t> words;
};

/// Ancestors and descendants of every node (a node is neither its own
/// ancestor nor its own descendant).
struct Reachability {
  std::vector<NodeSet> ancestors;
  std::vector<NodeSet> descendants;
};

/// Computes the reachability of the DAG given by `predecessors` (each entry
/// lists indices smaller than its own). Costs about edges * nodes / 64 word
/// operations, added to `work`.
Reachability
computeReachability(const std::vector<std::vector<unsigned>> &predecessors,
                    uint64_t &work);

} // namespace memplan::schedule

#endif // MEMPLAN_LIB_SCHEDULE_REACHABILITY_H
