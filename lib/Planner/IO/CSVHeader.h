//===- CSVHeader.h - The columns of a CSV problem ---------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Private to the CSV reader and writer: what each spelling of a column means
// (see CSVHeader in ProblemIO.h), and the header memplan writes by default.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_CSVHEADER_H
#define MEMPLAN_LIB_PLANNER_CSVHEADER_H

#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>

namespace memplan {
namespace io {

/// Reads a header line: every column known, none twice, the buffer's id,
/// start, end and size present. The error is one line without the file name.
llvm::Expected<CSVHeader> parseCSVHeader(llvm::StringRef line);

/// The header memplan writes for problems it did not read from CSV:
/// `id,lower,upper,size` and `alignment` when asked.
CSVHeader getDefaultCSVHeader(bool withAlignment);

/// The position of `column` in `header`, if present.
std::optional<unsigned> findCSVColumn(const CSVHeader &header,
                                      CSVHeader::Column column);

} // namespace io
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_CSVHEADER_H
