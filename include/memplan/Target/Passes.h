//===- Passes.h - memplan target passes -------------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TARGET_PASSES_H
#define MEMPLAN_TARGET_PASSES_H

#include "mlir/Pass/Pass.h"

#include <memory>

namespace mlir::memplan {

#define GEN_PASS_DECL
#include "memplan/Target/Passes.h.inc"

/// registerMemPlanTargetPasses() registers --memplan-export-c-header with
/// the global registry.
#define GEN_PASS_REGISTRATION
#include "memplan/Target/Passes.h.inc"

} // namespace mlir::memplan

#endif // MEMPLAN_TARGET_PASSES_H
