//===- memplan-solve.cpp - Plans a problem file ---------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// memplan-solve [--algorithm=NAME] [--capacity=BYTES] [--objective=peak|fit]
//               [--work-budget=UNITS] [--time-limit=SECONDS] [--progress]
//               [--report=FILE [--report-format=json|text|svg|html]]
//               [-o OUTPUT] INPUT
//
// Reads a CSV or JSON problem (by extension), plans it, and writes the
// solution in the input's format (a CSV solution keeps the input's header),
// and the plan's report to FILE when asked (format by name, else by FILE's
// extension); a summary goes to stderr. Every error is one line starting
// with "error:" and a non-zero exit code. Without --time-limit the output
// depends on the input and options alone; with it, the whole run (reading
// and writing included) ends by the limit.
//
//===----------------------------------------------------------------------===//

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"
#include "memplan/Planner/Report.h"

#include "OptionParsers.h"
#include "ToolSupport.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>

using namespace memplan;
using memplan::tools::reportError;

static llvm::cl::OptionCategory category("memplan-solve options");

static constexpr const char *kOverview =
    "memplan static memory planner\n\n"
    "Plans a problem file and writes the solution in the same format.\n"
    "Problem formats, by extension:\n"
    "  .csv   MiniMalloc's CSV: a header naming the columns id, lower, upper,\n"
    "         size and optionally alignment (also MiniMalloc's buffer, begin,\n"
    "         start, end and offset; any order), then one buffer per line;\n"
    "         the solution adds an offset column\n"
    "  .json  pools (capacity, alignment) and buffers (size, alignment,\n"
    "         candidate pools, live intervals, conflicts, shares)\n"
    "Report formats (--report, by extension or --report-format): json,\n"
    "text, svg, html (an interactive page). See docs/UserGuide.md.\n";

static llvm::cl::opt<std::string>
    inputPath(llvm::cl::Positional, llvm::cl::desc("<input .csv|.json>"),
              llvm::cl::Required, llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    outputPath("o", llvm::cl::desc("Output file (default: stdout)"),
               llvm::cl::value_desc("file"), llvm::cl::init("-"),
               llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    algorithm("algorithm",
              llvm::cl::desc("Algorithm (default: the best of all heuristics)"),
              llvm::cl::value_desc("name"), llvm::cl::init(""),
              llvm::cl::cat(category));
static llvm::cl::opt<std::string> capacity(
    "capacity",
    llvm::cl::desc("Capacity in bytes of the single pool of a CSV problem"),
    llvm::cl::value_desc("bytes"), llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string> timeLimitText(
    "time-limit",
    llvm::cl::desc("Wall-clock bound of the whole run in seconds, reading and "
                   "writing included; the plan is the best found by then and "
                   "may differ between runs (default 0: none, the searches "
                   "are bounded by deterministic work alone)"),
    llvm::cl::value_desc("seconds"), llvm::cl::init("0"),
    llvm::cl::cat(category));
static llvm::cl::opt<std::string> objective(
    "objective",
    llvm::cl::desc("peak (default): minimise the total size; fit: stop at the "
                   "first plan within every capacity"),
    llvm::cl::value_desc("peak|fit"), llvm::cl::init("peak"),
    llvm::cl::cat(category));
static llvm::cl::opt<bool> progress(
    "progress",
    llvm::cl::desc("Print a line on stderr at every improvement: elapsed "
                   "time, work, best peak, proven lower bound and gap"),
    llvm::cl::init(false), llvm::cl::cat(category));
static llvm::cl::alias progressAlias("v", llvm::cl::desc("Alias for --progress"),
                                     llvm::cl::aliasopt(progress),
                                     llvm::cl::cat(category));

static llvm::cl::opt<std::string>
    reportPath("report",
               llvm::cl::desc("Also write a report of the plan to this file "
                              "('-': stdout)"),
               llvm::cl::value_desc("file"), llvm::cl::init(""),
               llvm::cl::cat(category));
static llvm::cl::opt<std::string> reportFormatName(
    "report-format",
    llvm::cl::desc("Report format: json, text, svg or html (default: by the "
                   "report file's extension, else text)"),
    llvm::cl::value_desc("format"), llvm::cl::init(""),
    llvm::cl::cat(category));

static llvm::cl::opt<std::string>
    seedText("seed",
             llvm::cl::desc("Seed of the planner's pseudo-random generator "
                            "(default 1)"),
             llvm::cl::value_desc("number"), llvm::cl::init("1"),
             llvm::cl::cat(category));

static llvm::cl::opt<std::string> workBudgetText(
    "work-budget",
    llvm::cl::desc("Deterministic work the search may spend, in the "
                   "planner's work units (default: 150000000 without "
                   "--time-limit, none with it)"),
    llvm::cl::value_desc("units"), llvm::cl::init("0"),
    llvm::cl::cat(category));

/// The value of --time-limit once parsed (for the summary).
static double timeLimitSeconds = 0;

/// Applies --capacity to a CSV problem's pool.
static llvm::Error applyCapacity(Problem &problem, FileFormat format) {
  if (capacity.empty())
    return llvm::Error::success();
  if (format != FileFormat::CSV || problem.pools.size() != 1)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "--capacity applies to CSV problems only (JSON problems give each "
        "pool's capacity)");
  uint64_t bytes = 0;
  if (llvm::StringRef(capacity).getAsInteger(10, bytes) ||
      bytes > kMaxProblemBytes)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--capacity: '" + capacity +
                                       "' is not an integer in [0, 2^63-1]");
  problem.pools.front().capacity = bytes;
  return llvm::Error::success();
}

static void printSummary(const Problem &problem, const Plan &plan,
                         double seconds) {
  llvm::raw_ostream &os = llvm::errs();
  os << llvm::formatv("algorithm: {0}\n",
                      algorithm.empty()
                          ? "default (best: " + plan.algorithm + ")"
                          : plan.algorithm);
  os << llvm::formatv("peak: {0}\n", plan.getTotalSize());
  os << llvm::formatv("lower bound: {0}\n", plan.lowerBound);
  if (problem.pools.size() > 1)
    for (PoolId pool = 0; pool < problem.pools.size(); ++pool)
      os << llvm::formatv("pool {0}: {1} (lower bound {2})\n",
                          problem.pools[pool].name, plan.poolSizes[pool],
                          plan.poolLowerBounds[pool]);
  os << llvm::formatv("time: {0:f3} s\n", seconds);
  os << "proven optimal: "
     << (plan.provenOptimal || plan.getTotalSize() == plan.lowerBound ? "yes"
                                                                      : "no")
     << "\n";
  if (plan.timedOut)
    os << "note: the time limit of " << llvm::format("%g", timeLimitSeconds)
       << " s ended the search: the plan is the best found by then and may "
          "differ between runs\n";
}

/// One line of the progress log.
static void printProgress(const ProgressEvent &event) {
  std::string peak = "-", gap = "-";
  if (event.peak != 0) {
    peak = std::to_string(event.peak);
    gap = llvm::formatv("{0:f2}%", 100.0 * double(event.peak -
                                                  event.lowerBound) /
                                       double(event.peak))
              .str();
  }
  llvm::errs() << llvm::formatv("progress: {0,8:f3} s  work {1,12}  peak {2,12}"
                                "  lower bound {3,12}  gap {4,7}  {5}\n",
                                event.seconds, event.work, peak,
                                event.lowerBound, gap, event.stage);
}

/// The time the output may take to write, kept out of the planner's share of
/// the time limit: about half a microsecond per buffer, at most a quarter
/// of the limit.
static double getWriteReserve(const Problem &problem, double limit) {
  return std::min(0.25 * limit, 5e-7 * double(problem.buffers.size()));
}

int main(int argc, char **argv) {
  // The time limit covers the whole run.
  auto start = std::chrono::steady_clock::now();
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  tools::registerDebugOptions();
  algorithm.setDescription(
      tools::getAlgorithmHelp("Algorithm (default: default)"));
  if (!tools::parseCommandLine(argc, argv, kOverview))
    return 1;
  llvm::Expected<double> timeLimit =
      tools::parseSeconds("time-limit", timeLimitText);
  if (!timeLimit)
    return reportError(timeLimit.takeError());
  llvm::Expected<uint64_t> seed = tools::parseCount("seed", seedText);
  if (!seed)
    return reportError(seed.takeError());
  llvm::Expected<uint64_t> workBudget =
      tools::parseCount("work-budget", workBudgetText);
  if (!workBudget)
    return reportError(workBudget.takeError());

  llvm::Expected<FileFormat> format = getFileFormat(inputPath);
  if (!format)
    return reportError(format.takeError());
  CSVHeader csvHeader;
  llvm::Expected<Problem> problem = readProblemFile(inputPath, &csvHeader);
  if (!problem)
    return reportError(problem.takeError());
  if (llvm::Error error = applyCapacity(*problem, *format))
    return reportError(std::move(error));
  llvm::Expected<ReportFormat> reportFormat =
      selectReportFormat(reportFormatName, reportPath);
  if (!reportFormat)
    return reportError(reportFormat.takeError());

  std::optional<Objective> goal = parseObjective(objective);
  if (!goal)
    return reportError("--objective: '" + objective +
                       "' is neither 'peak' nor 'fit'");

  PlannerOptions options =
      tools::makePlannerOptions(algorithm, *timeLimit, *seed, *workBudget);
  options.objective = *goal;
  timeLimitSeconds = *timeLimit;
  if (*timeLimit > 0) {
    options.clockStart = start;
    options.timeLimitSeconds =
        std::max(1e-6, *timeLimit - getWriteReserve(*problem, *timeLimit));
  }
  if (progress)
    options.onProgress = printProgress;
  double seconds = 0;
  llvm::Expected<Plan> result = tools::planTimed(*problem, options, seconds);
  if (!result)
    return reportError(result.takeError());

  std::error_code error;
  llvm::ToolOutputFile output(outputPath, error, llvm::sys::fs::OF_Text);
  if (error)
    return reportError(outputPath + ": " + error.message());
  if (llvm::Error bad =
          writeSolution(*problem, *result, *format, output.os(), &csvHeader))
    return reportError(std::move(bad));
  output.os().flush();
  if (output.os().has_error()) {
    output.os().clear_error();
    return reportError(outputPath + ": write failed");
  }
  output.keep();
  if (!reportPath.empty())
    if (llvm::Error bad =
            writeReportFile({*problem, *result}, *reportFormat, reportPath))
      return reportError(std::move(bad));
  printSummary(*problem, *result, seconds);
  return 0;
}
