//===- TestPrintLiveness.cpp - Print the buffer analysis --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-test-print-liveness: the buffer analysis in a stable text form for
// FileCheck, and a remark at each allocation it leaves alone. A test pass:
// linked into memplan-opt only, not into the libraries or the plugin.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Planner/ConflictIndex.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// Prints buffer `id` of `problem`: size, alignment, pools, intervals, and
/// its conflicts sorted by name.
void printBuffer(const Problem &problem, const ConflictIndex &conflicts,
                 BufferId id, llvm::raw_ostream &os) {
  const Buffer &buffer = problem.buffers[id];
  os << "buffer " << buffer.name << ": size " << buffer.size << ", alignment "
     << buffer.alignment << ", pools [";
  llvm::interleaveComma(problem.getCandidatePools(id), os,
                        [&](PoolId pool) { os << problem.pools[pool].name; });
  os << "], intervals";
  if (buffer.intervals.empty())
    os << " none";
  for (const Interval &interval : buffer.intervals)
    os << " [" << interval.start << ", " << interval.end << ")";
  os << "\n  conflicts: ";
  std::vector<std::string> names;
  for (BufferId other : conflicts.getConflicts(id))
    names.push_back(problem.buffers[other].name);
  llvm::sort(names);
  if (names.empty())
    os << "none";
  llvm::interleaveComma(names, os);
  os << "\n";
}

struct TestPrintLivenessPass
    : public PassWrapper<TestPrintLivenessPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestPrintLivenessPass)

  StringRef getArgument() const final { return "memplan-test-print-liveness"; }
  StringRef getDescription() const final {
    return "Prints the buffer analysis, for tests: each planned buffer with "
           "its size, alignment, candidate pools, live intervals and "
           "conflicts, then the memory pressure";
  }

  void runOnOperation() override {
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    analysis.emitSkipRemarks();

    const Problem &problem = analysis.getProblem();
    llvm::raw_ostream &os = llvm::outs();
    os << "// ---- buffer analysis\nentries: ";
    llvm::interleaveComma(
        analysis.getEntryFunctions(), os,
        [&](FunctionOpInterface function) { os << "@" << function.getName(); });
    os << "\n";
    ConflictIndex conflicts(problem);
    for (BufferId id = 0; id < problem.buffers.size(); ++id)
      printBuffer(problem, conflicts, id, os);
    os << "memory pressure: " << analysis.getMemoryPressure() << "\n";
    markAllAnalysesPreserved();
  }
};

} // namespace

namespace mlir::memplan::test {
void registerTestPrintLivenessPass() {
  PassRegistration<TestPrintLivenessPass>();
}
} // namespace mlir::memplan::test
