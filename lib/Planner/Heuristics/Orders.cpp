//===- Orders.cpp - Orders in which heuristics place buffers --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Orders.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

using namespace memplan;

static std::vector<BufferId> identityOrder(const Problem &problem) {
  std::vector<BufferId> order(problem.buffers.size());
  std::iota(order.begin(), order.end(), 0);
  return order;
}

std::vector<BufferId> memplan::makeGreedyOrder(const Problem &problem,
                                               const ConflictIndex &conflicts,
                                               bool conflictsFirst) {
  std::vector<BufferId> order = identityOrder(problem);
  auto key = [&](BufferId id) {
    uint64_t size = problem.buffers[id].size;
    uint64_t degree = conflicts.getNumConflicts(id);
    return conflictsFirst ? std::make_pair(degree, size)
                          : std::make_pair(size, degree);
  };
  // Names are unique, so this is a total order.
  std::sort(order.begin(), order.end(), [&](BufferId a, BufferId b) {
    auto keyA = key(a), keyB = key(b);
    if (keyA != keyB)
      return keyA > keyB;
    return llvm::StringRef(problem.buffers[a].name) >
           llvm::StringRef(problem.buffers[b].name);
  });
  return order;
}

namespace {
/// Per-buffer quantities the orders sort by.
struct BufferKeys {
  uint64_t size;
  uint64_t lifetime;
  unsigned __int128 area;
  uint64_t conflicts;
  uint64_t conflictBytes;
  int64_t start;
};
} // namespace

static BufferKeys computeKeys(const Problem &problem,
                              const ConflictIndex &conflicts, BufferId id) {
  const Buffer &buffer = problem.buffers[id];
  BufferKeys keys;
  keys.size = buffer.size;
  keys.lifetime = 0;
  keys.start = std::numeric_limits<int64_t>::max();
  for (const Interval &interval : buffer.intervals) {
    keys.lifetime = llvm::SaturatingAdd(
        keys.lifetime, uint64_t(interval.end) - uint64_t(interval.start));
    keys.start = std::min(keys.start, interval.start);
  }
  keys.area = (unsigned __int128)keys.size * keys.lifetime;
  keys.conflicts = conflicts.getNumConflicts(id);
  keys.conflictBytes = conflicts.getConflictBytes(id);
  return keys;
}

std::vector<std::vector<BufferId>>
memplan::makeGapFitOrders(const Problem &problem,
                          const ConflictIndex &conflicts) {
  std::vector<BufferKeys> keys;
  keys.reserve(problem.buffers.size());
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    keys.push_back(computeKeys(problem, conflicts, id));

  // Each order: a tuple to sort by (larger first), then the smaller id.
  auto sorted = [&](auto key) {
    std::vector<BufferId> order = identityOrder(problem);
    std::stable_sort(order.begin(), order.end(), [&](BufferId a, BufferId b) {
      return key(keys[a]) > key(keys[b]);
    });
    return order;
  };
  std::vector<std::vector<BufferId>> orders;
  orders.push_back(sorted(
      [](const BufferKeys &k) { return std::make_tuple(k.size, k.lifetime); }));
  orders.push_back(sorted(
      [](const BufferKeys &k) { return std::make_tuple(k.lifetime, k.size); }));
  orders.push_back(sorted(
      [](const BufferKeys &k) { return std::make_tuple(k.area, k.size); }));
  orders.push_back(sorted([](const BufferKeys &k) {
    return std::make_tuple(k.conflicts, k.size);
  }));
  orders.push_back(sorted([](const BufferKeys &k) {
    return std::make_tuple(k.conflictBytes, k.size);
  }));
  // Earliest start first: flipping the sign bit maps int64_t to uint64_t
  // preserving order, and the complement reverses it.
  orders.push_back(sorted([](const BufferKeys &k) {
    return std::make_tuple(~(uint64_t(k.start) ^ (uint64_t(1) << 63)), k.size);
  }));
  return orders;
}
