//===- ProblemIO.h - Problem and solution files -----------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The one reader and the one writer of each file format, shared by every tool
// and pass.
//
// CSV (MiniMalloc's format): a header `id,lower,upper,size` with an optional
// column `alignment`, then one buffer per line. Each buffer lives in the
// half-open interval [lower, upper) and goes to a single pool named
// kCSVPoolName (unbounded; tools may set its capacity). Columns may come in
// any order and with MiniMalloc's other names: `buffer` or `buffer_id` for
// `id`, `begin` or `start` for `lower`, and `end` for the last time step the
// buffer is live (so upper = end + 1). An `offset` column (a solution read
// back as a problem) is checked and ignored. MiniMalloc's `gaps` column
// lists, separated by spaces, times `a-b` (same convention as the upper or
// end column) within the lifetime when the buffer is not live: they split
// its lifetime into intervals; a windowed gap `a-b@x:y` (only bytes [x, y)
// in use) keeps the whole buffer live. MiniMalloc's `hint` column is checked
// (an integer) and not used. Blank lines are skipped; fields
// may be surrounded by spaces. Quoted fields are not supported; ids are
// UTF-8.
//
// JSON:
//   {"pools":   [{"name": "sram", "capacity": 262144, "alignment": 16},
//                {"name": "dram"}],
//    "buffers": [{"name": "sid_8", "size": 802816, "alignment": 16,
//                 "pools": ["sram", "dram"], "intervals": [[3, 9]],
//                 "conflicts": ["tensor_2"], "shares": ["sid_9"]}]}
// `capacity`, `alignment`, `pools`, `intervals`, `conflicts` and `shares` are
// optional; unknown keys are errors. `shares` names buffers this one may share
// its address with although both are live at once (in-place reuse, see
// Problem::shares); listing one side of a pair is enough.
//
// Numbers, in both formats, are decimal integers in [0, 2^63-1] (see
// kMaxProblemBytes): negative values, fractions, exponents and anything
// beyond 2^63-1 (which JSON parsers deliver as unsigned or floating-point
// values) are rejected with the same rule. Alignments are powers of two.
//
// Reader errors are one line and start with the file name, then the line
// (CSV) or the buffer or pool (JSON).
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_PROBLEMIO_H
#define MEMPLAN_PLANNER_PROBLEMIO_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace memplan {

/// The name of the single pool of a problem read from CSV.
constexpr llvm::StringLiteral kCSVPoolName = "memory";

enum class FileFormat { CSV, JSON };

/// How a CSV file names and orders its columns, so that a solution is
/// written with the same header as its problem (plus `offset` when the
/// problem had none).
struct CSVHeader {
  enum class Column {
    Id,
    Lower,
    Upper,
    End,
    Size,
    Alignment,
    Offset,
    /// MiniMalloc's gaps: times within the lifetime the buffer is not live.
    Gaps,
    /// MiniMalloc's placement hint: read, not used (written back as -1).
    Hint,
  };
  static constexpr unsigned kNumColumns = 9;
  struct Field {
    Column column;
    /// The name as the file spells it (`id`, `buffer`, `begin`, ...).
    std::string name;
  };
  /// In file order.
  std::vector<Field> fields;
};

/// The format named by the extension of `path` (`.csv` or `.json`).
llvm::Expected<FileFormat> getFileFormat(llvm::StringRef path);

/// Parses a CSV problem. `fileName` prefixes error messages. The file's
/// header goes to `header` when given.
llvm::Expected<Problem> readProblemCSV(llvm::StringRef text,
                                       llvm::StringRef fileName,
                                       CSVHeader *header = nullptr);
/// Parses a JSON problem. `fileName` prefixes error messages.
llvm::Expected<Problem> readProblemJSON(llvm::StringRef text,
                                        llvm::StringRef fileName);
/// Parses a problem in `format`; a CSV file's header goes to `header`.
llvm::Expected<Problem> readProblem(llvm::StringRef text,
                                    llvm::StringRef fileName, FileFormat format,
                                    CSVHeader *header = nullptr);
/// Reads the problem file at `path`, in the format of its extension; a CSV
/// file's header goes to `header`.
llvm::Expected<Problem> readProblemFile(llvm::StringRef path,
                                        CSVHeader *header = nullptr);

/// Writes `problem` as JSON (one pool or buffer per line).
void writeProblemJSON(const Problem &problem, llvm::raw_ostream &os);
/// Writes `problem` as CSV (a `gaps` column when a buffer has several
/// intervals, see writeSolutionCSV). Fails when CSV cannot express it
/// (several pools, a buffer without an interval, explicit conflicts, share
/// pairs, a bounded pool or pool alignment, names with commas, quotes or line
/// breaks).
llvm::Error writeProblemCSV(const Problem &problem, llvm::raw_ostream &os);

/// Writes the solution as CSV: the problem's rows with an added `offset`
/// column, under `header` (the problem file's) when given. A buffer live in
/// several intervals is written as the hull of its intervals with the holes
/// in a `gaps` column (added when the header has none); a hint column gets
/// -1 (no hint). Fails where
/// writeProblemCSV does, except that the pool may have a capacity and an
/// alignment.
llvm::Error writeSolutionCSV(const Problem &problem, const Plan &plan,
                             llvm::raw_ostream &os,
                             const CSVHeader *header = nullptr);
/// Writes the solution as JSON:
///   {"algorithm": "...", "lower_bound": N,
///    "pools": [{"name": "sram", "size": 200704}, ...],
///    "buffers": [{"name": "sid_8", "pool": "dram", "offset": 0}, ...]}
void writeSolutionJSON(const Problem &problem, const Plan &plan,
                       llvm::raw_ostream &os);
/// Writes the solution in `format`; CSV under `header` when given.
llvm::Error writeSolution(const Problem &problem, const Plan &plan,
                          FileFormat format, llvm::raw_ostream &os,
                          const CSVHeader *header = nullptr);

} // namespace memplan

#endif // MEMPLAN_PLANNER_PROBLEMIO_H
