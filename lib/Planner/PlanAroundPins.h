//===- PlanAroundPins.h - Planning a problem with pinned buffers -*- C++
//-*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_PLANAROUNDPINS_H
#define MEMPLAN_LIB_PLANNER_PLANAROUNDPINS_H

#include "PlanningContext.h"

#include "llvm/ADT/StringRef.h"

namespace memplan {

/// Plans a problem with pinned buffers with the algorithm `run` (named
/// `name`), one mechanism for every algorithm:
///  1. `run` plans the unpinned buffers as a problem of their own;
///  2. the pinned buffers go to their pins, then the unpinned ones, in the
///     order of their offsets in that plan, each to the lowest offset where it
///     overlaps no placed conflicting buffer (its pool in that plan first,
///     then its other candidate pools);
///  3. the same placement around the pins in the greedy-by-size and the
///     greedy-by-conflicts orders;
/// and the smallest of the three plans is returned (the first on a tie). So
/// every algorithm keeps the pins and is never worse than greedy-by-size
/// placed around the same pins. The lower bound the algorithm proved for the
/// unpinned buffers stays a bound (every plan with the pins, without them,
/// is a plan of the unpinned buffers); a proof of optimality does not carry
/// over. Fails (NoFitError) only when an unpinned buffer fits nowhere around
/// the pins in every order.
llvm::Expected<Plan> planAroundPins(const PlanningContext &context,
                                    AlgorithmFunction run,
                                    llvm::StringRef name);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_PLANAROUNDPINS_H
