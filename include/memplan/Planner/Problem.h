//===- Problem.h - A static memory planning problem -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The planner's input: memory pools and the buffers to place in them. This
// header, like the whole planner library, has no MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_PROBLEM_H
#define MEMPLAN_PLANNER_PROBLEM_H

#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace memplan {

/// The largest size, offset, capacity or alignment the planner handles:
/// 2^63-1, so that every byte count also fits in int64_t (MLIR's i64
/// attributes). verifyProblem rejects problems whose buffers, with their
/// alignment padding, do not fit in this many bytes together.
constexpr uint64_t kMaxProblemBytes = 0x7fffffffffffffffULL;

/// Index of a pool in Problem::pools.
using PoolId = unsigned;
/// Index of a buffer in Problem::buffers.
using BufferId = unsigned;

/// One fixed memory pool.
struct Pool {
  std::string name;
  /// Capacity in bytes; std::nullopt means unbounded.
  std::optional<uint64_t> capacity;
  /// Base alignment in bytes (a power of two). Every buffer placed in the
  /// pool starts at a multiple of it.
  uint64_t alignment = 1;
};

/// A half-open live interval [start, end) on the program timeline.
struct Interval {
  int64_t start = 0;
  int64_t end = 0;

  bool overlaps(const Interval &other) const {
    return start < other.end && other.start < end;
  }
  bool operator==(const Interval &other) const {
    return start == other.start && end == other.end;
  }
};

/// A fixed place a buffer must occupy: a pool and an offset in it (a DMA
/// buffer, a buffer shared with a hardware block, an offline plan).
struct Pin {
  PoolId pool = 0;
  uint64_t offset = 0;
};

/// One buffer to place.
struct Buffer {
  std::string name;
  uint64_t size = 0;
  /// Required alignment in bytes (a power of two).
  uint64_t alignment = 1;
  /// Ordered candidate pools; empty means every pool in declaration order.
  std::vector<PoolId> candidatePools;
  /// Live intervals; a buffer with several intervals keeps one offset.
  std::vector<Interval> intervals;
  /// Buffers this one conflicts with regardless of intervals. Conflicts are
  /// symmetric: listing one side is enough.
  std::vector<BufferId> explicitConflicts;
  /// Where the buffer must be placed, if it is pinned. Every algorithm places
  /// the other buffers around the pinned ones and keeps the pins.
  std::optional<Pin> pin;
};

/// Two buffers that may share their bytes (in-place reuse): their live
/// intervals may overlap when both sit in the same pool at the same offset.
/// The planner may also keep them apart; a share never forces sharing.
struct SharePair {
  BufferId first = 0;
  BufferId second = 0;
};

/// A planning problem: pools, buffers, and the pairs of buffers that may
/// share an address.
struct Problem {
  std::vector<Pool> pools;
  std::vector<Buffer> buffers;
  /// Pairs that may share an address although they are live at once (see
  /// SharePair); the order does not matter.
  std::vector<SharePair> shares;

  /// The candidate pools of `buffer`, resolving the empty default to every
  /// pool in declaration order.
  std::vector<PoolId> getCandidatePools(BufferId buffer) const;

  /// The effective alignment of `buffer` in `pool`: the larger of the two.
  uint64_t getAlignment(BufferId buffer, PoolId pool) const;

  /// Whether any buffer is pinned.
  bool hasPins() const;
};

/// Checks the problem's own consistency (names unique and non-empty, pool
/// and buffer ids in range, alignments powers of two, intervals with
/// start < end, no buffer conflicting with itself, every buffer with at least
/// one candidate pool, the padded total of all sizes within
/// kMaxProblemBytes, share pairs of two distinct existing buffers that are
/// no explicit conflict of each other), and its pins (see verifyPins). The
/// error names the offending buffer or pool.
llvm::Error verifyProblem(const Problem &problem);

/// Checks the pins of a problem whose other properties verifyProblem
/// accepted: each pin in one of its buffer's candidate pools, aligned to the
/// buffer's alignment in that pool, within the pool's capacity, and no two
/// pinned buffers overlapping in address while they conflict (both alive at
/// some moment, or an explicit conflict). The error names the buffers.
llvm::Error verifyPins(const Problem &problem);

} // namespace memplan

#endif // MEMPLAN_PLANNER_PROBLEM_H
