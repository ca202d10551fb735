//===- BufferNames.h - Readable, unique buffer names ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_BUFFERNAMES_H
#define MEMPLAN_ANALYSIS_BUFFERNAMES_H

#include "mlir/IR/Location.h"
#include "llvm/ADT/ArrayRef.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::memplan {

/// The first name of a NameLoc in `loc`, searching fused locations in order
/// and call-site locations callee first; std::nullopt when there is none.
std::optional<std::string> getNameFromLocation(Location loc);

/// Makes `names` unique, in order: the first of several equal names keeps it,
/// later ones get the smallest suffix `_<k>` (k >= 1) that collides with no
/// name of the list and no name given so far. Empty names become "buffer".
std::vector<std::string> makeNamesUnique(llvm::ArrayRef<std::string> names);

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_BUFFERNAMES_H
