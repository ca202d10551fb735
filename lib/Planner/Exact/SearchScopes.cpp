//===- SearchScopes.cpp - Independent parts within a search ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The searcher's scopes: once the unplaced items of the current scope fall
// apart into groups that share no section, each group becomes a scope of its
// own, searched after the other with its own canonical order.
//
//===----------------------------------------------------------------------===//

#include "ExactSearch.h"

#include <algorithm>
#include <numeric>

namespace memplan {
namespace exact {

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
    for (unsigned s : getSections(j))
      total = std::max(total, unplacedSum[s]);
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
    // The next scope starts here, from the level it was split off at; the
    // node's checks, next-offset bound and memo state cover that scope (the
    // finished one has nothing left to check).
    child.startsScope = true;
    child.scopeOwner = scopes.back().owner;
    level = scopes.back().level;
    nextAtLevel = scopes.back().nextAtLevel;
    child.checkLo = scopes.back().lo;
    child.checkHi = scopes.back().hi;
    return true;
  }
  if (options.splitParts && !newCuts.empty()) {
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

} // namespace exact
} // namespace memplan
