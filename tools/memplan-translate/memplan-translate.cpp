//===- memplan-translate.cpp - mlir-translate with memplan ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// An mlir-translate-style driver with memplan's translations:
//
//   memplan-translate --memplan-to-c-header [--pool-storage=argument]
//                     [--c-header-prefix=NAME] planned.mlir -o plan.h
//
//===----------------------------------------------------------------------===//

#include "memplan/Target/CHeader.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

#include "ToolHandlers.h"

int main(int argc, char **argv) {
  memplan::tools::installToolHandlers(argv[0]);
  mlir::memplan::registerToCHeaderTranslation();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv,
                                              "memplan translation driver\n"))
             ? 1
             : 0;
}
