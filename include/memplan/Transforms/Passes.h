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

/// Registers every memplan pass and pass pipeline with the global registry.
void registerMemPlanPassesAndPipelines();

} // namespace mlir::memplan

#endif // MEMPLAN_TRANSFORMS_PASSES_H
