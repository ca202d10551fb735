//===- SharingTest.cpp - Buffers that may share an address ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"
#include "memplan/Planner/Validator.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

std::string validate(const Problem &problem, Plan plan) {
  computePoolSizes(problem, plan);
  llvm::Error error = validatePlan(problem, plan);
  return error ? llvm::toString(std::move(error)) : "";
}

std::string verify(const Problem &problem) {
  llvm::Error error = verifyProblem(problem);
  return error ? llvm::toString(std::move(error)) : "";
}

/// A chain of `k` elementwise ops on 16384-byte buffers: buffer i is written
/// at tick i and read (for the last time) at tick i + 1, so neighbours are
/// live together for one tick.
ProblemBuilder makeChain(unsigned k, bool withShares) {
  ProblemBuilder b;
  b.addPool("workspace");
  for (unsigned i = 0; i < k; ++i)
    b.addBuffer("b" + std::to_string(i), 16384, {{int64_t(i), int64_t(i) + 2}});
  if (withShares)
    for (unsigned i = 0; i + 1 < k; ++i)
      b.problem.shares.push_back({i, i + 1});
  return b;
}

TEST(SharingTest, ChainNeedsOneBufferWhenSharing) {
  for (const std::string &algorithm : getAlgorithmNames()) {
    SCOPED_TRACE(algorithm);
    PlannerOptions options;
    options.algorithm = algorithm;
    options.workBudget = 200000;
    // Without shares two neighbours are live at once: at least 2 * 16384
    // (two slots used alternately suffice; the greedy orders may take more).
    ProblemBuilder separate = makeChain(5, /*withShares=*/false);
    llvm::Expected<Plan> alone = plan(separate.problem, options);
    ASSERT_TRUE(bool(alone)) << llvm::toString(alone.takeError());
    EXPECT_EQ(alone->lowerBound, 2u * 16384);
    EXPECT_GE(alone->getTotalSize(), 2u * 16384);
    if (algorithm == "default" || algorithm == "exact") {
      EXPECT_EQ(alone->getTotalSize(), 2u * 16384);
    }
    // With each neighbour pair sharing, every buffer sits at one address.
    ProblemBuilder shared = makeChain(5, /*withShares=*/true);
    llvm::Expected<Plan> together = plan(shared.problem, options);
    ASSERT_TRUE(bool(together)) << llvm::toString(together.takeError());
    EXPECT_EQ(together->getTotalSize(), 16384u);
    EXPECT_EQ(together->lowerBound, 16384u);
    for (unsigned i = 0; i < 5; ++i)
      EXPECT_EQ(together->placements[i], together->placements[0]);
    EXPECT_EQ(validate(shared.problem, *together), "");
  }
}

TEST(SharingTest, PlannerDeclinesSharingThatPacksWorse) {
  // a (10 bytes, [0, 2)) may share with b (100 bytes, [1, 10)); c (90 bytes,
  // [0, 1)) is live with a only. Apart: b at 0, a at 100, c over b's bytes
  // at 0: 110 bytes (a and b are live together: no plan uses fewer). Shared:
  // a+b become one 100-byte buffer live at tick 0 with c: 190 bytes.
  ProblemBuilder b;
  b.addPool("workspace");
  b.addBuffer("a", 10, {{0, 2}});
  b.addBuffer("b", 100, {{1, 10}});
  b.addBuffer("c", 90, {{0, 1}});
  b.problem.shares.push_back({0, 1});
  PlannerOptions options;
  options.workBudget = 200000;
  llvm::Expected<Plan> result = plan(b.problem, options);
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  EXPECT_EQ(result->getTotalSize(), 110u);
  EXPECT_NE(result->placements[0].offset, result->placements[1].offset);
  // The relaxation's bound: a+b as 10 bytes over [0, 10), c at tick 0: 100.
  EXPECT_EQ(result->lowerBound, 100u);
  EXPECT_FALSE(result->provenOptimal);
}

TEST(SharingTest, GroupWithNonPairOverlapStaysApart) {
  // a [0, 3) shares with b [1, 4), b with c [2, 5); a and c are live together
  // at tick 2 without being a pair, so the group cannot sit at one address:
  // the three 8-byte buffers are all live at tick 2, 24 bytes.
  ProblemBuilder b;
  b.addPool("workspace");
  b.addBuffer("a", 8, {{0, 3}});
  b.addBuffer("b", 8, {{1, 4}});
  b.addBuffer("c", 8, {{2, 5}});
  b.problem.shares = {{0, 1}, {1, 2}};
  llvm::Expected<Plan> result = plan(b.problem);
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  EXPECT_EQ(result->getTotalSize(), 24u);
}

TEST(SharingTest, NoCommonPoolStaysApart) {
  // a may only use pool p, b only q: they cannot share an address.
  ProblemBuilder b;
  b.addPool("p");
  b.addPool("q");
  b.addBuffer("a", 8, {{0, 2}});
  b.addBuffer("b", 8, {{1, 3}});
  b.problem.buffers[0].candidatePools = {0};
  b.problem.buffers[1].candidatePools = {1};
  b.problem.shares = {{0, 1}};
  llvm::Expected<Plan> result = plan(b.problem);
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  EXPECT_EQ(result->poolSizes, (std::vector<uint64_t>{8, 8}));
}

TEST(SharingTest, SharingMakesACapacityFit) {
  // Two 16-byte buffers live together in a 16-byte pool fit only shared.
  ProblemBuilder b;
  b.addPool("sram", 16);
  b.addBuffer("a", 16, {{0, 2}});
  b.addBuffer("b", 16, {{1, 3}});
  EXPECT_FALSE(bool(plan(b.problem)));
  llvm::consumeError(plan(b.problem).takeError());
  b.problem.shares = {{1, 0}};
  llvm::Expected<Plan> result = plan(b.problem);
  ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
  EXPECT_EQ(result->getTotalSize(), 16u);
}

TEST(SharingTest, ValidatorAcceptsOverlapOnlyAtOneAddress) {
  ProblemBuilder b;
  b.addPool("workspace");
  b.addBuffer("a", 16, {{0, 2}});
  b.addBuffer("b", 16, {{1, 3}});
  b.addBuffer("c", 16, {{1, 3}});
  b.problem.shares = {{0, 1}};
  Plan plan;
  plan.placements = {{0, 0}, {0, 0}, {0, 16}};
  EXPECT_EQ(validate(b.problem, plan), "");
  // The pair partly overlapping in bytes is a conflict.
  plan.placements = {{0, 0}, {0, 8}, {0, 24}};
  EXPECT_EQ(validate(b.problem, plan),
            "conflicting buffers 'a' [0, 16) and 'b' [8, 24) overlap in pool "
            "'workspace'");
  // a and c are no pair.
  plan.placements = {{0, 0}, {0, 16}, {0, 0}};
  EXPECT_EQ(validate(b.problem, plan),
            "conflicting buffers 'a' [0, 16) and 'c' [0, 16) overlap in pool "
            "'workspace'");
}

TEST(SharingTest, VerifyRejectsBadPairs) {
  ProblemBuilder b;
  b.addPool("workspace");
  b.addBuffer("a", 16, {{0, 2}});
  b.addBuffer("b", 16, {{1, 3}});
  b.problem.shares = {{0, 0}};
  EXPECT_EQ(verify(b.problem), "buffer 'a' shares with itself");
  b.problem.shares = {{0, 2}};
  EXPECT_EQ(verify(b.problem),
            "share of buffers #0 and #2: a buffer does not exist");
  b.problem.shares = {{0, 1}};
  b.addConflict("b", "a");
  EXPECT_EQ(verify(b.problem),
            "buffers 'a' and 'b' both conflict and may share");
}

TEST(SharingTest, JSONKeepsPairsCSVRefusesThem) {
  ProblemBuilder b = makeChain(3, /*withShares=*/true);
  std::string text;
  llvm::raw_string_ostream os(text);
  writeProblemJSON(b.problem, os);
  llvm::Expected<Problem> back = readProblemJSON(text, "chain.json");
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  ASSERT_EQ(back->shares.size(), 2u);
  EXPECT_EQ(back->shares[0].first, 0u);
  EXPECT_EQ(back->shares[0].second, 1u);
  EXPECT_EQ(back->shares[1].first, 1u);
  EXPECT_EQ(back->shares[1].second, 2u);
  std::string csv;
  llvm::raw_string_ostream csvStream(csv);
  llvm::Error error = writeProblemCSV(b.problem, csvStream);
  ASSERT_TRUE(bool(error));
  EXPECT_EQ(llvm::toString(std::move(error)),
            "the problem cannot be written as CSV: it has buffers that may "
            "share an address");
}

} // namespace
