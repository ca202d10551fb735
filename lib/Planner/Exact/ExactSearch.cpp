//===- ExactSearch.cpp - Branch-and-bound over one component --------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The search enumerates canonical placement sequences (docs/ExactPlanner.md):
// items are placed one at a time in non-decreasing offset order, each directly
// on top of its highest placed conflict (or at 0), and items sharing an offset
// in increasing internal id order. Every plan can be turned into a canonical
// one with no larger peak, so the enumeration loses no optimum.
//
// One run of the search is a feasibility probe: it looks for a plan within a
// fixed limit. Once the unplaced items of the current scope fall apart into
// groups that share no section (a section boundary no unplaced item crosses),
// the groups are searched one after the other, and a group without a plan
// fails the node that split them, without trying other arrangements of the
// groups searched before it.
//
//===----------------------------------------------------------------------===//

#include "ExactSearch.h"

#include "memplan/Planner/Random.h"

#include "llvm/Support/Alignment.h"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace memplan {
namespace exact {

Searcher::Searcher(const Component &component, const ItemSections &itemSections,
                   SearchBudget &budget, const StaticOrder &order,
                   FailureMemo &memo, const SearchOptions &options)
    : component(component), itemSections(itemSections), budget(budget),
      memo(memo), options(options), order(order) {
  numItems = component.sizes.size();
  numSections = component.sections.size();
  auto weightOf = [&](unsigned i) {
    return component.weights.empty() ? 0 : component.weights[i];
  };
  std::vector<uint64_t> sectionTotal(numSections, 0), itemTotal(numItems, 0);
  for (unsigned s = 0; s < numSections; ++s)
    for (unsigned item : component.sections[s])
      sectionTotal[s] += component.sizes[item];
  for (unsigned s = 0; s < numSections; ++s)
    for (unsigned item : component.sections[s])
      itemTotal[item] = std::max(itemTotal[item], sectionTotal[s]);
  auto keyOf = [&](OrderKey key, unsigned i) -> unsigned __int128 {
    switch (key) {
    case OrderKey::Size:
      return component.sizes[i];
    case OrderKey::Lifetime:
      return weightOf(i);
    case OrderKey::Area:
      return (unsigned __int128)component.sizes[i] * weightOf(i);
    case OrderKey::Total:
      return itemTotal[i];
    }
    return 0;
  };
  toComponentId.resize(numItems);
  std::iota(toComponentId.begin(), toComponentId.end(), 0u);
  std::sort(toComponentId.begin(), toComponentId.end(),
            [&](unsigned a, unsigned b) {
              for (OrderKey key : order)
                if (keyOf(key, a) != keyOf(key, b))
                  return keyOf(key, a) > keyOf(key, b);
              if (component.sizes[a] != component.sizes[b])
                return component.sizes[a] > component.sizes[b];
              return a < b;
            });
  toInternal.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i)
    toInternal[toComponentId[i]] = i;

  size.resize(numItems);
  alignment.resize(numItems);
  weight.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i) {
    size[i] = component.sizes[toComponentId[i]];
    weight[i] = weightOf(toComponentId[i]);
    alignment[i] = component.alignments.empty()
                       ? 1
                       : component.alignments[toComponentId[i]];
  }
  granule = getGranule(component);

  for (uint64_t total : sectionTotal)
    rootBound = std::max(rootBound, total);
  firstSection.resize(numItems);
  lastSection.resize(numItems);
  sectionsBegin.resize(numItems);
  sectionsEnd.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i) {
    sectionsBegin[i] = itemSections.begin[toComponentId[i]];
    sectionsEnd[i] = itemSections.begin[toComponentId[i] + 1];
    llvm::ArrayRef<unsigned> sections = getSections(i);
    assert(!sections.empty() && "every item is in a section");
    firstSection[i] = sections.front();
    lastSection[i] = sections.back();
  }
  itemsByFirstSection.resize(numItems);
  std::iota(itemsByFirstSection.begin(), itemsByFirstSection.end(), 0u);
  std::stable_sort(itemsByFirstSection.begin(), itemsByFirstSection.end(),
                   [&](unsigned a, unsigned b) {
                     return firstSection[a] < firstSection[b];
                   });
}

void Searcher::place(unsigned item, uint64_t at) {
  // The item sits at its skyline, at or above every top of its sections:
  // each section's top becomes its top.
  uint64_t top = at + size[item];
  for (unsigned s : getSections(item)) {
    trail.emplace_back(&sectionTop[s], sectionTop[s]);
    sectionTop[s] = top;
    unplacedSum[s] -= size[item];
  }
  raiseNeighbours(item, top);
  newCuts.clear();
  for (unsigned b = firstSection[item] + 1; b <= lastSection[item]; ++b)
    if (--crossing[b] == 0)
      newCuts.push_back(b);
  placed[item] = 1;
  offset[item] = at;
}

void Searcher::unplace(unsigned item, unsigned trailMark) {
  while (trail.size() > trailMark) {
    *trail.back().first = trail.back().second;
    trail.pop_back();
  }
  placed[item] = 0;
  for (unsigned s : getSections(item))
    unplacedSum[s] += size[item];
  for (unsigned b = firstSection[item] + 1; b <= lastSection[item]; ++b)
    ++crossing[b];
}

bool Searcher::expand(Frame &frame) {
  const Scope &scope = scopes.back();
  unsigned checkLo = frame.checkLo, checkHi = frame.checkHi;
  frame.candBegin = frame.candEnd = frame.next = cands.size();
  // Inference on sections: every unplaced item of a section lies above both
  // the section's top and the current level, and they all stack.
  uint64_t maxUnplaced = 0;
  for (unsigned s = checkLo; s < checkHi; ++s) {
    uint64_t rest = unplacedSum[s];
    if (rest == 0)
      continue;
    if (options.sectionTops && std::max(sectionTop[s], level) + rest > limit)
      return false;
    if (s >= scope.lo && s < scope.hi)
      maxUnplaced = std::max(maxUnplaced, rest);
  }
  // The next item's offset becomes the level: every section of the scope
  // must still fit above it.
  uint64_t maxOffset = limit;
  if (options.nextOffset) {
    if (maxUnplaced > limit)
      return false;
    maxOffset = limit - maxUnplaced;
  }
  // Dominance: an unplaced item j could always drop to its skyline a(j), so
  // a plan with the least sum of offsets never places an item at or above
  // a(j) + size(j) while j is unplaced.
  auto [begin, end] = getItemRange(scope.lo, scope.hi);
  if (options.dominance) {
    uint64_t minTop = ~uint64_t(0);
    for (unsigned k = begin; k < end; ++k) {
      unsigned j = itemsByFirstSection[k];
      if (!placed[j])
        minTop = std::min(minTop, getSkyline(j) + size[j]);
    }
    if (minTop <= level)
      return false;
    maxOffset = std::min(maxOffset, minTop - 1);
  }
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t at = getSkyline(j);
    if (!isCanonicalAt(j, at)) {
      // Not canonical now: a later item must lift it, so it needs an
      // unplaced neighbour.
      if (options.liftedItems && !hasUnplacedNeighbour(j)) {
        cands.resize(frame.candBegin);
        return false;
      }
      continue;
    }
    // Without the next-offset rule, maxOffset is the limit: the child must
    // still fit within it.
    if (at <= maxOffset && (options.nextOffset || at + size[j] <= limit)) {
      assert(at + size[j] <= limit && "the scope's checks cover the child");
      cands.emplace_back(at, j);
    }
  }
  frame.candEnd = cands.size();
  frame.next = frame.candBegin;
  if (frame.candBegin == frame.candEnd)
    return false;
  frame.key = getStateKey(checkLo, checkHi);
  if ((options.failureMemo && memo.covers(frame.key, limit)) ||
      (options.releaseBounds && !checkReleases(checkLo, checkHi))) {
    cands.resize(frame.candBegin);
    return false;
  }
  std::sort(cands.begin() + frame.candBegin, cands.end(),
            [&](const auto &a, const auto &b) {
              if (a.first != b.first)
                return a.first < b.first;
              return rank[a.second] < rank[b.second];
            });
  frame.expanded = true;
  return true;
}

FailureMemo::Key Searcher::getStateKey(unsigned lo, unsigned hi) const {
  // Sums of per-element hashes: the same set gives the same value whatever
  // the static order of the probe.
  uint64_t items = 0, barred = 0, tops = 0;
  auto [begin, end] = getItemRange(lo, hi);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t id = toComponentId[j];
    items += mixBits(2 * id + 1);
    if (getSkyline(j) == level && !isCanonicalAt(j, level))
      barred += mixBits(2 * id + 2);
  }
  for (unsigned s = lo; s < hi; ++s)
    if (unplacedSum[s] != 0)
      tops += mixBits(mixBits(s + 0x51ED) ^ sectionTop[s]);
  FailureMemo::Key key;
  key.first = mixBits(items ^ mixBits(barred + 1) ^ mixBits(tops + 2) ^
                      mixBits(level + 3));
  key.second = mixBits(items + 0x9E37) ^ mixBits(barred ^ 0x7F4A) ^
               mixBits(tops ^ 0xC15) ^ mixBits(mixBits(level) + 5);
  return key;
}

bool Searcher::checkReleases(unsigned lo, unsigned hi) {
  // Per section, the two lowest releases among its unplaced items and the
  // bytes released at the lowest: the stack cannot start below the lowest,
  // and what is not released there cannot start below the second.
  constexpr uint64_t kNever = ~uint64_t(0);
  for (unsigned s = lo; s < hi; ++s) {
    lowestRelease[s] = kNever;
    secondRelease[s] = kNever;
    bytesAtLowest[s] = 0;
  }
  ++checkStamp;
  auto [begin, end] = getItemRange(lo, hi);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t at = getSkyline(j);
    if (!isCanonicalAt(j, at)) {
      // Lifted by an unplaced neighbour: at least by the smallest one.
      uint64_t lift = 0;
      if (options.liftedItems)
        lift = getSmallestNeighbour(j);
      at = llvm::alignTo(level + lift, llvm::Align(alignment[j]));
    }
    for (unsigned s : getSections(j)) {
      if (at < lowestRelease[s]) {
        secondRelease[s] = lowestRelease[s];
        lowestRelease[s] = at;
        bytesAtLowest[s] = size[j];
      } else if (at == lowestRelease[s]) {
        bytesAtLowest[s] += size[j];
      } else if (at < secondRelease[s]) {
        secondRelease[s] = at;
      }
    }
  }
  for (unsigned s = lo; s < hi; ++s) {
    uint64_t rest = unplacedSum[s];
    if (rest == 0)
      continue;
    if (lowestRelease[s] + rest > limit)
      return false;
    if (secondRelease[s] != kNever &&
        secondRelease[s] + (rest - bytesAtLowest[s]) > limit)
      return false;
  }
  return true;
}

void Searcher::raiseNeighbours(unsigned item, uint64_t top) {
  // Each run of consecutive sections: the members of its first section and
  // the items entering the others (ItemSections).
  auto raise = [&](unsigned other) {
    unsigned j = toInternal[other];
    if (!placed[j] && skyline[j] < top) {
      trail.emplace_back(&skyline[j], skyline[j]);
      skyline[j] = top;
    }
  };
  llvm::ArrayRef<unsigned> sections = getSections(item);
  for (unsigned k = 0; k < sections.size(); ++k) {
    unsigned s = sections[k];
    if (k == 0 || sections[k - 1] + 1 != s) {
      for (unsigned other : component.sections[s])
        raise(other);
      continue;
    }
    for (unsigned e = itemSections.enteringBegin[s];
         e < itemSections.enteringBegin[s + 1]; ++e)
      raise(itemSections.entering[e]);
  }
}

bool Searcher::hasUnplacedNeighbour(unsigned j) const {
  // Sizes are positive: another unplaced item of a section leaves more
  // than j's bytes to place there.
  for (unsigned s : getSections(j))
    if (unplacedSum[s] > size[j])
      return true;
  return false;
}

uint64_t Searcher::getSmallestNeighbour(unsigned j) {
  // The members of a section are sorted by size: its two first unplaced
  // ones, found once per release check.
  uint64_t smallest = ~uint64_t(0);
  for (unsigned s : getSections(j)) {
    if (smallestStamp[s] != checkStamp) {
      smallestStamp[s] = checkStamp;
      smallestItem[s] = secondSmallestItem[s] = kNone;
      for (unsigned other : component.sections[s]) {
        unsigned i = toInternal[other];
        if (placed[i])
          continue;
        if (smallestItem[s] == kNone) {
          smallestItem[s] = i;
          continue;
        }
        secondSmallestItem[s] = i;
        break;
      }
    }
    unsigned other =
        smallestItem[s] == j ? secondSmallestItem[s] : smallestItem[s];
    if (other != kNone)
      smallest = std::min(smallest, size[other]);
  }
  return smallest == ~uint64_t(0) ? 0 : smallest;
}

bool Searcher::spendNode() {
  ++budget.nodesUsed;
  if (budget.nodesUsed >= budget.nodeLimit)
    return true;
  if (budget.hasDeadline && budget.nodesUsed % budget.clockInterval == 0 &&
      std::chrono::steady_clock::now() >= budget.deadline) {
    budget.timedOut = true;
    return true;
  }
  return false;
}

void Searcher::popFrame() {
  Frame &frame = frames.back();
  cands.resize(frame.candBegin);
  if (frame.item != kNone) {
    unplace(frame.item, frame.trailMark);
    level = frame.prevLevel;
    nextAtLevel = frame.prevNextAtLevel;
    scopes.resize(frame.prevScopeCount - 1);
    scopes.push_back(frame.prevTop);
  }
  frames.pop_back();
}

void Searcher::failTop() {
  while (!frames.empty()) {
    Frame &frame = frames.back();
    if (frame.startsScope) {
      // The scope this node starts has no plan, whatever the scopes searched
      // before it hold: its owner has none either.
      unsigned owner = frame.scopeOwner;
      while (frames.size() > owner + 1)
        popFrame();
      continue;
    }
    if (options.failureMemo && frame.expanded && frame.item != kNone)
      memo.record(frame.key, limit);
    popFrame();
    return;
  }
}

ProbeOutcome Searcher::run(uint64_t target, uint64_t nodeCap,
                           std::vector<uint64_t> &result) {
  uint64_t nodeStop =
      budget.nodesUsed +
      std::min(nodeCap,
               budget.nodeLimit - std::min(budget.nodeLimit, budget.nodesUsed));
  limit = target / granule * granule;
  if (limit < rootBound)
    return ProbeOutcome::Infeasible;

  skyline.assign(numItems, 0);
  sectionTop.assign(numSections, 0);
  unplacedSum.assign(numSections, 0);
  for (unsigned s = 0; s < numSections; ++s)
    for (unsigned item : component.sections[s])
      unplacedSum[s] += component.sizes[item];
  crossing.assign(numSections + 1, 0);
  for (unsigned i = 0; i < numItems; ++i)
    for (unsigned b = firstSection[i] + 1; b <= lastSection[i]; ++b)
      ++crossing[b];
  offset.assign(numItems, 0);
  lowestRelease.assign(numSections, 0);
  secondRelease.assign(numSections, 0);
  bytesAtLowest.assign(numSections, 0);
  smallestItem.assign(numSections, kNone);
  secondSmallestItem.assign(numSections, kNone);
  smallestStamp.assign(numSections, 0);
  checkStamp = 0;
  placed.assign(numItems, 0);
  rank.resize(numItems);
  std::iota(rank.begin(), rank.end(), uint64_t(0));
  level = 0;
  nextAtLevel = 0;
  trail.clear();
  cands.clear();
  frames.clear();

  // The root scope, split where no item crosses a boundary.
  scopes.assign(1, Scope{0, numSections, numItems, 0, 0, 0});
  std::vector<unsigned> rootCuts;
  for (unsigned b = 1; b < numSections; ++b)
    if (crossing[b] == 0)
      rootCuts.push_back(b);
  if (options.splitParts && !rootCuts.empty())
    splitScope(rootCuts, 0);
  frames.emplace_back();
  frames.back().checkLo = 0;
  frames.back().checkHi = numSections;
  if (!expand(frames.back()))
    return ProbeOutcome::Infeasible;

  auto stopped = [&] {
    if (budget.nodesUsed >= nodeStop)
      return true;
    return spendNode();
  };
  while (!frames.empty()) {
    Frame &frame = frames.back();
    if (frame.next == frame.candEnd) {
      failTop();
      continue;
    }
    auto [at, item] = cands[frame.next++];
    Frame child;
    child.item = item;
    child.trailMark = trail.size();
    child.prevLevel = level;
    child.prevNextAtLevel = nextAtLevel;
    place(item, at);
    level = at;
    nextAtLevel = rank[item] + 1;
    bool more = updateScopes(child);
    frames.push_back(child);
    if (!more) {
      result.assign(numItems, 0);
      for (unsigned i = 0; i < numItems; ++i)
        result[toComponentId[i]] = offset[i];
      frames.clear();
      return ProbeOutcome::Found;
    }
    if (stopped()) {
      frames.clear();
      return ProbeOutcome::OutOfBudget;
    }
    if (!expand(frames.back()))
      failTop();
  }
  return ProbeOutcome::Infeasible;
}

} // namespace exact
} // namespace memplan
