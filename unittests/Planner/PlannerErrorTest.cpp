//===- PlannerErrorTest.cpp - Errors that name a buffer -------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/PlannerError.h"

#include "gtest/gtest.h"

using namespace memplan;
using namespace memplan::test;

namespace {

/// The buffer of a NoFitError, or std::nullopt for another error; `message`
/// gets the error's text either way.
std::optional<BufferId> takeNoFitBuffer(llvm::Error error,
                                        std::string &message) {
  std::optional<BufferId> buffer;
  llvm::handleAllErrors(
      std::move(error),
      [&](const NoFitError &noFit) {
        buffer = noFit.getBuffer();
        message = noFit.getMessage();
      },
      [&](const llvm::ErrorInfoBase &other) { message = other.message(); });
  return buffer;
}

/// Three 10-byte buffers live together in a 10-byte pool.
Problem makeThreeInTenBytes() {
  ProblemBuilder b;
  b.addPool("sram", 10);
  for (const char *name : {"bi_a", "bi_b", "bi_c"})
    b.addBuffer(name, 10, {{0, 5}});
  return b.problem;
}

// Every heuristic's no-fit error carries the buffer its message names.
// greedy-by-size orders equal buffers by name, descending: bi_c takes the
// pool, and bi_b (id 1) is the first that fits nowhere.
TEST(PlannerErrorTest, NoFitErrorCarriesTheBuffer) {
  Problem problem = makeThreeInTenBytes();
  for (const std::string &algorithm : getAlgorithmNames()) {
    SCOPED_TRACE(algorithm);
    PlannerOptions options;
    options.algorithm = algorithm;
    options.timeLimitSeconds = 0;
    options.workBudget = 200000;
    llvm::Expected<Plan> result = plan(problem, options);
    ASSERT_FALSE(bool(result));
    if (algorithm == "default" || algorithm == "exact") {
      // These check LOAD first: a NoPlanError about the pool, proven.
      llvm::Error error = result.takeError();
      ASSERT_TRUE(error.isA<NoPlanError>());
      llvm::handleAllErrors(std::move(error), [&](const NoPlanError &noPlan) {
        EXPECT_EQ(noPlan.getPool(), std::optional<PoolId>(0));
        EXPECT_TRUE(noPlan.isProvenImpossible());
      });
      continue;
    }
    std::string message;
    std::optional<BufferId> buffer =
        takeNoFitBuffer(result.takeError(), message);
    ASSERT_TRUE(buffer.has_value()) << message;
    ASSERT_LT(*buffer, problem.buffers.size());
    EXPECT_EQ(message.rfind("buffer '" + problem.buffers[*buffer].name +
                                "' (10 bytes) fits in none",
                            0),
              0u)
        << message;
    if (algorithm == "greedy-by-size") {
      EXPECT_EQ(*buffer, 1u);
    }
  }
}

TEST(PlannerErrorTest, ToStringIsTheMessage) {
  llvm::Error error = llvm::make_error<NoFitError>(2, "buffer 'x' is big");
  EXPECT_EQ(llvm::toString(std::move(error)), "buffer 'x' is big");
}

// Appending keeps a NoFitError's kind and buffer; another error keeps its
// text.
TEST(PlannerErrorTest, AppendToErrorMessage) {
  std::string message;
  std::optional<BufferId> buffer = takeNoFitBuffer(
      appendToErrorMessage(llvm::make_error<NoFitError>(4, "no room"),
                           "; and more"),
      message);
  EXPECT_EQ(buffer, std::optional<BufferId>(4));
  EXPECT_EQ(message, "no room; and more");

  buffer = takeNoFitBuffer(
      appendToErrorMessage(
          llvm::createStringError(llvm::inconvertibleErrorCode(), "bad input"),
          "; and more"),
      message);
  EXPECT_FALSE(buffer.has_value());
  EXPECT_EQ(message, "bad input; and more");
}

} // namespace
