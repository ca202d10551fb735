//===- ReuseInPlace.cpp - Let elementwise outputs take their input's memory
//===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-reuse-in-place: marks pairs of planned buffers where an
// elementwise linalg op may write its output into the memory of an input
// that dies at the op. The mark is data for the planner (a share pair:
// `memplan.in_place_id` on the input's memplan.alloc, `memplan.in_place_of`
// with the same number on the output's), which may still keep them apart.
//
// THE RULE. An input operand `in` and an output operand `out` of a linalg op
// `op` with buffer semantics form a pair when:
//  1. every loop of `op` is parallel, and the indexing maps of `in` and `out`
//     are the identity: iteration i reads element i of `in` and writes
//     element i of `out`, and no other element of either;
//  2. `in` and `out` are the results of two different planned memplan.alloc
//     (not a view, a block or entry argument, a global or a constant; not an
//     entry function's input or output, `memplan.input`/`memplan.output`;
//     not pinned), of the same static shape and the same element size in
//     the data layout (hence the same byte size; planned buffers have the
//     identity layout, so element i sits at the same byte offset in both);
//  3. no other operand of `op` is, or is a view of, either allocation
//     (except `in`'s own value as another input, also with the identity
//     map), and the
//     payload has no memory effect (no load, store or call): the op reads
//     the input's bytes at index i only and writes the output's through
//     `out` only;
//  4. the payload does not read the output's block argument: the output's
//     previous contents do not matter;
//  5. liveness, from the buffer analysis's live intervals (which cover every
//     view, call and loop repetition of the buffers, docs/Analysis.md): each
//     time both are live they are live together exactly during the ticks of
//     `op` (each overlap is as long as `op`'s span, starts where an output
//     interval starts and ends where an input interval ends). So nothing
//     touches the output before `op` and nothing touches the input after it,
//     in any walk; an op in a loop around either allocation fails this,
//     because an access in such a loop covers the whole loop;
//  6. each buffer is the input of at most one pair and the output of at most
//     one.
//
// WHY RESULTS ARE KEPT. Where the planner keeps a pair apart, nothing changes.
// Where it gives both one address, `op` computes out[i] = f(in[i], other[i])
// for every index i, in any order and in any vectorized or tiled form of the
// loop: iteration i reads in[i] (and other operands, which are other memory
// by 3) before it writes out[i], which are the same bytes (2); no iteration
// j != i reads or writes those bytes (1, 3), so no value is overwritten
// before it is read. The previous contents of the output are read neither
// by `op` (4) nor by anything before it (5), and the input's bytes are read
// by nothing after `op` (5): every read in the program sees the value it saw
// before. Chains (a -> b -> c) form groups; the planner only merges a group
// when no two of its members that are not a pair are live at once.
//
// Rule 5 is a fact of the program order when the pass runs: run it after
// every pass that moves operations. --memplan-schedule drops the marks
// (docs/UserGuide.md, "In-place reuse").
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "memplan-reuse-in-place"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANREUSEINPLACE
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

/// The operation whose result `value` views (through view-like ops), or null
/// for a block argument.
static Operation *getRootAllocation(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    auto view = dyn_cast<ViewLikeOpInterface>(def);
    if (!view)
      return def;
    value = view.getViewSource();
  }
  return nullptr;
}

/// The ticks `op` takes on the analysis's timeline (Timeline.cpp: one per op
/// without regions, one before and one after the regions of an op with
/// regions), or 0 when its payload has a memory effect (rule 3; a call is
/// one, and the timeline would walk its callee in place).
static int64_t getTimelineSpan(linalg::LinalgOp op) {
  int64_t span = 2;
  bool pure = true;
  op->walk([&](Operation *nested) {
    if (nested == op.getOperation())
      return;
    if (!isMemoryEffectFree(nested))
      pure = false;
    span += nested->getNumRegions() > 0 ? 2 : 1;
  });
  return pure ? span : 0;
}

/// Rule 5: every moment both buffers are live is one run of an op that
/// takes `span` ticks, the output's first and the input's last. Both lists
/// are sorted and disjoint (one interval per walk of the allocation).
static bool liveTogetherOnlyAt(llvm::ArrayRef<Interval> input,
                               llvm::ArrayRef<Interval> output, int64_t span) {
  bool any = false;
  size_t i = 0, o = 0;
  while (i < input.size() && o < output.size()) {
    const Interval &in = input[i], &out = output[o];
    int64_t start = std::max(in.start, out.start);
    int64_t end = std::min(in.end, out.end);
    if (start < end) {
      if (end - start != span || start != out.start || end != in.end)
        return false;
      any = true;
    }
    if (in.end < out.end)
      ++i;
    else
      ++o;
  }
  return any;
}

namespace {

struct ReuseInPlacePass
    : public mlir::memplan::impl::MemPlanReuseInPlaceBase<ReuseInPlacePass> {
  using MemPlanReuseInPlaceBase::MemPlanReuseInPlaceBase;

  void runOnOperation() override {
    auto &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    for (auto [id, constAlloc] : llvm::enumerate(analysis.getBufferOps())) {
      AllocOp alloc = constAlloc;
      bufferOf[alloc.getOperation()] = id;
      if (auto mark = alloc->getAttrOfType<IntegerAttr>(
              MemPlanDialect::getInPlaceIdAttrName()))
        nextId = std::max(nextId, mark.getInt() + 1);
    }
    const Problem &problem = analysis.getProblem();
    Builder builder(&getContext());
    unsigned pairs = 0;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (!op.hasPureBufferSemantics() ||
          op.getNumLoops() != op.getNumParallelLoops())
        return;
      int64_t span = getTimelineSpan(op);
      if (span == 0)
        return;
      for (OpOperand &out : op.getDpsInitsMutable()) {
        AllocOp output = getCandidate(out.get(), op);
        if (!output ||
            output->hasAttr(MemPlanDialect::getInPlaceOfAttrName()) ||
            op.payloadUsesValueFromOperand(&out))
          continue;
        for (OpOperand *in : op.getDpsInputOperands()) {
          AllocOp input = getCandidate(in->get(), op);
          if (!input || input == output ||
              input->hasAttr(MemPlanDialect::getInPlaceIdAttrName()) ||
              !isLegalPair(op, *in, out, input, output, span, problem))
            continue;
          LLVM_DEBUG(llvm::dbgs() << "[memplan-reuse-in-place] pair " << nextId
                                  << " at " << op->getLoc() << "\n");
          input->setAttr(MemPlanDialect::getInPlaceIdAttrName(),
                         builder.getI64IntegerAttr(nextId));
          output->setAttr(MemPlanDialect::getInPlaceOfAttrName(),
                          builder.getI64IntegerAttr(nextId));
          ++nextId;
          ++pairs;
          break;
        }
      }
    });
    if (pairs == 0)
      markAllAnalysesPreserved();
  }

  /// Rules 1 and 2 for one operand: the planned, unpinned memplan.alloc of
  /// static shape it is, used by `op` with identity indexing maps only;
  /// null otherwise.
  AllocOp getCandidate(Value value, linalg::LinalgOp op) {
    auto alloc = value.getDefiningOp<AllocOp>();
    if (!alloc || !bufferOf.count(alloc.getOperation()) ||
        !alloc.getType().hasStaticShape() || alloc.getOffsetAttr() ||
        alloc->hasAttr(MemPlanDialect::getInputAttrName()) ||
        alloc->hasAttr(MemPlanDialect::getOutputAttrName()))
      return nullptr;
    for (OpOperand &operand : op->getOpOperands())
      if (operand.get() == value &&
          !op.getMatchingIndexingMap(&operand).isIdentity())
        return nullptr;
    return alloc;
  }

  /// Rules 2 (shape and sizes), 3 (other operands) and 5 for one
  /// input/output pair.
  bool isLegalPair(linalg::LinalgOp op, OpOperand &in, OpOperand &out,
                   AllocOp input, AllocOp output, int64_t span,
                   const Problem &problem) {
    const Buffer &inBuffer = problem.buffers[bufferOf[input.getOperation()]];
    const Buffer &outBuffer = problem.buffers[bufferOf[output.getOperation()]];
    const DataLayout &layout = DataLayout::closest(op);
    if (input.getType().getShape() != output.getType().getShape() ||
        layout.getTypeSize(input.getType().getElementType()) !=
            layout.getTypeSize(output.getType().getElementType()) ||
        inBuffer.size != outBuffer.size)
      return false;
    for (OpOperand &operand : op->getOpOperands()) {
      // The input's own value as another input (linalg.add ins(%a, %a))
      // reads element i only: getCandidate checked that every use of it has
      // the identity map. As another output it would be written: not skipped.
      if (&operand == &out ||
          (op.isDpsInput(&operand) && operand.get() == in.get()) ||
          !isa<BaseMemRefType>(operand.get().getType()))
        continue;
      Operation *root = getRootAllocation(operand.get());
      if (root == input.getOperation() || root == output.getOperation())
        return false;
    }
    return liveTogetherOnlyAt(inBuffer.intervals, outBuffer.intervals, span);
  }

  /// The problem's buffer of each planned memplan.alloc (lookups only).
  llvm::DenseMap<Operation *, BufferId> bufferOf;
  /// The next unused `memplan.in_place_id`.
  int64_t nextId = 0;
};

} // namespace
