//===- ReportTextTest.cpp - The text-table plan report --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The text report of the plan in ReportFixture.h, line by line. Columns are
// two spaces apart, padded to their widest cell (numbers right-aligned, text
// left-aligned), without trailing spaces.
//
//===----------------------------------------------------------------------===//

#include "ReportFixture.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

using namespace memplan;
using namespace memplan::testing;

namespace {

std::vector<std::string> splitLines(llvm::StringRef text) {
  EXPECT_TRUE(text.ends_with("\n"));
  llvm::SmallVector<llvm::StringRef> lines;
  text.drop_back().split(lines, '\n');
  return std::vector<std::string>(lines.begin(), lines.end());
}

TEST(ReportTextTest, Tables) {
  std::vector<std::string> lines =
      splitLines(printReport(makeReportProblem(), makeReportPlan(),
                             ReportFormat::Text, makeReportLocations()));
  std::vector<std::string> expected = {
      "memplan plan report",
      "algorithm: by-hand",
      "total size: 66 bytes, lower bound: 64 bytes", // 48 + 18 + 0
      "",
      // Column widths: pool 5 ("spare"), capacity 8, alignment 9, used 4,
      // lower bound 11, utilisation 11, capacity used 13, buffers 7 (the
      // headers). sram: 48/48 = 100.00 %, 48/64 = 75.00 % of capacity.
      // dram: 16/18 = 88.888... % -> 88.89 %, unbounded. spare: empty.
      "pool   capacity  alignment  used  lower bound  utilisation  capacity "
      "used  buffers",
      "sram         64         16    48           48      100.00%         "
      "75.00%        3",
      "dram          -          1    18           16       88.89%          "
      "    -        3",
      "spare       100          1     0            0            -          "
      "0.00%        0",
      "",
      // Widths: buffer 6, size 4, alignment 9, pool 4, offset 6, end 3,
      // intervals 11 ("[0,2) [6,8)"), location last (no padding).
      "buffer  size  alignment  pool  offset  end  intervals    location",
      "a         16         16  sram       0   16  [0,4)        net.mlir:3:8",
      "b         32         16  sram      16   48  [2,6)        net.mlir:4:8",
      "c         16         16  sram      16   32  [0,2) [6,8)  -",
      "d         10          1  dram       0   10  [1,3)        net.mlir:6:8",
      "e          6          1  dram      12   18  [2,5)        -",
      "f          4          1  dram       0    4  -            -",
  };
  EXPECT_EQ(lines, expected);
}

TEST(ReportTextTest, SearchNotes) {
  Plan plan = makeReportPlan();
  plan.provenOptimal = true;
  plan.timedOut = true;
  std::vector<std::string> lines =
      splitLines(printReport(makeReportProblem(), plan, ReportFormat::Text));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[2],
            "total size: 66 bytes, lower bound: 64 bytes, proven optimal");
  EXPECT_EQ(lines[3],
            "note: the time limit ended the search (the plan is the best "
            "found by then)");
}

TEST(ReportTextTest, NoLocationsGiven) {
  std::vector<std::string> lines = splitLines(
      printReport(makeReportProblem(), makeReportPlan(), ReportFormat::Text));
  // Every location is "-", so the location column is one character wide and
  // the intervals column keeps its width 11.
  ASSERT_EQ(lines.size(), 16u);
  EXPECT_EQ(lines[10], "a         16         16  sram       0   16  [0,4)  "
                       "      -");
}

} // namespace
