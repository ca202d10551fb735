//===- FloorPackerTest.cpp - Bottom-up packing and its replay -------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Heuristics/FloorPacker.h"
#include "memplan/Planner/Planner.h"

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "gtest/gtest.h"

#include <numeric>

using namespace memplan;
using namespace memplan::test;

namespace {

std::vector<BufferId> allBuffers(const Problem &problem) {
  std::vector<BufferId> ids(problem.buffers.size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

// x [0, 10) and y [0, 10) conflict; z [20, 30) conflicts with neither. At
// floor 0 the priorities decide: y (priority 2) first at 0, then z (1) at 0,
// then x, whose floor is now y's end, 8, rounded up to its alignment 4... 8.
TEST(FloorPackerTest, LowestFloorThenPriority) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 6, {{0, 10}}, 4);
  b.addBuffer("y", 7, {{0, 10}});
  b.addBuffer("z", 5, {{20, 30}});
  ConflictIndex conflicts(b.problem);
  FloorPacker packer(b.problem, conflicts, 0, allBuffers(b.problem));
  std::optional<uint64_t> peak = packer.pack({0, 2, 1}, ~uint64_t(0));
  ASSERT_TRUE(peak.has_value());
  EXPECT_EQ(packer.getOffsets(), (llvm::ArrayRef<uint64_t>{8, 0, 0}));
  EXPECT_EQ(*peak, 14u);
  // With x first, y goes on top of it at 6.
  peak = packer.pack({3, 2, 1}, ~uint64_t(0));
  EXPECT_EQ(packer.getOffsets(), (llvm::ArrayRef<uint64_t>{0, 6, 0}));
  EXPECT_EQ(*peak, 13u);
  // A limit below the peak stops the packing.
  EXPECT_FALSE(packer.pack({3, 2, 1}, 12).has_value());
}

// Packing again from getFirstChangedStep after a priority swap gives the
// same offsets as packing from scratch, on many random problems.
TEST(FloorPackerTest, ReplayMatchesAFullPacking) {
  TestRandom random(5);
  RandomShape shape;
  shape.maxPools = 1;
  shape.boundedPoolPercent = 0;
  shape.maxBuffers = 30;
  for (int round = 0; round < 300; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    unsigned n = problem.buffers.size();
    if (n < 2)
      continue;
    ConflictIndex conflicts(problem);
    std::vector<BufferId> ids = allBuffers(problem);
    FloorPacker incremental(problem, conflicts, 0, ids);
    FloorPacker scratch(problem, conflicts, 0, ids);
    std::vector<uint32_t> priority(n);
    std::iota(priority.begin(), priority.end(), 0);
    for (unsigned k = n; k > 1; --k)
      std::swap(priority[k - 1], priority[random.range(0, k - 1)]);
    ASSERT_TRUE(incremental.pack(priority, ~uint64_t(0)).has_value());
    for (int swap = 0; swap < 20; ++swap) {
      unsigned a = random.range(0, n - 1), c = random.range(0, n - 1);
      std::vector<std::pair<unsigned, uint32_t>> changes = {{a, priority[a]},
                                                            {c, priority[c]}};
      std::swap(priority[a], priority[c]);
      size_t from = incremental.getFirstChangedStep(priority, changes);
      std::optional<uint64_t> expected = scratch.pack(priority, ~uint64_t(0));
      std::vector<uint64_t> before(incremental.getOffsets().begin(),
                                   incremental.getOffsets().end());
      if (from == n) {
        // Nothing can change: the recorded packing is already the answer.
        EXPECT_EQ(before, std::vector<uint64_t>(scratch.getOffsets().begin(),
                                                scratch.getOffsets().end()))
            << "round " << round;
        continue;
      }
      std::optional<uint64_t> replayed =
          incremental.pack(priority, ~uint64_t(0), from);
      ASSERT_EQ(replayed, expected) << "round " << round;
      ASSERT_EQ(incremental.getOffsets(), scratch.getOffsets())
          << "round " << round;
    }
  }
}

// The floor climb keeps a pool's conflicts as adjacency lists, so a pool with
// more conflicts than its cap (16 M entries, FloorClimb.cpp) is left alone
// whatever the budget: with a 60 s time limit (no work bound) the run still
// ends with the gap-fit plan, well before the clock would have ended a climb.
// 8000 buffers, buffer i live over [i, i + 1100): about 2 x 1100 conflicts
// each, 17.6 M in all; sizes 1 + (7919 i mod 97) leave the gap-fit plan
// above the lower bound, so without the cap the climb would run to the limit.
TEST(FloorPackerTest, FloorClimbLeavesAPoolAboveTheAdjacencyCap) {
  ProblemBuilder b;
  b.addPool("pool");
  for (int64_t i = 0; i < 8000; ++i)
    b.addBuffer("b" + std::to_string(i), 1 + (7919 * i) % 97, {{i, i + 1100}});
  PlannerOptions options;
  options.algorithm = "floor-climb";
  options.timeLimitSeconds = 60;
  llvm::Expected<Plan> result = plan(b.problem, options);
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  ASSERT_GT(result->getTotalSize(), result->lowerBound);
  EXPECT_FALSE(result->timedOut);
}

} // namespace
