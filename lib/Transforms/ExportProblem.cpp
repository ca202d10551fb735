//===- ExportProblem.cpp - Write the planning problem as JSON ---*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-export-problem="output=FILE": writes the module's one planning
// problem with the planner's JSON writer.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Planner/ProblemIO.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Transforms/Passes.h"
#include "llvm/Support/Debug.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANEXPORTPROBLEM
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-export-problem"

namespace {

struct ExportProblemPass
    : public mlir::memplan::impl::MemPlanExportProblemBase<ExportProblemPass> {
  using Base::Base;

  void runOnOperation() override {
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();

    LLVM_DEBUG(llvm::dbgs() << "[memplan-export-problem] "
                            << analysis.getProblem().buffers.size()
                            << " buffers, " << analysis.getProblem().pools.size()
                            << " pools -> " << output << "\n");
    if (failed(writeOutputFile(getOperation(), output, /*passName=*/"",
                               [&](llvm::raw_ostream &os) {
                                 writeProblemJSON(analysis.getProblem(), os);
                               })))
      return signalPassFailure();
    markAllAnalysesPreserved();
  }
};

} // namespace
