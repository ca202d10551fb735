//===- LowerBoundTest.cpp - Max live bytes and clique bounds --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "memplan/Planner/LowerBound.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

// At time 4, x and z are live (15 bytes); at 5, x has ended (half-open) and
// y and z are live (25 bytes).
TEST(LowerBoundTest, MaxLiveBytes) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 10, {{0, 5}});
  b.addBuffer("y", 20, {{5, 9}});
  b.addBuffer("z", 5, {{4, 6}});
  EXPECT_EQ(computeMaxLiveBytes(b.problem), 25u);
  EXPECT_EQ(computeMaxLiveBytes(b.problem, {0, 2}), 15u);
  ConflictIndex conflicts(b.problem);
  EXPECT_EQ(computeLowerBound(b.problem, conflicts), 25u);
}

// A buffer whose own intervals overlap counts once at each moment: 10 + 5.
TEST(LowerBoundTest, SeveralIntervalsCountOncePerMoment) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("called", 10, {{0, 4}, {2, 6}});
  b.addBuffer("other", 5, {{3, 4}});
  EXPECT_EQ(computeMaxLiveBytes(b.problem), 15u);
}

// Explicit conflicts x-y, y-z, x-z form a triangle: 7 + 8 + 9 = 24; w (30
// bytes, no conflict) still needs 30 bytes on its own.
TEST(LowerBoundTest, CliqueOfExplicitConflicts) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 7);
  b.addBuffer("y", 8);
  b.addBuffer("z", 9);
  b.addConflict("x", "y");
  b.addConflict("y", "z");
  b.addConflict("z", "x");
  ConflictIndex conflicts(b.problem);
  EXPECT_EQ(computeLowerBound(b.problem, conflicts), 24u);
  b.addBuffer("w", 30);
  ConflictIndex bigger(b.problem);
  EXPECT_EQ(computeLowerBound(b.problem, bigger), 30u);
}

TEST(LowerBoundTest, PerPoolBounds) {
  ProblemBuilder b;
  b.addPool("fast");
  b.addPool("slow");
  b.addBuffer("x", 10, {{0, 5}});
  b.addBuffer("y", 20, {{0, 5}});
  b.addBuffer("z", 5, {{0, 5}});
  ConflictIndex conflicts(b.problem);
  Plan plan;
  plan.placements = {{0, 0}, {1, 0}, {0, 10}};
  fillLowerBounds(b.problem, conflicts, plan);
  EXPECT_EQ(plan.lowerBound, 35u);
  EXPECT_EQ(plan.poolLowerBounds, (std::vector<uint64_t>{15, 20}));
}

// Against a direct count at every time step of small random problems.
TEST(LowerBoundTest, MaxLiveMatchesCountingEveryMoment) {
  TestRandom random(11);
  RandomShape shape;
  shape.explicitConflictPercent = 0;
  for (int round = 0; round < 500; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    uint64_t expected = 0;
    for (int64_t t = 0; t < 2 * shape.horizon; ++t) {
      uint64_t live = 0;
      for (const Buffer &buffer : problem.buffers)
        if (std::any_of(
                buffer.intervals.begin(), buffer.intervals.end(),
                [&](const Interval &i) { return i.start <= t && t < i.end; }))
          live += buffer.size;
      expected = std::max(expected, live);
    }
    ASSERT_EQ(computeMaxLiveBytes(problem), expected) << "round " << round;
  }
}

} // namespace
