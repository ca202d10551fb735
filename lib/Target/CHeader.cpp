//===- CHeader.cpp - The C interface of a planned module --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Target/CHeader.h"

#include "HeaderModel.h"

using namespace mlir;
using namespace mlir::memplan;

LogicalResult mlir::memplan::writeCHeader(ModuleOp module,
                                          const CHeaderOptions &options,
                                          raw_ostream &os) {
  FailureOr<HeaderModel> model = buildHeaderModel(module, options);
  if (failed(model))
    return failure();
  printHeader(*model, os);
  return success();
}
