//===- PlannerTypes.h - The planner's names on the MLIR side ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The planner (namespace `memplan`, no MLIR) and the MLIR side (namespace
// `mlir::memplan`, like every MLIR dialect) share a name: inside
// `mlir::memplan`, `memplan::Problem` would mean `mlir::memplan::Problem`.
// This header imports, once, the planner names the MLIR side uses, so that
// its code writes `Problem`, `Plan`, `plan(...)` without `::memplan::`.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_PLANNERTYPES_H
#define MEMPLAN_ANALYSIS_PLANNERTYPES_H

#include "memplan/Planner/ConflictIndex.h"
#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/PlannerError.h"
#include "memplan/Planner/Problem.h"
#include "memplan/Planner/ProblemIO.h"
#include "memplan/Planner/Report.h"
#include "memplan/Planner/Validator.h"

namespace mlir::memplan {

// The problem and its plan.
using ::memplan::Buffer;
using ::memplan::BufferId;
using ::memplan::ConflictIndex;
using ::memplan::Interval;
using ::memplan::kMaxProblemBytes;
using ::memplan::Pin;
using ::memplan::Plan;
using ::memplan::Pool;
using ::memplan::PoolId;
using ::memplan::Problem;

// Planning, checking, reporting.
using ::memplan::computeMaxLiveBytes;
using ::memplan::computePoolSizes;
using ::memplan::getAlgorithmNames;
using ::memplan::NoFitError;
using ::memplan::Objective;
using ::memplan::parseObjective;
using ::memplan::PinError;
using ::memplan::plan;
using ::memplan::PlannerOptions;
using ::memplan::ReportFormat;
using ::memplan::ScheduleFigures;
using ::memplan::selectReportFormat;
using ::memplan::validatePlan;
using ::memplan::verifyProblem;
using ::memplan::writeProblemJSON;
using ::memplan::writeReportFile;

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_PLANNERTYPES_H
