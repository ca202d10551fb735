//===- ImportMemRef.cpp - memref allocations to memplan.alloc ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-import-memref: every memref.alloc/alloca that the buffer analysis
// would plan becomes a memplan.alloc (same type, location and alignment), and
// the memref.deallocs of it and of its views go away. The analysis decides,
// so that import and planning agree.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/DynamicBounds.h"
#include "memplan/Analysis/OpWalk.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
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

/// Replaces the memref allocation `op` by a memplan.alloc; a dynamically
/// shaped one keeps its sizes and is planned at its bound.
template <typename AllocLikeOp> void importAllocation(AllocLikeOp op) {
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
                      /*pools=*/nullptr, alignment, /*pool=*/nullptr,
                      /*offset=*/nullptr, bound);
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
    for (Operation *op : imports) {
      if (auto alloc = dyn_cast<memref::AllocOp>(op))
        importAllocation(alloc);
      else
        importAllocation(cast<memref::AllocaOp>(op));
    }
  }
};

} // namespace
