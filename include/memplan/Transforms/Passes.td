//===- Passes.td - memplan passes --------------------------*- tablegen -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TRANSFORMS_PASSES_TD
#define MEMPLAN_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// From bufferized IR to planning problems (analysis side)
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// From plans to upstream IR (transform side)
//===----------------------------------------------------------------------===//

#endif // MEMPLAN_TRANSFORMS_PASSES_TD
