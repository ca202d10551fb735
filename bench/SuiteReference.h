//===- SuiteReference.h - Reference figures of the suite -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Figures the benchmark programs compare against: the best known peaks of the
// MiniMalloc challenging suite at capacity 1048576 (MiniMalloc's optimum, as
// its README gives it, for all but D and J; for D and J, below what
// MiniMalloc found (1038336 and 1041408), memplan's own plans from
// `--algorithm=exact` runs, each checked outside the planner: every pair of
// time-overlapping buffers disjoint, and the peak), and the formatting of a
// percentage above a reference.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_BENCH_SUITEREFERENCE_H
#define MEMPLAN_BENCH_SUITEREFERENCE_H

#include "llvm/Support/FormatVariadic.h"

#include <cstdint>
#include <map>
#include <string>

namespace memplan::bench {

/// Best known peak per problem name of the challenging suite.
inline const std::map<std::string, uint64_t> &getBestKnownPeaks() {
  static const std::map<std::string, uint64_t> peaks = {
      {"A", 1048576}, {"B", 1048576}, {"C", 1039360}, {"D", 1024000},
      {"E", 1048576}, {"F", 1048576}, {"G", 1048576}, {"H", 1048576},
      {"I", 1048576}, {"J", 1015808}, {"K", 1048576}};
  return peaks;
}

/// `value` as a percentage above `reference`, one decimal; "-" without one.
inline std::string percentAbove(uint64_t value, uint64_t reference) {
  if (reference == 0)
    return "-";
  double percent =
      100.0 * (double(value) - double(reference)) / double(reference);
  return llvm::formatv("{0:f1}", percent).str();
}

} // namespace memplan::bench

#endif // MEMPLAN_BENCH_SUITEREFERENCE_H
