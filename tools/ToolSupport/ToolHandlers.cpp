//===- ToolHandlers.cpp - What the programs say on failure ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ToolHandlers.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <string>

#ifdef LLVM_ON_UNIX
#include <unistd.h>
#else
#include <cstdlib>
#define _exit std::_Exit
#endif

#ifndef MEMPLAN_VERSION
#error "MEMPLAN_VERSION must be defined (tools/ToolSupport/CMakeLists.txt)"
#endif

using namespace memplan;

namespace {
/// The messages, built once at installation: the handlers must not allocate.
struct Messages {
  std::string program;
  std::string outOfMemory;
  std::string bugReport;
};
Messages &getMessages() {
  static Messages messages;
  return messages;
}
} // namespace

/// Writes `text` to stderr without allocating.
static void writeStderr(const std::string &text) {
#ifdef LLVM_ON_UNIX
  size_t done = 0;
  while (done < text.size()) {
    ssize_t written = ::write(2, text.data() + done, text.size() - done);
    if (written <= 0)
      return;
    done += static_cast<size_t>(written);
  }
#else
  llvm::errs() << text;
  llvm::errs().flush();
#endif
}

/// Must not return (LLVM's contract for bad-alloc handlers).
[[noreturn]] static void handleOutOfMemory(void *, const char *, bool) {
  writeStderr(getMessages().outOfMemory);
  // Removes the partial output files.
  llvm::sys::RunInterruptHandlers();
  _exit(1);
}

/// LLVM then exits, or aborts (and the crash handler prints the bug report
/// message) when the error asks for a crash report.
static void handleFatalError(void *, const char *reason, bool) {
  writeStderr("error: internal error in " + getMessages().program + ": " +
              reason + "\n");
}

/// Hidden: makes the program fail the named way right after parsing its
/// command line, so that tests can check what it says.
static llvm::cl::opt<std::string> testFailure(
    "memplan-test-failure", llvm::cl::Hidden,
    llvm::cl::desc("Fail on purpose (out-of-memory, crash or fatal-error), "
                   "for testing"),
    llvm::cl::value_desc("kind"), llvm::cl::init(""));

void tools::failIfAskedForTesting() {
  if (testFailure == "out-of-memory") {
    volatile size_t huge = SIZE_MAX / 2;
    char *bytes = new char[huge];
    bytes[0] = 1;
    std::printf("%p\n", static_cast<void *>(bytes));
  } else if (testFailure == "crash") {
    std::raise(SIGSEGV);
  } else if (testFailure == "fatal-error") {
    llvm::report_fatal_error("a fatal error for testing");
  }
}

llvm::StringRef tools::getMemPlanVersion() { return MEMPLAN_VERSION; }

void tools::installToolHandlers(llvm::StringRef argv0) {
  static bool installed = false;
  if (installed)
    return;
  installed = true;
  Messages &messages = getMessages();
  messages.program = llvm::sys::path::filename(argv0).str();
  if (messages.program.empty())
    messages.program = "memplan";
  messages.outOfMemory =
      "error: " + messages.program +
      " ran out of memory; the problem is too large for the memory this "
      "machine gives it (try a smaller problem, or more memory)\n";
  messages.bugReport =
      messages.program +
      " crashed: this is a bug in memplan. PLEASE report it to the memplan "
      "maintainers with the input file, the command line and the stack "
      "dump below (see 'Reporting a bug' in docs/UserGuide.md).\n";

  llvm::setBugReportMsg(messages.bugReport.c_str());
  llvm::install_bad_alloc_error_handler(handleOutOfMemory);
  llvm::install_out_of_memory_new_handler();
  llvm::install_fatal_error_handler(handleFatalError);
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &os) {
    os << getMessages().program << " (memplan) " << MEMPLAN_VERSION
       << "\n  built with LLVM " << LLVM_VERSION_STRING << "\n";
  });
}
