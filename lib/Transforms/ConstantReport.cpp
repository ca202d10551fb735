//===- ConstantReport.cpp - Constant pools in the plan report ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ConstantReport.h"
#include "ConstantBytes.h"

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::memplan;

void mlir::memplan::appendConstantPools(
    ModuleOp module, Problem &problem, Plan &plan,
    std::vector<std::string> &locations,
    llvm::function_ref<std::string(Location)> formatLocation) {
  // The whole timeline: up to the end of the last workspace interval.
  int64_t end = 1;
  for (const Buffer &buffer : problem.buffers)
    for (const Interval &interval : buffer.intervals)
      end = std::max(end, interval.end);

  for (PoolOp pool : module.getOps<PoolOp>()) {
    if (!pool.getConstants() || !pool.getSizeAttr())
      continue;
    auto id = static_cast<PoolId>(problem.pools.size());
    Pool &problemPool = problem.pools.emplace_back();
    problemPool.name = pool.getSymName().str();
    if (IntegerAttr capacity = pool.getCapacityAttr())
      problemPool.capacity = capacity.getInt();
    problemPool.alignment = pool.getAlignmentAttr().getInt();
    plan.poolSizes.push_back(pool.getSizeAttr().getInt());
    uint64_t lowerBound =
        pool.getLowerBoundAttr() ? pool.getLowerBoundAttr().getInt() : 0;
    plan.poolLowerBounds.push_back(lowerBound);
    plan.lowerBound += lowerBound;

    for (memref::GlobalOp global : module.getOps<memref::GlobalOp>()) {
      auto placed = global->getAttrOfType<FlatSymbolRefAttr>(
          MemPlanDialect::getPlacedPoolAttrName());
      auto offset = global->getAttrOfType<IntegerAttr>(
          MemPlanDialect::getPlacedOffsetAttrName());
      std::optional<uint64_t> size =
          getStaticByteSize(global.getType(), DataLayout::closest(global));
      if (!placed || placed.getValue() != pool.getSymName() || !offset || !size)
        continue;
      Buffer &buffer = problem.buffers.emplace_back();
      buffer.name = "@" + global.getSymName().str();
      buffer.size = *size;
      buffer.alignment = getConstantAlignment(global);
      buffer.candidatePools = {id};
      buffer.intervals = {{0, end}};
      plan.placements.push_back({id, static_cast<uint64_t>(offset.getInt())});
      locations.push_back(formatLocation(global.getLoc()));
    }
  }
}
