//===- ToolSupport.cpp - Helpers shared by the command-line programs ------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ToolSupport.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#ifdef LLVM_ON_UNIX
#include <unistd.h>
#endif

using namespace memplan;

/// llvm::cl's error text made one line: each line loses its
/// `<program>: ` prefix and the lines are joined with "; ".
static std::string joinParseErrors(llvm::StringRef text,
                                   llvm::StringRef program) {
  std::string prefix = (program + ": ").str();
  llvm::SmallVector<llvm::StringRef> lines;
  text.split(lines, '\n', -1, /*KeepEmpty=*/false);
  std::string joined;
  for (llvm::StringRef line : lines) {
    line.consume_front(prefix);
    line = line.trim();
    if (line.empty())
      continue;
    joined += (joined.empty() ? "" : "; ") + line.str();
  }
  return joined.empty() ? "invalid command line" : joined;
}

/// Runs `run` with what it writes to stderr (file descriptor 2) caught in
/// `caught`. llvm::cl writes the errors of option values (`'abc' value
/// invalid for ...`) straight to llvm::errs(), not to the stream given to
/// ParseCommandLineOptions, so the descriptor itself is redirected.
static bool catchStderr(llvm::function_ref<bool()> run, std::string &caught) {
#ifdef LLVM_ON_UNIX
  llvm::errs().flush();
  std::FILE *file = std::tmpfile();
  int saved = file ? dup(STDERR_FILENO) : -1;
  if (saved < 0 || dup2(fileno(file), STDERR_FILENO) < 0) {
    if (saved >= 0)
      close(saved);
    if (file)
      std::fclose(file);
    return run();
  }
  bool result = run();
  llvm::errs().flush();
  dup2(saved, STDERR_FILENO);
  close(saved);
  std::rewind(file);
  char chunk[4096];
  for (size_t count; (count = std::fread(chunk, 1, sizeof(chunk), file));)
    caught.append(chunk, count);
  std::fclose(file);
  return result;
#else
  return run();
#endif
}

bool tools::parseCommandLine(int argc, const char *const *argv,
                             llvm::StringRef overview) {
  std::string errors, caught;
  llvm::raw_string_ostream errorStream(errors);
  bool parsed = catchStderr(
      [&] {
        return llvm::cl::ParseCommandLineOptions(argc, argv, overview,
                                                 &errorStream);
      },
      caught);
  if (parsed) {
    llvm::errs() << caught;
    return true;
  }
  llvm::StringRef program =
      argc > 0 ? llvm::sys::path::filename(argv[0]) : llvm::StringRef();
  reportError(joinParseErrors(caught + errors, program));
  return false;
}

int tools::reportError(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "") << message << "\n";
  return 1;
}

int tools::reportError(llvm::Error error) {
  return reportError(llvm::toString(std::move(error)));
}

llvm::Error tools::checkSeconds(llvm::StringRef optionName, double seconds) {
  if (std::isfinite(seconds) && seconds >= 0)
    return llvm::Error::success();
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%g", seconds);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--" + optionName + ": " + text +
                                     " is not a finite, non-negative number "
                                     "of seconds");
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
