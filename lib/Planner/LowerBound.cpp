//===- LowerBound.cpp - Bytes no plan can do without ----------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/LowerBound.h"

#include <algorithm>
#include <numeric>

using namespace memplan;

/// Steps (adjacency tests) the greedy clique search may spend per bound.
static constexpr uint64_t kCliqueSearchBudget = 20'000'000;

/// The union of `intervals`, sorted, so that a buffer counts once per moment.
static std::vector<Interval> mergeIntervals(std::vector<Interval> intervals) {
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval &a, const Interval &b) {
              return a.start < b.start || (a.start == b.start && a.end < b.end);
            });
  std::vector<Interval> merged;
  for (const Interval &interval : intervals) {
    if (!merged.empty() && interval.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, interval.end);
      continue;
    }
    merged.push_back(interval);
  }
  return merged;
}

static std::vector<BufferId> allBuffers(const Problem &problem) {
  std::vector<BufferId> ids(problem.buffers.size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

uint64_t memplan::computeMaxLiveBytes(const Problem &problem) {
  return computeMaxLiveBytes(problem, allBuffers(problem));
}

uint64_t memplan::computeMaxLiveBytes(const Problem &problem,
                                      llvm::ArrayRef<BufferId> subset) {
  struct Change {
    int64_t time;
    bool isStart;
    uint64_t size;
  };
  std::vector<Change> changes;
  for (BufferId id : subset) {
    const Buffer &buffer = problem.buffers[id];
    if (buffer.size == 0)
      continue;
    for (const Interval &interval : mergeIntervals(buffer.intervals)) {
      changes.push_back({interval.start, true, buffer.size});
      changes.push_back({interval.end, false, buffer.size});
    }
  }
  // Ends sort before starts at the same time: intervals are half-open.
  std::sort(
      changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.time < b.time || (a.time == b.time && !a.isStart && b.isStart);
      });
  uint64_t live = 0, maxLive = 0;
  for (const Change &change : changes) {
    if (change.isStart) {
      live += change.size;
      maxLive = std::max(maxLive, live);
    } else {
      live -= change.size;
    }
  }
  return maxLive;
}

static bool hasExplicitConflicts(const Problem &problem) {
  return std::any_of(
      problem.buffers.begin(), problem.buffers.end(),
      [](const Buffer &b) { return !b.explicitConflicts.empty(); });
}

/// The heaviest clique found by growing one greedily from each buffer of the
/// subset (largest first), adding its neighbours largest first whenever they
/// conflict with every member so far.
static uint64_t computeGreedyCliqueBound(const Problem &problem,
                                         const ConflictIndex &conflicts,
                                         llvm::ArrayRef<BufferId> subset) {
  auto largerFirst = [&](BufferId a, BufferId b) {
    uint64_t sizeA = problem.buffers[a].size, sizeB = problem.buffers[b].size;
    return sizeA > sizeB || (sizeA == sizeB && a < b);
  };
  std::vector<uint8_t> inSubset(problem.buffers.size(), 0);
  std::vector<BufferId> seeds;
  for (BufferId id : subset) {
    inSubset[id] = 1;
    if (conflicts.getNumConflicts(id) != 0)
      seeds.push_back(id);
  }
  std::sort(seeds.begin(), seeds.end(), largerFirst);

  uint64_t best = 0, steps = 0;
  std::vector<BufferId> candidates, clique;
  for (BufferId seed : seeds) {
    if (steps > kCliqueSearchBudget)
      break;
    candidates.clear();
    for (BufferId other : conflicts.getConflicts(seed))
      if (inSubset[other])
        candidates.push_back(other);
    std::sort(candidates.begin(), candidates.end(), largerFirst);
    steps += candidates.size();
    clique.assign(1, seed);
    uint64_t weight = problem.buffers[seed].size;
    for (BufferId candidate : candidates) {
      steps += clique.size();
      // Every candidate conflicts with the seed; test the other members.
      bool adjacentToAll =
          std::all_of(clique.begin() + 1, clique.end(), [&](BufferId member) {
            return conflicts.conflict(candidate, member);
          });
      if (!adjacentToAll)
        continue;
      clique.push_back(candidate);
      weight += problem.buffers[candidate].size;
    }
    best = std::max(best, weight);
  }
  return best;
}

uint64_t memplan::computeLowerBound(const Problem &problem,
                                    const ConflictIndex &conflicts) {
  return computeLowerBound(problem, conflicts, allBuffers(problem));
}

uint64_t memplan::computeLowerBound(const Problem &problem,
                                    const ConflictIndex &conflicts,
                                    llvm::ArrayRef<BufferId> subset) {
  uint64_t bound = computeMaxLiveBytes(problem, subset);
  for (BufferId id : subset)
    bound = std::max(bound, problem.buffers[id].size);
  if (hasExplicitConflicts(problem))
    bound =
        std::max(bound, computeGreedyCliqueBound(problem, conflicts, subset));
  return bound;
}

void memplan::fillLowerBounds(const Problem &problem,
                              const ConflictIndex &conflicts, Plan &plan) {
  plan.lowerBound = computeLowerBound(problem, conflicts);
  std::vector<std::vector<BufferId>> poolBuffers(problem.pools.size());
  for (BufferId id = 0; id < plan.placements.size(); ++id)
    if (plan.placements[id].pool < problem.pools.size())
      poolBuffers[plan.placements[id].pool].push_back(id);
  plan.poolLowerBounds.assign(problem.pools.size(), 0);
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
    plan.poolLowerBounds[pool] =
        computeLowerBound(problem, conflicts, poolBuffers[pool]);
  if (!problem.hasPins())
    return;
  // Every plan keeps the pins, so each pool is at least as large as the end
  // of its highest pin, and the total at least the sum of these ends.
  std::vector<uint64_t> pinnedEnds = computePinnedPoolEnds(problem);
  uint64_t pinnedTotal = 0;
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    plan.poolLowerBounds[pool] =
        std::max(plan.poolLowerBounds[pool], pinnedEnds[pool]);
    pinnedTotal += pinnedEnds[pool];
  }
  plan.lowerBound = std::max(plan.lowerBound, pinnedTotal);
}
