//===- SkylinePack.cpp - Packings from the time structure alone -----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "SkylinePack.h"

#include "SlotMaxTree.h"

#include "memplan/Planner/LowerBound.h"

#include "llvm/Support/Alignment.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <queue>
#include <set>
#include <tuple>

using namespace memplan;

/// The sweep fit looks at this many gaps at most, the shortest that are
/// long enough first, for one whose aligned start still leaves room; else
/// the buffer goes above the live ones.
static constexpr unsigned kMaxGapProbes = 8;
/// Steps between two looks at the clock (with a deadline only).
static constexpr unsigned kDeadlineInterval = 1024;

namespace {
/// The live buffers of a sweep, ordered by offset, and the free gaps
/// between them (from 0 up to the highest live end), ordered by length.
class LiveSet {
public:
  /// The offset of the tightest gap that holds `size` bytes at `alignment`,
  /// else the aligned top of the live buffers.
  uint64_t findBestFit(uint64_t size, uint64_t alignment) const {
    unsigned probes = 0;
    for (auto it = gaps.lower_bound({size, 0});
         it != gaps.end() && probes < kMaxGapProbes; ++it, ++probes) {
      auto [length, start] = *it;
      uint64_t offset = llvm::alignTo(start, llvm::Align(alignment));
      if (offset + size <= start + length)
        return offset;
    }
    return llvm::alignTo(getTop(), llvm::Align(alignment));
  }

  /// Marks [offset, end) live; it must be free.
  void insert(uint64_t offset, uint64_t end) {
    auto next = live.lower_bound(offset);
    uint64_t below = next == live.begin() ? 0 : std::prev(next)->second;
    if (next != live.end()) {
      // Inside the gap [below, next start).
      eraseGap(below, next->first);
      addGap(end, next->first);
    }
    addGap(below, offset);
    live.emplace(offset, end);
  }

  /// Frees the live range starting at `offset`.
  void erase(uint64_t offset) {
    auto it = live.find(offset);
    uint64_t below = it == live.begin() ? 0 : std::prev(it)->second;
    eraseGap(below, offset);
    auto next = std::next(it);
    if (next != live.end()) {
      eraseGap(it->second, next->first);
      addGap(below, next->first);
    }
    live.erase(it);
  }

private:
  uint64_t getTop() const { return live.empty() ? 0 : live.rbegin()->second; }
  void addGap(uint64_t start, uint64_t end) {
    if (end > start)
      gaps.insert({end - start, start});
  }
  void eraseGap(uint64_t start, uint64_t end) {
    if (end > start)
      gaps.erase({end - start, start});
  }

  /// Live ranges: offset -> end; they never overlap.
  std::map<uint64_t, uint64_t> live;
  /// Free gaps below the top: (length, start).
  std::set<std::pair<uint64_t, uint64_t>> gaps;
};
} // namespace

static uint64_t getLifetime(const ConflictIndex &conflicts, BufferId id) {
  uint64_t lifetime = 0;
  for (const SectionRange &range : conflicts.getSections(id))
    lifetime += range.last - range.first;
  return lifetime;
}

std::optional<PoolPacking>
memplan::packBySweepFit(const Problem &problem, const ConflictIndex &conflicts,
                        PoolId pool, llvm::ArrayRef<BufferId> buffers,
                        uint64_t &work, const Deadline &deadline) {
  // The buffers that take memory, by first section, then the longer-lived,
  // the larger, the smaller id; and by last section for the frees.
  // A buffer never live conflicts with nothing: it stays at 0.
  std::vector<unsigned> byStart, byEnd;
  PoolPacking packing;
  packing.offsets.assign(buffers.size(), 0);
  for (unsigned item = 0; item < buffers.size(); ++item) {
    BufferId id = buffers[item];
    llvm::ArrayRef<SectionRange> sections = conflicts.getSections(id);
    if (sections.size() > 1 || !conflicts.getExplicitConflicts(id).empty())
      return std::nullopt;
    if (sections.empty())
      packing.peak = std::max(packing.peak, problem.buffers[id].size);
    else if (problem.buffers[id].size != 0)
      byStart.push_back(item);
  }
  auto range = [&](unsigned item) {
    return conflicts.getSections(buffers[item]).front();
  };
  auto size = [&](unsigned item) {
    return problem.buffers[buffers[item]].size;
  };
  std::sort(byStart.begin(), byStart.end(), [&](unsigned a, unsigned b) {
    return std::make_tuple(range(a).first, ~range(a).last, ~size(a), a) <
           std::make_tuple(range(b).first, ~range(b).last, ~size(b), b);
  });
  byEnd = byStart;
  std::stable_sort(byEnd.begin(), byEnd.end(), [&](unsigned a, unsigned b) {
    return range(a).last < range(b).last;
  });
  uint64_t stepCost = llvm::Log2_64_Ceil(byStart.size() + 1) + 1;
  work += 2 * stepCost * byStart.size();

  LiveSet live;
  DeadlinePoller poller(deadline, kDeadlineInterval);
  size_t nextEnd = 0;
  for (unsigned item : byStart) {
    if (poller.poll())
      return std::nullopt;
    // Ranges are half-open: a buffer ending at this one's first section is
    // free for it.
    for (; nextEnd < byEnd.size() &&
           range(byEnd[nextEnd]).last <= range(item).first;
         ++nextEnd)
      live.erase(packing.offsets[byEnd[nextEnd]]);
    uint64_t offset =
        live.findBestFit(size(item), problem.getAlignment(buffers[item], pool));
    packing.offsets[item] = offset;
    live.insert(offset, offset + size(item));
    packing.peak = std::max(packing.peak, offset + size(item));
  }
  return packing;
}

std::optional<PoolPacking>
memplan::packOnSkyline(const Problem &problem, const ConflictIndex &conflicts,
                       PoolId pool, llvm::ArrayRef<BufferId> buffers,
                       SkylinePriority priority, uint64_t workLimit,
                       uint64_t &work, const Deadline &deadline) {
  // Ranks: the item placed first among equal floors has the lowest rank.
  std::vector<unsigned> byRank(buffers.size());
  std::iota(byRank.begin(), byRank.end(), 0);
  auto key = [&](unsigned item) {
    BufferId id = buffers[item];
    uint64_t size = problem.buffers[id].size;
    uint64_t lifetime = getLifetime(conflicts, id);
    llvm::ArrayRef<SectionRange> sections = conflicts.getSections(id);
    unsigned __int128 primary =
        priority == SkylinePriority::Area   ? (unsigned __int128)size * lifetime
        : priority == SkylinePriority::Size ? size
        : sections.empty()                  ? 0
                           : ~(unsigned __int128)sections.front().first;
    return std::make_tuple(primary, lifetime, size);
  };
  std::vector<std::tuple<unsigned __int128, uint64_t, uint64_t>> keys;
  keys.reserve(buffers.size());
  for (unsigned item = 0; item < buffers.size(); ++item)
    keys.push_back(key(item));
  std::stable_sort(byRank.begin(), byRank.end(),
                   [&](unsigned a, unsigned b) { return keys[a] > keys[b]; });
  std::vector<unsigned> rank(buffers.size());
  for (unsigned r = 0; r < byRank.size(); ++r)
    rank[byRank[r]] = r;

  // Explicit conflicts count when placed in this pool's packing.
  std::vector<uint8_t> placed(buffers.size(), 0);
  std::vector<unsigned> itemOf;
  bool anyExplicit = false;
  for (BufferId id : buffers)
    anyExplicit |= !conflicts.getExplicitConflicts(id).empty();
  if (anyExplicit) {
    itemOf.assign(problem.buffers.size(), ~0u);
    for (unsigned item = 0; item < buffers.size(); ++item)
      itemOf[buffers[item]] = item;
  }

  // What the loop reads, per item, in one place.
  std::vector<uint64_t> sizes, alignments;
  sizes.reserve(buffers.size());
  alignments.reserve(buffers.size());
  for (BufferId id : buffers) {
    sizes.push_back(problem.buffers[id].size);
    alignments.push_back(problem.getAlignment(id, pool));
  }
  PoolPacking packing;
  packing.offsets.assign(buffers.size(), 0);
  SlotMaxTree skyline(conflicts.getNumSections());
  auto floorOf = [&](unsigned item) {
    BufferId id = buffers[item];
    uint64_t top = 0;
    for (const SectionRange &range : conflicts.getSections(id))
      top = std::max(top, skyline.getMax(range));
    if (anyExplicit)
      for (BufferId other : conflicts.getExplicitConflicts(id)) {
        unsigned otherItem = itemOf[other];
        if (otherItem != ~0u && placed[otherItem])
          top = std::max(top, packing.offsets[otherItem] + sizes[otherItem]);
      }
    return alignments[item] == 1
               ? top
               : llvm::alignTo(top, llvm::Align(alignments[item]));
  };
  using Entry = std::tuple<uint64_t, unsigned, unsigned>; // floor, rank, item
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
  for (unsigned item = 0; item < buffers.size(); ++item)
    if (sizes[item] != 0)
      heap.push({0, rank[item], item});
  uint64_t stepCost =
      llvm::Log2_64_Ceil(buffers.size() + 1) + skyline.getDepth() + 1;
  DeadlinePoller poller(deadline, kDeadlineInterval);
  while (!heap.empty()) {
    work += stepCost;
    if (work >= workLimit || poller.poll())
      return std::nullopt;
    auto [floor, itemRank, item] = heap.top();
    heap.pop();
    uint64_t current = floorOf(item);
    // A stale floor goes back into the heap, unless the item would come
    // out first again anyway.
    if (current != floor && !heap.empty() &&
        Entry(current, itemRank, item) > heap.top()) {
      heap.push({current, itemRank, item});
      continue;
    }
    uint64_t end = current + sizes[item];
    packing.offsets[item] = current;
    placed[item] = 1;
    for (const SectionRange &range : conflicts.getSections(buffers[item]))
      skyline.raise(range, end);
    packing.peak = std::max(packing.peak, end);
  }
  return packing;
}

void memplan::refinePoolsBySkyline(const PlanningContext &context, Plan &plan,
                                   uint64_t budget) {
  const Problem &problem = context.problem;
  const Deadline &deadline = context.getDeadline();
  std::vector<std::vector<BufferId>> poolBuffers(problem.pools.size());
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    poolBuffers[plan.placements[id].pool].push_back(id);
  uint64_t floorWork = 0;
  auto take = [&](PoolId pool, llvm::ArrayRef<BufferId> buffers,
                  const std::optional<PoolPacking> &packing) {
    if (!packing || packing->peak >= plan.poolSizes[pool])
      return;
    for (unsigned item = 0; item < buffers.size(); ++item)
      plan.placements[buffers[item]].offset = packing->offsets[item];
    plan.poolSizes[pool] = packing->peak;
  };
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    llvm::ArrayRef<BufferId> buffers = poolBuffers[pool];
    if (buffers.empty())
      continue;
    uint64_t lowerBound =
        computeLowerBound(problem, context.conflicts, buffers);
    uint64_t sweepWork = 0;
    take(pool, buffers,
         packBySweepFit(problem, context.conflicts, pool, buffers, sweepWork,
                        deadline));
    plan.work += sweepWork;
    for (SkylinePriority priority :
         {SkylinePriority::Area, SkylinePriority::Size,
          SkylinePriority::Start}) {
      if (plan.poolSizes[pool] <= lowerBound || floorWork >= budget ||
          context.isPastDeadline())
        break;
      uint64_t spent = 0;
      take(pool, buffers,
           packOnSkyline(problem, context.conflicts, pool, buffers, priority,
                         budget - floorWork, spent, deadline));
      floorWork += spent;
    }
  }
  plan.work += floorWork;
  plan.timedOut |= context.isPastDeadline();
}
