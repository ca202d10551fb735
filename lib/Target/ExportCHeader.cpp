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

#include "memplan/Support/PassSupport.h"
#include "memplan/Target/CHeader.h"
#include "memplan/Target/Passes.h"
#include "llvm/Support/Debug.h"

#include "HeaderModel.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANEXPORTCHEADER
#include "memplan/Target/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-export-c-header"

llvm::Error
mlir::memplan::checkOptions(const MemPlanExportCHeaderOptions &options) {
  if (llvm::Expected<PoolStorageKind> storage =
          parsePoolStorage(options.poolStorage);
      !storage)
    return storage.takeError();
  return verifyCHeaderPrefix(options.prefix);
}

namespace {

constexpr llvm::StringLiteral kPassName = "memplan-export-c-header";

struct ExportCHeaderPass
    : public mlir::memplan::impl::MemPlanExportCHeaderBase<ExportCHeaderPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    MemPlanExportCHeaderOptions passOptions;
    passOptions.output = output;
    passOptions.poolStorage = poolStorage;
    passOptions.prefix = prefix;
    if (llvm::Error error = checkOptions(passOptions))
      return emitOptionError(context, kPassName, std::move(error));
    options.prefix = prefix;
    options.poolStorage = llvm::cantFail(parsePoolStorage(poolStorage));
    return success();
  }

  void runOnOperation() override {
    // Every fact is read and checked before the file is opened: a failure
    // leaves no file behind.
    FailureOr<HeaderModel> model = buildHeaderModel(getOperation(), options);
    if (failed(model))
      return signalPassFailure();
    LLVM_DEBUG(llvm::dbgs() << "[memplan-export-c-header] header -> " << output
                            << "\n");
    if (failed(writeOutputFile(
            getOperation(), output, kPassName,
            [&](llvm::raw_ostream &os) { printHeader(*model, os); })))
      return signalPassFailure();
    markAllAnalysesPreserved();
  }

  CHeaderOptions options;
};

} // namespace
