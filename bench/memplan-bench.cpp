//===- memplan-bench.cpp - Runs the planner over a folder of problems -----===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// memplan-bench [--algorithms=a,b,...] [--capacity=BYTES] [--objective=...]
//               [--time-limit=SECONDS] [--work-budget=UNITS] FOLDER
//
// Plans every .csv problem of FOLDER (MiniMalloc's CSV: the MiniMalloc
// "challenging" suite, production traces) with each algorithm and prints,
// per problem and algorithm: the number of buffers, LOAD (the most bytes live
// at one moment, a lower bound on every plan), the peak, its distance above
// LOAD and above the best known peak of the suite (bench/SuiteReference.h;
// "-" for other problems), the time and the peak resident memory. Each run
// is a child process, so that its peak RSS (getrusage) is its own.
//
// A file whose fifth column is `offset` (a compiler's own plan, as in
// IREE's trace) is read without it, and that plan's peak is printed as the
// row `(file's plan)` for comparison.
//
//===----------------------------------------------------------------------===//

#include "SuiteReference.h"
#include "ToolSupport.h"

#include "memplan/Planner/LowerBound.h"
#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace memplan;

static llvm::cl::OptionCategory category("memplan-bench options");

static llvm::cl::opt<std::string> suiteDir(llvm::cl::Positional,
                                           llvm::cl::desc("<folder>"),
                                           llvm::cl::Required,
                                           llvm::cl::cat(category));
static llvm::cl::opt<std::string> algorithmList(
    "algorithms",
    llvm::cl::desc("Comma-separated algorithms (default: every one)"),
    llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<uint64_t>
    workBudget("work-budget",
               llvm::cl::desc("Deterministic work budget per run (default: the "
                              "planner's default)"),
               llvm::cl::init(0), llvm::cl::cat(category));
static llvm::cl::opt<uint64_t>
    seed("seed", llvm::cl::desc("Seed of the planner's generator"),
         llvm::cl::init(1), llvm::cl::cat(category));
static llvm::cl::opt<double> timeLimit(
    "time-limit",
    llvm::cl::desc("Wall-clock bound per run in seconds (default 0: none)"),
    llvm::cl::init(0.0), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    capacity("capacity",
             llvm::cl::desc("Capacity of every problem's pool (default: "
                            "unbounded)"),
             llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    objective("objective", llvm::cl::desc("peak (default) or fit"),
              llvm::cl::init("peak"), llvm::cl::cat(category));

namespace {
using memplan::bench::percentAbove;
const std::map<std::string, uint64_t> &kBestKnownPeaks =
    memplan::bench::getBestKnownPeaks();

/// A problem of the folder, and the plan its file came with (if any).
struct Trace {
  Problem problem;
  std::optional<uint64_t> filePlanPeak;
};

/// Reads `path`. A fifth column `offset` is a plan: its peak is kept and the
/// column dropped.
llvm::Expected<Trace> readTrace(const std::string &path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path);
  if (!file)
    return llvm::createStringError(file.getError(),
                                   path + ": " + file.getError().message());
  llvm::StringRef text = (*file)->getBuffer();
  llvm::StringRef header = text.split('\n').first.trim();
  Trace trace;
  if (header != "id,lower,upper,size,offset") {
    llvm::Expected<Problem> problem = readProblem(text, path, FileFormat::CSV);
    if (!problem)
      return problem.takeError();
    trace.problem = std::move(*problem);
    return trace;
  }
  std::string plain;
  uint64_t peak = 0;
  llvm::SmallVector<llvm::StringRef> lines, fields;
  text.split(lines, '\n', -1, /*KeepEmpty=*/false);
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef line = lines[i].trim();
    size_t comma = line.rfind(',');
    plain += line.substr(0, comma).str() + "\n";
    if (i == 0)
      continue;
    fields.clear();
    line.split(fields, ',');
    uint64_t size = 0, offset = 0;
    if (fields.size() != 5 || fields[3].getAsInteger(10, size) ||
        fields[4].getAsInteger(10, offset))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     path + ":" + std::to_string(i + 1) +
                                         ": expected 5 numbers");
    peak = std::max(peak, offset + size);
  }
  llvm::Expected<Problem> problem = readProblem(plain, path, FileFormat::CSV);
  if (!problem)
    return problem.takeError();
  trace.problem = std::move(*problem);
  trace.filePlanPeak = peak;
  return trace;
}

void printRow(llvm::StringRef name, llvm::StringRef algorithm, size_t buffers,
              uint64_t load, llvm::StringRef rest) {
  llvm::outs() << llvm::formatv("{0,-24} {1,-20} {2,8} {3,12} {4}\n", name,
                                algorithm, buffers, load, rest);
}

/// Plans `problem` with `options` in a child process and prints its row
/// there; returns the child's percentage above the best known peak through
/// a pipe (NaN without one).
double runOne(const std::string &name, const Problem &problem,
              const PlannerOptions &options, uint64_t load) {
  llvm::outs().flush();
  int fds[2];
  if (pipe(fds) != 0) {
    tools::reportError("pipe failed");
    return NAN;
  }
  pid_t child = fork();
  if (child < 0) {
    tools::reportError("fork failed");
    return NAN;
  }
  if (child == 0) {
    close(fds[0]);
    double seconds = 0;
    llvm::Expected<Plan> result = tools::planTimed(problem, options, seconds);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    double aboveBest = NAN;
    if (!result) {
      printRow(name, options.algorithm, problem.buffers.size(), load,
               "error: " + llvm::toString(result.takeError()));
    } else {
      uint64_t peak = result->getTotalSize();
      auto best = kBestKnownPeaks.find(name);
      std::string bestText = "-";
      if (best != kBestKnownPeaks.end()) {
        bestText = percentAbove(peak, best->second);
        aboveBest = 100.0 * (double(peak) - double(best->second)) /
                    double(best->second);
      }
      printRow(name, options.algorithm, problem.buffers.size(), load,
               llvm::formatv("{0,12} {1,8} {2,8} {3,8:f3} {4,8}{5}", peak,
                             percentAbove(peak, load), bestText, seconds,
                             usage.ru_maxrss / 1024,
                             result->timedOut ? " (ended by the clock)" : "")
                   .str());
    }
    llvm::outs().flush();
    ssize_t written = write(fds[1], &aboveBest, sizeof(aboveBest));
    (void)written;
    _exit(0);
  }
  close(fds[1]);
  double aboveBest = NAN;
  if (read(fds[0], &aboveBest, sizeof(aboveBest)) != sizeof(aboveBest))
    aboveBest = NAN;
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return aboveBest;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  if (!tools::parseCommandLine(argc, argv, "memplan benchmark runner\n"))
    return 1;
  if (llvm::Error error = tools::checkSeconds("time-limit", timeLimit))
    return tools::reportError(std::move(error));
  std::optional<Objective> goal = parseObjective(objective);
  if (!goal)
    return tools::reportError("--objective: '" + objective +
                              "' is neither 'peak' nor 'fit'");
  std::optional<uint64_t> bytes;
  if (!capacity.empty()) {
    uint64_t value = 0;
    if (llvm::StringRef(capacity).getAsInteger(10, value))
      return tools::reportError("--capacity: '" + capacity +
                                "' is not an integer");
    bytes = value;
  }

  llvm::Expected<std::vector<std::string>> files =
      tools::listProblemFiles(suiteDir);
  if (!files)
    return tools::reportError(files.takeError());

  std::vector<std::string> algorithms;
  if (algorithmList.empty()) {
    algorithms = getAlgorithmNames();
  } else {
    llvm::SmallVector<llvm::StringRef> names;
    llvm::StringRef(algorithmList).split(names, ',');
    for (llvm::StringRef name : names)
      algorithms.push_back(name.str());
  }

  llvm::outs() << llvm::formatv("{0,-24} {1,-20} {2,8} {3,12} {4,12} {5,8} "
                                "{6,8} {7,8} {8,8}\n",
                                "problem", "algorithm", "buffers", "LOAD",
                                "peak", "%>LOAD", "%>best", "time(s)",
                                "RSS(MiB)");
  std::map<std::string, double> worstAboveBest;
  for (const std::string &file : *files) {
    std::string name = tools::getProblemName(file);
    llvm::Expected<Trace> trace = readTrace(file);
    if (!trace)
      return tools::reportError(trace.takeError());
    if (bytes)
      for (Pool &pool : trace->problem.pools)
        pool.capacity = *bytes;
    uint64_t load = computeMaxLiveBytes(trace->problem);
    if (trace->filePlanPeak)
      printRow(name, "(file's plan)", trace->problem.buffers.size(), load,
               llvm::formatv("{0,12} {1,8}", *trace->filePlanPeak,
                             percentAbove(*trace->filePlanPeak, load))
                   .str());
    for (const std::string &algorithm : algorithms) {
      PlannerOptions options =
          tools::makePlannerOptions(algorithm, timeLimit, seed, workBudget);
      options.objective = *goal;
      double aboveBest = runOne(name, trace->problem, options, load);
      if (std::isnan(aboveBest))
        continue;
      auto [it, inserted] = worstAboveBest.try_emplace(algorithm, aboveBest);
      it->second = std::max(it->second, aboveBest);
    }
  }
  if (!worstAboveBest.empty()) {
    llvm::outs() << "\nworst % above the best known peak:\n";
    for (const std::string &algorithm : algorithms)
      if (worstAboveBest.count(algorithm))
        llvm::outs() << llvm::formatv("  {0,-20} {1:f1}\n", algorithm,
                                      worstAboveBest[algorithm]);
  }
  return 0;
}
