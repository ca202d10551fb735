//===- ToolHandlers.h - What the programs say on failure -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Every memplan program installs these right after llvm::InitLLVM, so that
// it speaks for memplan, not for LLVM:
//  - `--version` prints `<program> (memplan) <version>` and the LLVM it was
//    built with; the version is MEMPLAN_VERSION, defined once in CMake;
//  - running out of memory prints one `error:` line naming the program and
//    exits with code 1 (no stack dump: it is not a bug);
//  - an internal fatal error prints `error: internal error: ...`, and a crash
//    says that the program crashed, that this is a bug in memplan, and how to
//    report it to memplan's maintainers, before the stack dump.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TOOLS_TOOLSUPPORT_TOOLHANDLERS_H
#define MEMPLAN_TOOLS_TOOLSUPPORT_TOOLHANDLERS_H

#include "llvm/ADT/StringRef.h"

namespace memplan {
namespace tools {

/// memplan's version, as CMake defines it.
llvm::StringRef getMemPlanVersion();

/// Installs the version printer and the out-of-memory, fatal-error and crash
/// messages for the program named by `argv0` (its file name is used). Safe
/// to call more than once.
void installToolHandlers(llvm::StringRef argv0);

/// Runs out of memory, crashes or hits a fatal error when the hidden option
/// --memplan-test-failure asks for it (tests of the messages above).
/// parseCommandLine calls it after parsing.
void failIfAskedForTesting();

} // namespace tools
} // namespace memplan

#endif // MEMPLAN_TOOLS_TOOLSUPPORT_TOOLHANDLERS_H
