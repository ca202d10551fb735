//===- ExactScaleTest.cpp - Bounds of the exact search at scale -----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The structures that keep the exact search linear in the item-section
// incidences (no list per pair of items), the failure memo's bound, and the
// search on a problem whose first fit would cost more than its cap.
//
//===----------------------------------------------------------------------===//

#include "Exact/Component.h"
#include "Exact/FailureMemo.h"
#include "RandomProblems.h"

#include "memplan/Planner/Exact.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <set>

using namespace memplan;
using namespace memplan::exact;
using namespace memplan::test;

namespace {

/// A component of `numItems` items over `numSections` sections, each item
/// in one to three random runs of consecutive sections (so that an item may
/// leave a section and enter a later one), every section non-empty.
Component makeRandomComponent(TestRandom &random, unsigned numItems,
                              unsigned numSections) {
  Component component;
  component.sections.resize(numSections);
  for (unsigned item = 0; item < numItems; ++item) {
    component.sizes.push_back(random.range(1, 8) * 4);
    component.alignments.push_back(uint64_t(1) << random.range(0, 3));
    component.weights.push_back(0);
    std::set<unsigned> sections;
    for (unsigned run = random.range(1, 3); run > 0; --run) {
      unsigned first = random.range(0, numSections - 1);
      unsigned last =
          std::min<unsigned>(numSections - 1, first + random.range(0, 4));
      for (unsigned s = first; s <= last; ++s)
        sections.insert(s);
    }
    for (unsigned s : sections)
      component.sections[s].push_back(item);
  }
  for (unsigned s = 0; s < numSections; ++s)
    if (component.sections[s].empty())
      component.sections[s].push_back(random.range(0, numItems - 1));
  for (auto &section : component.sections) {
    std::sort(section.begin(), section.end());
    section.erase(std::unique(section.begin(), section.end()), section.end());
  }
  return component;
}

/// Whether no two items of a section overlap and every offset is aligned.
bool isValid(const Component &component, const std::vector<uint64_t> &at) {
  for (unsigned i = 0; i < component.sizes.size(); ++i)
    if (at[i] % component.alignments[i] != 0)
      return false;
  for (const auto &section : component.sections)
    for (unsigned a : section)
      for (unsigned b : section)
        if (a != b && at[a] < at[b] + component.sizes[b] &&
            at[b] < at[a] + component.sizes[a])
          return false;
  return true;
}

TEST(ExactScaleTest, RunsAndEnteringItemsListExactlyTheNeighbours) {
  // ItemSections' promise, against the definition: the items sharing a
  // section with i are the members of the first section of each run of i
  // and the items entering the run's other sections.
  TestRandom random(14);
  for (unsigned round = 0; round < 200; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Component component =
        makeRandomComponent(random, random.range(1, 30), random.range(1, 20));
    ItemSections index(component);
    for (unsigned i = 0; i < component.sizes.size(); ++i) {
      std::set<unsigned> expected, listed;
      for (const auto &section : component.sections)
        if (std::count(section.begin(), section.end(), i))
          expected.insert(section.begin(), section.end());
      for (unsigned k = index.begin[i]; k < index.begin[i + 1]; ++k) {
        unsigned s = index.sections[k];
        if (k == index.begin[i] || index.sections[k - 1] + 1 != s) {
          listed.insert(component.sections[s].begin(),
                        component.sections[s].end());
          continue;
        }
        listed.insert(index.entering.begin() + index.enteringBegin[s],
                      index.entering.begin() + index.enteringBegin[s + 1]);
      }
      EXPECT_EQ(listed, expected) << "item " << i;
    }
    // The entering lists hold one entry per run, not per pair.
    unsigned runs = 0;
    for (unsigned i = 0; i < component.sizes.size(); ++i)
      for (unsigned k = index.begin[i]; k < index.begin[i + 1]; ++k)
        runs += k == index.begin[i] ||
                index.sections[k - 1] + 1 != index.sections[k];
    EXPECT_EQ(index.entering.size(), runs);
  }
}

TEST(ExactScaleTest, SectionsSortedBySizeKeepTheirMembers) {
  TestRandom random(15);
  for (unsigned round = 0; round < 100; ++round) {
    Component component = makeRandomComponent(random, 25, 12);
    Component sorted = component;
    sortSectionsBySize(sorted);
    for (unsigned s = 0; s < component.sections.size(); ++s) {
      std::vector<unsigned> members = sorted.sections[s];
      for (unsigned k = 1; k < members.size(); ++k) {
        unsigned a = members[k - 1], b = members[k];
        EXPECT_TRUE(component.sizes[a] < component.sizes[b] ||
                    (component.sizes[a] == component.sizes[b] && a < b));
      }
      std::sort(members.begin(), members.end());
      EXPECT_EQ(members, component.sections[s]);
    }
  }
}

TEST(ExactScaleTest, StackPlanIsValid) {
  TestRandom random(16);
  for (unsigned round = 0; round < 200; ++round) {
    Component component =
        makeRandomComponent(random, random.range(1, 30), random.range(1, 20));
    std::vector<uint64_t> offsets =
        stackPlan(component, ItemSections(component));
    EXPECT_TRUE(isValid(component, offsets)) << "round " << round;
  }
}

TEST(ExactScaleTest, FailureMemoIsBoundedByItemsNodesAndItsCap) {
  // Slots: the smallest power of two of at least min(2048 x items,
  // 16 x nodes), between 2^10 and 2^21.
  EXPECT_EQ(FailureMemo(100, ~uint64_t(0)).getNumSlots(), size_t(1) << 18)
      << "2048 x 100 = 204800, next power of two 2^18";
  EXPECT_EQ(FailureMemo(100, 1000).getNumSlots(), size_t(1) << 14)
      << "16 x 1000 = 16000, next power of two 2^14";
  EXPECT_EQ(FailureMemo(100000, 10).getNumSlots(), size_t(1) << 10)
      << "16 x 10 = 160, raised to the smallest table";
  EXPECT_EQ(FailureMemo(1000000, ~uint64_t(0)).getNumSlots(),
            FailureMemo::kMaxSlots)
      << "2048 x 10^6 is above the cap";
  // Recording far more states than slots never holds more than the slots,
  // and the latest state of a slot is the one kept.
  FailureMemo memo(1, 1);
  size_t slots = memo.getNumSlots();
  for (uint64_t k = 0; k < 10 * slots; ++k)
    memo.record({k * 0x9E3779B97F4A7C15ull, k}, 100);
  EXPECT_EQ(memo.getNumEntries(), slots);
  uint64_t last = 10 * slots - 1;
  EXPECT_TRUE(memo.covers({last * 0x9E3779B97F4A7C15ull, last}, 100));
  EXPECT_FALSE(memo.covers({last * 0x9E3779B97F4A7C15ull, last}, 101));
}

TEST(ExactScaleTest, RepeatedSectionsCountOnce) {
  // The chain 0-1-2 given with its sections repeated, reordered and with a
  // member listed twice: the optimum is max(3 + 4, 4 + 5) = 9, proven.
  PackingInstance instance;
  instance.sizes = {3, 4, 5};
  instance.sections = {{0, 1}, {1, 0}, {2, 1}, {0, 1, 1}, {1, 2}, {1, 2, 2}};
  PackingResult result = solvePacking(instance, PackingLimits());
  ASSERT_TRUE(result.found);
  EXPECT_EQ(result.peak, 9u);
  EXPECT_TRUE(result.complete);
  EXPECT_TRUE(result.offsets[0] + 3 <= result.offsets[1] ||
              result.offsets[1] + 4 <= result.offsets[0]);
  EXPECT_TRUE(result.offsets[1] + 4 <= result.offsets[2] ||
              result.offsets[2] + 5 <= result.offsets[1]);
}

/// Items with lifetimes over half the horizon on average: the sum of the
/// squared section sizes (first fit's work) is far above kFirstFitMaxWork.
PackingInstance makeCrowdedInstance(unsigned numItems) {
  TestRandom random(17);
  PackingInstance instance;
  std::vector<std::pair<unsigned, unsigned>> lives;
  for (unsigned i = 0; i < numItems; ++i) {
    unsigned start = random.range(0, 2 * numItems);
    lives.emplace_back(start, start + random.range(1, 2 * numItems));
    instance.sizes.push_back(random.range(1, 64) * 16);
  }
  // One section per interval start: the items live there.
  for (unsigned i = 0; i < numItems; ++i) {
    std::vector<unsigned> section;
    for (unsigned j = 0; j < numItems; ++j)
      if (lives[j].first <= lives[i].first && lives[i].first < lives[j].second)
        section.push_back(j);
    instance.sections.push_back(std::move(section));
  }
  return instance;
}

TEST(ExactScaleTest, CrowdedProblemEndsWithinItsNodesDeterministically) {
  PackingInstance instance = makeCrowdedInstance(1500);
  Component whole;
  whole.sizes = instance.sizes;
  whole.sections = instance.sections;
  ASSERT_GT(getFirstFitWork(whole), kFirstFitMaxWork)
      << "the problem must be beyond first fit's cap";
  PackingLimits limits;
  limits.nodeLimit = 40;
  PackingResult first = solvePacking(instance, limits);
  PackingResult second = solvePacking(instance, limits);
  ASSERT_TRUE(first.found);
  EXPECT_LE(first.nodes, limits.nodeLimit);
  EXPECT_FALSE(first.timedOut);
  EXPECT_EQ(first.offsets, second.offsets);
  EXPECT_EQ(first.nodes, second.nodes);
  EXPECT_EQ(first.peak, second.peak);
  // Valid, and no worse than the stacked plan it starts from without first
  // fit (one component: every item is live at some moment with another).
  Component component = whole;
  component.alignments.assign(component.sizes.size(), 1);
  EXPECT_TRUE(isValid(component, first.offsets));
  std::vector<uint64_t> stacked = stackPlan(component, ItemSections(component));
  EXPECT_LE(first.peak, getPeak(component, stacked));
}

} // namespace
