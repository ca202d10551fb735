//===- PlanAroundPins.cpp - Planning a problem with pinned buffers --------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "PlanAroundPins.h"

#include "Heuristics/Orders.h"

#include "memplan/Planner/LowerBound.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Alignment.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <limits>

using namespace memplan;

namespace {
/// Places the pinned buffers at their pins, then other buffers one by one,
/// each at the lowest offset (first fit) of the first of its pools where it
/// overlaps no placed buffer it conflicts with.
class PinnedFirstFit {
public:
  PinnedFirstFit(const Problem &problem, const ConflictIndex &conflicts)
      : problem(problem), conflicts(conflicts), placements(problem.buffers.size()),
        placed(problem.buffers.size(), false) {
    for (BufferId id = 0; id < problem.buffers.size(); ++id)
      if (const std::optional<Pin> &pin = problem.buffers[id].pin) {
        placements[id] = {pin->pool, pin->offset};
        placed[id] = true;
      }
  }

  /// Places the unpinned buffers of `order`, trying for each the pools
  /// `poolsOf` gives in turn. Returns the first buffer that fits nowhere.
  std::optional<BufferId>
  place(llvm::ArrayRef<BufferId> order,
        llvm::function_ref<std::vector<PoolId>(BufferId)> poolsOf) {
    for (BufferId id : order) {
      bool fitted = false;
      for (PoolId pool : poolsOf(id)) {
        if (std::optional<uint64_t> offset = findLowestOffset(id, pool)) {
          placements[id] = {pool, *offset};
          fitted = true;
          break;
        }
      }
      if (!fitted)
        return id;
      placed[id] = true;
    }
    return std::nullopt;
  }

  Plan makePlan() const {
    Plan plan;
    plan.placements = placements;
    plan.work = work;
    computePoolSizes(problem, plan);
    return plan;
  }

private:
  /// The lowest offset of `pool` where `id` overlaps no placed conflicting
  /// buffer and ends within the capacity; none if there is none.
  std::optional<uint64_t> findLowestOffset(BufferId id, PoolId pool) {
    occupied.clear();
    for (BufferId other : conflicts.getConflicts(id))
      if (placed[other] && placements[other].pool == pool &&
          problem.buffers[other].size != 0)
        occupied.push_back(
            {placements[other].offset,
             placements[other].offset + problem.buffers[other].size});
    work += occupied.size() * (llvm::Log2_64_Ceil(occupied.size() + 1) + 1);
    std::sort(occupied.begin(), occupied.end());
    uint64_t size = problem.buffers[id].size;
    llvm::Align alignment(problem.getAlignment(id, pool));
    // An empty buffer overlaps nothing. Otherwise the first gap, above `top`
    // (the highest end of the ranges before it), that holds the buffer.
    std::optional<uint64_t> gap;
    if (size == 0)
      gap = 0;
    uint64_t top = 0;
    for (const auto &[begin, end] : occupied) {
      if (gap)
        break;
      uint64_t candidate = llvm::alignTo(top, alignment);
      if (candidate + size <= begin)
        gap = candidate;
      top = std::max(top, end);
    }
    uint64_t offset = gap ? *gap : llvm::alignTo(top, alignment);
    const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
    if (capacity && offset + size > *capacity)
      return std::nullopt;
    return offset;
  }

  const Problem &problem;
  const ConflictIndex &conflicts;
  std::vector<Placement> placements;
  std::vector<bool> placed;
  std::vector<std::pair<uint64_t, uint64_t>> occupied;
  uint64_t work = 0;
};
} // namespace

/// The unpinned buffers of `problem` as a problem of their own; `ids` gets
/// their ids in `problem`.
static Problem makeUnpinnedProblem(const Problem &problem,
                                   std::vector<BufferId> &ids) {
  constexpr BufferId kPinned = std::numeric_limits<BufferId>::max();
  std::vector<BufferId> newIds(problem.buffers.size(), kPinned);
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (!problem.buffers[id].pin) {
      newIds[id] = ids.size();
      ids.push_back(id);
    }
  Problem unpinned;
  unpinned.pools = problem.pools;
  for (BufferId id : ids) {
    Buffer buffer = problem.buffers[id];
    buffer.explicitConflicts.clear();
    for (BufferId other : problem.buffers[id].explicitConflicts)
      if (newIds[other] != kPinned)
        buffer.explicitConflicts.push_back(newIds[other]);
    unpinned.buffers.push_back(std::move(buffer));
  }
  return unpinned;
}

llvm::Expected<Plan> memplan::planAroundPins(const PlanningContext &context,
                                             AlgorithmFunction run,
                                             llvm::StringRef name) {
  const Problem &problem = context.problem;
  std::vector<BufferId> ids;
  Problem unpinned = makeUnpinnedProblem(problem, ids);
  auto candidatePools = [&](BufferId id) {
    return problem.getCandidatePools(id);
  };

  // 1. and 2.: the algorithm's plan of the unpinned buffers, placed again
  // around the pins in the order of its offsets.
  std::optional<Plan> best;
  std::optional<BufferId> failed;
  Plan result;
  result.algorithm = name.str();
  if (!unpinned.buffers.empty()) {
    ConflictIndex unpinnedConflicts(unpinned);
    PlanningContext unpinnedContext =
        context.forSubproblem(unpinned, unpinnedConflicts);
    llvm::Expected<Plan> unpinnedPlan = run(unpinnedContext);
    if (unpinnedPlan) {
      const std::vector<Placement> &places = unpinnedPlan->placements;
      std::vector<BufferId> order(ids.size());
      for (BufferId i = 0; i < ids.size(); ++i)
        order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](BufferId a, BufferId b) {
        return std::make_pair(places[a].pool, places[a].offset) <
               std::make_pair(places[b].pool, places[b].offset);
      });
      std::vector<PoolId> chosenPool(problem.buffers.size(), 0);
      for (BufferId &i : order) {
        chosenPool[ids[i]] = places[i].pool;
        i = ids[i];
      }
      PinnedFirstFit placer(problem, context.conflicts);
      failed = placer.place(order, [&](BufferId id) {
        std::vector<PoolId> pools = problem.getCandidatePools(id);
        std::stable_partition(pools.begin(), pools.end(), [&](PoolId pool) {
          return pool == chosenPool[id];
        });
        return pools;
      });
      if (!failed)
        best = placer.makePlan();
      result.algorithm = unpinnedPlan->algorithm;
      result.work = unpinnedPlan->work;
      result.timedOut = unpinnedPlan->timedOut;
      result.lowerBound = unpinnedPlan->lowerBound;
      if (problem.pools.size() == 1)
        result.poolLowerBounds = unpinnedPlan->poolLowerBounds;
    } else {
      // Greedy-by-size around the pins below still gives a plan.
      llvm::consumeError(unpinnedPlan.takeError());
    }
  }

  // 3. The two greedy orders around the pins.
  std::optional<BufferId> greedyFailed;
  for (bool conflictsFirst : {false, true}) {
    std::vector<BufferId> greedyOrder =
        makeGreedyOrder(problem, context.conflicts, conflictsFirst);
    llvm::erase_if(greedyOrder,
                   [&](BufferId id) { return problem.buffers[id].pin; });
    PinnedFirstFit greedy(problem, context.conflicts);
    greedyFailed = greedy.place(greedyOrder, candidatePools);
    if (greedyFailed)
      continue;
    Plan greedyPlan = greedy.makePlan();
    if (!best || isBetterPlan(greedyPlan, *best))
      best = std::move(greedyPlan);
  }
  if (!best)
    return makeNoFitError(problem, greedyFailed ? *greedyFailed : *failed);
  result.placements = std::move(best->placements);
  result.poolSizes = std::move(best->poolSizes);
  result.work += best->work;
  context.reportProgress(
      result.work, result.getTotalSize(),
      std::max(result.lowerBound,
               computeLowerBound(problem, context.conflicts)),
      "around the pins");
  return result;
}
