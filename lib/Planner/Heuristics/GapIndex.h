//===- GapIndex.h - Gaps among placed buffers, by time ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// First fit and best fit only depend on the union of the byte ranges of a
// buffer's placed conflicts: the gaps are its free intervals below its top.
// The index keeps that union per node of two segment trees over the sections
// of one pool, so that a buffer's placed time conflicts are the union of
// O(log sections) merged interval sets instead of a list of pairs:
//
// - the *live* tree holds each placed range at the canonical nodes of its
//   section range: the sets on the path from a section's leaf to the root
//   hold exactly the placed buffers live in that section;
// - the *start* tree holds each placed range on the path from the leaf of its
//   first section to the root: the canonical nodes of a section range hold
//   the placed buffers starting inside it.
//
// A buffer live over [a, b) conflicts in time with the placed buffers live in
// section a and those starting in (a, b). Each set merges overlapping and
// touching ranges (std::map from start to end), so a placement inserts
// O(log sections) ranges and a gap search jumps over a merged run of bytes per
// lookup. Nothing is ever removed: a placer that places a suffix of its order
// again rebuilds the index from the kept prefix.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_HEURISTICS_GAPINDEX_H
#define MEMPLAN_LIB_PLANNER_HEURISTICS_GAPINDEX_H

#include "memplan/Planner/ConflictIndex.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace memplan {

/// A union of half-open byte ranges, as disjoint, non-touching runs.
class ByteRuns {
public:
  /// Adds [offset, end) (end > offset), merging the runs it meets or touches.
  /// Returns the number of runs looked at.
  uint64_t add(uint64_t offset, uint64_t end);
  bool empty() const { return runs.empty(); }
  size_t size() const { return runs.size(); }
  /// The run with the highest start below `limit`, if any: (start, end).
  const std::pair<const uint64_t, uint64_t> *
  lastStartingBelow(uint64_t limit) const;
  /// The runs in order: (start, end).
  using Iterator = std::map<uint64_t, uint64_t>::const_iterator;
  Iterator begin() const { return runs.begin(); }
  Iterator end() const { return runs.end(); }

private:
  std::map<uint64_t, uint64_t> runs;
};

/// Where a gap-fit placement goes among a set of occupied byte runs.
enum class GapChoice {
  /// The lowest aligned offset where the buffer meets no run.
  Lowest,
  /// The smallest gap below the highest run that holds the buffer (the
  /// lowest among equals), else above every run.
  Tightest,
};

/// Finds gaps in the union of several ByteRuns.
class GapFinder {
public:
  /// The offset `choice` picks for a buffer of `size` bytes and `alignment`
  /// among the union of `sets`: for Lowest, jumps past a run per lookup; for
  /// Tightest, a merge of the sets' runs in order of start.
  uint64_t find(llvm::ArrayRef<const ByteRuns *> sets, uint64_t size,
                uint64_t alignment, GapChoice choice);
  /// Deterministic work done (lookups, runs merged).
  uint64_t getWork() const { return work; }

private:
  std::vector<std::pair<ByteRuns::Iterator, ByteRuns::Iterator>> mergeScratch;
  uint64_t work = 0;
};

class GapIndex {
public:
  GapIndex(unsigned numSections, unsigned numPools);

  /// Forgets every placed buffer.
  void clear();
  /// Records a placed buffer live over `ranges` at [offset, end) of `pool`
  /// (end > offset).
  void insert(PoolId pool, llvm::ArrayRef<SectionRange> ranges, uint64_t offset,
              uint64_t end);
  /// The sets whose union is the bytes of `pool` taken by the placed buffers
  /// live at a common section with `ranges`, appended to `sets` (no
  /// duplicates).
  void collect(PoolId pool, llvm::ArrayRef<SectionRange> ranges,
               std::vector<const ByteRuns *> &sets);
  /// Deterministic work done (nodes and runs visited).
  uint64_t getWork() const { return work; }

private:
  /// One tree per pool and kind: per node, 1 + the index of its set in
  /// `sets`, 0 when nothing was added there; empty until the pool is used.
  struct Trees {
    std::vector<uint32_t> live, starts;
  };
  ByteRuns &getSet(std::vector<uint32_t> &tree, unsigned node);
  Trees &getTrees(PoolId pool);

  unsigned size = 1;
  std::vector<Trees> pools;
  std::vector<ByteRuns> sets;
  uint64_t work = 0;
};

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_HEURISTICS_GAPINDEX_H
