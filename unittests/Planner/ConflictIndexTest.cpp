//===- ConflictIndexTest.cpp - Conflicts from the time structure ---------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "Heuristics/SlotMaxTree.h"

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Validator.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

std::vector<BufferId> conflictsOf(const ConflictIndex &graph, BufferId id) {
  return graph.getConflicts(id);
}

TEST(ConflictIndexTest, HalfOpenIntervals) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 1, {{0, 5}});
  b.addBuffer("y", 1, {{5, 9}}); // Starts when x ends: no conflict.
  b.addBuffer("z", 1, {{4, 6}}); // Overlaps both.
  ConflictIndex graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{2}));
  EXPECT_EQ(conflictsOf(graph, 1), (std::vector<BufferId>{2}));
  EXPECT_EQ(conflictsOf(graph, 2), (std::vector<BufferId>{0, 1}));
  EXPECT_EQ(graph.getNumPairs(), 2u);
  EXPECT_TRUE(graph.conflict(2, 0));
  EXPECT_FALSE(graph.conflict(0, 1));
}

TEST(ConflictIndexTest, ExplicitConflictsAreSymmetricAndMerged) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 1, {{0, 5}});
  b.addBuffer("y", 1, {{2, 3}});
  b.addBuffer("z", 1);
  b.addConflict("x", "y"); // Also an interval conflict: one edge.
  b.addConflict("y", "x");
  b.addConflict("z", "x"); // Listed on one side only.
  ConflictIndex graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{1, 2}));
  EXPECT_EQ(conflictsOf(graph, 1), (std::vector<BufferId>{0}));
  EXPECT_EQ(conflictsOf(graph, 2), (std::vector<BufferId>{0}));
  EXPECT_EQ(graph.getNumPairs(), 2u);
}

// A buffer with several intervals, two of them overlapping each other:
// never its own conflict, each other buffer once.
TEST(ConflictIndexTest, SeveralIntervals) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("called", 1, {{0, 4}, {2, 6}, {10, 12}});
  b.addBuffer("early", 1, {{1, 3}});
  b.addBuffer("late", 1, {{11, 20}});
  b.addBuffer("between", 1, {{6, 10}});
  ConflictIndex graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{1, 2}));
  EXPECT_EQ(conflictsOf(graph, 3), (std::vector<BufferId>{}));
}

TEST(ConflictIndexTest, MatchesTheDefinitionOnRandomProblems) {
  TestRandom random(7);
  RandomShape shape;
  shape.maxBuffers = 40;
  for (int round = 0; round < 500; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    ConflictIndex graph(problem);
    uint64_t pairs = 0;
    for (BufferId a = 0; a < problem.buffers.size(); ++a) {
      std::vector<BufferId> expected;
      for (BufferId b = 0; b < problem.buffers.size(); ++b)
        if (conflictByDefinition(problem, a, b))
          expected.push_back(b);
      pairs += expected.size();
      ASSERT_EQ(conflictsOf(graph, a), expected) << "round " << round;
      ASSERT_EQ(graph.getNumConflicts(a), expected.size()) << "round " << round;
      uint64_t bytes = 0;
      for (BufferId b : expected)
        bytes += problem.buffers[b].size;
      ASSERT_EQ(graph.getConflictBytes(a), bytes) << "round " << round;
      for (BufferId b = 0; b < problem.buffers.size(); ++b)
        ASSERT_EQ(graph.conflict(a, b), conflictByDefinition(problem, a, b))
            << "round " << round << " " << a << " " << b;
    }
    EXPECT_EQ(graph.getNumPairs() * 2, pairs);
  }
}

// One interval per buffer and no explicit conflict: the degrees and bytes
// come from counting (binary searches), not from listing; the same checks.
TEST(ConflictIndexTest, CountedDegreesMatchTheDefinition) {
  TestRandom random(11);
  RandomShape shape;
  shape.maxBuffers = 60;
  shape.maxIntervals = 1;
  shape.explicitConflictPercent = 0;
  for (int round = 0; round < 300; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    ConflictIndex graph(problem);
    for (BufferId a = 0; a < problem.buffers.size(); ++a) {
      unsigned degree = 0;
      uint64_t bytes = 0;
      for (BufferId b = 0; b < problem.buffers.size(); ++b)
        if (conflictByDefinition(problem, a, b)) {
          ++degree;
          bytes += problem.buffers[b].size;
        }
      ASSERT_EQ(graph.getNumConflicts(a), degree) << "round " << round;
      ASSERT_EQ(graph.getConflictBytes(a), bytes) << "round " << round;
    }
  }
}

// The sections: the distinct end points x=0,5 y=5,9 z=4,6 are 0 4 5 6 9,
// four sections [0,4) [4,5) [5,6) [6,9); x covers the first two.
TEST(ConflictIndexTest, SectionsAreBetweenDistinctEndPoints) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 1, {{0, 5}});
  b.addBuffer("y", 1, {{5, 9}});
  b.addBuffer("z", 1, {{4, 6}, {5, 9}}); // Overlapping intervals merge.
  ConflictIndex index(b.problem);
  EXPECT_EQ(index.getNumSections(), 4u);
  ASSERT_EQ(index.getSections(0).size(), 1u);
  EXPECT_EQ(index.getSections(0)[0].first, 0u);
  EXPECT_EQ(index.getSections(0)[0].last, 2u);
  ASSERT_EQ(index.getSections(2).size(), 1u);
  EXPECT_EQ(index.getSections(2)[0].first, 1u);
  EXPECT_EQ(index.getSections(2)[0].last, 4u);
}

// The skyline against a plain array of sections, on random raises and reads.
TEST(ConflictIndexTest, SlotMaxTreeMatchesAnArray) {
  TestRandom random(5);
  for (int round = 0; round < 200; ++round) {
    unsigned numSections = random.range(1, 40);
    SlotMaxTree tree(numSections);
    std::vector<uint64_t> slots(numSections, 0);
    for (int step = 0; step < 60; ++step) {
      unsigned first = random.range(0, numSections - 1);
      unsigned last = random.range(first + 1, numSections);
      if (random.chance(50)) {
        uint64_t value = random.range(1, 1000);
        tree.raise({first, last}, value);
        for (unsigned s = first; s < last; ++s)
          slots[s] = std::max(slots[s], value);
        continue;
      }
      uint64_t expected = 0;
      for (unsigned s = first; s < last; ++s)
        expected = std::max(expected, slots[s]);
      ASSERT_EQ(tree.getMax({first, last}), expected)
          << "round " << round << " [" << first << ", " << last << ")";
    }
  }
}

// The sweep validator against the pair-by-pair definition, on random plans
// (random offsets: about half of them overlap somewhere).
TEST(ConflictIndexTest, SweepValidatorMatchesTheDefinition) {
  TestRandom random(3);
  RandomShape shape;
  shape.maxBuffers = 12;
  shape.alignments = false;
  shape.boundedPoolPercent = 0;
  unsigned invalid = 0, valid = 0;
  for (int round = 0; round < 2000; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    Plan plan;
    plan.poolSizes.assign(problem.pools.size(), 0);
    for (BufferId id = 0; id < problem.buffers.size(); ++id) {
      std::vector<PoolId> pools = problem.getCandidatePools(id);
      Placement placement{pools[random.range(0, pools.size() - 1)],
                          random.range(0, 400)};
      plan.placements.push_back(placement);
      uint64_t &size = plan.poolSizes[placement.pool];
      size = std::max(size, placement.offset + problem.buffers[id].size);
    }
    std::string expected = checkPlanByDefinition(problem, plan);
    llvm::Error error = validatePlan(problem, plan);
    bool rejected = bool(error);
    llvm::consumeError(std::move(error));
    ASSERT_EQ(rejected, !expected.empty())
        << "round " << round << ": " << expected;
    ++(rejected ? invalid : valid);
  }
  // Both outcomes occur often enough for the comparison to mean something.
  EXPECT_GT(invalid, 200u);
  EXPECT_GT(valid, 200u);
}

} // namespace
