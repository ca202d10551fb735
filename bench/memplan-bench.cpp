//===- memplan-bench.cpp - Runs the planner over a problem suite ----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// memplan-bench [--algorithms=a,b,...] [--time-limit=SECONDS] SUITE_DIR
//
// Plans every .csv problem of SUITE_DIR (for example the MiniMalloc
// "challenging" suite) with each algorithm and prints, per problem and
// algorithm: the peak, its distance above the lower bound and above the best
// known peak, and the time. The best known peaks are those of the MiniMalloc
// challenging suite's README (see kBestKnownPeaks); problems are matched by
// the file name up to the first dot ("A" for A.1048576.csv), and others show
// "-" there.
//
//===----------------------------------------------------------------------===//

#include "SuiteReference.h"
#include "ToolSupport.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>

using namespace memplan;

static llvm::cl::opt<std::string> suiteDir(llvm::cl::Positional,
                                           llvm::cl::desc("<suite folder>"),
                                           llvm::cl::Required);
static llvm::cl::opt<std::string> algorithmList(
    "algorithms",
    llvm::cl::desc("Comma-separated algorithms (default: every one)"),
    llvm::cl::init(""));
static llvm::cl::opt<uint64_t> workBudget(
    "work-budget",
    llvm::cl::desc("Deterministic work budget per run (default: derived "
                   "from the time limit)"),
    llvm::cl::init(0));
static llvm::cl::opt<uint64_t>
    seed("seed", llvm::cl::desc("Seed of the planner's generator"),
         llvm::cl::init(1));
static llvm::cl::opt<double>
    timeLimit("time-limit", llvm::cl::desc("Time limit per run in seconds"),
              llvm::cl::init(1.0));

namespace {
using memplan::bench::percentAbove;
const std::map<std::string, uint64_t> &kBestKnownPeaks =
    memplan::bench::getBestKnownPeaks();
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  if (!tools::parseCommandLine(argc, argv, "memplan benchmark runner\n"))
    return 1;
  if (llvm::Error error = tools::checkSeconds("time-limit", timeLimit))
    return tools::reportError(std::move(error));

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

  llvm::outs() << llvm::formatv("{0,-8} {1,-20} {2,9} {3,9} {4,8} {5,8} "
                                "{6,8}\n",
                                "problem", "algorithm", "peak", "bound",
                                "%>bound", "%>best", "time(s)");
  std::map<std::string, double> worstAboveBest;
  for (const std::string &file : *files) {
    std::string name = tools::getProblemName(file);
    llvm::Expected<Problem> problem = readProblemFile(file);
    if (!problem)
      return tools::reportError(problem.takeError());
    auto best = kBestKnownPeaks.find(name);
    for (const std::string &algorithm : algorithms) {
      double seconds = 0;
      llvm::Expected<Plan> result = tools::planTimed(
          *problem,
          tools::makePlannerOptions(algorithm, timeLimit, seed, workBudget),
          seconds);
      if (!result) {
        llvm::outs() << llvm::formatv("{0,-8} {1,-20} error: {2}\n", name,
                                      algorithm,
                                      llvm::toString(result.takeError()));
        continue;
      }
      uint64_t peak = result->getTotalSize();
      std::string aboveBest = best == kBestKnownPeaks.end()
                                  ? "-"
                                  : percentAbove(peak, best->second);
      if (best != kBestKnownPeaks.end()) {
        double percent = 100.0 * (double(peak) - double(best->second)) /
                         double(best->second);
        worstAboveBest[algorithm] =
            std::max(worstAboveBest[algorithm], percent);
      }
      llvm::outs() << llvm::formatv(
          "{0,-8} {1,-20} {2,9} {3,9} {4,8} {5,8} {6,8:f3}{7}\n", name,
          algorithm, peak, result->lowerBound,
          percentAbove(peak, result->lowerBound), aboveBest, seconds,
          result->timedOut ? " (cut by time limit)" : "");
    }
  }
  llvm::outs() << "\nworst % above the best known peak:\n";
  for (const std::string &algorithm : algorithms)
    if (worstAboveBest.count(algorithm))
      llvm::outs() << llvm::formatv("  {0,-20} {1:f1}\n", algorithm,
                                    worstAboveBest[algorithm]);
  return 0;
}
