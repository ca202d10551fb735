//===- FuzzProblem.cpp - Shared body of the problem-file fuzzers ----------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FuzzProblem.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Planner/Validator.h"

#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace memplan;

/// The name the fuzzers give the input; every reader error must start with it.
static constexpr llvm::StringLiteral kFileName = "fuzz-input";

/// Work budget of one plan: small enough for thousands of inputs a second,
/// and deterministic (no wall clock), so that a finding reproduces.
static constexpr uint64_t kWorkBudget = 20000;

/// Reports a failed check with the message and aborts.
[[noreturn]] static void fail(const llvm::Twine &what,
                              const llvm::Twine &message) {
  llvm::errs() << "memplan fuzz check failed: " << what << ": " << message
               << "\n";
  llvm::errs().flush();
  std::abort();
}

/// A reader or planner error must be one non-empty line.
static void checkOneLine(llvm::StringRef message, llvm::StringRef what) {
  if (message.empty() || message.contains('\n') || message.contains('\r'))
    fail(what, "the error is not one line: '" + message + "'");
}

/// Writes `problem` as JSON, reads it back, and checks that writing it again
/// gives the same text.
static void checkRoundTrip(const Problem &problem) {
  std::string first;
  {
    llvm::raw_string_ostream os(first);
    writeProblemJSON(problem, os);
  }
  llvm::Expected<Problem> reread = readProblemJSON(first, "round-trip.json");
  if (!reread)
    fail("round trip", llvm::toString(reread.takeError()) + "\n" + first);
  std::string second;
  {
    llvm::raw_string_ostream os(second);
    writeProblemJSON(*reread, os);
  }
  if (first != second)
    fail("round trip", "the problem changed:\n" + first + "\n" + second);
}

void memplan::fuzz::fuzzProblemFile(const uint8_t *data, size_t size,
                                    FileFormat format) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::Expected<Problem> problem = readProblem(text, kFileName, format);
  if (!problem) {
    std::string message = llvm::toString(problem.takeError());
    checkOneLine(message, "reader");
    if (!llvm::StringRef(message).starts_with(kFileName))
      fail("reader", "the error does not name the file: '" + message + "'");
    return;
  }
  checkRoundTrip(*problem);

  // One algorithm per input, chosen by the input's size: deterministic, and
  // every algorithm gets its share of inputs.
  std::vector<std::string> algorithms = getAlgorithmNames();
  PlannerOptions options;
  options.algorithm = algorithms[size % algorithms.size()];
  options.workBudget = kWorkBudget;
  options.timeLimitSeconds = 0;
  llvm::Expected<Plan> result = plan(*problem, options);
  if (!result) {
    std::string message = llvm::toString(result.takeError());
    checkOneLine(message, "planner");
    // The planner's own failures start so; names from the input may say
    // "internal error" anywhere else in a message.
    if (llvm::StringRef(message).starts_with("internal error:"))
      fail("planner", message);
    return;
  }
  if (llvm::Error error = validatePlan(*problem, *result))
    fail("validator", llvm::toString(std::move(error)));
  std::string solution;
  llvm::raw_string_ostream os(solution);
  if (llvm::Error error = writeSolution(*problem, *result, format, os))
    fail("solution writer", llvm::toString(std::move(error)));
}
