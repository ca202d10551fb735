//===- ScheduleSummary.cpp - What scheduling saved, in the IR ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ScheduleSummary.h"

#include "memplan/Dialect/MemPlanDialect.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::memplan;

void mlir::memplan::setScheduleSummary(ModuleOp module,
                                       const ScheduleSummary &summary) {
  Builder builder(module.getContext());
  auto integer = [&](uint64_t value) {
    return builder.getI64IntegerAttr(static_cast<int64_t>(value));
  };
  SmallVector<NamedAttribute> entries = {
      builder.getNamedAttr("program_order_peak", integer(summary.programPeak)),
      builder.getNamedAttr("chosen_order_peak", integer(summary.chosenPeak)),
      builder.getNamedAttr("program_order_pools",
                           integer(summary.programPoolBytes)),
      builder.getNamedAttr("chosen_order_pools",
                           integer(summary.chosenPoolBytes)),
      builder.getNamedAttr("blocks_reordered",
                           integer(summary.blocksReordered)),
      builder.getNamedAttr("reverted", builder.getBoolAttr(summary.reverted)),
  };
  if (summary.lowerBound)
    entries.push_back(
        builder.getNamedAttr("lower_bound", integer(*summary.lowerBound)));
  module->setAttr(MemPlanDialect::getScheduleAttrName(),
                  builder.getDictionaryAttr(entries));
}

std::optional<ScheduleSummary>
mlir::memplan::getScheduleSummary(ModuleOp module) {
  auto dictionary = module->getAttrOfType<DictionaryAttr>(
      MemPlanDialect::getScheduleAttrName());
  if (!dictionary)
    return std::nullopt;
  auto get = [&](StringRef name) -> std::optional<uint64_t> {
    auto value = dictionary.getAs<IntegerAttr>(name);
    if (!value || value.getValue().isNegative())
      return std::nullopt;
    return value.getValue().getZExtValue();
  };
  ScheduleSummary summary;
  std::optional<uint64_t> program = get("program_order_peak");
  std::optional<uint64_t> chosen = get("chosen_order_peak");
  std::optional<uint64_t> programPools = get("program_order_pools");
  std::optional<uint64_t> chosenPools = get("chosen_order_pools");
  std::optional<uint64_t> blocks = get("blocks_reordered");
  auto reverted = dictionary.getAs<BoolAttr>("reverted");
  if (!program || !chosen || !programPools || !chosenPools || !blocks ||
      !reverted)
    return std::nullopt;
  summary.programPeak = *program;
  summary.chosenPeak = *chosen;
  summary.programPoolBytes = *programPools;
  summary.chosenPoolBytes = *chosenPools;
  summary.blocksReordered = *blocks;
  summary.reverted = reverted.getValue();
  summary.lowerBound = get("lower_bound");
  return summary;
}
