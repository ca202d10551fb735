//===- PlanningContext.h - What every planning algorithm gets ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The context every algorithm behind memplan::plan() gets (problem, conflicts,
// options, work budget, deadline), the signature they share, and the helpers
// they have in common (plan comparison, the errors of a failed search). The
// heuristics' entry points are in Heuristics/Heuristics.h, the exact search's
// in Exact/ExactPlanner.h and Exact/ExactDriver.h.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_PLANNINGCONTEXT_H
#define MEMPLAN_LIB_PLANNER_PLANNINGCONTEXT_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Deadline.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Problem.h"

#include "llvm/Support/Error.h"

#include <cstdint>

namespace memplan {

/// A work budget that does not bound the search (only the clock of an
/// explicit time limit does).
constexpr uint64_t kUnlimitedWork = UINT64_MAX;

class ProgressLog;

/// What every algorithm gets: the problem (verified), its conflict conflicts,
/// the options, a deterministic work budget and, with an explicit time limit, a
/// deadline.
class PlanningContext {
public:
  PlanningContext(const Problem &problem, const ConflictIndex &conflicts,
                  const PlannerOptions &options,
                  ProgressLog *progress = nullptr);

  /// The same context with another work budget (same deadline).
  PlanningContext withWorkBudget(uint64_t budget) const;
  /// One stage of a search: `budget` work, and a share `timeFraction` of the
  /// time left before the deadline (if any).
  PlanningContext forStage(uint64_t budget, double timeFraction) const;
  /// The same context for another problem with the same buffers (another
  /// set of capacities): the conflict index is shared.
  PlanningContext withProblem(const Problem &other) const;
  /// The same context with other options (same budget and deadline).
  PlanningContext withOptions(const PlannerOptions &other) const;
  /// The same budget and deadline for a problem with other buffers (with
  /// `otherConflicts`, its conflict index). Its plans are not the caller's,
  /// so they are not reported to the progress log.
  PlanningContext forSubproblem(const Problem &other,
                                const ConflictIndex &otherConflicts) const;

  /// Whether a deadline is set and has passed. Without an explicit time
  /// limit this never reads the clock.
  bool isPastDeadline() const { return deadline.hasPassed(); }
  const Deadline &getDeadline() const { return deadline; }
  /// Whether only the clock bounds the search (a time limit, no work budget).
  bool isWorkUnlimited() const { return workBudget == kUnlimitedWork; }
  /// Seconds since the planner started (progress log only).
  double getElapsedSeconds() const;
  /// Reports a plan or a bound to the progress log, if any.
  void reportProgress(uint64_t work, uint64_t peak, uint64_t lowerBound,
                      llvm::StringRef stage) const;

  const Problem &problem;
  const ConflictIndex &conflicts;
  const PlannerOptions &options;
  /// Work (Plan::work units) the algorithm may spend: options.workBudget,
  /// else kDefaultWorkBudget without a time limit, else kUnlimitedWork.
  uint64_t workBudget;

private:
  Deadline::Clock::time_point start;
  Deadline deadline;
  ProgressLog *progress;
};

/// Keeps the best total size and lower bound reported by the stages of one
/// plan() call and passes each improvement to PlannerOptions::onProgress.
class ProgressLog {
public:
  explicit ProgressLog(const PlannerOptions &options) : options(options) {}
  void report(double seconds, uint64_t work, uint64_t peak, uint64_t lowerBound,
              llvm::StringRef stage);

private:
  const PlannerOptions &options;
  uint64_t bestPeak = 0, bestBound = 0;
};

/// The signature of every algorithm.
using AlgorithmFunction = llvm::Expected<Plan> (*)(const PlanningContext &);

/// Whether `a` needs fewer bytes (sum of pool sizes) than `b`.
bool isBetterPlan(const Plan &a, const Plan &b);

/// The error for a buffer that fits in none of its candidate pools: a
/// NoFitError (PlannerError.h) carrying the buffer, whose message names the
/// buffer, its size, its candidate pools with their capacities and the live
/// bytes at the worst moment.
llvm::Error makeNoFitError(const Problem &problem, BufferId buffer);

/// The error of a search the deadline of an explicit time limit ended before
/// `stage` had a first complete plan.
llvm::Error makeTimeLimitError(const PlanningContext &context,
                               llvm::StringRef stage);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_PLANNINGCONTEXT_H
