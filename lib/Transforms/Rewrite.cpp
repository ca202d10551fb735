//===- Rewrite.cpp - Planned allocations to pool views ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-rewrite: every planned memplan.alloc (one with `pool` and
// `offset`) becomes a memplan.view of its pool at its offset. The storage now
// belongs to the pool, so the memref.deallocs of the allocation go away.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANREWRITE
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

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
      OpBuilder builder(alloc);
      auto view = ViewOp::create(builder, alloc.getLoc(), alloc.getType(),
                                 alloc.getPoolAttr(), alloc.getOffsetAttr());
      for (Operation *user : llvm::make_early_inc_range(alloc->getUsers()))
        if (isa<memref::DeallocOp>(user))
          user->erase();
      alloc.getMemref().replaceAllUsesWith(view.getResult());
      alloc.erase();
    }
  }
};

} // namespace
