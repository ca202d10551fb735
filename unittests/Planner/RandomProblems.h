//===- RandomProblems.h - Random problems and brute-force checks *- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Test-side tools, written independently of the planner library: a seeded
// random problem generator and checks that test every pair of buffers.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_UNITTESTS_PLANNER_RANDOMPROBLEMS_H
#define MEMPLAN_UNITTESTS_PLANNER_RANDOMPROBLEMS_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Problem.h"

#include "XorShift.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace memplan {
namespace test {

/// The tests' generator (xorshift64*, shared with the benchmarks' generated
/// problems), separate from the planner's; seeded as the tests always were.
class TestRandom : public tools::XorShiftStar {
public:
  explicit TestRandom(uint64_t seed) : XorShiftStar(seed * 2654435761u + 1) {}
};

/// Shape of random problems.
struct RandomShape {
  unsigned maxBuffers = 20;
  unsigned maxPools = 3;
  uint64_t maxSize = 100;
  int64_t horizon = 30;
  unsigned maxIntervals = 3;
  /// Percent chance of an explicit conflict per ordered pair.
  unsigned explicitConflictPercent = 3;
  /// Percent chance that a pool is bounded.
  unsigned boundedPoolPercent = 50;
  bool alignments = true;
};

inline Problem makeRandomProblem(TestRandom &random, const RandomShape &shape) {
  Problem problem;
  unsigned numPools = random.range(1, shape.maxPools);
  for (unsigned p = 0; p < numPools; ++p) {
    Pool pool;
    pool.name = "pool" + std::to_string(p);
    if (random.chance(shape.boundedPoolPercent))
      pool.capacity = random.range(0, 3 * shape.maxSize);
    if (shape.alignments && random.chance(30))
      pool.alignment = uint64_t(1) << random.range(0, 4);
    problem.pools.push_back(pool);
  }
  unsigned numBuffers = random.range(0, shape.maxBuffers);
  for (unsigned i = 0; i < numBuffers; ++i) {
    Buffer buffer;
    buffer.name = "b" + std::to_string(i);
    buffer.size = random.chance(5) ? 0 : random.range(1, shape.maxSize);
    if (shape.alignments && random.chance(30))
      buffer.alignment = uint64_t(1) << random.range(0, 5);
    unsigned numIntervals = random.range(0, shape.maxIntervals);
    if (shape.maxIntervals > 0 && numIntervals == 0 && random.chance(70))
      numIntervals = 1;
    for (unsigned k = 0; k < numIntervals; ++k) {
      int64_t start = random.range(0, shape.horizon - 1);
      int64_t end = start + random.range(1, shape.horizon / 3 + 1);
      buffer.intervals.push_back({start, end});
    }
    if (numPools > 1 && random.chance(40)) {
      for (PoolId p = 0; p < numPools; ++p)
        if (random.chance(60))
          buffer.candidatePools.push_back(p);
      // A random order of the chosen pools.
      for (size_t k = buffer.candidatePools.size(); k > 1; --k)
        std::swap(buffer.candidatePools[k - 1],
                  buffer.candidatePools[random.range(0, k - 1)]);
    }
    problem.buffers.push_back(buffer);
  }
  for (BufferId a = 0; a < numBuffers; ++a)
    for (BufferId b = 0; b < numBuffers; ++b)
      if (a != b && random.chance(shape.explicitConflictPercent))
        problem.buffers[a].explicitConflicts.push_back(b);
  return problem;
}

/// Options for `algorithm` with a small deterministic budget and no wall
/// clock: the tests stay fast and every run does exactly the same work.
inline PlannerOptions makeTestOptions(llvm::StringRef algorithm) {
  PlannerOptions options;
  options.algorithm = algorithm.str();
  options.timeLimitSeconds = 0;
  options.workBudget = 20000;
  return options;
}

/// Whether `a` and `b` conflict, straight from the definition.
inline bool conflictByDefinition(const Problem &problem, BufferId a,
                                 BufferId b) {
  if (a == b)
    return false;
  const Buffer &x = problem.buffers[a], &y = problem.buffers[b];
  for (const Interval &i : x.intervals)
    for (const Interval &j : y.intervals)
      if (i.start < j.end && j.start < i.end)
        return true;
  auto lists = [](const Buffer &buffer, BufferId other) {
    return std::find(buffer.explicitConflicts.begin(),
                     buffer.explicitConflicts.end(),
                     other) != buffer.explicitConflicts.end();
  };
  return lists(x, b) || lists(y, a);
}

/// Checks `plan` against `problem` pair by pair; "" if valid, else why not.
inline std::string checkPlanByDefinition(const Problem &problem,
                                         const Plan &plan) {
  if (plan.placements.size() != problem.buffers.size())
    return "wrong number of placements";
  std::vector<uint64_t> used(problem.pools.size(), 0);
  for (BufferId a = 0; a < problem.buffers.size(); ++a) {
    const Buffer &buffer = problem.buffers[a];
    const Placement &place = plan.placements[a];
    if (place.pool >= problem.pools.size())
      return buffer.name + ": no such pool";
    const Pool &pool = problem.pools[place.pool];
    if (!buffer.candidatePools.empty() &&
        std::find(buffer.candidatePools.begin(), buffer.candidatePools.end(),
                  place.pool) == buffer.candidatePools.end())
      return buffer.name + ": not a candidate pool";
    if (buffer.pin &&
        (buffer.pin->pool != place.pool || buffer.pin->offset != place.offset))
      return buffer.name + ": pin moved";
    if (place.offset % buffer.alignment || place.offset % pool.alignment)
      return buffer.name + ": misaligned";
    uint64_t end = place.offset + buffer.size;
    if (pool.capacity && end > *pool.capacity)
      return buffer.name + ": over capacity";
    used[place.pool] = std::max(used[place.pool], end);
    for (BufferId b = a + 1; b < problem.buffers.size(); ++b) {
      const Placement &other = plan.placements[b];
      uint64_t otherEnd = other.offset + problem.buffers[b].size;
      if (other.pool == place.pool && buffer.size && problem.buffers[b].size &&
          place.offset < otherEnd && other.offset < end &&
          conflictByDefinition(problem, a, b))
        return buffer.name + " overlaps " + problem.buffers[b].name;
    }
  }
  if (used != plan.poolSizes)
    return "wrong pool sizes";
  return "";
}

/// Whether `message` is one of the planner's errors for a problem without a
/// plan within its capacities: a buffer that fits nowhere, a plan proven
/// impossible, or none found within the budget.
inline bool isNoPlanMessage(const std::string &message) {
  return message.find("fits in none of its candidate pools") !=
             std::string::npos ||
         message.rfind("no plan exists: ", 0) == 0 ||
         message.rfind("no plan within the capacities found within the "
                       "budget",
                       0) == 0;
}

} // namespace test
} // namespace memplan

#endif // MEMPLAN_UNITTESTS_PLANNER_RANDOMPROBLEMS_H
