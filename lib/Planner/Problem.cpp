//===- Problem.cpp - A static memory planning problem ---------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Printable.h"

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <limits>

using namespace memplan;

std::vector<PoolId> Problem::getCandidatePools(BufferId buffer) const {
  const Buffer &b = buffers[buffer];
  if (!b.candidatePools.empty())
    return b.candidatePools;
  std::vector<PoolId> all(pools.size());
  for (PoolId p = 0; p < pools.size(); ++p)
    all[p] = p;
  return all;
}

uint64_t Problem::getAlignment(BufferId buffer, PoolId pool) const {
  return std::max(buffers[buffer].alignment, pools[pool].alignment);
}

bool Problem::hasPins() const {
  return std::any_of(buffers.begin(), buffers.end(),
                     [](const Buffer &buffer) { return buffer.pin; });
}

using io::makeError;

static llvm::Error verifyPools(const Problem &problem) {
  llvm::StringMap<PoolId> seen;
  for (PoolId p = 0; p < problem.pools.size(); ++p) {
    const Pool &pool = problem.pools[p];
    if (pool.name.empty())
      return makeError(llvm::formatv("pool #{0} has an empty name", p));
    if (!seen.try_emplace(pool.name, p).second)
      return makeError("duplicate pool name '" + io::printable(pool.name) +
                       "'");
    if (!llvm::isPowerOf2_64(pool.alignment) ||
        pool.alignment > kMaxProblemBytes)
      return makeError(llvm::formatv(
          "pool '{0}': alignment {1} is not a power of two in [1, 2^62]",
          io::printable(pool.name), pool.alignment));
  }
  return llvm::Error::success();
}

static llvm::Error verifyBuffer(const Problem &problem, BufferId id) {
  const Buffer &buffer = problem.buffers[id];
  std::string where = "buffer '" + io::printable(buffer.name) + "'";
  if (!llvm::isPowerOf2_64(buffer.alignment) ||
      buffer.alignment > kMaxProblemBytes)
    return makeError(
        llvm::formatv("{0}: alignment {1} is not a power of two in [1, 2^62]",
                      where, buffer.alignment));
  if (buffer.size > kMaxProblemBytes)
    return makeError(llvm::formatv("{0}: size {1} exceeds 2^63-1 bytes", where,
                                   buffer.size));
  if (problem.getCandidatePools(id).empty())
    return makeError(where + ": no candidate pool (the problem has no pools)");
  std::vector<bool> listed(problem.pools.size(), false);
  for (PoolId pool : buffer.candidatePools) {
    if (pool >= problem.pools.size())
      return makeError(llvm::formatv("{0}: candidate pool #{1} does not exist",
                                     where, pool));
    if (listed[pool])
      return makeError(where + ": candidate pool '" +
                       io::printable(problem.pools[pool].name) +
                       "' listed twice");
    listed[pool] = true;
  }
  for (const Interval &interval : buffer.intervals)
    if (interval.start >= interval.end)
      return makeError(llvm::formatv(
          "{0}: interval [{1}, {2}) does not start before it ends", where,
          interval.start, interval.end));
  for (BufferId other : buffer.explicitConflicts) {
    if (other >= problem.buffers.size())
      return makeError(llvm::formatv(
          "{0}: conflict with buffer #{1} which does not exist", where, other));
    if (other == id)
      return makeError(where + ": conflicts with itself");
  }
  return llvm::Error::success();
}

static llvm::Error verifyShares(const Problem &problem) {
  for (const SharePair &share : problem.shares) {
    if (share.first >= problem.buffers.size() ||
        share.second >= problem.buffers.size())
      return makeError(llvm::formatv(
          "share of buffers #{0} and #{1}: a buffer does not exist",
          share.first, share.second));
    const Buffer &first = problem.buffers[share.first];
    const Buffer &second = problem.buffers[share.second];
    if (share.first == share.second)
      return makeError("buffer '" + io::printable(first.name) +
                       "' shares with itself");
    if (llvm::is_contained(first.explicitConflicts, share.second) ||
        llvm::is_contained(second.explicitConflicts, share.first))
      return makeError("buffers '" + io::printable(first.name) + "' and '" +
                       io::printable(second.name) +
                       "' both conflict and may share");
  }
  return llvm::Error::success();
}

llvm::Error memplan::verifyProblem(const Problem &problem) {
  if (llvm::Error error = verifyPools(problem))
    return error;
  llvm::StringMap<BufferId> seen;
  // Every buffer's size plus its worst alignment padding, summed: keeping this
  // below 2^63 makes every offset any algorithm computes fit in int64_t.
  uint64_t paddedTotal = 0;
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    if (buffer.name.empty())
      return makeError(llvm::formatv("buffer #{0} has an empty name", id));
    if (!seen.try_emplace(buffer.name, id).second)
      return makeError("duplicate buffer name '" + io::printable(buffer.name) +
                       "'");
    if (llvm::Error error = verifyBuffer(problem, id))
      return error;
    uint64_t worstAlignment = buffer.alignment;
    for (PoolId pool : problem.getCandidatePools(id))
      worstAlignment = std::max(worstAlignment, problem.pools[pool].alignment);
    uint64_t padded = buffer.size + (worstAlignment - 1); // < 2^64
    if (padded > kMaxProblemBytes - paddedTotal)
      return makeError(llvm::formatv(
          "buffer '{0}': the total size of all buffers (with alignment "
          "padding) exceeds 2^63-1 bytes",
          io::printable(buffer.name)));
    paddedTotal += padded;
  }
  if (llvm::Error error = verifyShares(problem))
    return error;
  return verifyPins(problem);
}
