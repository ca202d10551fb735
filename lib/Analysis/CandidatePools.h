//===- CandidatePools.h - A buffer's pools, by target access ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The candidate pools of a planned buffer: its `pools` (or every workspace
// pool, in module order), keeping those that every function touching the
// buffer can access as it needs (see memplan/Analysis/TargetAccess.h).
// Internal to lib/Analysis.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_ANALYSIS_CANDIDATEPOOLS_H
#define MEMPLAN_LIB_ANALYSIS_CANDIDATEPOOLS_H

#include "ModuleFacts.h"

#include "memplan/Analysis/PlannerTypes.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "llvm/ADT/StringMap.h"

#include <vector>

namespace mlir::memplan::analysis {

/// The pools of the planning problem.
struct WorkspacePools {
  /// Aligned with the problem's pools: the module's pools that do not hold
  /// constants, in module order.
  llvm::ArrayRef<PoolOp> ops;
  /// Problem pool id by name.
  const llvm::StringMap<PoolId> &ids;
};

/// The candidate pools of the buffer `alloc` (named `name` in the problem),
/// in its `pools` order, else in module order; empty when that is every
/// workspace pool. Emits a located error and fails when the alloc names an
/// unknown pool or a constant pool, or when no pool is left.
FailureOr<std::vector<PoolId>>
computeCandidatePools(const ModuleFacts &facts, AllocOp alloc,
                      llvm::StringRef name, const WorkspacePools &pools);

} // namespace mlir::memplan::analysis

#endif // MEMPLAN_LIB_ANALYSIS_CANDIDATEPOOLS_H
