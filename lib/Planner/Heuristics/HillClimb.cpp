//===- HillClimb.cpp - Improves a placement order by local moves ----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Like TVM USMP's hill climb, the search changes the order in which a
// gap-filling placer sees the buffers, aiming at the buffers that set the
// peak, and keeps a change when the plan gets no bigger. Moves come from the
// planner's own seeded generator and the budget counts placement work, so
// the result is the same on every machine; the wall clock only cuts a search
// short as a safety net (and the plan says so).
//
//===----------------------------------------------------------------------===//

#include "HillClimb.h"

#include "memplan/Planner/Random.h"

#include <algorithm>
#include <optional>

using namespace memplan;

namespace {
/// The state of one climb: the order, its placement, and a scratch placer
/// that tries moves.
class Climber {
public:
  Climber(const PlanningContext &context, std::vector<BufferId> order,
          FitPolicy policy, GapSearch search)
      : context(context), order(std::move(order)), policy(policy),
        current(makePlaced(context, this->order, policy, search, started)),
        trial(current), random(context.options.seed) {
    total = current.getTotalSize();
    trial.setDeadline(context.getDeadline());
  }

  /// Whether the start order was placed again before the deadline (a climb
  /// starts from that placement).
  bool isStarted() const { return started; }

  /// Climbs until `budget` work is spent; returns whether the deadline cut it
  /// short.
  bool run(uint64_t budget);

  Plan makePlan(llvm::StringRef name) const {
    Plan plan = current.makePlan(name);
    plan.work = current.getWork() + trial.getWork();
    return plan;
  }

private:
  /// A placer that placed `order` again (the order comes from a gap-fit run
  /// that placed every buffer). That costs as much as one gap-fit order, so
  /// it looks at the deadline too; `placed` says whether it got through.
  static Placer makePlaced(const PlanningContext &context,
                           llvm::ArrayRef<BufferId> order, FitPolicy policy,
                           GapSearch search, bool &placed) {
    Placer placer(context.problem, context.conflicts, search);
    placer.setDeadline(context.getDeadline());
    placed = placer.place(order, policy) == Placer::Status::Placed;
    return placer;
  }
  /// A buffer whose end is its pool's size, chosen at random.
  BufferId pickPeakBuffer();
  /// Changes the order; returns the first position that changed.
  size_t applyRandomMove();

  const PlanningContext &context;
  std::vector<BufferId> order;
  FitPolicy policy;
  bool started = false;
  Placer current, trial;
  SplitMix64 random;
  uint64_t total;
  std::vector<BufferId> peakBuffers;
};
} // namespace

BufferId Climber::pickPeakBuffer() {
  peakBuffers.clear();
  llvm::ArrayRef<uint64_t> poolSizes = current.getPoolSizes();
  const std::vector<Placement> &placements = current.getPlacements();
  for (BufferId id = 0; id < placements.size(); ++id)
    if (context.problem.buffers[id].size != 0 &&
        current.getEnd(id) == poolSizes[placements[id].pool])
      peakBuffers.push_back(id);
  // Only empty buffers end at a pool's size (e.g. every buffer is empty):
  // any buffer will do.
  if (peakBuffers.empty())
    return order[random.below(order.size())];
  return peakBuffers[random.below(peakBuffers.size())];
}

size_t Climber::applyRandomMove() {
  size_t n = order.size();
  BufferId peak = pickPeakBuffer();
  size_t position = std::find(order.begin(), order.end(), peak) - order.begin();
  if (position != 0 && random.below(4) != 0) {
    // Move the peak buffer earlier.
    size_t target = random.below(position);
    std::rotate(order.begin() + target, order.begin() + position,
                order.begin() + position + 1);
    return target;
  }
  // Swap two random buffers.
  size_t a = random.below(n), b = random.below(n);
  std::swap(order[a], order[b]);
  return std::min(a, b);
}

bool Climber::run(uint64_t budget) {
  if (order.size() < 2)
    return false;
  std::vector<BufferId> saved;
  while (true) {
    if (current.getWork() + trial.getWork() >= budget)
      return false;
    if (context.isPastDeadline())
      return true;
    saved = order;
    size_t from = applyRandomMove();
    Placer::Status status = trial.place(order, policy, from, total);
    if (status == Placer::Status::Placed && trial.getTotalSize() <= total) {
      total = trial.getTotalSize();
      current.copySuffixFrom(trial, order, from);
      continue;
    }
    order.swap(saved);
    trial.copySuffixFrom(current, order, from);
  }
}

Plan memplan::climbFrom(const PlanningContext &context,
                        const GapFitResult &start, uint64_t budget,
                        llvm::StringRef name) {
  // With a time limit, the start's search may have used it all: then the
  // start's plan is the answer.
  std::optional<Climber> climber;
  if (!context.isPastDeadline())
    climber.emplace(context, start.order, start.policy, start.search);
  if (!climber || !climber->isStarted()) {
    Plan plan = start.plan;
    plan.algorithm = name.str();
    plan.timedOut = true;
    return plan;
  }
  bool timedOut = climber->run(budget);
  Plan plan = climber->makePlan(name);
  plan.timedOut = timedOut;
  plan.work += start.plan.work;
  return plan;
}

llvm::Expected<Plan> memplan::planHillClimb(const PlanningContext &context) {
  llvm::Expected<GapFitResult> start = runGapFit(
      context, {FitPolicy::FirstFit, FitPolicy::BestFit}, "hill-climb");
  if (!start)
    return start.takeError();
  uint64_t spent = start->plan.work;
  uint64_t budget = context.workBudget > spent ? context.workBudget - spent : 0;
  return climbFrom(context, *start, budget, "hill-climb");
}
