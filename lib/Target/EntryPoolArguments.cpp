//===- EntryPoolArguments.cpp - Pool arguments of an entry ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Which pools an entry function will take as arguments, and in what order,
// read from the planned module. It follows the rule that --memplan-lower
// with pool-storage=argument documents (lib/Transforms/PoolStorage.h): a
// function takes the pools used directly in its body or in the func.funcs it
// reaches through func.calls, in pool declaration order, after its own
// arguments. test/Target/pool-argument-order.mlir checks the two agree.
//
//===----------------------------------------------------------------------===//

#include "HeaderModel.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::memplan;

/// The pool that `op` is placed in, if it is a memplan.view or a placed
/// memplan.alloc.
static std::optional<StringRef> getPlacedPool(Operation *op) {
  if (auto view = dyn_cast<ViewOp>(op))
    return view.getPool();
  if (auto alloc = dyn_cast<AllocOp>(op))
    if (FlatSymbolRefAttr pool = alloc.getPoolAttr())
      return pool.getValue();
  return std::nullopt;
}

SmallVector<unsigned> mlir::memplan::getEntryPoolArguments(
    func::FuncOp entry, SymbolTable &symbols,
    const llvm::StringMap<unsigned> &poolIndex) {
  llvm::BitVector needs(poolIndex.size());
  // Membership only, never iterated; the result is a set of pool indices, so
  // the order of the walk does not matter. No recursion: a worklist.
  llvm::DenseSet<Operation *> reached;
  SmallVector<func::FuncOp> worklist;
  reached.insert(entry);
  worklist.push_back(entry);
  while (!worklist.empty()) {
    func::FuncOp function = worklist.pop_back_val();
    function.walk([&](Operation *op) {
      // Like the lowering: only what is directly in the function's body, not
      // inside a nested isolated op.
      if (op->getParentWithTrait<OpTrait::IsIsolatedFromAbove>() != function)
        return;
      if (std::optional<StringRef> pool = getPlacedPool(op)) {
        auto it = poolIndex.find(*pool);
        if (it != poolIndex.end())
          needs.set(it->second);
        return;
      }
      auto call = dyn_cast<func::CallOp>(op);
      if (!call)
        return;
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (callee && reached.insert(callee).second)
        worklist.push_back(callee);
    });
  }
  SmallVector<unsigned> pools;
  for (unsigned pool : needs.set_bits())
    pools.push_back(pool);
  return pools;
}
