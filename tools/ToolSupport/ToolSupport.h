//===- ToolSupport.h - Helpers shared by the command-line programs *- C++
//-*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// What memplan-solve and the benchmark programs (bench/) have in common: the
// command line with one-line errors, the folder of suite problems, and a
// timed call of the planner.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TOOLS_TOOLSUPPORT_TOOLSUPPORT_H
#define MEMPLAN_TOOLS_TOOLSUPPORT_TOOLSUPPORT_H

#include "memplan/Planner/Planner.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace memplan {
namespace tools {

/// Parses the command line with llvm::cl. A parse error (unknown option,
/// malformed value, missing argument) is printed on stderr as one line
/// `error: ...` and the result is false; the program should then exit with
/// a non-zero code. --help and --version print and exit as usual.
bool parseCommandLine(int argc, const char *const *argv,
                      llvm::StringRef overview);

/// Registers -debug and -debug-only (LLVM_DEBUG output, e.g.
/// `-debug-only=memplan-plan`) when memplan is built without NDEBUG and
/// libLLVM has not registered them; does nothing otherwise. Call it before the
/// command line is parsed.
void registerDebugOptions();

/// Prints `error: <message>` on stderr and returns the exit code 1.
int reportError(const llvm::Twine &message);
/// The same with the message of `error`.
int reportError(llvm::Error error);

/// Checks the value of the seconds option --`optionName`: a finite number,
/// not negative.
llvm::Error checkSeconds(llvm::StringRef optionName, double seconds);

/// The `.csv` problems of `folder`, sorted by path; an error naming the
/// folder when there are none or it cannot be read.
llvm::Expected<std::vector<std::string>>
listProblemFiles(llvm::StringRef folder);

/// The problem's name: the file name of `path` without `.csv` and without a
/// numeric suffix ("A" for `.../A.1048576.csv`, as the suite's table of best
/// known peaks names it; "pangu_2.6B" for `.../pangu_2.6B.csv`).
std::string getProblemName(llvm::StringRef path);

/// The planner options of the programs' --algorithm, --time-limit, --seed
/// and --work-budget.
PlannerOptions makePlannerOptions(llvm::StringRef algorithm,
                                  double timeLimitSeconds, uint64_t seed,
                                  uint64_t workBudget);

/// memplan::plan(problem, options), and in `seconds` the wall-clock time it
/// took.
llvm::Expected<Plan> planTimed(const Problem &problem,
                               const PlannerOptions &options, double &seconds);

} // namespace tools
} // namespace memplan

#endif // MEMPLAN_TOOLS_TOOLSUPPORT_TOOLSUPPORT_H
