//===- Validator.cpp - Checks a plan against its problem ------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Printable.h"
#include "Sharing.h"

#include "memplan/Planner/Validator.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace memplan;

using io::makeError;

/// Checks one buffer's placement on its own: pool, alignment, capacity.
static llvm::Error validatePlacement(const Problem &problem, const Plan &plan,
                                     BufferId id) {
  const Buffer &buffer = problem.buffers[id];
  const Placement &placement = plan.placements[id];
  if (placement.pool >= problem.pools.size())
    return makeError(llvm::formatv("buffer '{0}' is in pool #{1}, which does "
                                   "not exist",
                                   io::printable(buffer.name), placement.pool));
  const Pool &pool = problem.pools[placement.pool];
  std::vector<PoolId> candidates = problem.getCandidatePools(id);
  if (std::find(candidates.begin(), candidates.end(), placement.pool) ==
      candidates.end())
    return makeError(llvm::formatv(
        "buffer '{0}' is in pool '{1}', which is not one of its candidates",
        io::printable(buffer.name), io::printable(pool.name)));
  uint64_t alignment = problem.getAlignment(id, placement.pool);
  if (placement.offset % alignment != 0)
    return makeError(llvm::formatv(
        "buffer '{0}' at offset {1} in pool '{2}' is not aligned to {3}",
        io::printable(buffer.name), placement.offset, io::printable(pool.name),
        alignment));
  if (placement.offset > kMaxProblemBytes - buffer.size)
    return makeError(llvm::formatv(
        "buffer '{0}' at offset {1} in pool '{2}' ends beyond 2^63-1",
        io::printable(buffer.name), placement.offset,
        io::printable(pool.name)));
  uint64_t end = placement.offset + buffer.size;
  if (pool.capacity && end > *pool.capacity)
    return makeError(llvm::formatv("buffer '{0}' [{1}, {2}) exceeds the "
                                   "capacity {3} of pool '{4}'",
                                   io::printable(buffer.name), placement.offset,
                                   end, *pool.capacity,
                                   io::printable(pool.name)));
  return llvm::Error::success();
}

static llvm::Error validatePoolSizes(const Problem &problem, const Plan &plan) {
  if (plan.poolSizes.size() != problem.pools.size())
    return makeError(llvm::formatv("the plan has {0} pool sizes for {1} pools",
                                   plan.poolSizes.size(),
                                   problem.pools.size()));
  std::vector<uint64_t> used(problem.pools.size(), 0);
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Placement &placement = plan.placements[id];
    used[placement.pool] = std::max(
        used[placement.pool], placement.offset + problem.buffers[id].size);
  }
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
    if (used[pool] != plan.poolSizes[pool])
      return makeError(llvm::formatv(
          "pool '{0}' has size {1} in the plan but its buffers use {2} bytes",
          io::printable(problem.pools[pool].name), plan.poolSizes[pool],
          used[pool]));
  return llvm::Error::success();
}

llvm::Error memplan::validatePlan(const Problem &problem, const Plan &plan) {
  return validatePlan(problem, ConflictGraph(problem), plan);
}

llvm::Error memplan::validatePlan(const Problem &problem,
                                  const ConflictGraph &graph,
                                  const Plan &plan) {
  if (plan.placements.size() != problem.buffers.size())
    return makeError(llvm::formatv("the plan places {0} buffers of {1}",
                                   plan.placements.size(),
                                   problem.buffers.size()));
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (llvm::Error error = validatePlacement(problem, plan, id))
      return error;
  if (llvm::Error error = validatePoolSizes(problem, plan))
    return error;
  SharePairSet shares(problem);
  for (BufferId a = 0; a < problem.buffers.size(); ++a) {
    const Placement &placeA = plan.placements[a];
    uint64_t endA = placeA.offset + problem.buffers[a].size;
    for (BufferId b : graph.getConflicts(a)) {
      if (b <= a)
        continue;
      const Placement &placeB = plan.placements[b];
      uint64_t endB = placeB.offset + problem.buffers[b].size;
      // Half-open byte ranges; an empty buffer overlaps nothing.
      bool overlap = placeA.pool == placeB.pool && placeA.offset < endB &&
                     placeB.offset < endA && endA != placeA.offset &&
                     endB != placeB.offset;
      // A share pair may overlap in time when it sits at one address.
      bool shared = placeA.pool == placeB.pool &&
                    placeA.offset == placeB.offset && !shares.empty() &&
                    shares.contains(a, b);
      if (!overlap || shared)
        continue;
      return makeError(llvm::formatv(
          "conflicting buffers '{0}' [{1}, {2}) and '{3}' [{4}, {5}) "
          "overlap in pool '{6}'",
          io::printable(problem.buffers[a].name), placeA.offset, endA,
          io::printable(problem.buffers[b].name), placeB.offset, endB,
          io::printable(problem.pools[placeA.pool].name)));
    }
  }
  return llvm::Error::success();
}
