//===- memplan-exact-bench.cpp - Exact planner benchmarks -----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// memplan-exact-bench [options] SUITE_DIR
//
// 1. Every .csv problem of SUITE_DIR (the MiniMalloc "challenging" suite)
//    with `exact` (--exact-time-limit, default 10 s) and the default
//    algorithm (--time-limit, default none), each without and with the
//    capacity --capacity (default 1048576): peak, % above the lower bound and
//    the best known peak, whether the peak is proven optimal, time.
// 2. Generated model-like problems (--sizes, default 1000,10000,100000
//    buffers) with the default algorithm: time, peak, % above the lower
//    bound, peak RSS. Each runs in a child process so that its RSS is its own.
// 3. With --minimalloc=PATH (or the MEMPLAN_MINIMALLOC environment variable)
//    the suite problems also go through that MiniMalloc binary, as
//    `PATH --capacity=C --input=FILE --output=OUT`, and its peak and time are
//    printed beside ours. MiniMalloc is not part of memplan; without the
//    option the column says "not configured".
//
//===----------------------------------------------------------------------===//

#include "SuiteReference.h"
#include "ToolSupport.h"
#include "XorShift.h"

#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace memplan;

static llvm::cl::OptionCategory category("memplan-exact-bench options");

static llvm::cl::opt<std::string> suiteDir(llvm::cl::Positional,
                                           llvm::cl::desc("<suite folder>"),
                                           llvm::cl::Required,
                                           llvm::cl::cat(category));
static llvm::cl::opt<double> timeLimit(
    "time-limit",
    llvm::cl::desc("Time limit of the default algorithm (s; default 0: none, "
                   "its fixed work budget)"),
    llvm::cl::init(0.0), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    objective("objective",
              llvm::cl::desc("Objective of the exact runs: peak (default) "
                             "or fit"),
              llvm::cl::init("peak"), llvm::cl::cat(category));
static llvm::cl::opt<double>
    exactTimeLimit("exact-time-limit",
                   llvm::cl::desc("Time limit of the exact algorithm (s)"),
                   llvm::cl::init(10.0), llvm::cl::cat(category));
static llvm::cl::opt<uint64_t>
    capacity("capacity", llvm::cl::desc("Capacity of the runs with a capacity"),
             llvm::cl::init(1048576), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    sizeList("sizes", llvm::cl::desc("Buffer counts of the generated problems"),
             llvm::cl::init("1000,10000,100000"), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    miniMalloc("minimalloc",
               llvm::cl::desc("MiniMalloc binary to run beside (default: "
                              "$MEMPLAN_MINIMALLOC)"),
               llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<bool> skipSuite("skip-suite",
                                     llvm::cl::desc("Skip the suite"),
                                     llvm::cl::cat(category));
static llvm::cl::opt<bool>
    skipGenerated("skip-generated",
                  llvm::cl::desc("Skip the generated problems"),
                  llvm::cl::cat(category));

namespace {

using memplan::bench::percentAbove;
const std::map<std::string, uint64_t> &kBestKnownPeaks =
    memplan::bench::getBestKnownPeaks();

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

/// A model-like problem of exactly `count` buffers, one step per operation:
/// a CNN part in stages (each stage quarters the spatial size and doubles
/// the channels) whose stage outputs are kept for a U-Net-like decoder at the
/// end, residual blocks whose input lives until the block's add, two-branch
/// layers joined by a concat, scratch buffers live during one step, and then
/// transformer-like blocks (Q, K, V, scores, MLP expansion, a residual stream
/// across the block) until `count` is reached. Sizes are multiples of 64.
Problem makeModelLikeProblem(unsigned count) {
  tools::XorShiftStar random(uint64_t(count) * 0x9E3779B97F4A7C15ULL + 1);
  Problem problem;
  problem.pools.push_back(Pool{"memory", std::nullopt, 64});
  auto add = [&](uint64_t size, int64_t start, int64_t end) {
    if (problem.buffers.size() >= count)
      return;
    Buffer buffer;
    buffer.name = "t" + std::to_string(problem.buffers.size());
    buffer.size = std::max<uint64_t>(64, size / 64 * 64);
    buffer.alignment = 64;
    buffer.intervals.push_back({start, end});
    problem.buffers.push_back(buffer);
  };
  int64_t time = 0;
  // CNN encoder: about a fifth of the buffers.
  uint64_t channels = 32, spatial = 56 * 56;
  std::vector<std::pair<uint64_t, int64_t>> skips;
  unsigned encoderBuffers = count / 5;
  while (problem.buffers.size() < encoderBuffers) {
    for (unsigned layer = 0; layer < 8 && problem.buffers.size() < count;
         ++layer) {
      uint64_t activation = channels * spatial;
      if (layer % 4 == 0)
        add(activation, time, time + random.range(3, 6));
      if (random.range(0, 9) == 0) {
        add(activation / 2, time, time + 3);
        add(activation / 2, time + 1, time + 3);
      } else {
        add(activation * random.range(1, 4) / 2, time, time + 2);
      }
      if (random.range(0, 2) == 0)
        add(activation / random.range(4, 16), time, time + 1);
      ++time;
    }
    // A stage ends: its output is kept for the decoder.
    if (spatial > 7 * 7) {
      skips.emplace_back(channels * spatial, time);
      spatial /= 4;
      channels *= 2;
    }
  }
  // Transformer-like blocks; the encoder's stage outputs stay alive until
  // the decoder steps at the very end.
  uint64_t width = 256 * random.range(2, 8), tokens = 128 * random.range(1, 4);
  unsigned decoderSteps = skips.size();
  while (problem.buffers.size() + decoderSteps < count) {
    int64_t blockStart = time;
    uint64_t stream = width * tokens;
    add(stream, blockStart, blockStart + 9);      // residual stream
    add(stream, time, time + 3);                  // Q
    add(stream, time, time + 3);                  // K
    add(stream, time, time + 4);                  // V
    add(tokens * tokens * 4, time + 1, time + 4); // scores
    add(stream, time + 3, time + 5);              // attention output
    add(stream * 4, time + 5, time + 7);          // MLP expansion
    add(stream * random.range(1, 4) / 2, time + 6, time + 8); // MLP output
    if (random.range(0, 3) == 0)
      add(stream / random.range(2, 8), time + 7, time + 8); // scratch
    time += 8;
  }
  for (auto [size, produced] : skips)
    add(size, produced, time + 1 + int64_t(decoderSteps--));
  return problem;
}

/// Runs MiniMalloc on `file` with `cap`; the peak and seconds, or a reason.
std::string runMiniMalloc(const std::string &binary, const std::string &file,
                          uint64_t cap, uint64_t &peak, double &seconds) {
  llvm::SmallString<128> output;
  if (llvm::sys::fs::createTemporaryFile("minimalloc", "csv", output))
    return "no temporary file";
  std::string capacityArg = "--capacity=" + std::to_string(cap);
  std::string inputArg = "--input=" + file;
  std::string outputArg = "--output=" + output.str().str();
  llvm::StringRef args[] = {binary, capacityArg, inputArg, outputArg};
  auto start = std::chrono::steady_clock::now();
  std::string message;
  int status = llvm::sys::ExecuteAndWait(binary, args, std::nullopt, {}, 600, 0,
                                         &message);
  seconds = secondsSince(start);
  if (status != 0)
    return "failed: " +
           (message.empty() ? "exit " + std::to_string(status) : message);
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> text =
      llvm::MemoryBuffer::getFile(output);
  llvm::sys::fs::remove(output);
  if (!text)
    return "no output";
  // MiniMalloc writes the input's columns plus `offset`.
  llvm::SmallVector<llvm::StringRef> lines;
  (*text)->getBuffer().split(lines, '\n', -1, false);
  if (lines.empty())
    return "empty output";
  llvm::SmallVector<llvm::StringRef> header;
  lines[0].trim().split(header, ',');
  auto column = [&](llvm::StringRef name) {
    return std::find(header.begin(), header.end(), name) - header.begin();
  };
  size_t sizeColumn = column("size"), offsetColumn = column("offset");
  if (sizeColumn == header.size() || offsetColumn == header.size())
    return "no size/offset columns";
  peak = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    llvm::SmallVector<llvm::StringRef> fields;
    lines[i].trim().split(fields, ',');
    uint64_t size = 0, offset = 0;
    if (fields.size() != header.size() ||
        fields[sizeColumn].getAsInteger(10, size) ||
        fields[offsetColumn].getAsInteger(10, offset))
      return "unreadable line " + std::to_string(i + 1);
    peak = std::max(peak, offset + size);
  }
  return "";
}

void runSuite(const std::vector<std::string> &files,
              const std::string &miniMallocBinary) {
  llvm::outs() << llvm::formatv(
      "{0,-7} {1,-8} {2,-8} {3,9} {4,9} {5,7} {6,7} {7,-6} {8,8}\n", "problem",
      "algo", "capacity", "peak", "bound", "%>bnd", "%>best", "proven",
      "time(s)");
  for (const std::string &file : files) {
    std::string name = tools::getProblemName(file);
    llvm::Expected<Problem> problem = readProblemFile(file);
    if (!problem) {
      tools::reportError(problem.takeError());
      continue;
    }
    auto best = kBestKnownPeaks.find(name);
    for (const char *algorithm : {"exact", "default"})
      for (bool bounded : {false, true}) {
        Problem instance = *problem;
        if (bounded)
          instance.pools[0].capacity = capacity;
        PlannerOptions options;
        options.algorithm = algorithm;
        options.timeLimitSeconds =
            std::string(algorithm) == "exact" ? exactTimeLimit : timeLimit;
        if (std::string(algorithm) == "exact")
          options.objective = *parseObjective(objective);
        double seconds = 0;
        llvm::Expected<Plan> result =
            tools::planTimed(instance, options, seconds);
        std::string capacityText = bounded ? std::to_string(capacity) : "-";
        if (!result) {
          llvm::outs() << llvm::formatv("{0,-7} {1,-8} {2,-8} error: {3}\n",
                                        name, algorithm, capacityText,
                                        llvm::toString(result.takeError()));
          continue;
        }
        uint64_t peak = result->getTotalSize();
        llvm::outs() << llvm::formatv(
            "{0,-7} {1,-8} {2,-8} {3,9} {4,9} {5,7} {6,7} {7,-6} "
            "{8,8:f3}{9}\n",
            name, algorithm, capacityText, peak, result->lowerBound,
            percentAbove(peak, result->lowerBound),
            best == kBestKnownPeaks.end() ? "-"
                                          : percentAbove(peak, best->second),
            result->provenOptimal ? "yes" : "no", seconds,
            result->timedOut ? " (time limit)" : "");
      }
    if (miniMallocBinary.empty())
      continue;
    uint64_t peak = 0;
    double seconds = 0;
    std::string failure =
        runMiniMalloc(miniMallocBinary, file, capacity, peak, seconds);
    if (!failure.empty())
      llvm::outs() << llvm::formatv("{0,-7} {1,-8} {2,-8} {3}\n", name,
                                    "minimalloc", capacity.getValue(), failure);
    else
      llvm::outs() << llvm::formatv(
          "{0,-7} {1,-8} {2,-8} {3,9} {4,9} {5,7} {6,7} {7,-6} {8,8:f3}\n",
          name, "minimalloc", capacity.getValue(), peak, "-", "-",
          best == kBestKnownPeaks.end() ? "-"
                                        : percentAbove(peak, best->second),
          "-", seconds);
  }
}

/// Plans one generated problem in a child process and prints its row there,
/// so that the peak RSS is that of this problem alone.
void runGenerated(unsigned count) {
  llvm::outs().flush();
  pid_t child = fork();
  if (child < 0) {
    tools::reportError("fork failed");
    return;
  }
  if (child == 0) {
    Problem problem = makeModelLikeProblem(count);
    PlannerOptions options;
    options.timeLimitSeconds = timeLimit;
    double seconds = 0;
    llvm::Expected<Plan> result = tools::planTimed(problem, options, seconds);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    if (!result) {
      llvm::outs() << llvm::formatv("{0,8} error: {1}\n", count,
                                    llvm::toString(result.takeError()));
    } else {
      uint64_t peak = result->getTotalSize();
      llvm::outs() << llvm::formatv(
          "{0,8} {1,9} {2,11} {3,11} {4,7} {5,8:f3} {6,9} {7,-12}{8}\n", count,
          problem.buffers.size(), peak, result->lowerBound,
          percentAbove(peak, result->lowerBound), seconds,
          usage.ru_maxrss / 1024, result->algorithm,
          result->timedOut ? " (time limit)" : "");
    }
    llvm::outs().flush();
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  if (!tools::parseCommandLine(argc, argv,
                               "memplan exact planner benchmarks\n"))
    return 1;
  for (auto [name, seconds] :
       {std::pair{"time-limit", timeLimit.getValue()},
        std::pair{"exact-time-limit", exactTimeLimit.getValue()}})
    if (llvm::Error error = tools::checkSeconds(name, seconds))
      return tools::reportError(std::move(error));
  if (!parseObjective(objective))
    return tools::reportError("--objective: '" + objective +
                              "' is neither 'peak' nor 'fit'");
  std::string miniMallocBinary = miniMalloc;
  if (miniMallocBinary.empty())
    if (const char *fromEnvironment = std::getenv("MEMPLAN_MINIMALLOC"))
      miniMallocBinary = fromEnvironment;

  if (!skipSuite) {
    llvm::Expected<std::vector<std::string>> files =
        tools::listProblemFiles(suiteDir);
    if (!files)
      return tools::reportError(files.takeError());
    if (miniMallocBinary.empty())
      llvm::outs() << "minimalloc: not configured (--minimalloc=PATH or "
                      "MEMPLAN_MINIMALLOC)\n";
    runSuite(*files, miniMallocBinary);
  }

  if (!skipGenerated) {
    llvm::outs() << llvm::formatv(
        "\ngenerated model-like problems, default algorithm, time limit "
        "{0} s\n{1,8} {2,9} {3,11} {4,11} {5,7} {6,8} {7,9} {8,-12}\n",
        timeLimit.getValue(), "target", "buffers", "peak", "bound", "%>bnd",
        "time(s)", "RSS(MiB)", "algorithm");
    llvm::SmallVector<llvm::StringRef> counts;
    llvm::StringRef(sizeList).split(counts, ',', -1, false);
    for (llvm::StringRef text : counts) {
      unsigned count = 0;
      if (text.trim().getAsInteger(10, count) || count == 0)
        return tools::reportError("bad size '" + text + "'");
      runGenerated(count);
    }
  }
  return 0;
}
