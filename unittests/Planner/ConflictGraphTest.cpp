//===- ConflictGraphTest.cpp - The sweep-built conflict graph -------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "memplan/Planner/ConflictGraph.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

std::vector<BufferId> conflictsOf(const ConflictGraph &graph, BufferId id) {
  llvm::ArrayRef<BufferId> row = graph.getConflicts(id);
  return std::vector<BufferId>(row.begin(), row.end());
}

TEST(ConflictGraphTest, HalfOpenIntervals) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 1, {{0, 5}});
  b.addBuffer("y", 1, {{5, 9}}); // Starts when x ends: no conflict.
  b.addBuffer("z", 1, {{4, 6}}); // Overlaps both.
  ConflictGraph graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{2}));
  EXPECT_EQ(conflictsOf(graph, 1), (std::vector<BufferId>{2}));
  EXPECT_EQ(conflictsOf(graph, 2), (std::vector<BufferId>{0, 1}));
  EXPECT_EQ(graph.getNumPairs(), 2u);
  EXPECT_TRUE(graph.conflict(2, 0));
  EXPECT_FALSE(graph.conflict(0, 1));
}

TEST(ConflictGraphTest, ExplicitConflictsAreSymmetricAndMerged) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", 1, {{0, 5}});
  b.addBuffer("y", 1, {{2, 3}});
  b.addBuffer("z", 1);
  b.addConflict("x", "y"); // Also an interval conflict: one edge.
  b.addConflict("y", "x");
  b.addConflict("z", "x"); // Listed on one side only.
  ConflictGraph graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{1, 2}));
  EXPECT_EQ(conflictsOf(graph, 1), (std::vector<BufferId>{0}));
  EXPECT_EQ(conflictsOf(graph, 2), (std::vector<BufferId>{0}));
  EXPECT_EQ(graph.getNumPairs(), 2u);
}

// A buffer with several intervals, two of them overlapping each other:
// never its own conflict, each other buffer once.
TEST(ConflictGraphTest, SeveralIntervals) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("called", 1, {{0, 4}, {2, 6}, {10, 12}});
  b.addBuffer("early", 1, {{1, 3}});
  b.addBuffer("late", 1, {{11, 20}});
  b.addBuffer("between", 1, {{6, 10}});
  ConflictGraph graph(b.problem);
  EXPECT_EQ(conflictsOf(graph, 0), (std::vector<BufferId>{1, 2}));
  EXPECT_EQ(conflictsOf(graph, 3), (std::vector<BufferId>{}));
}

TEST(ConflictGraphTest, MatchesTheDefinitionOnRandomProblems) {
  TestRandom random(7);
  RandomShape shape;
  shape.maxBuffers = 40;
  for (int round = 0; round < 500; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    ConflictGraph graph(problem);
    uint64_t pairs = 0;
    for (BufferId a = 0; a < problem.buffers.size(); ++a) {
      std::vector<BufferId> expected;
      for (BufferId b = 0; b < problem.buffers.size(); ++b)
        if (conflictByDefinition(problem, a, b))
          expected.push_back(b);
      pairs += expected.size();
      ASSERT_EQ(conflictsOf(graph, a), expected) << "round " << round;
    }
    EXPECT_EQ(graph.getNumPairs() * 2, pairs);
  }
}

} // namespace
