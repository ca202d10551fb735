//===- ToolSupport.cpp - Helpers shared by the command-line programs ------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ToolSupport.h"

#include "ToolHandlers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
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

/// llvm::cl's message for a malformed number (`'abc' value invalid for
/// floating point argument!`) in memplan's words; other messages unchanged.
static std::string rewordValueError(llvm::StringRef message) {
  static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral>
      kKinds[] = {
          {"' value invalid for floating point argument!", "a number"},
          {"' value invalid for integer argument!", "an integer"},
          {"' value invalid for long argument!", "an integer"},
          {"' value invalid for uint argument!", "a whole number"},
          {"' value invalid for ulong argument!", "a whole number"},
          {"' value invalid for ulonglong argument!", "a whole number"}};
  for (auto [suffix, kind] : kKinds)
    if (message.starts_with("'") && message.consume_back(suffix))
      return (message + "' is not " + kind).str();
  return message.str();
}

/// llvm::cl's messages about the command line's shape in memplan's words;
/// `program` is the program's file name.
static std::string rewordShapeError(llvm::StringRef message,
                                    llvm::StringRef program) {
  std::string help = ("see '" + program + " --help'").str();
  if (message.consume_front("Unknown command line argument '"))
    return "unknown option '" + message.split("'.  Try: ").first.str() + "' (" +
           help + ")";
  if (message.consume_front("Did you mean '"))
    return "did you mean '" + message.str();
  if (message == "Not enough positional command line arguments specified!")
    return "an input is missing";
  if (message == "Too many positional arguments specified!")
    return "too many inputs";
  if (message.starts_with("Must specify at least ") ||
      message.starts_with("Can specify at most "))
    return help;
  return message.str();
}

/// llvm::cl's error text made one line: each line loses its
/// `<program>: ` prefix, `for the --NAME option: ` becomes `--NAME: `, and
/// the lines are joined with "; ".
static std::string joinParseErrors(llvm::StringRef text,
                                   llvm::StringRef program) {
  llvm::StringRef name = llvm::sys::path::filename(program);
  std::string prefix = (name + ": ").str();
  llvm::SmallVector<llvm::StringRef> lines;
  text.split(lines, '\n', -1, /*KeepEmpty=*/false);
  std::string joined;
  for (llvm::StringRef line : lines) {
    line.consume_front(prefix);
    line = line.trim();
    std::string text = rewordShapeError(line, name);
    // "for the --time-limit option: ..." in our words: "--time-limit: ...".
    if (line.consume_front("for the ")) {
      auto [option, message] = line.split(" option: ");
      if (!message.empty())
        text = (option + ": " + rewordValueError(message)).str();
    }
    if (text.empty())
      continue;
    joined += (joined.empty() ? "" : "; ") + text;
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
  installToolHandlers(argc > 0 ? argv[0] : "");
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
    failIfAskedForTesting();
    return true;
  }
  llvm::StringRef program = argc > 0 ? argv[0] : llvm::StringRef();
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
                                 "--" + optionName + ": '" + text +
                                     "' is not a finite, non-negative "
                                     "number of seconds");
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
  llvm::StringRef name = llvm::sys::path::filename(path);
  name.consume_back(".csv");
  // The suite's files end in their capacity: "A.1048576".
  auto [stem, suffix] = name.rsplit('.');
  if (!suffix.empty() && llvm::all_of(suffix, llvm::isDigit))
    return stem.str();
  return name.str();
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
