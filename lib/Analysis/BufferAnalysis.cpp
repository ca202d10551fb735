//===- BufferAnalysis.cpp - From a program to a planning problem -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"

#include "CandidatePools.h"
#include "EntryIO.h"
#include "ModuleFacts.h"
#include "Timeline.h"

#include "memplan/Analysis/BufferNames.h"
#include "memplan/Planner/LowerBound.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseMap.h"
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

/// The share pairs --memplan-reuse-in-place recorded: the buffer with
/// `memplan.in_place_of = k` may share the address of the one with
/// `memplan.in_place_id = k`. Errors: an id used twice, or one that names no
/// planned buffer.
static LogicalResult collectShares(llvm::ArrayRef<AllocOp> bufferOps,
                                   Problem &problem) {
  StringRef idName = MemPlanDialect::getInPlaceIdAttrName();
  StringRef ofName = MemPlanDialect::getInPlaceOfAttrName();
  // Lookups only, never iterated.
  llvm::DenseMap<int64_t, BufferId> bufferOfId;
  for (auto [id, alloc] : llvm::enumerate(bufferOps))
    if (auto mark = alloc->getAttrOfType<IntegerAttr>(idName))
      if (!bufferOfId.try_emplace(mark.getInt(), id).second)
        return alloc->emitOpError("attribute '")
               << idName << "' = " << mark.getInt()
               << " is also on another planned memplan.alloc";
  for (auto [id, alloc] : llvm::enumerate(bufferOps)) {
    auto mark = alloc->getAttrOfType<IntegerAttr>(ofName);
    if (!mark)
      continue;
    auto it = bufferOfId.find(mark.getInt());
    if (it == bufferOfId.end())
      return alloc->emitOpError("attribute '")
             << ofName << "' = " << mark.getInt()
             << " names no planned memplan.alloc with '" << idName << "'";
    if (it->second == id)
      return alloc->emitOpError("attribute '")
             << ofName << "' names the allocation itself";
    problem.shares.push_back({it->second, BufferId(id)});
  }
  return success();
}

BufferAnalysis::BufferAnalysis(Operation *moduleOp) {
  auto module = dyn_cast<ModuleOp>(moduleOp);
  if (!module) {
    moduleOp->emitError("the buffer analysis runs on a builtin.module");
    succeeded = false;
    return;
  }

  llvm::StringMap<PoolId> poolIds;
  for (Operation &op : module.getBody()->getOperations()) {
    // Constant pools hold constants only (--memplan-plan-constants).
    auto pool = dyn_cast<PoolOp>(&op);
    if (!pool || pool.getConstants())
      continue;
    poolIds[pool.getSymName()] = poolOps.size();
    poolOps.push_back(pool);
    Pool &problemPool = problem.pools.emplace_back();
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
  if (failed(facts.getStatus()) ||
      failed(analysis::verifyEntryIOMarkers(facts, module))) {
    succeeded = false;
    return;
  }
  for (unsigned entry : facts.getEntries())
    entryArgumentUses.push_back(
        analysis::computeEntryArgumentUses(facts, entry));
  for (const analysis::FunctionFacts &function : facts.getFunctions())
    if (function.reachable)
      reachedFunctions.insert(function.op);

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

    Buffer &problemBuffer = problem.buffers.emplace_back();
    // The plannability check guarantees a size (getStaticByteSize).
    problemBuffer.size = alloc.getByteSize().value_or(0);
    problemBuffer.alignment = alloc.getRequiredAlignment();
    problemBuffer.intervals = buffer.intervals;
  }
  std::vector<std::string> uniqueNames = makeNamesUnique(names);
  for (auto [buffer, name] : llvm::zip_equal(problem.buffers, uniqueNames))
    buffer.name = std::move(name);

  analysis::WorkspacePools pools{poolOps, poolIds};
  for (auto [buffer, alloc] : llvm::zip_equal(problem.buffers, bufferOps)) {
    FailureOr<std::vector<PoolId>> candidates =
        analysis::computeCandidatePools(facts, alloc, buffer.name, pools);
    if (failed(candidates))
      succeeded = false;
    else
      buffer.candidatePools = std::move(*candidates);
  }

  // A memplan.alloc that already has a pool and an offset is pinned there:
  // the planner keeps it and places the other buffers around it.
  for (auto [buffer, alloc] : llvm::zip_equal(problem.buffers, bufferOps)) {
    FlatSymbolRefAttr placed = alloc.getPoolAttr();
    if (!placed)
      continue;
    auto it = poolIds.find(placed.getValue());
    if (it == poolIds.end()) {
      alloc.emitOpError("is pinned in ")
          << placed << ", which is not a pool the planner places buffers in";
      succeeded = false;
      continue;
    }
    buffer.pin = Pin{it->second, uint64_t(alloc.getOffsetAttr().getInt())};
  }

  if (succeeded && failed(collectShares(bufferOps, problem)))
    succeeded = false;
  // Without in-place sharing (share pairs count as two buffers).
  memoryPressure = computeMaxLiveBytes(problem);
  if (!succeeded) {
    problem.buffers.clear();
    bufferOps.clear();
    memoryPressure = 0;
  }
}

llvm::ArrayRef<EntryArgumentUse>
BufferAnalysis::getEntryArgumentUses(FunctionOpInterface entry) const {
  // Filled only when the module's facts hold (see the constructor).
  for (size_t i = 0; i < entryArgumentUses.size(); ++i)
    if (entryFunctions[i] == entry)
      return entryArgumentUses[i];
  return {};
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
