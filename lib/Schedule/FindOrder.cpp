//===- FindOrder.cpp - The order of a block with the smallest peak -*- C++ -*-//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// findOrder() drops the free nodes, splits the rest at separators
// (Segments.h), and orders each part: exactly when the dynamic programme
// fits its share of the work budget, else with the best of the part's
// program order, two memory-aware list schedules and a beam search. The
// parts' orders, joined and completed with the free nodes, are kept only
// when they beat the program order.
//
//===----------------------------------------------------------------------===//

#include "memplan/Schedule/Order.h"

#include "Searches.h"
#include "Segments.h"

#include <algorithm>
#include <numeric>

using namespace memplan::schedule;

/// The best order of one segment within about `budget` work units; `exact`
/// tells whether it is proven best.
static std::vector<unsigned> orderSegment(const OrderProblem &segment,
                                          uint64_t budget, uint64_t &work,
                                          bool &exact) {
  size_t count = segment.nodes.size();
  std::vector<unsigned> program(count);
  std::iota(program.begin(), program.end(), 0);
  exact = count <= 1;
  if (exact)
    return program;
  uint64_t start = work;
  if (std::optional<std::vector<unsigned>> best =
          findExactOrder(segment, budget / 4, work)) {
    exact = true;
    return *best;
  }

  // Heuristics, the first best kept: program order, greedy, greedy with a
  // look-ahead of 3 steps over the 8 best candidates, beam search (each
  // only when the budget left allows it).
  std::vector<unsigned> best = program;
  uint64_t bestPeak = evaluatePeak(segment, program);
  auto consider = [&](std::optional<std::vector<unsigned>> order) {
    if (!order)
      return;
    uint64_t peak = evaluatePeak(segment, *order);
    work += count;
    if (peak < bestPeak) {
      bestPeak = peak;
      best = std::move(*order);
    }
  };
  auto left = [&]() {
    uint64_t spent = work - start;
    return spent < budget ? budget - spent : 0;
  };
  consider(findGreedyOrder(segment, 1, 1, UINT64_MAX, work));
  consider(findGreedyOrder(segment, 3, 8, left() / 2, work));
  uint64_t perWidth = count * (count + segment.buffers.size() + 8) + 1;
  uint64_t width = std::min<uint64_t>(16, left() / perWidth);
  if (width >= 2)
    consider(findBeamOrder(segment, static_cast<unsigned>(width), left(),
                           work));
  return best;
}

OrderResult memplan::schedule::findOrder(const OrderProblem &problem,
                                         const OrderOptions &options) {
  uint64_t budget =
      options.workBudget ? options.workBudget : kDefaultOrderWorkBudget;
  OrderResult result;
  result.order.resize(problem.nodes.size());
  std::iota(result.order.begin(), result.order.end(), 0);
  result.programPeak = evaluatePeak(problem, result.order);
  result.peak = result.programPeak;

  std::vector<Segment> segments = splitIntoSegments(problem, result.work);
  size_t coreCount = 0;
  for (const Segment &segment : segments)
    coreCount += segment.nodes.size();

  // Each segment gets a share of the budget by its number of nodes (the
  // exact search half of it); what a segment leaves goes to the next ones.
  std::vector<unsigned> core;
  bool allExact = true;
  uint64_t spentBefore = result.work;
  size_t nodesLeft = coreCount;
  for (const Segment &segment : segments) {
    uint64_t spent = result.work - spentBefore;
    uint64_t left = spent < budget ? budget - spent : 0;
    uint64_t share = nodesLeft ? left / nodesLeft * segment.nodes.size() : 0;
    bool exact = false;
    std::vector<unsigned> order =
        orderSegment(segment.problem, share, result.work, exact);
    allExact &= exact;
    for (unsigned node : order)
      core.push_back(segment.nodes[node]);
    nodesLeft -= segment.nodes.size();
  }

  std::vector<unsigned> order = insertFreeNodes(problem, core);
  if (isValidOrder(problem, order)) {
    uint64_t peak = evaluatePeak(problem, order);
    if (peak < result.programPeak) {
      result.order = std::move(order);
      result.peak = peak;
    }
  }
  if (allExact)
    result.optimum = result.peak;
  result.lowerBound =
      result.optimum ? *result.optimum
                     : computeOrderLowerBound(problem, budget);
  return result;
}
