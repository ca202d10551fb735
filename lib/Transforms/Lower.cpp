//===- Lower.cpp - Pools and views to the memref dialect --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-lower: each memplan.pool gets i8 storage of its planned size (a
// memref.global, or function arguments; see PoolArguments.cpp), and each
// memplan.view becomes a memref.view of that storage at its byte offset.
// Afterwards no memplan op is left, so the usual lowering to LLVM applies.
//
//===----------------------------------------------------------------------===//

#include "LowerConstants.h"
#include "PoolStorage.h"
#include "RecordWorkspaceIO.h"

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Support/PoolSpec.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "memplan-lower"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANLOWER
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// Collects the module's pools and the views of them, and checks that each
/// pool is planned and each view lies inside its pool's planned size and
/// shares the memory space of the pool's other views.
class PoolCollector {
public:
  LogicalResult collect(ModuleOp module);

  SmallVector<PoolStorage> pools;
  SmallVector<PoolUse> uses;

private:
  LogicalResult addView(ViewOp view, SmallVectorImpl<Attribute> &spaces,
                        SmallVectorImpl<bool> &spaceKnown);

  llvm::StringMap<unsigned> poolIndex;
  SmallVector<uint64_t> sizes;
};

} // namespace

LogicalResult PoolCollector::collect(ModuleOp module) {
  bool ok = true;
  for (PoolOp pool : module.getOps<PoolOp>()) {
    if (!pool.getSizeAttr()) {
      pool.emitOpError("has no planned size; run --memplan-plan before "
                       "--memplan-lower");
      ok = false;
      continue;
    }
    poolIndex[pool.getSymName()] = pools.size();
    pools.push_back({pool, MemRefType()});
    sizes.push_back(pool.getSizeAttr().getInt());
  }
  if (!ok)
    return failure();

  SmallVector<Attribute> spaces(pools.size());
  SmallVector<bool> spaceKnown(pools.size(), false);
  module.walk([&](ViewOp view) {
    if (failed(addView(view, spaces, spaceKnown)))
      ok = false;
  });
  if (!ok)
    return failure();

  Type i8 = IntegerType::get(module.getContext(), 8);
  for (auto [pool, size, space] : llvm::zip_equal(pools, sizes, spaces))
    pool.type = MemRefType::get({static_cast<int64_t>(size)}, i8,
                                MemRefLayoutAttrInterface(), space);
  return success();
}

LogicalResult PoolCollector::addView(ViewOp view,
                                     SmallVectorImpl<Attribute> &spaces,
                                     SmallVectorImpl<bool> &spaceKnown) {
  auto it = poolIndex.find(view.getPool());
  if (it == poolIndex.end())
    return view.emitOpError("uses pool @")
           << view.getPool()
           << ", which is not declared in the module being lowered";
  unsigned pool = it->second;
  MemRefType type = view.getResult().getType();
  // The verifier guarantees a byte size.
  uint64_t bytes = *view.getByteSize();
  uint64_t offset = view.getOffsetAttr().getInt();
  if (offset > sizes[pool] || bytes > sizes[pool] - offset)
    return view.emitOpError("needs bytes [")
           << offset << ", " << offset + bytes << ") of pool @"
           << view.getPool() << ", beyond its planned size " << sizes[pool];
  Attribute space = type.getMemorySpace();
  if (spaceKnown[pool] && spaces[pool] != space)
    return view.emitOpError("is in memory space ")
           << space << ", but another view of pool @" << view.getPool()
           << " is in memory space " << spaces[pool];
  spaces[pool] = space;
  spaceKnown[pool] = true;
  uses.push_back({view, pool});
  return success();
}

/// Replaces `view` by a memref.view of `storage` at the view's byte offset.
static void replaceView(ViewOp view, Value storage) {
  OpBuilder builder(view);
  Value shift = arith::ConstantIndexOp::create(builder, view.getLoc(),
                                               view.getOffsetAttr().getInt());
  auto lowered =
      memref::ViewOp::create(builder, view.getLoc(), view.getResult().getType(),
                             storage, shift, view.getDynamicSizes());
  view.getResult().replaceAllUsesWith(lowered.getResult());
  view.erase();
}

/// Turns each pool into a private, uninitialized memref.global of its name,
/// and returns, per use, a memref.get_global of it created at the view.
static SmallVector<Value> createPoolGlobals(ArrayRef<PoolStorage> pools,
                                            ArrayRef<PoolUse> uses) {
  for (PoolStorage pool : pools) {
    OpBuilder builder(pool.op);
    memref::GlobalOp::create(
        builder, pool.op.getLoc(), pool.op.getSymName(),
        builder.getStringAttr("private"), pool.type,
        /*initial_value=*/builder.getUnitAttr(), /*constant=*/false,
        builder.getI64IntegerAttr(pool.op.getAlignmentAttr().getInt()));
  }
  SmallVector<Value> storage;
  for (PoolUse use : uses) {
    OpBuilder builder(use.view);
    PoolStorage pool = pools[use.pool];
    storage.push_back(memref::GetGlobalOp::create(
        builder, use.view.getLoc(), pool.type, pool.op.getSymName()));
  }
  return storage;
}

namespace {

struct LowerPass : public memplan::impl::MemPlanLowerBase<LowerPass> {
  using MemPlanLowerBase::MemPlanLowerBase;

  LogicalResult initialize(MLIRContext *context) override {
    MemPlanLowerOptions options;
    options.poolStorage = poolStorage;
    if (llvm::Error error = checkOptions(options))
      return emitOptionError(context, "memplan-lower", std::move(error));
    kind = llvm::cantFail(parsePoolStorage(poolStorage));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();

    // Constant pools first: they are always constant globals.
    if (failed(lowerConstantPools(module)))
      return signalPassFailure();

    PoolCollector collector;
    if (failed(collector.collect(module)))
      return signalPassFailure();

    SmallVector<Value> storage;
    if (kind == PoolStorageKind::Global) {
      storage = createPoolGlobals(collector.pools, collector.uses);
    } else {
      FailureOr<SmallVector<Value>> arguments =
          threadPoolArguments(module, collector.pools, collector.uses);
      if (failed(arguments))
        return signalPassFailure();
      storage = std::move(*arguments);
    }

    LLVM_DEBUG(llvm::dbgs()
               << "[memplan-lower] " << collector.pools.size() << " pools, "
               << collector.uses.size() << " views, storage "
               << (kind == PoolStorageKind::Global ? "global" : "argument")
               << "\n");
    for (auto [use, value] : llvm::zip_equal(collector.uses, storage))
      replaceView(use.view, value);
    for (PoolStorage pool : collector.pools)
      pool.op.erase();
    // The application reaches the entries' inputs and outputs in place.
    if (kind == PoolStorageKind::Global)
      publishWorkspaceIOPools(module);
  }

  PoolStorageKind kind = PoolStorageKind::Global;
};

} // namespace
