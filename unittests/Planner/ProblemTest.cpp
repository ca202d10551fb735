//===- ProblemTest.cpp - The problem model and its verifier ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"

#include "memplan/Planner/Plan.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

std::string verifyMessage(const Problem &problem) {
  llvm::Error error = verifyProblem(problem);
  return error ? llvm::toString(std::move(error)) : "";
}

TEST(ProblemTest, CandidatePoolsDefaultToEveryPool) {
  ProblemBuilder b;
  b.addPool("a");
  b.addPool("b");
  b.addBuffer("x", 1);
  b.addBuffer("y", 1);
  b.problem.buffers[1].candidatePools = {1};
  EXPECT_EQ(b.problem.getCandidatePools(0), (std::vector<PoolId>{0, 1}));
  EXPECT_EQ(b.problem.getCandidatePools(1), (std::vector<PoolId>{1}));
}

TEST(ProblemTest, AlignmentIsTheLargerOfBufferAndPool) {
  ProblemBuilder b;
  b.addPool("a", std::nullopt, 16);
  b.addPool("b", std::nullopt, 1);
  b.addBuffer("x", 1, {}, 4);
  EXPECT_EQ(b.problem.getAlignment(0, 0), 16u);
  EXPECT_EQ(b.problem.getAlignment(0, 1), 4u);
}

TEST(ProblemTest, VerifierAcceptsAValidProblem) {
  ProblemBuilder b;
  b.addPool("a", 100, 8);
  b.addBuffer("x", 10, {{0, 3}, {5, 9}}, 4);
  b.addBuffer("y", 0);
  b.addConflict("x", "y");
  EXPECT_EQ(verifyMessage(b.problem), "");
}

TEST(ProblemTest, VerifierNamesTheCulprit) {
  auto base = [] {
    ProblemBuilder b;
    b.addPool("p");
    b.addBuffer("x", 10, {{0, 3}});
    b.addBuffer("y", 10, {{0, 3}});
    return b;
  };
  ProblemBuilder b = base();
  b.problem.buffers[1].name = "x";
  EXPECT_EQ(verifyMessage(b.problem), "duplicate buffer name 'x'");

  b = base();
  b.addPool("p");
  EXPECT_EQ(verifyMessage(b.problem), "duplicate pool name 'p'");

  b = base();
  b.problem.buffers[0].alignment = 3;
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'x': alignment 3 is not a power of two in [1, 2^62]");

  b = base();
  b.problem.pools[0].alignment = 0;
  EXPECT_EQ(verifyMessage(b.problem),
            "pool 'p': alignment 0 is not a power of two in [1, 2^62]");

  b = base();
  b.problem.buffers[1].intervals = {{4, 4}};
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'y': interval [4, 4) does not start before it ends");

  b = base();
  b.problem.buffers[1].candidatePools = {7};
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'y': candidate pool #7 does not exist");

  b = base();
  b.problem.buffers[1].candidatePools = {0, 0};
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'y': candidate pool 'p' listed twice");

  b = base();
  b.addConflict("y", "y");
  EXPECT_EQ(verifyMessage(b.problem), "buffer 'y': conflicts with itself");

  b = base();
  b.problem.buffers[0].explicitConflicts = {9};
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'x': conflict with buffer #9 which does not exist");

  b = base();
  b.problem.pools.clear();
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'x': no candidate pool (the problem has no pools)");

  b = base();
  b.problem.buffers[0].name = "";
  EXPECT_EQ(verifyMessage(b.problem), "buffer #0 has an empty name");
}

// Sizes summing (with padding) beyond 2^63-1 would overflow offsets.
TEST(ProblemTest, VerifierBoundsTheTotalSize) {
  ProblemBuilder b;
  b.addPool("p");
  b.addBuffer("x", uint64_t(1) << 62);
  b.addBuffer("y", (uint64_t(1) << 62) - 1);
  EXPECT_EQ(verifyMessage(b.problem), "");
  b.addBuffer("z", 1);
  EXPECT_EQ(verifyMessage(b.problem),
            "buffer 'z': the total size of all buffers (with alignment "
            "padding) exceeds 2^63-1 bytes");
}

TEST(ProblemTest, PoolSizesAndTotal) {
  ProblemBuilder b;
  b.addPool("a");
  b.addPool("b");
  b.addBuffer("x", 10);
  b.addBuffer("y", 5);
  b.addBuffer("z", 7);
  Plan plan;
  plan.placements = {{0, 0}, {1, 32}, {0, 20}};
  computePoolSizes(b.problem, plan);
  EXPECT_EQ(plan.poolSizes, (std::vector<uint64_t>{27, 37}));
  EXPECT_EQ(plan.getTotalSize(), 64u);
}

} // namespace
