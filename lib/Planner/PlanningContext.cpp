//===- PlanningContext.cpp - What every algorithm gets --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "PlanningContext.h"
#include "Printable.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/PlannerError.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace memplan;

static uint64_t deriveWorkBudget(const PlannerOptions &options) {
  if (options.workBudget != 0)
    return options.workBudget;
  return options.timeLimitSeconds > 0 ? kUnlimitedWork : kDefaultWorkBudget;
}

PlanningContext::PlanningContext(const Problem &problem,
                                 const ConflictIndex &conflicts,
                                 const PlannerOptions &options,
                                 ProgressLog *progress)
    : problem(problem), conflicts(conflicts), options(options),
      workBudget(deriveWorkBudget(options)),
      start(options.clockStart ? *options.clockStart : Deadline::Clock::now()),
      deadline(Deadline::after(start, options.timeLimitSeconds)),
      progress(progress) {}

PlanningContext PlanningContext::withWorkBudget(uint64_t budget) const {
  PlanningContext copy(*this);
  copy.workBudget = budget;
  return copy;
}

PlanningContext PlanningContext::forStage(uint64_t budget,
                                          double timeFraction) const {
  PlanningContext copy(*this);
  copy.workBudget = budget;
  copy.deadline = deadline.getFraction(timeFraction);
  return copy;
}

PlanningContext PlanningContext::withProblem(const Problem &other) const {
  PlanningContext copy(other, conflicts, options, progress);
  copy.workBudget = workBudget;
  copy.start = start;
  copy.deadline = deadline;
  return copy;
}

PlanningContext
PlanningContext::withOptions(const PlannerOptions &other) const {
  PlanningContext copy(problem, conflicts, other, progress);
  copy.workBudget = workBudget;
  copy.start = start;
  copy.deadline = deadline;
  return copy;
}

PlanningContext
PlanningContext::forSubproblem(const Problem &other,
                               const ConflictIndex &otherConflicts) const {
  PlanningContext copy(other, otherConflicts, options, /*progress=*/nullptr);
  copy.workBudget = workBudget;
  copy.start = start;
  copy.deadline = deadline;
  return copy;
}

double PlanningContext::getElapsedSeconds() const {
  return std::chrono::duration<double>(Deadline::Clock::now() - start).count();
}

void PlanningContext::reportProgress(uint64_t work, uint64_t peak,
                                     uint64_t lowerBound,
                                     llvm::StringRef stage) const {
  if (progress)
    progress->report(getElapsedSeconds(), work, peak, lowerBound, stage);
}

void ProgressLog::report(double seconds, uint64_t work, uint64_t peak,
                         uint64_t lowerBound, llvm::StringRef stage) {
  bool better = (peak != 0 && (bestPeak == 0 || peak < bestPeak)) ||
                lowerBound > bestBound;
  if (peak != 0 && (bestPeak == 0 || peak < bestPeak))
    bestPeak = peak;
  bestBound = std::max(bestBound, lowerBound);
  if (!better || !options.onProgress)
    return;
  // The bound never exceeds the best plan (a stage's bound may hold for its
  // own pool assignment only).
  uint64_t bound = bestPeak != 0 ? std::min(bestBound, bestPeak) : bestBound;
  options.onProgress({seconds, work, bestPeak, bound, stage.str()});
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

llvm::Error memplan::makeTimeLimitError(const PlanningContext &context,
                                        llvm::StringRef stage) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      llvm::formatv("the time limit of {0} s ended the run before {1} "
                    "completed a first plan of the {2} buffers; give more "
                    "time (--time-limit / time-limit=)",
                    llvm::format("%g", context.options.timeLimitSeconds), stage,
                    context.problem.buffers.size())
          .str());
}
