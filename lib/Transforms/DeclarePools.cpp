//===- DeclarePools.cpp - Pools for a module that has none ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-declare-pools: declares the pools of the `pools` option
// (`NAME[:CAPACITY[:ALIGNMENT]],...`), or one unbounded `workspace`, in a
// module that declares no memplan.pool.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANDECLAREPOOLS
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

namespace {

/// One pool of the `pools` option.
struct PoolSpec {
  std::string name;
  std::optional<int64_t> capacity;
  int64_t alignment = 16;
};

} // namespace

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
      text.getAsInteger(10, value) ||
      value > static_cast<uint64_t>(INT64_MAX))
    return std::nullopt;
  return static_cast<int64_t>(value);
}

/// Parses `NAME[:CAPACITY[:ALIGNMENT]],...`. An empty CAPACITY means
/// unbounded. On error, returns the message.
static FailureOr<SmallVector<PoolSpec>> parsePoolSpecs(StringRef text,
                                                       std::string &error) {
  SmallVector<PoolSpec> specs;
  SmallVector<StringRef> entries;
  text.split(entries, ',');
  for (StringRef entry : entries) {
    entry = entry.trim();
    SmallVector<StringRef> fields;
    entry.split(fields, ':');
    PoolSpec spec;
    spec.name = fields[0].trim().str();
    if (!isValidPoolName(spec.name)) {
      error = "invalid pool name '" + spec.name + "' in '" + entry.str() +
              "': expected a letter or '_' followed by letters, digits, "
              "'_', '.' or '$'";
      return failure();
    }
    if (fields.size() > 3) {
      error = "too many ':' in '" + entry.str() +
              "': expected NAME[:CAPACITY[:ALIGNMENT]]";
      return failure();
    }
    if (fields.size() > 1 && !fields[1].trim().empty()) {
      spec.capacity = parseBytes(fields[1].trim());
      if (!spec.capacity) {
        error = "invalid capacity '" + fields[1].trim().str() + "' of pool '" +
                spec.name + "': expected a number of bytes";
        return failure();
      }
    }
    if (fields.size() > 2) {
      std::optional<int64_t> alignment = parseBytes(fields[2].trim());
      if (!alignment || *alignment == 0 ||
          !llvm::isPowerOf2_64(static_cast<uint64_t>(*alignment))) {
        error = "invalid alignment '" + fields[2].trim().str() +
                "' of pool '" + spec.name + "': expected a power of two";
        return failure();
      }
      spec.alignment = *alignment;
    }
    if (llvm::any_of(specs, [&](const PoolSpec &other) {
          return other.name == spec.name;
        })) {
      error = "pool '" + spec.name + "' is declared twice";
      return failure();
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

namespace {

struct DeclarePoolsPass
    : public memplan::impl::MemPlanDeclarePoolsBase<DeclarePoolsPass> {
  using MemPlanDeclarePoolsBase::MemPlanDeclarePoolsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<PoolSpec> specs;
    if (pools.empty()) {
      specs.push_back({"workspace", std::nullopt, 16});
    } else {
      std::string error;
      FailureOr<SmallVector<PoolSpec>> parsed = parsePoolSpecs(pools, error);
      if (failed(parsed)) {
        module.emitError("memplan: bad pools option: ") << error;
        return signalPassFailure();
      }
      specs = std::move(*parsed);
    }

    auto existing = module.getOps<PoolOp>();
    if (!existing.empty()) {
      if (pools.empty())
        return; // The module's own pools are used.
      (*existing.begin())
          .emitOpError("the module already declares pools, so the pools "
                       "option '")
          << pools << "' cannot apply";
      return signalPassFailure();
    }

    // Inserted in option order at the start of the module, before any name
    // clash would be reported by the verifier.
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    for (const PoolSpec &spec : specs) {
      if (Operation *clash = module.lookupSymbol(spec.name)) {
        clash->emitOpError("has the name of pool '")
            << spec.name << "' of the pools option";
        return signalPassFailure();
      }
      IntegerAttr capacity;
      if (spec.capacity)
        capacity = builder.getI64IntegerAttr(*spec.capacity);
      PoolOp::create(builder, module.getLoc(), spec.name, capacity,
                     spec.alignment, PoolAccess::ReadWrite,
                     /*size=*/nullptr, /*lower_bound=*/nullptr);
    }
  }
};

} // namespace
