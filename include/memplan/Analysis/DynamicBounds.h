//===- DynamicBounds.h - Constant bounds of dynamic buffers -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// A dynamically shaped memref.alloc or memref.alloca can still be planned when
// the number of elements it holds has a constant upper bound: the planner
// reserves that many elements. The bound comes from upstream
// ValueBoundsConstraintSet (for example through affine.min or arith.minsi of a
// constant) or from the `memplan.bound` attribute the user gives.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_DYNAMICBOUNDS_H
#define MEMPLAN_ANALYSIS_DYNAMICBOUNDS_H

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Operation.h"

#include <cstdint>
#include <optional>

namespace mlir::memplan {

/// Registers the ValueBoundsOpInterface models that the bound derivation
/// relies on: upstream's for the affine, arith, memref and scf dialects, and
/// memplan's for arith.minsi and arith.minui (which upstream does not model).
void registerDynamicBoundModels(DialectRegistry &registry);

/// The most elements the memref.alloc or memref.alloca `alloc` holds, all
/// dimensions multiplied: the product of its static sizes and of a constant
/// upper bound of each dynamic size, or the `memplan.bound` attribute when
/// that is smaller or nothing is derived. std::nullopt when neither gives a
/// bound below 2^63. For a static shape, its number of elements.
std::optional<uint64_t> getAllocElementBound(Operation *alloc);

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_DYNAMICBOUNDS_H
