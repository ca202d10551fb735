//===- EntryIO.cpp - Entry functions' inputs and outputs --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "EntryIO.h"
#include "BufferTouches.h"

#include "memplan/Analysis/OpWalk.h"

#include <map>

using namespace mlir;
using namespace mlir::memplan;
using namespace mlir::memplan::analysis;

std::vector<EntryArgumentUse>
mlir::memplan::analysis::computeEntryArgumentUses(const ModuleFacts &facts,
                                                  unsigned entry) {
  const FunctionFacts &function = facts.getFunctions()[entry];
  FunctionOpInterface op = function.op;
  std::vector<EntryArgumentUse> uses;
  if (op.isExternal())
    return uses;
  for (BlockArgument argument : op.getFunctionBody().getArguments()) {
    if (!isa<BaseMemRefType>(argument.getType()))
      continue;
    EntryArgumentUse use;
    use.argument = argument.getArgNumber();
    for (const FunctionTouch &touch : findTouches(facts, entry, argument)) {
      use.reads |= touch.reads;
      use.writes |= touch.writes;
    }
    auto escape = function.escapeReason.find(argument);
    if (escape != function.escapeReason.end())
      use.escapeReason = escape->second.text;
    uses.push_back(std::move(use));
  }
  return uses;
}

LogicalResult
mlir::memplan::analysis::verifyEntryIOMarkers(const ModuleFacts &facts,
                                              ModuleOp module) {
  bool ok = true;
  // (function index, is output, index) -> the first buffer marked so.
  std::map<std::tuple<unsigned, bool, int64_t>, Operation *> seen;
  forEachNestedOp(
      module, [&](Operation *op) {
        if (!isa<AllocOp>(op))
          return;
        for (bool isOutput : {false, true}) {
          StringRef name = isOutput ? MemPlanDialect::getOutputAttrName()
                                    : MemPlanDialect::getInputAttrName();
          auto index = op->getAttrOfType<IntegerAttr>(name);
          if (!index)
            continue;
          std::optional<unsigned> function =
              facts.getFunctionIndex(op->getParentOp());
          if (!function || !llvm::is_contained(facts.getEntries(), *function)) {
            op->emitError("'")
                << name
                << "' marks an input or output of an entry function, but this "
                   "buffer is not in an entry function";
            ok = false;
            continue;
          }
          auto [it, inserted] =
              seen.try_emplace({*function, isOutput, index.getInt()}, op);
          if (inserted)
            continue;
          InFlightDiagnostic diag = op->emitError("entry function has two ")
                                    << (isOutput ? "outputs" : "inputs")
                                    << " of index " << index.getInt();
          diag.attachNote(it->second->getLoc()) << "the other one";
          ok = false;
        }
      });
  return success(ok);
}
