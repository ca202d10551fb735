//===- TargetAccess.cpp - Which targets may use which pools -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/TargetAccess.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::memplan;

StringRef mlir::memplan::getFunctionTarget(Operation *function) {
  if (auto target = function->getAttrOfType<StringAttr>(
          MemPlanDialect::getTargetAttrName()))
    return target.getValue();
  return MemPlanDialect::getDefaultTarget();
}

bool mlir::memplan::canAccess(PoolOp pool, StringRef target, bool write) {
  std::optional<PoolAccess> access = pool.getAccessOf(target);
  return access && (!write || *access == PoolAccess::ReadWrite);
}

std::string mlir::memplan::describePoolAccess(PoolOp pool) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "@" << pool.getSymName() << " (";
  if (DictionaryAttr targets = pool.getTargetsAttr()) {
    llvm::interleaveComma(targets, os, [&](NamedAttribute entry) {
      os << entry.getName().getValue() << ": ";
      if (auto access = dyn_cast<PoolAccessAttr>(entry.getValue()))
        os << stringifyPoolAccess(access.getValue());
    });
  } else {
    os << "every target: " << stringifyPoolAccess(pool.getAccess());
  }
  os << ")";
  return text;
}
