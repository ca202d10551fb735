//===- PoolNeeds.h - The pools each function needs --------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The rule of pool-storage=argument, once for --memplan-lower (which adds the
// arguments) and the C header (which declares them): a func.func takes as
// extra arguments, after its own and in pool declaration order, the pools
// used directly in its body or in a func.func it reaches through func.calls.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_POOLNEEDS_H
#define MEMPLAN_ANALYSIS_POOLNEEDS_H

#include "memplan/Analysis/ModuleCallGraph.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace mlir::memplan {

/// The pools each function of a module needs, read from its ModuleCallGraph.
/// Only func.funcs take pool arguments, and only through func.calls directly
/// in a func.func's body (no isolated op in between). Built with worklists:
/// no recursion, any call depth or cycle.
class PoolNeeds {
public:
  /// `getPool(op)` gives the index (below `numPools`) of the pool that `op`
  /// uses, if any; only ops directly in a func.func's body count (not inside
  /// a nested isolated op).
  PoolNeeds(ModuleOp module, unsigned numPools,
            llvm::function_ref<std::optional<unsigned>(Operation *)> getPool);

  /// The functions of the module, in module order; those that are not
  /// func.funcs need no pool.
  ArrayRef<FunctionOpInterface> getFunctions() const {
    return graph.getFunctions();
  }
  /// The func.calls that pass pool arguments on: directly in a func.func's
  /// body, to a func.func with a body.
  ArrayRef<CallEdge> getCalls() const { return calls; }

  /// The index of the func.func that directly holds `op` in its body (no
  /// isolated op in between), if any.
  std::optional<unsigned> getOwner(Operation *op) const;
  /// The index of `function`, if it is a func.func of the module.
  std::optional<unsigned> getIndex(Operation *function) const;

  /// The pools function `function` needs, directly or through calls.
  const llvm::BitVector &getNeeds(unsigned function) const {
    return needs[function];
  }
  /// The pools that function `function` takes as arguments, in order.
  SmallVector<unsigned> getPoolArguments(unsigned function) const;

private:
  ModuleCallGraph graph;
  SmallVector<llvm::BitVector> needs;
  SmallVector<CallEdge> calls;
};

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_POOLNEEDS_H
