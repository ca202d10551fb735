//===- ReportTest.cpp - Report formats, errors and number formatting ------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ReportFixture.h"
#include "Report/ReportModel.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace memplan;
using namespace memplan::testing;

namespace {

TEST(ReportTest, FormatNames) {
  for (ReportFormat format : {ReportFormat::JSON, ReportFormat::Text,
                              ReportFormat::SVG, ReportFormat::HTML}) {
    llvm::Expected<ReportFormat> parsed =
        parseReportFormat(getReportFormatName(format));
    ASSERT_TRUE(static_cast<bool>(parsed))
        << llvm::toString(parsed.takeError());
    EXPECT_EQ(*parsed, format);
  }
  EXPECT_EQ(getReportFormatName(ReportFormat::Text), "text");
  llvm::Expected<ReportFormat> bad = parseReportFormat("xml");
  ASSERT_FALSE(static_cast<bool>(bad));
  EXPECT_EQ(llvm::toString(bad.takeError()),
            "unknown report format 'xml' (expected json, text, svg or html)");
}

TEST(ReportTest, FormatFromNameOrExtension) {
  auto select = [](llvm::StringRef name, llvm::StringRef path) {
    llvm::Expected<ReportFormat> format = selectReportFormat(name, path);
    EXPECT_TRUE(static_cast<bool>(format))
        << llvm::toString(format.takeError());
    return format ? getReportFormatName(*format).str() : std::string();
  };
  EXPECT_EQ(select("", "plan.json"), "json");
  EXPECT_EQ(select("", "out/plan.SVG"), "svg");
  EXPECT_EQ(select("", "plan.txt"), "text");
  EXPECT_EQ(select("", "-"), "text");
  EXPECT_EQ(select("", "plan.html"), "html");
  EXPECT_EQ(select("", "plan.HTM"), "html");
  // An explicit name wins over the extension.
  EXPECT_EQ(select("svg", "plan.json"), "svg");
  llvm::Expected<ReportFormat> bad = selectReportFormat("pdf", "plan.json");
  ASSERT_FALSE(static_cast<bool>(bad));
  llvm::consumeError(bad.takeError());
}

/// The HTML report keeps every number exact: what JavaScript cannot hold
/// exactly (2^53 and beyond) is written as a string of digits.
TEST(ReportTest, HTMLNumbersBeyondJavaScript) {
  Problem problem;
  problem.pools.push_back({"big", std::nullopt, 1});
  uint64_t size = (uint64_t(1) << 53) + 1; // 9007199254740993
  problem.buffers.push_back({"a", size, 1, {}, {{0, 2}}, {}});
  problem.buffers.push_back({"b", 7, 1, {}, {{1, 3}}, {}});
  Plan plan;
  plan.algorithm = "by-hand";
  plan.placements = {{0, 0}, {0, size}};
  plan.poolSizes = {size + 7};
  plan.poolLowerBounds = {size + 7};
  plan.lowerBound = size + 7;
  std::string text;
  llvm::raw_string_ostream os(text);
  ASSERT_FALSE(
      static_cast<bool>(writeReport({problem, plan}, ReportFormat::HTML, os)));
  EXPECT_NE(text.find("\"buffers\":[\"9007199254740993\",1,0,0,1,0,2,\n"
                      "7,1,0,\"9007199254740993\",1,1,3]"),
            std::string::npos);
  EXPECT_NE(text.find("\"used\":\"9007199254741000\""), std::string::npos);
}

/// The error message of writing the report, or "" when it succeeds.
std::string reportError(const Problem &problem, const Plan &plan,
                        llvm::ArrayRef<std::string> locations = {}) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::Error error =
      writeReport({problem, plan, locations}, ReportFormat::JSON, os);
  if (!error)
    return "";
  EXPECT_TRUE(text.empty()) << "wrote a report of an invalid plan";
  return llvm::toString(std::move(error));
}

TEST(ReportTest, RejectsOverlappingPlan) {
  // e moved to offset 8: bytes [8,14) overlap d's [0,10) while both are
  // live at [2,3).
  Plan plan = makeReportPlan();
  plan.placements[4].offset = 8;
  plan.poolSizes[1] = 14;
  std::string message = reportError(makeReportProblem(), plan);
  EXPECT_NE(message.find("internal error: cannot report an invalid plan"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("'d'"), std::string::npos) << message;
}

TEST(ReportTest, RejectsWrongPoolSize) {
  Plan plan = makeReportPlan();
  plan.poolSizes[0] = 64; // the buffers of sram end at 48
  EXPECT_NE(reportError(makeReportProblem(), plan), "");
}

TEST(ReportTest, RejectsMissingLowerBounds) {
  Plan plan = makeReportPlan();
  plan.poolLowerBounds.clear();
  EXPECT_EQ(reportError(makeReportProblem(), plan),
            "internal error: the plan has 0 pool lower bounds for 3 pools");
}

TEST(ReportTest, RejectsWrongNumberOfLocations) {
  EXPECT_EQ(reportError(makeReportProblem(), makeReportPlan(), {"x:1:1"}),
            "internal error: 1 source locations for 6 buffers");
}

TEST(ReportTest, ValidPlanHasNoError) {
  EXPECT_EQ(
      reportError(makeReportProblem(), makeReportPlan(), makeReportLocations()),
      "");
}

TEST(ReportTest, SameInputSameBytes) {
  for (ReportFormat format : {ReportFormat::JSON, ReportFormat::Text,
                              ReportFormat::SVG, ReportFormat::HTML}) {
    std::string first = printReport(makeReportProblem(), makeReportPlan(),
                                    format, makeReportLocations());
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, printReport(makeReportProblem(), makeReportPlan(), format,
                                 makeReportLocations()));
  }
}

TEST(ReportTest, WritesFile) {
  llvm::SmallString<128> path;
  ASSERT_FALSE(
      llvm::sys::fs::createTemporaryFile("memplan-report", "txt", path));
  llvm::Error error = writeReportFile({makeReportProblem(), makeReportPlan()},
                                      ReportFormat::Text, path);
  ASSERT_FALSE(static_cast<bool>(error)) << llvm::toString(std::move(error));
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path);
  ASSERT_TRUE(static_cast<bool>(file));
  EXPECT_EQ(
      (*file)->getBuffer().str(),
      printReport(makeReportProblem(), makeReportPlan(), ReportFormat::Text));
  llvm::sys::fs::remove(path);
}

TEST(ReportTest, FileOfInvalidPlanIsNotCreated) {
  llvm::SmallString<128> directory;
  ASSERT_FALSE(
      llvm::sys::fs::createUniqueDirectory("memplan-report", directory));
  llvm::SmallString<128> path(directory);
  path += "/report.json";
  Plan plan = makeReportPlan();
  plan.poolLowerBounds.clear();
  llvm::Error error =
      writeReportFile({makeReportProblem(), plan}, ReportFormat::JSON, path);
  EXPECT_TRUE(static_cast<bool>(error));
  llvm::consumeError(std::move(error));
  EXPECT_FALSE(llvm::sys::fs::exists(path));
  llvm::sys::fs::remove(directory);
}

TEST(ReportTest, UnwritableFile) {
  llvm::Error error =
      writeReportFile({makeReportProblem(), makeReportPlan()},
                      ReportFormat::JSON, "/nonexistent-dir/report.json");
  ASSERT_TRUE(static_cast<bool>(error));
  EXPECT_NE(llvm::toString(std::move(error))
                .find("cannot write report '/nonexistent-dir/report.json'"),
            std::string::npos);
}

TEST(ReportNumbersTest, PercentRoundsHalfUp) {
  using report::formatPercent;
  EXPECT_EQ(formatPercent(1, 3), "33.33"); // 33.333...
  EXPECT_EQ(formatPercent(2, 3), "66.67"); // 66.666...
  EXPECT_EQ(formatPercent(1, 8), "12.50"); // exact
  EXPECT_EQ(formatPercent(3, 3), "100.00");
  EXPECT_EQ(formatPercent(0, 7), "0.00");
  EXPECT_EQ(formatPercent(1, 20000), "0.01"); // 0.005 % rounds up
  EXPECT_EQ(formatPercent(1, 20001), "0.00"); // just below 0.005 %
  EXPECT_EQ(formatPercent(3, 2), "150.00");
  // Beyond 64-bit intermediates: (2^64-1)/(2^64-1) and (2^64-1)/1, that is
  // 18446744073709551615 * 100 = 1844674407370955161500 percent.
  EXPECT_EQ(formatPercent(UINT64_MAX, UINT64_MAX), "100.00");
  EXPECT_EQ(formatPercent(UINT64_MAX, 1), "1844674407370955161500.00");
  // (2^63 - 1) / 2^63 = 99.99999... %
  EXPECT_EQ(formatPercent(INT64_MAX, uint64_t(1) << 63), "100.00");
}

TEST(ReportNumbersTest, ScaleDownIsExact) {
  using report::scaleDown;
  EXPECT_EQ(scaleDown(3, 8, 600), 225u);
  EXPECT_EQ(scaleDown(10, 18, 300), 166u); // 166.67
  EXPECT_EQ(scaleDown(0, 5, 300), 0u);
  EXPECT_EQ(scaleDown(5, 5, 300), 300u);
  // 2^64 - 2 of 2^64 - 1: floor(300 (1 - 1/(2^64 - 1))) = 299.
  EXPECT_EQ(scaleDown(UINT64_MAX - 1, UINT64_MAX, 300), 299u);
  EXPECT_EQ(scaleDown(UINT64_MAX, UINT64_MAX, 300), 300u);
}

TEST(ReportNumbersTest, Intervals) {
  EXPECT_EQ(report::formatIntervals({}), "-");
  EXPECT_EQ(report::formatIntervals({{-3, 2}, {5, 9}}), "[-3,2) [5,9)");
}

} // namespace
