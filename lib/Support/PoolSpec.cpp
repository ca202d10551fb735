//===- PoolSpec.cpp - The pools and pool-storage options --------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Support/PoolSpec.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::memplan;

/// Whether `name` can name a pool: a letter or `_`, then letters, digits,
/// `_`, `.` or `$` (a symbol that needs no quoting and is a valid C name
/// once lowered).
static bool isValidPoolName(StringRef name) {
  if (name.empty() || !(llvm::isAlpha(name.front()) || name.front() == '_'))
    return false;
  return llvm::all_of(name, [](char c) {
    return llvm::isAlnum(c) || c == '_' || c == '.' || c == '$';
  });
}

/// Parses a non-negative decimal integer that fits in int64_t.
static std::optional<int64_t> parseBytes(StringRef text) {
  uint64_t value;
  if (text.empty() || !llvm::all_of(text, llvm::isDigit) ||
      text.getAsInteger(10, value) || value > static_cast<uint64_t>(INT64_MAX))
    return std::nullopt;
  return static_cast<int64_t>(value);
}

static llvm::Error makeError(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// Parses one `NAME[:CAPACITY[:ALIGNMENT]]`.
static llvm::Expected<PoolSpec> parsePoolSpec(StringRef entry) {
  SmallVector<StringRef> fields;
  entry.split(fields, ':');
  for (StringRef &field : fields)
    field = field.trim();
  PoolSpec spec;
  spec.name = fields[0].str();
  if (!isValidPoolName(spec.name))
    return makeError("invalid pool name '" + spec.name + "' in '" + entry +
                     "': expected a letter or '_' followed by letters, "
                     "digits, '_', '.' or '$'");
  if (fields.size() > 3)
    return makeError("too many ':' in '" + entry +
                     "': expected NAME[:CAPACITY[:ALIGNMENT]]");
  if (fields.size() > 1 && !fields[1].empty()) {
    spec.capacity = parseBytes(fields[1]);
    if (!spec.capacity)
      return makeError("invalid capacity '" + fields[1] + "' of pool '" +
                       spec.name + "': expected a number of bytes");
  }
  if (fields.size() > 2) {
    std::optional<int64_t> alignment = parseBytes(fields[2]);
    if (!alignment || *alignment == 0 ||
        !llvm::isPowerOf2_64(static_cast<uint64_t>(*alignment)))
      return makeError("invalid alignment '" + fields[2] + "' of pool '" +
                       spec.name + "': expected a power of two");
    spec.alignment = *alignment;
  }
  return spec;
}

llvm::Expected<SmallVector<PoolSpec>>
mlir::memplan::parsePoolSpecs(StringRef text) {
  SmallVector<PoolSpec> specs;
  SmallVector<StringRef> entries;
  text.split(entries, ',');
  for (StringRef entry : entries) {
    llvm::Expected<PoolSpec> spec = parsePoolSpec(entry.trim());
    if (!spec)
      return spec.takeError();
    if (llvm::any_of(specs, [&](const PoolSpec &other) {
          return other.name == spec->name;
        }))
      return makeError("pool '" + spec->name + "' is declared twice");
    specs.push_back(std::move(*spec));
  }
  return specs;
}

llvm::Expected<PoolStorageKind>
mlir::memplan::parsePoolStorage(StringRef text) {
  if (text == "global")
    return PoolStorageKind::Global;
  if (text == "argument")
    return PoolStorageKind::Argument;
  return makeError("unknown pool-storage '" + text +
                   "'; expected 'global' or 'argument'");
}
