//===- PlanningContext.cpp - What every algorithm gets --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Printable.h"
#include "Algorithms.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace memplan;

static uint64_t deriveWorkBudget(const PlannerOptions &options) {
  if (options.workBudget != 0)
    return options.workBudget;
  double seconds = options.timeLimitSeconds > 0 ? options.timeLimitSeconds : 1;
  double budget = std::floor(seconds * double(kWorkPerSecond));
  return budget >= 1.8e19 ? uint64_t(1.8e19) : uint64_t(budget);
}

PlanningContext::PlanningContext(const Problem &problem,
                                 const ConflictGraph &graph,
                                 const PlannerOptions &options)
    : problem(problem), graph(graph), options(options),
      workBudget(deriveWorkBudget(options)),
      start(std::chrono::steady_clock::now()) {}

PlanningContext PlanningContext::withWorkBudget(uint64_t budget) const {
  PlanningContext copy(*this);
  copy.workBudget = budget;
  return copy;
}

double PlanningContext::getElapsedSeconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

bool PlanningContext::isPastDeadline() const {
  return options.timeLimitSeconds > 0 &&
         getElapsedSeconds() >= options.timeLimitSeconds;
}

bool memplan::isBetterPlan(const Plan &a, const Plan &b) {
  return a.getTotalSize() < b.getTotalSize();
}

llvm::Error memplan::makeNoFitError(const Problem &problem, BufferId buffer) {
  std::string pools;
  for (PoolId pool : problem.getCandidatePools(buffer)) {
    const Pool &info = problem.pools[pool];
    pools += pools.empty() ? "" : ", ";
    pools += "'" + io::printable(info.name) + "' (capacity " +
             (info.capacity ? std::to_string(*info.capacity) : "unbounded") +
             ")";
  }
  const Buffer &info = problem.buffers[buffer];
  return llvm::make_error<NoFitError>(
      buffer,
      llvm::formatv("buffer '{0}' ({1} bytes) fits in none of its candidate "
                    "pools: {2}; {3} bytes are live at the worst moment",
                    io::printable(info.name), info.size, pools,
                    computeMaxLiveBytes(problem))
          .str());
}
