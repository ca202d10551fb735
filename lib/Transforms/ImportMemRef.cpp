//===- ImportMemRef.cpp - memref allocations to memplan.alloc ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-import-memref: every memref.alloc/alloca that the buffer analysis
// would plan becomes a memplan.alloc (same type, location and alignment), and
// the memref.deallocs of it and of its views go away. The analysis decides,
// so that import and planning agree. `memplan.pool` and `memplan.offset`
// attributes on a memref allocation make the memplan.alloc pinned there.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/DynamicBounds.h"
#include "memplan/Analysis/OpWalk.h"
#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "memplan-import-memref"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANIMPORTMEMREF
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// The memref.dealloc ops of `buffer` and of every view of it.
llvm::SmallVector<Operation *> findDeallocs(Value buffer) {
  llvm::SmallVector<Operation *> deallocs;
  llvm::SmallVector<Value> worklist{buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      Operation *user = use.getOwner();
      if (isa<memref::DeallocOp>(user))
        deallocs.push_back(user);
      else if (auto view = dyn_cast<ViewLikeOpInterface>(user);
               view && view.getViewSource() == value)
        worklist.push_back(view.getViewDest());
    }
  }
  return deallocs;
}

/// The pin of a memref allocation: its `memplan.pool` and `memplan.offset`
/// attributes (the dialect's verifier checked that they go together and
/// their types), the pool checked to be a memplan.pool of the module. The
/// memplan.alloc's verifier checks the offset against the pool's alignment
/// and capacity and the buffer's candidate pools.
FailureOr<std::pair<FlatSymbolRefAttr, IntegerAttr>>
getPin(Operation *op, SymbolTableCollection &symbols) {
  auto pool = op->getAttrOfType<FlatSymbolRefAttr>(
      MemPlanDialect::getPlacedPoolAttrName());
  auto offset =
      op->getAttrOfType<IntegerAttr>(MemPlanDialect::getPlacedOffsetAttrName());
  if (!pool || !offset)
    return std::make_pair(FlatSymbolRefAttr(), IntegerAttr());
  auto module = op->getParentOfType<ModuleOp>();
  if (!symbols.lookupSymbolIn<PoolOp>(module, pool)) {
    op->emitOpError("is pinned in ")
        << pool << ", which is not a memplan.pool of the module";
    return failure();
  }
  return std::make_pair(pool, offset);
}

/// Replaces the memref allocation `op` by a memplan.alloc, pinned at `pin`
/// if it has one; a dynamically shaped one keeps its sizes and is planned at
/// its bound.
template <typename AllocLikeOp>
void importAllocation(AllocLikeOp op,
                      std::pair<FlatSymbolRefAttr, IntegerAttr> pin) {
  OpBuilder builder(op);
  IntegerAttr alignment = op.getAlignmentAttr();
  IntegerAttr bound;
  if (!op.getType().hasStaticShape()) {
    // The analysis planned it only because a bound exists.
    std::optional<uint64_t> elements = getAllocElementBound(op);
    bound = builder.getI64IntegerAttr(static_cast<int64_t>(*elements));
  }
  auto alloc =
      AllocOp::create(builder, op.getLoc(), op.getType(), op.getDynamicSizes(),
                      /*pools=*/nullptr, alignment, /*pool=*/pin.first,
                      /*offset=*/pin.second, bound);
  for (Operation *dealloc : findDeallocs(op.getResult()))
    dealloc->erase();
  op.getResult().replaceAllUsesWith(alloc.getResult());
  op.erase();
}

struct ImportMemRefPass
    : public mlir::memplan::impl::MemPlanImportMemRefBase<ImportMemRefPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    MemPlanImportMemRefBase::getDependentDialects(registry);
    registerDynamicBoundModels(registry);
  }

  void runOnOperation() override {
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    analysis.emitSkipRemarks(/*onlyMemRefAllocs=*/true);

    llvm::SmallVector<Operation *> imports;
    forEachNestedOp(getOperation(), [&](Operation *op) {
      if (isa<memref::AllocOp, memref::AllocaOp>(op) &&
          analysis.isPlannable(op))
        imports.push_back(op);
    });
    LLVM_DEBUG(llvm::dbgs() << "[memplan-import-memref] importing "
                            << imports.size() << " allocations\n");
    SymbolTableCollection symbols;
    bool pinsValid = true;
    llvm::SmallVector<std::pair<FlatSymbolRefAttr, IntegerAttr>> pins;
    for (Operation *op : imports) {
      FailureOr<std::pair<FlatSymbolRefAttr, IntegerAttr>> pin =
          getPin(op, symbols);
      pinsValid &= succeeded(pin);
      pins.push_back(succeeded(pin) ? *pin : std::make_pair(nullptr, nullptr));
    }
    if (!pinsValid)
      return signalPassFailure();
    for (auto [op, pin] : llvm::zip_equal(imports, pins)) {
      if (auto alloc = dyn_cast<memref::AllocOp>(op))
        importAllocation(alloc, pin);
      else
        importAllocation(cast<memref::AllocaOp>(op), pin);
    }
  }
};

} // namespace
