//===- ReportModel.h - What every plan report shows -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Private to the report writers: the per-pool figures shared by the JSON,
// text and SVG reports, and integer helpers that keep every number identical
// on every machine.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_REPORTMODEL_H
#define MEMPLAN_LIB_PLANNER_REPORTMODEL_H

#include "memplan/Planner/Report.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace memplan::report {

/// The figures of one pool.
struct PoolFigures {
  uint64_t used = 0;
  uint64_t lowerBound = 0;
  unsigned numBuffers = 0;
  /// lowerBound / used as a percentage; none when the pool is empty.
  std::optional<std::string> utilisation;
  /// used / capacity as a percentage; none for unbounded (or zero) pools.
  std::optional<std::string> capacityUse;
};

/// A validated problem and plan with the figures of every pool.
struct ReportModel {
  const Problem &problem;
  const Plan &plan;
  llvm::ArrayRef<std::string> locations;
  /// Per pool, in Problem::pools order.
  std::vector<PoolFigures> pools;
  /// The order's figures, for a scheduled program.
  std::optional<ScheduleFigures> schedule;

  /// The source location of `buffer`, empty when unknown.
  llvm::StringRef getLocation(BufferId buffer) const {
    return locations.empty() ? llvm::StringRef() : locations[buffer];
  }
};

/// Validates `input` (see writeReport) and computes the pool figures.
llvm::Expected<ReportModel> buildReportModel(const ReportInput &input);

/// `numerator / denominator` as a percentage with two decimals, rounded half
/// up, computed exactly in integers: formatPercent(1, 3) == "33.33",
/// formatPercent(2, 3) == "66.67". `denominator` must not be 0.
std::string formatPercent(uint64_t numerator, uint64_t denominator);

/// floor(value * length / range), exact for all 64-bit inputs (128-bit
/// intermediate). `range` must not be 0.
uint64_t scaleDown(uint64_t value, uint64_t range, uint64_t length);

/// Live intervals as `[0,2) [5,7)`; `-` when there are none.
std::string formatIntervals(llvm::ArrayRef<Interval> intervals);

/// "program order peak P bytes, chosen order peak C bytes, lower bound over
/// all orders B bytes" (or "... unknown"), shared by the text and SVG
/// reports.
std::string formatSchedule(const ScheduleFigures &schedule);

void writeJSONReport(const ReportModel &model, llvm::raw_ostream &os);
void writeTextReport(const ReportModel &model, llvm::raw_ostream &os);
void writeSVGReport(const ReportModel &model, llvm::raw_ostream &os);
void writeHTMLReport(const ReportModel &model, llvm::raw_ostream &os);

} // namespace memplan::report

#endif // MEMPLAN_LIB_PLANNER_REPORTMODEL_H
