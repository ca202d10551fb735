//===- CSVGaps.h - MiniMalloc's gaps column ---------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Private to the CSV reader and writer. MiniMalloc's `gaps` column lists,
// separated by spaces, the times within a buffer's lifetime when it is not
// live: `a-b` (the same time convention as the file's upper or end column),
// or `a-b@x:y`, a gap during which only the bytes [x, y) of the buffer stay
// in use. memplan's buffers have intervals: an unwindowed gap splits the
// lifetime; a windowed gap keeps the whole buffer live (a plan for the
// larger need is valid for the smaller one; the window's saving is given
// up).
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_IO_CSVGAPS_H
#define MEMPLAN_LIB_PLANNER_IO_CSVGAPS_H

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace memplan {
namespace io {

/// The intervals of `lifetime` once the unwindowed gaps of `text` are taken
/// out, ascending and disjoint. With `inclusiveEnd` (an `end` column) a gap
/// `a-b` ends after step b, else before it. The error (one line, without
/// the file and line) names a malformed gap, or says that the gaps leave
/// nothing of the lifetime.
llvm::Expected<std::vector<Interval>>
applyCSVGaps(Interval lifetime, llvm::StringRef text, bool inclusiveEnd);

/// The gaps column that gives `intervals` back from their hull: the holes
/// between them, in the same time convention.
std::string formatCSVGaps(llvm::ArrayRef<Interval> intervals,
                          bool inclusiveEnd);

/// The smallest interval that holds all of `intervals` (not empty).
Interval getHull(llvm::ArrayRef<Interval> intervals);

} // namespace io
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_IO_CSVGAPS_H
