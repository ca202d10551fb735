//===- Planner.cpp - Entry point of the planner library -------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Planner.h"

#include "Exact/ExactPlanner.h"
#include "Heuristics/Heuristics.h"
#include "PlanAroundPins.h"
#include "Sharing.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/Validator.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Debug.h"

#include <algorithm>

using namespace memplan;

#define DEBUG_TYPE "memplan-planner"

namespace {
struct AlgorithmEntry {
  llvm::StringLiteral name;
  AlgorithmFunction run;
  /// One line for the programs' help.
  llvm::StringLiteral summary;
};
} // namespace

/// Every algorithm by name, in the order getAlgorithmNames() lists them. The
/// default algorithm (an empty name) is the "default" entry.
static const AlgorithmEntry kAlgorithms[] = {
    {"default", planDefault,
     "the heuristics, then exact repacking when the problem is small enough"},
    {"greedy-by-size", planGreedyBySize,
     "TVM's greedy: largest buffers first, each above its placed conflicts"},
    {"greedy-by-conflicts", planGreedyByConflicts,
     "TVM's greedy: most conflicting buffers first"},
    {"first-fit", planFirstFit,
     "the lowest gap that fits, over several orders"},
    {"best-fit", planBestFit,
     "the tightest gap that fits, over several orders"},
    {"hill-climb", planHillClimb,
     "hill climbing over orders from the best gap-fit order"},
    {"exact", planExact,
     "branch-and-bound search for a proven optimum (within the budget)"},
    {"floor-climb", planFloorClimb,
     "bottom-up repacking of each pool, climbing the buffers' priorities"},
    {"heuristics", runHeuristicPortfolio,
     "the best plan of all the heuristics above"},
};

std::vector<std::string> memplan::getAlgorithmNames() {
  std::vector<std::string> names;
  for (const AlgorithmEntry &entry : kAlgorithms)
    names.push_back(entry.name.str());
  return names;
}

std::optional<Objective> memplan::parseObjective(llvm::StringRef name) {
  if (name == "peak")
    return Objective::Peak;
  if (name == "fit")
    return Objective::Fit;
  return std::nullopt;
}

std::vector<AlgorithmSummary> memplan::getAlgorithmSummaries() {
  std::vector<AlgorithmSummary> summaries;
  for (const AlgorithmEntry &entry : kAlgorithms)
    summaries.push_back({entry.name.str(), entry.summary.str()});
  return summaries;
}

static llvm::Expected<AlgorithmFunction> findAlgorithm(llvm::StringRef name) {
  if (name.empty())
    name = "default";
  std::string known;
  for (const AlgorithmEntry &entry : kAlgorithms) {
    if (entry.name == name)
      return entry.run;
    known += (known.empty() ? "" : ", ") + entry.name.str();
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "unknown algorithm '" + name +
                                     "' (known: " + known + ")");
}

/// Plans `problem` with `run`, ignoring its share pairs (they conflict like
/// any buffers live at once), and validates the plan.
static llvm::Expected<Plan> planAsGiven(const Problem &problem,
                                        AlgorithmFunction run,
                                        const PlannerOptions &options) {
  ConflictIndex conflicts(problem);
  ProgressLog progress(options);
  PlanningContext context(problem, conflicts, options, &progress);
  LLVM_DEBUG(llvm::dbgs() << "[memplan-planner] " << problem.buffers.size()
                          << " buffers, " << problem.pools.size() << " pools, "
                          << conflicts.getNumPairs() << " conflicting pairs, "
                          << conflicts.getNumSections() << " time sections; "
                          << "algorithm "
                          << (options.algorithm.empty() ? "default"
                                                        : options.algorithm)
                          << ", work budget " << context.workBudget << "\n");
  // Pinned buffers: one mechanism for every algorithm (PlanAroundPins.h).
  // Without pins the algorithm runs on the problem as it is.
  llvm::Expected<Plan> result =
      problem.hasPins()
          ? planAroundPins(context, run,
                           options.algorithm.empty() ? "default"
                                                     : options.algorithm)
          : run(context);
  if (!result) {
    LLVM_DEBUG(llvm::dbgs() << "[memplan-planner] no plan\n");
    return result.takeError();
  }
  // A search may prove more than the live-bytes bounds (exact): keep the
  // larger of the two.
  uint64_t provenBound = result->lowerBound;
  std::vector<uint64_t> provenPoolBounds = result->poolLowerBounds;
  fillLowerBounds(problem, conflicts, *result);
  result->lowerBound = std::max(result->lowerBound, provenBound);
  for (size_t pool = 0;
       pool < provenPoolBounds.size() && pool < result->poolLowerBounds.size();
       ++pool)
    result->poolLowerBounds[pool] =
        std::max(result->poolLowerBounds[pool], provenPoolBounds[pool]);
  LLVM_DEBUG(llvm::dbgs() << "[memplan-planner] plan by " << result->algorithm
                          << ": " << result->getTotalSize() << " bytes, lower "
                          << "bound " << result->lowerBound << ", work "
                          << result->work
                          << (result->provenOptimal ? ", proven optimal" : "")
                          << (result->timedOut ? ", ended by the time limit"
                                               : "")
                          << "; validating\n");
  if (llvm::Error error = validatePlan(problem, conflicts, *result))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "internal error: algorithm '" + result->algorithm +
            "' produced an invalid plan: " + llvm::toString(std::move(error)));
  return result;
}

/// The options of each of the two runs of a problem with share pairs: half
/// the work budget and half the time limit each, so that sharing costs no
/// more than one run.
static PlannerOptions halveBudget(const PlannerOptions &options) {
  PlannerOptions half = options;
  if (options.workBudget != 0)
    half.workBudget = std::max<uint64_t>(1, options.workBudget / 2);
  else if (options.timeLimitSeconds <= 0)
    half.workBudget = kDefaultWorkBudget / 2;
  half.timeLimitSeconds = options.timeLimitSeconds / 2;
  return half;
}

/// Plans a problem with share pairs: as given (no pair shares) and with each
/// share group merged (every pair of the group shares), and keeps the
/// smaller plan, the unshared one on a tie. Lower bounds come from a
/// relaxation that lets every group share (see relaxShareGroups), so they
/// hold for both.
static llvm::Expected<Plan> planWithShares(const Problem &problem,
                                           AlgorithmFunction run,
                                           const PlannerOptions &options) {
  PlannerOptions half = halveBudget(options);
  llvm::Expected<Plan> separate = planAsGiven(problem, run, half);
  MergedProblem merged = mergeShareGroups(problem);
  if (!merged.mergedAny)
    return separate;
  llvm::Expected<Plan> shared = planAsGiven(merged.problem, run, half);
  if (!shared) {
    // The original problem's error names the original buffers.
    llvm::consumeError(shared.takeError());
    return separate;
  }
  Plan expanded = expandMergedPlan(problem, merged, *shared);
  uint64_t work = expanded.work;
  bool timedOut = expanded.timedOut;
  Plan result = std::move(expanded);
  if (separate) {
    work += separate->work;
    timedOut = timedOut || separate->timedOut;
    if (separate->getTotalSize() <= result.getTotalSize())
      result = std::move(*separate);
  } else {
    llvm::consumeError(separate.takeError());
  }
  result.work = work;
  result.timedOut = timedOut;
  // The searches' proven bounds are of one of the two problems only.
  MergedProblem relaxed = relaxShareGroups(problem);
  Plan relaxedPlan = result;
  relaxedPlan.placements.assign(relaxed.problem.buffers.size(), Placement());
  // Each group at its first member's placement.
  for (BufferId id = problem.buffers.size(); id-- > 0;)
    relaxedPlan.placements[relaxed.mergedOf[id]] = result.placements[id];
  fillLowerBounds(relaxed.problem, ConflictIndex(relaxed.problem), relaxedPlan);
  result.lowerBound = relaxedPlan.lowerBound;
  result.poolLowerBounds = relaxedPlan.poolLowerBounds;
  result.provenOptimal = result.getTotalSize() <= result.lowerBound;
  if (llvm::Error error = validatePlan(problem, result))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "internal error: algorithm '" + result.algorithm +
            "' produced an invalid plan with shared buffers: " +
            llvm::toString(std::move(error)));
  return result;
}

llvm::Expected<Plan> memplan::plan(const Problem &problem,
                                   const PlannerOptions &options) {
  if (llvm::Error error = verifyProblem(problem))
    return std::move(error);
  llvm::Expected<AlgorithmFunction> run = findAlgorithm(options.algorithm);
  if (!run)
    return run.takeError();
  if (problem.shares.empty())
    return planAsGiven(problem, *run, options);
  return planWithShares(problem, *run, options);
}
