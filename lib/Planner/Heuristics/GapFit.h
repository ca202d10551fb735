//===- GapFit.h - Gap-filling heuristics over several orders ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_GAPFIT_H
#define MEMPLAN_LIB_PLANNER_GAPFIT_H

#include "Placer.h"

#include "Heuristics.h"

#include <vector>

namespace memplan {

/// The best order and policy found by a gap-fit run, with its plan.
struct GapFitResult {
  std::vector<BufferId> order;
  FitPolicy policy;
  /// How the run found gaps (a climb from it goes on the same way).
  GapSearch search;
  Plan plan;
};

/// The work of one gap-fit placement of every buffer, estimated from the
/// numbers of conflicts alone: a visit per conflict and the sorting of the
/// placed half of them (what Placer counts). O(n).
uint64_t estimateGapFitWork(const PlanningContext &context);

/// GapSearch::Scan when the estimated work of placing one order with
/// `numPolicies` policies (estimateGapFitWork each) fits in the context's
/// budget (and the default budget), else GapSearch::Index. The default
/// portfolio runs gap fit one policy at a time and only within its budget,
/// so its plans and work are those of the scan.
GapSearch chooseGapSearch(const PlanningContext &context, unsigned numPolicies);

/// Places the buffers with each policy of `policies` in each gap-fit order
/// and keeps the smallest plan (the first among equals), finding gaps as
/// chooseGapSearch says. Tries no further order once a plan exists and the
/// context's work budget is spent (or would be by the next order: by
/// estimateGapFitWork for a scan, by the previous order's work for the
/// index) or its deadline passed. Fails with
/// the no-fit error of the first attempt when no attempt places every buffer.
llvm::Expected<GapFitResult> runGapFit(const PlanningContext &context,
                                       llvm::ArrayRef<FitPolicy> policies,
                                       llvm::StringRef name);

} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_GAPFIT_H
