//===- Passes.h - memplan target passes -------------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TARGET_PASSES_H
#define MEMPLAN_TARGET_PASSES_H

#include "mlir/Pass/Pass.h"
#include "llvm/Support/Error.h"

#include <memory>

namespace mlir::memplan {

#define GEN_PASS_DECL
#include "memplan/Target/Passes.h.inc"

/// The check of --memplan-export-c-header's options, used by the pass and by
/// --memplan-pipeline: `pool-storage` is `global` or `argument`, `prefix` can
/// start C names.
llvm::Error checkOptions(const MemPlanExportCHeaderOptions &options);

/// registerMemPlanTargetPasses() registers --memplan-export-c-header with
/// the global registry.
#define GEN_PASS_REGISTRATION
#include "memplan/Target/Passes.h.inc"

} // namespace mlir::memplan

#endif // MEMPLAN_TARGET_PASSES_H
