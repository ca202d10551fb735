//===- BufferNames.cpp - Readable, unique buffer names ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/BufferNames.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;

std::optional<std::string> mlir::memplan::getNameFromLocation(Location loc) {
  // Depth-first, left to right, with an explicit stack: locations nest as
  // deeply as the inlining and fusion history of the program.
  llvm::SmallVector<Location> stack{loc};
  while (!stack.empty()) {
    Location current = stack.pop_back_val();
    if (auto name = dyn_cast<NameLoc>(current))
      return name.getName().str();
    if (auto fused = dyn_cast<FusedLoc>(current)) {
      for (Location inner : llvm::reverse(fused.getLocations()))
        stack.push_back(inner);
    } else if (auto callSite = dyn_cast<CallSiteLoc>(current)) {
      stack.push_back(callSite.getCaller());
      stack.push_back(callSite.getCallee());
    }
  }
  return std::nullopt;
}

std::vector<std::string>
mlir::memplan::makeNamesUnique(llvm::ArrayRef<std::string> names) {
  llvm::StringSet<> given;
  for (const std::string &name : names)
    given.insert(name.empty() ? "buffer" : name);
  llvm::StringSet<> taken;
  std::vector<std::string> unique;
  unique.reserve(names.size());
  for (const std::string &original : names) {
    std::string name = original.empty() ? "buffer" : original;
    if (taken.contains(name)) {
      std::string candidate;
      for (unsigned suffix = 1;; ++suffix) {
        candidate = name + "_" + std::to_string(suffix);
        if (!given.contains(candidate) && !taken.contains(candidate))
          break;
      }
      name = candidate;
    }
    taken.insert(name);
    unique.push_back(std::move(name));
  }
  return unique;
}
