//===- ReportHTML.cpp - Plan report as an interactive web page ------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// One self-contained HTML file: the viewer page (ReportHTMLPage.html, with
// its CSS and JavaScript inline, embedded at build time) with the plan's data
// in a <script type="application/json" id="memplan-data"> element where the
// page has its `<!--MEMPLAN-DATA-->` marker. The data is compact so that a
// plan of 100k buffers stays a few megabytes:
//
//   {"version": 1, "algorithm": "...", "lowerBound": N, "total": N,
//    "provenOptimal": false, "timedOut": false, "time": [T0, T1],
//    "pools": [{"name": "sram", "capacity": N or null, "alignment": N,
//               "used": N, "lowerBound": N, "buffers": N,
//               "utilisation": "100.00" or null,
//               "capacityUse": "46.88" or null}],
//    "names": ["a", ...],
//    "locations": ["net.mlir:3:8", "", ...],      (only when known)
//    "buffers": [size, alignment, pool, offset, k, s1, e1, ..., sk, ek, ...]}
//
// `buffers` is flat: per buffer its size, alignment, pool index, offset, its
// number of intervals k, then k start/end pairs. [T0, T1) is the whole
// problem's timeline ([0, 1) when no buffer has an interval). A number beyond
// 2^53 (which JavaScript cannot hold exactly) is written as a string of its
// decimal digits, so nothing is ever rounded in the file. Strings escape `<`,
// `>` and `&` so that no name can close the script element.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Format.h"

#include <algorithm>
#include <limits>

using namespace memplan;
using namespace memplan::report;

namespace {
/// The viewer page; see ReportHTMLPage.html.
constexpr llvm::StringLiteral kPage =
#include "ReportHTMLPage.inc"
    ;
constexpr llvm::StringLiteral kDataMarker = "<!--MEMPLAN-DATA-->";
/// 2^53: integers of this magnitude or more are written as strings.
constexpr uint64_t kExactInJavaScript = uint64_t(1) << 53;
} // namespace

/// Writes `text` as a JSON string that is also safe inside a <script>
/// element.
static void writeString(llvm::StringRef text, llvm::raw_ostream &os) {
  os << '"';
  for (unsigned char c : text) {
    switch (c) {
    case '"':
      os << "\\\"";
      break;
    case '\\':
      os << "\\\\";
      break;
    case '\n':
      os << "\\n";
      break;
    default:
      if (c < 0x20 || c == '<' || c == '>' || c == '&')
        os << llvm::format("\\u%04x", c);
      else
        os << c;
    }
  }
  os << '"';
}

static void writeNumber(uint64_t value, llvm::raw_ostream &os) {
  if (value >= kExactInJavaScript)
    os << '"' << value << '"';
  else
    os << value;
}

static void writeSigned(int64_t value, llvm::raw_ostream &os) {
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value)
                                 : static_cast<uint64_t>(value);
  if (magnitude >= kExactInJavaScript)
    os << '"' << value << '"';
  else
    os << value;
}

static void writeOptional(const std::optional<std::string> &text,
                          llvm::raw_ostream &os) {
  if (text)
    writeString(*text, os);
  else
    os << "null";
}

static void writePools(const ReportModel &model, llvm::raw_ostream &os) {
  os << "\"pools\":[";
  for (PoolId id = 0; id < model.problem.pools.size(); ++id) {
    const Pool &pool = model.problem.pools[id];
    const PoolFigures &figures = model.pools[id];
    os << (id ? ",\n" : "") << "{\"name\":";
    writeString(pool.name, os);
    os << ",\"capacity\":";
    if (pool.capacity)
      writeNumber(*pool.capacity, os);
    else
      os << "null";
    os << ",\"alignment\":";
    writeNumber(pool.alignment, os);
    os << ",\"used\":";
    writeNumber(figures.used, os);
    os << ",\"lowerBound\":";
    writeNumber(figures.lowerBound, os);
    os << ",\"buffers\":" << figures.numBuffers << ",\"utilisation\":";
    writeOptional(figures.utilisation, os);
    os << ",\"capacityUse\":";
    writeOptional(figures.capacityUse, os);
    os << '}';
  }
  os << "],\n";
}

/// The buffers' names, locations (when known) and numbers.
static void writeBuffers(const ReportModel &model, llvm::raw_ostream &os) {
  const Problem &problem = model.problem;
  os << "\"names\":[";
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    os << (id ? (id % 16 ? "," : ",\n") : "");
    writeString(problem.buffers[id].name, os);
  }
  os << "],\n";
  if (!model.locations.empty()) {
    os << "\"locations\":[";
    for (BufferId id = 0; id < problem.buffers.size(); ++id) {
      os << (id ? (id % 16 ? "," : ",\n") : "");
      writeString(model.getLocation(id), os);
    }
    os << "],\n";
  }
  os << "\"buffers\":[";
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    const Placement &placement = model.plan.placements[id];
    os << (id ? ",\n" : "");
    writeNumber(buffer.size, os);
    os << ',';
    writeNumber(buffer.alignment, os);
    os << ',' << placement.pool << ',';
    writeNumber(placement.offset, os);
    os << ',' << buffer.intervals.size();
    for (const Interval &interval : buffer.intervals) {
      os << ',';
      writeSigned(interval.start, os);
      os << ',';
      writeSigned(interval.end, os);
    }
  }
  os << "]";
}

static void writeData(const ReportModel &model, llvm::raw_ostream &os) {
  int64_t start = std::numeric_limits<int64_t>::max();
  int64_t end = std::numeric_limits<int64_t>::min();
  for (const Buffer &buffer : model.problem.buffers)
    for (const Interval &interval : buffer.intervals) {
      start = std::min(start, interval.start);
      end = std::max(end, interval.end);
    }
  if (start >= end)
    start = 0, end = 1;
  const Plan &plan = model.plan;
  os << "{\"version\":1,\"algorithm\":";
  writeString(plan.algorithm, os);
  os << ",\"lowerBound\":";
  writeNumber(plan.lowerBound, os);
  os << ",\"total\":";
  writeNumber(plan.getTotalSize(), os);
  os << ",\"provenOptimal\":" << (plan.provenOptimal ? "true" : "false")
     << ",\"timedOut\":" << (plan.timedOut ? "true" : "false") << ",\"time\":[";
  writeSigned(start, os);
  os << ',';
  writeSigned(end, os);
  os << "],\n";
  writePools(model, os);
  writeBuffers(model, os);
  os << "}";
}

void report::writeHTMLReport(const ReportModel &model, llvm::raw_ostream &os) {
  llvm::StringRef page = kPage;
  auto [before, after] = page.split(kDataMarker);
  os << before << "<script type=\"application/json\" id=\"memplan-data\">\n";
  writeData(model, os);
  os << "\n</script>" << after;
}
