//===- OrderState.cpp - A partial order, extended and undone ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "OrderState.h"

#include <algorithm>
#include <cassert>
#include <tuple>

using namespace memplan::schedule;

OrderState::OrderState(const OrderProblem &problem)
    : problem(problem), successors(problem.nodes.size()),
      pending(problem.nodes.size(), 0), usersDone(problem.buffers.size(), 0),
      usersLeft(problem.buffers.size(), 0), scheduled(problem.nodes.size()) {
  for (size_t node = 0; node < problem.nodes.size(); ++node) {
    pending[node] = problem.nodes[node].predecessors.size();
    for (unsigned pred : problem.nodes[node].predecessors)
      successors[pred].push_back(node);
    for (unsigned buffer : problem.nodes[node].buffers)
      ++usersLeft[buffer];
    if (pending[node] == 0)
      ready.push_back(node);
  }
  for (size_t buffer = 0; buffer < problem.buffers.size(); ++buffer)
    if (isOpen(buffer))
      live += problem.buffers[buffer].size;
  order.reserve(problem.nodes.size());
}

bool OrderState::isOpen(unsigned buffer) const {
  const OrderBuffer &info = problem.buffers[buffer];
  bool opened = info.liveAtStart || usersDone[buffer] > 0;
  bool closed = !info.liveAtEnd && usersLeft[buffer] == 0;
  return opened && !closed;
}

uint64_t OrderState::getDuring(unsigned node) const {
  uint64_t during = live + problem.nodes[node].transient;
  for (unsigned buffer : problem.nodes[node].buffers)
    if (!problem.buffers[buffer].liveAtStart && usersDone[buffer] == 0)
      during += problem.buffers[buffer].size;
  return during;
}

uint64_t OrderState::getLiveAfter(unsigned node) const {
  uint64_t after = getDuring(node) - problem.nodes[node].transient;
  for (unsigned buffer : problem.nodes[node].buffers)
    if (usersLeft[buffer] == 1 && !problem.buffers[buffer].liveAtEnd)
      after -= problem.buffers[buffer].size;
  return after;
}

void OrderState::apply(unsigned node) {
  auto it = std::lower_bound(ready.begin(), ready.end(), node);
  assert(it != ready.end() && *it == node && "node is not ready");
  ready.erase(it);
  history.push_back({live, peak});
  peak = std::max(peak, getDuring(node));
  live = getLiveAfter(node);
  for (unsigned buffer : problem.nodes[node].buffers) {
    ++usersDone[buffer];
    --usersLeft[buffer];
  }
  for (unsigned succ : successors[node])
    if (--pending[succ] == 0)
      ready.insert(std::lower_bound(ready.begin(), ready.end(), succ), succ);
  scheduled.insert(node);
  order.push_back(node);
}

void OrderState::undo() {
  unsigned node = order.back();
  order.pop_back();
  scheduled.erase(node);
  for (unsigned succ : successors[node]) {
    if (pending[succ]++ == 0)
      ready.erase(std::lower_bound(ready.begin(), ready.end(), succ));
  }
  for (unsigned buffer : problem.nodes[node].buffers) {
    --usersDone[buffer];
    ++usersLeft[buffer];
  }
  std::tie(live, peak) = history.back();
  history.pop_back();
  ready.insert(std::lower_bound(ready.begin(), ready.end(), node), node);
}
