//===- ConflictIndex.cpp - Which buffers may not share bytes --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/ConflictIndex.h"

#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <numeric>

using namespace memplan;

/// The distinct interval end points of the problem, ascending.
static std::vector<int64_t> collectTimes(const Problem &problem) {
  std::vector<int64_t> times;
  for (const Buffer &buffer : problem.buffers)
    for (const Interval &interval : buffer.intervals) {
      times.push_back(interval.start);
      times.push_back(interval.end);
    }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  return times;
}

static unsigned sectionOf(const std::vector<int64_t> &times, int64_t time) {
  return std::lower_bound(times.begin(), times.end(), time) - times.begin();
}

ConflictIndex::ConflictIndex(const Problem &problem) {
  unsigned numBuffers = problem.buffers.size();
  std::vector<int64_t> times = collectTimes(problem);
  numSections = times.empty() ? 0 : times.size() - 1;

  // Each buffer's intervals as merged section ranges.
  rangeStart.assign(1, 0);
  std::vector<SectionRange> own;
  for (const Buffer &buffer : problem.buffers) {
    own.clear();
    for (const Interval &interval : buffer.intervals)
      own.push_back(
          {sectionOf(times, interval.start), sectionOf(times, interval.end)});
    std::sort(own.begin(), own.end(),
              [](const SectionRange &a, const SectionRange &b) {
                return a.first < b.first ||
                       (a.first == b.first && a.last < b.last);
              });
    size_t begin = ranges.size();
    for (const SectionRange &range : own) {
      if (ranges.size() > begin && range.first <= ranges.back().last) {
        ranges.back().last = std::max(ranges.back().last, range.last);
        continue;
      }
      ranges.push_back(range);
    }
    rangeStart.push_back(ranges.size());
  }

  // Every range, by first section, under a max-of-last tree.
  std::vector<uint32_t> byFirst(ranges.size());
  std::vector<BufferId> owner(ranges.size());
  for (BufferId id = 0; id < numBuffers; ++id)
    for (uint32_t r = rangeStart[id]; r < rangeStart[id + 1]; ++r)
      owner[r] = id;
  std::iota(byFirst.begin(), byFirst.end(), 0);
  std::sort(byFirst.begin(), byFirst.end(), [&](uint32_t a, uint32_t b) {
    return ranges[a].first < ranges[b].first ||
           (ranges[a].first == ranges[b].first && a < b);
  });
  for (uint32_t r : byFirst) {
    entries.push_back(ranges[r]);
    entryBuffers.push_back(owner[r]);
  }
  while (treeSize < entries.size())
    treeSize *= 2;
  maxLast.assign(2 * treeSize, 0);
  for (size_t i = 0; i < entries.size(); ++i)
    maxLast[treeSize + i] = entries[i].last;
  for (unsigned node = treeSize - 1; node >= 1; --node)
    maxLast[node] = std::max(maxLast[2 * node], maxLast[2 * node + 1]);

  // The explicit overlay, both directions, sorted and unique.
  std::vector<std::pair<BufferId, BufferId>> pairs;
  for (BufferId id = 0; id < numBuffers; ++id)
    for (BufferId other : problem.buffers[id].explicitConflicts) {
      pairs.push_back({id, other});
      pairs.push_back({other, id});
    }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  explicitStart.assign(numBuffers + 1, 0);
  for (const auto &pair : pairs) {
    ++explicitStart[pair.first + 1];
    explicitNeighbors.push_back(pair.second);
  }
  for (BufferId id = 0; id < numBuffers; ++id)
    explicitStart[id + 1] += explicitStart[id];

  // Degrees and conflicting bytes. With at most one range per buffer and no
  // explicit conflict, the buffers meeting a range are those starting before
  // its end minus those ending before its start (itself included): binary
  // searches over prefix sums. Otherwise the conflicts are listed, one buffer
  // at a time.
  degrees.assign(numBuffers, 0);
  conflictBytes.assign(numBuffers, 0);
  bool simple = pairs.empty();
  for (BufferId id = 0; simple && id < numBuffers; ++id)
    simple = rangeStart[id + 1] - rangeStart[id] <= 1;
  if (!simple) {
    for (BufferId id = 0; id < numBuffers; ++id) {
      std::vector<BufferId> others = getConflicts(id);
      degrees[id] = others.size();
      for (BufferId other : others)
        conflictBytes[id] += problem.buffers[other].size;
    }
  } else {
    // Sizes of the entries by first section, and of the ranges by last.
    std::vector<uint64_t> bytesByFirst(entries.size() + 1, 0);
    for (size_t i = 0; i < entries.size(); ++i)
      bytesByFirst[i + 1] =
          bytesByFirst[i] + problem.buffers[entryBuffers[i]].size;
    std::vector<std::pair<unsigned, uint64_t>> byLast;
    for (size_t i = 0; i < entries.size(); ++i)
      byLast.push_back(
          {entries[i].last, problem.buffers[entryBuffers[i]].size});
    std::sort(byLast.begin(), byLast.end());
    std::vector<uint64_t> bytesByLast(byLast.size() + 1, 0);
    for (size_t i = 0; i < byLast.size(); ++i)
      bytesByLast[i + 1] = bytesByLast[i] + byLast[i].second;
    for (BufferId id = 0; id < numBuffers; ++id) {
      llvm::ArrayRef<SectionRange> own = getSections(id);
      if (own.empty())
        continue;
      size_t startingBefore = countStartingBefore(own[0].last);
      size_t endingBefore =
          std::upper_bound(byLast.begin(), byLast.end(),
                           std::make_pair(own[0].first, UINT64_MAX)) -
          byLast.begin();
      degrees[id] = startingBefore - endingBefore - 1;
      conflictBytes[id] = bytesByFirst[startingBefore] -
                          bytesByLast[endingBefore] - problem.buffers[id].size;
    }
  }
  for (unsigned degree : degrees)
    numPairs += degree;
  numPairs /= 2;
}

size_t ConflictIndex::countStartingBefore(unsigned section) const {
  return std::lower_bound(entries.begin(), entries.end(), section,
                          [](const SectionRange &range, unsigned last) {
                            return range.first < last;
                          }) -
         entries.begin();
}

void ConflictIndex::forEachEntry(
    SectionRange query, llvm::function_ref<void(BufferId)> onBuffer) const {
  // Entries starting before the query's end are a prefix; among them, the
  // tree leads to those ending after its start.
  size_t prefix = countStartingBefore(query.last);
  llvm::SmallVector<unsigned, 64> stack;
  for (unsigned l = treeSize, r = treeSize + prefix; l < r; l /= 2, r /= 2) {
    if (l & 1)
      stack.push_back(l++);
    if (r & 1)
      stack.push_back(--r);
  }
  while (!stack.empty()) {
    unsigned node = stack.pop_back_val();
    if (maxLast[node] <= query.first)
      continue;
    if (node >= treeSize) {
      onBuffer(entryBuffers[node - treeSize]);
      continue;
    }
    stack.push_back(2 * node + 1);
    stack.push_back(2 * node);
  }
}

void ConflictIndex::forEachTimeConflict(
    BufferId buffer, llvm::function_ref<void(BufferId)> onBuffer) const {
  for (const SectionRange &range : getSections(buffer))
    forEachEntry(range, [&](BufferId other) {
      if (other != buffer)
        onBuffer(other);
    });
}

std::vector<BufferId> ConflictIndex::getConflicts(BufferId buffer) const {
  std::vector<BufferId> result;
  forEachTimeConflict(buffer, [&](BufferId other) { result.push_back(other); });
  llvm::ArrayRef<BufferId> extra = getExplicitConflicts(buffer);
  result.insert(result.end(), extra.begin(), extra.end());
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

bool ConflictIndex::conflict(BufferId a, BufferId b) const {
  if (a == b)
    return false;
  llvm::ArrayRef<SectionRange> rangesA = getSections(a),
                               rangesB = getSections(b);
  // Both lists are ascending and disjoint: walk them together.
  for (size_t i = 0, j = 0; i < rangesA.size() && j < rangesB.size();) {
    if (rangesA[i].first < rangesB[j].last &&
        rangesB[j].first < rangesA[i].last)
      return true;
    if (rangesA[i].last <= rangesB[j].last)
      ++i;
    else
      ++j;
  }
  llvm::ArrayRef<BufferId> extra = getExplicitConflicts(a);
  return std::binary_search(extra.begin(), extra.end(), b);
}
