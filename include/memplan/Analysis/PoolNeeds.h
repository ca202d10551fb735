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

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace mlir::memplan {

/// A func.call directly inside a func.func of the module to a func.func of
/// the module; functions as indices into PoolNeeds::getFunctions().
struct FuncCallEdge {
  func::CallOp call;
  unsigned caller;
  unsigned callee;
};

/// The func.funcs of a module (in module order), the func.calls between
/// them, and the pools each needs. Built with worklists: no recursion, any
/// call depth or cycle.
class PoolNeeds {
public:
  /// `getPool(op)` gives the index (below `numPools`) of the pool that `op`
  /// uses, if any; only ops directly in a function's body count (not inside
  /// a nested isolated op).
  PoolNeeds(ModuleOp module, unsigned numPools,
            llvm::function_ref<std::optional<unsigned>(Operation *)> getPool);

  ArrayRef<func::FuncOp> getFunctions() const { return functions; }
  ArrayRef<FuncCallEdge> getCalls() const { return calls; }

  /// The index of the function that directly holds `op` in its body (no
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
  SmallVector<func::FuncOp> functions;
  /// Lookup only: never iterated.
  llvm::DenseMap<Operation *, unsigned> index;
  SmallVector<llvm::BitVector> needs;
  SmallVector<FuncCallEdge> calls;
};

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_POOLNEEDS_H
