//===- Printable.h - Text of the planner's messages -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the planner library: what every message of the core, the
// readers and the algorithms needs to quote a name and to make an error.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_PRINTABLE_H
#define MEMPLAN_LIB_PLANNER_PRINTABLE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <string>

namespace memplan {
namespace io {

/// A string error with `message`.
inline llvm::Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// `text` made printable for a one-line message: control and non-ASCII bytes
/// become '?', and long text is cut.
std::string printable(llvm::StringRef text);

} // namespace io
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_PRINTABLE_H
