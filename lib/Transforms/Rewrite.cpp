//===- Rewrite.cpp - Planned allocations to pool views ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-rewrite: every planned memplan.alloc (one with `pool` and
// `offset`) becomes a memplan.view of its pool at its offset. The storage now
// belongs to the pool, so the memref.deallocs of the allocation (or of views
// of it) go away.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "memplan-rewrite"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANREWRITE
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

/// Erases the memref.deallocs of `memref` and of the views made of it.
static void eraseDeallocs(Value memref) {
  SmallVector<Value> worklist = {memref};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : llvm::make_early_inc_range(value.getUsers())) {
      if (isa<memref::DeallocOp>(user)) {
        user->erase();
        continue;
      }
      auto view = dyn_cast<ViewLikeOpInterface>(user);
      if (view && view.getViewSource() == value)
        llvm::append_range(worklist, user->getResults());
    }
  }
}

namespace {

struct RewritePass : public memplan::impl::MemPlanRewriteBase<RewritePass> {
  void runOnOperation() override {
    SmallVector<AllocOp> allocs;
    bool unplanned = false;
    getOperation().walk([&](AllocOp alloc) {
      if (!alloc.getPoolAttr()) {
        alloc.emitOpError("has no planned pool and offset; run "
                          "--memplan-plan before --memplan-rewrite");
        unplanned = true;
      }
      allocs.push_back(alloc);
    });
    if (unplanned)
      return signalPassFailure();

    for (AllocOp alloc : allocs) {
      LLVM_DEBUG(llvm::dbgs() << "[memplan-rewrite] " << alloc.getLoc()
                              << " -> " << alloc.getPoolAttr() << " + "
                              << alloc.getOffsetAttr().getInt() << "\n");
      OpBuilder builder(alloc);
      auto view = ViewOp::create(builder, alloc.getLoc(), alloc.getType(),
                                 alloc.getDynamicSizes(), alloc.getPoolAttr(),
                                 alloc.getOffsetAttr(), alloc.getBoundAttr());
      eraseDeallocs(alloc.getMemref());
      alloc.getMemref().replaceAllUsesWith(view.getResult());
      alloc.erase();
    }
  }
};

} // namespace
