//===- CSVGaps.cpp - MiniMalloc's gaps column -----------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "CSVGaps.h"

#include "IOSupport.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace memplan;

/// Parses a time of a gap: a decimal integer in [0, 2^63-1].
static llvm::Expected<int64_t> parseTime(llvm::StringRef text,
                                         llvm::StringRef gap) {
  llvm::Expected<uint64_t> value = io::parseCount(text);
  if (!value || *value > uint64_t(INT64_MAX - 1)) {
    if (!value)
      llvm::consumeError(value.takeError());
    return io::makeError("gaps: malformed gap '" + io::printable(gap) +
                         "' (expected FROM-TO or FROM-TO@LOW:HIGH)");
  }
  return int64_t(*value);
}

llvm::Expected<std::vector<Interval>>
io::applyCSVGaps(Interval lifetime, llvm::StringRef text, bool inclusiveEnd) {
  llvm::SmallVector<llvm::StringRef, 4> items;
  text.split(items, ' ', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<Interval> holes;
  for (llvm::StringRef gap : items) {
    auto [span, window] = gap.split('@');
    auto [from, to] = span.split('-');
    llvm::Expected<int64_t> start = parseTime(from, gap);
    if (!start)
      return start.takeError();
    llvm::Expected<int64_t> end = parseTime(to, gap);
    if (!end)
      return end.takeError();
    if (gap.contains('@')) {
      // Checked like MiniMalloc (two numbers), then kept live: see the
      // header.
      auto [low, high] = window.split(':');
      llvm::Expected<int64_t> lowByte = parseTime(low, gap);
      if (!lowByte)
        return lowByte.takeError();
      llvm::Expected<int64_t> highByte = parseTime(high, gap);
      if (!highByte)
        return highByte.takeError();
      continue;
    }
    Interval hole{*start, *end + (inclusiveEnd ? 1 : 0)};
    if (hole.start >= hole.end)
      return makeError(llvm::formatv("gaps: gap '{0}' is empty",
                                     io::printable(gap)));
    holes.push_back(hole);
  }
  llvm::sort(holes, [](const Interval &a, const Interval &b) {
    return a.start < b.start;
  });
  // The lifetime minus the holes, left to right.
  std::vector<Interval> intervals;
  int64_t cursor = lifetime.start;
  for (const Interval &hole : holes) {
    int64_t until = std::min(hole.start, lifetime.end);
    if (cursor < until)
      intervals.push_back({cursor, until});
    cursor = std::max(cursor, hole.end);
  }
  if (cursor < lifetime.end)
    intervals.push_back({cursor, lifetime.end});
  if (intervals.empty())
    return makeError("gaps: the gaps '" + io::printable(text) +
                     "' leave nothing of the buffer's lifetime");
  return intervals;
}

Interval io::getHull(llvm::ArrayRef<Interval> intervals) {
  Interval hull = intervals.front();
  for (const Interval &interval : intervals) {
    hull.start = std::min(hull.start, interval.start);
    hull.end = std::max(hull.end, interval.end);
  }
  return hull;
}

std::string io::formatCSVGaps(llvm::ArrayRef<Interval> intervals,
                              bool inclusiveEnd) {
  std::vector<Interval> sorted(intervals.begin(), intervals.end());
  llvm::sort(sorted, [](const Interval &a, const Interval &b) {
    return a.start < b.start;
  });
  std::string text;
  int64_t reach = sorted.front().end;
  for (const Interval &interval : llvm::drop_begin(sorted)) {
    if (interval.start > reach)
      text += llvm::formatv("{0}{1}-{2}", text.empty() ? "" : " ", reach,
                            interval.start - (inclusiveEnd ? 1 : 0))
                  .str();
    reach = std::max(reach, interval.end);
  }
  return text;
}
