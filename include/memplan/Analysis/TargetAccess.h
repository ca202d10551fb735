//===- TargetAccess.h - Which targets may use which pools -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Heterogeneous systems: every function runs on one compute target (its
// `memplan.target`, default "host"), and every memplan.pool says which
// targets may read or write it (`access`, or per target `targets`). A buffer
// may only live in a pool that every function touching it can access as it
// needs: read-write where the function writes it, read-only (or read-write)
// where it only reads it. See docs/Analysis.md, "Targets".
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_TARGETACCESS_H
#define MEMPLAN_ANALYSIS_TARGETACCESS_H

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace mlir::memplan {

/// The compute target `function` runs on: its `memplan.target` string, else
/// MemPlanDialect::getDefaultTarget() ("host").
llvm::StringRef getFunctionTarget(Operation *function);

/// Whether code on `target` may access `pool` for reading, or also for
/// writing when `write`.
bool canAccess(PoolOp pool, llvm::StringRef target, bool write);

/// `@name (every target: read_only)` or `@name (host: read_write, npu:
/// read_only)`, for diagnostics.
std::string describePoolAccess(PoolOp pool);

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_TARGETACCESS_H
