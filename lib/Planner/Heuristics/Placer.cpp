//===- Placer.cpp - Places buffers one by one in a given order ------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Placer.h"

#include "llvm/Support/Alignment.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace memplan;

Placer::Placer(const Problem &problem, const ConflictGraph &graph)
    : problem(problem), graph(graph), numPools(problem.pools.size()),
      positions(problem.buffers.size(), 0), placements(problem.buffers.size()),
      prefixPoolSizes(problem.buffers.size() * problem.pools.size(), 0) {
  candidatePools.reserve(problem.buffers.size());
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    candidatePools.push_back(problem.getCandidatePools(id));
}

std::optional<uint64_t> Placer::findOffset(BufferId id, PoolId pool,
                                           llvm::ArrayRef<Occupied> occupied,
                                           FitPolicy policy) {
  uint64_t alignment = problem.getAlignment(id, pool);
  uint64_t size = problem.buffers[id].size;
  work += occupied.size();
  // `top` is the highest end of the ranges visited so far.
  uint64_t top = 0;
  std::optional<uint64_t> offset;
  switch (policy) {
  case FitPolicy::AboveConflicts:
    break;
  case FitPolicy::FirstFit:
    for (const Occupied &range : occupied) {
      uint64_t candidate = llvm::alignTo(top, llvm::Align(alignment));
      if (candidate + size <= range.offset) {
        offset = candidate;
        break;
      }
      top = std::max(top, range.end);
    }
    break;
  case FitPolicy::BestFit: {
    uint64_t bestGap = 0;
    for (const Occupied &range : occupied) {
      uint64_t candidate = llvm::alignTo(top, llvm::Align(alignment));
      if (range.offset > top && candidate + size <= range.offset &&
          (!offset || range.offset - top < bestGap)) {
        offset = candidate;
        bestGap = range.offset - top;
      }
      top = std::max(top, range.end);
    }
    break;
  }
  }
  if (!offset) {
    for (const Occupied &range : occupied)
      top = std::max(top, range.end);
    offset = llvm::alignTo(top, llvm::Align(alignment));
  }
  const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
  if (capacity && *offset + size > *capacity)
    return std::nullopt;
  return offset;
}

bool Placer::placeOne(BufferId id, unsigned position, FitPolicy policy) {
  scratch.clear();
  for (BufferId other : graph.getConflicts(id)) {
    if (positions[other] >= position || problem.buffers[other].size == 0)
      continue;
    const Placement &placed = placements[other];
    scratch.push_back({placed.pool, placed.offset, getEnd(other)});
  }
  work += graph.getNumConflicts(id) + 1;
  if (policy == FitPolicy::AboveConflicts) {
    // Only the highest end in each pool matters: no need to sort.
    for (PoolId pool : candidatePools[id]) {
      uint64_t top = 0;
      for (const Occupied &range : scratch)
        if (range.pool == pool)
          top = std::max(top, range.end);
      work += scratch.size();
      Occupied highest{pool, top, top};
      if (std::optional<uint64_t> offset =
              findOffset(id, pool, llvm::ArrayRef<Occupied>(highest), policy)) {
        placements[id] = {pool, *offset};
        return true;
      }
    }
    return false;
  }
  // Sorting the placed conflicts costs about k log2 k.
  work += scratch.size() * llvm::Log2_64_Ceil(scratch.size() + 1);
  std::sort(scratch.begin(), scratch.end());
  for (PoolId pool : candidatePools[id]) {
    auto [begin, end] = std::equal_range(
        scratch.begin(), scratch.end(), Occupied{pool, 0, 0},
        [](const Occupied &a, const Occupied &b) { return a.pool < b.pool; });
    llvm::ArrayRef<Occupied> inPool(scratch.data() + (begin - scratch.begin()),
                                    end - begin);
    if (std::optional<uint64_t> offset = findOffset(id, pool, inPool, policy)) {
      placements[id] = {pool, *offset};
      return true;
    }
  }
  return false;
}

Placer::Status Placer::place(llvm::ArrayRef<BufferId> order, FitPolicy policy,
                             size_t from, uint64_t limit) {
  for (size_t i = from; i < order.size(); ++i)
    positions[order[i]] = i;
  uint64_t total = 0;
  if (from != 0)
    for (PoolId pool = 0; pool < numPools; ++pool)
      total += prefixPoolSizes[(from - 1) * numPools + pool];
  for (size_t i = from; i < order.size(); ++i) {
    BufferId id = order[i];
    uint64_t *row = prefixPoolSizes.data() + i * numPools;
    if (i == 0)
      std::fill(row, row + numPools, 0);
    else
      std::copy(row - numPools, row, row);
    if (!placeOne(id, i, policy)) {
      failedBuffer = id;
      numPlaced = i;
      return Status::NoFit;
    }
    uint64_t &poolSize = row[placements[id].pool];
    uint64_t end = getEnd(id);
    if (end > poolSize) {
      total += end - poolSize;
      poolSize = end;
    }
    if (total > limit) {
      numPlaced = i + 1;
      return Status::OverLimit;
    }
  }
  numPlaced = order.size();
  return Status::Placed;
}

void Placer::copySuffixFrom(const Placer &other, llvm::ArrayRef<BufferId> order,
                            size_t from) {
  for (size_t i = from; i < order.size(); ++i) {
    BufferId id = order[i];
    positions[id] = other.positions[id];
    placements[id] = other.placements[id];
  }
  std::copy(other.prefixPoolSizes.begin() + from * numPools,
            other.prefixPoolSizes.end(),
            prefixPoolSizes.begin() + from * numPools);
  numPlaced = other.numPlaced;
}

llvm::ArrayRef<uint64_t> Placer::getPoolSizes() const {
  if (problem.buffers.empty())
    return {}; // makePlan reports every pool as empty.
  return llvm::ArrayRef<uint64_t>(prefixPoolSizes.data() +
                                      (problem.buffers.size() - 1) * numPools,
                                  numPools);
}

uint64_t Placer::getTotalSize() const {
  uint64_t total = 0;
  for (uint64_t size : getPoolSizes())
    total += size;
  return total;
}

Plan Placer::makePlan(llvm::StringRef algorithm) const {
  Plan plan;
  plan.algorithm = algorithm.str();
  plan.placements = placements;
  plan.poolSizes.assign(numPools, 0);
  llvm::ArrayRef<uint64_t> sizes = getPoolSizes();
  std::copy(sizes.begin(), sizes.end(), plan.poolSizes.begin());
  plan.work = work;
  return plan;
}
