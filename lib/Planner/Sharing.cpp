//===- Sharing.cpp - Buffers that may share an address --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Sharing.h"

#include "llvm/ADT/IntEqClasses.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace memplan;

SharePairSet::SharePairSet(const Problem &problem) {
  for (const SharePair &share : problem.shares)
    pairs.emplace_back(std::min(share.first, share.second),
                       std::max(share.first, share.second));
  llvm::sort(pairs);
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
}

bool SharePairSet::contains(BufferId a, BufferId b) const {
  return std::binary_search(pairs.begin(), pairs.end(),
                            std::make_pair(std::min(a, b), std::max(a, b)));
}

namespace {

/// The share groups: connected components of the share pairs, each listed
/// by ascending buffer id under its smallest member.
struct ShareGroups {
  /// The smallest member of each buffer's group (itself when alone).
  std::vector<BufferId> rootOf;
  /// Indexed by root: the members, ascending (empty for non-roots).
  std::vector<std::vector<BufferId>> members;

  explicit ShareGroups(const Problem &problem) {
    unsigned n = problem.buffers.size();
    // IntEqClasses keeps the smallest member of a class as its leader.
    llvm::IntEqClasses classes(n);
    for (const SharePair &share : problem.shares)
      classes.join(share.first, share.second);
    rootOf.resize(n);
    members.resize(n);
    for (BufferId id = 0; id < n; ++id) {
      rootOf[id] = classes.findLeader(id);
      members[rootOf[id]].push_back(id);
    }
  }
};

} // namespace

/// Whether every pair of `members` may sit at one address: none is pinned,
/// only share pairs are live at once, none conflicts explicitly with another,
/// and they have a candidate pool in common. A sweep over the members'
/// intervals.
static bool canShareAsOne(const Problem &problem, const SharePairSet &pairs,
                          const ShareGroups &groups,
                          llvm::ArrayRef<BufferId> members) {
  BufferId root = members.front();
  std::vector<PoolId> common = problem.getCandidatePools(root);
  struct Item {
    Interval interval;
    BufferId member;
  };
  std::vector<Item> items;
  for (BufferId member : members) {
    // A pinned member keeps its own place: the group is planned apart (the
    // pair may still share if the plan happens to put them at one address).
    if (problem.buffers[member].pin)
      return false;
    for (BufferId other : problem.buffers[member].explicitConflicts)
      if (groups.rootOf[other] == root)
        return false;
    std::vector<PoolId> pools = problem.getCandidatePools(member);
    llvm::erase_if(
        common, [&](PoolId pool) { return !llvm::is_contained(pools, pool); });
    for (const Interval &interval : problem.buffers[member].intervals)
      items.push_back({interval, member});
  }
  if (common.empty())
    return false;
  llvm::sort(items, [](const Item &a, const Item &b) {
    return std::make_pair(a.interval.start, a.member) <
           std::make_pair(b.interval.start, b.member);
  });
  std::vector<Item> active;
  for (const Item &item : items) {
    llvm::erase_if(active, [&](const Item &open) {
      return open.interval.end <= item.interval.start;
    });
    for (const Item &open : active)
      if (open.member != item.member &&
          !pairs.contains(open.member, item.member))
        return false;
    active.push_back(item);
  }
  return true;
}

/// The union of the members' intervals, sorted and coalesced.
static std::vector<Interval> uniteIntervals(const Problem &problem,
                                            llvm::ArrayRef<BufferId> members) {
  std::vector<Interval> all;
  for (BufferId member : members)
    llvm::append_range(all, problem.buffers[member].intervals);
  llvm::sort(all, [](const Interval &a, const Interval &b) {
    return std::make_pair(a.start, a.end) < std::make_pair(b.start, b.end);
  });
  std::vector<Interval> united;
  for (const Interval &interval : all) {
    if (!united.empty() && interval.start <= united.back().end)
      united.back().end = std::max(united.back().end, interval.end);
    else
      united.push_back(interval);
  }
  return united;
}

/// One buffer standing for `members`: the sharing merge (largest size and
/// alignment, common pools, members' conflicts) or the relaxation (smallest
/// size, alignment 1, all members' pools, no conflicts).
static Buffer mergeMembers(const Problem &problem,
                           llvm::ArrayRef<BufferId> members, bool relaxed) {
  Buffer merged;
  merged.name = problem.buffers[members.front()].name;
  merged.size = problem.buffers[members.front()].size;
  merged.alignment = relaxed ? 1 : problem.buffers[members.front()].alignment;
  merged.candidatePools = problem.getCandidatePools(members.front());
  for (BufferId member : members) {
    const Buffer &buffer = problem.buffers[member];
    std::vector<PoolId> pools = problem.getCandidatePools(member);
    if (relaxed) {
      merged.size = std::min(merged.size, buffer.size);
      for (PoolId pool : pools)
        if (!llvm::is_contained(merged.candidatePools, pool))
          merged.candidatePools.push_back(pool);
      continue;
    }
    merged.size = std::max(merged.size, buffer.size);
    merged.alignment = std::max(merged.alignment, buffer.alignment);
    llvm::erase_if(merged.candidatePools, [&](PoolId pool) {
      return !llvm::is_contained(pools, pool);
    });
  }
  merged.intervals = uniteIntervals(problem, members);
  return merged;
}

static MergedProblem buildMerged(const Problem &problem, bool relaxed) {
  MergedProblem result;
  result.problem.pools = problem.pools;
  ShareGroups groups(problem);
  SharePairSet pairs(problem);
  unsigned n = problem.buffers.size();
  std::vector<bool> merged(n, false);
  for (BufferId root = 0; root < n; ++root)
    if (groups.members[root].size() > 1 &&
        (relaxed ||
         canShareAsOne(problem, pairs, groups, groups.members[root])))
      for (BufferId member : groups.members[root])
        merged[member] = true;
  result.mergedOf.assign(n, 0);
  for (BufferId id = 0; id < n; ++id) {
    if (merged[id] && groups.rootOf[id] != id) {
      result.mergedOf[id] = result.mergedOf[groups.rootOf[id]];
      continue;
    }
    result.mergedOf[id] = result.problem.buffers.size();
    if (merged[id]) {
      result.mergedAny = true;
      result.problem.buffers.push_back(
          mergeMembers(problem, groups.members[id], relaxed));
    } else {
      result.problem.buffers.push_back(problem.buffers[id]);
      result.problem.buffers.back().explicitConflicts.clear();
    }
  }
  // Explicit conflicts, mapped; the relaxation drops those of groups.
  for (BufferId id = 0; id < n; ++id)
    for (BufferId other : problem.buffers[id].explicitConflicts) {
      if (relaxed && (merged[id] || merged[other]))
        continue;
      result.problem.buffers[result.mergedOf[id]].explicitConflicts.push_back(
          result.mergedOf[other]);
    }
  return result;
}

MergedProblem memplan::mergeShareGroups(const Problem &problem) {
  return buildMerged(problem, /*relaxed=*/false);
}

MergedProblem memplan::relaxShareGroups(const Problem &problem) {
  return buildMerged(problem, /*relaxed=*/true);
}

Plan memplan::expandMergedPlan(const Problem &problem,
                               const MergedProblem &merged,
                               const Plan &mergedPlan) {
  Plan plan = mergedPlan;
  plan.placements.clear();
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    plan.placements.push_back(mergedPlan.placements[merged.mergedOf[id]]);
  computePoolSizes(problem, plan);
  return plan;
}
