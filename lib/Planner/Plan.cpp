//===- Plan.cpp - The result of static memory planning --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Plan.h"

#include "llvm/Support/MathExtras.h"

using namespace memplan;

uint64_t Plan::getTotalSize() const {
  uint64_t total = 0;
  for (uint64_t size : poolSizes)
    total = llvm::SaturatingAdd(total, size);
  return total;
}

void memplan::computePoolSizes(const Problem &problem, Plan &plan) {
  plan.poolSizes.assign(problem.pools.size(), 0);
  for (BufferId id = 0; id < plan.placements.size(); ++id) {
    const Placement &placement = plan.placements[id];
    if (placement.pool >= plan.poolSizes.size() || id >= problem.buffers.size())
      continue; // The validator reports malformed placements.
    uint64_t end =
        llvm::SaturatingAdd(placement.offset, problem.buffers[id].size);
    plan.poolSizes[placement.pool] =
        std::max(plan.poolSizes[placement.pool], end);
  }
}
