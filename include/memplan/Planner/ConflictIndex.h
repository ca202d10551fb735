//===- ConflictIndex.h - Which buffers may not share bytes ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The conflict relation of a problem, answered from its time structure
// instead of a list of pairs. Time is compressed to sections (between two
// consecutive distinct interval end points) and each buffer's live intervals
// become merged section ranges. A static interval tree over those ranges
// enumerates the buffers live at the same time as a given one; explicit
// conflicts are a small overlay. Memory is O(n + sections + explicit pairs)
// whatever the number of time-overlapping pairs.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_CONFLICTINDEX_H
#define MEMPLAN_PLANNER_CONFLICTINDEX_H

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <vector>

namespace memplan {

/// Sections [first, last) of the compressed timeline.
struct SectionRange {
  unsigned first = 0;
  unsigned last = 0;
};

/// The symmetric conflict relation: two buffers conflict when any of their
/// live intervals overlap or either lists the other as an explicit conflict.
/// Every answer depends only on buffer ids and times, never on memory order.
class ConflictIndex {
public:
  /// Builds the index in O(n log n) for n intervals (plus the explicit
  /// pairs). Expects a problem that passed verifyProblem.
  explicit ConflictIndex(const Problem &problem);

  unsigned getNumBuffers() const { return rangeStart.size() - 1; }
  /// Number of sections of the compressed timeline.
  unsigned getNumSections() const { return numSections; }
  /// The merged section ranges of `buffer`'s intervals, ascending and
  /// disjoint.
  llvm::ArrayRef<SectionRange> getSections(BufferId buffer) const {
    return llvm::ArrayRef<SectionRange>(ranges.data() + rangeStart[buffer],
                                        ranges.data() + rangeStart[buffer + 1]);
  }
  /// The explicit conflicts of `buffer` (both directions), ascending.
  llvm::ArrayRef<BufferId> getExplicitConflicts(BufferId buffer) const {
    return llvm::ArrayRef<BufferId>(
        explicitNeighbors.data() + explicitStart[buffer],
        explicitNeighbors.data() + explicitStart[buffer + 1]);
  }

  /// Number of buffers conflicting with `buffer` (precomputed).
  unsigned getNumConflicts(BufferId buffer) const { return degrees[buffer]; }
  /// Total size of the buffers conflicting with `buffer` (precomputed).
  uint64_t getConflictBytes(BufferId buffer) const {
    return conflictBytes[buffer];
  }
  /// Number of conflicting pairs (each pair counted once).
  uint64_t getNumPairs() const { return numPairs; }
  /// Whether `a` and `b` conflict, in O(ranges + log explicit).
  bool conflict(BufferId a, BufferId b) const;

  /// Calls `onBuffer` for every buffer other than `buffer` live at a common
  /// time with it, in an order fixed by the problem, once per shared section
  /// range (a buffer with several ranges may come more than once). Costs
  /// O((k + 1) log n) for k reports. Explicit conflicts are not visited.
  void forEachTimeConflict(BufferId buffer,
                           llvm::function_ref<void(BufferId)> onBuffer) const;
  /// The buffers conflicting with `buffer`, ascending, without duplicates:
  /// O(k log k) time and O(k) memory for k conflicts, nothing kept.
  std::vector<BufferId> getConflicts(BufferId buffer) const;

private:
  /// Reports every entry whose range meets [first, last).
  void forEachEntry(SectionRange query,
                    llvm::function_ref<void(BufferId)> onBuffer) const;
  /// Number of entries whose first section is below `section`.
  size_t countStartingBefore(unsigned section) const;

  unsigned numSections = 0;
  /// Per buffer, its merged ranges: ranges[rangeStart[b] .. rangeStart[b+1]).
  std::vector<uint32_t> rangeStart;
  std::vector<SectionRange> ranges;
  /// Every range of every buffer, sorted by first section (then buffer),
  /// with a max-of-last tree over them (leaves at treeSize + index).
  std::vector<SectionRange> entries;
  std::vector<BufferId> entryBuffers;
  std::vector<unsigned> maxLast;
  unsigned treeSize = 1;
  /// The explicit overlay, symmetric and sorted (compressed rows).
  std::vector<uint64_t> explicitStart;
  std::vector<BufferId> explicitNeighbors;
  std::vector<unsigned> degrees;
  std::vector<uint64_t> conflictBytes;
  uint64_t numPairs = 0;
};

} // namespace memplan

#endif // MEMPLAN_PLANNER_CONFLICTINDEX_H
