//===- Segments.cpp - Splitting a problem into independent parts -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Segments.h"

#include "Reachability.h"

#include <algorithm>

using namespace memplan::schedule;

static bool isFree(const OrderNode &node) {
  return node.buffers.empty() && node.transient == 0;
}

std::vector<Segment>
memplan::schedule::splitIntoSegments(const OrderProblem &problem,
                                     uint64_t &work) {
  // The non-free nodes and their dependencies through free nodes: for a
  // free node, the non-free nodes it depends on, sorted.
  size_t count = problem.nodes.size();
  std::vector<int> coreIndex(count, -1);
  std::vector<unsigned> coreNodes;
  std::vector<std::vector<unsigned>> through(count);
  std::vector<std::vector<unsigned>> corePredecessors;
  for (size_t node = 0; node < count; ++node) {
    std::vector<unsigned> preds;
    for (unsigned pred : problem.nodes[node].predecessors) {
      if (coreIndex[pred] >= 0)
        preds.push_back(coreIndex[pred]);
      else
        preds.insert(preds.end(), through[pred].begin(), through[pred].end());
    }
    std::sort(preds.begin(), preds.end());
    preds.erase(std::unique(preds.begin(), preds.end()), preds.end());
    work += preds.size() + 1;
    if (isFree(problem.nodes[node])) {
      through[node] = std::move(preds);
      continue;
    }
    coreIndex[node] = coreNodes.size();
    coreNodes.push_back(node);
    corePredecessors.push_back(std::move(preds));
  }

  // Separators: nodes every other node is an ancestor or descendant of.
  size_t coreCount = coreNodes.size();
  Reachability reach = computeReachability(corePredecessors, work);
  std::vector<bool> separator(coreCount, false);
  for (size_t node = 0; node < coreCount; ++node)
    separator[node] = reach.ancestors[node].count() +
                          reach.descendants[node].count() + 1 ==
                      coreCount;
  work += coreCount * ((coreCount + 63) / 64);

  // Segment of each core node: the index order is topological and every
  // node is ordered with each separator, so segments are runs of indices.
  std::vector<unsigned> segmentOf(coreCount);
  unsigned segments = 0;
  for (size_t node = 0; node < coreCount; ++node) {
    bool startsNew = node == 0 || separator[node] || separator[node - 1];
    if (startsNew && node != 0)
      ++segments;
    segmentOf[node] = segments;
  }
  unsigned segmentCount = coreCount == 0 ? 0 : segments + 1;

  // Per buffer: the first and last segment using it.
  std::vector<unsigned> firstSegment(problem.buffers.size(), UINT32_MAX);
  std::vector<unsigned> lastSegment(problem.buffers.size(), 0);
  for (size_t node = 0; node < coreCount; ++node) {
    for (unsigned buffer : problem.nodes[coreNodes[node]].buffers) {
      firstSegment[buffer] = std::min(firstSegment[buffer], segmentOf[node]);
      lastSegment[buffer] = std::max(lastSegment[buffer], segmentOf[node]);
    }
  }

  std::vector<Segment> result(segmentCount);
  std::vector<std::vector<int>> localBuffer(segmentCount);
  for (size_t node = 0; node < coreCount; ++node) {
    unsigned index = segmentOf[node];
    Segment &segment = result[index];
    // Core indices of the segment start at the segment's first node.
    unsigned base = coreIndex[segment.nodes.empty()
                                  ? coreNodes[node]
                                  : segment.nodes.front()];
    const OrderNode &original = problem.nodes[coreNodes[node]];
    OrderNode local;
    local.transient = original.transient;
    for (unsigned pred : corePredecessors[node])
      if (pred >= base)
        local.predecessors.push_back(pred - base);
    if (localBuffer[index].empty())
      localBuffer[index].assign(problem.buffers.size(), -1);
    for (unsigned buffer : original.buffers) {
      int &mapped = localBuffer[index][buffer];
      if (mapped < 0) {
        mapped = segment.problem.buffers.size();
        OrderBuffer info = problem.buffers[buffer];
        info.liveAtStart |= firstSegment[buffer] < index;
        info.liveAtEnd |= lastSegment[buffer] > index;
        segment.problem.buffers.push_back(info);
      }
      local.buffers.push_back(mapped);
    }
    work += original.buffers.size() + local.predecessors.size() + 1;
    segment.problem.nodes.push_back(std::move(local));
    segment.nodes.push_back(coreNodes[node]);
  }
  return result;
}

std::vector<unsigned>
memplan::schedule::insertFreeNodes(const OrderProblem &problem,
                                   const std::vector<unsigned> &core) {
  size_t count = problem.nodes.size();
  std::vector<unsigned> pending(count);
  std::vector<std::vector<unsigned>> successors(count);
  std::vector<unsigned> readyFree;
  for (size_t node = 0; node < count; ++node) {
    pending[node] = problem.nodes[node].predecessors.size();
    for (unsigned pred : problem.nodes[node].predecessors)
      successors[pred].push_back(node);
    if (pending[node] == 0 && isFree(problem.nodes[node]))
      readyFree.push_back(node);
  }
  std::vector<unsigned> order;
  order.reserve(count);
  auto run = [&](unsigned node) {
    order.push_back(node);
    for (unsigned succ : successors[node])
      if (--pending[succ] == 0 && isFree(problem.nodes[succ]))
        readyFree.insert(
            std::lower_bound(readyFree.begin(), readyFree.end(), succ), succ);
  };
  auto flush = [&]() {
    while (!readyFree.empty()) {
      unsigned node = readyFree.front();
      readyFree.erase(readyFree.begin());
      run(node);
    }
  };
  for (unsigned node : core) {
    flush();
    run(node);
  }
  flush();
  return order;
}
