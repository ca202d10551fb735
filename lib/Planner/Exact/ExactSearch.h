//===- ExactSearch.h - Branch-and-bound over one component ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
////
// Internal to the planner library: the depth-first search over the canonical
// placement sequences of one connected component, for a plan within a fixed
// limit. Each run is one feasibility probe; ProbeDriver.h runs the probes.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACTSEARCH_H
#define MEMPLAN_LIB_PLANNER_EXACTSEARCH_H

#include "Component.h"
#include "FailureMemo.h"
#include "Tuning.h"

#include "memplan/Planner/Exact.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Alignment.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace memplan {
namespace exact {

/// A shared deadline and node counter for the searches of one solve.
struct SearchBudget {
  uint64_t nodeLimit = kDefaultExactNodeLimit;
  uint64_t nodesUsed = 0;
  /// Deadline of the wall-clock safety net; disabled when !hasDeadline.
  std::chrono::steady_clock::time_point deadline;
  bool hasDeadline = false;
  bool timedOut = false;
  /// Nodes between two looks at the clock: fewer when a node costs more, so
  /// that the deadline is seen after a bounded amount of work.
  uint64_t clockInterval = 1024;
  /// Called by searchComponent when its best peak or proven lower bound
  /// improves (peak 0: none yet).
  std::function<void(uint64_t peak, uint64_t lowerBound)> onImprovement;

  bool exhausted() const { return timedOut || nodesUsed >= nodeLimit; }
};

/// What one feasibility probe ended with.
enum class ProbeOutcome { Found, Infeasible, OutOfBudget };

inline constexpr unsigned kNone = ~0u;

/// Depth-first search over the canonical sequences of one component, with an
/// explicit stack, for a plan within a fixed limit.
class Searcher {
public:
  /// `itemSections` (of `component`) is shared by the searchers of all
  /// static orders.
  Searcher(const Component &component, const ItemSections &itemSections,
           SearchBudget &budget, const StaticOrder &order, FailureMemo &memo,
           const SearchOptions &options = {});

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
  /// Raises the skyline of the unplaced items sharing a section with
  /// `item` (just placed, ending at `top`).
  void raiseNeighbours(unsigned item, uint64_t top);
  /// Whether unplaced item j shares a section with another unplaced item.
  bool hasUnplacedNeighbour(unsigned j) const;
  /// The size of the smallest unplaced item sharing a section with unplaced
  /// item j (0 when none).
  uint64_t getSmallestNeighbour(unsigned j);
  /// The sections of internal item j, increasing.
  llvm::ArrayRef<unsigned> getSections(unsigned j) const {
    return llvm::ArrayRef<unsigned>(itemSections.sections.data() +
                                        sectionsBegin[j],
                                    sectionsEnd[j] - sectionsBegin[j]);
  }
  /// Leaves the top frame, which has no plan below it, and every frame its
  /// failure takes with it.
  void failTop();
  /// Pops the top frame, undoing its placement.
  void popFrame();
  /// Checks the budget after one more node; true when the search must stop.
  bool spendNode();

  /// The lowest offset item j may take now: its skyline, aligned.
  uint64_t getSkyline(unsigned j) const {
    return llvm::alignTo(skyline[j], llvm::Align(alignment[j]));
  }
  /// Whether placing item j at `at` next keeps the canonical order: after
  /// the level, or at it with an id past the last placed one.
  bool isCanonicalAt(unsigned j, uint64_t at) const {
    return !options.canonicalOrder || at > level ||
           (at == level && rank[j] >= nextAtLevel);
  }
  /// Ranks the unplaced items of `part` by the static order's keys, with
  /// the totals of the part's sections as they are now.
  void rankPart(const Scope &part);
  /// The state of the current node over the sections [lo, hi) and their
  /// items (see FailureMemo).
  FailureMemo::Key getStateKey(unsigned lo, unsigned hi) const;
  /// The unplaced-or-not items whose sections start in [lo, hi).
  inline std::pair<unsigned, unsigned> getItemRange(unsigned lo,
                                                    unsigned hi) const;

  const Component &component;
  const ItemSections &itemSections;
  SearchBudget &budget;
  FailureMemo &memo;
  /// The pruning rules in use.
  SearchOptions options;

  // Static data, in internal ids (items sorted by the static order).
  unsigned numItems = 0, numSections = 0;
  std::vector<unsigned> toComponentId, toInternal;
  std::vector<uint64_t> size, alignment;
  /// Where the sections of each item lie in itemSections.sections.
  std::vector<unsigned> sectionsBegin, sectionsEnd;
  /// First and last section of each item, and the items by first section.
  std::vector<unsigned> firstSection, lastSection;
  std::vector<unsigned> itemsByFirstSection;
  uint64_t granule = 1;
  uint64_t rootBound = 0;
  StaticOrder order;
  std::vector<uint64_t> weight;

  // Search state.
  /// Per unplaced item: the highest top of a placed item sharing a section.
  std::vector<uint64_t> skyline;
  std::vector<uint64_t> sectionTop;  // per section: highest placed top
  std::vector<uint64_t> unplacedSum; // per section: bytes still to place
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
  /// Per section: its two smallest unplaced items (internal ids, kNone for
  /// none), valid while smallestStamp matches checkStamp, which changes at
  /// every release check (getSmallestNeighbour).
  std::vector<unsigned> smallestItem, secondSmallestItem;
  std::vector<uint64_t> smallestStamp;
  uint64_t checkStamp = 0;
  std::vector<std::pair<uint64_t, unsigned>> cands;
  std::vector<Frame> frames;

  uint64_t limit = 0;
};

inline std::pair<unsigned, unsigned> Searcher::getItemRange(unsigned lo,
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

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACTSEARCH_H
