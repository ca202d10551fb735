//===- DebugOptions.cpp - -debug and -debug-only for memplan's tools ------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// A libLLVM built with NDEBUG (Debian's) registers no -debug or -debug-only,
// yet memplan built without NDEBUG has LLVM_DEBUG output to show. Its tools
// then register the two options themselves; they set llvm::DebugFlag and
// llvm::setCurrentDebugTypes, which libLLVM exports in every build.
//
//===----------------------------------------------------------------------===//

#include "ToolSupport.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Debug.h"

#include <string>
#include <vector>

using namespace memplan;

#ifndef NDEBUG
namespace {

/// The location of -debug-only: each value turns debug output on for the
/// comma-separated debug types it names.
struct DebugOnlyLocation {
  void operator=(const std::string &value) const {
    if (value.empty())
      return;
    llvm::DebugFlag = true;
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(value).split(parts, ',', -1, false);
    // setCurrentDebugTypes copies the names.
    std::vector<std::string> types(parts.begin(), parts.end());
    std::vector<const char *> names;
    for (const std::string &type : types)
      names.push_back(type.c_str());
    llvm::setCurrentDebugTypes(names.data(), names.size());
  }
};

} // namespace
#endif

void tools::registerDebugOptions() {
#ifndef NDEBUG
  if (llvm::cl::getRegisteredOptions().count("debug-only"))
    return; // libLLVM has them (built without NDEBUG).
  static llvm::cl::opt<bool, /*ExternalStorage=*/true> debug(
      "debug", llvm::cl::desc("Enable debug output"), llvm::cl::Hidden,
      llvm::cl::location(llvm::DebugFlag));
  static DebugOnlyLocation location;
  static llvm::cl::opt<DebugOnlyLocation, /*ExternalStorage=*/true,
                       llvm::cl::parser<std::string>>
      debugOnly("debug-only",
                llvm::cl::desc("Enable debug output of the given "
                               "comma-separated debug types (for memplan: "
                               "memplan-plan, memplan-rewrite, ...)"),
                llvm::cl::Hidden, llvm::cl::value_desc("debug types"),
                llvm::cl::location(location), llvm::cl::ValueRequired);
#endif
}
