//===- LowerConstants.cpp - Constant pools to one constant global -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "LowerConstants.h"
#include "ConstantBytes.h"

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringMap.h"

#include <map>

using namespace mlir;
using namespace mlir::memplan;

/// The largest constant pool the lowering builds (4 GiB): its bytes are held
/// in memory, then in the IR, as one dense literal.
constexpr uint64_t kMaxConstantPoolBytes = uint64_t(1) << 32;

namespace {

/// A constant pool and the globals placed in it.
struct ConstantPool {
  PoolOp op;
  uint64_t size = 0;
  /// In module order.
  SmallVector<memref::GlobalOp> globals;
};

} // namespace

static uint64_t getPlacedOffset(memref::GlobalOp global) {
  return global
      ->getAttrOfType<IntegerAttr>(MemPlanDialect::getPlacedOffsetAttrName())
      .getInt();
}

/// Finds the constant pools and their globals, and checks that every placed
/// global is packable and lies in a constant pool.
static LogicalResult collectPools(ModuleOp module,
                                  SmallVectorImpl<ConstantPool> &pools) {
  bool ok = true;
  llvm::StringMap<unsigned> poolIndex;
  for (PoolOp pool : module.getOps<PoolOp>()) {
    if (!pool.getConstants())
      continue;
    if (!pool.getSizeAttr()) {
      pool.emitOpError("holds constants but has no planned size; run "
                       "--memplan-plan-constants before --memplan-lower");
      ok = false;
      continue;
    }
    poolIndex[pool.getSymName()] = pools.size();
    pools.push_back(
        {pool, static_cast<uint64_t>(pool.getSizeAttr().getInt()), {}});
  }
  for (memref::GlobalOp global : module.getOps<memref::GlobalOp>()) {
    auto ref = global->getAttrOfType<FlatSymbolRefAttr>(
        MemPlanDialect::getPlacedPoolAttrName());
    if (!ref)
      continue;
    auto it = poolIndex.find(ref.getValue());
    if (it == poolIndex.end()) {
      global.emitOpError("is placed in ")
          << ref << ", which is not a planned constant pool of the module";
      ok = false;
      continue;
    }
    if (std::optional<std::string> reason = getUnpackableReason(global)) {
      global.emitOpError("cannot be packed into a constant pool: ") << *reason;
      ok = false;
      continue;
    }
    pools[it->second].globals.push_back(global);
  }
  module.walk([&](ViewOp view) {
    if (poolIndex.count(view.getPool())) {
      view.emitOpError("views pool @")
          << view.getPool() << ", which holds constants only";
      ok = false;
    }
  });
  return success(ok);
}

/// The packed bytes of `pool`; fails when a global lies outside the pool,
/// at an offset that breaks its alignment, or on another's bytes.
static FailureOr<std::vector<char>> packPool(const ConstantPool &pool) {
  PoolOp poolOp = pool.op;
  if (pool.size > kMaxConstantPoolBytes)
    return poolOp.emitOpError("holds ")
           << pool.size << " bytes of constants, more than the "
           << kMaxConstantPoolBytes
           << " bytes one constant global of packed bytes may take";
  std::vector<char> bytes(pool.size, 0);
  // Byte ranges taken so far, by start, to find overlaps.
  std::map<uint64_t, std::pair<uint64_t, memref::GlobalOp>> taken;
  uint64_t poolAlignment = poolOp.getAlignmentAttr().getInt();
  for (memref::GlobalOp global : pool.globals) {
    std::vector<char> data = getConstantBytes(global);
    uint64_t offset = getPlacedOffset(global);
    uint64_t alignment = std::max(poolAlignment, getConstantAlignment(global));
    if (offset % alignment != 0)
      return global.emitOpError("is placed at offset ")
             << offset << ", which is not a multiple of its alignment "
             << alignment;
    if (offset > pool.size || data.size() > pool.size - offset)
      return global.emitOpError("needs bytes [")
             << offset << ", " << offset + data.size() << ") of pool @"
             << poolOp.getSymName() << ", beyond its planned size "
             << pool.size;
    uint64_t end = offset + data.size();
    auto next = taken.lower_bound(offset);
    if (!data.empty() &&
        ((next != taken.end() && next->first < end) ||
         (next != taken.begin() && std::prev(next)->second.first > offset))) {
      memref::GlobalOp other = next != taken.end() && next->first < end
                                   ? next->second.second
                                   : std::prev(next)->second.second;
      return global.emitOpError("shares bytes of pool @")
             << poolOp.getSymName() << " with @" << other.getSymName()
             << "; constants are all live at once";
    }
    if (!data.empty())
      taken[offset] = {end, global};
    std::copy(data.begin(), data.end(), bytes.begin() + offset);
  }
  return bytes;
}

/// Replaces each memref.get_global of a placed global by a view of the pool.
static LogicalResult rewriteUses(ModuleOp module,
                                 ArrayRef<ConstantPool> pools) {
  llvm::StringMap<std::pair<const ConstantPool *, uint64_t>> placement;
  for (const ConstantPool &pool : pools)
    for (memref::GlobalOp global : pool.globals)
      placement[global.getSymName()] = {&pool, getPlacedOffset(global)};

  bool ok = true;
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(&module.getBodyRegion());
  if (uses)
    for (const SymbolTable::SymbolUse &use : *uses)
      if (!isa<memref::GetGlobalOp>(use.getUser()) &&
          placement.count(use.getSymbolRef().getRootReference().getValue())) {
        use.getUser()->emitOpError("references the placed constant ")
            << use.getSymbolRef()
            << "; only memref.get_global can read it from its pool";
        ok = false;
      }
  if (!ok)
    return failure();

  SmallVector<memref::GetGlobalOp> gets;
  module.walk([&](memref::GetGlobalOp get) {
    if (placement.count(get.getName()))
      gets.push_back(get);
  });
  Type i8 = IntegerType::get(module.getContext(), 8);
  for (memref::GetGlobalOp get : gets) {
    auto [pool, offset] = placement.lookup(get.getName());
    PoolOp poolOp = pool->op;
    OpBuilder builder(get);
    auto storageType = MemRefType::get({static_cast<int64_t>(pool->size)}, i8);
    Value storage = memref::GetGlobalOp::create(
        builder, get.getLoc(), storageType, poolOp.getSymName());
    Value shift = arith::ConstantIndexOp::create(builder, get.getLoc(),
                                                 static_cast<int64_t>(offset));
    auto view = memref::ViewOp::create(builder, get.getLoc(), get.getType(),
                                       storage, shift, ValueRange());
    get.getResult().replaceAllUsesWith(view.getResult());
    get.erase();
  }
  return success();
}

LogicalResult mlir::memplan::lowerConstantPools(ModuleOp module) {
  SmallVector<ConstantPool> pools;
  if (failed(collectPools(module, pools)))
    return failure();
  SmallVector<std::vector<char>> packed;
  for (const ConstantPool &pool : pools) {
    FailureOr<std::vector<char>> bytes = packPool(pool);
    if (failed(bytes))
      return failure();
    packed.push_back(std::move(*bytes));
  }
  if (failed(rewriteUses(module, pools)))
    return failure();

  Type i8 = IntegerType::get(module.getContext(), 8);
  for (auto [pool, bytes] : llvm::zip_equal(pools, packed)) {
    auto size = static_cast<int64_t>(pool.size);
    auto tensorType = RankedTensorType::get({size}, i8);
    OpBuilder builder(pool.op);
    memref::GlobalOp::create(
        builder, pool.op.getLoc(), pool.op.getSymName(),
        builder.getStringAttr("private"), MemRefType::get({size}, i8),
        DenseElementsAttr::getFromRawBuffer(tensorType, bytes),
        /*constant=*/true,
        builder.getI64IntegerAttr(pool.op.getAlignmentAttr().getInt()));
    for (memref::GlobalOp global : pool.globals)
      global.erase();
    pool.op.erase();
  }
  return success();
}
