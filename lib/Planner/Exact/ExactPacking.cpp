//===- ExactPacking.cpp - Decomposition and driver of the exact search ----===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// solvePacking() splits an instance into connected components (items that
// share no section, directly or through others, never interact), orders them
// hardest first and searches each with a shared deterministic budget. The
// peak of the whole instance is the largest peak of a component, so a
// component needs no plan below the peak another one already requires.
//
//===----------------------------------------------------------------------===//

#include "ProbeDriver.h"
#include "memplan/Planner/Random.h"

#include "llvm/ADT/IntEqClasses.h"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace memplan {

using namespace exact;

namespace {

/// A component without a plan yet (progress reports only).
constexpr uint64_t kNoPeak = ~uint64_t(0);

/// The components of `instance` over its items of positive size, each with
/// the instance ids of its items (increasing).
struct Decomposition {
  std::vector<Component> components;
  std::vector<std::vector<unsigned>> itemIds;
};

Decomposition decompose(const PackingInstance &instance) {
  unsigned numItems = instance.sizes.size();
  llvm::IntEqClasses connected(numItems);
  std::vector<char> covered(numItems, 0);
  for (const auto &section : instance.sections) {
    unsigned first = ~0u;
    for (unsigned item : section) {
      assert(item < numItems && "section names an unknown item");
      if (instance.sizes[item] == 0)
        continue;
      covered[item] = 1;
      if (first == ~0u)
        first = item;
      else
        connected.join(item, first);
    }
  }

  Decomposition result;
  std::vector<unsigned> componentOf(numItems, ~0u), localId(numItems, ~0u);
  for (unsigned item = 0; item < numItems; ++item) {
    if (instance.sizes[item] == 0)
      continue;
    unsigned root = connected.findLeader(item);
    if (componentOf[root] == ~0u) {
      componentOf[root] = result.components.size();
      result.components.emplace_back();
      result.itemIds.emplace_back();
    }
    unsigned c = componentOf[root];
    componentOf[item] = c;
    Component &component = result.components[c];
    localId[item] = component.sizes.size();
    component.sizes.push_back(instance.sizes[item]);
    component.alignments.push_back(
        instance.alignments.empty() ? 1 : instance.alignments[item]);
    component.weights.push_back(
        instance.weights.empty() ? 0 : instance.weights[item]);
    result.itemIds[c].push_back(item);
    // An item without conflicts still needs its own section: the section
    // bound is what keeps it within the capacity.
    if (!covered[item])
      component.sections.push_back({localId[item]});
  }
  // Each section's members once (in any order: the sections are sorted by
  // size below).
  std::vector<unsigned> seenIn(numItems, ~0u);
  for (unsigned s = 0; s < instance.sections.size(); ++s) {
    std::vector<unsigned> local;
    unsigned named = ~0u;
    for (unsigned item : instance.sections[s])
      if (instance.sizes[item] != 0 && seenIn[item] != s) {
        seenIn[item] = s;
        local.push_back(localId[item]);
        named = item;
      }
    // Any member of positive size names the component.
    if (!local.empty())
      result.components[componentOf[named]].sections.push_back(
          std::move(local));
  }
  // Drop repeated sections but keep the instance's order (time order for
  // interval problems), which the search's splitting relies on: sections
  // are grouped by a hash of their set (a sum over the members), and only
  // sections of one group are compared, as sorted lists.
  for (Component &component : result.components) {
    std::vector<std::vector<unsigned>> &sections = component.sections;
    std::vector<std::pair<uint64_t, unsigned>> byHash(sections.size());
    for (unsigned s = 0; s < sections.size(); ++s) {
      uint64_t hash = sections[s].size();
      for (unsigned item : sections[s])
        hash += mixBits(item + 1);
      byHash[s] = {hash, s};
    }
    std::sort(byHash.begin(), byHash.end());
    std::vector<char> keep(sections.size(), 1);
    auto sorted = [&](unsigned s) {
      std::vector<unsigned> members = sections[s];
      std::sort(members.begin(), members.end());
      return members;
    };
    for (size_t k = 0; k < byHash.size();) {
      size_t end = k + 1;
      while (end < byHash.size() && byHash[end].first == byHash[k].first)
        ++end;
      // Within a group by increasing index: the first of equal sets stays.
      for (size_t a = k + 1; a < end; ++a)
        for (size_t b = k; b < a; ++b)
          if (keep[byHash[b].second] &&
              sorted(byHash[a].second) == sorted(byHash[b].second)) {
            keep[byHash[a].second] = 0;
            break;
          }
      k = end;
    }
    std::vector<std::vector<unsigned>> unique;
    for (unsigned s = 0; s < sections.size(); ++s)
      if (keep[s])
        unique.push_back(std::move(sections[s]));
    sections = std::move(unique);
    sortSectionsBySize(component);
  }
  return result;
}

} // namespace

PackingResult solvePacking(const PackingInstance &instance,
                           const PackingLimits &limits,
                           llvm::ArrayRef<uint64_t> warmStart) {
  assert((warmStart.empty() || warmStart.size() == instance.sizes.size()) &&
         "warm start must give every item an offset");
  PackingResult result;
  result.offsets.assign(instance.sizes.size(), 0);
  Decomposition parts = decompose(instance);
  unsigned numParts = parts.components.size();

  SearchBudget budget;
  budget.nodeLimit = limits.nodeLimit;
  if (limits.timeLimitSeconds > 0) {
    budget.hasDeadline = true;
    budget.deadline =
        std::chrono::steady_clock::now() +
        std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::duration<double>(limits.timeLimitSeconds));
  }

  // Hardest component (largest section bound) first.
  std::vector<uint64_t> bounds(numParts);
  uint64_t globalBound = 0;
  for (unsigned c = 0; c < numParts; ++c) {
    bounds[c] = getSectionBound(parts.components[c]);
    globalBound = std::max(globalBound, bounds[c]);
  }
  std::vector<unsigned> order(numParts);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
    return bounds[a] > bounds[b];
  });

  // Each component starts from the better of the caller's plan and a first
  // fit. First fit costs the pairs of items: the components, in order, run
  // it while their first-fit work stays within kFirstFitMaxWork in all;
  // the others start from the caller's plan, or without one from a plan
  // stacking every item above its sections' tops (linear).
  std::vector<std::vector<uint64_t>> starts(numParts);
  std::vector<uint64_t> currentPeaks(numParts, 0);
  uint64_t firstFitWorkLeft = kFirstFitMaxWork;
  for (unsigned c = 0; c < numParts; ++c) {
    const Component &component = parts.components[c];
    const std::vector<unsigned> &ids = parts.itemIds[c];
    std::vector<uint64_t> start;
    uint64_t firstFitWork = getFirstFitWork(component);
    if (firstFitWork <= firstFitWorkLeft) {
      firstFitWorkLeft -= firstFitWork;
      start = firstFit(component, ItemSections(component));
    }
    if (!warmStart.empty()) {
      std::vector<uint64_t> given(ids.size());
      for (unsigned i = 0; i < ids.size(); ++i)
        given[i] = warmStart[ids[i]];
      if (start.empty() ||
          getPeak(component, given) <= getPeak(component, start))
        start = std::move(given);
    }
    if (start.empty())
      start = stackPlan(component, ItemSections(component));
    currentPeaks[c] = getPeak(component, start);
    if (currentPeaks[c] > limits.capacity) {
      start.clear();
      currentPeaks[c] = kNoPeak;
    }
    starts[c] = std::move(start);
  }
  // The deadline is looked at after a bounded amount of work (about 4 M
  // units of node work), at most every 1024 nodes.
  uint64_t nodeWork = instance.sizes.size() + instance.sections.size();
  for (const auto &section : instance.sections)
    nodeWork += section.size();
  budget.clockInterval = std::clamp<uint64_t>(
      (uint64_t(1) << 22) / std::max<uint64_t>(1, nodeWork), 1, 1024);

  result.found = true;
  result.lowerBound = globalBound;
  bool provenInfeasible = false;
  uint64_t needed = std::max(limits.stopAtPeak, globalBound);
  uint64_t instanceBound = globalBound;
  for (unsigned c : order) {
    const Component &component = parts.components[c];
    const std::vector<unsigned> &ids = parts.itemIds[c];
    std::vector<uint64_t> &start = starts[c];
    if (limits.onProgress)
      budget.onImprovement = [&, c](uint64_t peak, uint64_t lowerBound) {
        instanceBound = std::max(instanceBound, lowerBound);
        if (peak != 0)
          currentPeaks[c] = std::min(currentPeaks[c], peak);
        // The instance's peak, when every component has a plan.
        uint64_t whole = 0;
        for (uint64_t other : currentPeaks) {
          if (other == kNoPeak) {
            whole = 0;
            break;
          }
          whole = std::max(whole, other);
        }
        limits.onProgress(whole, instanceBound, budget.nodesUsed);
      };

    ComponentResult part;
    if (budget.exhausted()) {
      part.lowerBound = bounds[c];
      if (!start.empty()) {
        part.found = true;
        part.peak = getPeak(component, start);
        part.offsets = start;
      }
    } else {
      part = searchComponent(component, limits.capacity, needed, start, budget,
                             limits.search);
    }
    result.lowerBound = std::max(result.lowerBound, part.lowerBound);
    if (!part.found) {
      result.found = false;
      provenInfeasible = provenInfeasible || part.complete;
      continue;
    }
    needed = std::max(needed, part.peak);
    currentPeaks[c] = part.peak;
    result.peak = std::max(result.peak, part.peak);
    for (unsigned i = 0; i < ids.size(); ++i)
      result.offsets[ids[i]] = part.offsets[i];
  }
  // A complete component has its optimum as lower bound, so the peak is
  // optimal exactly when it meets the largest component bound.
  if (result.found) {
    result.complete = result.peak <= result.lowerBound;
  } else {
    result.complete = provenInfeasible;
    result.offsets.clear();
    result.peak = 0;
  }
  result.timedOut = budget.timedOut;
  result.nodes = budget.nodesUsed;
  return result;
}

} // namespace memplan
