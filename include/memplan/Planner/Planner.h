//===- Planner.h - Entry point of the planner library -----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_PLANNER_H
#define MEMPLAN_PLANNER_PLANNER_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace memplan {

/// The work budget (Plan::work units) of every search when neither a work
/// budget nor a time limit is given. A fixed amount of work, not a rate per
/// second: the same input and options give the same plan on every machine,
/// at any load, in every build. Chosen so that the default algorithm ends in
/// about a second or less on a small 2-core machine on the MiniMalloc suite
/// and on production traces (docs/UserGuide.md, "Work budget or time limit").
constexpr uint64_t kDefaultWorkBudget = 150'000'000;

/// What the planner optimises.
enum class Objective {
  /// The smallest total of the pool sizes (the default).
  Peak,
  /// The first plan found within every pool's capacity (MiniMalloc's
  /// question, "does it fit?"); without a bounded pool, the first plan.
  Fit,
};

/// One line of the progress log: the state of a search when its best plan
/// or its proven lower bound improved.
struct ProgressEvent {
  /// Seconds since the planner started (the only clock reading; it never
  /// changes a result).
  double seconds = 0;
  /// Work done so far (Plan::work units).
  uint64_t work = 0;
  /// Total size of the best plan so far (0: none yet).
  uint64_t peak = 0;
  /// The best proven lower bound on the total size.
  uint64_t lowerBound = 0;
  /// The stage that made the improvement.
  std::string stage;
};

/// Options shared by every algorithm.
struct PlannerOptions {
  /// Algorithm name; empty selects the default.
  std::string algorithm;
  /// An explicit wall-clock bound in seconds (<= 0, the default: none). With
  /// it, the searches end by this time with the best plan found so far, and
  /// Plan::timedOut says when the clock ended one (the plan may then differ
  /// between runs). Without it nothing reads the clock.
  double timeLimitSeconds = 0;
  /// When the time limit starts counting (default: when plan() is called),
  /// for callers whose limit covers more than planning (reading the input).
  std::optional<std::chrono::steady_clock::time_point> clockStart;
  /// Seed of the planner's own pseudo-random generator.
  uint64_t seed = 1;
  /// Deterministic work budget (Plan::work units) of searches; 0 means
  /// kDefaultWorkBudget without a time limit and no work bound with one (the
  /// clock alone then ends the searches).
  uint64_t workBudget = 0;
  /// Minimise the peak (default), or stop at the first plan that fits.
  Objective objective = Objective::Peak;
  /// Called on every improvement of the best plan's total size or of the
  /// proven lower bound (memplan-solve --progress). Never changes a result.
  std::function<void(const ProgressEvent &)> onProgress;
};

/// Parses "peak" or "fit".
std::optional<Objective> parseObjective(llvm::StringRef name);

/// Names of every algorithm accepted by PlannerOptions::algorithm, in a fixed
/// order.
std::vector<std::string> getAlgorithmNames();

/// An algorithm's name and what it does, in one line.
struct AlgorithmSummary {
  std::string name;
  std::string summary;
};
/// Every algorithm with its summary, in getAlgorithmNames() order.
std::vector<AlgorithmSummary> getAlgorithmSummaries();

/// Plans `problem`. Every plan returned has passed the validator. Errors: an
/// inconsistent problem, an unknown algorithm, or a buffer that fits in none
/// of its candidate pools (the message names the buffer, its size, its
/// candidate pools with their capacities, and the live bytes at the worst
/// moment).
llvm::Expected<Plan> plan(const Problem &problem,
                          const PlannerOptions &options = {});

} // namespace memplan

#endif // MEMPLAN_PLANNER_PLANNER_H
