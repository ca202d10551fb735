//===- ConstantBytes.cpp - The bytes of a constant global -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ConstantBytes.h"

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/APFloat.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::memplan;

std::optional<std::string>
mlir::memplan::getUnpackableReason(memref::GlobalOp global) {
  if (!global.getConstant())
    return std::string("it is not constant");
  if (!global.isPrivate())
    return std::string("it is not private, so code outside the module may "
                       "use it by name");
  MemRefType type = global.getType();
  if (!isa<IntegerType, FloatType, IndexType>(type.getElementType()))
    return std::string("its element type is not an integer, float or index");
  if (std::optional<std::string> reason =
          getUnplannableTypeReason(type, DataLayout::closest(global)))
    return reason;
  auto value =
      dyn_cast_or_null<DenseElementsAttr>(global.getInitialValueAttr());
  if (!value)
    return std::string("its initial value is not a dense elements attribute");
  return std::nullopt;
}

uint64_t mlir::memplan::getConstantAlignment(memref::GlobalOp global) {
  uint64_t alignment = DataLayout::closest(global).getTypeABIAlignment(
      global.getType().getElementType());
  if (std::optional<uint64_t> own = global.getAlignment())
    alignment = std::max(alignment, *own);
  return std::max<uint64_t>(alignment, 1);
}

/// The bits of the one value of a splat.
static APInt getSplatBits(DenseElementsAttr value) {
  if (isa<FloatType>(value.getElementType()))
    return value.getSplatValue<APFloat>().bitcastToAPInt();
  return value.getSplatValue<APInt>();
}

std::vector<char> mlir::memplan::getConstantBytes(memref::GlobalOp global) {
  DataLayout layout = DataLayout::closest(global);
  MemRefType type = global.getType();
  Type elementType = type.getElementType();
  auto value = cast<DenseElementsAttr>(global.getInitialValueAttr());
  bool bigEndian = false;
  if (auto endianness = dyn_cast_or_null<StringAttr>(layout.getEndianness()))
    bigEndian = endianness.getValue() == "big";

  // As in getStaticByteSize: each element takes its storage size, then
  // padding up to its ABI alignment.
  uint64_t storage = layout.getTypeSize(elementType).getFixedValue();
  uint64_t stride = llvm::alignTo(
      storage, std::max<uint64_t>(layout.getTypeABIAlignment(elementType), 1));
  uint64_t count = type.getNumElements();
  std::vector<char> bytes(count * stride, 0);

  auto writeElement = [&](const APInt &bits, char *out) {
    APInt stored = bits.zextOrTrunc(storage * 8);
    for (uint64_t byte = 0; byte < storage; ++byte) {
      char data = static_cast<char>(stored.extractBitsAsZExtValue(8, byte * 8));
      out[bigEndian ? storage - 1 - byte : byte] = data;
    }
  };
  if (value.isSplat()) {
    std::vector<char> element(stride, 0);
    writeElement(getSplatBits(value), element.data());
    for (uint64_t i = 0; i < count; ++i)
      std::copy(element.begin(), element.end(), bytes.begin() + i * stride);
    return bytes;
  }
  uint64_t i = 0;
  if (isa<FloatType>(elementType)) {
    for (const APFloat &element : value.getValues<APFloat>())
      writeElement(element.bitcastToAPInt(), bytes.data() + stride * i++);
  } else {
    for (const APInt &element : value.getValues<APInt>())
      writeElement(element, bytes.data() + stride * i++);
  }
  return bytes;
}
