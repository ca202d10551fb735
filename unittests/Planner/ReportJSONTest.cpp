//===- ReportJSONTest.cpp - The JSON plan report --------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Parses the JSON report of the plan in ReportFixture.h back with llvm::json
// and checks every figure against the hand derivation there.
//
//===----------------------------------------------------------------------===//

#include "ReportFixture.h"

#include "llvm/Support/JSON.h"

using namespace memplan;
using namespace memplan::testing;

namespace {

llvm::json::Value parseReport(const std::string &text) {
  llvm::Expected<llvm::json::Value> value = llvm::json::parse(text);
  if (!value) {
    ADD_FAILURE() << llvm::toString(value.takeError()) << "\n" << text;
    return nullptr;
  }
  return std::move(*value);
}

TEST(ReportJSONTest, Summary) {
  llvm::json::Value report =
      parseReport(printReport(makeReportProblem(), makeReportPlan(),
                              ReportFormat::JSON, makeReportLocations()));
  const llvm::json::Object *root = report.getAsObject();
  ASSERT_NE(root, nullptr);
  EXPECT_EQ(root->getString("algorithm"), "by-hand");
  EXPECT_EQ(root->getInteger("lower_bound"), 64);
  EXPECT_EQ(root->getInteger("total_size"), 66); // 48 + 18 + 0
  EXPECT_EQ(root->getBoolean("proven_optimal"), false);
  EXPECT_EQ(root->getBoolean("timed_out"), false);
  EXPECT_EQ(root->getInteger("work"), 7);
}

TEST(ReportJSONTest, Pools) {
  llvm::json::Value report = parseReport(
      printReport(makeReportProblem(), makeReportPlan(), ReportFormat::JSON));
  const llvm::json::Array *pools = report.getAsObject()->getArray("pools");
  ASSERT_NE(pools, nullptr);
  ASSERT_EQ(pools->size(), 3u);

  const llvm::json::Object &sram = *(*pools)[0].getAsObject();
  EXPECT_EQ(sram.getString("name"), "sram");
  EXPECT_EQ(sram.getInteger("capacity"), 64);
  EXPECT_EQ(sram.getInteger("alignment"), 16);
  EXPECT_EQ(sram.getInteger("used"), 48);
  EXPECT_EQ(sram.getInteger("lower_bound"), 48);
  EXPECT_EQ(sram.getInteger("buffers"), 3);
  EXPECT_EQ(sram.getString("utilisation_percent"), "100.00");  // 48 / 48
  EXPECT_EQ(sram.getString("capacity_used_percent"), "75.00"); // 48 / 64

  const llvm::json::Object &dram = *(*pools)[1].getAsObject();
  EXPECT_EQ(dram.getString("name"), "dram");
  ASSERT_NE(dram.get("capacity"), nullptr);
  EXPECT_EQ(*dram.get("capacity"), nullptr); // unbounded
  EXPECT_EQ(dram.getInteger("used"), 18);
  EXPECT_EQ(dram.getInteger("lower_bound"), 16);
  EXPECT_EQ(dram.getInteger("buffers"), 3);
  // 16 / 18 = 88.888...% rounds to 88.89.
  EXPECT_EQ(dram.getString("utilisation_percent"), "88.89");
  EXPECT_EQ(*dram.get("capacity_used_percent"), nullptr);

  const llvm::json::Object &spare = *(*pools)[2].getAsObject();
  EXPECT_EQ(spare.getInteger("used"), 0);
  EXPECT_EQ(spare.getInteger("buffers"), 0);
  EXPECT_EQ(*spare.get("utilisation_percent"), nullptr);       // nothing used
  EXPECT_EQ(spare.getString("capacity_used_percent"), "0.00"); // 0 / 100
}

TEST(ReportJSONTest, Buffers) {
  llvm::json::Value report =
      parseReport(printReport(makeReportProblem(), makeReportPlan(),
                              ReportFormat::JSON, makeReportLocations()));
  const llvm::json::Array *buffers = report.getAsObject()->getArray("buffers");
  ASSERT_NE(buffers, nullptr);
  ASSERT_EQ(buffers->size(), 6u);

  // c: 16 bytes, alignment 16, in sram at 16, live [0,2) and [6,8).
  const llvm::json::Object &c = *(*buffers)[2].getAsObject();
  EXPECT_EQ(c.getString("name"), "c");
  EXPECT_EQ(c.getInteger("size"), 16);
  EXPECT_EQ(c.getInteger("alignment"), 16);
  EXPECT_EQ(c.getString("pool"), "sram");
  EXPECT_EQ(c.getInteger("offset"), 16);
  EXPECT_EQ(c.getInteger("end"), 32);
  const llvm::json::Array *intervals = c.getArray("intervals");
  ASSERT_NE(intervals, nullptr);
  ASSERT_EQ(intervals->size(), 2u);
  EXPECT_EQ((*intervals)[0], llvm::json::Value(llvm::json::Array{0, 2}));
  EXPECT_EQ((*intervals)[1], llvm::json::Value(llvm::json::Array{6, 8}));
  EXPECT_EQ(*c.get("location"), nullptr); // unknown

  // e: 6 bytes in dram at 12, live [2,5), location given.
  const llvm::json::Object &d = *(*buffers)[3].getAsObject();
  EXPECT_EQ(d.getString("name"), "d");
  EXPECT_EQ(d.getString("pool"), "dram");
  EXPECT_EQ(d.getInteger("offset"), 0);
  EXPECT_EQ(d.getString("location"), "net.mlir:6:8");
  const llvm::json::Object &e = *(*buffers)[4].getAsObject();
  EXPECT_EQ(e.getInteger("offset"), 12);
  EXPECT_EQ(e.getInteger("end"), 18);

  // f has no interval.
  const llvm::json::Object &f = *(*buffers)[5].getAsObject();
  EXPECT_EQ(f.getString("name"), "f");
  ASSERT_NE(f.getArray("intervals"), nullptr);
  EXPECT_TRUE(f.getArray("intervals")->empty());
}

TEST(ReportJSONTest, NoLocationsGiven) {
  llvm::json::Value report = parseReport(
      printReport(makeReportProblem(), makeReportPlan(), ReportFormat::JSON));
  for (const llvm::json::Value &buffer :
       *report.getAsObject()->getArray("buffers"))
    EXPECT_EQ(*buffer.getAsObject()->get("location"), nullptr);
}

TEST(ReportJSONTest, SixtyFourBitFigures) {
  // A buffer of 2^62 + 1 bytes at offset 2^61 in an unbounded pool ends at
  // 2^62 + 2^61 + 1 = 6917529027641081857, which a double cannot hold (it
  // needs 63 significant bits). With x = 2^60 the utilisation is
  // (4x + 1) / (6x + 1) = 2/3 + 1 / (3 (6x + 1)), which prints as 66.67.
  Problem problem;
  problem.pools = {{"huge", std::nullopt, 1}};
  Buffer buffer;
  buffer.name = "big";
  buffer.size = (uint64_t(1) << 62) + 1;
  buffer.intervals = {{0, 1}};
  problem.buffers = {buffer};
  Plan plan;
  plan.algorithm = "by-hand";
  plan.placements = {{0, uint64_t(1) << 61}};
  plan.poolSizes = {6917529027641081857u};
  plan.poolLowerBounds = {buffer.size};
  plan.lowerBound = buffer.size;

  llvm::json::Value report =
      parseReport(printReport(problem, plan, ReportFormat::JSON));
  const llvm::json::Object &pool =
      *(*report.getAsObject()->getArray("pools"))[0].getAsObject();
  EXPECT_EQ(pool.getInteger("used"), 6917529027641081857);
  EXPECT_EQ(pool.getInteger("lower_bound"), 4611686018427387905); // 2^62 + 1
  EXPECT_EQ(pool.getString("utilisation_percent"), "66.67");
  const llvm::json::Object &big =
      *(*report.getAsObject()->getArray("buffers"))[0].getAsObject();
  EXPECT_EQ(big.getInteger("offset"), 2305843009213693952); // 2^61
  EXPECT_EQ(big.getInteger("end"), 6917529027641081857);
}

} // namespace
