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

#include <string>
#include <vector>

namespace memplan {

/// Options shared by every algorithm.
struct PlannerOptions {
  /// Algorithm name; empty selects the default.
  std::string algorithm;
  /// Wall-clock safety net in seconds (<= 0: none). Searches are bounded by
  /// deterministic work first; when this limit cuts one short the plan says
  /// so in Plan::timedOut.
  double timeLimitSeconds = 1.0;
  /// Seed of the planner's own pseudo-random generator.
  uint64_t seed = 1;
  /// Deterministic work budget (Plan::work units) of searches; 0 derives it
  /// from timeLimitSeconds (see kWorkPerSecond in lib/Planner/Algorithms.h), so the same
  /// options give the same plan on every machine.
  uint64_t workBudget = 0;
};

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
