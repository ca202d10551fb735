//===- IOSupport.cpp - Helpers shared by the file readers -----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "IOSupport.h"

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace memplan;

llvm::Error io::prefixError(llvm::Error error, const llvm::Twine &prefix) {
  std::string message = llvm::toString(std::move(error));
  return makeError(prefix + message);
}

llvm::Expected<uint64_t> io::parseCount(llvm::StringRef text) {
  if (text.empty())
    return makeError("expected a non-negative integer, found an empty field");
  bool negative = text.consume_front("-");
  if (!llvm::all_of(text, llvm::isDigit))
    return makeError("'" + printable(negative ? "-" + text.str() : text.str()) +
                     "' is not a non-negative integer");
  if (negative && text.find_first_not_of('0') != llvm::StringRef::npos)
    return makeError("-" + printable(text) + " is negative");
  uint64_t value = 0;
  if (text.getAsInteger(10, value) || value > kMaxProblemBytes)
    return makeError(printable(text) + " exceeds 2^63-1");
  return value;
}

llvm::Error io::checkAlignment(uint64_t value) {
  if (!llvm::isPowerOf2_64(value) || value > (uint64_t(1) << 62))
    return makeError("alignment " + llvm::Twine(value) +
                     " is not a power of two");
  return llvm::Error::success();
}
