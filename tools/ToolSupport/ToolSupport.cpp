//===- ToolSupport.cpp - Helpers shared by the command-line programs ------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ToolSupport.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>

using namespace memplan;

int tools::reportError(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "") << message << "\n";
  return 1;
}

int tools::reportError(llvm::Error error) {
  return reportError(llvm::toString(std::move(error)));
}

llvm::Expected<std::vector<std::string>>
tools::listProblemFiles(llvm::StringRef folder) {
  std::vector<std::string> files;
  std::error_code error;
  for (llvm::sys::fs::directory_iterator it(folder, error), end;
       it != end && !error; it.increment(error))
    if (llvm::sys::path::extension(it->path()) == ".csv")
      files.push_back(it->path());
  if (error || files.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   folder + ": no .csv problems found");
  std::sort(files.begin(), files.end());
  return files;
}

std::string tools::getProblemName(llvm::StringRef path) {
  return llvm::sys::path::filename(path).split('.').first.str();
}

PlannerOptions tools::makePlannerOptions(llvm::StringRef algorithm,
                                         double timeLimitSeconds, uint64_t seed,
                                         uint64_t workBudget) {
  PlannerOptions options;
  options.algorithm = algorithm.str();
  options.timeLimitSeconds = timeLimitSeconds;
  options.seed = seed;
  options.workBudget = workBudget;
  return options;
}

llvm::Expected<Plan> tools::planTimed(const Problem &problem,
                                      const PlannerOptions &options,
                                      double &seconds) {
  auto start = std::chrono::steady_clock::now();
  llvm::Expected<Plan> result = plan(problem, options);
  seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return result;
}
