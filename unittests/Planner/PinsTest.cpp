//===- PinsTest.cpp - Every algorithm keeps pinned buffers ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "RandomProblems.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"
#include "memplan/Planner/Validator.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <tuple>

using namespace memplan;
using namespace memplan::test;

namespace {

/// The candidate pools of `buffer`, resolved by the test itself.
std::vector<PoolId> poolsOf(const Problem &problem, const Buffer &buffer) {
  if (!buffer.candidatePools.empty())
    return buffer.candidatePools;
  std::vector<PoolId> all;
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
    all.push_back(pool);
  return all;
}

/// Whether pinning `id` at `pin` keeps the pins of `problem` valid, straight
/// from the definition: a candidate pool, aligned, within the capacity, and
/// overlapping no conflicting pinned buffer.
bool isValidNewPin(const Problem &problem, BufferId id, Pin pin) {
  const Buffer &buffer = problem.buffers[id];
  const Pool &pool = problem.pools[pin.pool];
  if (pin.offset % buffer.alignment || pin.offset % pool.alignment)
    return false;
  if (pool.capacity && pin.offset + buffer.size > *pool.capacity)
    return false;
  for (BufferId other = 0; other < problem.buffers.size(); ++other) {
    const Buffer &that = problem.buffers[other];
    if (other == id || !that.pin || that.pin->pool != pin.pool ||
        !buffer.size || !that.size || !conflictByDefinition(problem, id, other))
      continue;
    if (pin.offset < that.pin->offset + that.size &&
        that.pin->offset < pin.offset + buffer.size)
      return false;
  }
  return true;
}

/// Pins about a third of the buffers at random valid places (pools among
/// their candidates, offsets below twice the largest size).
unsigned addRandomPins(TestRandom &random, Problem &problem, uint64_t maxSize) {
  unsigned pins = 0;
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    if (!random.chance(35))
      continue;
    std::vector<PoolId> pools = poolsOf(problem, problem.buffers[id]);
    Pin pin{pools[random.range(0, pools.size() - 1)], 0};
    uint64_t alignment = std::max(problem.buffers[id].alignment,
                                  problem.pools[pin.pool].alignment);
    pin.offset = random.range(0, 2 * maxSize / alignment) * alignment;
    if (isValidNewPin(problem, id, pin)) {
      problem.buffers[id].pin = pin;
      ++pins;
    }
  }
  return pins;
}

/// The reference the issue names: the pins placed by hand, then TVM's
/// greedy-by-size order (size, then number of conflicts, both descending,
/// then name descending) around them, each buffer at the lowest offset of its
/// first candidate pool where it overlaps no placed conflicting buffer.
/// Written independently of the planner; std::nullopt if a buffer fits
/// nowhere.
std::optional<uint64_t> greedyBySizeAroundPins(const Problem &problem) {
  size_t n = problem.buffers.size();
  std::vector<unsigned> degree(n, 0);
  for (BufferId a = 0; a < n; ++a)
    for (BufferId b = 0; b < n; ++b)
      degree[a] += conflictByDefinition(problem, a, b);
  std::vector<BufferId> order;
  std::vector<bool> placed(n, false);
  std::vector<Placement> places(n);
  for (BufferId id = 0; id < n; ++id) {
    if (const std::optional<Pin> &pin = problem.buffers[id].pin) {
      places[id] = {pin->pool, pin->offset};
      placed[id] = true;
    } else {
      order.push_back(id);
    }
  }
  std::sort(order.begin(), order.end(), [&](BufferId a, BufferId b) {
    const Buffer &x = problem.buffers[a], &y = problem.buffers[b];
    return std::make_tuple(x.size, degree[a], x.name) >
           std::make_tuple(y.size, degree[b], y.name);
  });
  for (BufferId id : order) {
    const Buffer &buffer = problem.buffers[id];
    bool fitted = false;
    for (PoolId pool : poolsOf(problem, buffer)) {
      uint64_t alignment =
          std::max(buffer.alignment, problem.pools[pool].alignment);
      // Lowest offset: 0 or the end of a placed conflict, aligned up.
      std::vector<uint64_t> candidates = {0};
      for (BufferId other = 0; other < n; ++other)
        if (placed[other] && places[other].pool == pool)
          candidates.push_back((places[other].offset +
                                problem.buffers[other].size + alignment - 1) /
                               alignment * alignment);
      std::sort(candidates.begin(), candidates.end());
      for (uint64_t offset : candidates) {
        const std::optional<uint64_t> &capacity = problem.pools[pool].capacity;
        if (capacity && offset + buffer.size > *capacity)
          break;
        bool free = true;
        for (BufferId other = 0; other < n && free; ++other) {
          const Buffer &that = problem.buffers[other];
          free = !(placed[other] && places[other].pool == pool && buffer.size &&
                   that.size && offset < places[other].offset + that.size &&
                   places[other].offset < offset + buffer.size &&
                   conflictByDefinition(problem, id, other));
        }
        if (free) {
          places[id] = {pool, offset};
          fitted = true;
          break;
        }
      }
      if (fitted)
        break;
    }
    if (!fitted)
      return std::nullopt;
    placed[id] = true;
  }
  std::vector<uint64_t> used(problem.pools.size(), 0);
  for (BufferId id = 0; id < n; ++id)
    used[places[id].pool] = std::max(
        used[places[id].pool], places[id].offset + problem.buffers[id].size);
  uint64_t total = 0;
  for (uint64_t size : used)
    total += size;
  return total;
}

TEST(PinsTest, EveryAlgorithmKeepsRandomPins) {
  TestRandom random(1515);
  RandomShape shape;
  std::vector<std::string> names = getAlgorithmNames();
  unsigned pinned = 0, kept = 0, solved = 0, referenceSolved = 0;
  for (int round = 0; round < 600; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Problem problem = makeRandomProblem(random, shape);
    unsigned pins = addRandomPins(random, problem, shape.maxSize);
    ASSERT_FALSE(bool(verifyProblem(problem)));
    // Without pins the algorithms run as they always did (greedy-by-size
    // then places each buffer above its conflicts, not in the lowest gap):
    // the reference applies to problems with pins.
    std::optional<uint64_t> reference;
    if (pins > 0)
      reference = greedyBySizeAroundPins(problem);
    referenceSolved += reference.has_value();
    for (const std::string &name : names) {
      SCOPED_TRACE(name);
      llvm::Expected<Plan> result = plan(problem, makeTestOptions(name));
      if (!result) {
        std::string message = llvm::toString(result.takeError());
        EXPECT_TRUE(isNoPlanMessage(message)) << message;
        // Greedy-by-size around the pins is one of the plans tried.
        EXPECT_FALSE(reference.has_value()) << message;
        continue;
      }
      ++solved;
      ASSERT_EQ(checkPlanByDefinition(problem, *result), "");
      EXPECT_GE(result->getTotalSize(), result->lowerBound);
      for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
        EXPECT_GE(result->poolSizes[pool], result->poolLowerBounds[pool]);
      for (BufferId id = 0; id < problem.buffers.size(); ++id) {
        const std::optional<Pin> &pin = problem.buffers[id].pin;
        if (!pin)
          continue;
        ++pinned;
        kept += result->placements[id] == Placement{pin->pool, pin->offset};
      }
      if (reference) {
        EXPECT_LE(result->getTotalSize(), *reference);
      }
      // Same input, same plan.
      llvm::Expected<Plan> again = plan(problem, makeTestOptions(name));
      ASSERT_TRUE(bool(again));
      EXPECT_EQ(again->placements, result->placements);
    }
  }
  EXPECT_EQ(kept, pinned);
  // The generator must pin buffers and leave most problems solvable.
  EXPECT_GT(pinned, 5000u);
  EXPECT_GT(referenceSolved, 300u);
  EXPECT_GT(solved, 300u * names.size());
}

/// A hand-made problem: one pool, `dma` (16 bytes) pinned at 16, live with
/// a (16 bytes) then b (32 bytes), c (8 bytes) live throughout. Live bytes
/// peak at dma + b + c = 56 (the lower bound). Below the pin there are 16
/// bytes: b cannot go there, so b ends at 64 or above; c at [0, 8), a and b
/// sharing [32, 64) (they are never live together) gives 64.
TEST(PinsTest, HandMadeProblemPacksAroundThePin) {
  Problem problem;
  problem.pools.push_back({"sram", std::nullopt, 1});
  auto add = [&](const char *name, uint64_t size, int64_t start, int64_t end) {
    Buffer buffer;
    buffer.name = name;
    buffer.size = size;
    buffer.intervals.push_back({start, end});
    problem.buffers.push_back(buffer);
  };
  add("dma", 16, 0, 10);
  add("a", 16, 0, 5);
  add("b", 32, 5, 10);
  add("c", 8, 0, 10);
  problem.buffers[0].pin = Pin{0, 16};
  for (const std::string &name : getAlgorithmNames()) {
    SCOPED_TRACE(name);
    llvm::Expected<Plan> result = plan(problem, makeTestOptions(name));
    ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
    EXPECT_EQ(result->placements[0], (Placement{0, 16}));
    EXPECT_EQ(result->lowerBound, 56u);
    EXPECT_GE(result->getTotalSize(), 64u);
    if (name == "default") {
      EXPECT_EQ(result->getTotalSize(), 64u);
    }
  }
}

/// The pin a plan must keep: the validator rejects a moved pin.
TEST(PinsTest, ValidatorRejectsAMovedPin) {
  Problem problem;
  problem.pools.push_back({"sram", std::nullopt, 1});
  Buffer buffer;
  buffer.name = "dma";
  buffer.size = 8;
  buffer.intervals.push_back({0, 1});
  buffer.pin = Pin{0, 8};
  problem.buffers.push_back(buffer);
  Plan moved;
  moved.placements = {{0, 0}};
  computePoolSizes(problem, moved);
  llvm::Error error = validatePlan(problem, moved);
  ASSERT_TRUE(bool(error));
  EXPECT_EQ(llvm::toString(std::move(error)),
            "buffer 'dma' is pinned at offset 8 in pool 'sram' but placed at "
            "offset 0 in pool 'sram'");
}

/// Each invalid pin gives one message naming the buffers.
TEST(PinsTest, VerifyProblemRejectsInvalidPins) {
  auto makeProblem = [] {
    Problem problem;
    problem.pools.push_back({"sram", 64, 8});
    problem.pools.push_back({"dram", std::nullopt, 1});
    for (const char *name : {"in", "out"}) {
      Buffer buffer;
      buffer.name = name;
      buffer.size = 16;
      buffer.intervals.push_back({0, 4});
      buffer.candidatePools = {0};
      problem.buffers.push_back(buffer);
    }
    return problem;
  };
  auto message = [](const Problem &problem) {
    llvm::Error error = verifyProblem(problem);
    return error ? llvm::toString(std::move(error)) : std::string();
  };
  Problem overlap = makeProblem();
  overlap.buffers[0].pin = Pin{0, 0};
  overlap.buffers[1].pin = Pin{0, 8};
  EXPECT_EQ(message(overlap), "pinned buffers 'in' [0, 16) and 'out' [8, 24) "
                              "overlap in pool 'sram' while both are alive");
  // Not live together: the same addresses are fine.
  overlap.buffers[1].intervals = {{4, 8}};
  EXPECT_EQ(message(overlap), "");
  Problem capacity = makeProblem();
  capacity.buffers[0].pin = Pin{0, 56};
  EXPECT_EQ(message(capacity), "pinned buffer 'in' [56, 72) is past the "
                               "capacity 64 of pool 'sram'");
  Problem alignment = makeProblem();
  alignment.buffers[0].pin = Pin{0, 4};
  EXPECT_EQ(message(alignment), "pinned buffer 'in': offset 4 in pool 'sram' "
                                "is not a multiple of its alignment 8");
  Problem pool = makeProblem();
  pool.buffers[0].pin = Pin{1, 0};
  EXPECT_EQ(message(pool), "pinned buffer 'in': pool 'dram' is not one of "
                           "the buffer's pools");
}

/// A JSON pin reads into Buffer::pin and is written back.
TEST(PinsTest, JSONPinsRoundTrip) {
  const char *text =
      R"({"pools": [{"name": "sram"}, {"name": "dram"}],
          "buffers": [{"name": "dma", "size": 16, "pool": "dram",
                       "offset": 32},
                      {"name": "x", "size": 8}]})";
  llvm::Expected<Problem> problem = readProblemJSON(text, "pins.json");
  ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
  ASSERT_TRUE(problem->buffers[0].pin.has_value());
  EXPECT_EQ(problem->buffers[0].pin->pool, 1u);
  EXPECT_EQ(problem->buffers[0].pin->offset, 32u);
  EXPECT_FALSE(problem->buffers[1].pin.has_value());
  std::string written;
  llvm::raw_string_ostream os(written);
  writeProblemJSON(*problem, os);
  llvm::Expected<Problem> again = readProblemJSON(written, "again.json");
  ASSERT_TRUE(bool(again)) << llvm::toString(again.takeError());
  ASSERT_TRUE(again->buffers[0].pin.has_value());
  EXPECT_EQ(again->buffers[0].pin->pool, 1u);
  EXPECT_EQ(again->buffers[0].pin->offset, 32u);
  EXPECT_FALSE(again->buffers[1].pin.has_value());
}

} // namespace
