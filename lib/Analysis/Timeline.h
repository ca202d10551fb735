//===- Timeline.h - Live intervals on a program-order timeline --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Walks the entry functions in program order and gives every planned
// allocation its live intervals. Internal to lib/Analysis; the rules are in
// docs/Analysis.md.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_ANALYSIS_TIMELINE_H
#define MEMPLAN_LIB_ANALYSIS_TIMELINE_H

#include "ModuleFacts.h"

#include "memplan/Analysis/PlannerTypes.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <vector>

namespace mlir::memplan::analysis {

/// One planned allocation and its live intervals: sorted, disjoint, one per
/// walk of the allocation that accessed the buffer (none when the buffer is
/// never accessed).
struct TimelineBuffer {
  AllocOp op;
  std::vector<Interval> intervals;
};

/// The most ticks (operations, loop and call ends) the walk may take: calls
/// are walked in place each time, so a small program can have a huge
/// timeline.
constexpr int64_t kMaxTimelineTicks = int64_t(1) << 24;

/// Walks the entry functions of `facts` one after another and returns the
/// allocations `isPlanned` accepts, in the order the walk first reaches
/// them. Fails with a located error when the timeline exceeds `maxTicks`.
FailureOr<std::vector<TimelineBuffer>>
buildTimeline(const ModuleFacts &facts,
              llvm::function_ref<bool(AllocOp)> isPlanned,
              int64_t maxTicks = kMaxTimelineTicks);

} // namespace mlir::memplan::analysis

#endif // MEMPLAN_LIB_ANALYSIS_TIMELINE_H
