//===- MemoryAccesses.cpp - What each operation reads and writes -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/MemoryAccesses.h"

#include "ModuleFacts.h"

#include "memplan/Analysis/OpWalk.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::memplan;

/// What a function does to its memref arguments and to other memory; its
/// own allocations that do not escape are private to each call.
struct MemoryAccesses::Summary {
  /// Per argument: read, written.
  std::vector<std::pair<bool, bool>> arguments;
  bool readsOther = false;
  bool writesOther = false;
  bool done = false;
};

/// Where the accesses of one op go: `onRoot` gets every access to a buffer
/// root of the function; accesses to anything else set the flags.
struct MemoryAccesses::Sink {
  llvm::function_ref<void(Value root, bool reads, bool writes)> onRoot;
  bool readsOther = false;
  bool writesOther = false;
};

MemoryAccesses::MemoryAccesses(ModuleOp module, const BufferAnalysis &buffers)
    : facts(std::make_unique<analysis::ModuleFacts>(module)) {
  for (auto [index, alloc] : llvm::enumerate(buffers.getBufferOps()))
    bufferIndex[AllocOp(alloc).getOperation()] = index;
  summaries.resize(facts->getFunctions().size());

  // Callees first: a depth-first post-order with an explicit stack (the
  // call graph has no cycle once the buffer analysis succeeded).
  std::vector<bool> visited(facts->getFunctions().size(), false);
  for (size_t root = 0; root < facts->getFunctions().size(); ++root) {
    if (visited[root] ||
        FunctionOpInterface(facts->getFunctions()[root].op).isExternal())
      continue;
    visited[root] = true;
    std::vector<std::pair<unsigned, unsigned>> stack = {{unsigned(root), 0}};
    while (!stack.empty()) {
      auto &[function, next] = stack.back();
      ArrayRef<CallEdge> calls = facts->getCallGraph().getCalls(function);
      if (next < calls.size()) {
        unsigned callee = calls[next++].callee;
        if (!visited[callee]) {
          visited[callee] = true;
          stack.push_back({callee, 0});
        }
        continue;
      }
      unsigned done = function;
      stack.pop_back();
      summarize(done);
      if (facts->getFunctions()[done].reachable)
        calleesFirst.push_back(facts->getFunctions()[done].op);
    }
  }
}

MemoryAccesses::~MemoryAccesses() = default;

std::optional<unsigned>
MemoryAccesses::getBufferIndex(Operation *alloc) const {
  auto it = bufferIndex.find(alloc);
  if (it == bufferIndex.end())
    return std::nullopt;
  return it->second;
}

FunctionOpInterface MemoryAccesses::getBodyCallee(Operation *call) const {
  std::optional<unsigned> callee = facts->getBodyCallee(call);
  if (!callee)
    return nullptr;
  return facts->getFunctions()[*callee].op;
}

void MemoryAccesses::addDirectAccesses(Operation *op, unsigned function,
                                       Sink &sink) const {
  const analysis::FunctionFacts &info = facts->getFunctions()[function];
  auto access = [&](Value value, bool reads, bool writes) {
    if (!reads && !writes)
      return;
    auto root = value ? info.rootOf.find(value) : info.rootOf.end();
    if (root != info.rootOf.end()) {
      sink.onRoot(root->second, reads, writes);
      return;
    }
    sink.readsOther |= reads;
    sink.writesOther |= writes;
  };
  auto accessMemRefOperands = [&](ValueRange operands, bool reads,
                                  bool writes) {
    for (Value operand : operands)
      if (isa<BaseMemRefType>(operand.getType()))
        access(operand, reads, writes);
  };

  if (std::optional<unsigned> callee = facts->getBodyCallee(op)) {
    const Summary &summary = summaries[*callee];
    for (auto [position, argument] :
         llvm::enumerate(cast<CallOpInterface>(op).getArgOperands()))
      if (position < summary.arguments.size())
        access(argument, summary.arguments[position].first,
               summary.arguments[position].second);
    sink.readsOther |= summary.readsOther;
    sink.writesOther |= summary.writesOther;
    return;
  }
  if (auto effectOp = dyn_cast<MemoryEffectOpInterface>(op)) {
    SmallVector<MemoryEffects::EffectInstance> effects;
    effectOp.getEffects(effects);
    for (const MemoryEffects::EffectInstance &effect : effects) {
      if (isa<MemoryEffects::Allocate>(effect.getEffect()))
        continue;
      bool reads = isa<MemoryEffects::Read>(effect.getEffect());
      // A write or a free.
      access(effect.getValue(), reads, !reads);
    }
    return;
  }
  if (op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
    return;
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(op)) {
    accessMemRefOperands(dps.getDpsInputs(), true, false);
    accessMemRefOperands(dps.getDpsInits(), true, true);
    return;
  }
  // Unknown effects: anything it can reach.
  sink.readsOther = sink.writesOther = true;
  accessMemRefOperands(op->getOperands(), true, true);
}

/// Whether `root` (a buffer root) is a function argument.
static bool isArgument(Value root) { return isa<BlockArgument>(root); }

void MemoryAccesses::summarize(unsigned function) {
  const analysis::FunctionFacts &info = facts->getFunctions()[function];
  Summary &summary = summaries[function];
  Region &body = FunctionOpInterface(info.op).getFunctionBody();
  summary.arguments.assign(body.getNumArguments(), {false, false});
  auto onRoot = [&](Value root, bool reads, bool writes) {
    if (isArgument(root)) {
      auto &mode = summary.arguments[cast<BlockArgument>(root).getArgNumber()];
      mode.first |= reads;
      mode.second |= writes;
      return;
    }
    // An allocation of the function: private unless it escapes.
    if (info.escapeReason.count(root)) {
      summary.readsOther |= reads;
      summary.writesOther |= writes;
    }
  };
  Sink sink{onRoot};
  forEachNestedOp(info.op,
                  [&](Operation *op) { addDirectAccesses(op, function, sink); });
  summary.readsOther |= sink.readsOther;
  summary.writesOther |= sink.writesOther;
  summary.done = true;
}

MemoryAccess MemoryAccesses::getAccess(Operation *op) const {
  Operation *top = op;
  while (top->getParentOp() && !isa<ModuleOp>(top->getParentOp()))
    top = top->getParentOp();
  std::optional<unsigned> function = facts->getFunctionIndex(top);
  MemoryAccess result;
  if (!function) {
    result.readsOther = result.writesOther = true;
    return result;
  }
  const analysis::FunctionFacts &info = facts->getFunctions()[*function];
  auto onRoot = [&](Value root, bool reads, bool writes) {
    Operation *alloc = root.getDefiningOp();
    std::optional<unsigned> buffer =
        alloc ? getBufferIndex(alloc) : std::nullopt;
    // Memory allocated inside `op` that does not leave it is private.
    if (alloc && op->isAncestor(alloc) &&
        (buffer || !info.escapeReason.count(root)))
      return;
    if (buffer) {
      if (reads)
        result.reads.push_back(*buffer);
      if (writes)
        result.writes.push_back(*buffer);
      return;
    }
    result.readsOther |= reads;
    result.writesOther |= writes;
  };
  Sink sink{onRoot};
  addDirectAccesses(op, *function, sink);
  forEachNestedOp(op, [&](Operation *nested) {
    addDirectAccesses(nested, *function, sink);
  });
  result.readsOther |= sink.readsOther;
  result.writesOther |= sink.writesOther;
  for (SmallVector<unsigned> *list : {&result.reads, &result.writes}) {
    llvm::sort(*list);
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return result;
}
