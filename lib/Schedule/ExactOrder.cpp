//===- ExactOrder.cpp - The order with the smallest peak --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// f(S), the smallest peak of the rest of an order once the nodes S are
// scheduled, is min over the ready nodes x of max(during(x), f(S + x)): it
// depends on S only, so it is memoised by S. A node whose own step already
// costs as much as the best choice so far is skipped (it cannot improve f),
// and a node that opens nothing is taken alone (findFreeStep). The search is
// a depth-first walk with an explicit stack of frames.
//
//===----------------------------------------------------------------------===//

#include "Searches.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

using namespace memplan::schedule;

std::optional<unsigned>
memplan::schedule::findFreeStep(const OrderProblem &problem,
                                const OrderState &state) {
  for (unsigned node : state.getReady()) {
    const OrderNode &info = problem.nodes[node];
    if (info.transient == 0 && state.getDuring(node) == state.getLive())
      return node;
  }
  return std::nullopt;
}

namespace {

struct WordsHash {
  size_t operator()(const std::vector<uint64_t> &words) const {
    uint64_t hash = 0x9e3779b97f4a7c15ULL;
    for (uint64_t word : words) {
      hash ^= word + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
      hash *= 0xff51afd7ed558ccdULL;
    }
    return static_cast<size_t>(hash ^ (hash >> 32));
  }
};

/// The best rest of an order from one set of scheduled nodes.
struct Entry {
  uint64_t value;
  unsigned choice;
};

/// One set of scheduled nodes being explored.
struct Frame {
  std::vector<unsigned> candidates;
  size_t next = 0;
  uint64_t best = std::numeric_limits<uint64_t>::max();
  unsigned bestChoice = 0;
  /// The candidate being explored below this frame, and its own step.
  unsigned current = 0;
  uint64_t currentDuring = 0;

  void consider(unsigned node, uint64_t value) {
    if (value < best) {
      best = value;
      bestChoice = node;
    }
  }
};

} // namespace

std::optional<std::vector<unsigned>>
memplan::schedule::findExactOrder(const OrderProblem &problem, uint64_t budget,
                                  uint64_t &work) {
  OrderState state(problem);
  if (state.isComplete())
    return std::vector<unsigned>();
  std::unordered_map<std::vector<uint64_t>, Entry, WordsHash> memo;
  uint64_t start = work;
  auto makeFrame = [&]() {
    Frame frame;
    if (std::optional<unsigned> free = findFreeStep(problem, state))
      frame.candidates.push_back(*free);
    else
      frame.candidates = state.getReady();
    work += state.getReady().size() + 1;
    return frame;
  };

  std::vector<Frame> stack;
  stack.push_back(makeFrame());
  while (!stack.empty()) {
    if (work - start > budget)
      return std::nullopt;
    Frame &frame = stack.back();
    if (frame.next < frame.candidates.size()) {
      unsigned node = frame.candidates[frame.next++];
      uint64_t during = state.getDuring(node);
      // The step, its undo and the memo lookup of the set it reaches.
      work += 2 * problem.nodes[node].buffers.size() +
              2 * problem.nodes[node].predecessors.size() +
              state.getScheduled().getNumWords() + 4;
      if (during >= frame.best)
        continue;
      state.apply(node);
      if (state.isComplete()) {
        state.undo();
        frame.consider(node, during);
        continue;
      }
      auto known = memo.find(state.getScheduled().getWords());
      if (known != memo.end()) {
        uint64_t value = known->second.value;
        state.undo();
        frame.consider(node, std::max(during, value));
        continue;
      }
      frame.current = node;
      frame.currentDuring = during;
      stack.push_back(makeFrame());
      continue;
    }
    Entry entry{frame.best, frame.bestChoice};
    memo.emplace(state.getScheduled().getWords(), entry);
    work += 4 * state.getScheduled().getNumWords() + 16;
    stack.pop_back();
    if (stack.empty())
      break;
    Frame &parent = stack.back();
    state.undo();
    parent.consider(parent.current,
                    std::max(parent.currentDuring, entry.value));
  }

  // Follow the memoised choices from the empty set.
  while (!state.isComplete()) {
    const Entry &entry = memo.at(state.getScheduled().getWords());
    state.apply(entry.choice);
  }
  return state.getOrder();
}
