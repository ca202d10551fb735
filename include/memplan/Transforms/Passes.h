//===- Passes.h - memplan passes --------------------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TRANSFORMS_PASSES_H
#define MEMPLAN_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

#include <memory>

namespace mlir::memplan {

#define GEN_PASS_DECL
#include "memplan/Transforms/Passes.h.inc"

/// registerMemPlanPasses() registers the passes of this library with the
/// global registry (registerMemPlanPassesAndPipelines() in
/// memplan/Pipeline/Pipeline.h registers every memplan pass and pipeline).
#define GEN_PASS_REGISTRATION
#include "memplan/Transforms/Passes.h.inc"

} // namespace mlir::memplan

#endif // MEMPLAN_TRANSFORMS_PASSES_H
