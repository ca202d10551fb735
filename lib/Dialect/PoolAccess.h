//===- PoolAccess.h - Per-target access of memory pools ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The `targets` syntax of memplan.pool (`targets {host = read_write, npu =
// read_only}`) and its verification. Internal to lib/Dialect.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_DIALECT_POOLACCESS_H
#define MEMPLAN_LIB_DIALECT_POOLACCESS_H

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/OpImplementation.h"

namespace mlir::memplan {

/// Parses `{NAME = ACCESS, ...}`: NAME a bare identifier or a string, ACCESS
/// `read_write` or `read_only`.
ParseResult parseTargetAccess(OpAsmParser &parser, DictionaryAttr &targets);

/// Prints the `targets` dictionary in the syntax parseTargetAccess reads.
void printTargetAccess(OpAsmPrinter &printer, PoolOp op,
                       DictionaryAttr targets);

/// Checks `targets` and `constants` of `pool`: every target has a non-empty
/// name and a PoolAccessAttr; `targets` is not combined with `access
/// read_only`; a constant pool is read-only for every target.
LogicalResult verifyPoolAccess(PoolOp pool);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_DIALECT_POOLACCESS_H
