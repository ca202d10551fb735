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
//===----------------------------------------------------------------------===//

#include "ExactSearch.h"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace memplan {
namespace exact {

namespace {

constexpr unsigned kNone = ~0u;
/// How many nodes pass between two looks at the clock.
constexpr uint64_t kClockInterval = 1024;
/// Node allowance of each static order in the first round of restarts.
constexpr uint64_t kFirstRestartNodes = 4096;

/// Static orders of the items (larger first), which break ties in the
/// canonical order and between children at the same offset.
enum class StaticOrder { Size, Area, Lifetime };

uint64_t alignUp(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

/// Search states proven to have no plan within some limit, shared by the
/// restarts of one component. A state is what decides the subtree below a
/// node: the unplaced items, the level, the items that may no longer take the
/// level, and the tops of the sections that still have unplaced items. Two
/// nodes with the same state have the same continuations, so if one had no
/// continuation within a limit, neither has the other, provided the other's
/// placed items are within the limit too (see docs/ExactPlanner.md). States
/// are keyed by two independent 64-bit hashes; the table is direct-mapped
/// and keeps the latest entry of a slot, which keeps it deterministic.
class FailureMemo {
public:
  struct Key {
    uint64_t first = 0, second = 0;
  };

  explicit FailureMemo(unsigned numItems) {
    unsigned bits = 10;
    while (bits < 21 && (size_t(1) << bits) < size_t(2048) * numItems)
      ++bits;
    table.resize(size_t(1) << bits);
  }

  /// Whether a recorded failure rules out a plan within `limit`.
  bool covers(Key key, uint64_t limit) const {
    const Entry &entry = table[key.first & (table.size() - 1)];
    return entry.key.first == key.first && entry.key.second == key.second &&
           limit <= entry.failedLimit && entry.placedPeak <= limit;
  }

  /// Records that the state `key`, whose placed items reach `placedPeak`,
  /// has no plan within `failedLimit`.
  void record(Key key, uint64_t failedLimit, uint64_t placedPeak) {
    table[key.first & (table.size() - 1)] = {key, failedLimit, placedPeak};
  }

private:
  struct Entry {
    Key key;
    uint64_t failedLimit = 0;
    uint64_t placedPeak = ~uint64_t(0);
  };
  std::vector<Entry> table;
};

/// A 64-bit mix (splitmix64's finaliser).
uint64_t mix(uint64_t value) {
  value ^= value >> 30;
  value *= 0xBF58476D1CE4E5B9ULL;
  value ^= value >> 27;
  value *= 0x94D049BB133111EBULL;
  value ^= value >> 31;
  return value;
}

/// Depth-first branch-and-bound over the canonical sequences of one
/// component, with an explicit stack.
class Searcher {
public:
  Searcher(const Component &component, SearchBudget &budget, StaticOrder order,
           FailureMemo &memo);

  /// Searches for a plan better than `incumbent` (when given) within
  /// `capacity`, spending at most `nodeCap` nodes of the shared budget.
  ComponentResult run(uint64_t capacity, uint64_t stopAtPeak,
                      const std::vector<uint64_t> &incumbent, uint64_t nodeCap);

private:
  struct Frame {
    /// Candidate children of this node: cands[candBegin, candEnd).
    unsigned candBegin = 0, candEnd = 0, next = 0;
    /// The item whose placement created this node (kNone at the root) and
    /// what to restore when the node is left.
    unsigned item = kNone;
    unsigned trailMark = 0;
    uint64_t prevLevel = 0;
    unsigned prevNextAtLevel = 0;
    /// Largest unplaced total of one section at this node.
    uint64_t maxUnplaced = 0;
    /// The node's state and the highest top of its placed items.
    FailureMemo::Key key;
    uint64_t placedPeak = 0;
  };

  void place(unsigned item, uint64_t offset);
  void unplace(unsigned item, unsigned trailMark);
  /// Prunes the current node or appends its children to `cands`.
  bool expand(Frame &frame);
  /// Whether the unplaced items of every section, each above its release
  /// (lowest possible offset), still stack within the limit.
  bool checkReleases();
  /// Checks the budget after one more node; true when the search must stop.
  bool spendNode();
  void recordSolution();

  /// The state of the current node (see FailureMemo).
  FailureMemo::Key getStateKey() const;

  const Component &component;
  SearchBudget &budget;
  FailureMemo &memo;

  // Static data, in internal ids (items sorted by decreasing size, then
  // weight, then component id).
  unsigned numItems = 0, numSections = 0;
  std::vector<unsigned> toComponentId;
  std::vector<uint64_t> size, alignment;
  std::vector<unsigned> itemSectionBegin, itemSections;
  std::vector<unsigned> sectionItemBegin, sectionItems;
  std::vector<unsigned> neighbourBegin, neighbours;
  /// The neighbours of each item by increasing size.
  std::vector<unsigned> neighboursBySize;
  uint64_t granule = 1;
  uint64_t rootBound = 0;

  // Search state.
  std::vector<uint64_t> skyline;     // per item: highest placed conflict top
  std::vector<uint64_t> sectionTop;  // per section: highest placed top
  std::vector<uint64_t> unplacedSum; // per section: bytes still to place
  std::vector<unsigned> unplacedNeighbours;
  std::vector<uint64_t> offset;
  std::vector<char> placed;
  unsigned numPlaced = 0;
  /// Offset of the last placed item (the canonical order's current level),
  /// and the smallest id an item placed at that same level may have.
  uint64_t level = 0;
  unsigned nextAtLevel = 0;
  std::vector<std::pair<uint64_t *, uint64_t>> trail;
  /// Per section: the lowest and second lowest offsets its unplaced items
  /// can still take, and the bytes of those at the lowest.
  std::vector<uint64_t> lowestRelease, secondRelease, bytesAtLowest;
  std::vector<std::pair<uint64_t, unsigned>> cands;
  std::vector<Frame> frames;

  /// Largest peak still worth finding.
  uint64_t limit = 0;
  bool haveBest = false;
  uint64_t bestPeak = 0;
  std::vector<uint64_t> bestOffsets; // internal ids
  /// Set when the search must end: a plan met stopAtPeak, or no better
  /// plan can exist (boundMet).
  bool stop = false;
  bool boundMet = false;
  uint64_t stopAtPeak = 0;
  /// The search stops when budget.nodesUsed reaches this.
  uint64_t nodeStop = 0;
};

Searcher::Searcher(const Component &component, SearchBudget &budget,
                   StaticOrder order, FailureMemo &memo)
    : component(component), budget(budget), memo(memo) {
  numItems = component.sizes.size();
  numSections = component.sections.size();
  toComponentId.resize(numItems);
  std::iota(toComponentId.begin(), toComponentId.end(), 0u);
  auto weightOf = [&](unsigned i) {
    return component.weights.empty() ? 0 : component.weights[i];
  };
  // The static order breaks ties between items at the same offset, in the
  // canonical order as in the order children are tried.
  auto key = [&](unsigned i) -> unsigned __int128 {
    switch (order) {
    case StaticOrder::Size:
      return component.sizes[i];
    case StaticOrder::Lifetime:
      return weightOf(i);
    case StaticOrder::Area:
      return (unsigned __int128)component.sizes[i] * weightOf(i);
    }
    return 0;
  };
  std::sort(toComponentId.begin(), toComponentId.end(),
            [&](unsigned a, unsigned b) {
              if (key(a) != key(b))
                return key(a) > key(b);
              if (component.sizes[a] != component.sizes[b])
                return component.sizes[a] > component.sizes[b];
              if (weightOf(a) != weightOf(b))
                return weightOf(a) > weightOf(b);
              return a < b;
            });
  std::vector<unsigned> toInternal(numItems);
  for (unsigned i = 0; i < numItems; ++i)
    toInternal[toComponentId[i]] = i;

  size.resize(numItems);
  alignment.resize(numItems);
  granule = 0;
  for (unsigned i = 0; i < numItems; ++i) {
    size[i] = component.sizes[toComponentId[i]];
    alignment[i] = component.alignments.empty()
                       ? 1
                       : component.alignments[toComponentId[i]];
    granule = std::gcd(granule, size[i]);
    if (alignment[i] > 1)
      granule = std::gcd(granule, alignment[i]);
  }
  if (granule == 0)
    granule = 1;

  // Item -> sections, and neighbours (items sharing a section).
  std::vector<std::vector<unsigned>> sectionsOf(numItems);
  for (unsigned s = 0; s < numSections; ++s) {
    uint64_t total = 0;
    for (unsigned item : component.sections[s]) {
      sectionsOf[toInternal[item]].push_back(s);
      total += component.sizes[item];
    }
    rootBound = std::max(rootBound, total);
  }
  sectionItemBegin.push_back(0);
  for (unsigned s = 0; s < numSections; ++s) {
    for (unsigned item : component.sections[s])
      sectionItems.push_back(toInternal[item]);
    sectionItemBegin.push_back(sectionItems.size());
  }
  itemSectionBegin.push_back(0);
  for (unsigned i = 0; i < numItems; ++i) {
    itemSections.insert(itemSections.end(), sectionsOf[i].begin(),
                        sectionsOf[i].end());
    itemSectionBegin.push_back(itemSections.size());
  }
  std::vector<unsigned> mark(numItems, kNone);
  neighbourBegin.push_back(0);
  for (unsigned i = 0; i < numItems; ++i) {
    mark[i] = i;
    for (unsigned s : sectionsOf[i])
      for (unsigned other : component.sections[s]) {
        unsigned j = toInternal[other];
        if (mark[j] == i)
          continue;
        mark[j] = i;
        neighbours.push_back(j);
      }
    std::sort(neighbours.begin() + neighbourBegin.back(), neighbours.end());
    neighbourBegin.push_back(neighbours.size());
  }
  neighboursBySize = neighbours;
  for (unsigned i = 0; i < numItems; ++i)
    std::sort(neighboursBySize.begin() + neighbourBegin[i],
              neighboursBySize.begin() + neighbourBegin[i + 1],
              [&](unsigned a, unsigned b) {
                return size[a] != size[b] ? size[a] < size[b] : a < b;
              });
}

void Searcher::place(unsigned item, uint64_t at) {
  uint64_t top = at + size[item];
  for (unsigned k = itemSectionBegin[item]; k < itemSectionBegin[item + 1];
       ++k) {
    unsigned s = itemSections[k];
    trail.emplace_back(&sectionTop[s], sectionTop[s]);
    sectionTop[s] = top;
    unplacedSum[s] -= size[item];
  }
  for (unsigned k = neighbourBegin[item]; k < neighbourBegin[item + 1]; ++k) {
    unsigned j = neighbours[k];
    if (placed[j])
      continue;
    --unplacedNeighbours[j];
    if (skyline[j] < top) {
      trail.emplace_back(&skyline[j], skyline[j]);
      skyline[j] = top;
    }
  }
  placed[item] = 1;
  offset[item] = at;
  ++numPlaced;
}

void Searcher::unplace(unsigned item, unsigned trailMark) {
  while (trail.size() > trailMark) {
    *trail.back().first = trail.back().second;
    trail.pop_back();
  }
  placed[item] = 0;
  --numPlaced;
  for (unsigned k = itemSectionBegin[item]; k < itemSectionBegin[item + 1]; ++k)
    unplacedSum[itemSections[k]] += size[item];
  for (unsigned k = neighbourBegin[item]; k < neighbourBegin[item + 1]; ++k)
    if (!placed[neighbours[k]])
      ++unplacedNeighbours[neighbours[k]];
}

bool Searcher::expand(Frame &frame) {
  // Inference on sections: every unplaced item of a section lies above both
  // the section's top and the current level, and they all stack.
  uint64_t maxUnplaced = 0;
  // Placed tops are checked too: the limit drops whenever a plan is found.
  for (unsigned s = 0; s < numSections; ++s) {
    uint64_t rest = unplacedSum[s];
    if (rest == 0) {
      if (sectionTop[s] > limit)
        return false;
      continue;
    }
    if (std::max(sectionTop[s], level) + rest > limit)
      return false;
    maxUnplaced = std::max(maxUnplaced, rest);
  }
  // The next item's offset becomes the level: every section must still fit.
  uint64_t maxOffset = limit - maxUnplaced;
  frame.maxUnplaced = maxUnplaced;
  frame.candBegin = cands.size();
  for (unsigned j = 0; j < numItems; ++j) {
    if (placed[j])
      continue;
    uint64_t at = alignUp(skyline[j], alignment[j]);
    if (at < level || (at == level && j < nextAtLevel)) {
      // Not canonical now: a later item must lift it, so it needs an
      // unplaced neighbour.
      if (unplacedNeighbours[j] == 0) {
        cands.resize(frame.candBegin);
        return false;
      }
      continue;
    }
    if (at <= maxOffset)
      cands.emplace_back(at, j);
  }
  frame.candEnd = cands.size();
  frame.next = frame.candBegin;
  if (frame.candBegin == frame.candEnd)
    return false;
  frame.key = getStateKey();
  if (memo.covers(frame.key, limit) || !checkReleases()) {
    cands.resize(frame.candBegin);
    return false;
  }
  frame.placedPeak = 0;
  for (unsigned s = 0; s < numSections; ++s)
    frame.placedPeak = std::max(frame.placedPeak, sectionTop[s]);
  std::sort(cands.begin() + frame.candBegin, cands.end());
  return true;
}

FailureMemo::Key Searcher::getStateKey() const {
  // Sums of per-element hashes: the same set gives the same value whatever
  // the static order of this restart.
  uint64_t items = 0, barred = 0, tops = 0;
  for (unsigned j = 0; j < numItems; ++j) {
    if (placed[j])
      continue;
    uint64_t id = toComponentId[j];
    items += mix(2 * id + 1);
    if (alignUp(skyline[j], alignment[j]) == level && j < nextAtLevel)
      barred += mix(2 * id + 2);
  }
  for (unsigned s = 0; s < numSections; ++s)
    if (unplacedSum[s] != 0)
      tops += mix(mix(s + 0x51ED) ^ sectionTop[s]);
  FailureMemo::Key key;
  key.first = mix(items ^ mix(barred + 1) ^ mix(tops + 2) ^ mix(level + 3));
  key.second = mix(items + 0x9E37) ^ mix(barred ^ 0x7F4A) ^ mix(tops ^ 0xC15) ^
               mix(mix(level) + 5);
  return key;
}

bool Searcher::checkReleases() {
  // Per section, the two lowest releases among its unplaced items and the
  // bytes released at the lowest: the stack cannot start below the lowest,
  // and what is not released there cannot start below the second.
  constexpr uint64_t kNever = ~uint64_t(0);
  std::fill(lowestRelease.begin(), lowestRelease.end(), kNever);
  std::fill(secondRelease.begin(), secondRelease.end(), kNever);
  std::fill(bytesAtLowest.begin(), bytesAtLowest.end(), 0);
  for (unsigned j = 0; j < numItems; ++j) {
    if (placed[j])
      continue;
    uint64_t at = alignUp(skyline[j], alignment[j]);
    if (at < level || (at == level && j < nextAtLevel)) {
      // Lifted by an unplaced neighbour: at least by the smallest one.
      uint64_t lift = 0;
      for (unsigned k = neighbourBegin[j]; k < neighbourBegin[j + 1]; ++k)
        if (!placed[neighboursBySize[k]]) {
          lift = size[neighboursBySize[k]];
          break;
        }
      at = alignUp(level + lift, alignment[j]);
    }
    for (unsigned k = itemSectionBegin[j]; k < itemSectionBegin[j + 1]; ++k) {
      unsigned s = itemSections[k];
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
  for (unsigned s = 0; s < numSections; ++s) {
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

bool Searcher::spendNode() {
  ++budget.nodesUsed;
  if (budget.nodesUsed >= nodeStop)
    return true;
  if (budget.hasDeadline && budget.nodesUsed % kClockInterval == 0 &&
      std::chrono::steady_clock::now() >= budget.deadline) {
    budget.timedOut = true;
    return true;
  }
  return false;
}

void Searcher::recordSolution() {
  uint64_t peak = 0;
  for (unsigned i = 0; i < numItems; ++i)
    peak = std::max(peak, offset[i] + size[i]);
  // Items placed before the limit last dropped may stand above it.
  if (peak > limit)
    return;
  haveBest = true;
  bestPeak = peak;
  bestOffsets = offset;
  stop = peak <= stopAtPeak;
  limit = peak < granule ? 0 : (peak - 1) / granule * granule;
  if (limit < rootBound || peak == 0)
    stop = boundMet = true;
}

ComponentResult Searcher::run(uint64_t capacity, uint64_t stopAt,
                              const std::vector<uint64_t> &incumbent,
                              uint64_t nodeCap) {
  nodeStop = budget.nodesUsed +
             std::min(nodeCap, budget.nodeLimit - std::min(budget.nodeLimit,
                                                           budget.nodesUsed));
  ComponentResult result;
  result.lowerBound = rootBound;
  stopAtPeak = stopAt;
  limit = capacity / granule * granule;
  if (!incumbent.empty()) {
    uint64_t peak = getPeak(component, incumbent);
    if (peak <= capacity) {
      result.found = true;
      result.offsets = incumbent;
      result.peak = peak;
      if (peak <= stopAtPeak || peak <= rootBound) {
        result.complete = peak <= rootBound;
        return result;
      }
      limit = std::min(limit, (peak - 1) / granule * granule);
    }
  }

  skyline.assign(numItems, 0);
  sectionTop.assign(numSections, 0);
  unplacedSum.assign(numSections, 0);
  for (unsigned s = 0; s < numSections; ++s)
    for (unsigned item : component.sections[s])
      unplacedSum[s] += component.sizes[item];
  unplacedNeighbours.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i)
    unplacedNeighbours[i] = neighbourBegin[i + 1] - neighbourBegin[i];
  offset.assign(numItems, 0);
  lowestRelease.assign(numSections, 0);
  secondRelease.assign(numSections, 0);
  bytesAtLowest.assign(numSections, 0);
  placed.assign(numItems, 0);
  numPlaced = 0;
  level = 0;
  nextAtLevel = 0;

  bool exhausted = false;
  if (limit >= rootBound) {
    frames.emplace_back();
    if (!expand(frames.back()))
      frames.pop_back();
  }
  while (!frames.empty() && !stop) {
    Frame &frame = frames.back();
    if (frame.next == frame.candEnd ||
        cands[frame.next].first + frame.maxUnplaced > limit) {
      // Children come in increasing offset order: once one exceeds the
      // (possibly lowered) limit, so do the rest.
      // Every child was searched or is beyond the limit: no plan within the
      // limit below this node.
      if (frame.item != kNone)
        memo.record(frame.key, limit, frame.placedPeak);
      unsigned item = frame.item, mark = frame.trailMark;
      uint64_t prevLevel = frame.prevLevel;
      unsigned prevNextAtLevel = frame.prevNextAtLevel;
      cands.resize(frame.candBegin);
      frames.pop_back();
      if (item != kNone) {
        unplace(item, mark);
        level = prevLevel;
        nextAtLevel = prevNextAtLevel;
      }
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
    nextAtLevel = item + 1;
    if (spendNode()) {
      exhausted = true;
      break;
    }
    if (numPlaced == numItems) {
      recordSolution();
      unplace(item, child.trailMark);
      level = child.prevLevel;
      nextAtLevel = child.prevNextAtLevel;
      continue;
    }
    if (!expand(child)) {
      unplace(item, child.trailMark);
      level = child.prevLevel;
      nextAtLevel = child.prevNextAtLevel;
      continue;
    }
    frames.push_back(child);
  }
  frames.clear();
  cands.clear();
  trail.clear();

  if (haveBest) {
    result.found = true;
    result.peak = bestPeak;
    result.offsets.assign(numItems, 0);
    for (unsigned i = 0; i < numItems; ++i)
      result.offsets[toComponentId[i]] = bestOffsets[i];
  }
  if ((!exhausted && !stop) || boundMet) {
    // The whole space below the incumbent was searched, or the incumbent
    // sits at a bound no plan can beat.
    result.complete = true;
    if (result.found)
      result.lowerBound = std::max(result.lowerBound, result.peak);
  } else if (result.found && result.peak <= result.lowerBound) {
    result.complete = true;
  }
  return result;
}

} // namespace

uint64_t getPeak(const Component &component,
                 const std::vector<uint64_t> &offsets) {
  uint64_t peak = 0;
  for (unsigned i = 0; i < component.sizes.size(); ++i)
    peak = std::max(peak, offsets[i] + component.sizes[i]);
  return peak;
}

uint64_t getSectionBound(const Component &component) {
  uint64_t bound = 0;
  for (const auto &section : component.sections) {
    uint64_t total = 0;
    for (unsigned item : section)
      total += component.sizes[item];
    bound = std::max(bound, total);
  }
  return bound;
}

ComponentResult searchComponent(const Component &component, uint64_t capacity,
                                uint64_t stopAtPeak,
                                const std::vector<uint64_t> &incumbent,
                                SearchBudget &budget) {
  // The search is far stronger with a tight limit than with a loose one, so
  // the peak is minimised by probes: each round tries, for every static
  // order, a branch and bound below the incumbent (two allowances; the
  // capacity while there is none), a feasibility probe at the lowest target
  // not yet ruled out (two allowances), and probes halfway and three
  // quarters of the way up to the incumbent (one each). The allowance
  // doubles every round. A probe that finds a plan lowers the
  // incumbent; one that exhausts its space raises the proven lower bound.
  // Restarting with another order lets a search stuck below a bad early
  // decision give way, while the doubling keeps the total work within a small
  // factor of the useful work and keeps the whole search complete.
  static constexpr StaticOrder kOrders[] = {
      StaticOrder::Size, StaticOrder::Area, StaticOrder::Lifetime};
  ComponentResult best;
  uint64_t granule = getGranule(component);
  uint64_t low = getSectionBound(component);
  auto floorToGranule = [&](uint64_t value) {
    return value / granule * granule;
  };
  capacity = floorToGranule(capacity);
  if (!incumbent.empty() && getPeak(component, incumbent) <= capacity) {
    best.found = true;
    best.offsets = incumbent;
    best.peak = getPeak(component, incumbent);
  }
  auto finished = [&] {
    if (best.found)
      return best.peak <= low || best.peak <= stopAtPeak;
    return low > capacity;
  };
  FailureMemo memo(component.sizes.size());
  uint64_t allowance = kFirstRestartNodes;
  while (!finished() && !budget.exhausted()) {
    uint64_t high = best.found ? floorToGranule(best.peak - 1) : capacity;
    uint64_t targets[] = {high, low, floorToGranule(low + (high - low) / 2),
                          floorToGranule(low + (high - low) / 4 * 3), high};
    for (unsigned t = 0; t < 5 && !finished(); ++t) {
      uint64_t target = std::max(targets[t], low);
      if (target > high || (t > 0 && targets[t] == targets[t - 1]) ||
          (t == 4 && best.found))
        continue;
      for (StaticOrder order : kOrders) {
        if (finished() || budget.exhausted() ||
            (best.found && best.peak <= target))
          break;
        // The probe one granule below the incumbent is a branch and bound
        // that keeps lowering its limit with every plan it finds.
        bool descend = best.found && target == high;
        Searcher searcher(component, budget, order, memo);
        ComponentResult probe =
            searcher.run(descend ? capacity : target, stopAtPeak,
                         descend ? best.offsets : std::vector<uint64_t>(),
                         (descend || target == low ? 2 : 1) * allowance);
        if (probe.found && (!best.found || probe.peak < best.peak)) {
          best.found = true;
          best.offsets = std::move(probe.offsets);
          best.peak = probe.peak;
        } else if (probe.complete && (descend || !probe.found)) {
          // No plan at or below the target.
          low = std::max(low, target + granule);
        }
        high = best.found ? floorToGranule(best.peak - 1) : capacity;
        if (target > high)
          break;
      }
    }
    allowance = allowance > UINT64_MAX / 2 ? UINT64_MAX : allowance * 2;
  }
  best.lowerBound = low;
  if (best.found) {
    best.complete = best.peak <= low;
    best.lowerBound = std::min(low, best.peak);
  } else {
    best.complete = low > capacity;
  }
  return best;
}

uint64_t getGranule(const Component &component) {
  uint64_t granule = 0;
  for (unsigned i = 0; i < component.sizes.size(); ++i) {
    granule = std::gcd(granule, component.sizes[i]);
    if (!component.alignments.empty() && component.alignments[i] > 1)
      granule = std::gcd(granule, component.alignments[i]);
  }
  return granule == 0 ? 1 : granule;
}

} // namespace exact
} // namespace memplan
