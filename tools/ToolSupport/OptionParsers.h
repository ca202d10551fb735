//===- OptionParsers.h - Option values in memplan's words -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The programs take their numeric options as text and read them here, so
// that a bad value gets an error in memplan's words (`--time-limit: 'abc' is
// not a number of seconds ...`) where llvm::cl would say `'abc' value invalid
// for floating point argument!`.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TOOLS_TOOLSUPPORT_OPTIONPARSERS_H
#define MEMPLAN_TOOLS_TOOLSUPPORT_OPTIONPARSERS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>

namespace memplan {
namespace tools {

/// The value `text` of the option --`name` as seconds: a finite decimal
/// number, 0 or more.
llvm::Expected<double> parseSeconds(llvm::StringRef name, llvm::StringRef text);

/// The value `text` of the option --`name` as a count: a decimal integer in
/// [0, 2^64-1].
llvm::Expected<uint64_t> parseCount(llvm::StringRef name, llvm::StringRef text);

/// The help of an --algorithm option: `lead`, then every algorithm with its
/// one-line summary, one per line. The text lives as long as the program.
llvm::StringRef getAlgorithmHelp(llvm::StringRef lead);

} // namespace tools
} // namespace memplan

#endif // MEMPLAN_TOOLS_TOOLSUPPORT_OPTIONPARSERS_H
