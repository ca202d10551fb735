//===- MemPlanDialect.cpp - memplan dialect ---------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::memplan;

#include "memplan/Dialect/MemPlanOpsDialect.cpp.inc"

#include "memplan/Dialect/MemPlanEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "memplan/Dialect/MemPlanAttrs.cpp.inc"

void MemPlanDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "memplan/Dialect/MemPlanAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "memplan/Dialect/MemPlanOps.cpp.inc"
      >();
}
