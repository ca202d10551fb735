//===- CapacityTest.cpp - A capacity never makes the default fail ---------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Capacity first: on random problems, a capacity never makes the default
// (or exact) fail, or end higher, where the same algorithm without it
// returns a plan that fits; and the errors tell apart the proven impossible
// from the not found within the budget.
//
//===----------------------------------------------------------------------===//

#include "RandomProblems.h"

#include "memplan/Planner/Planner.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

PlannerOptions testOptions(llvm::StringRef algorithm,
                           Objective objective = Objective::Peak) {
  PlannerOptions options;
  options.algorithm = algorithm.str();
  options.workBudget = 20000;
  options.objective = objective;
  return options;
}

/// Whether every pool of `plan` is within the capacities of `problem`.
bool fits(const Problem &problem, const Plan &plan) {
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
    if (problem.pools[pool].capacity &&
        plan.poolSizes[pool] > *problem.pools[pool].capacity)
      return false;
  return true;
}

TEST(CapacityTest, ACapacityNeverMakesTheDefaultFailOrGrow) {
  TestRandom random(77);
  RandomShape shape;
  shape.boundedPoolPercent = 0;
  unsigned checked = 0, tight = 0;
  for (int round = 0; round < 400; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    for (const char *algorithm : {"default", "exact"}) {
      SCOPED_TRACE(algorithm);
      llvm::Expected<Plan> free = plan(problem, testOptions(algorithm));
      ASSERT_TRUE(bool(free)) << llvm::toString(free.takeError());
      // Capacities at, above or below the free plan's pool sizes.
      Problem bounded = problem;
      for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
        uint64_t used = free->poolSizes[pool];
        switch (random.range(0, 3)) {
        case 0:
          bounded.pools[pool].capacity = used;
          break;
        case 1:
          bounded.pools[pool].capacity = used + random.range(0, 50);
          break;
        case 2:
          bounded.pools[pool].capacity =
              used - std::min<uint64_t>(used, random.range(0, 50));
          break;
        default:
          break;
        }
      }
      llvm::Expected<Plan> capped = plan(bounded, testOptions(algorithm));
      if (fits(bounded, *free)) {
        ++checked;
        tight += bounded.pools[0].capacity == free->poolSizes[0];
        ASSERT_TRUE(bool(capped)) << llvm::toString(capped.takeError());
        EXPECT_LE(capped->getTotalSize(), free->getTotalSize());
      }
      if (!capped) {
        std::string message = llvm::toString(capped.takeError());
        EXPECT_TRUE(isNoPlanMessage(message)) << message;
        continue;
      }
      ASSERT_EQ(checkPlanByDefinition(bounded, *capped), "");
      EXPECT_TRUE(fits(bounded, *capped));
      // The fit objective finds a plan wherever the peak objective did.
      llvm::Expected<Plan> first =
          plan(bounded, testOptions(algorithm, Objective::Fit));
      ASSERT_TRUE(bool(first)) << llvm::toString(first.takeError());
      EXPECT_TRUE(fits(bounded, *first));
    }
  }
  EXPECT_GT(checked, 300u);
  EXPECT_GT(tight, 100u);
}

TEST(CapacityTest, ACapacityNeverMakesATruncatedSearchFailOrGrow) {
  // Larger problems on a budget that cuts the exact search short: the
  // capacity-first stages must not take work from the optimisation, so the
  // plan within a capacity at (or above) the free plan's size is never
  // missed, nor larger than the free plan, with either objective.
  TestRandom random(2024);
  RandomShape shape;
  shape.maxBuffers = 120;
  shape.maxPools = 1;
  shape.maxSize = 1000;
  shape.horizon = 200;
  shape.explicitConflictPercent = 0;
  shape.boundedPoolPercent = 0;
  unsigned truncated = 0;
  for (int round = 0; round < 40; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    for (const char *algorithm : {"default", "exact"}) {
      SCOPED_TRACE(algorithm);
      PlannerOptions options = testOptions(algorithm);
      options.workBudget = 200000;
      llvm::Expected<Plan> free = plan(problem, options);
      ASSERT_TRUE(bool(free)) << llvm::toString(free.takeError());
      truncated += !free->provenOptimal;
      Problem bounded = problem;
      bounded.pools[0].capacity =
          free->poolSizes[0] + (random.chance(50) ? 0 : random.range(0, 99));
      llvm::Expected<Plan> capped = plan(bounded, options);
      ASSERT_TRUE(bool(capped)) << llvm::toString(capped.takeError());
      ASSERT_EQ(checkPlanByDefinition(bounded, *capped), "");
      EXPECT_LE(capped->getTotalSize(), free->getTotalSize());
      options.objective = Objective::Fit;
      llvm::Expected<Plan> first = plan(bounded, options);
      ASSERT_TRUE(bool(first)) << llvm::toString(first.takeError());
      ASSERT_EQ(checkPlanByDefinition(bounded, *first), "");
      EXPECT_TRUE(fits(bounded, *first));
    }
  }
  // The budget did cut searches short (else this test would be the one
  // above).
  EXPECT_GT(truncated, 10u);
}

/// One pool of `capacity` bytes.
Problem makeOnePool(std::optional<uint64_t> capacity) {
  Problem problem;
  problem.pools.push_back(Pool{"sram", capacity, 1});
  return problem;
}

void addBuffer(Problem &problem, const std::string &name, uint64_t size,
               int64_t start, int64_t end) {
  Buffer buffer;
  buffer.name = name;
  buffer.size = size;
  buffer.intervals.push_back({start, end});
  problem.buffers.push_back(buffer);
}

TEST(CapacityTest, LoadAboveTheCapacityIsProvenImpossible) {
  // a and b (60 bytes each) are live together at time 1: 120 bytes live,
  // above the capacity of 100, though each alone fits.
  Problem problem = makeOnePool(100);
  addBuffer(problem, "a", 60, 0, 2);
  addBuffer(problem, "b", 60, 1, 3);
  llvm::Expected<Plan> result = plan(problem, testOptions("default"));
  ASSERT_FALSE(bool(result));
  EXPECT_EQ(llvm::toString(result.takeError()),
            "no plan exists: LOAD, 120 bytes live at one moment, exceeds the "
            "capacity 100 of pool 'sram'");
}

TEST(CapacityTest, AnExhaustedSearchIsProvenImpossible) {
  // Five buffers of 1 byte, never live together, in a 5-cycle of explicit
  // conflicts: every moment holds 1 byte and every pair 2, but an odd cycle
  // cannot take two offsets, so 2 bytes never suffice.
  Problem problem = makeOnePool(2);
  for (int k = 0; k < 5; ++k)
    addBuffer(problem, "b" + std::to_string(k), 1, 2 * k, 2 * k + 1);
  for (BufferId k = 0; k < 5; ++k)
    problem.buffers[k].explicitConflicts.push_back(BufferId((k + 1) % 5));
  llvm::Expected<Plan> result = plan(problem, testOptions("default"));
  ASSERT_FALSE(bool(result));
  EXPECT_EQ(llvm::toString(result.takeError()),
            "no plan exists: the exact search tried every placement of the "
            "buffers within the capacities (LOAD is 1 bytes)");
  // With 3 bytes a plan exists.
  problem.pools[0].capacity = 3;
  llvm::Expected<Plan> fits = plan(problem, testOptions("default"));
  ASSERT_TRUE(bool(fits)) << llvm::toString(fits.takeError());
  EXPECT_EQ(fits->getTotalSize(), 3u);
}

} // namespace
