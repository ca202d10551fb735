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

Placer::Placer(const Problem &problem, const ConflictIndex &conflicts,
               GapSearch search)
    : problem(problem), conflicts(conflicts), numPools(problem.pools.size()),
      positions(problem.buffers.size(), 0), placements(problem.buffers.size()),
      prefixPoolSizes(problem.buffers.size() * problem.pools.size(), 0),
      search(search), skylines(problem.pools.size()) {
  // Every pool, in order, for the buffers that list none; the others'
  // lists one after another.
  for (PoolId pool = 0; pool < numPools; ++pool)
    candidateList.push_back(pool);
  candidateStart.reserve(problem.buffers.size() + 1);
  for (const Buffer &buffer : problem.buffers) {
    candidateStart.push_back(candidateList.size());
    candidateList.insert(candidateList.end(), buffer.candidatePools.begin(),
                         buffer.candidatePools.end());
  }
  candidateStart.push_back(candidateList.size());
}

llvm::ArrayRef<PoolId> Placer::getCandidatePools(BufferId id) const {
  if (problem.buffers[id].candidatePools.empty())
    return llvm::ArrayRef<PoolId>(candidateList.data(), numPools);
  return llvm::ArrayRef<PoolId>(candidateList.data() + candidateStart[id],
                                candidateList.data() + candidateStart[id + 1]);
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

SlotMaxTree &Placer::getSkyline(PoolId pool) {
  if (!skylines[pool])
    skylines[pool].emplace(conflicts.getNumSections());
  return *skylines[pool];
}

void Placer::raiseSkyline(BufferId id) {
  if (problem.buffers[id].size == 0)
    return;
  SlotMaxTree &skyline = getSkyline(placements[id].pool);
  for (const SectionRange &range : conflicts.getSections(id))
    skyline.raise(range, getEnd(id));
}

bool Placer::placeAboveConflicts(BufferId id, unsigned position) {
  // Only the highest end in each pool matters: the pool's skyline over the
  // buffer's sections gives it for the time conflicts, and the explicit ones
  // are looked at one by one.
  llvm::ArrayRef<SectionRange> sections = conflicts.getSections(id);
  llvm::ArrayRef<BufferId> extra = conflicts.getExplicitConflicts(id);
  for (PoolId pool : getCandidatePools(id)) {
    SlotMaxTree &skyline = getSkyline(pool);
    uint64_t top = 0;
    for (const SectionRange &range : sections)
      top = std::max(top, skyline.getMax(range));
    work += sections.size() * skyline.getDepth() + extra.size() + 1;
    for (BufferId other : extra)
      if (positions[other] < position && problem.buffers[other].size != 0 &&
          placements[other].pool == pool)
        top = std::max(top, getEnd(other));
    Occupied highest{pool, top, top};
    if (std::optional<uint64_t> offset =
            findOffset(id, pool, llvm::ArrayRef<Occupied>(highest),
                       FitPolicy::AboveConflicts)) {
      placements[id] = {pool, *offset};
      raiseSkyline(id);
      return true;
    }
  }
  return false;
}

bool Placer::placeInIndexedGaps(BufferId id, unsigned position,
                                FitPolicy policy) {
  llvm::ArrayRef<SectionRange> sections = conflicts.getSections(id);
  uint64_t size = problem.buffers[id].size;
  GapChoice choice =
      policy == FitPolicy::FirstFit ? GapChoice::Lowest : GapChoice::Tightest;
  for (PoolId pool : getCandidatePools(id)) {
    gapSets.clear();
    gapIndex->collect(pool, sections, gapSets);
    // The placed explicit conflicts in this pool, as one more set.
    ByteRuns explicitRuns;
    for (BufferId other : conflicts.getExplicitConflicts(id))
      if (positions[other] < position && problem.buffers[other].size != 0 &&
          placements[other].pool == pool)
        work += explicitRuns.add(placements[other].offset, getEnd(other));
    work += 1;
    if (!explicitRuns.empty())
      gapSets.push_back(&explicitRuns);
    uint64_t offset =
        gapFinder.find(gapSets, size, problem.getAlignment(id, pool), choice);
    const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
    if (capacity && offset + size > *capacity)
      continue;
    placements[id] = {pool, offset};
    if (size != 0)
      gapIndex->insert(pool, sections, offset, offset + size);
    return true;
  }
  return false;
}

bool Placer::placeOne(BufferId id, unsigned position, FitPolicy policy) {
  if (policy == FitPolicy::AboveConflicts)
    return placeAboveConflicts(id, position);
  if (search == GapSearch::Index)
    return placeInIndexedGaps(id, position, policy);
  scratch.clear();
  // A buffer with several intervals may be visited more than once: a
  // repeated range changes no gap.
  auto visit = [&](BufferId other) {
    if (positions[other] >= position || problem.buffers[other].size == 0)
      return;
    const Placement &placed = placements[other];
    scratch.push_back({placed.pool, placed.offset, getEnd(other)});
  };
  conflicts.forEachTimeConflict(id, visit);
  for (BufferId other : conflicts.getExplicitConflicts(id))
    visit(other);
  work += conflicts.getNumConflicts(id) + 1;
  // Sorting the placed conflicts costs about k log2 k.
  work += scratch.size() * llvm::Log2_64_Ceil(scratch.size() + 1);
  std::sort(scratch.begin(), scratch.end());
  for (PoolId pool : getCandidatePools(id)) {
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
  if (policy == FitPolicy::AboveConflicts) {
    // The skylines hold order[..from) only: rebuilt from the placements.
    for (std::optional<SlotMaxTree> &skyline : skylines)
      skyline.reset();
    for (size_t i = 0; i < from; ++i)
      raiseSkyline(order[i]);
  } else if (search == GapSearch::Index) {
    // The index holds order[..from) only: rebuilt from the placements.
    if (!gapIndex)
      gapIndex.emplace(conflicts.getNumSections(), numPools);
    gapIndex->clear();
    for (size_t i = 0; i < from; ++i)
      if (BufferId id = order[i]; problem.buffers[id].size != 0)
        gapIndex->insert(placements[id].pool, conflicts.getSections(id),
                         placements[id].offset, getEnd(id));
  }
  uint64_t total = 0;
  if (from != 0)
    for (PoolId pool = 0; pool < numPools; ++pool)
      total += prefixPoolSizes[(from - 1) * numPools + pool];
  for (size_t i = from; i < order.size(); ++i) {
    BufferId id = order[i];
    if ((i - from) % kDeadlineInterval == kDeadlineInterval - 1 &&
        deadline.hasPassed()) {
      numPlaced = i;
      return Status::TimedOut;
    }
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
  plan.work = getWork();
  return plan;
}
