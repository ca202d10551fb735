//===- PassOptions.h - The checks of the passes' options --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Each rule about a pass option, once: the pass checks its options with these
// before it sees an op, and --memplan-pipeline checks the options it gives its
// stages with the same functions when the pipeline is parsed. The error says
// what is wrong; the caller adds the pass's (or the pipeline's) name.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TRANSFORMS_PASSOPTIONS_H
#define MEMPLAN_TRANSFORMS_PASSOPTIONS_H

#include "memplan/Transforms/Passes.h"

#include "llvm/Support/Error.h"

namespace mlir::memplan {

/// `pools` parses (see parsePoolSpecs).
llvm::Error checkOptions(const MemPlanDeclarePoolsOptions &options);
/// `algorithm` is known, `time-limit` is not negative, `report-format` is
/// known and agrees with `report-file`.
llvm::Error checkOptions(const MemPlanPlanOptions &options);
/// `pool` is empty or names exactly one pool.
llvm::Error checkOptions(const MemPlanPlanConstantsOptions &options);
/// `pool-storage` is `global` or `argument`.
llvm::Error checkOptions(const MemPlanLowerOptions &options);
/// `algorithm` is known, `time-limit` is finite and not negative.
llvm::Error checkOptions(const MemPlanScheduleOptions &options);

} // namespace mlir::memplan

#endif // MEMPLAN_TRANSFORMS_PASSOPTIONS_H
