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
#include "ExactDriver.h"

#include "Heuristics/Heuristics.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"

#include "llvm/Support/Debug.h"

#include <algorithm>
#include <cassert>
#include <optional>

using namespace memplan;

#define DEBUG_TYPE "memplan-exact"

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

bool exact::isAssignmentForced(const Problem &problem) {
  if (problem.pools.size() <= 1)
    return true;
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.getCandidatePools(id).size() > 1)
      return false;
  return true;
}

std::optional<Plan> exact::repackPools(const PlanningContext &context,
                                       const Plan &start, uint64_t work,
                                       bool startIsValid, bool stopAtCapacity,
                                       bool *provenImpossible) {
  const Problem &problem = context.problem;
  std::vector<std::vector<BufferId>> poolBuffers =
      getPoolBuffers(problem, start);
  Plan result = start;
  if (!startIsValid)
    result.poolSizes.assign(problem.pools.size(), 0);
  result.poolLowerBounds.assign(problem.pools.size(), 0);
  bool allComplete = true;
  unsigned poolsLeft = 0;
  for (const auto &buffers : poolBuffers)
    poolsLeft += !buffers.empty();
  bool singlePool = problem.pools.size() == 1;
  uint64_t problemBound = context.options.onProgress
                              ? computeLowerBound(problem, context.conflicts)
                              : 0;

  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    const std::vector<BufferId> &buffers = poolBuffers[pool];
    if (buffers.empty())
      continue;
    PackingInstance instance = buildPackingInstance(problem, buffers, pool);
    PackingLimits limits;
    if (problem.pools[pool].capacity)
      limits.capacity = *problem.pools[pool].capacity;
    if (stopAtCapacity)
      limits.stopAtPeak = limits.capacity;
    // Each pool gets its share of the work and of the time left.
    unsigned share = poolsLeft--;
    uint64_t poolWork = work / share;
    limits.nodeLimit = poolWork / getNodeWork(instance);
    const Deadline &deadline = context.getDeadline();
    if (deadline.isSet())
      limits.timeLimitSeconds =
          std::max(1e-9, deadline.getFraction(1.0 / share).getSecondsLeft());
    if (context.options.onProgress)
      limits.onProgress = [&](uint64_t peak, uint64_t lowerBound,
                              uint64_t nodes) {
        uint64_t total = peak;
        for (PoolId other = 0; other < problem.pools.size(); ++other)
          if (other != pool)
            total += result.poolSizes[other];
        context.reportProgress(start.work + result.work + nodes, total,
                               singlePool ? lowerBound : problemBound, "exact");
      };
    std::vector<uint64_t> warmStart;
    if (startIsValid)
      for (BufferId id : buffers)
        warmStart.push_back(start.placements[id].offset);

    PackingResult packed = solvePacking(instance, limits, warmStart);
    uint64_t spent = std::min(poolWork, packed.nodes * getNodeWork(instance));
    work -= spent;
    LLVM_DEBUG(llvm::dbgs()
               << "[memplan-exact] pool " << problem.pools[pool].name << ": "
               << buffers.size() << " buffers, "
               << (packed.found ? "peak " + std::to_string(packed.peak)
                                : std::string("no plan"))
               << ", lower bound " << packed.lowerBound << ", " << packed.nodes
               << " nodes" << (packed.complete ? ", search complete" : "")
               << "\n");
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
    result.poolSizes[pool] = packed.peak;
  }
  computePoolSizes(problem, result);
  // The pool bounds hold for this assignment; they bound the whole problem
  // only when no other assignment exists.
  bool forced = isAssignmentForced(problem);
  result.lowerBound = 0;
  if (forced)
    for (uint64_t bound : result.poolLowerBounds)
      result.lowerBound += bound;
  result.provenOptimal = allComplete && forced && !stopAtCapacity;
  return result;
}

uint64_t exact::scaleWork(uint64_t work, uint64_t scale) {
  return work > UINT64_MAX / scale ? UINT64_MAX : work * scale;
}

uint64_t exact::getHeuristicShare(const PlanningContext &context) {
  return std::min(context.workBudget, kDefaultWorkBudget) / 4;
}

llvm::Expected<Plan> exact::optimise(const PlanningContext &context,
                                     uint64_t scale) {
  uint64_t heuristicWork = getHeuristicShare(context);
  uint64_t exactWork =
      context.isWorkUnlimited()
          ? kUnlimitedWork
          : scaleWork(context.workBudget - heuristicWork, scale);
  // The heuristics get a fixed share of the work (a quarter of the default
  // budget at most) whatever the budget or time limit, so that the time
  // the exact search needs to prove a plan optimal does not grow with them;
  // with a deadline, at most a quarter of the time too.
  llvm::Expected<Plan> start =
      runHeuristicPortfolio(context.forStage(heuristicWork, 0.25));
  if (!start)
    return start.takeError();
  // A start at the lower bound is already optimal; with the fit objective
  // the heuristics' plan (within every capacity) is the answer.
  if (start->getTotalSize() <=
          computeLowerBound(context.problem, context.conflicts) ||
      context.options.objective == Objective::Fit) {
    start->provenOptimal =
        start->getTotalSize() <=
        computeLowerBound(context.problem, context.conflicts);
    return start;
  }
  std::optional<Plan> packed =
      repackPools(context, *start, exactWork, /*startIsValid=*/true,
                  /*stopAtCapacity=*/false);
  assert(packed && "a search from a valid plan always returns one");
  packed->work += start->work;
  packed->timedOut |= start->timedOut;
  packed->algorithm = packed->getTotalSize() < start->getTotalSize()
                          ? "exact"
                          : start->algorithm;
  return std::move(*packed);
}

std::optional<Plan> exact::searchFeasible(const PlanningContext &context,
                                          uint64_t exactWork,
                                          bool &provenImpossible) {
  provenImpossible = false;
  const Problem &problem = context.problem;
  if (problem.pools.empty())
    return std::nullopt;
  // Every buffer in its first candidate pool: the only assignment when it
  // is forced.
  Plan assignment;
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    assignment.placements.push_back({problem.getCandidatePools(id).front(), 0});
  bool complete = false;
  std::optional<Plan> packed =
      repackPools(context, assignment, exactWork, /*startIsValid=*/false,
                  /*stopAtCapacity=*/true, &complete);
  provenImpossible = !packed && complete && isAssignmentForced(problem);
  if (packed)
    packed->algorithm = "exact";
  return packed;
}

bool exact::isExactWorthwhile(const Problem &problem) {
  return problem.buffers.size() <= kExactDefaultMaxBuffers &&
         estimateNodeWork(problem) <= kExactDefaultMaxWork;
}
