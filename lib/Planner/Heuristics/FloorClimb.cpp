//===- FloorClimb.cpp - Hill climbing over floor-packer priorities --------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// A packing by the floor packer is decided by which buffer goes first when
// several wait on the same floor, that is by the priorities. The climb swaps
// priorities where it matters: a buffer at the peak with a buffer that went
// first on a floor it waited on, or with a conflicting buffer under it, so
// that the peak buffer may take a lower place. A swap is kept when the peak
// does not grow and no more buffers reach it. Only the part of the packing
// after the first decision a swap can change is packed again
// (FloorPacker::getFirstChangedStep).
//
// Several first priorities race for a fraction of the budget; the one ahead
// then gets the rest.
//
//===----------------------------------------------------------------------===//

#include "FloorClimb.h"

#include "FloorPacker.h"
#include "GapFit.h"
#include "memplan/Planner/Random.h"

#include "memplan/Planner/LowerBound.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <memory>
#include <numeric>

using namespace memplan;

/// Out of 100 moves: how many swap a buffer with one that went first on a
/// floor it waited on (half of them for a peak buffer, half for any buffer);
/// of the others, how many swap two random conflicting buffers rather than a
/// peak buffer and a conflict under it.
static constexpr uint64_t kLostTiePercent = 30;
static constexpr uint64_t kRandomMovePercent = 30;
/// Percent of a pool's budget the first priorities race for, together.
static constexpr uint64_t kRacePercent = 30;
/// A start is not worth racing without the budget of this many packings.
static constexpr uint64_t kMinPackingsPerStart = 20;
/// The floor packer keeps a pool's conflicts as adjacency lists (4 bytes an
/// entry, two entries a pair). A pool whose buffers have more conflicts than
/// this in all (counted over every pool: a bound on its entries; 64 MiB)
/// is left as it is whatever the budget or time limit: its adjacency would
/// cost memory and time per pair, and building it does not look at the
/// clock. The production traces of 18k buffers and more are above it.
static constexpr uint64_t kMaxFloorAdjacencyEntries = 16'000'000;

/// Distinct priorities (ranks) in the order `start` asks for.
static std::vector<uint32_t> makePriorities(const Problem &problem,
                                            llvm::ArrayRef<BufferId> buffers,
                                            FloorPriority start) {
  struct Keys {
    uint64_t primary;
    uint64_t size;
  };
  std::vector<Keys> keys;
  for (BufferId id : buffers) {
    const Buffer &buffer = problem.buffers[id];
    uint64_t lifetime = 0, first = ~uint64_t(0);
    for (const Interval &interval : buffer.intervals) {
      lifetime += uint64_t(interval.end) - uint64_t(interval.start);
      // Order-preserving map of the signed start to unsigned.
      first = std::min(first, uint64_t(interval.start) ^ (uint64_t(1) << 63));
    }
    uint64_t primary = start == FloorPriority::Lifetime ? lifetime
                       : start == FloorPriority::Start  ? ~first
                                                        : buffer.size;
    keys.push_back({primary, buffer.size});
  }
  std::vector<unsigned> byRank(buffers.size());
  std::iota(byRank.begin(), byRank.end(), 0);
  // Lowest rank first: the last item has the highest priority.
  std::stable_sort(byRank.begin(), byRank.end(), [&](unsigned a, unsigned b) {
    if (keys[a].primary != keys[b].primary)
      return keys[a].primary < keys[b].primary;
    if (keys[a].size != keys[b].size)
      return keys[a].size < keys[b].size;
    return a > b;
  });
  std::vector<uint32_t> priority(buffers.size());
  for (unsigned rank = 0; rank < byRank.size(); ++rank)
    priority[byRank[rank]] = rank;
  return priority;
}

namespace {
/// One climb: the accepted packing, a scratch packer for trials, and the
/// priorities. Can be resumed with a larger budget.
class FloorClimber {
public:
  FloorClimber(const PlanningContext &context, PoolId pool,
               llvm::ArrayRef<BufferId> buffers, FloorPriority start,
               uint64_t seed)
      : context(context),
        current(context.problem, context.conflicts, pool, buffers),
        trial(current), random(seed),
        priority(makePriorities(context.problem, buffers, start)) {
    peak = *current.pack(priority, ~uint64_t(0));
    peakCount = countAtPeak(current, peak);
    trial = current;
  }

  /// Climbs until the work done reaches `budget` or the peak reaches
  /// `lowerBound`; returns whether `deadline` cut it short.
  bool run(uint64_t lowerBound, uint64_t budget, const Deadline &deadline);

  uint64_t getWork() const {
    return current.getWork() + trial.getWork() + iterations;
  }
  uint64_t getPeak() const { return peak; }

  FloorClimbResult takeResult() {
    FloorClimbResult result;
    result.offsets.assign(current.getOffsets().begin(),
                          current.getOffsets().end());
    result.peak = peak;
    result.work = getWork();
    return result;
  }

private:
  static uint64_t countAtPeak(const FloorPacker &packer, uint64_t peak) {
    uint64_t count = 0;
    for (unsigned item = 0; item < packer.getNumItems(); ++item)
      count += packer.getSize(item) != 0 && packer.getEnd(item) == peak;
    return count;
  }
  /// Picks two items whose priorities to swap; false if there is none.
  bool pickSwap(unsigned &a, unsigned &b);

  const PlanningContext &context;
  FloorPacker current, trial;
  SplitMix64 random;
  std::vector<uint32_t> priority;
  uint64_t peak;
  /// How many items end at the peak: fewer is closer to a lower peak.
  uint64_t peakCount;
  /// Iterations so far; each costs one work unit even if it packs nothing.
  uint64_t iterations = 0;
  std::vector<unsigned> candidates;
  std::vector<size_t> lostSteps;
};
} // namespace

bool FloorClimber::pickSwap(unsigned &a, unsigned &b) {
  unsigned n = current.getNumItems();
  candidates.clear();
  for (unsigned item = 0; item < n; ++item)
    if (current.getSize(item) != 0 && current.getEnd(item) == peak)
      candidates.push_back(item);
  if (candidates.empty())
    return false;
  a = candidates[random.below(candidates.size())];
  uint64_t roll = random.below(100);
  if (roll < kLostTiePercent) {
    if (roll >= kLostTiePercent / 2)
      a = random.below(n);
    current.getLostSteps(a, lostSteps);
    if (!lostSteps.empty()) {
      b = current.getItemAt(lostSteps[random.below(lostSteps.size())]);
      return true;
    }
  }
  candidates.clear();
  llvm::ArrayRef<uint64_t> offsets = current.getOffsets();
  for (unsigned other : current.getConflicts(a))
    if (offsets[other] < offsets[a])
      candidates.push_back(other);
  if (candidates.empty() || random.below(100) < kRandomMovePercent) {
    a = random.below(n);
    llvm::ArrayRef<unsigned> conflicts = current.getConflicts(a);
    if (conflicts.empty())
      return false;
    b = conflicts[random.below(conflicts.size())];
    return true;
  }
  b = candidates[random.below(candidates.size())];
  return true;
}

bool FloorClimber::run(uint64_t lowerBound, uint64_t budget,
                       const Deadline &deadline) {
  unsigned n = current.getNumItems();
  std::vector<std::pair<unsigned, uint32_t>> changes;
  trial.setDeadline(deadline);
  while (peak > lowerBound && getWork() < budget) {
    if (++iterations, deadline.hasPassed())
      return true;
    unsigned a, b;
    if (!pickSwap(a, b))
      continue;
    changes.assign({{a, priority[a]}, {b, priority[b]}});
    std::swap(priority[a], priority[b]);
    size_t from = current.getFirstChangedStep(priority, changes);
    if (from == n)
      continue; // The same packing: keep the priorities.
    std::optional<uint64_t> result = trial.pack(priority, peak, from);
    if (result) {
      uint64_t count = countAtPeak(trial, *result);
      if (*result < peak || count <= peakCount) {
        peak = *result;
        peakCount = count;
        current.copySuffixFrom(trial, from);
        continue;
      }
    }
    std::swap(priority[a], priority[b]);
    trial.copySuffixFrom(current, from);
  }
  return false;
}

FloorClimbResult memplan::climbFloor(const PlanningContext &context,
                                     PoolId pool,
                                     llvm::ArrayRef<BufferId> buffers,
                                     llvm::ArrayRef<FloorPriority> starts,
                                     uint64_t lowerBound, uint64_t budget,
                                     uint64_t seed) {
  std::vector<std::unique_ptr<FloorClimber>> climbers;
  bool timedOut = false;
  uint64_t raceBudget = budget / 100 * kRacePercent / starts.size();
  // With a deadline the race also shares kRacePercent of the time left.
  Deadline raceDeadline =
      context.getDeadline().getFraction(kRacePercent / 100.0);
  for (size_t i = 0; i < starts.size(); ++i) {
    climbers.push_back(std::make_unique<FloorClimber>(context, pool, buffers,
                                                      starts[i], seed));
    timedOut |= climbers.back()->run(
        lowerBound, raceBudget,
        raceDeadline.getFraction(1.0 / double(starts.size() - i)));
  }
  size_t leader = 0;
  uint64_t spent = 0;
  for (size_t i = 0; i < climbers.size(); ++i) {
    spent += climbers[i]->getWork();
    if (climbers[i]->getPeak() < climbers[leader]->getPeak())
      leader = i;
  }
  FloorClimber &winner = *climbers[leader];
  if (budget > spent && !context.isPastDeadline())
    timedOut = winner.run(lowerBound, winner.getWork() + (budget - spent),
                          context.getDeadline());
  FloorClimbResult result = winner.takeResult();
  result.work = 0;
  for (const std::unique_ptr<FloorClimber> &climber : climbers)
    result.work += climber->getWork();
  result.timedOut = timedOut;
  return result;
}

void memplan::refinePoolsByFloorClimb(const PlanningContext &context,
                                      Plan &plan, uint64_t budget) {
  const Problem &problem = context.problem;
  std::vector<std::vector<BufferId>> poolBuffers(problem.pools.size());
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    poolBuffers[plan.placements[id].pool].push_back(id);
  // With a deadline, each pool also gets its share of the time left, by
  // number of buffers among the pools still to climb.
  size_t buffersLeft = problem.buffers.size();
  for (PoolId pool = 0; pool < problem.pools.size(); ++pool) {
    llvm::ArrayRef<BufferId> buffers = poolBuffers[pool];
    if (buffers.empty())
      continue;
    double timeShare = double(buffers.size()) / double(buffersLeft);
    buffersLeft -= buffers.size();
    uint64_t lowerBound =
        computeLowerBound(problem, context.conflicts, buffers);
    if (plan.poolSizes[pool] <= lowerBound)
      continue;
    uint64_t share = uint64_t((unsigned __int128)budget * buffers.size() /
                              problem.buffers.size());
    // A packing costs about two heap operations per buffer and a visit per
    // conflict; a climb needs many. Large pools on small budgets race fewer
    // starts, or none.
    uint64_t packWork = 0, adjacencyEntries = 0;
    for (BufferId id : buffers) {
      adjacencyEntries += context.conflicts.getNumConflicts(id);
      packWork += 2 * llvm::Log2_64_Ceil(buffers.size() + 1) +
                  context.conflicts.getNumConflicts(id);
    }
    if (adjacencyEntries > kMaxFloorAdjacencyEntries)
      continue;
    std::vector<FloorPriority> starts = {
        FloorPriority::Lifetime, FloorPriority::Start, FloorPriority::Size};
    if (share < kMinPackingsPerStart * packWork * starts.size())
      starts.resize(1);
    if (share < kMinPackingsPerStart * packWork)
      continue;
    FloorClimbResult best =
        climbFloor(context.forStage(share, timeShare), pool, buffers, starts,
                   lowerBound, share, context.options.seed);
    plan.work += best.work;
    plan.timedOut |= best.timedOut;
    if (best.peak >= plan.poolSizes[pool])
      continue;
    for (unsigned item = 0; item < buffers.size(); ++item)
      plan.placements[buffers[item]].offset = best.offsets[item];
    plan.poolSizes[pool] = best.peak;
  }
}

llvm::Expected<Plan> memplan::planFloorClimb(const PlanningContext &context) {
  llvm::Expected<GapFitResult> start = runGapFit(
      context, {FitPolicy::FirstFit, FitPolicy::BestFit}, "floor-climb");
  if (!start)
    return start.takeError();
  Plan plan = std::move(start->plan);
  uint64_t spent = plan.work;
  refinePoolsByFloorClimb(
      context, plan,
      context.workBudget > spent ? context.workBudget - spent : 0);
  return plan;
}
