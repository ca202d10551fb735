//===- CSVHeader.cpp - The columns of a CSV problem -----------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "CSVHeader.h"

#include "IOSupport.h"

#include "llvm/ADT/SmallVector.h"

using namespace memplan;
using Column = CSVHeader::Column;

namespace {
/// Every name a column may have, as MiniMalloc reads them.
struct Spelling {
  llvm::StringLiteral name;
  Column column;
};
constexpr Spelling kSpellings[] = {
    {"id", Column::Id},        {"buffer", Column::Id},
    {"buffer_id", Column::Id}, {"lower", Column::Lower},
    {"begin", Column::Lower},  {"start", Column::Lower},
    {"upper", Column::Upper},  {"end", Column::End},
    {"size", Column::Size},    {"alignment", Column::Alignment},
    {"offset", Column::Offset}, {"gaps", Column::Gaps},
    {"hint", Column::Hint}};

/// What a column gives, for messages; `upper` and `end` give the same thing.
llvm::StringRef describe(Column column) {
  switch (column) {
  case Column::Id:
    return "the buffer's id (id, buffer or buffer_id)";
  case Column::Lower:
    return "the first time step (lower, begin or start)";
  case Column::Upper:
  case Column::End:
    return "the end of the lifetime (upper, or end for the last time step)";
  case Column::Size:
    return "the size (size)";
  case Column::Alignment:
    return "the alignment (alignment)";
  case Column::Offset:
    return "the offset (offset)";
  case Column::Gaps:
    return "the gaps (gaps)";
  case Column::Hint:
    return "the hint (hint)";
  }
  return "";
}

/// Columns that give the same thing: `upper` and `end` are one.
Column role(Column column) {
  return column == Column::End ? Column::Upper : column;
}
} // namespace

std::optional<unsigned> io::findCSVColumn(const CSVHeader &header,
                                          Column column) {
  for (unsigned i = 0; i < header.fields.size(); ++i)
    if (header.fields[i].column == column)
      return i;
  return std::nullopt;
}

llvm::Expected<CSVHeader> io::parseCSVHeader(llvm::StringRef line) {
  llvm::SmallVector<llvm::StringRef, 8> names;
  line.split(names, ',');
  CSVHeader header;
  for (llvm::StringRef name : names) {
    name = name.trim(" \t");
    const Spelling *spelling = llvm::find_if(
        kSpellings, [&](const Spelling &s) { return s.name == name; });
    if (spelling == std::end(kSpellings))
      return makeError("unknown column '" + printable(name) +
                       "' in the header '" + printable(line) +
                       "' (expected id, lower, upper, size and optionally "
                       "alignment, offset, gaps and hint, or MiniMalloc's "
                       "buffer, begin, start and end)");
    for (const CSVHeader::Field &field : header.fields)
      if (role(field.column) == role(spelling->column))
        return makeError("columns '" + field.name + "' and '" + name +
                         "' both give " + describe(spelling->column));
    header.fields.push_back({spelling->column, name.str()});
  }
  for (Column required :
       {Column::Id, Column::Lower, Column::Upper, Column::Size})
    if (llvm::none_of(header.fields, [&](const CSVHeader::Field &field) {
          return role(field.column) == required;
        }))
      return makeError("the header '" + printable(line) +
                       "' has no column for " + describe(required));
  return header;
}

CSVHeader io::getDefaultCSVHeader(bool withAlignment) {
  CSVHeader header;
  header.fields = {{Column::Id, "id"},
                   {Column::Lower, "lower"},
                   {Column::Upper, "upper"},
                   {Column::Size, "size"}};
  if (withAlignment)
    header.fields.push_back({Column::Alignment, "alignment"});
  return header;
}
