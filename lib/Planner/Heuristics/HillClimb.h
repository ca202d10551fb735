//===- HillClimb.h - Improves a placement order by local moves --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_HILLCLIMB_H
#define MEMPLAN_LIB_PLANNER_HILLCLIMB_H

#include "GapFit.h"

namespace memplan {

/// Hill climbs from the order and policy of `start` spending at most `budget`
/// work; the plan (named `name`) is never bigger than start's, and says
/// whether the deadline cut the climb short. Its work includes start's.
Plan climbFrom(const PlanningContext &context, const GapFitResult &start,
               uint64_t budget, llvm::StringRef name);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_HILLCLIMB_H
