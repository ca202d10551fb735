//===- ConflictGraph.cpp - Which buffers may not share bytes --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/ConflictGraph.h"

#include <algorithm>
#include <tuple>

using namespace memplan;

namespace {
/// A live interval starting or ending.
struct Event {
  int64_t time;
  bool isStart;
  BufferId buffer;

  /// Ends sort before starts at the same time: intervals are half-open.
  bool operator<(const Event &other) const {
    return std::tie(time, isStart, buffer) <
           std::tie(other.time, other.isStart, other.buffer);
  }
};
} // namespace

/// Sorted start and end events of every interval of every buffer.
static std::vector<Event> collectEvents(const Problem &problem) {
  std::vector<Event> events;
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    for (const Interval &interval : problem.buffers[id].intervals) {
      events.push_back({interval.start, true, id});
      events.push_back({interval.end, false, id});
    }
  std::sort(events.begin(), events.end());
  return events;
}

/// Calls `onPair(a, b)` for every pair of buffers live at a common time, at
/// least once per pair (more often for buffers with several intervals). The
/// live set is a vector with O(1) removal, so the sweep costs
/// O(events + reported pairs).
template <typename Callback>
static void sweepLivePairs(unsigned numBuffers, llvm::ArrayRef<Event> events,
                           Callback onPair) {
  std::vector<BufferId> live;
  std::vector<unsigned> livePosition(numBuffers, 0);
  // A buffer's own intervals may overlap; it stays live while any is open.
  std::vector<unsigned> openIntervals(numBuffers, 0);
  for (const Event &event : events) {
    BufferId id = event.buffer;
    if (event.isStart) {
      if (openIntervals[id]++ != 0)
        continue;
      for (BufferId other : live)
        onPair(id, other);
      livePosition[id] = live.size();
      live.push_back(id);
      continue;
    }
    if (--openIntervals[id] != 0)
      continue;
    BufferId last = live.back();
    live[livePosition[id]] = last;
    livePosition[last] = livePosition[id];
    live.pop_back();
  }
}

ConflictGraph::ConflictGraph(const Problem &problem) {
  unsigned numBuffers = problem.buffers.size();
  std::vector<Event> events = collectEvents(problem);

  // Count, then fill, the raw (possibly duplicated) adjacency rows.
  std::vector<uint64_t> rawStart(numBuffers + 1, 0);
  auto countPair = [&](BufferId a, BufferId b) {
    ++rawStart[a + 1];
    ++rawStart[b + 1];
  };
  sweepLivePairs(numBuffers, events, countPair);
  for (BufferId id = 0; id < numBuffers; ++id)
    for (BufferId other : problem.buffers[id].explicitConflicts)
      countPair(id, other);
  for (unsigned i = 0; i < numBuffers; ++i)
    rawStart[i + 1] += rawStart[i];

  std::vector<BufferId> raw(rawStart.back());
  std::vector<uint64_t> fill(rawStart.begin(), rawStart.end() - 1);
  auto addPair = [&](BufferId a, BufferId b) {
    raw[fill[a]++] = b;
    raw[fill[b]++] = a;
  };
  sweepLivePairs(numBuffers, events, addPair);
  for (BufferId id = 0; id < numBuffers; ++id)
    for (BufferId other : problem.buffers[id].explicitConflicts)
      addPair(id, other);

  // Sort each row and drop duplicates, compacting in place.
  rowStart.assign(numBuffers + 1, 0);
  uint64_t out = 0;
  for (BufferId id = 0; id < numBuffers; ++id) {
    auto begin = raw.begin() + rawStart[id];
    auto end = raw.begin() + rawStart[id + 1];
    std::sort(begin, end);
    end = std::unique(begin, end);
    for (auto it = begin; it != end; ++it)
      raw[out++] = *it;
    rowStart[id + 1] = out;
  }
  raw.resize(out);
  raw.shrink_to_fit();
  neighbors = std::move(raw);
}

bool ConflictGraph::conflict(BufferId a, BufferId b) const {
  llvm::ArrayRef<BufferId> row = getConflicts(a);
  return std::binary_search(row.begin(), row.end(), b);
}
