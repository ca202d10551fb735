//===- FloorPacker.h - Bottom-up packing of one pool ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Packs the buffers of one pool from the bottom up: it repeatedly places,
// among the unplaced buffers, one with the lowest floor (the highest end of
// its placed conflicts, rounded up to its alignment) directly on that floor,
// the highest priority first among equal floors. Offsets come out in
// non-decreasing order, every buffer rests on a conflict or on 0, and a
// packing costs O((n + c) log n) for n buffers and c conflicts.
//
// The packer records the sequence of its last packing, so that after a
// priority change it can replay the unchanged beginning of the sequence
// instead of deciding it again (see getFirstChangedStep).
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_FLOORPACKER_H
#define MEMPLAN_LIB_PLANNER_FLOORPACKER_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Deadline.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace memplan {

class FloorPacker {
public:
  /// Packs `buffers` (ids of `problem`) into `pool`; items are numbered by
  /// their index in `buffers`.
  FloorPacker(const Problem &problem, const ConflictIndex &conflicts,
              PoolId pool, llvm::ArrayRef<BufferId> buffers);

  unsigned getNumItems() const { return items->sizes.size(); }

  /// Packs with `priority` per item (larger first among equal floors; ties
  /// to the smaller item), keeping steps [0, fromStep) of the recorded
  /// packing, which must be what these priorities decide there. Returns the
  /// peak, or none as soon as it would exceed `limit` (the record is then
  /// incomplete: see copySuffixFrom). The pool's capacity is the caller's
  /// business.
  std::optional<uint64_t> pack(llvm::ArrayRef<uint32_t> priority,
                               uint64_t limit, size_t fromStep = 0);
  /// Makes pack() give up (none, as over the limit) once `deadline` has
  /// passed, looked at every 64 steps. None by default.
  void setDeadline(const Deadline &newDeadline) { deadline = newDeadline; }

  /// The first step of the recorded packing that may be decided otherwise
  /// once the items of `changes` (item, old priority) have the priorities in
  /// `priority`; getNumItems() if none. A lowered item may change the step
  /// that placed it; a raised one a step where it was at the lowest floor
  /// and beats, with its new priority, the item placed there.
  size_t getFirstChangedStep(
      llvm::ArrayRef<uint32_t> priority,
      llvm::ArrayRef<std::pair<unsigned, uint32_t>> changes) const;

  /// The steps before `item`'s own at which it waited on the lowest floor
  /// and another item went first, ascending (into `steps`).
  void getLostSteps(unsigned item, std::vector<size_t> &steps) const;
  /// The item placed at `step` of the record.
  unsigned getItemAt(size_t step) const { return sequence[step]; }

  /// Makes the record from `fromStep` on equal to `other`'s, which packed
  /// the same items with the same record before `fromStep`.
  void copySuffixFrom(const FloorPacker &other, size_t fromStep);

  /// Offsets of the recorded packing.
  llvm::ArrayRef<uint64_t> getOffsets() const { return offsets; }
  uint64_t getEnd(unsigned item) const {
    return offsets[item] + items->sizes[item];
  }
  uint64_t getSize(unsigned item) const { return items->sizes[item]; }
  llvm::ArrayRef<unsigned> getConflicts(unsigned item) const {
    const std::vector<unsigned> &neighbors = items->neighbors;
    return llvm::ArrayRef<unsigned>(neighbors.data() + items->rowStart[item],
                                    neighbors.data() +
                                        items->rowStart[item + 1]);
  }
  /// Deterministic work done (heap operations and edges visited).
  uint64_t getWork() const { return work; }

  /// A heap entry: floor in the high 64 bits, then the complemented
  /// priority, then the item, so that the smallest key is the next choice.
  using Key = unsigned __int128;

private:
  void siftDown(size_t index);
  /// Restores floors, placed flags and the heap as they were before step
  /// `fromStep` of the record.
  void restore(llvm::ArrayRef<uint32_t> priority, size_t fromStep);
  /// Raises the floors of the unplaced conflicts of a just-placed item.
  void raiseFloors(unsigned item);
  /// Calls `visit` on each step of the record before `item`'s own at which
  /// `item` waited on the lowest floor, ascending, until it returns true.
  void forEachWaitingStep(unsigned item,
                          llvm::function_ref<bool(size_t)> visit) const;

  /// What does not change between packings; copies of a packer share it.
  struct Items {
    std::vector<uint64_t> sizes, alignments;
    /// Conflicts within the pool, as compressed rows.
    std::vector<uint64_t> rowStart;
    std::vector<unsigned> neighbors;
    /// Work units per heap operation: about log2 of the number of items.
    uint64_t heapCost;
  };
  std::shared_ptr<const Items> items;
  /// The record: the item placed at each step, each item's step and offset.
  std::vector<unsigned> sequence, stepOf;
  std::vector<uint64_t> offsets;
  std::vector<uint64_t> floors;
  std::vector<uint8_t> placed;
  std::vector<Key> heap;
  mutable std::vector<std::pair<unsigned, uint64_t>> scratch;
  uint64_t work = 0;
  Deadline deadline;
};

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_FLOORPACKER_H
