//===- DialectAttributes.cpp - memplan discardable attributes ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Verifies the memplan attributes that sit on other dialects' operations:
// `memplan.target` on functions, `memplan.input`/`memplan.output` on the
// buffers of an entry function's inputs and outputs, `memplan.in_place_id`
// and `memplan.in_place_of` on in-place pairs, and `memplan.pool` with
// `memplan.offset` on placed constant globals and on pinned memref
// allocations (--memplan-import-memref), `memplan.schedule` on a
// module. Other `memplan.*` attributes
// (`memplan.entry`, `memplan.workspace_io`) are checked where they are read.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace mlir::memplan;

/// Checks that `value` is a non-negative i64 integer attribute.
static LogicalResult verifyCount(Operation *op, StringRef name,
                                 Attribute value) {
  auto integer = dyn_cast<IntegerAttr>(value);
  if (!integer || !integer.getType().isSignlessInteger(64))
    return op->emitOpError("attribute '") << name << "' must be an i64";
  if (integer.getInt() < 0)
    return op->emitOpError("attribute '")
           << name << "' must be non-negative, got " << integer.getInt();
  return success();
}

static LogicalResult verifyTarget(Operation *op, Attribute value) {
  StringRef name = MemPlanDialect::getTargetAttrName();
  if (!isa<FunctionOpInterface>(op))
    return op->emitOpError("attribute '") << name << "' belongs on a function";
  auto target = dyn_cast<StringAttr>(value);
  if (!target || target.getValue().empty())
    return op->emitOpError("attribute '")
           << name << "' must be a non-empty string naming a target";
  return success();
}

static LogicalResult verifyEntryIO(Operation *op, StringRef name,
                                   Attribute value) {
  if (!isa<AllocOp>(op) ||
      !isa_and_present<FunctionOpInterface>(op->getParentOp()))
    return op->emitOpError("attribute '")
           << name
           << "' belongs on a memplan.alloc directly in a function body";
  return verifyCount(op, name, value);
}

static LogicalResult verifyBound(Operation *op, Attribute value) {
  StringRef name = MemPlanDialect::getBoundAttrName();
  if (!isa<memref::AllocOp, memref::AllocaOp>(op) ||
      cast<MemRefType>(op->getResult(0).getType()).hasStaticShape())
    return op->emitOpError("attribute '")
           << name
           << "' belongs on a dynamically shaped memref.alloc or memref.alloca";
  return verifyCount(op, name, value);
}

static LogicalResult verifyInPlace(Operation *op, StringRef name,
                                   Attribute value) {
  if (!isa<AllocOp>(op))
    return op->emitOpError("attribute '")
           << name << "' belongs on a memplan.alloc";
  return verifyCount(op, name, value);
}

static LogicalResult verifyConstantPlacement(Operation *op, StringRef name,
                                             Attribute value) {
  StringRef poolName = MemPlanDialect::getPlacedPoolAttrName();
  StringRef offsetName = MemPlanDialect::getPlacedOffsetAttrName();
  auto global = dyn_cast<memref::GlobalOp>(op);
  bool isPinnedAlloc = isa<memref::AllocOp, memref::AllocaOp>(op);
  if (!isPinnedAlloc && (!global || !global.getConstant()))
    return op->emitOpError("attribute '")
           << name
           << "' belongs on a constant memref.global or a memref.alloc or "
              "memref.alloca (a pin)";
  if (!op->hasAttr(poolName) || !op->hasAttr(offsetName))
    return op->emitOpError("attributes '")
           << poolName << "' and '" << offsetName << "' go together";
  if (name == poolName) {
    if (!isa<FlatSymbolRefAttr>(value))
      return op->emitOpError("attribute '")
             << name << "' must be a symbol reference to a memplan.pool";
    return success();
  }
  return verifyCount(op, name, value);
}

/// `memplan.schedule`: a dictionary of non-negative i64s and one bool on a
/// builtin.module (see getScheduleAttrName).
static LogicalResult verifySchedule(Operation *op, Attribute value) {
  StringRef name = MemPlanDialect::getScheduleAttrName();
  if (!isa<ModuleOp>(op))
    return op->emitOpError("attribute '")
           << name << "' belongs on a builtin.module";
  auto dictionary = dyn_cast<DictionaryAttr>(value);
  if (!dictionary)
    return op->emitOpError("attribute '") << name << "' must be a dictionary";
  static const char *const required[] = {
      "program_order_peak", "chosen_order_peak", "program_order_pools",
      "chosen_order_pools", "blocks_reordered", "reverted"};
  for (const char *key : required)
    if (!dictionary.contains(key))
      return op->emitOpError("attribute '")
             << name << "' has no '" << key << "'";
  for (NamedAttribute entry : dictionary) {
    StringRef key = entry.getName().getValue();
    std::string described = (name + "." + key).str();
    if (key == "reverted") {
      if (!isa<BoolAttr>(entry.getValue()))
        return op->emitOpError("attribute '") << described
                                              << "' must be a bool";
      continue;
    }
    if (!llvm::is_contained(required, key) && key != "lower_bound")
      return op->emitOpError("attribute '")
             << name << "' has an unknown key '" << key << "'";
    if (failed(verifyCount(op, described, entry.getValue())))
      return failure();
  }
  return success();
}

LogicalResult MemPlanDialect::verifyOperationAttribute(Operation *op,
                                                       NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  if (name == getTargetAttrName())
    return verifyTarget(op, attr.getValue());
  if (name == getInputAttrName() || name == getOutputAttrName())
    return verifyEntryIO(op, name, attr.getValue());
  if (name == getPlacedPoolAttrName() || name == getPlacedOffsetAttrName())
    return verifyConstantPlacement(op, name, attr.getValue());
  if (name == getInPlaceIdAttrName() || name == getInPlaceOfAttrName())
    return verifyInPlace(op, name, attr.getValue());
  if (name == getScheduleAttrName())
    return verifySchedule(op, attr.getValue());
  if (name == getBoundAttrName())
    return verifyBound(op, attr.getValue());
  return success();
}
