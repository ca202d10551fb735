//===- MemPlanOps.cpp - memplan operations ----------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanOps.h"

#include "PoolAccess.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::memplan;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Whether the data layout can size `type` as a memref element without
/// aborting: integers, floats, index, and vectors or complex numbers of them.
static bool isSizableElementType(Type type) {
  if (isa<IntegerType, FloatType, IndexType>(type))
    return true;
  if (auto vector = dyn_cast<VectorType>(type))
    return !vector.isScalable() && isSizableElementType(vector.getElementType());
  if (auto complex = dyn_cast<ComplexType>(type))
    return isSizableElementType(complex.getElementType());
  return false;
}

/// The element stride of the LLVM lowering of `type` under `layout`: the
/// element's storage size rounded up to its ABI alignment, or std::nullopt when
/// the element has no size.
static std::optional<uint64_t> getElementStride(MemRefType type,
                                                const DataLayout &layout) {
  Type element = type.getElementType();
  if (!isSizableElementType(element))
    return std::nullopt;
  uint64_t elementSize = layout.getTypeSize(element).getFixedValue();
  uint64_t elementAlign = layout.getTypeABIAlignment(element);
  if (elementAlign > 1)
    elementSize = llvm::alignTo(elementSize, elementAlign);
  return elementSize;
}

/// `stride` times `count`, or std::nullopt when it exceeds 2^63 - 1.
static std::optional<uint64_t> multiplyWithin63Bits(uint64_t stride,
                                                    uint64_t count) {
  constexpr uint64_t kLimit = static_cast<uint64_t>(INT64_MAX);
  if (count != 0 && stride > kLimit / count)
    return std::nullopt;
  return stride * count;
}

std::optional<uint64_t>
mlir::memplan::getStaticByteSize(MemRefType type, const DataLayout &layout) {
  if (!type.hasStaticShape())
    return std::nullopt;
  std::optional<uint64_t> bytes = getElementStride(type, layout);
  for (int64_t dim : type.getShape()) {
    if (!bytes)
      return std::nullopt;
    if (dim == 0)
      return 0;
    bytes = multiplyWithin63Bits(*bytes, static_cast<uint64_t>(dim));
  }
  return bytes;
}

std::optional<uint64_t>
mlir::memplan::getBoundedByteSize(MemRefType type,
                                  std::optional<uint64_t> elementBound,
                                  const DataLayout &layout) {
  if (type.hasStaticShape())
    return getStaticByteSize(type, layout);
  std::optional<uint64_t> stride = getElementStride(type, layout);
  if (!stride || !elementBound)
    return std::nullopt;
  return multiplyWithin63Bits(*stride, *elementBound);
}

/// Emits an error unless `value` is a positive power of two.
static LogicalResult verifyAlignment(Operation *op, StringRef what,
                                     int64_t value) {
  if (value <= 0 || !llvm::isPowerOf2_64(static_cast<uint64_t>(value)))
    return op->emitOpError() << what << " must be a positive power of two, got "
                             << value;
  return success();
}

/// Emits an error unless `type` has an identity layout and a size the data
/// layout can compute in 63 bits, one of `dynamicSizes` per dynamic dimension,
/// and `bound` exactly when its shape is dynamic.
static LogicalResult verifyPlannableType(Operation *op, MemRefType type,
                                         ValueRange dynamicSizes,
                                         IntegerAttr bound) {
  if (dynamicSizes.size() != static_cast<size_t>(type.getNumDynamicDims()))
    return op->emitOpError("expects ")
           << type.getNumDynamicDims() << " dynamic size operands for " << type
           << ", got " << dynamicSizes.size();
  if (type.hasStaticShape() && bound)
    return op->emitOpError("has a 'bound', but its shape is static");
  if (!type.hasStaticShape() && !bound)
    return op->emitOpError("has a dynamic shape and needs a 'bound' (the most "
                           "elements it holds)");
  if (bound && bound.getInt() < 0)
    return op->emitOpError("bound must be non-negative, got ")
           << bound.getInt();
  if (!type.getLayout().isIdentity())
    return op->emitOpError("result must have an identity layout, got ")
           << type;
  if (!isSizableElementType(type.getElementType()))
    return op->emitOpError("element type ")
           << type.getElementType()
           << " has no size in the data layout; expected an integer, float, "
              "index, vector or complex element type";
  std::optional<uint64_t> elements;
  if (bound)
    elements = static_cast<uint64_t>(bound.getInt());
  if (!getBoundedByteSize(type, elements, DataLayout::closest(op)))
    return op->emitOpError("byte size of ")
           << type << (bound ? " at its bound" : "") << " exceeds 2^63 - 1";
  return success();
}

/// Looks up `ref` and returns it if it names a memplan.pool, else emits an
/// error on `op` and returns null.
static PoolOp lookupPool(Operation *op, SymbolTableCollection &symbolTable,
                         FlatSymbolRefAttr ref) {
  Operation *symbol = symbolTable.lookupNearestSymbolFrom(op, ref);
  if (!symbol) {
    op->emitOpError("references unknown pool ") << ref;
    return nullptr;
  }
  auto pool = dyn_cast<PoolOp>(symbol);
  if (!pool) {
    op->emitOpError() << ref << " does not reference a memplan.pool";
    return nullptr;
  }
  return pool;
}

/// Checks that a buffer of `bytes` bytes at `offset` fits `pool`'s alignment
/// and capacity.
static LogicalResult verifyPlacementInPool(Operation *op, PoolOp pool,
                                           uint64_t offset, uint64_t bytes) {
  uint64_t poolAlignment = pool.getAlignmentAttr().getInt();
  if (offset % poolAlignment != 0)
    return op->emitOpError("offset ")
           << offset << " is not a multiple of the alignment " << poolAlignment
           << " of pool @" << pool.getSymName();
  if (pool.isBounded()) {
    uint64_t capacity = pool.getCapacityAttr().getInt();
    if (offset > capacity || bytes > capacity - offset)
      return op->emitOpError("buffer of ")
             << bytes << " bytes at offset " << offset
             << " exceeds the capacity " << capacity << " of pool @"
             << pool.getSymName();
  }
  return success();
}

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

LogicalResult PoolOp::verify() {
  if (auto capacity = getCapacityAttr(); capacity && capacity.getInt() < 0)
    return emitOpError("capacity must be non-negative, got ")
           << capacity.getInt();
  if (failed(verifyAlignment(*this, "alignment", getAlignmentAttr().getInt())))
    return failure();
  if (auto size = getSizeAttr()) {
    if (size.getInt() < 0)
      return emitOpError("size must be non-negative, got ") << size.getInt();
    if (auto capacity = getCapacityAttr();
        capacity && size.getInt() > capacity.getInt())
      return emitOpError("size ")
             << size.getInt() << " exceeds the capacity " << capacity.getInt();
  }
  if (auto lowerBound = getLowerBoundAttr(); lowerBound && lowerBound.getInt() < 0)
    return emitOpError("lower_bound must be non-negative, got ")
           << lowerBound.getInt();
  return verifyPoolAccess(*this);
}

//===----------------------------------------------------------------------===//
// AllocOp
//===----------------------------------------------------------------------===//

/// `bound` as an element count, when present and valid.
static std::optional<uint64_t> getElementBound(IntegerAttr bound) {
  if (!bound || bound.getInt() < 0)
    return std::nullopt;
  return static_cast<uint64_t>(bound.getInt());
}

std::optional<uint64_t> AllocOp::getByteSize(const DataLayout &layout) {
  return getBoundedByteSize(getType(), getElementBound(getBoundAttr()), layout);
}

std::optional<uint64_t> AllocOp::getByteSize() {
  return getByteSize(DataLayout::closest(*this));
}

LogicalResult AllocOp::verify() {
  if (failed(verifyPlannableType(*this, getType(), getDynamicSizes(),
                                 getBoundAttr())))
    return failure();
  if (auto alignment = getAlignmentAttr())
    if (failed(verifyAlignment(*this, "alignment", alignment.getInt())))
      return failure();
  if (static_cast<bool>(getPoolAttr()) != static_cast<bool>(getOffsetAttr()))
    return emitOpError("'pool' and 'offset' must be given together");
  if (auto offset = getOffsetAttr()) {
    if (offset.getInt() < 0)
      return emitOpError("offset must be non-negative, got ")
             << offset.getInt();
    if (offset.getInt() % getRequiredAlignment() != 0)
      return emitOpError("offset ")
             << offset.getInt() << " is not a multiple of the alignment "
             << getRequiredAlignment();
  }
  if (auto pools = getPoolsAttr()) {
    llvm::SmallVector<StringRef> seen;
    for (Attribute pool : pools) {
      StringRef name = cast<FlatSymbolRefAttr>(pool).getValue();
      if (llvm::is_contained(seen, name))
        return emitOpError("lists pool @") << name << " more than once";
      seen.push_back(name);
    }
  }
  return success();
}

LogicalResult AllocOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  if (auto pools = getPoolsAttr())
    for (Attribute pool : pools)
      if (!lookupPool(*this, symbolTable, cast<FlatSymbolRefAttr>(pool)))
        return failure();
  FlatSymbolRefAttr placed = getPoolAttr();
  if (!placed)
    return success();
  PoolOp pool = lookupPool(*this, symbolTable, placed);
  if (!pool)
    return failure();
  if (auto pools = getPoolsAttr(); pools && !llvm::is_contained(pools, placed))
    return emitOpError("is placed in ")
           << placed << ", which is not one of its candidate pools";
  std::optional<uint64_t> bytes = getByteSize();
  if (!bytes)
    return success(); // verify() has reported the unsizable type.
  return verifyPlacementInPool(*this, pool, getOffsetAttr().getInt(), *bytes);
}

//===----------------------------------------------------------------------===//
// ViewOp
//===----------------------------------------------------------------------===//

std::optional<uint64_t> ViewOp::getByteSize() {
  return getBoundedByteSize(getResult().getType(),
                            getElementBound(getBoundAttr()),
                            DataLayout::closest(*this));
}

LogicalResult ViewOp::verify() {
  if (failed(verifyPlannableType(*this, getResult().getType(),
                                 getDynamicSizes(), getBoundAttr())))
    return failure();
  if (getOffsetAttr().getInt() < 0)
    return emitOpError("offset must be non-negative, got ")
           << getOffsetAttr().getInt();
  return success();
}

LogicalResult ViewOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  PoolOp pool = lookupPool(*this, symbolTable, getPoolAttr());
  if (!pool)
    return failure();
  std::optional<uint64_t> bytes = getByteSize();
  if (!bytes)
    return success(); // verify() has reported the unsizable type.
  return verifyPlacementInPool(*this, pool, getOffsetAttr().getInt(), *bytes);
}

#define GET_OP_CLASSES
#include "memplan/Dialect/MemPlanOps.cpp.inc"
