//===- RecordWorkspaceIO.cpp - Where the entry I/O was placed ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "RecordWorkspaceIO.h"

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <tuple>

using namespace mlir;
using namespace mlir::memplan;

/// The workspace_io entries of the marked, placed buffers of `function`.
static SmallVector<Attribute> collectEntries(FunctionOpInterface function) {
  Builder builder(function.getContext());
  // (is output, index, entry), sorted at the end.
  SmallVector<std::tuple<bool, int64_t, Attribute>> entries;
  for (AllocOp alloc : function.getFunctionBody().getOps<AllocOp>()) {
    if (!alloc.getPoolAttr())
      continue;
    for (bool isOutput : {false, true}) {
      auto index = alloc->getAttrOfType<IntegerAttr>(
          isOutput ? MemPlanDialect::getOutputAttrName()
                   : MemPlanDialect::getInputAttrName());
      if (!index)
        continue;
      NamedAttribute fields[] = {
          builder.getNamedAttr(
              "kind", builder.getStringAttr(isOutput ? "output" : "input")),
          builder.getNamedAttr("index",
                               builder.getI64IntegerAttr(index.getInt())),
          builder.getNamedAttr("pool", alloc.getPoolAttr()),
          builder.getNamedAttr("offset", alloc.getOffsetAttr()),
          builder.getNamedAttr("size",
                               builder.getI64IntegerAttr(static_cast<int64_t>(
                                   alloc.getByteSize().value_or(0)))),
      };
      entries.emplace_back(isOutput, index.getInt(),
                           builder.getDictionaryAttr(fields));
    }
  }
  llvm::sort(entries, [](const auto &a, const auto &b) {
    return std::make_pair(std::get<0>(a), std::get<1>(a)) <
           std::make_pair(std::get<0>(b), std::get<1>(b));
  });
  SmallVector<Attribute> sorted;
  for (const auto &entry : entries)
    sorted.push_back(std::get<2>(entry));
  return sorted;
}

void mlir::memplan::recordWorkspaceIO(ModuleOp module) {
  for (auto function : module.getOps<FunctionOpInterface>()) {
    if (function.isExternal())
      continue;
    SmallVector<Attribute> entries = collectEntries(function);
    if (!entries.empty())
      function->setAttr(MemPlanDialect::getWorkspaceIOAttrName(),
                        ArrayAttr::get(module.getContext(), entries));
  }
}

void mlir::memplan::publishWorkspaceIOPools(ModuleOp module) {
  for (auto function : module.getOps<FunctionOpInterface>()) {
    auto entries = function->getAttrOfType<ArrayAttr>(
        MemPlanDialect::getWorkspaceIOAttrName());
    if (!entries)
      continue;
    for (Attribute entry : entries) {
      auto dict = dyn_cast<DictionaryAttr>(entry);
      auto pool = dict ? dict.getAs<FlatSymbolRefAttr>("pool") : nullptr;
      if (auto global =
              pool ? module.lookupSymbol<memref::GlobalOp>(pool) : nullptr)
        global.setPublic();
    }
  }
}
