//===- Planner.cpp - Entry point of the planner library -------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Planner.h"

#include "Exact/ExactPlanner.h"
#include "Heuristics/Heuristics.h"
#include "PlanAroundPins.h"
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

llvm::Expected<Plan> memplan::plan(const Problem &problem,
                                   const PlannerOptions &options) {
  if (llvm::Error error = verifyProblem(problem))
    return std::move(error);
  llvm::Expected<AlgorithmFunction> run = findAlgorithm(options.algorithm);
  if (!run)
    return run.takeError();
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
          ? planAroundPins(context, *run,
                           options.algorithm.empty() ? "default"
                                                     : options.algorithm)
          : (*run)(context);
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
