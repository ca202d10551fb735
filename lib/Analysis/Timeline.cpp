//===- Timeline.cpp - Live intervals on a program-order timeline -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Ticks: an op without regions takes one tick. An op with regions, and a call
// to a function with a body, take a tick before and a tick after what they
// run. A use of a buffer that accesses it (see UseKind) touches the tick of
// its op, or the whole span of an op with regions. A buffer instance (one
// walk of its allocation) lives from its first to its last touched tick.
//
// Scopes: loops (ops that may repeat a region) and ops with unstructured
// (multi-block) regions. An access inside a loop that does not contain the
// allocation covers the whole outermost such loop; an access inside an
// unstructured region covers the whole outermost unstructured region.
//
//===----------------------------------------------------------------------===//

#include "Timeline.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::memplan;
using namespace mlir::memplan::analysis;

namespace {

/// The state of the walk. Everything that nests (regions, calls) lives on
/// explicit stacks.
class TimelineWalker {
public:
  TimelineWalker(const ModuleFacts &facts,
                 llvm::function_ref<bool(AllocOp)> isPlanned, int64_t maxTicks)
      : facts(facts), isPlanned(isPlanned), maxTicks(maxTicks) {}

  FailureOr<std::vector<TimelineBuffer>> run();

private:
  /// One walk of one allocation.
  struct Instance {
    unsigned buffer;
    /// Number of scopes open when the allocation was walked.
    unsigned allocDepth;
    int64_t first = -1;
    int64_t last = -1;
    /// The scope whose end this instance waits for (0: none).
    uint64_t pendingScope = 0;
  };
  /// An open loop or unstructured region.
  struct Scope {
    int64_t start;
    bool unstructured;
    uint64_t serial;
    /// Instances to extend to the end of the scope.
    std::vector<unsigned> pending;
  };
  /// One walk of one function body: where its buffers are.
  struct Frame {
    unsigned function = 0;
    /// Root value (see FunctionFacts::rootOf) -> instance.
    llvm::DenseMap<Value, unsigned> instanceOf;
    /// The tick the walk of the function started at.
    int64_t start = 0;
    /// Instances of outputs (`memplan.output`), live until the end.
    std::vector<unsigned> liveToEnd;
  };
  /// Work left to do, innermost last.
  struct Item {
    enum Kind { Ops, EndRegionOp, EndFunction } kind;
    unsigned frame;
    /// Ops: the remaining ops of a block.
    Block::iterator next;
    Block::iterator end;
    /// EndRegionOp / EndFunction: the op (null for an entry function), its
    /// start tick, and whether it opened a scope.
    Operation *op;
    int64_t start;
    bool openedScope;
  };

  LogicalResult visit(Operation *op, unsigned frame);
  void finishRegionOp(const Item &item);
  void finishFunction(const Item &item);
  void pushRegions(Operation *op, unsigned frame);
  void openScope(int64_t start, bool unstructured);
  void closeScope(int64_t end);
  void touchOperands(Operation *op, unsigned frame, int64_t first,
                     int64_t last);
  void touch(unsigned instance, int64_t first, int64_t last);
  void enterFunction(unsigned function, Operation *call, int64_t start,
                     Frame frame);

  const ModuleFacts &facts;
  llvm::function_ref<bool(AllocOp)> isPlanned;
  int64_t maxTicks;
  int64_t tick = 0;
  uint64_t nextScopeSerial = 1;
  /// The entry function being walked.
  Operation *currentEntry = nullptr;
  /// Index in `scopes` of the outermost unstructured scope, or -1.
  int outermostUnstructured = -1;

  std::vector<Item> items;
  std::vector<Frame> frames;
  std::vector<Scope> scopes;
  std::vector<Instance> instances;
  std::vector<TimelineBuffer> buffers;
  std::vector<std::vector<unsigned>> instancesOfBuffer;
  /// Allocation -> index in `buffers` (lookups only).
  llvm::DenseMap<Operation *, unsigned> bufferIndex;
};

} // namespace

static bool hasUnstructuredRegion(Operation *op) {
  return llvm::any_of(op->getRegions(), [](Region &region) {
    return region.hasOneBlock() == false && !region.empty();
  });
}

void TimelineWalker::openScope(int64_t start, bool unstructured) {
  if (unstructured && outermostUnstructured < 0)
    outermostUnstructured = scopes.size();
  scopes.push_back(Scope{start, unstructured, nextScopeSerial++, {}});
}

void TimelineWalker::closeScope(int64_t end) {
  for (unsigned instance : scopes.back().pending) {
    instances[instance].last = std::max(instances[instance].last, end);
    instances[instance].pendingScope = 0;
  }
  scopes.pop_back();
  if (outermostUnstructured == static_cast<int>(scopes.size()))
    outermostUnstructured = -1;
}

void TimelineWalker::touch(unsigned id, int64_t first, int64_t last) {
  Instance &instance = instances[id];
  // The outermost scope the access must cover: a loop that does not contain
  // the allocation, or an unstructured region.
  int cover = -1;
  if (instance.allocDepth < scopes.size())
    cover = instance.allocDepth;
  if (outermostUnstructured >= 0 &&
      (cover < 0 || outermostUnstructured < cover))
    cover = outermostUnstructured;
  if (cover >= 0) {
    Scope &scope = scopes[cover];
    first = std::min(first, scope.start);
    if (instance.pendingScope != scope.serial) {
      scope.pending.push_back(id);
      instance.pendingScope = scope.serial;
    }
  }
  instance.first = instance.first < 0 ? first : std::min(instance.first, first);
  instance.last = std::max(instance.last, last);
}

void TimelineWalker::touchOperands(Operation *op, unsigned frameIndex,
                                   int64_t first, int64_t last) {
  Frame &frame = frames[frameIndex];
  const FunctionFacts &function = facts.getFunctions()[frame.function];
  for (OpOperand &use : op->getOpOperands()) {
    auto root = function.rootOf.find(use.get());
    if (root == function.rootOf.end())
      continue;
    auto instance = frame.instanceOf.find(root->second);
    if (instance == frame.instanceOf.end())
      continue;
    if (facts.classifyUse(use).kind == UseKind::Access)
      touch(instance->second, first, last);
  }
}

void TimelineWalker::pushRegions(Operation *op, unsigned frame) {
  for (Region &region : llvm::reverse(op->getRegions()))
    for (Block &block : llvm::reverse(region))
      items.push_back(Item{Item::Ops, frame, block.begin(), block.end(),
                           nullptr, 0, false});
}

void TimelineWalker::enterFunction(unsigned function, Operation *call,
                                   int64_t start, Frame frame) {
  FunctionOpInterface op = facts.getFunctions()[function].op;
  frame.start = start;
  frames.push_back(std::move(frame));
  bool unstructured = hasUnstructuredRegion(op);
  if (unstructured)
    openScope(start, /*unstructured=*/true);
  items.push_back(Item{Item::EndFunction,
                       unsigned(frames.size() - 1),
                       {},
                       {},
                       call,
                       start,
                       unstructured});
  pushRegions(op, frames.size() - 1);
}

LogicalResult TimelineWalker::visit(Operation *op, unsigned frameIndex) {
  if (tick > maxTicks)
    return currentEntry->emitError("the timeline from this entry function "
                                   "exceeds ")
           << maxTicks
           << " steps (each call is walked again); memory planning gives up";

  if (std::optional<unsigned> callee = facts.getBodyCallee(op)) {
    int64_t start = tick++;
    FunctionOpInterface calleeOp = facts.getFunctions()[*callee].op;
    Frame calleeFrame;
    calleeFrame.function = *callee;
    const FunctionFacts &caller =
        facts.getFunctions()[frames[frameIndex].function];
    for (auto [position, argument] :
         llvm::enumerate(cast<CallOpInterface>(op).getArgOperands())) {
      auto root = caller.rootOf.find(argument);
      if (root == caller.rootOf.end())
        continue;
      auto instance = frames[frameIndex].instanceOf.find(root->second);
      if (instance == frames[frameIndex].instanceOf.end())
        continue;
      calleeFrame.instanceOf[calleeOp.getFunctionBody().getArgument(position)] =
          instance->second;
    }
    enterFunction(*callee, op, start, std::move(calleeFrame));
    return success();
  }

  if (op->getNumRegions() > 0) {
    int64_t start = tick++;
    bool unstructured = hasUnstructuredRegion(op);
    bool opensScope = unstructured || isLoopLike(op);
    if (opensScope)
      openScope(start, unstructured);
    items.push_back(
        Item{Item::EndRegionOp, frameIndex, {}, {}, op, start, opensScope});
    pushRegions(op, frameIndex);
    return success();
  }

  int64_t now = tick++;
  if (auto alloc = dyn_cast<AllocOp>(op); alloc && isPlanned(alloc)) {
    auto [it, inserted] = bufferIndex.try_emplace(op, buffers.size());
    if (inserted) {
      buffers.push_back(TimelineBuffer{alloc, {}});
      instancesOfBuffer.emplace_back();
    }
    unsigned id = instances.size();
    instancesOfBuffer[it->second].push_back(id);
    frames[frameIndex].instanceOf[alloc.getResult()] = id;
    instances.push_back(Instance{it->second, unsigned(scopes.size())});
    // An entry function's input lives from the start of the entry, its
    // output until the end.
    if (op->hasAttr(MemPlanDialect::getInputAttrName()))
      touch(id, frames[frameIndex].start, now);
    if (op->hasAttr(MemPlanDialect::getOutputAttrName()))
      frames[frameIndex].liveToEnd.push_back(id);
  }
  touchOperands(op, frameIndex, now, now);
  return success();
}

void TimelineWalker::finishRegionOp(const Item &item) {
  int64_t end = tick++;
  if (item.openedScope)
    closeScope(end);
  // The op's own operands are used for the whole time it runs.
  touchOperands(item.op, item.frame, item.start, end);
}

void TimelineWalker::finishFunction(const Item &item) {
  // A call ends with a tick of its own; an entry function with its last op.
  int64_t end = item.op ? tick++ : std::max(item.start, tick - 1);
  for (unsigned id : frames.back().liveToEnd)
    touch(id, end, end);
  if (item.openedScope)
    closeScope(end);
  frames.pop_back();
}

FailureOr<std::vector<TimelineBuffer>> TimelineWalker::run() {
  for (unsigned entry : facts.getEntries()) {
    currentEntry = facts.getFunctions()[entry].op;
    Frame frame;
    frame.function = entry;
    enterFunction(entry, /*call=*/nullptr, tick, std::move(frame));
    while (!items.empty()) {
      Item &item = items.back();
      switch (item.kind) {
      case Item::Ops: {
        if (item.next == item.end) {
          items.pop_back();
          break;
        }
        Operation *op = &*item.next++;
        if (failed(visit(op, item.frame)))
          return failure();
        break;
      }
      case Item::EndRegionOp: {
        Item done = item;
        items.pop_back();
        finishRegionOp(done);
        break;
      }
      case Item::EndFunction: {
        Item done = item;
        items.pop_back();
        finishFunction(done);
        break;
      }
      }
    }
  }

  for (auto [buffer, ids] : llvm::zip_equal(buffers, instancesOfBuffer)) {
    for (unsigned id : ids)
      if (instances[id].first >= 0)
        buffer.intervals.push_back(
            Interval{instances[id].first, instances[id].last + 1});
    llvm::sort(buffer.intervals, [](const auto &a, const auto &b) {
      return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    // Walks of one allocation never overlap in a program without recursion;
    // merge defensively so that the intervals stay disjoint.
    std::vector<Interval> merged;
    for (const Interval &interval : buffer.intervals) {
      if (!merged.empty() && interval.start < merged.back().end)
        merged.back().end = std::max(merged.back().end, interval.end);
      else
        merged.push_back(interval);
    }
    buffer.intervals = std::move(merged);
  }
  return std::move(buffers);
}

FailureOr<std::vector<TimelineBuffer>> mlir::memplan::analysis::buildTimeline(
    const ModuleFacts &facts, llvm::function_ref<bool(AllocOp)> isPlanned,
    int64_t maxTicks) {
  return TimelineWalker(facts, isPlanned, maxTicks).run();
}
