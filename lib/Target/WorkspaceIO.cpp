//===- WorkspaceIO.cpp - Inputs and outputs in the pools --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reads the memplan.workspace_io attribute of an entry function (its format
// is documented at MemPlanDialect::getWorkspaceIOAttrName()).
//
//===----------------------------------------------------------------------===//

#include "HeaderModel.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// Reads one dictionary of the attribute; errors go to the entry function.
class IOReader {
public:
  IOReader(FunctionOpInterface entry, unsigned position)
      : entry(entry), position(position) {}

  /// An error about this element of the attribute.
  InFlightDiagnostic error() {
    return entry->emitError() << MemPlanDialect::getWorkspaceIOAttrName()
                              << " element " << position << ": ";
  }

  /// The non-negative integer `key` of `dict`.
  FailureOr<uint64_t> readCount(DictionaryAttr dict, StringRef key) {
    auto value = dyn_cast_or_null<IntegerAttr>(dict.get(key));
    if (!value || !value.getType().isSignlessInteger(64)) {
      error() << "needs '" << key << "', an i64";
      return failure();
    }
    if (value.getInt() < 0) {
      error() << "'" << key << "' must be non-negative, got " << value.getInt();
      return failure();
    }
    return static_cast<uint64_t>(value.getInt());
  }

  LogicalResult read(Attribute element, ArrayRef<HeaderPool> pools,
                     const llvm::StringMap<unsigned> &poolIndex, HeaderIO &io) {
    auto dict = dyn_cast<DictionaryAttr>(element);
    if (!dict)
      return error() << "must be a dictionary";
    for (NamedAttribute entry : dict)
      if (!llvm::is_contained({"kind", "index", "pool", "offset", "size"},
                              entry.getName().getValue()))
        return error() << "has the unknown key '" << entry.getName().getValue()
                       << "' (expected kind, index, pool, offset, size)";

    auto kind = dyn_cast_or_null<StringAttr>(dict.get("kind"));
    if (!kind || (kind.getValue() != "input" && kind.getValue() != "output"))
      return error() << "needs 'kind', \"input\" or \"output\"";
    io.isOutput = kind.getValue() == "output";

    auto pool = dyn_cast_or_null<FlatSymbolRefAttr>(dict.get("pool"));
    if (!pool)
      return error() << "needs 'pool', a symbol reference to a memplan.pool";
    auto it = poolIndex.find(pool.getValue());
    if (it == poolIndex.end())
      return error() << "pool " << pool << " is not a memplan.pool of the "
                     << "module";
    io.pool = it->second;

    FailureOr<uint64_t> index = readCount(dict, "index");
    FailureOr<uint64_t> offset = readCount(dict, "offset");
    FailureOr<uint64_t> size = readCount(dict, "size");
    if (failed(index) || failed(offset) || failed(size))
      return failure();
    io.index = *index;
    io.offset = *offset;
    io.size = *size;
    uint64_t poolSize = pools[io.pool].size;
    if (io.offset > poolSize || io.size > poolSize - io.offset)
      return error() << "bytes [" << io.offset << ", " << io.offset + io.size
                     << ") are beyond the planned size " << poolSize
                     << " of pool " << pool;
    return success();
  }

private:
  FunctionOpInterface entry;
  unsigned position;
};

} // namespace

LogicalResult mlir::memplan::readWorkspaceIO(
    FunctionOpInterface entry, ArrayRef<HeaderPool> pools,
    const llvm::StringMap<unsigned> &poolIndex, SmallVectorImpl<HeaderIO> &io) {
  Attribute attr =
      entry->getDiscardableAttr(MemPlanDialect::getWorkspaceIOAttrName());
  if (!attr)
    return success();
  auto elements = dyn_cast<ArrayAttr>(attr);
  if (!elements)
    return entry->emitError() << MemPlanDialect::getWorkspaceIOAttrName()
                              << " must be an array of dictionaries";
  size_t first = io.size();
  for (auto [position, element] : llvm::enumerate(elements)) {
    HeaderIO one;
    if (failed(IOReader(entry, position).read(element, pools, poolIndex, one)))
      return failure();
    io.push_back(one);
  }
  auto key = [](const HeaderIO &io) {
    return std::make_pair(io.isOutput, io.index);
  };
  llvm::stable_sort(
      llvm::drop_begin(io, first),
      [&](const HeaderIO &a, const HeaderIO &b) { return key(a) < key(b); });
  for (size_t i = first + 1; i < io.size(); ++i)
    if (key(io[i - 1]) == key(io[i]))
      return entry->emitError()
             << MemPlanDialect::getWorkspaceIOAttrName() << " lists "
             << (io[i].isOutput ? "output " : "input ") << io[i].index
             << " twice";
  return success();
}
