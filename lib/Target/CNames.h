//===- CNames.h - C identifiers from MLIR names -----------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// How the C header names things: symbol names become C identifiers, and a
// table per C namespace detects two MLIR names that become one C name.
// Internal to lib/Target.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TARGET_CNAMES_H
#define MEMPLAN_LIB_TARGET_CNAMES_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::memplan {

/// Whether `name` is a C identifier: [A-Za-z_][A-Za-z0-9_]*.
bool isCIdentifier(llvm::StringRef name);

/// Whether `name` is a keyword of C (up to C23) or C++.
bool isCKeyword(llvm::StringRef name);

/// `name` with every character outside [A-Za-z0-9_] replaced by '_', in
/// upper case: a piece of a macro name (never at its start).
std::string toMacroPart(llvm::StringRef name);

/// `name` with every character outside [A-Za-z0-9_] replaced by '_', as a
/// struct member: `pool_` goes in front when the result would start with a
/// digit or an underscore, or be a keyword.
std::string toMemberName(llvm::StringRef name);

/// `name` with every character outside [A-Za-z0-9_] replaced by '_': a piece
/// of a struct tag (never at its start).
std::string toTagPart(llvm::StringRef name);

/// Prints `text` for use inside a C comment: characters outside printable
/// ASCII become '?', and "*/" becomes "*?".
void printCommentText(llvm::raw_ostream &os, llvm::StringRef text);

/// The C names of one namespace (macros, struct tags, members of the pool
/// structs), each with what it names, to detect two things with one name.
class CNameTable {
public:
  /// Records that `name` names `what` (for example "pool @sram's size"),
  /// declared by `op`. When `name` is taken, emits an error at `op` naming
  /// both things, with a note at the first one's op, and fails.
  LogicalResult add(llvm::StringRef name, Operation *op, llvm::StringRef what);

private:
  struct Owner {
    Operation *op;
    std::string what;
  };
  /// Lookups only: never iterated.
  llvm::StringMap<Owner> owners;
};

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TARGET_CNAMES_H
