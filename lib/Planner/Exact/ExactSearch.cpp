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

#include <algorithm>
#include <array>
#include <cassert>
#include <memory>
#include <numeric>

namespace memplan {
namespace exact {

namespace {

constexpr unsigned kNone = ~0u;
/// How many nodes pass between two looks at the clock.
constexpr uint64_t kClockInterval = 1024;
/// Node allowance of each probe in the first round of restarts.
constexpr uint64_t kFirstRestartNodes = 2048;

/// The static orders of the items (larger first on each key in turn), which
/// break ties in the canonical order and between children at the same
/// offset. Size: bytes; Lifetime: the item's weight (length of its live
/// range); Area: size times lifetime; Total: the largest total size of a
/// section holding the item.
enum class OrderKey { Size, Lifetime, Area, Total };
using StaticOrder = std::array<OrderKey, 3>;

constexpr StaticOrder kStaticOrders[] = {
    {OrderKey::Lifetime, OrderKey::Area, OrderKey::Total},
    {OrderKey::Total, OrderKey::Area, OrderKey::Lifetime},
    {OrderKey::Total, OrderKey::Lifetime, OrderKey::Area},
    {OrderKey::Size, OrderKey::Lifetime, OrderKey::Total},
};

/// One probe of a round: its target, in quarters of the way from the
/// lowest target not yet ruled out to one granule below the incumbent (4:
/// the latter), and its node allowance in units of the round's allowance.
struct ProbeStep {
  unsigned quarters;
  unsigned allowances;
};

/// The probes of a round, for every static order. Halfway first: on hard
/// problems it is the probe most likely to both succeed and gain; then the
/// lower bound, which many problems reach; then a quarter of the way, and
/// just below the incumbent.
constexpr ProbeStep kProbeSchedule[] = {{2, 1}, {0, 2}, {1, 1}, {4, 1}};

uint64_t alignUp(uint64_t value, uint64_t alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}

/// Search states proven to have no plan within some limit, shared by the
/// probes of one component. A state is what decides the subtree below a node
/// within its scope: the scope's unplaced items, the level, the items that
/// may no longer take the level, and the tops of the scope's sections that
/// still have unplaced items. Two nodes with the same state have the same
/// continuations of the scope, so if one had none within a limit, neither
/// has the other within that limit or a lower one (see docs/ExactPlanner.md).
/// States are keyed by two independent 64-bit hashes; the table is
/// direct-mapped and keeps the latest entry of a slot, which keeps it
/// deterministic.
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
    return entry.valid && entry.key.first == key.first &&
           entry.key.second == key.second && limit <= entry.failedLimit;
  }

  /// Records that the state `key` has no continuation within `failedLimit`.
  void record(Key key, uint64_t failedLimit) {
    table[key.first & (table.size() - 1)] = {key, failedLimit, true};
  }

private:
  struct Entry {
    Key key;
    uint64_t failedLimit = 0;
    bool valid = false;
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

/// Depth-first search over the canonical sequences of one component, with an
/// explicit stack, for a plan within a fixed limit.
class Searcher {
public:
  Searcher(const Component &component, SearchBudget &budget,
           const StaticOrder &order, FailureMemo &memo);

  /// Searches for a plan with a peak of at most `target`, spending at most
  /// `nodeCap` nodes of the shared budget. A found plan is in `offsets`
  /// (component ids).
  ProbeOutcome run(uint64_t target, uint64_t nodeCap,
                   std::vector<uint64_t> &offsets);

private:
  /// A range of sections [lo, hi) whose unplaced items are searched
  /// together: no unplaced item outside the range shares a section with one
  /// inside. `owner` is the frame that split it off (its plan-less end fails
  /// that frame); `level` and `nextAtLevel` are the canonical order's state
  /// it starts from.
  struct Scope {
    unsigned lo = 0, hi = 0;
    unsigned remaining = 0;
    unsigned owner = 0;
    uint64_t level = 0;
    uint64_t nextAtLevel = 0;
  };

  struct Frame {
    /// Candidate children of this node: cands[candBegin, candEnd).
    unsigned candBegin = 0, candEnd = 0, next = 0;
    /// The item whose placement created this node (kNone at the root) and
    /// what to restore when the node is left.
    unsigned item = kNone;
    unsigned trailMark = 0;
    uint64_t prevLevel = 0;
    uint64_t prevNextAtLevel = 0;
    size_t prevScopeCount = 0;
    Scope prevTop;
    /// Whether this node starts a scope that was split off by an earlier
    /// node (scopeOwner): no plan below it means none below the owner.
    bool startsScope = false;
    unsigned scopeOwner = 0;
    /// The sections the node's checks and state cover: its scope, or for a
    /// node that split its scope, the whole scope before the split.
    unsigned checkLo = 0, checkHi = 0;
    bool splitsScope = false;
    /// Whether the node passed its checks (its children are being tried).
    bool expanded = false;
    /// The node's state within [checkLo, checkHi).
    FailureMemo::Key key;
  };

  void place(unsigned item, uint64_t offset);
  void unplace(unsigned item, unsigned trailMark);
  /// Updates the scopes after an item was placed; returns false when every
  /// item is placed.
  bool updateScopes(Frame &child);
  /// Splits the current scope at the section boundaries in `newCuts`.
  void splitScope(const std::vector<unsigned> &newCuts, unsigned owner);
  /// Prunes the current node or appends its children to `cands`.
  bool expand(Frame &frame);
  /// Whether the unplaced items of every section in [lo, hi), each above
  /// its release (lowest possible offset), still stack within the limit.
  bool checkReleases(unsigned lo, unsigned hi);
  /// Leaves the top frame, which has no plan below it, and every frame its
  /// failure takes with it.
  void failTop();
  /// Pops the top frame, undoing its placement.
  void popFrame();
  /// Checks the budget after one more node; true when the search must stop.
  bool spendNode();

  /// The lowest offset item j may take now: its skyline, aligned.
  uint64_t getSkyline(unsigned j) const {
    return alignUp(skyline[j], alignment[j]);
  }
  /// Whether placing item j at `at` next keeps the canonical order: after
  /// the level, or at it with an id past the last placed one.
  bool isCanonicalAt(unsigned j, uint64_t at) const {
    return at > level || (at == level && rank[j] >= nextAtLevel);
  }
  /// Ranks the unplaced items of `part` by the static order's keys, with
  /// the totals of the part's sections as they are now.
  void rankPart(const Scope &part);
  /// The state of the current node over the sections [lo, hi) and their
  /// items (see FailureMemo).
  FailureMemo::Key getStateKey(unsigned lo, unsigned hi) const;
  /// The unplaced-or-not items whose sections start in [lo, hi).
  std::pair<unsigned, unsigned> getItemRange(unsigned lo, unsigned hi) const;

  const Component &component;
  SearchBudget &budget;
  FailureMemo &memo;

  // Static data, in internal ids (items sorted by the static order).
  unsigned numItems = 0, numSections = 0;
  std::vector<unsigned> toComponentId;
  std::vector<uint64_t> size, alignment;
  std::vector<unsigned> itemSectionBegin, itemSections;
  std::vector<unsigned> neighbourBegin, neighbours;
  /// The neighbours of each item by increasing size.
  std::vector<unsigned> neighboursBySize;
  /// First and last section of each item, and the items by first section.
  std::vector<unsigned> firstSection, lastSection;
  std::vector<unsigned> itemsByFirstSection;
  uint64_t granule = 1;
  uint64_t rootBound = 0;
  StaticOrder order;
  std::vector<uint64_t> weight;

  // Search state.
  std::vector<uint64_t> skyline;     // per item: highest placed conflict top
  std::vector<uint64_t> sectionTop;  // per section: highest placed top
  std::vector<uint64_t> unplacedSum; // per section: bytes still to place
  std::vector<unsigned> unplacedNeighbours;
  /// Per boundary b (between sections b - 1 and b): unplaced items whose
  /// sections lie on both sides.
  std::vector<unsigned> crossing;
  std::vector<uint64_t> offset;
  std::vector<char> placed;
  /// Offset of the last placed item (the canonical order's current level),
  /// and the smallest rank an item placed at that same level may have.
  uint64_t level = 0;
  uint64_t nextAtLevel = 0;
  /// Per item: its place in the order of its scope's items, which breaks
  /// ties between items at one offset (the internal id until a split ranks
  /// the parts anew).
  std::vector<uint64_t> rank;
  std::vector<unsigned> partItems;
  std::vector<uint64_t> partTotals;
  std::vector<std::pair<uint64_t *, uint64_t>> trail;
  /// Scopes still to search; the last one is the current scope.
  std::vector<Scope> scopes;
  /// Boundaries whose crossing count the last placement brought to zero.
  std::vector<unsigned> newCuts;
  /// Per section: the lowest and second lowest offsets its unplaced items
  /// can still take, and the bytes of those at the lowest.
  std::vector<uint64_t> lowestRelease, secondRelease, bytesAtLowest;
  std::vector<std::pair<uint64_t, unsigned>> cands;
  std::vector<Frame> frames;

  uint64_t limit = 0;
};

Searcher::Searcher(const Component &component, SearchBudget &budget,
                   const StaticOrder &order, FailureMemo &memo)
    : component(component), budget(budget), memo(memo), order(order) {
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
  std::vector<unsigned> toInternal(numItems);
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

  // Item -> sections, and neighbours (items sharing a section).
  std::vector<std::vector<unsigned>> sectionsOf(numItems);
  for (unsigned s = 0; s < numSections; ++s) {
    for (unsigned item : component.sections[s])
      sectionsOf[toInternal[item]].push_back(s);
    rootBound = std::max(rootBound, sectionTotal[s]);
  }
  itemSectionBegin.push_back(0);
  firstSection.resize(numItems);
  lastSection.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i) {
    assert(!sectionsOf[i].empty() && "every item is in a section");
    itemSections.insert(itemSections.end(), sectionsOf[i].begin(),
                        sectionsOf[i].end());
    itemSectionBegin.push_back(itemSections.size());
    firstSection[i] = sectionsOf[i].front();
    lastSection[i] = sectionsOf[i].back();
  }
  itemsByFirstSection.resize(numItems);
  std::iota(itemsByFirstSection.begin(), itemsByFirstSection.end(), 0u);
  std::stable_sort(itemsByFirstSection.begin(), itemsByFirstSection.end(),
                   [&](unsigned a, unsigned b) {
                     return firstSection[a] < firstSection[b];
                   });
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

std::pair<unsigned, unsigned> Searcher::getItemRange(unsigned lo,
                                                     unsigned hi) const {
  auto byFirst = [&](unsigned item, unsigned s) {
    return firstSection[item] < s;
  };
  auto begin = std::lower_bound(itemsByFirstSection.begin(),
                                itemsByFirstSection.end(), lo, byFirst);
  auto end = std::lower_bound(begin, itemsByFirstSection.end(), hi, byFirst);
  return {unsigned(begin - itemsByFirstSection.begin()),
          unsigned(end - itemsByFirstSection.begin())};
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
  for (unsigned k = itemSectionBegin[item]; k < itemSectionBegin[item + 1]; ++k)
    unplacedSum[itemSections[k]] += size[item];
  for (unsigned k = neighbourBegin[item]; k < neighbourBegin[item + 1]; ++k)
    if (!placed[neighbours[k]])
      ++unplacedNeighbours[neighbours[k]];
  for (unsigned b = firstSection[item] + 1; b <= lastSection[item]; ++b)
    ++crossing[b];
}

void Searcher::splitScope(const std::vector<unsigned> &cuts, unsigned owner) {
  Scope whole = scopes.back();
  scopes.pop_back();
  // The parts with unplaced items, in section order.
  std::vector<Scope> parts;
  unsigned lo = whole.lo;
  for (unsigned k = 0; k <= cuts.size(); ++k) {
    unsigned hi = k < cuts.size() ? cuts[k] : whole.hi;
    Scope part = whole;
    part.lo = lo;
    part.hi = hi;
    part.remaining = 0;
    auto [begin, end] = getItemRange(lo, hi);
    for (unsigned n = begin; n < end; ++n)
      part.remaining += !placed[itemsByFirstSection[n]];
    if (part.remaining != 0)
      parts.push_back(part);
    lo = hi;
  }
  if (parts.size() == 1) {
    // Only the range shrinks: still the same scope.
    scopes.push_back(parts.front());
    return;
  }
  // Each part starts its own canonical order, from offset 0. An order led by
  // the total key, the one key that changes as items are placed, ranks the
  // part's items anew with the totals of its sections now; the others keep
  // their ranks. Parts in section (time) order: the scopes are a stack, so
  // the first part goes last.
  level = 0;
  nextAtLevel = 0;
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
    part->owner = owner;
    part->level = level;
    part->nextAtLevel = nextAtLevel;
    if (order[0] == OrderKey::Total)
      rankPart(*part);
    scopes.push_back(*part);
  }
}

void Searcher::rankPart(const Scope &part) {
  partItems.clear();
  partTotals.clear();
  auto [begin, end] = getItemRange(part.lo, part.hi);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t total = 0;
    for (unsigned n = itemSectionBegin[j]; n < itemSectionBegin[j + 1]; ++n)
      total = std::max(total, unplacedSum[itemSections[n]]);
    partItems.push_back(j);
    partTotals.push_back(total);
  }
  std::vector<unsigned> byKeys(partItems.size());
  std::iota(byKeys.begin(), byKeys.end(), 0u);
  auto keyOf = [&](OrderKey key, unsigned k) -> unsigned __int128 {
    unsigned j = partItems[k];
    switch (key) {
    case OrderKey::Size:
      return size[j];
    case OrderKey::Lifetime:
      return weight[j];
    case OrderKey::Area:
      return (unsigned __int128)size[j] * weight[j];
    case OrderKey::Total:
      return partTotals[k];
    }
    return 0;
  };
  std::sort(byKeys.begin(), byKeys.end(), [&](unsigned a, unsigned b) {
    for (OrderKey key : order)
      if (keyOf(key, a) != keyOf(key, b))
        return keyOf(key, a) > keyOf(key, b);
    return partItems[a] < partItems[b];
  });
  for (unsigned r = 0; r < byKeys.size(); ++r) {
    unsigned j = partItems[byKeys[r]];
    trail.emplace_back(&rank[j], rank[j]);
    rank[j] = r;
  }
}

bool Searcher::updateScopes(Frame &child) {
  child.prevScopeCount = scopes.size();
  child.prevTop = scopes.back();
  child.checkLo = child.prevTop.lo;
  child.checkHi = child.prevTop.hi;
  Scope &top = scopes.back();
  --top.remaining;
  if (top.remaining == 0) {
    scopes.pop_back();
    if (scopes.empty())
      return false;
    // The next scope starts here, from the level it was split off at.
    child.startsScope = true;
    child.scopeOwner = scopes.back().owner;
    level = scopes.back().level;
    nextAtLevel = scopes.back().nextAtLevel;
    return true;
  }
  if (!newCuts.empty()) {
    // newCuts is increasing. The node's checks still cover every part: the
    // parts' states do not change until their turn comes.
    splitScope(newCuts, frames.size());
    child.splitsScope =
        scopes.back().lo != child.checkLo || scopes.back().hi != child.checkHi;
  }
  if (!child.splitsScope) {
    child.checkLo = scopes.back().lo;
    child.checkHi = scopes.back().hi;
  }
  return true;
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
    if (std::max(sectionTop[s], level) + rest > limit)
      return false;
    if (s >= scope.lo && s < scope.hi)
      maxUnplaced = std::max(maxUnplaced, rest);
  }
  // The next item's offset becomes the level: every section of the scope
  // must still fit above it.
  uint64_t maxOffset = limit - maxUnplaced;
  // Dominance: an unplaced item j could always drop to its skyline a(j), so
  // a plan with the least sum of offsets never places an item at or above
  // a(j) + size(j) while j is unplaced.
  uint64_t minTop = ~uint64_t(0);
  auto [begin, end] = getItemRange(scope.lo, scope.hi);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (!placed[j])
      minTop = std::min(minTop, getSkyline(j) + size[j]);
  }
  if (minTop <= level)
    return false;
  maxOffset = std::min(maxOffset, minTop - 1);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t at = getSkyline(j);
    if (!isCanonicalAt(j, at)) {
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
  frame.key = getStateKey(checkLo, checkHi);
  if (memo.covers(frame.key, limit) || !checkReleases(checkLo, checkHi)) {
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
    items += mix(2 * id + 1);
    if (getSkyline(j) == level && !isCanonicalAt(j, level))
      barred += mix(2 * id + 2);
  }
  for (unsigned s = lo; s < hi; ++s)
    if (unplacedSum[s] != 0)
      tops += mix(mix(s + 0x51ED) ^ sectionTop[s]);
  FailureMemo::Key key;
  key.first = mix(items ^ mix(barred + 1) ^ mix(tops + 2) ^ mix(level + 3));
  key.second = mix(items + 0x9E37) ^ mix(barred ^ 0x7F4A) ^ mix(tops ^ 0xC15) ^
               mix(mix(level) + 5);
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
  auto [begin, end] = getItemRange(lo, hi);
  for (unsigned k = begin; k < end; ++k) {
    unsigned j = itemsByFirstSection[k];
    if (placed[j])
      continue;
    uint64_t at = getSkyline(j);
    if (!isCanonicalAt(j, at)) {
      // Lifted by an unplaced neighbour: at least by the smallest one.
      uint64_t lift = 0;
      for (unsigned n = neighbourBegin[j]; n < neighbourBegin[j + 1]; ++n)
        if (!placed[neighboursBySize[n]]) {
          lift = size[neighboursBySize[n]];
          break;
        }
      at = alignUp(level + lift, alignment[j]);
    }
    for (unsigned n = itemSectionBegin[j]; n < itemSectionBegin[j + 1]; ++n) {
      unsigned s = itemSections[n];
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

bool Searcher::spendNode() {
  ++budget.nodesUsed;
  if (budget.nodesUsed >= budget.nodeLimit)
    return true;
  if (budget.hasDeadline && budget.nodesUsed % kClockInterval == 0 &&
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
    if (frame.expanded && frame.item != kNone)
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
  unplacedNeighbours.resize(numItems);
  for (unsigned i = 0; i < numItems; ++i)
    unplacedNeighbours[i] = neighbourBegin[i + 1] - neighbourBegin[i];
  crossing.assign(numSections + 1, 0);
  for (unsigned i = 0; i < numItems; ++i)
    for (unsigned b = firstSection[i] + 1; b <= lastSection[i]; ++b)
      ++crossing[b];
  offset.assign(numItems, 0);
  lowestRelease.assign(numSections, 0);
  secondRelease.assign(numSections, 0);
  bytesAtLowest.assign(numSections, 0);
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
  if (!rootCuts.empty())
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
  // The peak is minimised by feasibility probes. Each round runs the probes
  // of kProbeSchedule for every static order; the allowance doubles every
  // round. A probe that finds a plan lowers the incumbent; one that exhausts
  // its space raises the proven lower bound. Restarting with another order
  // lets a search stuck below a bad early decision give way, while the
  // doubling keeps the total work within a small factor of the useful work
  // and keeps the whole search complete.
  ComponentResult best;
  uint64_t granule = getGranule(component);
  uint64_t low = getSectionBound(component);
  auto floorToGranule = [&](uint64_t value) {
    return value / granule * granule;
  };
  capacity = floorToGranule(capacity);
  // Every canonical peak is a multiple of the granule.
  low = (low + granule - 1) / granule * granule;
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
  auto high = [&] {
    return best.found ? floorToGranule(best.peak - 1) : capacity;
  };
  FailureMemo memo(component.sizes.size());
  std::vector<std::unique_ptr<Searcher>> searchers;
  for (const StaticOrder &order : kStaticOrders)
    searchers.push_back(
        std::make_unique<Searcher>(component, budget, order, memo));
  uint64_t allowance = kFirstRestartNodes;
  std::vector<uint64_t> offsets;
  while (!finished() && !budget.exhausted()) {
    for (const ProbeStep &step : kProbeSchedule) {
      for (auto &searcher : searchers) {
        if (finished() || budget.exhausted())
          break;
        uint64_t target =
            step.quarters >= 4
                ? high()
                : floorToGranule(low + (high() - low) / 4 * step.quarters);
        if (target < low || target > high() ||
            (step.quarters > 0 && target == low))
          break;
        ProbeOutcome outcome =
            searcher->run(target, step.allowances * allowance, offsets);
        if (outcome == ProbeOutcome::Found) {
          uint64_t peak = getPeak(component, offsets);
          assert(peak <= target && "a probe's plan is within its target");
          if (!best.found || peak < best.peak) {
            best.found = true;
            best.peak = peak;
            best.offsets = offsets;
          }
        } else if (outcome == ProbeOutcome::Infeasible) {
          low = std::max(low, target + granule);
        }
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

unsigned getNumStaticOrders() { return std::size(kStaticOrders); }

ProbeOutcome probeComponent(const Component &component, uint64_t target,
                            unsigned order, uint64_t nodeCap,
                            SearchBudget &budget,
                            std::vector<uint64_t> &offsets) {
  assert(order < getNumStaticOrders() && "unknown static order");
  FailureMemo memo(component.sizes.size());
  Searcher searcher(component, budget, kStaticOrders[order], memo);
  return searcher.run(target, nodeCap, offsets);
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
