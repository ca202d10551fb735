//===- ExactDriver.cpp - The exact and default algorithms -----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Capacity first. When a pool is bounded, a plan within the capacities is
// looked for before anything is optimised: the single-pass heuristics, then
// the exact search for a first plan within the capacities. The optimisation
// then runs exactly as without capacities (same work, same plan), and its
// plan is kept when it fits. So a capacity never makes the result fail or
// grow where the same algorithm without capacities returns a plan that fits
// (with a work budget; with a time limit the first stage takes some of the
// time). When the optimised plan does not fit, the feasible plan is
// repacked exactly within the capacities.
//
// Errors tell the cases apart: proven impossible (a buffer larger than every
// pool it may go to, LOAD above a capacity, or an exhausted exact search),
// and not found within the budget (with the best peak found, and the option
// that gives more work).
//
//===----------------------------------------------------------------------===//

#include "ExactDriver.h"
#include "ExactPlanner.h"
#include "Heuristics/Heuristics.h"
#include "Printable.h"

#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"

#include "llvm/Support/Debug.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace memplan;
using namespace memplan::exact;

#define DEBUG_TYPE "memplan-exact"

namespace {

/// Seconds as the user wrote them (%g).
std::string formatSeconds(double seconds) {
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%g", seconds);
  return text;
}

bool hasBoundedPool(const Problem &problem) {
  for (const Pool &pool : problem.pools)
    if (pool.capacity)
      return true;
  return false;
}

/// Whether every pool of `plan` is within its capacity.
bool fitsCapacities(const Problem &problem, const Plan &plan) {
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
    if (problem.pools[pool].capacity &&
        plan.poolSizes[pool] > *problem.pools[pool].capacity)
      return false;
  return true;
}

/// The error when no plan can exist, found without searching: a buffer
/// larger than every pool it may go to, or the buffers that can only go to
/// one pool needing more than its capacity at one moment (LOAD).
llvm::Error checkProvenImpossible(const PlanningContext &context) {
  const Problem &problem = context.problem;
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    bool fitsSomewhere = false;
    for (PoolId pool : problem.getCandidatePools(id)) {
      const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
      fitsSomewhere |= !capacity || problem.buffers[id].size <= *capacity;
    }
    if (!fitsSomewhere)
      return makeNoFitError(problem, id);
  }
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
    if (!capacity)
      continue;
    std::vector<BufferId> only;
    for (BufferId id = 0; id < problem.buffers.size(); ++id) {
      std::vector<PoolId> candidates = problem.getCandidatePools(id);
      if (candidates.size() == 1 && candidates.front() == pool)
        only.push_back(id);
    }
    uint64_t load = computeMaxLiveBytes(problem, only);
    std::string name = io::printable(problem.pools[pool].name);
    std::string whose = problem.pools.size() == 1
                            ? ""
                            : " (of the buffers that can only go to it)";
    if (load > *capacity)
      return llvm::make_error<NoPlanError>(
          pool, /*provenImpossible=*/true,
          llvm::formatv("no plan exists: LOAD{0}, {1} bytes live at one "
                        "moment, exceeds the capacity {2} of pool '{3}'",
                        whose, load, *capacity, name)
              .str());
    uint64_t bound = computeLowerBound(problem, context.conflicts, only);
    if (bound > *capacity)
      return llvm::make_error<NoPlanError>(
          pool, /*provenImpossible=*/true,
          llvm::formatv("no plan exists: buffers that conflict with one "
                        "another{0} need at least {1} bytes, above the "
                        "capacity {2} of pool '{3}' (LOAD is {4} bytes)",
                        whose, bound, *capacity, name, load)
              .str());
  }
  return llvm::Error::success();
}

/// The error when the search found no plan within the capacities without
/// proving that none exists; `best` is the best plan found without them.
llvm::Error makeNotFoundError(const PlanningContext &context,
                              const Plan *best) {
  const Problem &problem = context.problem;
  std::string found = "no plan was found";
  std::optional<PoolId> blamed;
  if (best) {
    // The pool furthest above its capacity.
    PoolId worst = 0;
    uint64_t worstOver = 0;
    for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
      if (problem.pools[pool].capacity &&
          best->poolSizes[pool] > *problem.pools[pool].capacity &&
          best->poolSizes[pool] - *problem.pools[pool].capacity >= worstOver) {
        worst = pool;
        worstOver = best->poolSizes[pool] - *problem.pools[pool].capacity;
      }
    blamed = worst;
    found = llvm::formatv("the best plan found needs {0} bytes in pool '{1}' "
                          "of capacity {2}",
                          best->poolSizes[worst],
                          io::printable(problem.pools[worst].name),
                          *problem.pools[worst].capacity)
                .str();
  }
  std::string more =
      context.getDeadline().isSet() && context.options.workBudget == 0
          ? llvm::formatv("a longer time limit (--time-limit, now {0} s)",
                          formatSeconds(context.options.timeLimitSeconds))
                .str()
          : llvm::formatv("a larger work budget (--work-budget, now {0})",
                          context.workBudget)
                .str();
  return llvm::make_error<NoPlanError>(
      blamed, /*provenImpossible=*/false,
      llvm::formatv("no plan within the capacities found within the budget, "
                    "but none was proven impossible: {0} (LOAD {1} bytes); "
                    "{2} may find one",
                    found, computeMaxLiveBytes(problem), more)
          .str());
}

/// The optimisation itself: the heuristic portfolio, then (exactScale > 0)
/// the exact repacking of its plan.
llvm::Expected<Plan> runOptimisation(const PlanningContext &context,
                                     uint64_t exactScale) {
  if (exactScale == 0)
    return runHeuristicPortfolio(context);
  return optimise(context, exactScale);
}

/// Keeps the smallest plan.
void keepBest(std::optional<Plan> &best, Plan candidate) {
  if (!best || isBetterPlan(candidate, *best))
    best = std::move(candidate);
}

/// The exact work of a stage after the heuristics: the rest of the budget,
/// scaled; unlimited when only the clock bounds the search.
uint64_t getExactWork(const PlanningContext &context, uint64_t exactScale) {
  if (context.isWorkUnlimited())
    return kUnlimitedWork;
  return scaleWork(context.workBudget - getHeuristicShare(context), exactScale);
}

/// The default and exact algorithms: capacity first, then the optimisation
/// (see the file comment). `exactScale` is 0 for the heuristics alone.
llvm::Expected<Plan> runCapacityFirst(const PlanningContext &context,
                                      uint64_t exactScale) {
  const Problem &problem = context.problem;
  if (!hasBoundedPool(problem))
    return runOptimisation(context, exactScale);
  if (llvm::Error error = checkProvenImpossible(context))
    return std::move(error);
  bool fit = context.options.objective == Objective::Fit;
  PlannerOptions fitOptions = context.options;
  fitOptions.objective = Objective::Fit;
  PlannerOptions peakOptions = context.options;
  peakOptions.objective = Objective::Peak;

  std::optional<Plan> feasible;
  uint64_t work = 0;
  bool timedOut = false;
  auto account = [&](const Plan &plan) {
    work += plan.work;
    timedOut |= plan.timedOut;
  };
  // 1. A first plan within the capacities: the heuristics (a fixed share of
  // the work, a quarter of the time), then the exact search (half of what
  // is left).
  {
    PlanningContext fitContext = context.withOptions(fitOptions);
    llvm::Expected<Plan> quick = runHeuristicPortfolio(
        fitContext.forStage(getHeuristicShare(context), 0.25));
    LLVM_DEBUG(llvm::dbgs()
               << "[memplan-exact] capacity first, heuristics: "
               << (quick ? std::to_string(quick->getTotalSize()) + " bytes"
                         : std::string("no plan within the capacities"))
               << "\n");
    if (quick) {
      account(*quick);
      feasible = std::move(*quick);
    } else {
      llvm::consumeError(quick.takeError());
    }
  }
  bool provenImpossible = false;
  if (!feasible && exactScale > 0 && !context.isPastDeadline()) {
    std::optional<Plan> found =
        searchFeasible(context.forStage(context.workBudget, 0.5),
                       getExactWork(context, exactScale), provenImpossible);
    if (provenImpossible)
      return llvm::make_error<NoPlanError>(
          std::nullopt, /*provenImpossible=*/true,
          llvm::formatv("no plan exists: the exact search tried every "
                        "placement of the buffers within the capacities "
                        "(LOAD is {0} bytes)",
                        computeMaxLiveBytes(problem))
              .str());
    LLVM_DEBUG(llvm::dbgs()
               << "[memplan-exact] capacity first, exact search: "
               << (found ? std::to_string(found->getTotalSize()) + " bytes"
                         : std::string("no plan within the budget"))
               << "\n");
    if (found) {
      account(*found);
      feasible = std::move(*found);
    }
  }
  if (fit && feasible) {
    feasible->work = work;
    feasible->timedOut = timedOut;
    return std::move(*feasible);
  }

  // 2. The optimisation as without capacities, on the same work; with a
  // deadline, two thirds of the time left when a feasible plan is to be
  // refined after it.
  Problem relaxed = problem;
  for (Pool &pool : relaxed.pools)
    pool.capacity.reset();
  PlanningContext relaxedContext =
      context.withOptions(peakOptions).withProblem(relaxed);
  std::optional<Plan> best, overCapacity;
  llvm::Expected<Plan> optimised = runOptimisation(
      relaxedContext.forStage(context.workBudget, feasible ? 2.0 / 3 : 1.0),
      exactScale);
  llvm::Error optimiseError = llvm::Error::success();
  LLVM_DEBUG(llvm::dbgs()
             << "[memplan-exact] optimisation without capacities: "
             << (optimised ? std::to_string(optimised->getTotalSize()) +
                                 " bytes" +
                                 (fitsCapacities(problem, *optimised)
                                      ? ", within the capacities"
                                      : ", over a capacity")
                           : std::string("no plan"))
             << "\n");
  if (optimised) {
    account(*optimised);
    if (fitsCapacities(problem, *optimised))
      best = std::move(*optimised);
    else
      overCapacity = std::move(*optimised);
  } else {
    optimiseError = optimised.takeError();
  }

  // 3. The feasible plan, repacked exactly within the capacities when the
  // optimised plan does not fit.
  if (feasible) {
    if (!best && exactScale > 0 && !context.isPastDeadline()) {
      std::optional<Plan> polished =
          repackPools(context.withOptions(peakOptions), *feasible,
                      getExactWork(context, exactScale) / 2,
                      /*startIsValid=*/true, /*stopAtCapacity=*/false);
      LLVM_DEBUG(llvm::dbgs()
                 << "[memplan-exact] feasible plan repacked: "
                 << (polished ? std::to_string(polished->getTotalSize()) +
                                    " bytes"
                              : std::string("no plan"))
                 << "\n");
      if (polished) {
        // The repacked plan's work includes the feasible plan's.
        work += polished->work - feasible->work;
        timedOut |= polished->timedOut;
        if (polished->getTotalSize() < feasible->getTotalSize())
          polished->algorithm = "exact";
        else
          polished->algorithm = feasible->algorithm;
        feasible = std::move(*polished);
      }
    }
    keepBest(best, std::move(*feasible));
  }
  if (!best) {
    if (optimiseError)
      return std::move(optimiseError);
    return makeNotFoundError(context, overCapacity ? &*overCapacity : nullptr);
  }
  llvm::consumeError(std::move(optimiseError));
  best->work = work;
  best->timedOut = timedOut;
  return std::move(*best);
}

} // namespace

llvm::Expected<Plan> memplan::planExact(const PlanningContext &context) {
  llvm::Expected<Plan> result = runCapacityFirst(context, kExactWorkScale);
  if (result)
    result->algorithm = "exact";
  return result;
}

llvm::Expected<Plan> memplan::planDefault(const PlanningContext &context) {
  return runCapacityFirst(
      context, isExactWorthwhile(context.problem) ? kDefaultExactWorkScale : 0);
}
