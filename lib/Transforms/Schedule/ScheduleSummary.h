//===- ScheduleSummary.h - What scheduling saved, in the IR ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-schedule records on the module what the order of operations
// costs, in the dictionary attribute `memplan.schedule` (see
// MemPlanDialect::getScheduleAttrName, which the dialect verifies);
// --memplan-report and the plan reports read it back. Internal to the
// passes.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_SCHEDULE_SCHEDULESUMMARY_H
#define MEMPLAN_LIB_TRANSFORMS_SCHEDULE_SCHEDULESUMMARY_H

#include "mlir/IR/BuiltinOps.h"

#include <cstdint>
#include <optional>

namespace mlir::memplan {

/// What --memplan-schedule found, for the whole module.
struct ScheduleSummary {
  /// The memory pressure (largest live planned bytes) in program order.
  uint64_t programPeak = 0;
  /// The memory pressure in the order kept.
  uint64_t chosenPeak = 0;
  /// A memory pressure no order of the scheduled blocks can beat, when
  /// known.
  std::optional<uint64_t> lowerBound;
  /// The planned pools' bytes (all pools) in program order and in the order
  /// kept.
  uint64_t programPoolBytes = 0;
  uint64_t chosenPoolBytes = 0;
  /// Blocks whose operations moved.
  uint64_t blocksReordered = 0;
  /// Whether a reordering was found but undone because the planned pools
  /// were not smaller.
  bool reverted = false;
};

/// Writes `summary` onto `module`.
void setScheduleSummary(ModuleOp module, const ScheduleSummary &summary);

/// The summary recorded on `module`, if any (std::nullopt also when the
/// attribute is malformed).
std::optional<ScheduleSummary> getScheduleSummary(ModuleOp module);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_SCHEDULE_SCHEDULESUMMARY_H
