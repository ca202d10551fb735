//===- MemPlanOps.h - memplan operations ------------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_DIALECT_MEMPLANOPS_H
#define MEMPLAN_DIALECT_MEMPLANOPS_H

#include "memplan/Dialect/MemPlanDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

#include "memplan/Dialect/MemPlanEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "memplan/Dialect/MemPlanAttrs.h.inc"

#define GET_OP_CLASSES
#include "memplan/Dialect/MemPlanOps.h.inc"

namespace mlir::memplan {

/// The byte size of a statically shaped memref type under `layout`: number of
/// elements times the element size. Returns std::nullopt when the type is not
/// statically shaped or the size does not fit in 63 bits.
std::optional<uint64_t> getStaticByteSize(MemRefType type,
                                          const DataLayout &layout);

/// The byte size of a memref type with at most `elementBound` elements under
/// `layout`: getStaticByteSize for a static shape, else `elementBound` times
/// the element size. Returns std::nullopt when a dynamic shape has no bound or
/// the size does not fit in 63 bits.
std::optional<uint64_t>
getBoundedByteSize(MemRefType type, std::optional<uint64_t> elementBound,
                   const DataLayout &layout);

} // namespace mlir::memplan

#endif // MEMPLAN_DIALECT_MEMPLANOPS_H
