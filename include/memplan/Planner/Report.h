//===- Report.h - Human- and machine-readable plan reports ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reports of a plan in four formats:
//  - JSON for machines,
//  - a text table for terminals,
//  - an SVG picture with one panel per pool: time on the x axis, addresses on
//    the y axis, one rectangle per buffer interval (labelled where the name
//    fits), and the pool's peak (used bytes) and lower bound as horizontal
//    lines,
//  - an HTML page, self-contained, that draws the same picture on a canvas
//    with zoom, pan, hover and search, the live bytes over time, and summary
//    tables (see docs/UserGuide.md).
//
// Every report shows, per pool: capacity, alignment, used bytes, lower bound,
// utilisation (lower bound / used: how much of the used memory the busiest
// moment really needs; 100 % is optimal) and capacity use (used / capacity,
// bounded pools only); per buffer: name, size, alignment, pool, offset, live
// intervals and source location.
//
// Output is byte-identical on every machine: integers only, percentages with
// two decimals computed by integer arithmetic (rounded half up), buffers in
// problem order, pools in declaration order.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_REPORT_H
#define MEMPLAN_PLANNER_REPORT_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace memplan {

enum class ReportFormat { JSON, Text, SVG, HTML };

/// The format named `json`, `text`, `svg` or `html`.
llvm::Expected<ReportFormat> parseReportFormat(llvm::StringRef name);
/// The name parseReportFormat accepts for `format`.
llvm::StringRef getReportFormatName(ReportFormat format);

/// The format named `name`; when `name` is empty, the format of the
/// extension of `path`: `.json`, `.svg` and `.html` (or `.htm`) name theirs,
/// anything else is text.
/// What tools and passes use for their report options.
llvm::Expected<ReportFormat> selectReportFormat(llvm::StringRef name,
                                                llvm::StringRef path);

/// What the order of operations costs, for the report of a program that
/// memory-aware scheduling (--memplan-schedule) reordered: the largest number
/// of live bytes in program order and in the order chosen, and a number no
/// order can go below, when one is known.
struct ScheduleFigures {
  uint64_t programOrderPeak = 0;
  uint64_t chosenOrderPeak = 0;
  std::optional<uint64_t> lowerBound;
};

/// What a report is made of. `locations` is either empty (no source
/// locations) or holds one entry per buffer, in Problem::buffers order; an
/// empty string means the buffer's location is unknown. `schedule`, when
/// given, adds the order's figures.
struct ReportInput {
  const Problem &problem;
  const Plan &plan;
  llvm::ArrayRef<std::string> locations = {};
  std::optional<ScheduleFigures> schedule = std::nullopt;
};

/// Writes the report of `input` in `format`. The plan is validated first; an
/// invalid plan, a plan without one lower bound per pool, or a location list
/// of the wrong length is an error and nothing is written.
llvm::Error writeReport(const ReportInput &input, ReportFormat format,
                        llvm::raw_ostream &os);

/// The same into the file at `path` (`-` for standard output). The file is
/// only created when the report can be written.
llvm::Error writeReportFile(const ReportInput &input, ReportFormat format,
                            llvm::StringRef path);

} // namespace memplan

#endif // MEMPLAN_PLANNER_REPORT_H
