//===- FloorClimb.h - Hill climbing over floor-packer priorities -*- C++
//-*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_FLOORCLIMB_H
#define MEMPLAN_LIB_PLANNER_FLOORCLIMB_H

#include "Heuristics.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace memplan {

/// The first priorities of a floor climb.
enum class FloorPriority {
  /// Longer-lived buffers first.
  Lifetime,
  /// Buffers that start earlier first.
  Start,
  /// Larger buffers first.
  Size,
};

/// The best packing a floor climb found for the buffers of one pool.
struct FloorClimbResult {
  /// Per buffer, in the order of the buffers given.
  std::vector<uint64_t> offsets;
  uint64_t peak = 0;
  uint64_t work = 0;
  bool timedOut = false;
};

/// Packs `buffers` into `pool` with a FloorPacker and hill climbs its
/// priorities, starting from each of `starts` for a race over part of the
/// budget, then going on from the best. Spends about `budget` work; stops
/// early at `lowerBound`. Ignores the pool's capacity (callers compare the
/// peak with it).
FloorClimbResult climbFloor(const PlanningContext &context, PoolId pool,
                            llvm::ArrayRef<BufferId> buffers,
                            llvm::ArrayRef<FloorPriority> starts,
                            uint64_t lowerBound, uint64_t budget,
                            uint64_t seed);

/// Repacks every pool of `plan` with a floor climb from every FloorPriority
/// (the pool's share of `budget` by number of buffers), keeping each buffer
/// in its pool; a pool takes the new packing only when it is smaller. Adds
/// the work to plan.work and a deadline cut to plan.timedOut.
void refinePoolsByFloorClimb(const PlanningContext &context, Plan &plan,
                             uint64_t budget);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_FLOORCLIMB_H
