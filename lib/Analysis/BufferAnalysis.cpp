//===- BufferAnalysis.cpp - From a program to a planning problem -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"

#include "ModuleFacts.h"
#include "Timeline.h"

#include "memplan/Analysis/BufferNames.h"
#include "memplan/Planner/LowerBound.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::memplan;

/// The name a buffer gets without a NameLoc: "<function>_alloc<k>", k
/// counting the allocations of the function in program order.
static std::string getAutomaticName(const analysis::ModuleFacts &facts,
                                    Operation *alloc) {
  Operation *top = alloc;
  while (top->getParentOp() && !isa<ModuleOp>(top->getParentOp()))
    top = top->getParentOp();
  std::optional<unsigned> index = facts.getFunctionIndex(top);
  if (!index)
    return "alloc";
  const analysis::FunctionFacts &function = facts.getFunctions()[*index];
  return SymbolTable::getSymbolName(function.op).str() + "_alloc" +
         std::to_string(function.allocationOrdinal.lookup(alloc));
}

BufferAnalysis::BufferAnalysis(Operation *moduleOp) {
  auto module = dyn_cast<ModuleOp>(moduleOp);
  if (!module) {
    moduleOp->emitError("the buffer analysis runs on a builtin.module");
    succeeded = false;
    return;
  }

  llvm::StringMap<::memplan::PoolId> poolIds;
  for (Operation &op : module.getBody()->getOperations()) {
    auto pool = dyn_cast<PoolOp>(&op);
    if (!pool)
      continue;
    poolIds[pool.getSymName()] = poolOps.size();
    poolOps.push_back(pool);
    ::memplan::Pool &problemPool = problem.pools.emplace_back();
    problemPool.name = pool.getSymName().str();
    if (IntegerAttr capacity = pool.getCapacityAttr())
      problemPool.capacity = static_cast<uint64_t>(capacity.getInt());
    problemPool.alignment =
        static_cast<uint64_t>(pool.getAlignmentAttr().getInt());
  }

  analysis::ModuleFacts facts(module);
  skipped.assign(facts.getSkipped().begin(), facts.getSkipped().end());
  for (auto [index, skip] : llvm::enumerate(skipped))
    skippedIndex[skip.op] = index;
  for (unsigned entry : facts.getEntries())
    entryFunctions.push_back(facts.getFunctions()[entry].op);
  if (failed(facts.getStatus())) {
    succeeded = false;
    return;
  }

  FailureOr<std::vector<analysis::TimelineBuffer>> timeline =
      analysis::buildTimeline(facts, [&](AllocOp alloc) {
        return !skippedIndex.count(alloc.getOperation());
      });
  if (failed(timeline)) {
    succeeded = false;
    return;
  }

  std::vector<std::string> names;
  for (const analysis::TimelineBuffer &buffer : *timeline) {
    AllocOp alloc = buffer.op;
    bufferOps.push_back(alloc);
    std::optional<std::string> name = getNameFromLocation(alloc.getLoc());
    names.push_back(name ? *name : getAutomaticName(facts, alloc));

    ::memplan::Buffer &problemBuffer = problem.buffers.emplace_back();
    // The plannability check guarantees a size (getStaticByteSize).
    problemBuffer.size = alloc.getByteSize().value_or(0);
    problemBuffer.alignment = alloc.getRequiredAlignment();
    problemBuffer.intervals = buffer.intervals;
    if (ArrayAttr pools = alloc.getPoolsAttr()) {
      for (Attribute pool : pools) {
        auto it = poolIds.find(cast<FlatSymbolRefAttr>(pool).getValue());
        if (it == poolIds.end()) {
          alloc.emitError("references unknown pool ") << pool;
          succeeded = false;
          continue;
        }
        problemBuffer.candidatePools.push_back(it->second);
      }
    }
  }
  std::vector<std::string> uniqueNames = makeNamesUnique(names);
  for (auto [buffer, name] : llvm::zip_equal(problem.buffers, uniqueNames))
    buffer.name = std::move(name);

  memoryPressure = ::memplan::computeMaxLiveBytes(problem);
  if (!succeeded) {
    problem.buffers.clear();
    bufferOps.clear();
    memoryPressure = 0;
  }
}

std::optional<llvm::StringRef>
BufferAnalysis::getSkipReason(Operation *op) const {
  auto it = skippedIndex.find(op);
  if (it == skippedIndex.end())
    return std::nullopt;
  return llvm::StringRef(skipped[it->second].reason);
}

void BufferAnalysis::emitSkipRemarks(bool onlyMemRefAllocs) const {
  for (const SkippedAllocation &skip : skipped) {
    if (onlyMemRefAllocs && isa<AllocOp>(skip.op))
      continue;
    skip.op->emitRemark("not planned: ") << skip.reason;
  }
}
