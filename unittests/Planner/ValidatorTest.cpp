//===- ValidatorTest.cpp - Every way a plan can be wrong ------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"

#include "memplan/Planner/Validator.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

/// Two conflicting buffers and one that conflicts with nothing; pool "fast"
/// holds 64 bytes with alignment 8, "slow" is unbounded.
struct ValidatorTest : ::testing::Test {
  ValidatorTest() {
    b.addPool("fast", 64, 8);
    b.addPool("slow");
    b.addBuffer("x", 16, {{0, 4}});
    b.addBuffer("y", 16, {{2, 6}}, 16);
    b.addBuffer("z", 40, {{8, 9}});
    b.problem.buffers[2].candidatePools = {0};
    plan.placements = {{0, 0}, {0, 16}, {0, 0}};
  }

  std::string validate() {
    computePoolSizes(b.problem, plan);
    llvm::Error error = validatePlan(b.problem, plan);
    return error ? llvm::toString(std::move(error)) : "";
  }

  ProblemBuilder b;
  Plan plan;
};

TEST_F(ValidatorTest, AcceptsAValidPlan) { EXPECT_EQ(validate(), ""); }

TEST_F(ValidatorTest, Overlap) {
  plan.placements[1].offset = 0;
  EXPECT_EQ(validate(), "conflicting buffers 'x' [0, 16) and 'y' [0, 16) "
                        "overlap in pool 'fast'");
}

TEST_F(ValidatorTest, NoOverlapAcrossPoolsOrWithoutConflict) {
  plan.placements[1] = {1, 0};
  plan.placements[2] = {0, 8}; // Overlaps x and y in bytes, not in time.
  EXPECT_EQ(validate(), "");
}

TEST_F(ValidatorTest, EmptyBuffersOverlapNothing) {
  b.problem.buffers[0].size = 0;
  plan.placements[0].offset = 24; // Inside y's bytes.
  EXPECT_EQ(validate(), "");
}

TEST_F(ValidatorTest, BufferAlignment) {
  plan.placements[1].offset = 24; // A multiple of the pool's 8, not of 16.
  EXPECT_EQ(validate(),
            "buffer 'y' at offset 24 in pool 'fast' is not aligned to 16");
}

TEST_F(ValidatorTest, PoolAlignment) {
  plan.placements[0] = {0, 20};
  plan.placements[1] = {1, 0};
  EXPECT_EQ(validate(),
            "buffer 'x' at offset 20 in pool 'fast' is not aligned to 8");
}

TEST_F(ValidatorTest, Capacity) {
  plan.placements[2].offset = 32;
  EXPECT_EQ(validate(),
            "buffer 'z' [32, 72) exceeds the capacity 64 of pool 'fast'");
}

TEST_F(ValidatorTest, CandidatePool) {
  plan.placements[2].pool = 1;
  EXPECT_EQ(validate(), "buffer 'z' is in pool 'slow', which is not one of "
                        "its candidates");
}

TEST_F(ValidatorTest, PoolThatDoesNotExist) {
  plan.placements[0].pool = 5;
  EXPECT_EQ(validate(), "buffer 'x' is in pool #5, which does not exist");
}

TEST_F(ValidatorTest, WrongPoolSizes) {
  computePoolSizes(b.problem, plan);
  plan.poolSizes[0] = 100;
  llvm::Error error = validatePlan(b.problem, plan);
  EXPECT_EQ(llvm::toString(std::move(error)),
            "pool 'fast' has size 100 in the plan but its buffers use 40 "
            "bytes");
}

TEST_F(ValidatorTest, MissingPlacements) {
  plan.placements.pop_back();
  EXPECT_EQ(validate(), "the plan places 2 buffers of 3");
}

} // namespace
