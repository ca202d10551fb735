//===- ReportText.cpp - Plan report for terminals -------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
//   memplan plan report
//   algorithm: greedy-by-size
//   total size: 140 bytes, lower bound: 140 bytes
//
//   pool  capacity  alignment  used  lower bound  utilisation  capacity used
//   buffers sram       256         16   140          140 100.00%         54.69%
//   6
//
//   buffer  size  alignment  pool  offset  end  intervals  location
//   a         10          1  sram       0   10  [0,2)      net.mlir:3:8
//
// Numbers are right-aligned, text left-aligned, columns two spaces apart, no
// trailing spaces. `-` marks what does not apply.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include <algorithm>

using namespace memplan;
using namespace memplan::report;

namespace {
/// A table of cells printed with columns padded to their widest cell.
class Table {
public:
  /// `rightAligned[i]`: whether column i holds numbers.
  Table(std::vector<std::string> header, std::vector<bool> rightAligned)
      : rightAligned(std::move(rightAligned)) {
    rows.push_back(std::move(header));
  }

  void addRow(std::vector<std::string> row) { rows.push_back(std::move(row)); }

  void print(llvm::raw_ostream &os) const {
    std::vector<size_t> widths(rightAligned.size(), 0);
    for (const std::vector<std::string> &row : rows)
      for (size_t column = 0; column < row.size(); ++column)
        widths[column] = std::max(widths[column], row[column].size());
    for (const std::vector<std::string> &row : rows) {
      std::string line;
      for (size_t column = 0; column < row.size(); ++column) {
        if (column != 0)
          line += "  ";
        std::string padding(widths[column] - row[column].size(), ' ');
        line += rightAligned[column] ? padding + row[column]
                                     : row[column] + padding;
      }
      os << llvm::StringRef(line).rtrim(' ') << '\n';
    }
  }

private:
  std::vector<bool> rightAligned;
  std::vector<std::vector<std::string>> rows;
};
} // namespace

static std::string withPercentSign(const std::optional<std::string> &value) {
  return value ? *value + "%" : "-";
}

static void writePoolTable(const ReportModel &model, llvm::raw_ostream &os) {
  Table table({"pool", "capacity", "alignment", "used", "lower bound",
               "utilisation", "capacity used", "buffers"},
              {false, true, true, true, true, true, true, true});
  for (PoolId id = 0; id < model.problem.pools.size(); ++id) {
    const Pool &pool = model.problem.pools[id];
    const PoolFigures &figures = model.pools[id];
    table.addRow({pool.name,
                  pool.capacity ? std::to_string(*pool.capacity) : "-",
                  std::to_string(pool.alignment), std::to_string(figures.used),
                  std::to_string(figures.lowerBound),
                  withPercentSign(figures.utilisation),
                  withPercentSign(figures.capacityUse),
                  std::to_string(figures.numBuffers)});
  }
  table.print(os);
}

static void writeBufferTable(const ReportModel &model, llvm::raw_ostream &os) {
  Table table({"buffer", "size", "alignment", "pool", "offset", "end",
               "intervals", "location"},
              {false, true, true, false, true, true, false, false});
  for (BufferId id = 0; id < model.problem.buffers.size(); ++id) {
    const Buffer &buffer = model.problem.buffers[id];
    const Placement &placement = model.plan.placements[id];
    llvm::StringRef location = model.getLocation(id);
    table.addRow({buffer.name, std::to_string(buffer.size),
                  std::to_string(buffer.alignment),
                  model.problem.pools[placement.pool].name,
                  std::to_string(placement.offset),
                  std::to_string(placement.offset + buffer.size),
                  formatIntervals(buffer.intervals),
                  location.empty() ? "-" : location.str()});
  }
  table.print(os);
}

void report::writeTextReport(const ReportModel &model, llvm::raw_ostream &os) {
  const Plan &plan = model.plan;
  os << "memplan plan report\n";
  os << "algorithm: " << (plan.algorithm.empty() ? "-" : plan.algorithm)
     << '\n';
  os << "total size: " << plan.getTotalSize()
     << " bytes, lower bound: " << plan.lowerBound << " bytes";
  if (plan.provenOptimal)
    os << ", proven optimal";
  os << '\n';
  if (plan.timedOut)
    os << "note: the time limit ended the search (the plan is the best "
          "found by then)\n";
  if (model.schedule)
    os << "schedule: " << formatSchedule(*model.schedule) << '\n';
  os << '\n';
  writePoolTable(model, os);
  os << '\n';
  writeBufferTable(model, os);
}
