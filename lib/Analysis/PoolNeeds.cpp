//===- PoolNeeds.cpp - The pools each function needs ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/PoolNeeds.h"
#include "memplan/Analysis/OpWalk.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;
using namespace mlir::memplan;

PoolNeeds::PoolNeeds(
    ModuleOp module, unsigned numPools,
    llvm::function_ref<std::optional<unsigned>(Operation *)> getPool)
    : graph(module) {
  needs.assign(getFunctions().size(), llvm::BitVector(numPools));
  for (unsigned i = 0, e = needs.size(); i != e; ++i) {
    Operation *function = getFunctions()[i];
    if (!isa<func::FuncOp>(function))
      continue;
    forEachNestedOp(function, [&](Operation *op) {
      if (getOwner(op) != i)
        return;
      if (std::optional<unsigned> pool = getPool(op))
        needs[i].set(*pool);
    });
  }

  SmallVector<SmallVector<unsigned>> callers(getFunctions().size());
  for (const CallEdge &edge : graph.getCalls()) {
    if (!isa<func::CallOp>(edge.call) || getOwner(edge.call) != edge.caller ||
        !getIndex(getFunctions()[edge.callee]))
      continue;
    calls.push_back(edge);
    callers[edge.callee].push_back(edge.caller);
  }

  // Needs only grow, so the worklist empties.
  SmallVector<unsigned> worklist;
  for (unsigned function = needs.size(); function-- > 0;)
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
  if (!isa_and_present<func::FuncOp>(function))
    return std::nullopt;
  return graph.getIndex(function);
}

SmallVector<unsigned> PoolNeeds::getPoolArguments(unsigned function) const {
  SmallVector<unsigned> pools;
  for (unsigned pool : needs[function].set_bits())
    pools.push_back(pool);
  return pools;
}
