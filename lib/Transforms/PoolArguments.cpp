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

#include "memplan/Analysis/PoolNeeds.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;
using namespace mlir::memplan;

/// Checks that every function that needs a pool is referenced only as the
/// callee of a func.call directly inside a function of the module.
static LogicalResult verifyReferences(ModuleOp module, const PoolNeeds &needs) {
  bool ok = true;
  for (unsigned i = 0, e = needs.getFunctions().size(); i != e; ++i) {
    if (needs.getNeeds(i).none())
      continue;
    func::FuncOp func = needs.getFunctions()[i];
    std::optional<SymbolTable::UseRange> symbolUses =
        SymbolTable::getSymbolUses(func.getSymNameAttr(), module);
    if (!symbolUses) {
      func.emitOpError("needs a pool argument, but its uses cannot be listed");
      ok = false;
      continue;
    }
    for (const SymbolTable::SymbolUse &use : *symbolUses) {
      auto call = dyn_cast<func::CallOp>(use.getUser());
      if (call && needs.getOwner(call))
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

/// The argument standing for `pool` in function `func`, whose pool arguments
/// start at `firstPoolArg`.
static Value getPoolArgument(const PoolNeeds &needs, unsigned func,
                             unsigned firstPoolArg, unsigned pool) {
  // The pool arguments follow the function's own, in pool order.
  unsigned position = firstPoolArg;
  for (unsigned before : needs.getNeeds(func).set_bits()) {
    if (before == pool) {
      func::FuncOp function = needs.getFunctions()[func];
      return function.getArgument(position);
    }
    ++position;
  }
  llvm_unreachable("the function does not need this pool");
}

/// Adds the pool arguments to the functions and the calls; returns per
/// function the index of its first pool argument.
static SmallVector<unsigned> addPoolArguments(ModuleOp module,
                                              const PoolNeeds &needs,
                                              ArrayRef<PoolStorage> pools) {
  MLIRContext *context = module.getContext();
  SmallVector<unsigned> firstPoolArg;
  for (unsigned i = 0, e = needs.getFunctions().size(); i != e; ++i) {
    func::FuncOp func = needs.getFunctions()[i];
    firstPoolArg.push_back(func.getNumArguments());
    SmallVector<unsigned> positions;
    SmallVector<Type> types;
    SmallVector<DictionaryAttr> attrs;
    SmallVector<Location> locs;
    for (unsigned index : needs.getPoolArguments(i)) {
      PoolStorage pool = pools[index];
      positions.push_back(func.getNumArguments());
      types.push_back(pool.type);
      attrs.push_back(DictionaryAttr::get(
          context,
          {NamedAttribute(
              StringAttr::get(context, MemPlanDialect::getPlacedPoolAttrName()),
              StringAttr::get(context, pool.op.getSymName()))}));
      locs.push_back(pool.op.getLoc());
    }
    // func.func accepts any argument types, so this cannot fail.
    if (!positions.empty())
      (void)func.insertArguments(positions, types, attrs, locs);
  }
  for (FuncCallEdge edge : needs.getCalls()) {
    SmallVector<Value> extra;
    for (unsigned pool : needs.getPoolArguments(edge.callee))
      extra.push_back(
          getPoolArgument(needs, edge.caller, firstPoolArg[edge.caller], pool));
    if (!extra.empty())
      edge.call.getOperandsMutable().append(extra);
  }
  return firstPoolArg;
}

FailureOr<SmallVector<Value>>
mlir::memplan::threadPoolArguments(ModuleOp module, ArrayRef<PoolStorage> pools,
                                   ArrayRef<PoolUse> uses) {
  // Lookup only: never iterated.
  llvm::DenseMap<Operation *, unsigned> poolOfView;
  for (PoolUse use : uses)
    poolOfView[use.view] = use.pool;
  PoolNeeds needs(module, pools.size(),
                  [&](Operation *op) -> std::optional<unsigned> {
                    auto it = poolOfView.find(op);
                    if (it == poolOfView.end())
                      return std::nullopt;
                    return it->second;
                  });

  bool ok = true;
  SmallVector<unsigned> owners;
  for (PoolUse use : uses) {
    std::optional<unsigned> owner = needs.getOwner(use.view);
    if (!owner) {
      use.view.emitOpError("must be directly inside a func.func of the "
                           "module for pool-storage=argument");
      ok = false;
      continue;
    }
    owners.push_back(*owner);
  }
  if (!ok || failed(verifyReferences(module, needs)))
    return failure();

  SmallVector<unsigned> firstPoolArg = addPoolArguments(module, needs, pools);
  SmallVector<Value> storage;
  for (auto [use, owner] : llvm::zip_equal(uses, owners))
    storage.push_back(
        getPoolArgument(needs, owner, firstPoolArg[owner], use.pool));
  return storage;
}
