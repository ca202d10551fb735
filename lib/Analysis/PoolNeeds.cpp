//===- PoolNeeds.cpp - The pools each function needs ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/PoolNeeds.h"

using namespace mlir;
using namespace mlir::memplan;

PoolNeeds::PoolNeeds(
    ModuleOp module, unsigned numPools,
    llvm::function_ref<std::optional<unsigned>(Operation *)> getPool) {
  for (auto function : module.getOps<func::FuncOp>()) {
    index[function] = functions.size();
    functions.push_back(function);
  }
  needs.assign(functions.size(), llvm::BitVector(numPools));

  SmallVector<SmallVector<unsigned>> callers(functions.size());
  for (auto [caller, function] : llvm::enumerate(functions)) {
    function.walk([&](Operation *op) {
      if (getOwner(op) != caller)
        return;
      if (std::optional<unsigned> pool = getPool(op)) {
        needs[caller].set(*pool);
        return;
      }
      auto call = dyn_cast<func::CallOp>(op);
      if (!call)
        return;
      auto callee = module.lookupSymbol<func::FuncOp>(call.getCalleeAttr());
      if (!callee)
        return;
      unsigned calleeIndex = index.lookup(callee);
      calls.push_back({call, static_cast<unsigned>(caller), calleeIndex});
      callers[calleeIndex].push_back(caller);
    });
  }

  // Needs only grow, so the worklist empties.
  SmallVector<unsigned> worklist;
  for (unsigned function = functions.size(); function-- > 0;)
    if (needs[function].any())
      worklist.push_back(function);
  while (!worklist.empty()) {
    unsigned callee = worklist.pop_back_val();
    for (unsigned caller : callers[callee]) {
      llvm::BitVector before = needs[caller];
      needs[caller] |= needs[callee];
      if (needs[caller] != before)
        worklist.push_back(caller);
    }
  }
}

std::optional<unsigned> PoolNeeds::getOwner(Operation *op) const {
  return getIndex(op->getParentWithTrait<OpTrait::IsIsolatedFromAbove>());
}

std::optional<unsigned> PoolNeeds::getIndex(Operation *function) const {
  auto it = index.find(function);
  if (it == index.end())
    return std::nullopt;
  return it->second;
}

SmallVector<unsigned> PoolNeeds::getPoolArguments(unsigned function) const {
  SmallVector<unsigned> pools;
  for (unsigned pool : needs[function].set_bits())
    pools.push_back(pool);
  return pools;
}
