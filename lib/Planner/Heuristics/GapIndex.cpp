//===- GapIndex.cpp - Gaps among placed buffers, by time ------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "GapIndex.h"

#include "llvm/Support/Alignment.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace memplan;

uint64_t ByteRuns::add(uint64_t offset, uint64_t end) {
  uint64_t visited = 1;
  auto next = runs.upper_bound(offset);
  if (next != runs.begin()) {
    auto previous = std::prev(next);
    if (previous->second >= offset) {
      if (previous->second >= end)
        return visited;
      offset = previous->first;
      runs.erase(previous);
    }
  }
  while (next != runs.end() && next->first <= end) {
    end = std::max(end, next->second);
    next = runs.erase(next);
    ++visited;
  }
  runs.emplace_hint(next, offset, end);
  return visited;
}

const std::pair<const uint64_t, uint64_t> *
ByteRuns::lastStartingBelow(uint64_t limit) const {
  auto next = runs.lower_bound(limit);
  if (next == runs.begin())
    return nullptr;
  return &*std::prev(next);
}

/// Work units of one lookup in `set`: about its depth.
static uint64_t lookupCost(const ByteRuns &set) {
  return 1 + llvm::Log2_64_Ceil(set.size() + 1);
}

uint64_t GapFinder::find(llvm::ArrayRef<const ByteRuns *> sets, uint64_t size,
                         uint64_t alignment, GapChoice choice) {
  llvm::Align align(alignment);
  if (choice == GapChoice::Lowest) {
    // A zero-size buffer fits at 0, below every run.
    if (size == 0)
      return 0;
    // Move up past every run meeting [point, point + size), aligning after
    // each jump, until none does. No feasible offset is skipped: one below
    // the end of a run met would overlap it.
    uint64_t point = 0;
    bool moved = true;
    while (moved) {
      moved = false;
      for (const ByteRuns *set : sets) {
        work += lookupCost(*set);
        const auto *run = set->lastStartingBelow(point + size);
        if (run && run->second > point) {
          point = llvm::alignTo(run->second, align);
          moved = true;
        }
      }
    }
    return point;
  }
  // Walk the runs of every set in order of start (a merge of the sorted
  // sets): a gap opens where a run starts above the highest end so far.
  using Iterator = ByteRuns::Iterator;
  std::vector<std::pair<Iterator, Iterator>> &cursors = mergeScratch;
  cursors.clear();
  for (const ByteRuns *set : sets)
    if (!set->empty())
      cursors.push_back({set->begin(), set->end()});
  // A min-heap on the current run's start.
  auto later = [](const std::pair<Iterator, Iterator> &a,
                  const std::pair<Iterator, Iterator> &b) {
    return a.first->first > b.first->first;
  };
  std::make_heap(cursors.begin(), cursors.end(), later);
  uint64_t heapCost = 1 + llvm::Log2_64_Ceil(cursors.size() + 1);
  work += cursors.size();
  std::optional<uint64_t> best;
  uint64_t bestLength = 0;
  uint64_t top = 0;
  while (!cursors.empty()) {
    std::pop_heap(cursors.begin(), cursors.end(), later);
    std::pair<Iterator, Iterator> &cursor = cursors.back();
    auto [start, end] = *cursor.first;
    work += heapCost;
    if (start > top) {
      uint64_t candidate = llvm::alignTo(top, align);
      uint64_t length = start - top;
      if (candidate + size <= start && (!best || length < bestLength)) {
        best = candidate;
        bestLength = length;
        if (length == size)
          return *best; // No fitting gap is smaller.
      }
    }
    top = std::max(top, end);
    if (++cursor.first == cursor.second)
      cursors.pop_back();
    else
      std::push_heap(cursors.begin(), cursors.end(), later);
  }
  return best ? *best : llvm::alignTo(top, align);
}

GapIndex::GapIndex(unsigned numSections, unsigned numPools) : pools(numPools) {
  while (size < numSections)
    size *= 2;
}

void GapIndex::clear() {
  for (Trees &trees : pools) {
    std::fill(trees.live.begin(), trees.live.end(), 0);
    std::fill(trees.starts.begin(), trees.starts.end(), 0);
    // A unit per 64 nodes cleared (a memset).
    work += (trees.live.size() + trees.starts.size()) / 64;
  }
  sets.clear();
}

GapIndex::Trees &GapIndex::getTrees(PoolId pool) {
  Trees &trees = pools[pool];
  if (trees.live.empty()) {
    trees.live.assign(2 * size, 0);
    trees.starts.assign(2 * size, 0);
  }
  return trees;
}

ByteRuns &GapIndex::getSet(std::vector<uint32_t> &tree, unsigned node) {
  if (!tree[node]) {
    sets.emplace_back();
    tree[node] = sets.size();
  }
  return sets[tree[node] - 1];
}

void GapIndex::insert(PoolId pool, llvm::ArrayRef<SectionRange> ranges,
                      uint64_t offset, uint64_t end) {
  Trees &trees = getTrees(pool);
  for (const SectionRange &range : ranges) {
    if (range.first >= range.last)
      continue;
    for (unsigned l = size + range.first, r = size + range.last; l < r;
         l /= 2, r /= 2) {
      if (l & 1)
        work += getSet(trees.live, l++).add(offset, end);
      if (r & 1)
        work += getSet(trees.live, --r).add(offset, end);
    }
    for (unsigned node = size + range.first; node; node /= 2)
      work += getSet(trees.starts, node).add(offset, end);
  }
}

void GapIndex::collect(PoolId pool, llvm::ArrayRef<SectionRange> ranges,
                       std::vector<const ByteRuns *> &result) {
  const Trees &trees = pools[pool];
  if (trees.live.empty())
    return;
  size_t before = result.size();
  auto take = [&](const std::vector<uint32_t> &tree, unsigned node) {
    ++work;
    if (tree[node])
      result.push_back(&sets[tree[node] - 1]);
  };
  for (const SectionRange &range : ranges) {
    if (range.first >= range.last)
      continue;
    // Live in the first section.
    for (unsigned node = size + range.first; node; node /= 2)
      take(trees.live, node);
    // Starting in the sections after it.
    for (unsigned l = size + range.first + 1, r = size + range.last; l < r;
         l /= 2, r /= 2) {
      if (l & 1)
        take(trees.starts, l++);
      if (r & 1)
        take(trees.starts, --r);
    }
  }
  if (ranges.size() > 1) {
    std::sort(result.begin() + before, result.end());
    result.erase(std::unique(result.begin() + before, result.end()),
                 result.end());
  }
}
