//===- downstream-solve.cpp - A runtime that plans with memplan's planner -===//
//
// Part of the memplan project (test of the installed package).
//
//===----------------------------------------------------------------------===//
//
// Plans three 10-byte buffers that are all live at once in one unbounded
// pool with the planner library alone (no MLIR), and prints the plan.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Planner.h"

#include "llvm/Support/raw_ostream.h"

int main() {
  memplan::Problem problem;
  problem.pools.push_back({"workspace", std::nullopt, 1});
  for (const char *name : {"bi_a", "bi_b", "bi_c"}) {
    memplan::Buffer buffer;
    buffer.name = name;
    buffer.size = 10;
    buffer.intervals = {{0, 1}};
    problem.buffers.push_back(buffer);
  }
  memplan::PlannerOptions options;
  options.algorithm = "greedy-by-size";
  llvm::Expected<memplan::Plan> plan = memplan::plan(problem, options);
  if (!plan) {
    llvm::errs() << "error: " << llvm::toString(plan.takeError()) << "\n";
    return 1;
  }
  for (unsigned id = 0; id < problem.buffers.size(); ++id)
    llvm::outs() << problem.buffers[id].name << " @ "
                 << plan->placements[id].offset << "\n";
  llvm::outs() << "workspace " << plan->poolSizes[0] << " bytes\n";
  return 0;
}
