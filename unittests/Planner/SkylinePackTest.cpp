//===- SkylinePackTest.cpp - Sweep fit and skyline floor packing ----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The packings of Heuristics/SkylinePack.h against brute force: the sweep
// fit against a pair-by-pair best fit in the same order, the floor packer
// against the property that defines it (every buffer rests on the aligned
// highest end of its conflicts below it), both against the pair-by-pair
// validity check.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "Heuristics/GapFit.h"
#include "Heuristics/SkylinePack.h"

#include "memplan/Planner/ConflictIndex.h"

#include "gtest/gtest.h"

#include <numeric>
#include <tuple>

using namespace memplan;
using namespace memplan::test;

namespace {

/// A plan of one pool from a packing of every buffer of `problem`.
Plan makePoolPlan(const Problem &problem, const PoolPacking &packing) {
  Plan plan;
  plan.poolSizes.assign(problem.pools.size(), 0);
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    plan.placements.push_back({0, packing.offsets[id]});
    if (problem.buffers[id].size != 0)
      plan.poolSizes[0] = std::max(
          plan.poolSizes[0], packing.offsets[id] + problem.buffers[id].size);
  }
  return plan;
}

std::vector<BufferId> allBuffers(const Problem &problem) {
  std::vector<BufferId> ids(problem.buffers.size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

/// One pool, one interval per buffer (or none), no explicit conflicts.
Problem makeIntervalProblem(TestRandom &random, bool alignments) {
  RandomShape shape;
  shape.maxBuffers = 40;
  shape.maxPools = 1;
  shape.maxIntervals = 1;
  shape.explicitConflictPercent = 0;
  shape.boundedPoolPercent = 0;
  shape.alignments = alignments;
  return makeRandomProblem(random, shape);
}

/// The sweep fit by brute force: buffers by start, then end descending,
/// then size descending, then id; each in the smallest gap (lowest first
/// among equal gaps) between the placed buffers overlapping it in time,
/// found pair by pair, else above them all. Alignment 1 only.
std::vector<uint64_t> sweepFitByDefinition(const Problem &problem) {
  std::vector<BufferId> order;
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.buffers[id].size != 0 && !problem.buffers[id].intervals.empty())
      order.push_back(id);
  auto key = [&](BufferId id) {
    const Interval &interval = problem.buffers[id].intervals.front();
    return std::make_tuple(interval.start, -interval.end,
                           ~problem.buffers[id].size, id);
  };
  std::sort(order.begin(), order.end(),
            [&](BufferId a, BufferId b) { return key(a) < key(b); });
  std::vector<uint64_t> offsets(problem.buffers.size(), 0);
  std::vector<BufferId> placed;
  for (BufferId id : order) {
    std::vector<std::pair<uint64_t, uint64_t>> occupied;
    for (BufferId other : placed)
      if (conflictByDefinition(problem, id, other))
        occupied.push_back(
            {offsets[other], offsets[other] + problem.buffers[other].size});
    std::sort(occupied.begin(), occupied.end());
    uint64_t size = problem.buffers[id].size, top = 0;
    std::optional<uint64_t> best, bestGap;
    for (auto [offset, end] : occupied) {
      if (offset >= top + size && (!bestGap || offset - top < *bestGap)) {
        best = top;
        bestGap = offset - top;
      }
      top = std::max(top, end);
    }
    offsets[id] = best ? *best : top;
    placed.push_back(id);
  }
  return offsets;
}

TEST(SkylinePackTest, SweepFitMatchesBruteForce) {
  for (uint64_t seed = 0; seed < 300; ++seed) {
    TestRandom random(seed);
    Problem problem = makeIntervalProblem(random, /*alignments=*/false);
    ConflictIndex conflicts(problem);
    uint64_t work = 0;
    std::optional<PoolPacking> packing =
        packBySweepFit(problem, conflicts, 0, allBuffers(problem), work);
    ASSERT_TRUE(packing) << "seed " << seed;
    std::vector<uint64_t> expected = sweepFitByDefinition(problem);
    for (BufferId id = 0; id < problem.buffers.size(); ++id) {
      if (problem.buffers[id].size != 0) {
        EXPECT_EQ(packing->offsets[id], expected[id])
            << "seed " << seed << ", buffer " << id;
      }
    }
    EXPECT_EQ(checkPlanByDefinition(problem, makePoolPlan(problem, *packing)),
              "")
        << "seed " << seed;
  }
}

TEST(SkylinePackTest, SweepFitIsValidWithAlignments) {
  for (uint64_t seed = 0; seed < 300; ++seed) {
    TestRandom random(seed);
    Problem problem = makeIntervalProblem(random, /*alignments=*/true);
    ConflictIndex conflicts(problem);
    uint64_t work = 0;
    std::optional<PoolPacking> packing =
        packBySweepFit(problem, conflicts, 0, allBuffers(problem), work);
    ASSERT_TRUE(packing);
    Plan plan = makePoolPlan(problem, *packing);
    EXPECT_EQ(checkPlanByDefinition(problem, plan), "") << "seed " << seed;
    EXPECT_EQ(packing->peak, plan.poolSizes[0]) << "seed " << seed;
  }
}

// Hand-derived. Order: a [0,10) (the longest of those starting at 0), c
// [0,2) (larger than b), b [0,2), d [2,4), e [3,5). a at 0; c above it at
// 4 (no gap); b above both at 10. At 2, b and c end: only a (0..4) is live,
// d goes on top at 4; e [3,5) meets a and d (0..9, no gap): 9. Peak 12.
TEST(SkylinePackTest, SweepFitHandExample) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("a", 4, {{0, 10}});
  b.addBuffer("b", 2, {{0, 2}});
  b.addBuffer("c", 6, {{0, 2}});
  b.addBuffer("d", 5, {{2, 4}});
  b.addBuffer("e", 1, {{3, 5}});
  ConflictIndex conflicts(b.problem);
  uint64_t work = 0;
  std::optional<PoolPacking> packing =
      packBySweepFit(b.problem, conflicts, 0, allBuffers(b.problem), work);
  ASSERT_TRUE(packing);
  EXPECT_EQ(packing->offsets, (std::vector<uint64_t>{0, 10, 4, 4, 9}));
  EXPECT_EQ(packing->peak, 12u);
  EXPECT_GT(work, 0u);
}

// A buffer with two separate intervals would escape the sweep: refused.
TEST(SkylinePackTest, SweepFitRefusesSeveralRanges) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("a", 4, {{0, 2}, {5, 7}});
  b.addBuffer("b", 4, {{3, 6}});
  ConflictIndex conflicts(b.problem);
  uint64_t work = 0;
  EXPECT_FALSE(
      packBySweepFit(b.problem, conflicts, 0, allBuffers(b.problem), work));
}

TEST(SkylinePackTest, FloorPackingRestsOnConflictsBelow) {
  RandomShape shape;
  shape.maxBuffers = 30;
  shape.maxPools = 1;
  shape.boundedPoolPercent = 0;
  for (uint64_t seed = 0; seed < 300; ++seed) {
    TestRandom random(seed);
    Problem problem = makeRandomProblem(random, shape);
    ConflictIndex conflicts(problem);
    for (SkylinePriority priority :
         {SkylinePriority::Area, SkylinePriority::Size,
          SkylinePriority::Start}) {
      uint64_t work = 0;
      std::optional<PoolPacking> packing =
          packOnSkyline(problem, conflicts, 0, allBuffers(problem), priority,
                        UINT64_MAX, work);
      ASSERT_TRUE(packing);
      Plan plan = makePoolPlan(problem, *packing);
      EXPECT_EQ(checkPlanByDefinition(problem, plan), "") << "seed " << seed;
      EXPECT_EQ(packing->peak, plan.poolSizes[0]);
      // Offsets grow along the packing, so the conflicts placed before a
      // buffer are those below it; it sits on the highest of their ends.
      for (BufferId id = 0; id < problem.buffers.size(); ++id) {
        if (problem.buffers[id].size == 0)
          continue;
        uint64_t floor = 0;
        for (BufferId other = 0; other < problem.buffers.size(); ++other)
          if (problem.buffers[other].size != 0 &&
              packing->offsets[other] < packing->offsets[id] &&
              conflictByDefinition(problem, id, other))
            floor = std::max(floor, packing->offsets[other] +
                                        problem.buffers[other].size);
        uint64_t alignment = problem.getAlignment(id, 0);
        EXPECT_EQ(packing->offsets[id],
                  (floor + alignment - 1) / alignment * alignment)
            << "seed " << seed << ", buffer " << id;
      }
      // The lowest floor goes first: when `first` was placed, every buffer
      // placed higher had a floor at least as high, even counting all its
      // conflicts up to first's offset (first excluded) as placed.
      for (BufferId first = 0; first < problem.buffers.size(); ++first) {
        uint64_t at = packing->offsets[first];
        for (BufferId later = 0; later < problem.buffers.size(); ++later) {
          if (problem.buffers[first].size == 0 ||
              problem.buffers[later].size == 0 || packing->offsets[later] <= at)
            continue;
          uint64_t floor = 0;
          for (BufferId other = 0; other < problem.buffers.size(); ++other)
            if (other != first && problem.buffers[other].size != 0 &&
                packing->offsets[other] <= at &&
                conflictByDefinition(problem, later, other))
              floor = std::max(floor, packing->offsets[other] +
                                          problem.buffers[other].size);
          uint64_t alignment = problem.getAlignment(later, 0);
          EXPECT_GE((floor + alignment - 1) / alignment * alignment, at)
              << "seed " << seed << ": " << later << " waited below " << first;
        }
      }
    }
  }
}

// Hand-derived; the three buffers conflict pairwise. Priority Size: every
// floor is 0 at first; c (8 bytes) goes first at 0; a [0,4) and b [2,6)
// then both have floor 8 (c's end); a is larger, goes at 8, and b lands on
// a at 13. Priority Start: a (starts at 0) at 0; b and c both have floor 5
// (a's end); b starts earlier, goes at 5; c lands on b at 8.
TEST(SkylinePackTest, FloorPackingHandExample) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("a", 5, {{0, 4}});
  b.addBuffer("b", 3, {{2, 6}});
  b.addBuffer("c", 8, {{3, 5}});
  ConflictIndex conflicts(b.problem);
  uint64_t work = 0;
  std::optional<PoolPacking> bySize =
      packOnSkyline(b.problem, conflicts, 0, allBuffers(b.problem),
                    SkylinePriority::Size, UINT64_MAX, work);
  ASSERT_TRUE(bySize);
  EXPECT_EQ(bySize->offsets, (std::vector<uint64_t>{8, 13, 0}));
  EXPECT_EQ(bySize->peak, 16u);
  std::optional<PoolPacking> byStart =
      packOnSkyline(b.problem, conflicts, 0, allBuffers(b.problem),
                    SkylinePriority::Start, UINT64_MAX, work);
  ASSERT_TRUE(byStart);
  EXPECT_EQ(byStart->offsets, (std::vector<uint64_t>{0, 5, 8}));
  EXPECT_EQ(byStart->peak, 16u);
}

// The work limit cuts a packing (none), deterministically: the same work
// each time, and the full packing's work is above the limit.
TEST(SkylinePackTest, FloorPackingStopsAtTheWorkLimit) {
  TestRandom random(7);
  RandomShape shape;
  shape.maxBuffers = 40;
  shape.maxPools = 1;
  Problem problem = makeRandomProblem(random, shape);
  while (problem.buffers.size() < 10)
    problem = makeRandomProblem(random, shape);
  ConflictIndex conflicts(problem);
  uint64_t fullWork = 0;
  ASSERT_TRUE(packOnSkyline(problem, conflicts, 0, allBuffers(problem),
                            SkylinePriority::Area, UINT64_MAX, fullWork));
  uint64_t first = 0, second = 0;
  EXPECT_FALSE(packOnSkyline(problem, conflicts, 0, allBuffers(problem),
                             SkylinePriority::Area, fullWork / 2, first));
  EXPECT_FALSE(packOnSkyline(problem, conflicts, 0, allBuffers(problem),
                             SkylinePriority::Area, fullWork / 2, second));
  EXPECT_EQ(first, second);
  EXPECT_GE(first, fullWork / 2);
}

} // namespace

namespace {

// Many time-overlapping pairs, a small budget: one gap-fit placement would
// cost more than the whole budget, so the portfolio must not run it; the
// plan is the same, with the same work, on every run.
TEST(SkylinePackTest, PortfolioSkipsGapFitBeyondTheBudget) {
  ProblemBuilder b;
  b.addPool("p");
  TestRandom random(3);
  // 1500 buffers, each live for 400 steps from a random start in [0, 2000):
  // about 1500 x 1500 x (2 x 400 / 2000) / 2 = 450000 pairs, more than the
  // budget even before the sorting estimateGapFitWork adds.
  for (unsigned i = 0; i < 1500; ++i) {
    int64_t start = random.range(0, 1999);
    b.addBuffer("b" + std::to_string(i), random.range(1, 1000),
                {{start, start + 400}});
  }
  PlannerOptions options = makeTestOptions("heuristics");
  options.workBudget = 300000;
  ConflictIndex conflicts(b.problem);
  PlanningContext context(b.problem, conflicts, options);
  uint64_t gapFitWork = estimateGapFitWork(context);
  ASSERT_GT(gapFitWork, options.workBudget);

  llvm::Expected<Plan> first = plan(b.problem, options);
  llvm::Expected<Plan> second = plan(b.problem, options);
  ASSERT_TRUE(bool(first)) << llvm::toString(first.takeError());
  ASSERT_TRUE(bool(second)) << llvm::toString(second.takeError());
  EXPECT_EQ(checkPlanByDefinition(b.problem, *first), "");
  // A gap-fit placement visits every conflict once: at least the number of
  // pairs times two, which alone exceeds the budget.
  EXPECT_LT(first->work, 2 * conflicts.getNumPairs());
  EXPECT_EQ(first->work, second->work);
  EXPECT_EQ(first->getTotalSize(), second->getTotalSize());
  for (BufferId id = 0; id < b.problem.buffers.size(); ++id)
    EXPECT_EQ(first->placements[id].offset, second->placements[id].offset);
  // Never worse than the sweep fit alone.
  uint64_t sweepWork = 0;
  std::optional<PoolPacking> sweep =
      packBySweepFit(b.problem, conflicts, 0, allBuffers(b.problem), sweepWork);
  ASSERT_TRUE(sweep);
  EXPECT_LE(first->getTotalSize(), sweep->peak);
}

} // namespace
