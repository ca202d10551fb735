//===- PoolArguments.cpp - Pools as function arguments ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The `pool-storage=argument` strategy of --memplan-lower: the application
// passes each pool's memory to the entry functions, which pass it on to every
// callee that needs it, like TVM's workspace pools.
//
//===----------------------------------------------------------------------===//

#include "PoolStorage.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// A func.call from one function of the module to another.
struct CallEdge {
  func::CallOp call;
  unsigned caller;
  unsigned callee;
};

/// The functions of a module, the pools each needs and the calls between
/// them. Functions are numbered in module order.
class PoolNeeds {
public:
  PoolNeeds(ModuleOp module, unsigned numPools) : module(module) {
    for (auto func : module.getOps<func::FuncOp>()) {
      index[func] = funcs.size();
      funcs.push_back(func);
    }
    needs.assign(funcs.size(), llvm::BitVector(numPools));
  }

  /// Records that every use needs its pool in the function around it, whose
  /// index goes to `owners`.
  LogicalResult addUses(ArrayRef<PoolUse> uses,
                        SmallVectorImpl<unsigned> &owners);

  /// Records the func.calls between the module's functions and propagates
  /// each callee's needs to its callers until nothing changes.
  void propagateThroughCalls();

  /// Checks that every function that needs a pool is referenced only as the
  /// callee of a func.call directly inside a function of the module.
  LogicalResult verifyReferences();

  /// Adds the pool arguments to the functions and the calls.
  void rewrite(ArrayRef<PoolStorage> pools);

  /// The argument standing for `pool` in function `func` after rewrite().
  Value getPoolArgument(unsigned func, unsigned pool);

private:
  /// The index of the function of the module that directly holds `op` in its
  /// body (no isolated region in between), if any.
  std::optional<unsigned> getOwner(Operation *op) const;

  ModuleOp module;
  SmallVector<func::FuncOp> funcs;
  /// Lookup only: never iterated.
  llvm::DenseMap<Operation *, unsigned> index;
  SmallVector<llvm::BitVector> needs;
  SmallVector<CallEdge> calls;
  /// Per function, the index of its first pool argument.
  SmallVector<unsigned> firstPoolArg;
};

} // namespace

std::optional<unsigned> PoolNeeds::getOwner(Operation *op) const {
  Operation *isolated = op->getParentWithTrait<OpTrait::IsIsolatedFromAbove>();
  auto it = index.find(isolated);
  if (it == index.end())
    return std::nullopt;
  return it->second;
}

LogicalResult PoolNeeds::addUses(ArrayRef<PoolUse> uses,
                                 SmallVectorImpl<unsigned> &owners) {
  bool ok = true;
  for (PoolUse use : uses) {
    std::optional<unsigned> owner = getOwner(use.view);
    if (!owner) {
      use.view.emitOpError("must be directly inside a func.func of the "
                           "module for pool-storage=argument");
      ok = false;
      continue;
    }
    needs[*owner].set(use.pool);
    owners.push_back(*owner);
  }
  return success(ok);
}

void PoolNeeds::propagateThroughCalls() {
  SmallVector<SmallVector<unsigned>> callers(funcs.size());
  for (auto [caller, func] : llvm::enumerate(funcs)) {
    func.walk([&](func::CallOp call) {
      if (getOwner(call) != caller)
        return;
      auto callee = module.lookupSymbol<func::FuncOp>(call.getCalleeAttr());
      if (!callee)
        return;
      unsigned calleeIndex = index.lookup(callee);
      calls.push_back({call, static_cast<unsigned>(caller), calleeIndex});
      callers[calleeIndex].push_back(caller);
    });
  }
  // Needs only grow, so the worklist empties; no recursion over the call
  // graph, whatever its depth or cycles.
  SmallVector<unsigned> worklist;
  for (unsigned func = funcs.size(); func-- > 0;)
    if (needs[func].any())
      worklist.push_back(func);
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

LogicalResult PoolNeeds::verifyReferences() {
  bool ok = true;
  for (auto [i, func] : llvm::enumerate(funcs)) {
    if (needs[i].none())
      continue;
    std::optional<SymbolTable::UseRange> symbolUses =
        SymbolTable::getSymbolUses(func.getSymNameAttr(), module);
    if (!symbolUses) {
      func.emitOpError("needs a pool argument, but its uses cannot be listed");
      ok = false;
      continue;
    }
    for (const SymbolTable::SymbolUse &use : *symbolUses) {
      auto call = dyn_cast<func::CallOp>(use.getUser());
      if (call && getOwner(call))
        continue;
      use.getUser()->emitOpError("references @")
          << func.getSymName()
          << ", which needs pool arguments with pool-storage=argument; only "
             "a func.call inside a func.func of the module can pass them";
      ok = false;
    }
  }
  return success(ok);
}

void PoolNeeds::rewrite(ArrayRef<PoolStorage> pools) {
  MLIRContext *context = module.getContext();
  firstPoolArg.assign(funcs.size(), 0);
  for (auto [i, func] : llvm::enumerate(funcs)) {
    firstPoolArg[i] = func.getNumArguments();
    if (needs[i].none())
      continue;
    SmallVector<unsigned> positions;
    SmallVector<Type> types;
    SmallVector<DictionaryAttr> attrs;
    SmallVector<Location> locs;
    for (unsigned index : needs[i].set_bits()) {
      PoolStorage pool = pools[index];
      positions.push_back(func.getNumArguments());
      types.push_back(pool.type);
      attrs.push_back(DictionaryAttr::get(
          context,
          {NamedAttribute(StringAttr::get(context, "memplan.pool"),
                          StringAttr::get(context, pool.op.getSymName()))}));
      locs.push_back(pool.op.getLoc());
    }
    // func.func accepts any argument types, so this cannot fail.
    (void)func.insertArguments(positions, types, attrs, locs);
  }
  for (CallEdge edge : calls) {
    if (needs[edge.callee].none())
      continue;
    SmallVector<Value> extra;
    for (unsigned pool : needs[edge.callee].set_bits())
      extra.push_back(getPoolArgument(edge.caller, pool));
    edge.call.getOperandsMutable().append(extra);
  }
}

Value PoolNeeds::getPoolArgument(unsigned func, unsigned pool) {
  // The pool arguments follow the function's own, in pool order.
  unsigned position = firstPoolArg[func];
  for (unsigned before : needs[func].set_bits()) {
    if (before == pool)
      return funcs[func].getArgument(position);
    ++position;
  }
  llvm_unreachable("the function does not need this pool");
}

FailureOr<SmallVector<Value>>
mlir::memplan::threadPoolArguments(ModuleOp module, ArrayRef<PoolStorage> pools,
                                   ArrayRef<PoolUse> uses) {
  PoolNeeds needs(module, pools.size());
  SmallVector<unsigned> owners;
  if (failed(needs.addUses(uses, owners)))
    return failure();
  needs.propagateThroughCalls();
  if (failed(needs.verifyReferences()))
    return failure();
  needs.rewrite(pools);
  SmallVector<Value> storage;
  for (auto [use, owner] : llvm::zip_equal(uses, owners))
    storage.push_back(needs.getPoolArgument(owner, use.pool));
  return storage;
}
