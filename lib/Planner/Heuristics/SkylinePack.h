//===- SkylinePack.h - Packings from the time structure alone ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Two packings of one pool whose cost grows with the number of buffers and
// sections, never with the number of time-overlapping pairs, for the
// portfolio at production scale (docs/PlannerScale.md):
//
// - the sweep fit places the buffers in order of their first section, each
//   in the tightest gap among the buffers live at that moment (a run-time
//   allocator's best fit that knows every lifetime): in that order the
//   placed conflicts of a buffer are exactly the buffers still live, kept
//   ordered by offset with their free gaps ordered by length;
// - the skyline floor packer repeatedly places, among the unplaced buffers,
//   one with the lowest floor (the highest end of its placed conflicts,
//   aligned), directly on it, the highest priority first among equal
//   floors. Floors come from a per-pool skyline (SlotMaxTree) and are kept
//   lazily in a heap: a buffer popped with a stale floor goes back with its
//   current one.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_HEURISTICS_SKYLINEPACK_H
#define MEMPLAN_LIB_PLANNER_HEURISTICS_SKYLINEPACK_H

#include "PlanningContext.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace memplan {

/// A packing of one pool's buffers: offsets in the order of the buffers
/// given, the pool's peak, and the work spent.
struct PoolPacking {
  std::vector<uint64_t> offsets;
  uint64_t peak = 0;
};

/// Sweep fit of `buffers` (ids of `problem`) into `pool`. Adds its work,
/// about log2(n) per buffer and per event, to `work`. None when a buffer of
/// the list has several section ranges or explicit conflicts (the sweep
/// would not see every conflict), or once `deadline` has passed.
std::optional<PoolPacking>
packBySweepFit(const Problem &problem, const ConflictIndex &conflicts,
               PoolId pool, llvm::ArrayRef<BufferId> buffers, uint64_t &work,
               const Deadline &deadline = Deadline());

/// Which buffer the floor packer places first among equal floors.
enum class SkylinePriority {
  /// Larger size x lifetime first.
  Area,
  /// Larger buffers first.
  Size,
  /// Earlier first section first.
  Start,
};

/// Skyline floor packing of `buffers` into `pool` with `priority` (ties to
/// the longer-lived, then larger, then smaller id). Adds its work to `work`
/// and gives up (none) once that reaches `workLimit` or `deadline` has
/// passed. Any buffers: several ranges and explicit conflicts (within the
/// list) included.
std::optional<PoolPacking>
packOnSkyline(const Problem &problem, const ConflictIndex &conflicts,
              PoolId pool, llvm::ArrayRef<BufferId> buffers,
              SkylinePriority priority, uint64_t workLimit, uint64_t &work,
              const Deadline &deadline = Deadline());

/// Repacks every pool of `plan` (each buffer stays in its pool) by sweep
/// fit and then by the skyline floor packer with each priority, spending at
/// most `budget` work on the floor packer (each packing may use what is
/// left; the sweep fit always runs). A pool takes a packing only when it
/// is smaller. Adds the work to plan.work; a deadline cut sets
/// plan.timedOut.
void refinePoolsBySkyline(const PlanningContext &context, Plan &plan,
                          uint64_t budget);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_HEURISTICS_SKYLINEPACK_H
