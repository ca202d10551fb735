//===- SchedulePass.cpp - Reorder operations to cut the peak ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-schedule: orders the operations of every block of the functions
// reached from an entry (callees first, inner blocks before the blocks that
// hold them, so that a call or an op with regions knows the peak of what it
// runs), then keeps the new order only when the planner packs it into pools
// that are no larger than in program order.
//
//===----------------------------------------------------------------------===//

#include "BlockProblem.h"
#include "ScheduleSummary.h"

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/MemoryAccesses.h"
#include "memplan/Analysis/OpWalk.h"
#include "memplan/Analysis/PlannerTypes.h"
#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/RegionKindInterface.h"

#include "llvm/Support/Debug.h"

#include <numeric>

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANSCHEDULE
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-schedule"

/// The blocks of `function`, each after the blocks nested in its ops.
static std::vector<Block *> getBlocksInnermostFirst(Operation *function) {
  std::vector<Block *> blocks;
  for (Region &region : function->getRegions())
    for (Block &block : region)
      blocks.push_back(&block);
  forEachNestedOp(function, [&](Operation *op) {
    for (Region &region : op->getRegions())
      for (Block &block : region)
        blocks.push_back(&block);
  });
  std::reverse(blocks.begin(), blocks.end());
  return blocks;
}

/// Whether the ops of `block` may be reordered: the only block of a region
/// with SSA dominance, and more than one op besides the terminator.
static bool mayReorder(Block &block) {
  Region *region = block.getParent();
  if (!region || !region->hasOneBlock())
    return false;
  Operation *parent = region->getParentOp();
  if (auto kind = dyn_cast_if_present<RegionKindInterface>(parent))
    if (!kind.hasSSADominance(region->getRegionNumber()))
      return false;
  return !block.empty() && std::next(block.begin()) != block.end();
}

/// The planned bytes of each pool, or std::nullopt when the planner fails.
/// A problem without pools is planned into one unbounded pool.
static std::optional<std::vector<uint64_t>>
planPools(const Problem &problem,
          const PlannerOptions &options) {
  Problem withPools = problem;
  if (withPools.pools.empty()) {
    Pool &pool = withPools.pools.emplace_back();
    pool.name = "workspace";
    pool.alignment = 16;
  }
  llvm::Expected<Plan> result = plan(withPools, options);
  if (!result) {
    llvm::consumeError(result.takeError());
    return std::nullopt;
  }
  return result->poolSizes;
}

static uint64_t sum(const std::vector<uint64_t> &values) {
  return std::accumulate(values.begin(), values.end(), uint64_t(0));
}

/// Removes every `memplan.in_place_id` / `memplan.in_place_of`; whether
/// there was one.
static bool dropInPlaceMarks(ModuleOp module) {
  bool dropped = false;
  module.walk([&](AllocOp alloc) {
    for (StringRef name : {MemPlanDialect::getInPlaceIdAttrName(),
                           MemPlanDialect::getInPlaceOfAttrName()})
      dropped |= bool(alloc->removeAttr(name));
  });
  return dropped;
}

namespace {

struct SchedulePass
    : public mlir::memplan::impl::MemPlanScheduleBase<SchedulePass> {
  using MemPlanScheduleBase::MemPlanScheduleBase;

  LogicalResult initialize(MLIRContext *context) override {
    MemPlanScheduleOptions options;
    options.workBudget = workBudget;
    options.algorithm = algorithm;
    options.timeLimit = timeLimit;
    options.planWorkBudget = planWorkBudget;
    if (llvm::Error error = checkOptions(options))
      return emitOptionError(context, "memplan-schedule", std::move(error));
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // In-place pairs are facts of the program order they were found in
    // (--memplan-reuse-in-place, rule 5): a new order may break them.
    bool dropped = dropInPlaceMarks(module);
    std::optional<BufferAnalysis> unmarked;
    if (dropped)
      unmarked.emplace(module.getOperation());
    BufferAnalysis &analysis =
        dropped ? *unmarked : getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    if (analysis.getProblem().buffers.empty()) {
      if (!dropped)
        markAllAnalysesPreserved();
      return;
    }

    PlannerOptions planner;
    planner.algorithm = algorithm;
    planner.timeLimitSeconds = timeLimit;
    planner.workBudget = planWorkBudget;
    std::optional<std::vector<uint64_t>> before =
        planPools(analysis.getProblem(), planner);

    ScheduleSummary summary;
    summary.programPeak = analysis.getMemoryPressure();
    summary.programPoolBytes = before ? sum(*before) : 0;
    std::vector<std::pair<Block *, std::vector<Operation *>>> originals =
        orderBlocks(analysis, summary);

    summary.chosenPeak = summary.programPeak;
    summary.chosenPoolBytes = summary.programPoolBytes;
    if (!originals.empty()) {
      BufferAnalysis after(module);
      std::optional<std::vector<uint64_t>> pools;
      if (succeeded(after.getStatus()))
        pools = planPools(after.getProblem(), planner);
      bool keep = pools && (!before || llvm::all_of(llvm::zip_equal(
                                                        *pools, *before),
                                                    [](auto sizes) {
                                                      return std::get<0>(
                                                                 sizes) <=
                                                             std::get<1>(
                                                                 sizes);
                                                    }));
      if (keep) {
        summary.chosenPeak = after.getMemoryPressure();
        summary.chosenPoolBytes = sum(*pools);
        summary.blocksReordered = originals.size();
      } else {
        summary.reverted = true;
        for (auto &[block, ops] : llvm::reverse(originals)) {
          Block::iterator end = block->mightHaveTerminator()
                                    ? Block::iterator(block->getTerminator())
                                    : block->end();
          for (Operation *op : ops)
            op->moveBefore(block, end);
        }
      }
    }
    // A bound above the order kept would be a model error: keep only a
    // bound that holds.
    if (summary.lowerBound && *summary.lowerBound > summary.chosenPeak)
      summary.lowerBound.reset();
    LLVM_DEBUG(llvm::dbgs()
               << "[memplan-schedule] " << originals.size()
               << " blocks reordered; live peak " << summary.programPeak
               << " -> " << summary.chosenPeak << ", planned pools "
               << summary.programPoolBytes << " -> " << summary.chosenPoolBytes
               << (summary.reverted ? " (reverted: the pools grew)" : "")
               << "\n");
    setScheduleSummary(module, summary);
  }

  /// Orders every block; returns the blocks that moved with their original
  /// order. Fills the summary's lower bound.
  std::vector<std::pair<Block *, std::vector<Operation *>>>
  orderBlocks(const BufferAnalysis &analysis, ScheduleSummary &summary) {
    MemoryAccesses accesses(getOperation(), analysis);
    llvm::DenseMap<Block *, uint64_t> blockPeak;
    llvm::DenseMap<Operation *, uint64_t> functionPeak;
    std::vector<std::pair<Block *, std::vector<Operation *>>> originals;
    OrderOptions options;
    options.workBudget = workBudget;

    auto getTransient = [&](Operation *op) -> uint64_t {
      if (FunctionOpInterface callee = accesses.getBodyCallee(op))
        return functionPeak.lookup(callee.getOperation());
      uint64_t transient = 0;
      for (Region &region : op->getRegions())
        for (Block &block : region)
          transient = std::max(transient, blockPeak.lookup(&block));
      return transient;
    };

    for (FunctionOpInterface function : accesses.getFunctionsCalleesFirst()) {
      for (Block *block : getBlocksInnermostFirst(function)) {
        BlockProblem problem =
            buildBlockProblem(*block, analysis, accesses, getTransient);
        if (llvm::Error error =
                verifyOrderProblem(problem.problem)) {
          // Not in SSA order (a graph region): left as it is.
          llvm::consumeError(std::move(error));
          continue;
        }
        std::vector<unsigned> program(problem.ops.size());
        std::iota(program.begin(), program.end(), 0);
        bool worthIt = llvm::any_of(problem.problem.nodes, [](auto &node) {
          return !node.buffers.empty() || node.transient != 0;
        });
        if (!mayReorder(*block) || !worthIt) {
          blockPeak[block] =
              evaluatePeak(problem.problem, program);
          continue;
        }
        OrderResult result =
            findOrder(problem.problem, options);
        blockPeak[block] = result.peak;
        if (problem.exactModel && !problem.problem.buffers.empty())
          summary.lowerBound =
              std::max(summary.lowerBound.value_or(0), result.lowerBound);
        if (result.order == program)
          continue;
        originals.push_back({block, problem.ops});
        applyOrder(problem, result.order);
      }
      uint64_t peak = 0;
      for (Block &block : function.getFunctionBody())
        peak = std::max(peak, blockPeak.lookup(&block));
      functionPeak[function.getOperation()] = peak;
    }
    return originals;
  }
};

} // namespace
