//===- Placer.h - Places buffers one by one in a given order ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The engine under every heuristic: given an order of the buffers and a fit
// policy, each buffer in turn goes to the first of its candidate pools where
// the policy finds room among the already-placed buffers it conflicts with.
// Placing a suffix of the order again (after the order changed from some
// position on) reuses everything before it, which is what hill climbing needs.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_PLACER_H
#define MEMPLAN_LIB_PLANNER_PLACER_H

#include "GapIndex.h"
#include "SlotMaxTree.h"

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Deadline.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace memplan {

/// Where, within one pool, a buffer goes relative to the placed buffers it
/// conflicts with.
enum class FitPolicy {
  /// Directly above the highest end of any of them (TVM USMP's greedy).
  AboveConflicts,
  /// The lowest gap between them that holds the buffer (TFLite Micro).
  FirstFit,
  /// The smallest gap between them that holds the buffer, else above all of
  /// them (XLA's best fit).
  BestFit,
};

/// How FirstFit and BestFit find the placed conflicts' gaps; both give the
/// same offsets.
enum class GapSearch {
  /// List the buffer's placed conflicts and sort them by offset: time and
  /// work grow with the time-overlapping pairs.
  Scan,
  /// Read the union of their bytes from a GapIndex: O(log sections) sets per
  /// buffer, a lookup per merged run passed.
  Index,
};

class Placer {
public:
  enum class Status {
    /// Every buffer of the order is placed.
    Placed,
    /// A buffer fits in none of its candidate pools (see getFailedBuffer).
    NoFit,
    /// The total of the pool sizes went above the caller's limit.
    OverLimit,
    /// The deadline (setDeadline) passed before every buffer was placed.
    TimedOut,
  };

  Placer(const Problem &problem, const ConflictIndex &conflicts,
         GapSearch search = GapSearch::Scan);

  /// Places order[from..] with `policy`, keeping the placements of
  /// order[..from), which must be those of an earlier call with the same
  /// order prefix. Stops early (OverLimit) as soon as the sum of the pool
  /// sizes exceeds `limit`.
  Status place(llvm::ArrayRef<BufferId> order, FitPolicy policy,
               size_t from = 0,
               uint64_t limit = std::numeric_limits<uint64_t>::max());

  /// Makes positions from..end of `order` equal to those of `other`, which
  /// placed the same problem and whose order has the same buffers at those
  /// positions as a set. Used to undo a rejected move.
  void copySuffixFrom(const Placer &other, llvm::ArrayRef<BufferId> order,
                      size_t from);

  /// Makes place() stop with TimedOut once `deadline` has passed (looked at
  /// every kDeadlineInterval buffers). None by default.
  void setDeadline(const Deadline &newDeadline) { deadline = newDeadline; }
  static constexpr size_t kDeadlineInterval = 64;

  /// The buffer that fitted nowhere after a NoFit status.
  BufferId getFailedBuffer() const { return failedBuffer; }
  /// Sum of the pool sizes after a Placed status.
  uint64_t getTotalSize() const;
  const std::vector<Placement> &getPlacements() const { return placements; }
  /// The end (offset + size) of a placed buffer.
  uint64_t getEnd(BufferId id) const {
    return placements[id].offset + problem.buffers[id].size;
  }
  /// Pool sizes after a Placed status.
  llvm::ArrayRef<uint64_t> getPoolSizes() const;
  /// Deterministic work done so far (conflict edges and gaps visited, or
  /// the gap index's nodes and lookups).
  uint64_t getWork() const {
    return work + gapFinder.getWork() + (gapIndex ? gapIndex->getWork() : 0);
  }
  /// A plan of the current placements (after a Placed status).
  Plan makePlan(llvm::StringRef algorithm) const;

private:
  /// An occupied byte range of a placed conflicting buffer.
  struct Occupied {
    PoolId pool;
    uint64_t offset;
    uint64_t end;
    bool operator<(const Occupied &other) const {
      return pool < other.pool || (pool == other.pool && offset < other.offset);
    }
  };

  /// The offset `policy` picks for `id` in `pool` given the occupied ranges
  /// of that pool sorted by offset; none if it does not fit under the
  /// pool's capacity.
  std::optional<uint64_t> findOffset(BufferId id, PoolId pool,
                                     llvm::ArrayRef<Occupied> occupied,
                                     FitPolicy policy);
  /// Places `id`, at position `position`; false if it fits nowhere.
  bool placeOne(BufferId id, unsigned position, FitPolicy policy);
  /// placeOne for FitPolicy::AboveConflicts, from the pools' skylines.
  bool placeAboveConflicts(BufferId id, unsigned position);
  /// placeOne for FirstFit and BestFit with GapSearch::Index.
  bool placeInIndexedGaps(BufferId id, unsigned position, FitPolicy policy);
  SlotMaxTree &getSkyline(PoolId pool);
  /// Records the placed `id` in its pool's skyline.
  void raiseSkyline(BufferId id);

  const Problem &problem;
  const ConflictIndex &conflicts;
  unsigned numPools;
  /// Position of each buffer in the order; a conflict is placed iff its
  /// position is smaller.
  std::vector<unsigned> positions;
  std::vector<Placement> placements;
  /// Per position i and pool p, at [i * numPools + p]: the size of pool p
  /// once order[..i] is placed.
  std::vector<uint64_t> prefixPoolSizes;
  std::vector<Occupied> scratch;
  GapSearch search;
  /// The placed buffers of order[..position) (GapSearch::Index only), built
  /// when first needed and rebuilt by each place().
  std::optional<GapIndex> gapIndex;
  std::vector<const ByteRuns *> gapSets;
  GapFinder gapFinder;
  /// Per pool, the highest placed end per section (AboveConflicts only),
  /// built when first needed.
  std::vector<std::optional<SlotMaxTree>> skylines;
  /// Candidate pools (Problem::getCandidatePools) without a vector per
  /// buffer: candidateList starts with every pool, then each buffer's own
  /// list at candidateStart[id].
  llvm::ArrayRef<PoolId> getCandidatePools(BufferId id) const;
  std::vector<PoolId> candidateList;
  std::vector<uint64_t> candidateStart;
  BufferId failedBuffer = 0;
  unsigned numPlaced = 0;
  uint64_t work = 0;
  Deadline deadline;
};

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_PLACER_H
