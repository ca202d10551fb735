//===- HeuristicOrder.cpp - Good orders for large blocks --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Searches.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

using namespace memplan::schedule;

/// The greedy step: a free step, else the ready node leaving the fewest live
/// bytes, then costing the fewest, then the lowest index.
static unsigned pickGreedy(const OrderProblem &problem, const OrderState &state,
                           uint64_t &work) {
  if (std::optional<unsigned> free = findFreeStep(problem, state))
    return *free;
  unsigned best = state.getReady().front();
  std::pair<uint64_t, uint64_t> bestKey = {UINT64_MAX, UINT64_MAX};
  for (unsigned node : state.getReady()) {
    work += problem.nodes[node].buffers.size() + 1;
    std::pair<uint64_t, uint64_t> key = {state.getLiveAfter(node),
                                         state.getDuring(node)};
    if (key < bestKey) {
      bestKey = key;
      best = node;
    }
  }
  return best;
}

std::vector<unsigned>
memplan::schedule::findGreedyOrder(const OrderProblem &problem,
                                   unsigned lookahead, uint64_t &work) {
  OrderState state(problem);
  while (!state.isComplete()) {
    if (std::optional<unsigned> free = findFreeStep(problem, state)) {
      work += state.getReady().size() + 1;
      state.apply(*free);
      continue;
    }
    // Score each ready node by the greedy continuation of `lookahead` steps.
    unsigned best = state.getReady().front();
    std::tuple<uint64_t, uint64_t> bestKey = {UINT64_MAX, UINT64_MAX};
    std::vector<unsigned> candidates = state.getReady();
    for (unsigned node : candidates) {
      uint64_t windowPeak = state.getDuring(node);
      state.apply(node);
      unsigned steps = 1;
      for (; steps < lookahead && !state.isComplete(); ++steps) {
        unsigned next = pickGreedy(problem, state, work);
        windowPeak = std::max(windowPeak, state.getDuring(next));
        state.apply(next);
      }
      std::tuple<uint64_t, uint64_t> key = {windowPeak, state.getLive()};
      for (; steps > 0; --steps)
        state.undo();
      work += lookahead * 4;
      if (key < bestKey) {
        bestKey = key;
        best = node;
      }
    }
    state.apply(best);
  }
  return state.getOrder();
}

/// 64 pseudo-random bits per node (splitmix64 of its index), to hash sets of
/// nodes.
static uint64_t nodeKey(unsigned node) {
  uint64_t z = (uint64_t(node) + 1) * 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::vector<unsigned>
memplan::schedule::findBeamOrder(const OrderProblem &problem, unsigned width,
                                 uint64_t &work) {
  struct Beam {
    OrderState state;
    uint64_t hash;
  };
  std::vector<Beam> beams;
  beams.push_back(Beam{OrderState(problem), 0});
  uint64_t copyCost = problem.nodes.size() + problem.buffers.size() + 1;
  while (!beams.front().state.isComplete()) {
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
        children.emplace_back(
            std::max(state.getPeak(), state.getDuring(node)),
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
