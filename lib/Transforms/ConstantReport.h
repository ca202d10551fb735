//===- ConstantReport.h - Constant pools in the plan report -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_CONSTANTREPORT_H
#define MEMPLAN_LIB_TRANSFORMS_CONSTANTREPORT_H

#include "memplan/Analysis/PlannerTypes.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>
#include <vector>

namespace mlir::memplan {

/// Adds the planned constant pools of `module` (after
/// --memplan-plan-constants) to a workspace problem and its plan, for the
/// plan report: each pool with its size and lower bound, each placed
/// constant as a buffer `@NAME` at its offset, live for the whole timeline
/// (constants are always live), with its location from `formatLocation`
/// appended to `locations`.
void appendConstantPools(
    ModuleOp module, Problem &problem, Plan &plan,
    std::vector<std::string> &locations,
    llvm::function_ref<std::string(Location)> formatLocation);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_CONSTANTREPORT_H
