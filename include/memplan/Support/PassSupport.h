//===- PassSupport.h - Option errors and output files of passes -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// What the passes that take options or write a file share: a bad option is
// one error `<pass>: <why>` without a location, and an output file ('-' is
// stdout) that cannot be opened is a located error, with nothing written.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_SUPPORT_PASSSUPPORT_H
#define MEMPLAN_SUPPORT_PASSSUPPORT_H

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::memplan {

/// Emits `<passName>: <message of error>` without a location (the error of a
/// pass option, found before any op is seen) and returns failure.
LogicalResult emitOptionError(MLIRContext *context, llvm::StringRef passName,
                              llvm::Error error);

/// Opens `path` ('-': stdout), lets `write` fill it and keeps it. When the
/// file cannot be opened, emits `<passName>: <why>` (`<why>` alone when
/// `passName` is empty) at `op`, writes nothing and fails.
LogicalResult
writeOutputFile(Operation *op, llvm::StringRef path, llvm::StringRef passName,
                llvm::function_ref<void(llvm::raw_ostream &)> write);

} // namespace mlir::memplan

#endif // MEMPLAN_SUPPORT_PASSSUPPORT_H
