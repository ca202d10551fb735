//===- ExportCHeader.cpp - The C header as a pass ---------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-export-c-header="output=FILE pool-storage=... prefix=...": the
// translation to a C header as a pass, so that --memplan-pipeline can write
// the header at the stage that has every fact (after planning, before
// lowering).
//
//===----------------------------------------------------------------------===//

#include "memplan/Target/CHeader.h"
#include "memplan/Target/Passes.h"

#include "HeaderModel.h"

#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/ToolOutputFile.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANEXPORTCHEADER
#include "memplan/Target/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

namespace {

struct ExportCHeaderPass
    : public mlir::memplan::impl::MemPlanExportCHeaderBase<ExportCHeaderPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    std::optional<bool> asArguments = parsePoolsAsArguments(poolStorage);
    if (!asArguments)
      return emitError(UnknownLoc::get(context))
             << "memplan-export-c-header: unknown pool-storage '" << poolStorage
             << "'; expected 'global' or 'argument'";
    if (llvm::Error error = verifyCHeaderPrefix(prefix))
      return emitError(UnknownLoc::get(context))
             << "memplan-export-c-header: " << llvm::toString(std::move(error));
    options.prefix = prefix;
    options.poolsAsArguments = *asArguments;
    return success();
  }

  void runOnOperation() override {
    // Every fact is read and checked before the file is opened: a failure
    // leaves no file behind.
    FailureOr<HeaderModel> model = buildHeaderModel(getOperation(), options);
    if (failed(model))
      return signalPassFailure();
    std::string error;
    std::unique_ptr<llvm::ToolOutputFile> file = openOutputFile(output, &error);
    if (!file) {
      emitError(getOperation().getLoc(), "memplan-export-c-header: ") << error;
      return signalPassFailure();
    }
    printHeader(*model, file->os());
    file->keep();
    markAllAnalysesPreserved();
  }

  CHeaderOptions options;
};

} // namespace
