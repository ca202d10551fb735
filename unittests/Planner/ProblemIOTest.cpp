//===- ProblemIOTest.cpp - CSV and JSON readers and writers ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/ProblemIO.h"

#include "gtest/gtest.h"

using namespace memplan;

namespace {

std::string csvError(llvm::StringRef text) {
  llvm::Expected<Problem> problem = readProblemCSV(text, "p.csv");
  if (problem) {
    ADD_FAILURE() << "no error for: " << text.str();
    return "";
  }
  return llvm::toString(problem.takeError());
}

std::string jsonError(llvm::StringRef text) {
  llvm::Expected<Problem> problem = readProblemJSON(text, "p.json");
  if (problem) {
    ADD_FAILURE() << "no error for: " << text.str();
    return "";
  }
  return llvm::toString(problem.takeError());
}

TEST(ProblemIOTest, ReadsCSV) {
  llvm::Expected<Problem> problem = readProblemCSV(
      "id,lower,upper,size\r\n0,0,10,64\n\n 1 , 5 , 20 , 32 \n", "p.csv");
  ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
  ASSERT_EQ(problem->pools.size(), 1u);
  EXPECT_EQ(problem->pools[0].name, kCSVPoolName);
  EXPECT_FALSE(problem->pools[0].capacity.has_value());
  ASSERT_EQ(problem->buffers.size(), 2u);
  EXPECT_EQ(problem->buffers[1].name, "1");
  EXPECT_EQ(problem->buffers[1].size, 32u);
  EXPECT_EQ(problem->buffers[1].intervals,
            (std::vector<Interval>{Interval{5, 20}}));
  EXPECT_EQ(problem->buffers[1].alignment, 1u);
}

TEST(ProblemIOTest, ReadsCSVWithAlignment) {
  llvm::Expected<Problem> problem =
      readProblemCSV("id,lower,upper,size,alignment\na,0,1,8,16\n", "p.csv");
  ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
  EXPECT_EQ(problem->buffers[0].alignment, 16u);
}

/// MiniMalloc's old header: `start` is `lower`, `end` the last live step;
/// the solution keeps the header and gives `end` back.
TEST(ProblemIOTest, ReadsAndWritesMiniMallocSpelling) {
  CSVHeader header;
  llvm::Expected<Problem> problem =
      readProblemCSV("size,end,buffer_id,start\n8,4,a,2\n", "p.csv", &header);
  ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
  EXPECT_EQ(problem->buffers[0].name, "a");
  EXPECT_EQ(problem->buffers[0].size, 8u);
  EXPECT_EQ(problem->buffers[0].intervals,
            (std::vector<Interval>{Interval{2, 5}}));
  Plan plan;
  plan.placements = {{0, 0}};
  std::string text;
  llvm::raw_string_ostream os(text);
  ASSERT_FALSE(bool(writeSolutionCSV(*problem, plan, os, &header)));
  EXPECT_EQ(text, "size,end,buffer_id,start,offset\n8,4,a,2,0\n");
}

TEST(ProblemIOTest, CSVErrors) {
  EXPECT_EQ(csvError(""), "p.csv: empty file");
  EXPECT_EQ(csvError(" \n\n"), "p.csv: empty file");
  EXPECT_EQ(csvError("id,first,last,size\n"),
            "p.csv:1: unknown column 'first' in the header "
            "'id,first,last,size' (expected id, lower, upper, size and "
            "optionally alignment, offset, gaps and hint, or MiniMalloc's "
            "buffer, begin, start and end)");
  EXPECT_EQ(csvError(llvm::StringRef("\x7f\x01\x00zz", 5)),
            "p.csv:1: unknown column '???zz' in the header '???zz' (expected "
            "id, lower, upper, size and optionally alignment, offset, gaps and "
            "hint, or MiniMalloc's buffer, begin, start and end)");
  EXPECT_EQ(csvError("buffer,id,lower,upper,size\n"),
            "p.csv:1: columns 'buffer' and 'id' both give the buffer's id "
            "(id, buffer or buffer_id)");
  EXPECT_EQ(csvError("id,lower,size\n"),
            "p.csv:1: the header 'id,lower,size' has no column for the end of "
            "the lifetime (upper, or end for the last time step)");
  EXPECT_EQ(csvError("id,start,end,size\na,0,9223372036854775807,1\n"),
            "p.csv:2: end: 9223372036854775807 is the largest time; nothing "
            "can follow it");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,10\n"),
            "p.csv:2: expected 4 columns (id,lower,upper,size), found 3");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,10,4,5\n"),
            "p.csv:2: expected 4 columns (id,lower,upper,size), found 5");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,ten,4\n"),
            "p.csv:2: upper: 'ten' is not a non-negative integer");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,10,\n"),
            "p.csv:2: size: expected a non-negative integer, found an empty "
            "field");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,-1,10,4\n"),
            "p.csv:2: lower: -1 is negative");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,10,9223372036854775808\n"),
            "p.csv:2: size: 9223372036854775808 exceeds 2^63-1");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,0,10,99999999999999999999999\n"),
            "p.csv:2: size: 99999999999999999999999 exceeds 2^63-1");
  EXPECT_EQ(csvError("id,lower,upper,size\n0,10,10,4\n"),
            "p.csv:2: buffer '0': lower 10 is not below upper 10");
  EXPECT_EQ(csvError("id,lower,upper,size\nx,0,1,4\n\nx,0,1,4\n"),
            "p.csv:4: duplicate id 'x' (first on line 2)");
  EXPECT_EQ(csvError("id,lower,upper,size\n,0,1,4\n"), "p.csv:2: empty id");
  EXPECT_EQ(csvError("id,lower,upper,size,alignment\nx,0,1,4,12\n"),
            "p.csv:2: alignment 12 is not a power of two");
  EXPECT_EQ(csvError("id,lower,upper,size,alignment\nx,0,1,4,0\n"),
            "p.csv:2: alignment 0 is not a power of two");
}

TEST(ProblemIOTest, ReadsJSON) {
  llvm::Expected<Problem> problem = readProblemJSON(R"({
    "pools": [{"name": "sram", "capacity": 262144, "alignment": 16},
              {"name": "dram"}],
    "buffers": [{"name": "sid_8", "size": 802816, "alignment": 16,
                 "pools": ["sram", "dram"], "intervals": [[3, 9], [12, 14]],
                 "conflicts": ["tensor_2"]},
                {"name": "tensor_2", "size": 200704}]})",
                                                    "p.json");
  ASSERT_TRUE(bool(problem)) << llvm::toString(problem.takeError());
  ASSERT_EQ(problem->pools.size(), 2u);
  EXPECT_EQ(problem->pools[0].capacity, std::optional<uint64_t>(262144));
  EXPECT_EQ(problem->pools[0].alignment, 16u);
  EXPECT_FALSE(problem->pools[1].capacity.has_value());
  const Buffer &sid8 = problem->buffers[0];
  EXPECT_EQ(sid8.size, 802816u);
  EXPECT_EQ(sid8.candidatePools, (std::vector<PoolId>{0, 1}));
  EXPECT_EQ(sid8.intervals, (std::vector<Interval>{{3, 9}, {12, 14}}));
  EXPECT_EQ(sid8.explicitConflicts, (std::vector<BufferId>{1}));
  EXPECT_TRUE(problem->buffers[1].candidatePools.empty());
}

TEST(ProblemIOTest, JSONErrors) {
  auto withBuffer = [](llvm::StringRef buffer) {
    return R"({"pools": [{"name": "p"}], "buffers": [)" + buffer.str() + "]}";
  };
  EXPECT_EQ(jsonError(""), "p.json: empty file");
  // The text is 11 bytes long; the parser reports the end of it.
  EXPECT_EQ(jsonError("{\"pools\": ["),
            "p.json: invalid JSON: [1:11, byte=11]: Unexpected EOF");
  EXPECT_EQ(jsonError("[]"),
            "p.json: expected an object with arrays 'pools' and 'buffers'");
  EXPECT_EQ(jsonError(R"({"pools": [], "buffers": [], "extra": 1})"),
            "p.json: unknown key 'extra'");
  EXPECT_EQ(jsonError(R"({"pools": [{"name": "p", "alignment": 3}],
                          "buffers": []})"),
            "p.json: pool 'p': alignment 3 is not a power of two");
  EXPECT_EQ(jsonError(R"({"pools": [{"name": "p"}, {"name": "p"}],
                          "buffers": []})"),
            "p.json: pool 'p': duplicate pool name");
  EXPECT_EQ(jsonError(R"({"pools": [{"capacity": 3}], "buffers": []})"),
            "p.json: pool #0: missing 'name'");
  EXPECT_EQ(jsonError(withBuffer(R"({"name": "x"})")),
            "p.json: buffer 'x': missing 'size'");
  EXPECT_EQ(jsonError(withBuffer(R"({"name": "x", "size": -4})")),
            "p.json: buffer 'x': size: expected a non-negative integer, found "
            "a negative number");
  EXPECT_EQ(jsonError(withBuffer(R"({"name": "x", "size": 1.5})")),
            "p.json: buffer 'x': size: expected an integer in [0, 2^63-1], "
            "found a fraction, an exponent or a number beyond 64 bits");
  EXPECT_EQ(
      jsonError(withBuffer(R"({"name": "x", "size": 9223372036854775808})")),
      "p.json: buffer 'x': size: 9223372036854775808 exceeds 2^63-1");
  EXPECT_EQ(
      jsonError(withBuffer(R"({"name": "x", "size": 99999999999999999999})")),
      "p.json: buffer 'x': size: expected an integer in [0, 2^63-1], found a "
      "fraction, an exponent or a number beyond 64 bits");
  EXPECT_EQ(jsonError(withBuffer(R"({"name": "x", "size": "4"})")),
            "p.json: buffer 'x': size: expected a non-negative integer");
  EXPECT_EQ(jsonError(withBuffer(R"({"name": "x", "size": 4, "sise": 4})")),
            "p.json: buffer 'x': unknown key 'sise'");
  EXPECT_EQ(
      jsonError(withBuffer(R"({"name": "x", "size": 4, "pools": ["q"]})")),
      "p.json: buffer 'x': unknown pool 'q'");
  EXPECT_EQ(jsonError(withBuffer(
                R"({"name": "x", "size": 4, "intervals": [[5, 5]]})")),
            "p.json: buffer 'x': interval [5, 5) does not start before it "
            "ends");
  EXPECT_EQ(jsonError(withBuffer(
                R"({"name": "x", "size": 4, "intervals": [[1, 2, 3]]})")),
            "p.json: buffer 'x': 'intervals' must be an array of [start, end] "
            "pairs");
  EXPECT_EQ(jsonError(withBuffer(
                R"({"name": "x", "size": 4, "conflicts": ["nobody"]})")),
            "p.json: buffer 'x': unknown conflict 'nobody'");
  EXPECT_EQ(jsonError(withBuffer(
                R"({"name": "x", "size": 4}, {"name": "x", "size": 4})")),
            "p.json: buffer 'x': duplicate buffer name");
  EXPECT_EQ(
      jsonError(withBuffer(R"({"name": "x", "size": 4, "alignment": 6})")),
      "p.json: buffer 'x': alignment 6 is not a power of two");
  EXPECT_EQ(
      jsonError(R"({"pools": [], "buffers": [{"name": "x", "size": 1}]})"),
      "p.json: buffer 'x': no candidate pool (the problem has no "
      "pools)");
}

TEST(ProblemIOTest, JSONProblemRoundTrip) {
  Problem problem;
  problem.pools.push_back({"sram", 1024, 16});
  problem.pools.push_back({"dram", std::nullopt, 1});
  Buffer a;
  a.name = "a\"quoted\"";
  a.size = 100;
  a.alignment = 8;
  a.candidatePools = {1, 0};
  a.intervals = {{0, 4}, {6, 9}};
  Buffer b;
  b.name = "b";
  b.size = 5;
  b.explicitConflicts = {0};
  problem.buffers = {a, b};
  std::string text;
  llvm::raw_string_ostream os(text);
  writeProblemJSON(problem, os);
  llvm::Expected<Problem> back = readProblemJSON(text, "round.json");
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError()) << "\n" << text;
  ASSERT_EQ(back->pools.size(), 2u);
  EXPECT_EQ(back->pools[0].capacity, problem.pools[0].capacity);
  EXPECT_EQ(back->pools[0].alignment, 16u);
  ASSERT_EQ(back->buffers.size(), 2u);
  EXPECT_EQ(back->buffers[0].name, a.name);
  EXPECT_EQ(back->buffers[0].candidatePools, a.candidatePools);
  EXPECT_EQ(back->buffers[0].intervals, a.intervals);
  EXPECT_EQ(back->buffers[0].alignment, 8u);
  EXPECT_EQ(back->buffers[1].explicitConflicts, b.explicitConflicts);
}

TEST(ProblemIOTest, WritesSolutions) {
  llvm::Expected<Problem> problem =
      readProblemCSV("id,lower,upper,size\nx,0,10,64\ny,5,20,32\n", "p.csv");
  ASSERT_TRUE(bool(problem));
  Plan plan;
  plan.algorithm = "hand";
  plan.lowerBound = 96;
  plan.placements = {{0, 0}, {0, 64}};
  computePoolSizes(*problem, plan);

  std::string csv;
  llvm::raw_string_ostream csvStream(csv);
  ASSERT_FALSE(bool(writeSolutionCSV(*problem, plan, csvStream)));
  EXPECT_EQ(csv, "id,lower,upper,size,offset\nx,0,10,64,0\ny,5,20,32,64\n");

  std::string json;
  llvm::raw_string_ostream jsonStream(json);
  writeSolutionJSON(*problem, plan, jsonStream);
  EXPECT_EQ(json, "{\"algorithm\": \"hand\",\n"
                  " \"lower_bound\": 96,\n"
                  " \"pools\": [\n"
                  "  {\"name\":\"memory\",\"size\":96}],\n"
                  " \"buffers\": [\n"
                  "  {\"name\":\"x\",\"pool\":\"memory\",\"offset\":0},\n"
                  "  {\"name\":\"y\",\"pool\":\"memory\",\"offset\":64}]}\n");
}

TEST(ProblemIOTest, CSVCannotHoldEveryProblem) {
  Problem problem;
  problem.pools.push_back({"a", std::nullopt, 1});
  problem.pools.push_back({"b", std::nullopt, 1});
  std::string text;
  llvm::raw_string_ostream os(text);
  EXPECT_EQ(llvm::toString(writeProblemCSV(problem, os)),
            "the problem cannot be written as CSV: it has 2 pools");
}

TEST(ProblemIOTest, FormatByExtension) {
  EXPECT_EQ(*getFileFormat("dir/x.CSV"), FileFormat::CSV);
  EXPECT_EQ(*getFileFormat("x.json"), FileFormat::JSON);
  EXPECT_EQ(llvm::toString(getFileFormat("x.txt").takeError()),
            "x.txt: unknown file format (expected a .csv or .json extension)");
}

} // namespace
