//===- DynamicBounds.cpp - Constant bounds of dynamic buffers ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/DynamicBounds.h"

#include "memplan/Dialect/MemPlanDialect.h"

#include "mlir/Dialect/Affine/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/SCF/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"

#define DEBUG_TYPE "memplan-dynamic-bounds"

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// arith.minsi: the result is at most each operand (signed, as the constraint
/// set reasons about index values).
struct MinSIOpBounds
    : public ValueBoundsOpInterface::ExternalModel<MinSIOpBounds,
                                                   arith::MinSIOp> {
  void populateBoundsForIndexValue(Operation *op, Value value,
                                   ValueBoundsConstraintSet &cstr) const {
    auto min = cast<arith::MinSIOp>(op);
    cstr.bound(value) <= cstr.getExpr(min.getLhs());
    cstr.bound(value) <= cstr.getExpr(min.getRhs());
  }
};

/// arith.minui: the unsigned minimum is at most each operand as unsigned
/// numbers. Only a non-negative constant operand c turns that into signed
/// facts: the result lies in [0, c], because an unsigned value at most
/// c < 2^63 is the same number read as signed.
struct MinUIOpBounds
    : public ValueBoundsOpInterface::ExternalModel<MinUIOpBounds,
                                                   arith::MinUIOp> {
  void populateBoundsForIndexValue(Operation *op, Value value,
                                   ValueBoundsConstraintSet &cstr) const {
    for (Value operand : op->getOperands()) {
      std::optional<int64_t> constant = getConstantIntValue(operand);
      if (!constant || *constant < 0)
        continue;
      cstr.bound(value) >= 0;
      cstr.bound(value) <= *constant;
    }
  }
};

/// The product of the static sizes of `type` and of a constant closed upper
/// bound of each of `dynamicSizes`, or std::nullopt when one has none.
std::optional<uint64_t> deriveElementBound(MemRefType type,
                                           ValueRange dynamicSizes) {
  int64_t elements = 1;
  bool overflow = false;
  unsigned next = 0;
  for (int64_t dim : type.getShape()) {
    int64_t size = dim;
    if (ShapedType::isDynamic(dim)) {
      Value operand = dynamicSizes[next++];
      FailureOr<int64_t> upper = ValueBoundsConstraintSet::computeConstantBound(
          presburger::BoundType::UB,
          ValueBoundsConstraintSet::Variable(operand),
          /*stopCondition=*/nullptr, /*closedUB=*/true);
      LLVM_DEBUG(llvm::dbgs()
                 << "[memplan-dynamic-bounds] size " << operand << ": "
                 << (succeeded(upper) ? std::to_string(*upper)
                                      : std::string("unbounded"))
                 << "\n");
      if (failed(upper))
        return std::nullopt;
      // A negative size is undefined behavior; the buffer then needs nothing.
      size = std::max<int64_t>(*upper, 0);
    }
    overflow |= llvm::MulOverflow(elements, size, elements);
  }
  if (overflow)
    return std::nullopt;
  return static_cast<uint64_t>(elements);
}

} // namespace

void mlir::memplan::registerDynamicBoundModels(DialectRegistry &registry) {
  affine::registerValueBoundsOpInterfaceExternalModels(registry);
  arith::registerValueBoundsOpInterfaceExternalModels(registry);
  memref::registerValueBoundsOpInterfaceExternalModels(registry);
  scf::registerValueBoundsOpInterfaceExternalModels(registry);
  registry.addExtension(+[](MLIRContext *context, arith::ArithDialect *) {
    arith::MinSIOp::attachInterface<MinSIOpBounds>(*context);
    arith::MinUIOp::attachInterface<MinUIOpBounds>(*context);
  });
}

std::optional<uint64_t> mlir::memplan::getAllocElementBound(Operation *alloc) {
  auto type = cast<MemRefType>(alloc->getResult(0).getType());
  ValueRange dynamicSizes;
  if (auto heap = dyn_cast<memref::AllocOp>(alloc))
    dynamicSizes = heap.getDynamicSizes();
  else if (auto stack = dyn_cast<memref::AllocaOp>(alloc))
    dynamicSizes = stack.getDynamicSizes();
  if (dynamicSizes.size() != static_cast<size_t>(type.getNumDynamicDims()))
    return std::nullopt;
  std::optional<uint64_t> derived = deriveElementBound(type, dynamicSizes);
  std::optional<uint64_t> given;
  if (auto bound =
          alloc->getAttrOfType<IntegerAttr>(MemPlanDialect::getBoundAttrName());
      bound && bound.getInt() >= 0)
    given = static_cast<uint64_t>(bound.getInt());
  if (derived && given)
    return std::min(*derived, *given);
  return derived ? derived : given;
}
