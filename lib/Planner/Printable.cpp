//===- Printable.cpp - Text of the planner's messages ---------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "Printable.h"

#include "llvm/ADT/StringExtras.h"

using namespace memplan;

std::string io::printable(llvm::StringRef text) {
  constexpr size_t kMaxLength = 60;
  std::string result;
  for (char c : text.take_front(kMaxLength))
    result += llvm::isPrint(c) ? c : '?';
  if (text.size() > kMaxLength)
    result += "...";
  return result;
}
