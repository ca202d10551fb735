//===- ProblemCSV.cpp - MiniMalloc CSV problems and solutions -------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "IOSupport.h"

#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace memplan;
using io::makeError;

namespace {
/// The columns of a CSV problem, in file order.
constexpr llvm::StringLiteral kColumns[] = {"id", "lower", "upper", "size",
                                            "alignment"};
constexpr unsigned kRequiredColumns = 4;

/// Reads the rows of a CSV problem, one buffer per row.
class CSVReader {
public:
  CSVReader(llvm::StringRef fileName) : fileName(fileName) {
    problem.pools.push_back({kCSVPoolName.str(), std::nullopt, 1});
  }

  llvm::Expected<Problem> read(llvm::StringRef text);

private:
  llvm::Error lineError(const llvm::Twine &message) const {
    return makeError(fileName + ":" + llvm::Twine(lineNumber) + ": " + message);
  }
  llvm::Error readHeader(llvm::StringRef line);
  llvm::Error readRow(llvm::StringRef line);
  /// Parses field `column` of the current row as a number.
  llvm::Expected<uint64_t> readNumber(llvm::ArrayRef<llvm::StringRef> fields,
                                      unsigned column);

  llvm::StringRef fileName;
  unsigned lineNumber = 0;
  unsigned numColumns = 0;
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

static std::string columnList(unsigned numColumns) {
  std::string list;
  for (unsigned i = 0; i < numColumns; ++i)
    list += (i ? "," : "") + kColumns[i].str();
  return list;
}

llvm::Error CSVReader::readHeader(llvm::StringRef line) {
  llvm::SmallVector<llvm::StringRef, 8> fields = splitFields(line);
  bool matches =
      fields.size() >= kRequiredColumns && fields.size() <= std::size(kColumns);
  for (unsigned i = 0; matches && i < fields.size(); ++i)
    matches = fields[i] == kColumns[i];
  if (!matches)
    return lineError("expected the header 'id,lower,upper,size' or "
                     "'id,lower,upper,size,alignment', found '" +
                     io::printable(line) + "'");
  numColumns = fields.size();
  return llvm::Error::success();
}

llvm::Expected<uint64_t>
CSVReader::readNumber(llvm::ArrayRef<llvm::StringRef> fields, unsigned column) {
  llvm::Expected<uint64_t> value = io::parseCount(fields[column]);
  if (!value)
    return lineError(kColumns[column] + ": " +
                     llvm::toString(value.takeError()));
  return *value;
}

llvm::Error CSVReader::readRow(llvm::StringRef line) {
  // Quoted fields would be split at their commas and read wrongly, and the
  // writers could not give a quote back.
  if (line.contains('"'))
    return lineError("quoted fields are not supported (found '\"')");
  llvm::SmallVector<llvm::StringRef, 8> fields = splitFields(line);
  if (fields.size() != numColumns)
    return lineError(llvm::formatv("expected {0} columns ({1}), found {2}",
                                   numColumns, columnList(numColumns),
                                   fields.size()));
  Buffer buffer;
  buffer.name = fields[0].str();
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
  llvm::Expected<uint64_t> lower = readNumber(fields, 1);
  if (!lower)
    return lower.takeError();
  llvm::Expected<uint64_t> upper = readNumber(fields, 2);
  if (!upper)
    return upper.takeError();
  llvm::Expected<uint64_t> size = readNumber(fields, 3);
  if (!size)
    return size.takeError();
  if (*lower >= *upper)
    return lineError(
        llvm::formatv("buffer '{0}': lower {1} is not below upper {2}",
                      io::printable(buffer.name), *lower, *upper));
  buffer.size = *size;
  buffer.intervals.push_back({int64_t(*lower), int64_t(*upper)});
  if (numColumns > kRequiredColumns) {
    llvm::Expected<uint64_t> alignment = readNumber(fields, 4);
    if (!alignment)
      return alignment.takeError();
    if (llvm::Error error = io::checkAlignment(*alignment))
      return lineError(llvm::toString(std::move(error)));
    buffer.alignment = *alignment;
  }
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
                                                llvm::StringRef fileName) {
  return CSVReader(fileName).read(text);
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
  for (const Buffer &buffer : problem.buffers) {
    if (buffer.intervals.size() != 1)
      return fail(llvm::formatv("buffer '{0}' has {1} intervals", buffer.name,
                                buffer.intervals.size()));
    if (!buffer.explicitConflicts.empty())
      return fail("buffer '" + buffer.name + "' has explicit conflicts");
    if (buffer.intervals.front().start < 0)
      return fail("buffer '" + buffer.name + "' starts before time 0");
    if (buffer.name.find_first_of(",\"\r\n") != std::string::npos ||
        llvm::StringRef(buffer.name).trim(" \t") != buffer.name)
      return fail("buffer '" + io::printable(buffer.name) +
                  "' has a name CSV cannot hold");
  }
  return llvm::Error::success();
}

static bool needsAlignmentColumn(const Problem &problem) {
  return llvm::any_of(problem.buffers,
                      [](const Buffer &b) { return b.alignment != 1; });
}

/// Writes the header and rows, with `offsets` as a last column if given.
static void writeRows(const Problem &problem, const Plan *plan,
                      llvm::raw_ostream &os) {
  bool withAlignment = needsAlignmentColumn(problem);
  os << columnList(withAlignment ? kRequiredColumns + 1 : kRequiredColumns)
     << (plan ? ",offset\n" : "\n");
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    const Interval &interval = buffer.intervals.front();
    os << buffer.name << ',' << interval.start << ',' << interval.end << ','
       << buffer.size;
    if (withAlignment)
      os << ',' << buffer.alignment;
    if (plan)
      os << ',' << plan->placements[id].offset;
    os << '\n';
  }
}

llvm::Error memplan::writeProblemCSV(const Problem &problem,
                                     llvm::raw_ostream &os) {
  if (llvm::Error error = checkCSVExpressible(problem, /*forSolution=*/false))
    return error;
  writeRows(problem, nullptr, os);
  return llvm::Error::success();
}

llvm::Error memplan::writeSolutionCSV(const Problem &problem, const Plan &plan,
                                      llvm::raw_ostream &os) {
  if (llvm::Error error = checkCSVExpressible(problem, /*forSolution=*/true))
    return error;
  if (plan.placements.size() != problem.buffers.size())
    return makeError("the plan does not match the problem");
  writeRows(problem, &plan, os);
  return llvm::Error::success();
}
