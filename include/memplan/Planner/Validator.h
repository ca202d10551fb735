//===- Validator.h - Checks a plan against its problem ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_VALIDATOR_H
#define MEMPLAN_PLANNER_VALIDATOR_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/Support/Error.h"

namespace memplan {

/// Checks that `plan` is a valid plan of `problem` (which must have passed
/// verifyProblem): one placement per buffer, each in one of its candidate
/// pools, at an offset that is a multiple of the buffer's and the pool's
/// alignment, within the pool's capacity; poolSizes equal to the largest
/// offset + size of each pool; and no two conflicting buffers sharing a byte
/// of one pool, except a share pair (Problem::shares) at the same pool and
/// offset. The error names the buffer(s) and the pool.
llvm::Error validatePlan(const Problem &problem, const Plan &plan);

/// The same with the problem's conflict index already built.
llvm::Error validatePlan(const Problem &problem, const ConflictIndex &conflicts,
                         const Plan &plan);

} // namespace memplan

#endif // MEMPLAN_PLANNER_VALIDATOR_H
