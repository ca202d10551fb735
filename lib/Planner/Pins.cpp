//===- Pins.cpp - Checks and bounds of pinned buffers ---------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// A pinned buffer has a fixed pool and offset (Buffer::pin). This file checks
// pins against their problem and derives the lower bounds they imply; the
// planning around pins is in PlanAroundPins.cpp.
//
//===----------------------------------------------------------------------===//

#include "Printable.h"

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"
#include "memplan/Planner/Problem.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace memplan;

/// A PinError about `buffer` (and `other`, for an overlap).
static llvm::Error makePinError(BufferId buffer, const llvm::Twine &message,
                                std::optional<BufferId> other = std::nullopt) {
  return llvm::make_error<PinError>(buffer, other, message.str());
}

/// "'name' [offset, end)" of a pinned buffer, for messages.
static std::string describePin(const Problem &problem, BufferId id) {
  const Buffer &buffer = problem.buffers[id];
  return llvm::formatv("'{0}' [{1}, {2})", io::printable(buffer.name),
                       buffer.pin->offset, buffer.pin->offset + buffer.size);
}

/// Checks one pin on its own: pool, alignment, capacity.
static llvm::Error verifyPin(const Problem &problem, BufferId id) {
  const Buffer &buffer = problem.buffers[id];
  const Pin &pin = *buffer.pin;
  std::string where = "pinned buffer '" + io::printable(buffer.name) + "'";
  if (pin.pool >= problem.pools.size())
    return makePinError(
        id, llvm::formatv("{0}: pool #{1} does not exist", where, pin.pool));
  std::string poolName = io::printable(problem.pools[pin.pool].name);
  std::vector<PoolId> candidates = problem.getCandidatePools(id);
  if (!llvm::is_contained(candidates, pin.pool))
    return makePinError(
        id, llvm::formatv("{0}: pool '{1}' is not one of the buffer's pools",
                          where, poolName));
  uint64_t alignment = problem.getAlignment(id, pin.pool);
  if (pin.offset % alignment != 0)
    return makePinError(id,
                        llvm::formatv("{0}: offset {1} in pool '{2}' is not a "
                                      "multiple of its alignment {3}",
                                      where, pin.offset, poolName, alignment));
  // verifyProblem bounds sizes by 2^63-1; an offset past that is rejected
  // before the sum can wrap.
  if (pin.offset > kMaxProblemBytes - buffer.size)
    return makePinError(id, llvm::formatv("{0}: offset {1} ends beyond 2^63-1",
                                          where, pin.offset));
  const std::optional<uint64_t> &capacity = problem.pools[pin.pool].capacity;
  if (capacity && pin.offset + buffer.size > *capacity)
    return makePinError(
        id, llvm::formatv(
                "pinned buffer {0} is past the capacity {1} of pool '{2}'",
                describePin(problem, id), *capacity, poolName));
  return llvm::Error::success();
}

llvm::Error memplan::verifyPins(const Problem &problem) {
  if (!problem.hasPins())
    return llvm::Error::success();
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.buffers[id].pin)
      if (llvm::Error error = verifyPin(problem, id))
        return error;
  ConflictIndex conflicts(problem);
  for (BufferId a = 0; a < problem.buffers.size(); ++a) {
    const Buffer &bufferA = problem.buffers[a];
    if (!bufferA.pin || bufferA.size == 0)
      continue;
    for (BufferId b : conflicts.getConflicts(a)) {
      const Buffer &bufferB = problem.buffers[b];
      if (b <= a || !bufferB.pin || bufferB.size == 0 ||
          bufferB.pin->pool != bufferA.pin->pool)
        continue;
      if (bufferA.pin->offset < bufferB.pin->offset + bufferB.size &&
          bufferB.pin->offset < bufferA.pin->offset + bufferA.size)
        return makePinError(
            a,
            llvm::formatv(
                "pinned buffers {0} and {1} overlap in pool '{2}' while both "
                "are alive",
                describePin(problem, a), describePin(problem, b),
                io::printable(problem.pools[bufferA.pin->pool].name)),
            b);
    }
  }
  return llvm::Error::success();
}

std::vector<uint64_t> memplan::computePinnedPoolEnds(const Problem &problem) {
  std::vector<uint64_t> ends(problem.pools.size(), 0);
  for (const Buffer &buffer : problem.buffers)
    if (buffer.pin)
      ends[buffer.pin->pool] =
          std::max(ends[buffer.pin->pool], buffer.pin->offset + buffer.size);
  return ends;
}
