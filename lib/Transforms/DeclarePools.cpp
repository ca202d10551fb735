//===- DeclarePools.cpp - Pools for a module that has none ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-declare-pools: declares the pools of the `pools` option
// (`NAME[:CAPACITY[:ALIGNMENT]],...`), or one unbounded `workspace`, in a
// module that declares no memplan.pool.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Support/PoolSpec.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/Debug.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANDECLAREPOOLS
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-declare-pools"

namespace {

struct DeclarePoolsPass
    : public memplan::impl::MemPlanDeclarePoolsBase<DeclarePoolsPass> {
  using MemPlanDeclarePoolsBase::MemPlanDeclarePoolsBase;

  LogicalResult initialize(MLIRContext *context) override {
    if (pools.empty()) {
      specs = {{"workspace", std::nullopt, 16}};
      return success();
    }
    MemPlanDeclarePoolsOptions options;
    options.pools = pools;
    if (llvm::Error error = checkOptions(options))
      return emitOptionError(context, "memplan-declare-pools",
                             std::move(error));
    specs = llvm::cantFail(parsePoolSpecs(pools));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();

    // Constant pools hold constants only: they do not count.
    auto existing =
        llvm::make_filter_range(module.getOps<PoolOp>(), [](PoolOp pool) {
          return !pool.getConstants();
        });
    if (!existing.empty()) {
      if (pools.empty())
        return; // The module's own pools are used.
      (*existing.begin())
              .emitOpError("the module already declares pools, so the pools "
                           "option '")
          << pools << "' cannot apply";
      return signalPassFailure();
    }

    for (const PoolSpec &spec : specs) {
      if (Operation *clash = module.lookupSymbol(spec.name)) {
        clash->emitOpError("has the name of pool '")
            << spec.name << "' of the pools option";
        return signalPassFailure();
      }
    }
    // In option order (the default candidate order) at the start of the
    // module.
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    for (const PoolSpec &spec : specs) {
      LLVM_DEBUG(llvm::dbgs() << "[memplan-declare-pools] pool " << spec.name
                              << ", capacity "
                              << (spec.capacity
                                      ? std::to_string(*spec.capacity)
                                      : std::string("unbounded"))
                              << ", alignment " << spec.alignment << "\n");
      IntegerAttr capacity;
      if (spec.capacity)
        capacity = builder.getI64IntegerAttr(*spec.capacity);
      PoolOp::create(builder, module.getLoc(), spec.name, capacity,
                     spec.alignment, PoolAccess::ReadWrite,
                     /*size=*/nullptr, /*lower_bound=*/nullptr);
    }
  }

  /// The pools to declare, parsed from the option.
  SmallVector<PoolSpec> specs;
};

} // namespace
