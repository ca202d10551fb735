//===- Sharing.h - Buffers that may share an address ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Problem::shares lists pairs of buffers that may share their bytes although
// they are live at once (in-place reuse). The algorithms never see them:
// plan() plans the problem as given (no pair shares) and the problem with
// each share group merged into one buffer (every pair of the group shares),
// expands the second plan and keeps the better one. The validator accepts a
// pair's overlap only when both sit at the same pool and offset.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_SHARING_H
#define MEMPLAN_LIB_PLANNER_SHARING_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include <utility>
#include <vector>

namespace memplan {

/// The share pairs of a problem, for lookups in O(log pairs).
class SharePairSet {
public:
  explicit SharePairSet(const Problem &problem);
  bool empty() const { return pairs.empty(); }
  /// Whether `a` and `b` (in any order) form a share pair.
  bool contains(BufferId a, BufferId b) const;

private:
  /// (smaller id, larger id), sorted, without duplicates.
  std::vector<std::pair<BufferId, BufferId>> pairs;
};

/// A problem whose share groups became single buffers, and the way back.
struct MergedProblem {
  Problem problem;
  /// For each buffer of the original problem, its buffer in `problem`.
  std::vector<BufferId> mergedOf;
  /// Whether any group was merged (else `problem` is the original).
  bool mergedAny = false;
};

/// The problem where each share group (the connected components of the share
/// pairs) that can share as a whole is one buffer: the union of its members'
/// intervals, the largest size and alignment, the candidate pools common to
/// all members (in the first member's order), the members' explicit
/// conflicts. A group stays apart when two of its members that are not a
/// pair are live at once, when a member conflicts explicitly with another,
/// or when the members have no candidate pool in common. Any plan of the
/// result, expanded, is a valid plan of the original.
MergedProblem mergeShareGroups(const Problem &problem);

/// A relaxation of `problem` for lower bounds: every share group is one
/// buffer with the smallest size of its members, alignment 1, the union of
/// their intervals and candidate pools, and no explicit conflict. Every valid
/// plan of `problem` (sharing or not) needs at least the bytes a lower bound
/// of the result gives: members live at one moment take at least the
/// smallest member's bytes.
MergedProblem relaxShareGroups(const Problem &problem);

/// The plan of the original problem from a plan of mergeShareGroups' result:
/// every member at its group's placement, pool sizes recomputed.
Plan expandMergedPlan(const Problem &problem, const MergedProblem &merged,
                      const Plan &mergedPlan);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_SHARING_H
