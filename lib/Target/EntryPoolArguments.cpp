//===- EntryPoolArguments.cpp - Pool arguments of an entry ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Which pools an entry function will take as arguments, and in what order,
// read from the planned module with PoolNeeds (memplan/Analysis/PoolNeeds.h),
// the code that --memplan-lower with pool-storage=argument uses too: a
// function takes the pools used directly in its body or in the func.funcs it
// reaches through func.calls, in pool declaration order, after its own
// arguments. test/Target/pool-argument-order.mlir checks the two agree.
//
//===----------------------------------------------------------------------===//

#include "HeaderModel.h"

#include "memplan/Analysis/PoolNeeds.h"

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
    func::FuncOp entry, const llvm::StringMap<unsigned> &poolIndex) {
  auto module = entry->getParentOfType<ModuleOp>();
  PoolNeeds needs(module, poolIndex.size(),
                  [&](Operation *op) -> std::optional<unsigned> {
                    std::optional<StringRef> pool = getPlacedPool(op);
                    if (!pool)
                      return std::nullopt;
                    auto it = poolIndex.find(*pool);
                    if (it == poolIndex.end())
                      return std::nullopt;
                    return it->second;
                  });
  std::optional<unsigned> index = needs.getIndex(entry);
  if (!index)
    return {};
  return needs.getPoolArguments(*index);
}
