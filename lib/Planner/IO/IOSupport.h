//===- IOSupport.h - Helpers shared by the file readers ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_IO_IOSUPPORT_H
#define MEMPLAN_LIB_PLANNER_IO_IOSUPPORT_H

#include "Printable.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>

namespace memplan {
namespace io {

/// Prefixes the message of `error` with `prefix`.
llvm::Error prefixError(llvm::Error error, const llvm::Twine &prefix);

/// Parses a decimal integer in [0, 2^63-1]. The error describes what is
/// wrong with `text` (not a number, negative, too large).
llvm::Expected<uint64_t> parseCount(llvm::StringRef text);

/// Checks that `value` is a power of two no larger than 2^62.
llvm::Error checkAlignment(uint64_t value);

} // namespace io
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_IO_IOSUPPORT_H
