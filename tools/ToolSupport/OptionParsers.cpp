//===- OptionParsers.cpp - Option values in memplan's words ---------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "OptionParsers.h"

#include "memplan/Planner/Planner.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <string>

using namespace memplan;

static llvm::Error makeOptionError(llvm::StringRef name, llvm::StringRef text,
                                   llvm::StringRef expected) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--" + name + ": '" + text + "' is not " +
                                     expected);
}

llvm::Expected<double> tools::parseSeconds(llvm::StringRef name,
                                           llvm::StringRef text) {
  // getAsDouble also takes "inf", "nan" and hexadecimal numbers: only plain
  // decimals pass.
  double value = 0;
  bool plain = !text.empty() && text.find_first_not_of("0123456789.eE+-") ==
                                    llvm::StringRef::npos;
  if (plain && !text.getAsDouble(value) && std::isfinite(value) && value >= 0)
    return value;
  return makeOptionError(name, text,
                         "a finite, non-negative number of seconds");
}

llvm::Expected<uint64_t> tools::parseCount(llvm::StringRef name,
                                           llvm::StringRef text) {
  uint64_t value = 0;
  if (!text.empty() && text.front() != '+' && !text.getAsInteger(10, value))
    return value;
  return makeOptionError(name, text, "a whole number in [0, 2^64-1]");
}

llvm::StringRef tools::getAlgorithmHelp(llvm::StringRef lead) {
  // Each call's text stays valid: llvm::cl keeps the StringRef.
  static std::deque<std::string> texts;
  std::string text = lead.str() + ":";
  size_t width = 0;
  std::vector<AlgorithmSummary> algorithms = getAlgorithmSummaries();
  for (const AlgorithmSummary &algorithm : algorithms)
    width = std::max(width, algorithm.name.size());
  for (const AlgorithmSummary &algorithm : algorithms)
    text += "\n" + algorithm.name +
            std::string(width + 2 - algorithm.name.size(), ' ') +
            algorithm.summary;
  texts.push_back(std::move(text));
  return texts.back();
}
