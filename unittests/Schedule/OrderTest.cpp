//===- OrderTest.cpp - Tests of memory-aware ordering -----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Expected peaks come from hand derivations (in the comments) and from a
// brute force over every valid order of small random problems.
//
//===----------------------------------------------------------------------===//

#include "memplan/Schedule/Order.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <numeric>
#include <random>

using namespace memplan::schedule;

namespace {

/// Four branches: x (256 bytes) feeds four expansions e_i (16384 bytes),
/// each reduced to r_i (256 bytes); a final node reads r_1..r_4 into out
/// (256 bytes). Program order: the expansions first.
OrderProblem fourBranches() {
  OrderProblem problem;
  // Buffers: 0 x, 1-4 e_i, 5-8 r_i, 9 out.
  problem.buffers.push_back({256});
  for (int i = 0; i < 4; ++i)
    problem.buffers.push_back({16384});
  for (int i = 0; i < 5; ++i)
    problem.buffers.push_back({256});
  // Node 0 writes x.
  problem.nodes.push_back({{}, {0}, 0});
  // Nodes 1-4: e_i = expand(x).
  for (unsigned i = 0; i < 4; ++i)
    problem.nodes.push_back({{0}, {0, 1 + i}, 0});
  // Nodes 5-8: r_i = reduce(e_i).
  for (unsigned i = 0; i < 4; ++i)
    problem.nodes.push_back({{1 + i}, {1 + i, 5 + i}, 0});
  // Node 9: out = r_1 + ... + r_4.
  problem.nodes.push_back({{5, 6, 7, 8}, {5, 6, 7, 8, 9}, 0});
  return problem;
}

/// The smallest peak over every valid order, by enumeration.
uint64_t bruteForce(const OrderProblem &problem) {
  std::vector<unsigned> order(problem.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  uint64_t best = UINT64_MAX;
  do {
    if (isValidOrder(problem, order))
      best = std::min(best, evaluatePeak(problem, order));
  } while (std::next_permutation(order.begin(), order.end()));
  return best;
}

OrderProblem randomProblem(std::mt19937_64 &random, unsigned nodes,
                           unsigned buffers) {
  OrderProblem problem;
  for (unsigned b = 0; b < buffers; ++b) {
    OrderBuffer buffer;
    buffer.size = 16 * (1 + random() % 8);
    buffer.liveAtStart = random() % 8 == 0;
    buffer.liveAtEnd = random() % 8 == 0;
    problem.buffers.push_back(buffer);
  }
  for (unsigned n = 0; n < nodes; ++n) {
    OrderNode node;
    for (unsigned p = 0; p < n; ++p)
      if (random() % 4 == 0)
        node.predecessors.push_back(p);
    for (unsigned b = 0; b < buffers; ++b)
      if (random() % 3 == 0)
        node.buffers.push_back(b);
    if (random() % 6 == 0)
      node.transient = 16 * (random() % 4);
    problem.nodes.push_back(node);
  }
  return problem;
}

} // namespace

// Program order: at e_4, x and e_1..e_4 are live: 256 + 4 * 16384 = 65792.
// Best order e_i, r_i per branch: at e_4, x, r_1..r_3 and e_4 are live:
// 256 + 3 * 256 + 16384 = 17408; at r_4, e_4 and r_1..r_4: 16384 + 1024 =
// 17408. No order does better: some e_i is live with x or with the four
// r_j at the last expansion, the reduction of the last expanded buffer
// needs e_i, r_i and (x or the r_j of the branches done) at once.
TEST(OrderTest, FourBranches) {
  OrderProblem problem = fourBranches();
  ASSERT_FALSE(verifyOrderProblem(problem));
  OrderResult result = findOrder(problem);
  EXPECT_EQ(result.programPeak, 65792u);
  EXPECT_EQ(result.peak, 17408u);
  ASSERT_TRUE(result.optimum.has_value());
  EXPECT_EQ(*result.optimum, 17408u);
  EXPECT_TRUE(isValidOrder(problem, result.order));
  EXPECT_EQ(evaluatePeak(problem, result.order), 17408u);
  EXPECT_EQ(bruteForce(problem), 17408u);
}

// The program order is kept when nothing beats it.
TEST(OrderTest, KeepsProgramOrder) {
  OrderProblem problem;
  problem.buffers = {{64}, {32}};
  problem.nodes.push_back({{}, {0}, 0});
  problem.nodes.push_back({{0}, {0, 1}, 0});
  problem.nodes.push_back({{1}, {1}, 0});
  OrderResult result = findOrder(problem);
  EXPECT_EQ(result.order, (std::vector<unsigned>{0, 1, 2}));
  EXPECT_EQ(result.peak, 96u);
  EXPECT_EQ(result.programPeak, 96u);
}

// Buffers live at the start or the end, and transient bytes.
TEST(OrderTest, StartEndTransient) {
  OrderProblem problem;
  // 0: an input (live from the start) read by node 1; 1: an output written
  // by node 0.
  problem.buffers = {{100, true, false}, {10, false, true}};
  problem.nodes.push_back({{}, {1}, 0});
  problem.nodes.push_back({{}, {0}, 5});
  // Program order: node 0 runs with the input and the output: 110; node 1
  // with both and 5 transient: 115. Reversed: node 1 alone with the input
  // and 5: 105; then node 0 with the output: 10.
  OrderResult result = findOrder(problem);
  EXPECT_EQ(result.programPeak, 115u);
  EXPECT_EQ(result.peak, 105u);
  EXPECT_EQ(result.order, (std::vector<unsigned>{1, 0}));
}

// Exact on random small problems: equal to the brute force, never above the
// program order, never below the lower bound.
TEST(OrderTest, MatchesBruteForce) {
  std::mt19937_64 random(16);
  for (int trial = 0; trial < 300; ++trial) {
    OrderProblem problem =
        randomProblem(random, 2 + random() % 7, 1 + random() % 6);
    ASSERT_FALSE(verifyOrderProblem(problem));
    OrderResult result = findOrder(problem);
    uint64_t best = bruteForce(problem);
    EXPECT_TRUE(isValidOrder(problem, result.order)) << trial;
    EXPECT_EQ(result.peak, evaluatePeak(problem, result.order)) << trial;
    EXPECT_EQ(result.peak, best) << trial;
    ASSERT_TRUE(result.optimum.has_value()) << trial;
    EXPECT_LE(computeOrderLowerBound(problem, 1u << 30), best) << trial;
  }
}

// With a tiny budget the heuristics still give a valid order that is never
// worse than the program order, and the bound stays below the best.
TEST(OrderTest, HeuristicsNeverWorse) {
  std::mt19937_64 random(61);
  for (int trial = 0; trial < 100; ++trial) {
    OrderProblem problem = randomProblem(random, 2 + random() % 7, 6);
    OrderOptions options;
    options.workBudget = 1;
    OrderResult result = findOrder(problem, options);
    EXPECT_TRUE(isValidOrder(problem, result.order)) << trial;
    EXPECT_LE(result.peak, result.programPeak) << trial;
    EXPECT_LE(result.lowerBound, bruteForce(problem)) << trial;
  }
}

// A large chain of cells is split at its separators and solved exactly,
// the same on every run.
TEST(OrderTest, ManyCellsExactAndDeterministic) {
  OrderProblem problem;
  unsigned previous = 0;
  problem.buffers.push_back({256});
  problem.nodes.push_back({{}, {0}, 0});
  for (int cell = 0; cell < 200; ++cell) {
    unsigned input = problem.nodes.size() - 1;
    unsigned inputBuffer = previous;
    std::vector<unsigned> ends, endBuffers;
    std::vector<unsigned> expansions;
    for (unsigned i = 0; i < 4; ++i) {
      unsigned buffer = problem.buffers.size();
      problem.buffers.push_back({16384});
      expansions.push_back(problem.nodes.size());
      problem.nodes.push_back({{input}, {inputBuffer, buffer}, 0});
    }
    for (unsigned i = 0; i < 4; ++i) {
      unsigned buffer = problem.buffers.size();
      problem.buffers.push_back({256});
      ends.push_back(problem.nodes.size());
      endBuffers.push_back(buffer);
      problem.nodes.push_back(
          {{expansions[i]}, {problem.nodes[expansions[i]].buffers[1], buffer},
           0});
    }
    unsigned out = problem.buffers.size();
    problem.buffers.push_back({256});
    endBuffers.push_back(out);
    problem.nodes.push_back({ends, endBuffers, 0});
    previous = out;
  }
  OrderResult first = findOrder(problem);
  OrderResult second = findOrder(problem);
  EXPECT_EQ(first.order, second.order);
  EXPECT_EQ(first.work, second.work);
  EXPECT_EQ(first.programPeak, 65792u);
  EXPECT_EQ(first.peak, 17408u);
  EXPECT_TRUE(first.optimum.has_value());
}
