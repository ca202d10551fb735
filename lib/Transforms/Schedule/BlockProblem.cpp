//===- BlockProblem.cpp - A block of IR as an ordering problem --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "BlockProblem.h"

#include "memplan/Analysis/OpWalk.h"
#include "memplan/Dialect/MemPlanDialect.h"

#include "llvm/ADT/DenseMap.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// The accesses since the last write of one memory location.
struct LocationState {
  int lastWriter = -1;
  std::vector<unsigned> readers;
};

} // namespace

/// The location of "other memory" (not a planned buffer).
static constexpr int64_t kOtherMemory = -1;

/// Whether an op nested in `op` uses a memref: the block's buffers it
/// touches are then live for part of `op` only.
static bool usesMemRefInside(Operation *op) {
  bool found = false;
  forEachNestedOp(op, [&](Operation *nested) {
    for (Value operand : nested->getOperands())
      found |= isa<BaseMemRefType>(operand.getType());
  });
  return found;
}

BlockProblem mlir::memplan::buildBlockProblem(
    Block &block, const BufferAnalysis &analysis,
    const MemoryAccesses &accesses,
    llvm::function_ref<uint64_t(Operation *)> getTransient) {
  BlockProblem result;
  result.block = &block;
  Operation *terminator =
      block.mightHaveTerminator() ? block.getTerminator() : nullptr;
  llvm::DenseMap<Operation *, unsigned> nodeOf;
  for (Operation &op : block) {
    if (&op == terminator)
      continue;
    nodeOf[&op] = result.ops.size();
    result.ops.push_back(&op);
  }

  // The block's own planned buffers.
  const Problem &problem = analysis.getProblem();
  llvm::DenseMap<unsigned, unsigned> localOf;
  for (Operation *op : result.ops) {
    std::optional<unsigned> buffer = accesses.getBufferIndex(op);
    if (!buffer)
      continue;
    localOf[*buffer] = result.problem.buffers.size();
    OrderBuffer info;
    info.size = problem.buffers[*buffer].size;
    info.liveAtStart = op->hasAttr(MemPlanDialect::getInputAttrName());
    info.liveAtEnd = op->hasAttr(MemPlanDialect::getOutputAttrName());
    result.problem.buffers.push_back(info);
  }
  if (terminator) {
    MemoryAccess access = accesses.getAccess(terminator);
    for (const SmallVector<unsigned> *list : {&access.reads, &access.writes})
      for (unsigned buffer : *list)
        if (auto it = localOf.find(buffer); it != localOf.end())
          result.problem.buffers[it->second].liveAtEnd = true;
  }

  std::vector<std::vector<unsigned>> predecessors(result.ops.size());
  llvm::DenseMap<int64_t, LocationState> locations;
  for (auto [index, op] : llvm::enumerate(result.ops)) {
    OrderNode &node = result.problem.nodes.emplace_back();
    node.transient = getTransient(op);
    MemoryAccess access = accesses.getAccess(op);

    // SSA: every later op (of this block) using a result, also inside.
    for (Value value : op->getResults())
      for (Operation *user : value.getUsers())
        if (Operation *ancestor = block.findAncestorOpInBlock(*user))
          if (auto it = nodeOf.find(ancestor);
              it != nodeOf.end() && it->second != index)
            predecessors[it->second].push_back(index);

    // Memory: reads after the last write, writes after every access since.
    auto read = [&](int64_t location) {
      LocationState &state = locations[location];
      if (state.lastWriter >= 0)
        predecessors[index].push_back(state.lastWriter);
      state.readers.push_back(index);
    };
    auto write = [&](int64_t location) {
      LocationState &state = locations[location];
      if (state.lastWriter >= 0)
        predecessors[index].push_back(state.lastWriter);
      for (unsigned reader : state.readers)
        if (reader != index)
          predecessors[index].push_back(reader);
      state.readers.clear();
      state.lastWriter = index;
    };
    for (unsigned buffer : access.reads)
      if (!llvm::is_contained(access.writes, buffer))
        read(buffer);
    for (unsigned buffer : access.writes)
      write(buffer);
    if (access.writesOther)
      write(kOtherMemory);
    else if (access.readsOther)
      read(kOtherMemory);

    // The block's buffers it touches.
    bool touchesLocal = false;
    for (const SmallVector<unsigned> *list : {&access.reads, &access.writes})
      for (unsigned buffer : *list)
        if (auto it = localOf.find(buffer); it != localOf.end()) {
          node.buffers.push_back(it->second);
          touchesLocal = true;
        }
    llvm::sort(node.buffers);
    node.buffers.erase(std::unique(node.buffers.begin(), node.buffers.end()),
                       node.buffers.end());
    if (node.transient != 0 ||
        (touchesLocal && (accesses.getBodyCallee(op) ||
                          (op->getNumRegions() > 0 && usesMemRefInside(op)))))
      result.exactModel = false;
  }
  for (auto [node, preds] :
       llvm::zip_equal(result.problem.nodes, predecessors)) {
    llvm::sort(preds);
    preds.erase(std::unique(preds.begin(), preds.end()), preds.end());
    node.predecessors = std::move(preds);
  }
  return result;
}

void mlir::memplan::applyOrder(const BlockProblem &block,
                               llvm::ArrayRef<unsigned> order) {
  Block *target = block.block;
  Block::iterator end = target->mightHaveTerminator()
                            ? Block::iterator(target->getTerminator())
                            : target->end();
  for (unsigned node : order)
    block.ops[node]->moveBefore(target, end);
}
