//===- CandidatePools.cpp - A buffer's pools, by target access --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "CandidatePools.h"
#include "BufferTouches.h"

#include "memplan/Analysis/TargetAccess.h"

#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::memplan;
using namespace mlir::memplan::analysis;

/// The index of the function of the module that holds `op`.
static std::optional<unsigned> getOwnerFunction(const ModuleFacts &facts,
                                                Operation *op) {
  Operation *top = op;
  while (top->getParentOp() && !isa<ModuleOp>(top->getParentOp()))
    top = top->getParentOp();
  return facts.getFunctionIndex(top);
}

/// `@f (target "npu") writes it`.
static std::string describeTouch(const ModuleFacts &facts,
                                 const FunctionTouch &touch) {
  FunctionOpInterface function = facts.getFunctions()[touch.function].op;
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "@" << SymbolTable::getSymbolName(function).getValue() << " (target \""
     << getFunctionTarget(function) << "\") "
     << (touch.reads && touch.writes ? "reads and writes"
         : touch.writes              ? "writes"
                                     : "reads")
     << " it";
  return text;
}

/// An entry function's input (output) in the workspace is written (read)
/// by the application, which runs on the entry function's target: the entry
/// function counts as writing (reading) it.
static void addApplicationTouch(AllocOp alloc, unsigned owner,
                                SmallVectorImpl<FunctionTouch> &touches) {
  bool writes = alloc->hasAttr(MemPlanDialect::getInputAttrName());
  bool reads = alloc->hasAttr(MemPlanDialect::getOutputAttrName());
  if (!writes && !reads)
    return;
  auto it = llvm::lower_bound(touches, owner,
                              [](const FunctionTouch &touch, unsigned index) {
                                return touch.function < index;
                              });
  if (it == touches.end() || it->function != owner)
    it = touches.insert(it, FunctionTouch{owner});
  it->reads |= reads;
  it->writes |= writes;
}

/// The pools the alloc lists (`pools`), or every workspace pool.
static FailureOr<std::vector<PoolId>>
getListedPools(AllocOp alloc, StringRef name, const WorkspacePools &pools) {
  std::vector<PoolId> listed;
  ArrayAttr attr = alloc.getPoolsAttr();
  if (!attr) {
    for (PoolId id = 0; id < pools.ops.size(); ++id)
      listed.push_back(id);
    return listed;
  }
  for (Attribute pool : attr) {
    auto ref = cast<FlatSymbolRefAttr>(pool);
    auto it = pools.ids.find(ref.getValue());
    if (it != pools.ids.end()) {
      listed.push_back(it->second);
      continue;
    }
    auto constants = dyn_cast_or_null<PoolOp>(
        SymbolTable::lookupNearestSymbolFrom(alloc, ref));
    if (constants && constants.getConstants())
      return alloc.emitError("buffer '")
             << name << "' lists pool " << ref
             << ", which holds constants: workspace buffers cannot share it";
    return alloc.emitError("references unknown pool ") << ref;
  }
  return listed;
}

FailureOr<std::vector<PoolId>>
mlir::memplan::analysis::computeCandidatePools(const ModuleFacts &facts,
                                               AllocOp alloc, StringRef name,
                                               const WorkspacePools &pools) {
  FailureOr<std::vector<PoolId>> listed = getListedPools(alloc, name, pools);
  if (failed(listed))
    return failure();
  // Without pools, --memplan-plan reports the missing pools.
  std::optional<unsigned> owner = getOwnerFunction(facts, alloc);
  if (listed->empty() || !owner)
    return std::vector<PoolId>();

  SmallVector<FunctionTouch> touches =
      findTouches(facts, *owner, alloc.getResult());
  addApplicationTouch(alloc, *owner, touches);
  std::vector<PoolId> kept;
  for (PoolId id : *listed) {
    PoolOp pool = pools.ops[id];
    if (llvm::all_of(touches, [&](const FunctionTouch &touch) {
          Operation *function = facts.getFunctions()[touch.function].op;
          return canAccess(pool, getFunctionTarget(function), touch.writes);
        }))
      kept.push_back(id);
  }
  if (kept.empty()) {
    InFlightDiagnostic diag = alloc.emitError("buffer '")
                              << name
                              << "' has no pool that every function touching "
                                 "it can access as it needs: ";
    llvm::interleaveComma(touches, diag, [&](const FunctionTouch &touch) {
      diag << describeTouch(facts, touch);
    });
    diag << "; pools: ";
    llvm::interleaveComma(*listed, diag, [&](PoolId id) {
      diag << describePoolAccess(pools.ops[id]);
    });
    return diag;
  }
  if (!alloc.getPoolsAttr() && kept.size() == pools.ops.size())
    return std::vector<PoolId>();
  return kept;
}
