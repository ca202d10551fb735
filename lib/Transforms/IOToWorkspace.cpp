//===- IOToWorkspace.cpp - Entry inputs and outputs as buffers --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-io-to-workspace: each plannable memref argument of an entry
// function becomes a memplan.alloc at the start of the function, marked as
// the entry's input and/or output (`memplan.input`, `memplan.output`), and
// the function loses the argument. The analysis gives inputs a live range
// from the start of the entry and outputs one to its end.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/Support/Debug.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANIOTOWORKSPACE
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-io-to-workspace"

/// Why an argument of type `type` cannot become a buffer, or std::nullopt.
static std::optional<std::string> getTypeReason(Type type,
                                                const DataLayout &layout) {
  auto memref = dyn_cast<MemRefType>(type);
  if (!memref)
    return std::string("it is an unranked memref");
  return getUnplannableTypeReason(memref, layout);
}

/// The name of the buffer: the argument's NameLoc, else
/// `<entry>_input<i>`, `<entry>_output<j>` or `<entry>_input<i>_output<j>`.
static Location getBufferLoc(FunctionOpInterface entry, BlockArgument argument,
                             std::optional<int64_t> input,
                             std::optional<int64_t> output) {
  Location loc = argument.getLoc();
  if (isa<NameLoc>(loc))
    return loc;
  std::string name = entry.getName().str();
  if (input)
    name += "_input" + std::to_string(*input);
  if (output)
    name += "_output" + std::to_string(*output);
  return NameLoc::get(StringAttr::get(entry.getContext(), name), loc);
}

namespace {

struct IOToWorkspacePass
    : public mlir::memplan::impl::MemPlanIOToWorkspaceBase<IOToWorkspacePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    // Copies: the analysis goes stale as soon as an entry changes.
    SmallVector<FunctionOpInterface> entries(analysis.getEntryFunctions());
    SmallVector<std::vector<EntryArgumentUse>> uses;
    for (FunctionOpInterface entry : entries)
      uses.emplace_back(analysis.getEntryArgumentUses(entry));
    bool ok = true;
    for (FunctionOpInterface entry : entries)
      ok &= succeeded(checkNotReferenced(module, entry));
    if (!ok)
      return signalPassFailure();
    for (auto [entry, entryUses] : llvm::zip_equal(entries, uses))
      moveArguments(entry, entryUses);
  }

  /// The entry's callers would pass the arguments it loses.
  LogicalResult checkNotReferenced(ModuleOp module, FunctionOpInterface entry) {
    std::optional<SymbolTable::UseRange> symbolUses =
        SymbolTable::getSymbolUses(entry.getOperation(), module);
    if (!symbolUses)
      return success();
    for (const SymbolTable::SymbolUse &use : *symbolUses) {
      InFlightDiagnostic diag =
          use.getUser()->emitError("references the entry function @")
          << entry.getName()
          << ", whose memref arguments move into the workspace; only the "
             "application may call it";
      diag.attachNote(entry.getLoc()) << "the entry function";
      return diag;
    }
    return success();
  }

  /// Turns the plannable memref arguments of `entry` into marked buffers.
  void moveArguments(FunctionOpInterface entry,
                     ArrayRef<EntryArgumentUse> uses) {
    Block &body = entry.getFunctionBody().front();
    OpBuilder builder = OpBuilder::atBlockBegin(&body);
    DataLayout layout = DataLayout::closest(entry);
    llvm::BitVector moved(body.getNumArguments());
    int64_t inputs = 0, outputs = 0;
    for (const EntryArgumentUse &use : uses) {
      BlockArgument argument = body.getArgument(use.argument);
      std::optional<std::string> reason =
          getTypeReason(argument.getType(), layout);
      if (!reason && use.escapeReason)
        reason = *use.escapeReason;
      if (reason) {
        // At the argument, without printing the function being changed.
        emitRemark(argument.getLoc(), "argument #")
            << use.argument << " stays an argument: " << *reason;
        continue;
      }
      LLVM_DEBUG(llvm::dbgs() << "[memplan-io-to-workspace] @"
                              << entry.getName() << " argument #"
                              << use.argument << " -> workspace ("
                              << (use.reads || !use.writes ? "input" : "")
                              << (use.reads && use.writes ? ", " : "")
                              << (use.writes ? "output" : "") << ")\n");
      std::optional<int64_t> input, output;
      if (use.reads || !use.writes)
        input = inputs++;
      if (use.writes)
        output = outputs++;
      auto alloc = AllocOp::create(
          builder, getBufferLoc(entry, argument, input, output),
          cast<MemRefType>(argument.getType()), /*dynamic_sizes=*/ValueRange(),
          /*pools=*/nullptr, /*alignment=*/nullptr, /*pool=*/nullptr,
          /*offset=*/nullptr, /*bound=*/nullptr);
      if (input)
        alloc->setAttr(MemPlanDialect::getInputAttrName(),
                       builder.getI64IntegerAttr(*input));
      if (output)
        alloc->setAttr(MemPlanDialect::getOutputAttrName(),
                       builder.getI64IntegerAttr(*output));
      argument.replaceAllUsesWith(alloc.getResult());
      moved.set(use.argument);
    }
    if (moved.any())
      (void)entry.eraseArguments(moved);
  }
};

} // namespace
