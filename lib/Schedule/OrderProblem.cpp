//===- OrderProblem.cpp - Checking and evaluating orders ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Schedule/Order.h"

#include "Reachability.h"

#include "llvm/ADT/Twine.h"

#include <algorithm>

using namespace memplan::schedule;

llvm::Error memplan::schedule::verifyOrderProblem(const OrderProblem &problem) {
  for (size_t node = 0; node < problem.nodes.size(); ++node) {
    for (unsigned pred : problem.nodes[node].predecessors)
      if (pred >= node)
        return llvm::createStringError(
            "node " + llvm::Twine(node) + " depends on node " +
            llvm::Twine(pred) + ", which does not come before it");
    std::vector<unsigned> buffers = problem.nodes[node].buffers;
    std::sort(buffers.begin(), buffers.end());
    for (size_t i = 0; i < buffers.size(); ++i) {
      if (buffers[i] >= problem.buffers.size())
        return llvm::createStringError("node " + llvm::Twine(node) +
                                       " touches buffer " +
                                       llvm::Twine(buffers[i]) +
                                       ", which does not exist");
      if (i > 0 && buffers[i] == buffers[i - 1])
        return llvm::createStringError("node " + llvm::Twine(node) +
                                       " lists buffer " +
                                       llvm::Twine(buffers[i]) + " twice");
    }
  }
  return llvm::Error::success();
}

bool memplan::schedule::isValidOrder(const OrderProblem &problem,
                                     llvm::ArrayRef<unsigned> order) {
  if (order.size() != problem.nodes.size())
    return false;
  std::vector<size_t> position(problem.nodes.size(), SIZE_MAX);
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i] >= problem.nodes.size() || position[order[i]] != SIZE_MAX)
      return false;
    position[order[i]] = i;
  }
  for (size_t node = 0; node < problem.nodes.size(); ++node)
    for (unsigned pred : problem.nodes[node].predecessors)
      if (position[pred] > position[node])
        return false;
  return true;
}

uint64_t memplan::schedule::evaluatePeak(const OrderProblem &problem,
                                         llvm::ArrayRef<unsigned> order) {
  size_t count = order.size();
  if (count == 0)
    return 0;
  std::vector<size_t> first(problem.buffers.size(), SIZE_MAX);
  std::vector<size_t> last(problem.buffers.size(), 0);
  for (size_t position = 0; position < count; ++position) {
    for (unsigned buffer : problem.nodes[order[position]].buffers) {
      first[buffer] = std::min(first[buffer], position);
      last[buffer] = std::max(last[buffer], position);
    }
  }
  // Bytes starting at each position, and ending after it.
  std::vector<uint64_t> starts(count, 0), ends(count, 0);
  for (size_t buffer = 0; buffer < problem.buffers.size(); ++buffer) {
    const OrderBuffer &info = problem.buffers[buffer];
    if (first[buffer] == SIZE_MAX && !(info.liveAtStart && info.liveAtEnd))
      continue;
    size_t from = info.liveAtStart ? 0 : first[buffer];
    size_t to = info.liveAtEnd ? count - 1 : last[buffer];
    starts[from] += info.size;
    ends[to] += info.size;
  }
  uint64_t live = 0, peak = 0;
  for (size_t position = 0; position < count; ++position) {
    live += starts[position];
    peak = std::max(peak, live + problem.nodes[order[position]].transient);
    live -= ends[position];
  }
  return peak;
}

uint64_t memplan::schedule::computeOrderLowerBound(const OrderProblem &problem,
                                                   uint64_t workBudget) {
  size_t count = problem.nodes.size();
  if (count == 0)
    return 0;
  // Bytes live at every node of every order: buffers live from start to end.
  uint64_t always = 0;
  std::vector<std::vector<unsigned>> users(problem.buffers.size());
  std::vector<std::vector<unsigned>> predecessors(count);
  uint64_t edges = 0, touches = 0;
  for (size_t node = 0; node < count; ++node) {
    predecessors[node] = problem.nodes[node].predecessors;
    edges += predecessors[node].size();
    touches += problem.nodes[node].buffers.size();
    for (unsigned buffer : problem.nodes[node].buffers)
      users[buffer].push_back(node);
  }
  for (size_t buffer = 0; buffer < problem.buffers.size(); ++buffer) {
    const OrderBuffer &info = problem.buffers[buffer];
    if (info.liveAtStart && info.liveAtEnd)
      always += info.size;
  }

  // Per node: what it touches, and what it must run inside of.
  std::vector<uint64_t> bound(count, always);
  for (size_t node = 0; node < count; ++node) {
    bound[node] += problem.nodes[node].transient;
    for (unsigned buffer : problem.nodes[node].buffers) {
      const OrderBuffer &info = problem.buffers[buffer];
      if (!(info.liveAtStart && info.liveAtEnd))
        bound[node] += info.size;
    }
  }
  uint64_t words = (count + 63) / 64;
  uint64_t cost = 2 * (edges + touches) * words + problem.buffers.size() * count;
  if (cost <= workBudget) {
    uint64_t work = 0;
    Reachability reach = computeReachability(predecessors, work);
    for (size_t buffer = 0; buffer < problem.buffers.size(); ++buffer) {
      const OrderBuffer &info = problem.buffers[buffer];
      if (users[buffer].empty() || (info.liveAtStart && info.liveAtEnd))
        continue;
      // Nodes after some user (or all), and before some user (or all).
      NodeSet after(count), before(count);
      for (unsigned user : users[buffer]) {
        after.unite(reach.descendants[user]);
        before.unite(reach.ancestors[user]);
      }
      std::vector<bool> isUser(count, false);
      for (unsigned user : users[buffer])
        isUser[user] = true;
      for (size_t node = 0; node < count; ++node) {
        if (isUser[node])
          continue;
        bool opened = info.liveAtStart || after.contains(node);
        bool open = info.liveAtEnd || before.contains(node);
        if (opened && open)
          bound[node] += info.size;
      }
    }
  }
  return *std::max_element(bound.begin(), bound.end());
}
