//===- FailureMemo.h - States with no plan within a limit -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the exact search: the table of search states proven to have no
// plan within some limit, shared by the probes of one component.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACT_FAILUREMEMO_H
#define MEMPLAN_LIB_PLANNER_EXACT_FAILUREMEMO_H

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace memplan {
namespace exact {

/// Search states proven to have no plan within some limit, shared by the
/// probes of one component. A state is what decides the subtree below a node
/// within its scope: the scope's unplaced items, the level, the items that
/// may no longer take the level, and the tops of the scope's sections that
/// still have unplaced items. Two nodes with the same state have the same
/// continuations of the scope, so if one had none within a limit, neither
/// has the other within that limit or a lower one (see docs/ExactPlanner.md).
/// States are keyed by two independent 64-bit hashes; the table is
/// direct-mapped and keeps the latest entry of a slot, which keeps it
/// deterministic and bounds its memory by construction: getNumSlots()
/// entries of 32 bytes, at most kMaxSlots (64 MiB).
class FailureMemo {
public:
  struct Key {
    uint64_t first = 0, second = 0;
  };

  /// The most slots a table has.
  static constexpr size_t kMaxSlots = size_t(1) << 21;

  /// A table for a component of `numItems` items searched with at most
  /// `nodeLimit` nodes: kSlotsPerItem slots per item and kSlotsPerNode per
  /// node (a node records at most one failure), a power of two between
  /// 2^10 and kMaxSlots.
  FailureMemo(unsigned numItems, uint64_t nodeLimit);

  /// Slots per item and per node of the budget (see the constructor).
  static constexpr size_t kSlotsPerItem = 2048;
  static constexpr size_t kSlotsPerNode = 16;

  /// The number of slots: the most entries the table ever holds.
  size_t getNumSlots() const { return numSlots; }
  /// The number of slots holding an entry.
  size_t getNumEntries() const;

  /// Whether a recorded failure rules out a plan within `limit`.
  bool covers(Key key, uint64_t limit) const {
    const Entry &entry = table[key.first & (numSlots - 1)];
    return entry.valid && entry.key.first == key.first &&
           entry.key.second == key.second && limit <= entry.failedLimit;
  }

  /// Records that the state `key` has no continuation within `failedLimit`.
  void record(Key key, uint64_t failedLimit) {
    table[key.first & (numSlots - 1)] = {key, failedLimit, true};
  }

private:
  struct Entry {
    Key key;
    uint64_t failedLimit = 0;
    bool valid = false;
  };
  /// Zeroed memory from calloc: the pages of slots never written cost no
  /// time and no resident memory.
  struct Free {
    void operator()(Entry *entries) const { std::free(entries); }
  };
  std::unique_ptr<Entry[], Free> table;
  size_t numSlots = 0;
};

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACT_FAILUREMEMO_H
