//===- PassSupport.cpp - Option errors and output files of passes ---------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Support/PassSupport.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace mlir::memplan;

LogicalResult mlir::memplan::emitOptionError(MLIRContext *context,
                                             StringRef passName,
                                             llvm::Error error) {
  return emitError(UnknownLoc::get(context))
         << passName << ": " << llvm::toString(std::move(error));
}

LogicalResult mlir::memplan::writeOutputFile(
    Operation *op, StringRef path, StringRef passName,
    llvm::function_ref<void(llvm::raw_ostream &)> write) {
  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(path, &error);
  if (!file)
    return emitError(op->getLoc())
           << passName << (passName.empty() ? "" : ": ") << error;
  write(file->os());
  file->keep();
  return success();
}
