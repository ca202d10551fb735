//===- LowerBound.h - Bytes no plan can do without --------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_LOWERBOUND_H
#define MEMPLAN_PLANNER_LOWERBOUND_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace memplan {

/// The largest total size of buffers live at one time. A buffer with several
/// intervals counts at each of them, once per moment even where its own
/// intervals overlap.
uint64_t computeMaxLiveBytes(const Problem &problem);
/// The same over the buffers of `subset` only.
uint64_t computeMaxLiveBytes(const Problem &problem,
                             llvm::ArrayRef<BufferId> subset);

/// A lower bound on the bytes needed to place every buffer in one pool, and
/// on the sum of all pool sizes of any plan: the largest of the max live
/// bytes, the largest buffer, and the weight of cliques of mutually
/// conflicting buffers found greedily (which covers explicit conflicts).
/// Cliques are searched only when the problem has explicit conflicts, within
/// a fixed deterministic work budget.
uint64_t computeLowerBound(const Problem &problem,
                           const ConflictIndex &conflicts);
/// The same bound for the buffers of `subset` only.
uint64_t computeLowerBound(const Problem &problem,
                           const ConflictIndex &conflicts,
                           llvm::ArrayRef<BufferId> subset);

/// Fills plan.lowerBound (the bound over every buffer, valid for the sum of
/// all pool sizes whatever pools the buffers go to) and plan.poolLowerBounds
/// (per pool, over the buffers the plan put there). Both account for pins:
/// a pool holding a pinned buffer is at least as large as the pin's end.
void fillLowerBounds(const Problem &problem, const ConflictIndex &conflicts,
                     Plan &plan);

/// Per pool, the highest end (offset + size) of the buffers pinned in it (0
/// without pins): a lower bound on the pool's size in any plan.
std::vector<uint64_t> computePinnedPoolEnds(const Problem &problem);

} // namespace memplan

#endif // MEMPLAN_PLANNER_LOWERBOUND_H
