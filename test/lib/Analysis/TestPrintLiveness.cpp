//===- TestPrintLiveness.cpp - Print the buffer analysis --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-test-print-liveness: the buffer analysis in a stable text form for
// FileCheck, and a remark at each allocation it leaves alone.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Planner/ConflictGraph.h"
#include "memplan/Transforms/Passes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANTESTPRINTLIVENESS
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// Prints buffer `id` of `problem`: size, alignment, pools, intervals, and
/// its conflicts sorted by name.
void printBuffer(const ::memplan::Problem &problem,
                 const ::memplan::ConflictGraph &graph, ::memplan::BufferId id,
                 llvm::raw_ostream &os) {
  const ::memplan::Buffer &buffer = problem.buffers[id];
  os << "buffer " << buffer.name << ": size " << buffer.size << ", alignment "
     << buffer.alignment << ", pools [";
  llvm::interleaveComma(
      problem.getCandidatePools(id), os,
      [&](::memplan::PoolId pool) { os << problem.pools[pool].name; });
  os << "], intervals";
  if (buffer.intervals.empty())
    os << " none";
  for (const ::memplan::Interval &interval : buffer.intervals)
    os << " [" << interval.start << ", " << interval.end << ")";
  os << "\n  conflicts: ";
  std::vector<std::string> names;
  for (::memplan::BufferId other : graph.getConflicts(id))
    names.push_back(problem.buffers[other].name);
  llvm::sort(names);
  if (names.empty())
    os << "none";
  llvm::interleaveComma(names, os);
  os << "\n";
}

struct TestPrintLivenessPass
    : public mlir::memplan::impl::MemPlanTestPrintLivenessBase<
          TestPrintLivenessPass> {
  void runOnOperation() override {
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    analysis.emitSkipRemarks();

    const ::memplan::Problem &problem = analysis.getProblem();
    llvm::raw_ostream &os = llvm::outs();
    os << "// ---- buffer analysis\nentries: ";
    llvm::interleaveComma(
        analysis.getEntryFunctions(), os,
        [&](FunctionOpInterface function) { os << "@" << function.getName(); });
    os << "\n";
    ::memplan::ConflictGraph graph(problem);
    for (::memplan::BufferId id = 0; id < problem.buffers.size(); ++id)
      printBuffer(problem, graph, id, os);
    os << "memory pressure: " << analysis.getMemoryPressure() << "\n";
    markAllAnalysesPreserved();
  }
};

} // namespace
