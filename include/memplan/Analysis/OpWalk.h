//===- OpWalk.h - Walking nested operations without recursion ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_OPWALK_H
#define MEMPLAN_ANALYSIS_OPWALK_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace mlir::memplan {

/// Calls `fn` on every op nested in `root` (not `root` itself) in program
/// order (pre-order). Uses an explicit stack, so nesting depth costs heap
/// memory, not native stack.
void forEachNestedOp(Operation *root, llvm::function_ref<void(Operation *)> fn);

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_OPWALK_H
