//===- GapIndexTest.cpp - Gap search from the time structure --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The gap index of Heuristics/GapIndex.h against straightforward checks: the
// merged byte runs against a byte map, the gap finder against the
// definitions of first fit and best fit on a byte map, and placements found
// with the index against those of the scan over every placed conflict (with
// several intervals, explicit conflicts, pools, capacities, alignments, and
// suffixes placed again as the hill climb does).
//
//===----------------------------------------------------------------------===//

#include "ProblemBuilder.h"
#include "RandomProblems.h"

#include "Heuristics/GapFit.h"
#include "Heuristics/GapIndex.h"
#include "Heuristics/Placer.h"

#include "memplan/Planner/ConflictIndex.h"

#include "llvm/Support/Alignment.h"

#include "gtest/gtest.h"

#include <numeric>

using namespace memplan;
using namespace memplan::test;

namespace {

/// Bytes [0, kBytes) marked taken by a list of ranges.
constexpr uint64_t kBytes = 200;

std::vector<bool>
takenBytes(llvm::ArrayRef<std::pair<uint64_t, uint64_t>> ranges) {
  std::vector<bool> taken(kBytes, false);
  for (auto [offset, end] : ranges)
    for (uint64_t byte = offset; byte < end; ++byte)
      taken[byte] = true;
  return taken;
}

/// First fit by definition: the lowest aligned offset whose bytes are free.
uint64_t lowestFreeOffset(const std::vector<bool> &taken, uint64_t size,
                          uint64_t alignment) {
  for (uint64_t offset = 0;; offset += alignment) {
    bool free = true;
    for (uint64_t byte = offset; byte < offset + size && free; ++byte)
      free = byte >= taken.size() || !taken[byte];
    if (free)
      return offset;
  }
}

/// Best fit by definition: the maximal free byte ranges below the highest
/// taken byte; the shortest that holds the aligned buffer, the lowest among
/// equals; else aligned above the highest taken byte.
uint64_t tightestFreeOffset(const std::vector<bool> &taken, uint64_t size,
                            uint64_t alignment) {
  uint64_t top = 0;
  for (uint64_t byte = 0; byte < taken.size(); ++byte)
    if (taken[byte])
      top = byte + 1;
  std::optional<uint64_t> best;
  uint64_t bestLength = 0;
  for (uint64_t start = 0; start < top;) {
    if (taken[start]) {
      ++start;
      continue;
    }
    uint64_t end = start;
    while (end < top && !taken[end])
      ++end;
    uint64_t candidate = llvm::alignTo(start, llvm::Align(alignment));
    if (candidate + size <= end && (!best || end - start < bestLength)) {
      best = candidate;
      bestLength = end - start;
    }
    start = end;
  }
  return best ? *best : llvm::alignTo(top, llvm::Align(alignment));
}

TEST(GapIndexTest, ByteRunsAreTheUnionOfTheirRanges) {
  TestRandom random(11);
  for (unsigned round = 0; round < 300; ++round) {
    ByteRuns runs;
    std::vector<std::pair<uint64_t, uint64_t>> added;
    unsigned count = random.range(0, 30);
    for (unsigned i = 0; i < count; ++i) {
      uint64_t offset = random.range(0, kBytes - 20);
      uint64_t end = offset + random.range(1, 20);
      runs.add(offset, end);
      added.push_back({offset, end});
    }
    std::vector<std::pair<uint64_t, uint64_t>> found(runs.begin(), runs.end());
    EXPECT_EQ(takenBytes(found), takenBytes(added));
    // Disjoint, not touching, ascending.
    for (size_t i = 1; i < found.size(); ++i)
      EXPECT_LT(found[i - 1].second, found[i].first);
  }
}

TEST(GapIndexTest, HandDerivedGaps) {
  // Taken: [0, 10), [14, 20), [30, 40) in one set and [20, 25) in another.
  // The gaps of the union are [10, 14) (4 bytes) and [25, 30) (5 bytes);
  // its top is 40.
  ByteRuns low, high;
  low.add(0, 10);
  low.add(30, 40);
  low.add(14, 20);
  high.add(20, 25);
  std::vector<const ByteRuns *> sets = {&low, &high};
  GapFinder finder;
  using C = GapChoice;
  // 4 bytes: the first gap holds them exactly.
  EXPECT_EQ(finder.find(sets, 4, 1, C::Lowest), 10u);
  EXPECT_EQ(finder.find(sets, 4, 1, C::Tightest), 10u);
  // 3 bytes: lowest is 10; tightest is still [10, 14), shorter than 5.
  EXPECT_EQ(finder.find(sets, 3, 1, C::Tightest), 10u);
  // 5 bytes: only [25, 30).
  EXPECT_EQ(finder.find(sets, 5, 1, C::Lowest), 25u);
  EXPECT_EQ(finder.find(sets, 5, 1, C::Tightest), 25u);
  // 6 bytes: no gap, above the top.
  EXPECT_EQ(finder.find(sets, 6, 1, C::Lowest), 40u);
  EXPECT_EQ(finder.find(sets, 6, 1, C::Tightest), 40u);
  // 4 bytes aligned to 8: 16 and 32 are the aligned starts of the gaps and
  // neither leaves room (16 + 4 > 14, 32 + 4 > 30): 40.
  EXPECT_EQ(finder.find(sets, 4, 8, C::Lowest), 40u);
  EXPECT_EQ(finder.find(sets, 4, 8, C::Tightest), 40u);
  // Zero bytes: first fit takes 0; best fit the shortest gap, [10, 14).
  EXPECT_EQ(finder.find(sets, 0, 1, C::Lowest), 0u);
  EXPECT_EQ(finder.find(sets, 0, 1, C::Tightest), 10u);
  // No set: 0.
  EXPECT_EQ(finder.find({}, 7, 4, C::Tightest), 0u);
  EXPECT_EQ(finder.find({}, 7, 4, C::Lowest), 0u);
}

TEST(GapIndexTest, FinderMatchesTheDefinitionsOnAByteMap) {
  TestRandom random(12);
  GapFinder finder;
  for (unsigned round = 0; round < 2000; ++round) {
    std::vector<ByteRuns> sets(random.range(0, 5));
    std::vector<std::pair<uint64_t, uint64_t>> added;
    for (ByteRuns &set : sets) {
      unsigned count = random.range(0, 8);
      for (unsigned i = 0; i < count; ++i) {
        uint64_t offset = random.range(0, 120);
        uint64_t end = offset + random.range(1, 15);
        set.add(offset, end);
        added.push_back({offset, end});
      }
    }
    std::vector<const ByteRuns *> pointers;
    for (const ByteRuns &set : sets)
      pointers.push_back(&set);
    std::vector<bool> taken = takenBytes(added);
    uint64_t size = random.chance(10) ? 0 : random.range(1, 12);
    uint64_t alignment = uint64_t(1) << random.range(0, 3);
    EXPECT_EQ(finder.find(pointers, size, alignment, GapChoice::Lowest),
              lowestFreeOffset(taken, size, alignment))
        << "round " << round;
    EXPECT_EQ(finder.find(pointers, size, alignment, GapChoice::Tightest),
              tightestFreeOffset(taken, size, alignment))
        << "round " << round;
  }
}

/// Places `order` with both searches and expects the same outcome.
Placer::Status expectSameAsScan(Placer &scan, Placer &indexed,
                                llvm::ArrayRef<BufferId> order,
                                FitPolicy policy, size_t from,
                                const std::string &where) {
  Placer::Status scanStatus = scan.place(order, policy, from);
  Placer::Status indexStatus = indexed.place(order, policy, from);
  EXPECT_EQ(scanStatus, indexStatus) << where;
  if (scanStatus != indexStatus)
    return Placer::Status::NoFit;
  if (scanStatus == Placer::Status::NoFit) {
    EXPECT_EQ(scan.getFailedBuffer(), indexed.getFailedBuffer()) << where;
    return scanStatus;
  }
  for (BufferId id : order) {
    EXPECT_EQ(scan.getPlacements()[id].pool, indexed.getPlacements()[id].pool)
        << where << ", buffer " << id;
    EXPECT_EQ(scan.getPlacements()[id].offset,
              indexed.getPlacements()[id].offset)
        << where << ", buffer " << id;
  }
  EXPECT_EQ(scan.getTotalSize(), indexed.getTotalSize()) << where;
  return scanStatus;
}

void shuffle(TestRandom &random, std::vector<BufferId> &order, size_t from) {
  for (size_t k = order.size(); k > from + 1; --k)
    std::swap(order[k - 1], order[from + random.range(0, k - 1 - from)]);
}

TEST(GapIndexTest, IndexedPlacementsMatchTheScan) {
  TestRandom random(13);
  RandomShape small;
  RandomShape large;
  large.maxBuffers = 80;
  large.horizon = 60;
  large.maxSize = 60;
  large.explicitConflictPercent = 1;
  unsigned placed = 0;
  for (unsigned round = 0; round < 600; ++round) {
    Problem problem = makeRandomProblem(random, round % 2 ? large : small);
    ConflictIndex conflicts(problem);
    for (FitPolicy policy : {FitPolicy::FirstFit, FitPolicy::BestFit}) {
      std::string where = "round " + std::to_string(round) + " policy " +
                          std::to_string(int(policy));
      std::vector<BufferId> order(problem.buffers.size());
      std::iota(order.begin(), order.end(), 0);
      shuffle(random, order, 0);
      Placer scan(problem, conflicts, GapSearch::Scan);
      Placer indexed(problem, conflicts, GapSearch::Index);
      if (expectSameAsScan(scan, indexed, order, policy, 0, where) !=
          Placer::Status::Placed)
        continue;
      ++placed;
      // Place suffixes again after changing them, as the hill climb does
      // (the index then holds the placements of the old suffix), and once
      // from fresh placers.
      for (unsigned again = 0; again < 3 && order.size() > 1; ++again) {
        size_t from = random.range(0, order.size() - 1);
        shuffle(random, order, from);
        if (expectSameAsScan(scan, indexed, order, policy, from,
                             where + " from " + std::to_string(from)) !=
            Placer::Status::Placed)
          break;
      }
      Placer fresh(problem, conflicts, GapSearch::Scan);
      fresh.place(order, policy);
      Placer freshIndexed(problem, conflicts, GapSearch::Index);
      expectSameAsScan(fresh, freshIndexed, order, policy, 0, where);
    }
  }
  // Most rounds place every buffer (the comparison is not vacuous).
  EXPECT_GT(placed, 600u);
}

TEST(GapIndexTest, ClimbsWithTheIndexGiveValidPlans) {
  // Budgets below one estimated scan placement make the named gap-fit
  // algorithms use the index: their plans must be valid and deterministic.
  TestRandom random(14);
  RandomShape shape;
  shape.maxBuffers = 120;
  shape.horizon = 80;
  shape.boundedPoolPercent = 0;
  for (unsigned round = 0; round < 20; ++round) {
    Problem problem = makeRandomProblem(random, shape);
    ConflictIndex conflicts(problem);
    PlannerOptions options = makeTestOptions("first-fit");
    PlanningContext probe(problem, conflicts, options);
    uint64_t estimate = estimateGapFitWork(probe);
    if (estimate < 100)
      continue;
    options.workBudget = estimate - 1;
    PlanningContext context(problem, conflicts, options);
    ASSERT_EQ(chooseGapSearch(context, 1), GapSearch::Index);
    for (const char *name :
         {"first-fit", "best-fit", "hill-climb", "floor-climb"}) {
      options.algorithm = name;
      llvm::Expected<Plan> result = plan(problem, options);
      ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
      EXPECT_EQ(checkPlanByDefinition(problem, *result), "") << name;
      llvm::Expected<Plan> again = plan(problem, options);
      ASSERT_TRUE(bool(again)) << llvm::toString(again.takeError());
      EXPECT_EQ(result->work, again->work) << name;
      for (BufferId id = 0; id < problem.buffers.size(); ++id)
        EXPECT_EQ(result->placements[id].offset, again->placements[id].offset)
            << name;
    }
  }
}

} // namespace
