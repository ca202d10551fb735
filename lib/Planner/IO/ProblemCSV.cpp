//===- ProblemCSV.cpp - MiniMalloc CSV problems and solutions -------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "CSVGaps.h"
#include "CSVHeader.h"
#include "IOSupport.h"

#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace memplan;
using io::makeError;

namespace {
using Column = CSVHeader::Column;

/// Reads the rows of a CSV problem, one buffer per row.
class CSVReader {
public:
  CSVReader(llvm::StringRef fileName) : fileName(fileName) {
    problem.pools.push_back({kCSVPoolName.str(), std::nullopt, 1});
  }

  llvm::Expected<Problem> read(llvm::StringRef text);

  CSVHeader header;

private:
  llvm::Error lineError(const llvm::Twine &message) const {
    return makeError(fileName + ":" + llvm::Twine(lineNumber) + ": " + message);
  }
  llvm::Error readHeader(llvm::StringRef line);
  llvm::Error readRow(llvm::StringRef line);
  /// Parses field `column` of the current row as a number.
  llvm::Expected<uint64_t> readNumber(llvm::ArrayRef<llvm::StringRef> fields,
                                      unsigned column);
  llvm::Error readLifetime(llvm::ArrayRef<llvm::StringRef> fields,
                           Buffer &buffer);

  llvm::StringRef fileName;
  unsigned lineNumber = 0;
  /// Per CSVHeader::Column, the field that holds it.
  std::optional<unsigned> columns[CSVHeader::kNumColumns];
  llvm::StringMap<unsigned> idLines;
  Problem problem;
};
} // namespace

static llvm::SmallVector<llvm::StringRef, 8> splitFields(llvm::StringRef line) {
  llvm::SmallVector<llvm::StringRef, 8> fields;
  line.split(fields, ',');
  for (llvm::StringRef &field : fields)
    field = field.trim(" \t");
  return fields;
}

/// The header's names joined by commas.
static std::string columnList(const CSVHeader &header) {
  std::string list;
  for (const CSVHeader::Field &field : header.fields)
    list += (list.empty() ? "" : ",") + field.name;
  return list;
}

llvm::Error CSVReader::readHeader(llvm::StringRef line) {
  llvm::Expected<CSVHeader> parsed = io::parseCSVHeader(line);
  if (!parsed)
    return lineError(llvm::toString(parsed.takeError()));
  header = std::move(*parsed);
  for (unsigned i = 0; i < header.fields.size(); ++i)
    columns[static_cast<unsigned>(header.fields[i].column)] = i;
  return llvm::Error::success();
}

llvm::Expected<uint64_t>
CSVReader::readNumber(llvm::ArrayRef<llvm::StringRef> fields, unsigned column) {
  llvm::Expected<uint64_t> value = io::parseCount(fields[column]);
  if (!value)
    return lineError(header.fields[column].name + ": " +
                     llvm::toString(value.takeError()));
  return *value;
}

/// Reads [lower, upper) from the lower column and the upper or (inclusive)
/// end column.
llvm::Error CSVReader::readLifetime(llvm::ArrayRef<llvm::StringRef> fields,
                                    Buffer &buffer) {
  unsigned lowerColumn = *columns[static_cast<unsigned>(Column::Lower)];
  std::optional<unsigned> endColumn =
      columns[static_cast<unsigned>(Column::End)];
  unsigned upperColumn =
      endColumn ? *endColumn : *columns[static_cast<unsigned>(Column::Upper)];
  llvm::Expected<uint64_t> lower = readNumber(fields, lowerColumn);
  if (!lower)
    return lower.takeError();
  llvm::Expected<uint64_t> upper = readNumber(fields, upperColumn);
  if (!upper)
    return upper.takeError();
  llvm::StringRef lowerName = header.fields[lowerColumn].name;
  llvm::StringRef upperName = header.fields[upperColumn].name;
  if (endColumn) {
    // MiniMalloc's `end` is the last step the buffer is live.
    if (*upper < *lower)
      return lineError(llvm::formatv("buffer '{0}': {1} {2} is before {3} {4}",
                                     io::printable(buffer.name), upperName,
                                     *upper, lowerName, *lower));
    if (*upper == kMaxProblemBytes)
      return lineError(upperName + ": " + llvm::Twine(*upper) +
                       " is the largest time; nothing can follow it");
    ++*upper;
  } else if (*lower >= *upper) {
    return lineError(llvm::formatv("buffer '{0}': {1} {2} is not below {3} {4}",
                                   io::printable(buffer.name), lowerName,
                                   *lower, upperName, *upper));
  }
  Interval lifetime{int64_t(*lower), int64_t(*upper)};
  std::optional<unsigned> gapsColumn =
      columns[static_cast<unsigned>(Column::Gaps)];
  if (!gapsColumn) {
    buffer.intervals.push_back(lifetime);
    return llvm::Error::success();
  }
  llvm::Expected<std::vector<Interval>> intervals =
      io::applyCSVGaps(lifetime, fields[*gapsColumn], endColumn.has_value());
  if (!intervals)
    return lineError("buffer '" + io::printable(buffer.name) +
                     "': " + llvm::toString(intervals.takeError()));
  buffer.intervals = std::move(*intervals);
  return llvm::Error::success();
}

llvm::Error CSVReader::readRow(llvm::StringRef line) {
  // Quoted fields would be split at their commas and read wrongly, and the
  // writers could not give a quote back.
  if (line.contains('"'))
    return lineError("quoted fields are not supported (found '\"')");
  llvm::SmallVector<llvm::StringRef, 8> fields = splitFields(line);
  if (fields.size() != header.fields.size())
    return lineError(llvm::formatv("expected {0} columns ({1}), found {2}",
                                   header.fields.size(), columnList(header),
                                   fields.size()));
  Buffer buffer;
  buffer.name = fields[*columns[static_cast<unsigned>(Column::Id)]].str();
  if (buffer.name.empty())
    return lineError("empty id");
  // The writers could not give such an id back (CSV rows end at line
  // breaks; JSON, reports and IR hold UTF-8): reject it here rather than
  // after planning.
  if (buffer.name.find('\r') != std::string::npos)
    return lineError("id '" + io::printable(buffer.name) +
                     "' contains a carriage return");
  if (!llvm::json::isUTF8(buffer.name))
    return lineError("id '" + io::printable(buffer.name) +
                     "' is not valid UTF-8");
  auto [it, inserted] = idLines.try_emplace(buffer.name, lineNumber);
  if (!inserted)
    return lineError(llvm::formatv("duplicate id '{0}' (first on line {1})",
                                   io::printable(buffer.name), it->second));
  if (llvm::Error error = readLifetime(fields, buffer))
    return error;
  llvm::Expected<uint64_t> size =
      readNumber(fields, *columns[static_cast<unsigned>(Column::Size)]);
  if (!size)
    return size.takeError();
  buffer.size = *size;
  if (std::optional<unsigned> column =
          columns[static_cast<unsigned>(Column::Alignment)]) {
    llvm::Expected<uint64_t> alignment = readNumber(fields, *column);
    if (!alignment)
      return alignment.takeError();
    if (llvm::Error error = io::checkAlignment(*alignment))
      return lineError(llvm::toString(std::move(error)));
    buffer.alignment = *alignment;
  }
  // MiniMalloc's hint (-1 for none) is checked and not used.
  if (std::optional<unsigned> column =
          columns[static_cast<unsigned>(Column::Hint)]) {
    int64_t hint;
    if (fields[*column].getAsInteger(10, hint))
      return lineError(header.fields[*column].name + ": '" +
                       io::printable(fields[*column]) + "' is not an integer");
  }
  // A given offset (a solution read as a problem) is checked, then planned
  // anew.
  if (std::optional<unsigned> column =
          columns[static_cast<unsigned>(Column::Offset)])
    if (llvm::Expected<uint64_t> offset = readNumber(fields, *column); !offset)
      return offset.takeError();
  problem.buffers.push_back(std::move(buffer));
  return llvm::Error::success();
}

llvm::Expected<Problem> CSVReader::read(llvm::StringRef text) {
  if (text.trim().empty())
    return makeError(fileName + ": empty file");
  bool sawHeader = false;
  while (!text.empty()) {
    llvm::StringRef line;
    std::tie(line, text) = text.split('\n');
    ++lineNumber;
    line = line.trim(" \t\r");
    if (line.empty())
      continue;
    llvm::Error error = sawHeader ? readRow(line) : readHeader(line);
    if (error)
      return std::move(error);
    sawHeader = true;
  }
  if (llvm::Error error = verifyProblem(problem))
    return io::prefixError(std::move(error), fileName + ": ");
  return std::move(problem);
}

llvm::Expected<Problem> memplan::readProblemCSV(llvm::StringRef text,
                                                llvm::StringRef fileName,
                                                CSVHeader *header) {
  CSVReader reader(fileName);
  llvm::Expected<Problem> problem = reader.read(text);
  if (problem && header)
    *header = std::move(reader.header);
  return problem;
}

/// Whether CSV rows can express `problem`; the error says why not. The
/// pool's capacity and alignment have no place in CSV: a solution can drop
/// them (its offsets already honour them), a problem cannot.
static llvm::Error checkCSVExpressible(const Problem &problem,
                                       bool forSolution) {
  auto fail = [](const llvm::Twine &why) {
    return makeError("the problem cannot be written as CSV: " + why);
  };
  if (problem.pools.size() != 1)
    return fail(llvm::formatv("it has {0} pools", problem.pools.size()));
  const Pool &pool = problem.pools.front();
  if (!forSolution && (pool.capacity || pool.alignment != 1))
    return fail("pool '" + pool.name + "' has a capacity or an alignment");
  if (!forSolution && !problem.shares.empty())
    return fail("it has buffers that may share an address");
  for (const Buffer &buffer : problem.buffers) {
    if (buffer.intervals.empty())
      return fail("buffer '" + io::printable(buffer.name) +
                  "' has no interval");
    if (!buffer.explicitConflicts.empty())
      return fail("buffer '" + buffer.name + "' has explicit conflicts");
    if (io::getHull(buffer.intervals).start < 0)
      return fail("buffer '" + buffer.name + "' starts before time 0");
    if (buffer.name.find_first_of(",\"\r\n") != std::string::npos ||
        llvm::StringRef(buffer.name).trim(" \t") != buffer.name)
      return fail("buffer '" + io::printable(buffer.name) +
                  "' has a name CSV cannot hold");
  }
  return llvm::Error::success();
}

/// Whether some buffer is live in several intervals: a gaps column says so.
static bool needsGapsColumn(const Problem &problem) {
  return llvm::any_of(problem.buffers,
                      [](const Buffer &b) { return b.intervals.size() > 1; });
}

static bool needsAlignmentColumn(const Problem &problem) {
  return llvm::any_of(problem.buffers,
                      [](const Buffer &b) { return b.alignment != 1; });
}

/// Writes `header` and the rows, with the plan's offsets when given: in the
/// header's offset column, else in an added last one. An alignment column is
/// added when some buffer needs one and the header has none.
static void writeRows(const Problem &problem, const Plan *plan,
                      CSVHeader header, llvm::raw_ostream &os) {
  if (needsAlignmentColumn(problem) &&
      !io::findCSVColumn(header, Column::Alignment))
    header.fields.push_back({Column::Alignment, "alignment"});
  if (needsGapsColumn(problem) && !io::findCSVColumn(header, Column::Gaps))
    header.fields.push_back({Column::Gaps, "gaps"});
  bool inclusiveEnd = io::findCSVColumn(header, Column::End).has_value();
  std::optional<unsigned> offsetColumn =
      io::findCSVColumn(header, Column::Offset);
  if (!plan && offsetColumn) {
    header.fields.erase(header.fields.begin() + *offsetColumn);
    offsetColumn.reset();
  }
  if (plan && !offsetColumn)
    header.fields.push_back({Column::Offset, "offset"});
  os << columnList(header) << '\n';
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    Interval interval = io::getHull(buffer.intervals);
    for (const CSVHeader::Field &field : header.fields) {
      if (&field != &header.fields.front())
        os << ',';
      switch (field.column) {
      case Column::Id:
        os << buffer.name;
        break;
      case Column::Lower:
        os << interval.start;
        break;
      case Column::Upper:
        os << interval.end;
        break;
      case Column::End:
        os << interval.end - 1;
        break;
      case Column::Size:
        os << buffer.size;
        break;
      case Column::Alignment:
        os << buffer.alignment;
        break;
      case Column::Offset:
        os << plan->placements[id].offset;
        break;
      case Column::Gaps:
        os << io::formatCSVGaps(buffer.intervals, inclusiveEnd);
        break;
      case Column::Hint:
        os << -1;
        break;
      }
    }
    os << '\n';
  }
}

llvm::Error memplan::writeProblemCSV(const Problem &problem,
                                     llvm::raw_ostream &os) {
  if (llvm::Error error = checkCSVExpressible(problem, /*forSolution=*/false))
    return error;
  writeRows(problem, nullptr,
            io::getDefaultCSVHeader(needsAlignmentColumn(problem)), os);
  return llvm::Error::success();
}

llvm::Error memplan::writeSolutionCSV(const Problem &problem, const Plan &plan,
                                      llvm::raw_ostream &os,
                                      const CSVHeader *header) {
  if (llvm::Error error = checkCSVExpressible(problem, /*forSolution=*/true))
    return error;
  if (plan.placements.size() != problem.buffers.size())
    return makeError("the plan does not match the problem");
  writeRows(problem, &plan,
            header ? *header
                   : io::getDefaultCSVHeader(needsAlignmentColumn(problem)),
            os);
  return llvm::Error::success();
}
