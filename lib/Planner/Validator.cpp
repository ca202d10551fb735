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
#include <set>
#include <tuple>

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
  if (buffer.pin && (buffer.pin->pool != placement.pool ||
                     buffer.pin->offset != placement.offset))
    return makeError(llvm::formatv(
        "buffer '{0}' is pinned at offset {1} in pool '{2}' but placed at "
        "offset {3} in pool '{4}'",
        io::printable(buffer.name), buffer.pin->offset,
        io::printable(problem.pools[buffer.pin->pool].name), placement.offset,
        io::printable(pool.name)));
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
  return validatePlan(problem, ConflictIndex(problem), plan);
}

static llvm::Error makeOverlapError(const Problem &problem, const Plan &plan,
                                    BufferId a, BufferId b) {
  if (b < a)
    std::swap(a, b);
  const Placement &placeA = plan.placements[a], &placeB = plan.placements[b];
  return makeError(
      llvm::formatv("conflicting buffers '{0}' [{1}, {2}) and '{3}' [{4}, {5}) "
                    "overlap in pool '{6}'",
                    io::printable(problem.buffers[a].name), placeA.offset,
                    placeA.offset + problem.buffers[a].size,
                    io::printable(problem.buffers[b].name), placeB.offset,
                    placeB.offset + problem.buffers[b].size,
                    io::printable(problem.pools[placeA.pool].name)));
}

/// Whether the placed byte ranges of `a` and `b` overlap (half-open; an
/// empty buffer overlaps nothing).
static bool overlapInMemory(const Problem &problem, const Plan &plan,
                            BufferId a, BufferId b) {
  const Placement &placeA = plan.placements[a], &placeB = plan.placements[b];
  uint64_t sizeA = problem.buffers[a].size, sizeB = problem.buffers[b].size;
  return placeA.pool == placeB.pool && sizeA != 0 && sizeB != 0 &&
         placeA.offset < placeB.offset + sizeB &&
         placeB.offset < placeA.offset + sizeA;
}

/// A sweep over the sections: the live non-empty buffers of every pool are
/// kept ordered by offset. Apart from share pairs at one address they never
/// overlap, so a buffer coming alive overlaps one of them iff it overlaps
/// one of the buffers at the highest offset at or below its own (those
/// below them end at or before that offset), one at its own offset, or the
/// lowest one above it. O(n log n) for n section ranges (plus the members of
/// share groups at one address).
static llvm::Error validateTimeConflicts(const Problem &problem,
                                         const ConflictIndex &conflicts,
                                         const SharePairSet &shares,
                                         const Plan &plan) {
  struct Event {
    unsigned section;
    bool isStart;
    BufferId buffer;
    bool operator<(const Event &other) const {
      return std::tie(section, isStart, buffer) <
             std::tie(other.section, other.isStart, other.buffer);
    }
  };
  std::vector<Event> events;
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    if (problem.buffers[id].size == 0)
      continue;
    for (const SectionRange &range : conflicts.getSections(id)) {
      events.push_back({range.first, true, id});
      events.push_back({range.last, false, id});
    }
  }
  // Ends sort before starts in the same section: ranges are half-open.
  std::sort(events.begin(), events.end());
  using Key = std::tuple<PoolId, uint64_t, BufferId>;
  std::set<Key> live;
  auto keyOf = [&](BufferId id) {
    return Key(plan.placements[id].pool, plan.placements[id].offset, id);
  };
  // Whether `a` and `b` overlap in memory without being a share pair at one
  // address.
  auto clash = [&](BufferId a, BufferId b) {
    if (!overlapInMemory(problem, plan, a, b))
      return false;
    return shares.empty() ||
           plan.placements[a].offset != plan.placements[b].offset ||
           !shares.contains(a, b);
  };
  for (const Event &event : events) {
    if (!event.isStart) {
      live.erase(keyOf(event.buffer));
      continue;
    }
    BufferId id = event.buffer;
    auto it = live.insert(keyOf(id)).first;
    PoolId pool = plan.placements[id].pool;
    // Below: every buffer at the highest offset at or below this one's.
    if (it != live.begin()) {
      auto below = std::prev(it);
      uint64_t offset = std::get<1>(*below);
      for (;; --below) {
        if (std::get<0>(*below) != pool || std::get<1>(*below) != offset)
          break;
        if (clash(std::get<2>(*below), id))
          return makeOverlapError(problem, plan, std::get<2>(*below), id);
        if (below == live.begin())
          break;
      }
    }
    // Above: those at this offset, then the first one higher up.
    for (auto above = std::next(it); above != live.end(); ++above) {
      if (std::get<0>(*above) != pool)
        break;
      if (clash(std::get<2>(*above), id))
        return makeOverlapError(problem, plan, std::get<2>(*above), id);
      if (std::get<1>(*above) != plan.placements[id].offset)
        break;
    }
  }
  return llvm::Error::success();
}

llvm::Error memplan::validatePlan(const Problem &problem,
                                  const ConflictIndex &conflicts,
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
  // The explicit conflicts, pair by pair, then the time conflicts.
  SharePairSet shares(problem);
  for (BufferId a = 0; a < problem.buffers.size(); ++a)
    for (BufferId b : conflicts.getExplicitConflicts(a))
      if (a < b && overlapInMemory(problem, plan, a, b))
        return makeOverlapError(problem, plan, a, b);
  return validateTimeConflicts(problem, conflicts, shares, plan);
}
