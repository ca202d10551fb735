//===- ReportFixture.h - A small plan worked out by hand --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The plan every report test prints. Pools:
//   sram  capacity 64, alignment 16
//   dram  unbounded,   alignment 1
//   spare capacity 100, alignment 1 (no buffer)
// Buffers (size, alignment, candidate pool, intervals -> offset):
//   a 16 16 sram [0,4)        -> 0     bytes [0,16)
//   b 32 16 sram [2,6)        -> 16    bytes [16,48)
//   c 16 16 sram [0,2) [6,8)  -> 16    bytes [16,32), shares with b: their
//                                      intervals never overlap
//   d 10  1 dram [1,3)        -> 0     bytes [0,10)
//   e  6  1 dram [2,5)        -> 12    bytes [12,18), two bytes above d: a
//                                      valid but not optimal placement
//   f  4  1 dram no interval, explicit conflict with e -> 0, bytes [0,4)
//
// Pool sizes: sram 48, dram 18, spare 0.
// Per-pool lower bounds (largest live total): sram 48 (a + b at [2,4));
// dram 16 (d + e at [2,3)); spare 0.
// Whole-problem lower bound: at [2,3) a + b + d + e = 16 + 32 + 10 + 6 = 64.
// Total size 48 + 18 = 66.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_UNITTESTS_PLANNER_REPORTFIXTURE_H
#define MEMPLAN_UNITTESTS_PLANNER_REPORTFIXTURE_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"
#include "memplan/Planner/Report.h"

#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

namespace memplan::testing {

inline Problem makeReportProblem() {
  Problem problem;
  problem.pools = {
      {"sram", 64, 16}, {"dram", std::nullopt, 1}, {"spare", 100, 1}};
  auto addBuffer = [&](const char *name, uint64_t size, uint64_t alignment,
                       PoolId pool, std::vector<Interval> intervals) {
    Buffer buffer;
    buffer.name = name;
    buffer.size = size;
    buffer.alignment = alignment;
    buffer.candidatePools = {pool};
    buffer.intervals = std::move(intervals);
    problem.buffers.push_back(std::move(buffer));
  };
  addBuffer("a", 16, 16, 0, {{0, 4}});
  addBuffer("b", 32, 16, 0, {{2, 6}});
  addBuffer("c", 16, 16, 0, {{0, 2}, {6, 8}});
  addBuffer("d", 10, 1, 1, {{1, 3}});
  addBuffer("e", 6, 1, 1, {{2, 5}});
  addBuffer("f", 4, 1, 1, {});
  problem.buffers.back().explicitConflicts = {4}; // f conflicts with e.
  return problem;
}

inline Plan makeReportPlan() {
  Plan plan;
  plan.algorithm = "by-hand";
  plan.placements = {{0, 0}, {0, 16}, {0, 16}, {1, 0}, {1, 12}, {1, 0}};
  plan.poolSizes = {48, 18, 0};
  plan.poolLowerBounds = {48, 16, 0};
  plan.lowerBound = 64;
  plan.work = 7;
  return plan;
}

inline std::vector<std::string> makeReportLocations() {
  return {"net.mlir:3:8", "net.mlir:4:8", "", "net.mlir:6:8", "", ""};
}

/// The report of `problem` and `plan` in `format`; fails the test on error.
inline std::string printReport(const Problem &problem, const Plan &plan,
                               ReportFormat format,
                               llvm::ArrayRef<std::string> locations = {}) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::Error error = writeReport({problem, plan, locations}, format, os);
  EXPECT_FALSE(static_cast<bool>(error)) << llvm::toString(std::move(error));
  return text;
}

} // namespace memplan::testing

#endif // MEMPLAN_UNITTESTS_PLANNER_REPORTFIXTURE_H
