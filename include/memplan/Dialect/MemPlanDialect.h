//===- MemPlanDialect.h - memplan dialect -----------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_DIALECT_MEMPLANDIALECT_H
#define MEMPLAN_DIALECT_MEMPLANDIALECT_H

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Dialect.h"

#include "memplan/Dialect/MemPlanOpsDialect.h.inc"

#endif // MEMPLAN_DIALECT_MEMPLANDIALECT_H
