//===- ExactTest.cpp - Tests of the exact planner -------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The packing kernel (solvePacking) on hand-derived instances, and the
// `exact` algorithm against an independent brute force on thousands of small
// random problems.
//
//===----------------------------------------------------------------------===//

#include "Exact/ProbeDriver.h"
#include "RandomProblems.h"

#include "memplan/Planner/Exact.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Validator.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace memplan;
using namespace memplan::test;

namespace {

/// Whether `offsets` are aligned and keep the items of every section apart.
bool isValidPacking(const PackingInstance &instance,
                    const std::vector<uint64_t> &offsets) {
  if (offsets.size() != instance.sizes.size())
    return false;
  for (size_t i = 0; i < instance.alignments.size(); ++i)
    if (offsets[i] % instance.alignments[i] != 0)
      return false;
  for (const auto &section : instance.sections)
    for (unsigned a : section)
      for (unsigned b : section) {
        if (a == b || !instance.sizes[a] || !instance.sizes[b])
          continue;
        if (offsets[a] < offsets[b] + instance.sizes[b] &&
            offsets[b] < offsets[a] + instance.sizes[a])
          return false;
      }
  return true;
}

/// A packing instance whose conflicts form the path 0-1-2-...: section k
/// holds items k and k+1.
PackingInstance makeChain(std::vector<uint64_t> sizes) {
  PackingInstance instance;
  instance.sizes = std::move(sizes);
  for (unsigned k = 0; k + 1 < instance.sizes.size(); ++k)
    instance.sections.push_back({k, k + 1});
  return instance;
}

TEST(ExactPackingTest, ChainNeedsItsHeaviestNeighbours) {
  // a10 b20 c100 d40 e50 f50 in a chain: c and d conflict (140), d and e
  // (90), e and f (100), and c with b (120): the heaviest adjacent pair,
  // c+d = 140, is a lower bound and a plan reaches it (c at 0, d at 100,
  // b at 100, e at 0, f at 50, a at 0).
  PackingResult result =
      solvePacking(makeChain({10, 20, 100, 40, 50, 50}), PackingLimits());
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 140u);
  EXPECT_EQ(result.lowerBound, 140u);
  EXPECT_TRUE(result.complete);
}

TEST(ExactPackingTest, OddCycleNeedsMoreThanItsHeaviestEdge) {
  // Five items of size 1 in a 5-cycle: every edge sums to 2, but a 5-cycle
  // cannot be 2-coloured, so one item must sit at 2 or above: optimum 3.
  PackingInstance instance;
  instance.sizes = {1, 1, 1, 1, 1};
  for (unsigned k = 0; k < 5; ++k)
    instance.sections.push_back({k, (k + 1) % 5});
  PackingResult result = solvePacking(instance, PackingLimits());
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 3u);
  EXPECT_EQ(result.lowerBound, 3u) << "the search proved 2 impossible";
  EXPECT_TRUE(result.complete);
  EXPECT_TRUE(isValidPacking(instance, result.offsets));
}

TEST(ExactPackingTest, CapacityBelowTheOptimumIsProvenInfeasible) {
  PackingInstance instance;
  instance.sizes = {1, 1, 1, 1, 1};
  for (unsigned k = 0; k < 5; ++k)
    instance.sections.push_back({k, (k + 1) % 5});
  PackingLimits limits;
  limits.capacity = 2;
  PackingResult result = solvePacking(instance, limits);
  EXPECT_FALSE(result.found);
  EXPECT_TRUE(result.complete);
}

TEST(ExactPackingTest, AlignmentAndZeroSizes) {
  // Item 1 (size 5, alignment 8) conflicts with item 0 (size 3): item 1 at
  // 0 and item 0 right above it at 5 give 8, the clique bound; item 0 at 0
  // would push item 1 to 8 (peak 13). Item 2 has no bytes.
  PackingInstance instance;
  instance.sizes = {3, 5, 0};
  instance.alignments = {1, 8, 64};
  instance.sections = {{0, 1, 2}};
  PackingResult result = solvePacking(instance, PackingLimits());
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 8u);
  EXPECT_EQ(result.offsets[1] % 8, 0u);
  EXPECT_EQ(result.offsets[2], 0u);
  EXPECT_TRUE(isValidPacking(instance, result.offsets));
}

TEST(ExactPackingTest, IndependentComponentsArePackedSeparately) {
  // Two separate triangles of sizes {5, 6, 7} and {1, 2, 3}: the peak is
  // the larger clique, 18, and each triangle is packed on its own.
  PackingInstance instance;
  instance.sizes = {5, 6, 7, 1, 2, 3};
  instance.sections = {{0, 1, 2}, {3, 4, 5}};
  PackingResult result = solvePacking(instance, PackingLimits());
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 18u);
  EXPECT_TRUE(result.complete);
  EXPECT_TRUE(isValidPacking(instance, result.offsets));
}

TEST(ExactPackingTest, WarmStartIsKeptWhenNothingBetterExists) {
  PackingInstance instance = makeChain({4, 4});
  PackingLimits limits;
  limits.nodeLimit = 0;
  PackingResult result = solvePacking(instance, limits, {4, 0});
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 8u);
  EXPECT_EQ(result.offsets, (std::vector<uint64_t>{4, 0}));
}

TEST(ExactPackingTest, ExhaustedBudgetIsNotAProof) {
  // Ten items of sizes 1..10 in an odd cycle with one extra chord: the
  // first fit is not optimal and no node may be searched.
  PackingInstance instance;
  for (uint64_t size = 1; size <= 9; ++size)
    instance.sizes.push_back(size);
  for (unsigned k = 0; k < 9; ++k)
    instance.sections.push_back({k, (k + 1) % 9});
  PackingLimits limits;
  limits.nodeLimit = 0;
  PackingResult budgetless = solvePacking(instance, limits);
  PackingResult full = solvePacking(instance, PackingLimits());
  ASSERT_TRUE(budgetless.found && full.found);
  EXPECT_TRUE(full.complete);
  EXPECT_EQ(budgetless.nodes, 0u);
  EXPECT_GE(budgetless.peak, full.peak);
  if (budgetless.peak > full.peak) {
    EXPECT_FALSE(budgetless.complete);
  }
}

/// The optimum of one pool by brute force, independent of the search: every
/// order of the buffers, each placed at its lowest aligned offset clear of
/// the conflicting buffers placed before it (any gap, not only on top).
/// Visiting an optimal plan's buffers by increasing offset and letting each
/// drop to its lowest such offset never raises the peak, so some order
/// reaches the optimum.
uint64_t bruteForceOptimum(const Problem &problem) {
  unsigned n = problem.buffers.size();
  std::vector<unsigned> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::vector<std::vector<bool>> conflicts(n, std::vector<bool>(n));
  for (unsigned a = 0; a < n; ++a)
    for (unsigned b = 0; b < n; ++b)
      conflicts[a][b] = conflictByDefinition(problem, a, b);
  uint64_t best = UINT64_MAX;
  std::vector<uint64_t> offsets(n);
  do {
    uint64_t peak = 0;
    for (unsigned k = 0; k < n && peak < best; ++k) {
      unsigned id = order[k];
      uint64_t size = problem.buffers[id].size;
      uint64_t align = problem.getAlignment(id, 0);
      std::vector<std::pair<uint64_t, uint64_t>> busy;
      for (unsigned j = 0; j < k; ++j)
        if (conflicts[id][order[j]] && size && problem.buffers[order[j]].size)
          busy.emplace_back(offsets[order[j]],
                            offsets[order[j]] + problem.buffers[order[j]].size);
      std::sort(busy.begin(), busy.end());
      uint64_t at = 0;
      for (auto [begin, end] : busy) {
        if (at + size <= begin)
          break;
        if (end > at)
          at = (end + align - 1) / align * align;
      }
      offsets[id] = at;
      peak = std::max(peak, at + size);
    }
    best = std::min(best, peak);
  } while (std::next_permutation(order.begin(), order.end()));
  return n == 0 ? 0 : best;
}

PlannerOptions exactOptions() {
  PlannerOptions options;
  options.algorithm = "exact";
  options.timeLimitSeconds = 0;
  options.workBudget = 4'000'000;
  return options;
}

TEST(ExactPlannerTest, MatchesTheBruteForceOptimum) {
  TestRandom random(6);
  RandomShape shape;
  shape.maxPools = 1;
  shape.boundedPoolPercent = 0;
  shape.maxBuffers = 7;
  unsigned nonTrivial = 0;
  for (unsigned round = 0; round < 3000; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    uint64_t optimum = bruteForceOptimum(problem);
    llvm::Expected<Plan> result = plan(problem, exactOptions());
    ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
    ASSERT_EQ(checkPlanByDefinition(problem, *result), "");
    EXPECT_EQ(result->getTotalSize(), optimum);
    EXPECT_TRUE(result->provenOptimal);
    EXPECT_LE(result->lowerBound, optimum);
    nonTrivial += optimum > computeMaxLiveBytes(problem);
  }
  // The generator must produce problems where the live-bytes bound is not
  // reached, or the comparison would only test the bound.
  EXPECT_GT(nonTrivial, 100u);
}

TEST(ExactPlannerTest, FindsAPlanWithinTheCapacityOrNone) {
  TestRandom random(60);
  RandomShape shape;
  shape.maxPools = 1;
  shape.boundedPoolPercent = 0;
  shape.maxBuffers = 7;
  unsigned fits = 0, fitsNot = 0;
  for (unsigned round = 0; round < 1500; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    uint64_t optimum = bruteForceOptimum(problem);
    // A capacity at the optimum or just below it.
    uint64_t capacity = optimum - (optimum > 0 && random.chance(50) ? 1 : 0);
    problem.pools[0].capacity = capacity;
    llvm::Expected<Plan> result = plan(problem, exactOptions());
    if (optimum <= capacity) {
      ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
      ASSERT_EQ(checkPlanByDefinition(problem, *result), "");
      EXPECT_EQ(result->getTotalSize(), optimum);
      ++fits;
    } else {
      ASSERT_FALSE(bool(result));
      // Below the optimum no plan exists, and the search proves it.
      std::string message = llvm::toString(result.takeError());
      EXPECT_TRUE(message.find("fits in none of its candidate pools") !=
                      std::string::npos ||
                  message.rfind("no plan exists: ", 0) == 0)
          << message;
      ++fitsNot;
    }
  }
  EXPECT_GT(fits, 300u);
  EXPECT_GT(fitsNot, 300u);
}

/// A problem with a known optimum: the rectangle [0, horizon) x [0, height)
/// cut by random guillotine cuts (across time or across addresses) into
/// `numBuffers` pieces, each piece a buffer whose live interval and size are
/// its two sides. The pieces tile the rectangle, so `height` bytes are live
/// at every moment (the lower bound) and the cut positions are a plan that
/// reaches it: the optimum is `height`.
Problem makeTiledProblem(TestRandom &random, unsigned numBuffers,
                         int64_t horizon, uint64_t height) {
  struct Piece {
    int64_t start, end;
    uint64_t bottom, top;
  };
  std::vector<Piece> pieces = {{0, horizon, 0, height}};
  while (pieces.size() < numBuffers) {
    Piece &piece = pieces[random.range(0, pieces.size() - 1)];
    bool acrossTime = random.chance(50);
    if (acrossTime && piece.end - piece.start > 1) {
      int64_t cut = random.range(piece.start + 1, piece.end - 1);
      Piece later = piece;
      later.start = piece.end = cut;
      pieces.push_back(later);
    } else if (!acrossTime && piece.top - piece.bottom > 1) {
      uint64_t cut = random.range(piece.bottom + 1, piece.top - 1);
      Piece upper = piece;
      upper.bottom = piece.top = cut;
      pieces.push_back(upper);
    }
  }
  Problem problem;
  problem.pools.push_back({"pool0", height, 1});
  for (unsigned i = 0; i < pieces.size(); ++i) {
    Buffer buffer;
    buffer.name = "b" + std::to_string(i);
    buffer.size = pieces[i].top - pieces[i].bottom;
    buffer.intervals.push_back({pieces[i].start, pieces[i].end});
    problem.buffers.push_back(std::move(buffer));
  }
  return problem;
}

/// A tiled problem of 2 to 40 buffers over 40 moments, of a random height
/// (returned in `height`), as one packing instance.
PackingInstance makeTiledInstance(TestRandom &random, uint64_t &height) {
  height = random.range(4, 64);
  Problem problem = makeTiledProblem(random, random.range(2, 40), 40, height);
  EXPECT_EQ(computeMaxLiveBytes(problem), height);
  std::vector<BufferId> buffers(problem.buffers.size());
  std::iota(buffers.begin(), buffers.end(), 0u);
  return buildPackingInstance(problem, buffers, 0);
}

TEST(ExactPackingTest, ReachesTheHeightOfTiledProblems) {
  // Larger than the brute force can check, with many moments where the
  // unplaced buffers fall apart into independent groups: the search's
  // splitting must never lose the plan the construction guarantees. No warm
  // start, so the search alone finds the plan.
  TestRandom random(77);
  unsigned searched = 0;
  for (unsigned round = 0; round < 300; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    uint64_t height = 0;
    PackingInstance instance = makeTiledInstance(random, height);
    PackingLimits limits;
    limits.capacity = height;
    PackingResult result = solvePacking(instance, limits);
    ASSERT_TRUE(result.found);
    EXPECT_TRUE(isValidPacking(instance, result.offsets));
    EXPECT_EQ(result.peak, height);
    EXPECT_TRUE(result.complete);
    searched += result.nodes > instance.sizes.size();
  }
  // Some problems must need more than one dive.
  EXPECT_GT(searched, 10u);
}

TEST(ExactPackingTest, EveryProbeOfATiledProblemFindsItsPlan) {
  // Each probe is a complete search on its own (restarts are only for
  // speed): with any static order, a probe at the height of a tiled problem
  // must find a plan, never report that none exists.
  TestRandom random(78);
  unsigned found = 0;
  for (unsigned round = 0; round < 200; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    uint64_t height = 0;
    PackingInstance instance = makeTiledInstance(random, height);
    exact::Component component;
    component.sizes = instance.sizes;
    component.alignments = instance.alignments;
    component.weights = instance.weights;
    component.sections = instance.sections;
    exact::sortSectionsBySize(component);
    for (unsigned order = 0; order < exact::getNumStaticOrders(); ++order) {
      SCOPED_TRACE("order " + std::to_string(order));
      exact::SearchBudget budget;
      budget.nodeLimit = 2'000'000;
      std::vector<uint64_t> offsets;
      exact::ProbeOutcome outcome = exact::probeComponent(
          component, height, order, budget.nodeLimit, budget, offsets);
      ASSERT_NE(outcome, exact::ProbeOutcome::Infeasible);
      if (outcome != exact::ProbeOutcome::Found)
        continue;
      ++found;
      EXPECT_TRUE(isValidPacking(instance, offsets));
      EXPECT_LE(exact::getPeak(component, offsets), height);
    }
  }
  EXPECT_GT(found, 700u);
}

TEST(ExactPlannerTest, SeveralPoolsStayValidAndNoWorseThanGreedy) {
  TestRandom random(600);
  RandomShape shape;
  shape.maxBuffers = 14;
  for (unsigned round = 0; round < 500; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    PlannerOptions heuristic = exactOptions();
    heuristic.algorithm = "greedy-by-size";
    llvm::Expected<Plan> greedy = plan(problem, heuristic);
    llvm::Expected<Plan> exact = plan(problem, exactOptions());
    if (!greedy) {
      llvm::consumeError(greedy.takeError());
      if (exact)
        EXPECT_EQ(checkPlanByDefinition(problem, *exact), "");
      else
        llvm::consumeError(exact.takeError());
      continue;
    }
    ASSERT_TRUE(bool(exact)) << llvm::toString(exact.takeError());
    ASSERT_EQ(checkPlanByDefinition(problem, *exact), "");
    EXPECT_LE(exact->getTotalSize(), greedy->getTotalSize());
    llvm::Expected<Plan> again = plan(problem, exactOptions());
    ASSERT_TRUE(bool(again));
    EXPECT_EQ(exact->placements, again->placements);
  }
}

/// One way to switch pruning rules of the search off.
struct RuleSwitch {
  const char *name;
  void (*turnOff)(SearchOptions &options);
};

void turnAllOff(SearchOptions &options) {
  options.sectionTops = options.releaseBounds = options.liftedItems = false;
  options.nextOffset = options.dominance = options.canonicalOrder = false;
  options.splitParts = options.failureMemo = false;
  options.lowerBoundProbes = false;
}

const RuleSwitch kRuleSwitches[] = {
    {"SectionTops", [](SearchOptions &o) { o.sectionTops = false; }},
    {"ReleaseBounds", [](SearchOptions &o) { o.releaseBounds = false; }},
    {"LiftedItems", [](SearchOptions &o) { o.liftedItems = false; }},
    {"NextOffset", [](SearchOptions &o) { o.nextOffset = false; }},
    {"Dominance", [](SearchOptions &o) { o.dominance = false; }},
    {"CanonicalOrder", [](SearchOptions &o) { o.canonicalOrder = false; }},
    {"SplitParts", [](SearchOptions &o) { o.splitParts = false; }},
    {"FailureMemo", [](SearchOptions &o) { o.failureMemo = false; }},
    {"LowerBoundProbes", [](SearchOptions &o) { o.lowerBoundProbes = false; }},
    {"StaticOrder0", [](SearchOptions &o) { o.staticOrders &= ~1u; }},
    {"StaticOrder1", [](SearchOptions &o) { o.staticOrders &= ~2u; }},
    {"StaticOrder2", [](SearchOptions &o) { o.staticOrders &= ~4u; }},
    {"StaticOrder3", [](SearchOptions &o) { o.staticOrders &= ~8u; }},
    // Every rule off, with one static order each.
    {"AllOffOrder0",
     [](SearchOptions &o) { turnAllOff(o), o.staticOrders = 1; }},
    {"AllOffOrder1",
     [](SearchOptions &o) { turnAllOff(o), o.staticOrders = 2; }},
    {"AllOffOrder2",
     [](SearchOptions &o) { turnAllOff(o), o.staticOrders = 4; }},
    {"AllOffOrder3",
     [](SearchOptions &o) { turnAllOff(o), o.staticOrders = 8; }},
};

/// The smallest problem found where a part's first node checked the sections
/// of the part before it: a = 1 byte aligned to 2, b = 1 byte aligned to 4,
/// c = 1 byte; sections {b, c} and {a, b}. By hand: b must sit at 0 or 4 (its
/// alignment); at 4 the peak is at least 5. At 0, c goes to 1 and a to 2 (the
/// first even offset above b), so the optimum is 3, above the largest
/// section total 2, and 2 is infeasible. Placing b splits the rest into two
/// parts; once c's part is done, a's part must be checked against the limit:
/// without the release bounds (which saw a's aligned release at the split)
/// nothing else stopped a at 2 + 1 > 2, and the search "found" a plan at 2.
TEST(ExactPackingTest, PartAfterAnotherIsCheckedAgainstTheLimit) {
  PackingInstance instance;
  instance.sizes = {1, 1, 1};
  instance.alignments = {2, 4, 1};
  instance.sections = {{1, 2}, {0, 1}};
  for (bool releaseBounds : {true, false}) {
    SCOPED_TRACE(releaseBounds ? "release bounds on" : "release bounds off");
    PackingLimits limits;
    limits.search.releaseBounds = releaseBounds;
    PackingResult result = solvePacking(instance, limits);
    ASSERT_TRUE(result.found);
    EXPECT_TRUE(isValidPacking(instance, result.offsets));
    EXPECT_EQ(result.peak, 3u);
    EXPECT_TRUE(result.complete);
    limits.capacity = 2;
    PackingResult below = solvePacking(instance, limits);
    EXPECT_FALSE(below.found);
    EXPECT_TRUE(below.complete);
  }
}

class PruningRuleTest : public testing::TestWithParam<RuleSwitch> {};

/// With the rule(s) off, solvePacking still finds the brute-force optimum
/// of small random single-pool problems and proves it, and proves a capacity
/// one byte below it infeasible: each rule only removes work.
TEST_P(PruningRuleTest, OffStillFindsTheBruteForceOptimum) {
  TestRandom random(13);
  RandomShape shape;
  shape.maxPools = 1;
  shape.boundedPoolPercent = 0;
  shape.maxBuffers = 7;
  PackingLimits limits;
  GetParam().turnOff(limits.search);
  unsigned nonTrivial = 0;
  for (unsigned round = 0; round < 600; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    uint64_t optimum = bruteForceOptimum(problem);
    std::vector<BufferId> buffers(problem.buffers.size());
    std::iota(buffers.begin(), buffers.end(), 0u);
    PackingInstance instance = buildPackingInstance(problem, buffers, 0);
    limits.capacity = std::numeric_limits<uint64_t>::max();
    PackingResult result = solvePacking(instance, limits);
    ASSERT_TRUE(result.found);
    EXPECT_TRUE(isValidPacking(instance, result.offsets));
    EXPECT_EQ(result.peak, optimum);
    EXPECT_TRUE(result.complete);
    nonTrivial += optimum > computeMaxLiveBytes(problem);
    if (optimum == 0)
      continue;
    limits.capacity = optimum - 1;
    PackingResult below = solvePacking(instance, limits);
    EXPECT_FALSE(below.found);
    EXPECT_TRUE(below.complete);
  }
  EXPECT_GT(nonTrivial, 20u);
}

INSTANTIATE_TEST_SUITE_P(ExactPackingTest, PruningRuleTest,
                         testing::ValuesIn(kRuleSwitches),
                         [](const testing::TestParamInfo<RuleSwitch> &info) {
                           return std::string(info.param.name);
                         });

} // namespace
