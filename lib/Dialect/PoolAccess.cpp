//===- PoolAccess.cpp - Per-target access of memory pools -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "PoolAccess.h"

using namespace mlir;
using namespace mlir::memplan;

ParseResult mlir::memplan::parseTargetAccess(OpAsmParser &parser,
                                             DictionaryAttr &targets) {
  MLIRContext *context = parser.getContext();
  SmallVector<NamedAttribute> entries;
  auto parseEntry = [&]() -> ParseResult {
    std::string name;
    SMLoc nameLoc = parser.getCurrentLocation();
    if (parser.parseKeywordOrString(&name))
      return failure();
    if (name.empty())
      return parser.emitError(nameLoc, "a target name must not be empty");
    for (const NamedAttribute &entry : entries)
      if (entry.getName().getValue() == name)
        return parser.emitError(nameLoc, "target '")
               << name << "' is listed twice";
    StringRef keyword;
    SMLoc accessLoc = parser.getCurrentLocation();
    if (parser.parseEqual() || parser.parseKeyword(&keyword))
      return failure();
    std::optional<PoolAccess> access = symbolizePoolAccess(keyword);
    if (!access)
      return parser.emitError(accessLoc, "expected 'read_write' or "
                                         "'read_only', got '")
             << keyword << "'";
    entries.emplace_back(StringAttr::get(context, name),
                         PoolAccessAttr::get(context, *access));
    return success();
  };
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Braces, parseEntry))
    return failure();
  targets = DictionaryAttr::get(context, entries);
  return success();
}

void mlir::memplan::printTargetAccess(OpAsmPrinter &printer, PoolOp,
                                      DictionaryAttr targets) {
  printer << "{";
  llvm::interleaveComma(targets, printer, [&](NamedAttribute entry) {
    printer.printKeywordOrString(entry.getName().getValue());
    printer << " = ";
    if (auto access = dyn_cast<PoolAccessAttr>(entry.getValue()))
      printer << stringifyPoolAccess(access.getValue());
    else
      printer << entry.getValue(); // Rejected by the verifier.
  });
  printer << "}";
}

std::optional<PoolAccess> PoolOp::getAccessOf(StringRef target) {
  DictionaryAttr targets = getTargetsAttr();
  if (!targets)
    return getAccess();
  auto access = dyn_cast_or_null<PoolAccessAttr>(targets.get(target));
  if (!access)
    return std::nullopt;
  return access.getValue();
}

bool PoolOp::isReadOnlyForEveryTarget() {
  DictionaryAttr targets = getTargetsAttr();
  if (!targets)
    return getAccess() == PoolAccess::ReadOnly;
  return llvm::all_of(targets, [](NamedAttribute entry) {
    auto access = dyn_cast<PoolAccessAttr>(entry.getValue());
    return access && access.getValue() == PoolAccess::ReadOnly;
  });
}

LogicalResult mlir::memplan::verifyPoolAccess(PoolOp pool) {
  if (DictionaryAttr targets = pool.getTargetsAttr()) {
    if (targets.empty())
      return pool.emitOpError("'targets' must list at least one target");
    if (pool.getAccess() != PoolAccess::ReadWrite)
      return pool.emitOpError(
          "takes either 'access' (every target) or 'targets' (each listed "
          "target), not both");
    for (NamedAttribute entry : targets) {
      if (entry.getName().getValue().empty())
        return pool.emitOpError("a target name must not be empty");
      if (!isa<PoolAccessAttr>(entry.getValue()))
        return pool.emitOpError("the access of target '")
               << entry.getName().getValue()
               << "' must be read_write or read_only, got " << entry.getValue();
    }
  }
  if (pool.getConstants() && !pool.isReadOnlyForEveryTarget())
    return pool.emitOpError("holds constants, so it must be read-only for "
                            "every target");
  return success();
}
