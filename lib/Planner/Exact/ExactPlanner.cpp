//===- ExactPlanner.cpp - The exact and default algorithms ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Several pools: the heuristic portfolio decides which pool each buffer goes
// to (first candidate pool where it fits, over several orders), then each
// pool is packed exactly on its own. Packing a pool never moves a buffer to
// another pool and the search starts from the heuristic's offsets, so every
// pool ends no larger than in the heuristic plan and bounded pools are never
// exceeded. A search over pool choices is left out: with the pools of
// embedded targets (a small fast pool before a large slow one) the first
// candidate rule is what users expect, and the packing is where the bytes
// are won.
//
//===----------------------------------------------------------------------===//

#include "ExactPlanner.h"

#include "Algorithms.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"

#include <algorithm>
#include <cassert>
#include <optional>

using namespace memplan;

namespace {

/// The work of one node of the search of `instance`.
uint64_t getNodeWork(const PackingInstance &instance) {
  uint64_t work = instance.sizes.size() + instance.sections.size();
  for (const auto &section : instance.sections)
    work += section.size();
  return std::max<uint64_t>(work, 1);
}

/// The buffers of each pool in `plan`, by increasing id.
std::vector<std::vector<BufferId>> getPoolBuffers(const Problem &problem,
                                                  const Plan &plan) {
  std::vector<std::vector<BufferId>> buffers(problem.pools.size());
  for (BufferId id = 0; id < plan.placements.size(); ++id)
    buffers[plan.placements[id].pool].push_back(id);
  return buffers;
}

/// Whether the pool assignment cannot change: one pool, or one candidate
/// pool per buffer.
bool isAssignmentForced(const Problem &problem) {
  if (problem.pools.size() <= 1)
    return true;
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.getCandidatePools(id).size() > 1)
      return false;
  return true;
}

/// Repacks every pool of `start` with the exact search, sharing `work` work
/// units between the pools in pool order (what one pool leaves goes to the
/// next ones). The offsets of `start` are the searches' starting plans when
/// `startIsValid`; otherwise only its pool assignment is used and a pool
/// whose search finds nothing makes the result std::nullopt, setting
/// `provenImpossible` when that search was complete.
std::optional<Plan> repackPools(const PlanningContext &context,
                                const Plan &start, uint64_t work,
                                bool startIsValid,
                                bool *provenImpossible = nullptr) {
  const Problem &problem = context.problem;
  std::vector<std::vector<BufferId>> poolBuffers =
      getPoolBuffers(problem, start);
  Plan result = start;
  result.poolLowerBounds.assign(problem.pools.size(), 0);
  bool allComplete = true;
  unsigned poolsLeft = 0;
  for (const auto &buffers : poolBuffers)
    poolsLeft += !buffers.empty();

  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    const std::vector<BufferId> &buffers = poolBuffers[pool];
    if (buffers.empty())
      continue;
    PackingInstance instance = buildPackingInstance(problem, buffers, pool);
    PackingLimits limits;
    if (problem.pools[pool].capacity)
      limits.capacity = *problem.pools[pool].capacity;
    uint64_t share = work / poolsLeft--;
    limits.nodeLimit = share / getNodeWork(instance);
    if (context.options.timeLimitSeconds > 0)
      limits.timeLimitSeconds = std::max(
          1e-3, context.options.timeLimitSeconds - context.getElapsedSeconds());
    std::vector<uint64_t> warmStart;
    if (startIsValid)
      for (BufferId id : buffers)
        warmStart.push_back(start.placements[id].offset);

    PackingResult packed = solvePacking(instance, limits, warmStart);
    uint64_t spent = std::min(share, packed.nodes * getNodeWork(instance));
    work -= spent;
    result.work += packed.nodes;
    result.timedOut |= packed.timedOut;
    result.poolLowerBounds[pool] = packed.lowerBound;
    allComplete &= packed.complete;
    // A valid start fits the pool, so the search then always returns a
    // plan at least as good.
    if (!packed.found) {
      if (provenImpossible)
        *provenImpossible = packed.complete;
      return std::nullopt;
    }
    for (unsigned i = 0; i < buffers.size(); ++i)
      result.placements[buffers[i]].offset = packed.offsets[i];
  }
  computePoolSizes(problem, result);
  // The pool bounds hold for this assignment; they bound the whole problem
  // only when no other assignment exists.
  bool forced = isAssignmentForced(problem);
  result.lowerBound = 0;
  if (forced)
    for (uint64_t bound : result.poolLowerBounds)
      result.lowerBound += bound;
  result.provenOptimal = allComplete && forced;
  return result;
}

/// The exact search's budget in work units: `rate` per second applied to the
/// context's budget (which counts kWorkPerSecond units per second).
uint64_t getExactWork(uint64_t contextWork, uint64_t rate) {
  uint64_t scale = std::max<uint64_t>(1, rate / kWorkPerSecond);
  return contextWork > UINT64_MAX / scale ? UINT64_MAX : contextWork * scale;
}

/// Runs the heuristic portfolio on a quarter of the budget and repacks its
/// plan exactly with the rest. When the heuristics fit nothing and every
/// buffer has a single possible pool, the exact search alone decides whether
/// the pools can hold the buffers (feasibility first).
llvm::Expected<Plan> runExact(const PlanningContext &context, uint64_t rate) {
  uint64_t heuristicWork = context.workBudget / 4;
  uint64_t exactWork = getExactWork(context.workBudget - heuristicWork, rate);
  llvm::Expected<Plan> start =
      runHeuristicPortfolio(context.withWorkBudget(heuristicWork));
  if (!start) {
    if (context.problem.pools.empty() || !isAssignmentForced(context.problem))
      return start.takeError();
    Plan assignment;
    for (BufferId id = 0; id < context.problem.buffers.size(); ++id)
      assignment.placements.push_back(
          {context.problem.getCandidatePools(id).front(), 0});
    bool provenImpossible = false;
    std::optional<Plan> packed =
        repackPools(context, assignment, exactWork, /*startIsValid=*/false,
                    &provenImpossible);
    if (!packed && provenImpossible)
      return start.takeError();
    if (!packed)
      return appendToErrorMessage(
          start.takeError(),
          "; the exact search found no plan within its budget either, "
          "without proving that none exists");
    llvm::consumeError(start.takeError());
    packed->algorithm = "exact";
    return std::move(*packed);
  }
  // A start at the lower bound is already optimal.
  if (start->getTotalSize() <=
      computeLowerBound(context.problem, context.graph)) {
    start->provenOptimal = true;
    return start;
  }
  std::optional<Plan> packed =
      repackPools(context, *start, exactWork, /*startIsValid=*/true);
  assert(packed && "a search from a valid plan always returns one");
  packed->work += start->work;
  packed->algorithm = packed->getTotalSize() < start->getTotalSize()
                          ? "exact"
                          : start->algorithm;
  return std::move(*packed);
}

/// The node work of the whole problem, every buffer in its first candidate
/// pool (an estimate of what repacking costs per node).
uint64_t estimateNodeWork(const Problem &problem) {
  uint64_t work = 0;
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    std::vector<BufferId> buffers;
    for (BufferId id = 0; id < problem.buffers.size(); ++id) {
      std::vector<PoolId> candidates = problem.getCandidatePools(id);
      if (!candidates.empty() && candidates.front() == pool)
        buffers.push_back(id);
    }
    if (!buffers.empty())
      work += getNodeWork(buildPackingInstance(problem, buffers, pool));
  }
  return work;
}

} // namespace

llvm::Expected<Plan> memplan::planExact(const PlanningContext &context) {
  llvm::Expected<Plan> result = runExact(context, kExactWorkPerSecond);
  if (result)
    result->algorithm = "exact";
  return result;
}

llvm::Expected<Plan> memplan::planDefault(const PlanningContext &context) {
  if (context.problem.buffers.size() > kExactDefaultMaxBuffers ||
      estimateNodeWork(context.problem) > kExactDefaultMaxWork)
    return runHeuristicPortfolio(context);
  return runExact(context, kDefaultExactWorkPerSecond);
}
