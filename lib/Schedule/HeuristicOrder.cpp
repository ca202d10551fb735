//===- HeuristicOrder.cpp - Good orders for large blocks --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Searches.h"

#include "memplan/Planner/Random.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

using namespace memplan::schedule;

/// The greedy key of running ready `node` next: the bytes live after it,
/// then the bytes it costs.
static std::pair<uint64_t, uint64_t> greedyKey(const OrderProblem &problem,
                                               const OrderState &state,
                                               unsigned node, uint64_t &work) {
  work += problem.nodes[node].buffers.size() + 1;
  return {state.getLiveAfter(node), state.getDuring(node)};
}

/// The greedy step: a free step, else the ready node with the smallest
/// greedy key (the lowest index among equals).
static unsigned pickGreedy(const OrderProblem &problem, const OrderState &state,
                           uint64_t &work) {
  work += state.getReady().size();
  if (std::optional<unsigned> free = findFreeStep(problem, state))
    return *free;
  unsigned best = state.getReady().front();
  std::pair<uint64_t, uint64_t> bestKey = {UINT64_MAX, UINT64_MAX};
  for (unsigned node : state.getReady()) {
    std::pair<uint64_t, uint64_t> key = greedyKey(problem, state, node, work);
    if (key < bestKey) {
      bestKey = key;
      best = node;
    }
  }
  return best;
}

std::optional<std::vector<unsigned>>
memplan::schedule::findGreedyOrder(const OrderProblem &problem,
                                   unsigned lookahead, unsigned width,
                                   uint64_t budget, uint64_t &work) {
  OrderState state(problem);
  uint64_t start = work;
  while (!state.isComplete()) {
    if (work - start > budget)
      return std::nullopt;
    if (lookahead <= 1) {
      state.apply(pickGreedy(problem, state, work));
      continue;
    }
    work += state.getReady().size();
    if (std::optional<unsigned> free = findFreeStep(problem, state)) {
      state.apply(*free);
      continue;
    }
    // The `width` best ready nodes by the greedy key, each scored by its
    // greedy continuation of `lookahead` steps.
    std::vector<std::pair<std::pair<uint64_t, uint64_t>, unsigned>> ranked;
    for (unsigned node : state.getReady())
      ranked.push_back({greedyKey(problem, state, node, work), node});
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > width)
      ranked.resize(width);
    unsigned best = ranked.front().second;
    std::pair<uint64_t, uint64_t> bestKey = {UINT64_MAX, UINT64_MAX};
    for (const auto &candidate : ranked) {
      unsigned node = candidate.second;
      uint64_t windowPeak = state.getDuring(node);
      state.apply(node);
      unsigned steps = 1;
      for (; steps < lookahead && !state.isComplete(); ++steps) {
        unsigned next = pickGreedy(problem, state, work);
        windowPeak = std::max(windowPeak, state.getDuring(next));
        state.apply(next);
      }
      std::pair<uint64_t, uint64_t> key = {windowPeak, state.getLive()};
      work += 4 * steps * (state.getReady().size() + 1);
      for (; steps > 0; --steps)
        state.undo();
      if (key < bestKey) {
        bestKey = key;
        best = node;
      }
    }
    state.apply(best);
  }
  return state.getOrder();
}

/// 64 pseudo-random bits per node (the (node + 1)-th number of SplitMix64
/// from seed 0), to hash sets of nodes.
static uint64_t nodeKey(unsigned node) {
  return memplan::mixBits((uint64_t(node) + 1) * memplan::kSplitMixStep);
}

std::optional<std::vector<unsigned>>
memplan::schedule::findBeamOrder(const OrderProblem &problem, unsigned width,
                                 uint64_t budget, uint64_t &work) {
  uint64_t start = work;
  struct Beam {
    OrderState state;
    uint64_t hash;
  };
  std::vector<Beam> beams;
  beams.push_back(Beam{OrderState(problem), 0});
  uint64_t copyCost = problem.nodes.size() + problem.buffers.size() + 1;
  while (!beams.front().state.isComplete()) {
    if (work - start > budget)
      return std::nullopt;
    // (peak, live after, beam, node): the children, best first.
    std::vector<std::tuple<uint64_t, uint64_t, unsigned, unsigned>> children;
    for (auto [index, beam] : llvm::enumerate(beams)) {
      const OrderState &state = beam.state;
      std::vector<unsigned> candidates;
      if (std::optional<unsigned> free = findFreeStep(problem, state))
        candidates.push_back(*free);
      else
        candidates = state.getReady();
      for (unsigned node : candidates) {
        work += problem.nodes[node].buffers.size() + 1;
        children.emplace_back(std::max(state.getPeak(), state.getDuring(node)),
                              state.getLiveAfter(node), index, node);
      }
    }
    std::sort(children.begin(), children.end());
    std::vector<Beam> next;
    std::unordered_set<uint64_t> seen;
    for (const auto &[peak, live, index, node] : children) {
      if (next.size() == width)
        break;
      uint64_t hash = beams[index].hash ^ nodeKey(node);
      if (!seen.insert(hash).second)
        continue;
      next.push_back(Beam{beams[index].state, hash});
      next.back().state.apply(node);
      work += copyCost;
    }
    beams = std::move(next);
  }
  return beams.front().state.getOrder();
}
