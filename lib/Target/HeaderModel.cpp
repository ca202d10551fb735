//===- HeaderModel.cpp - The facts a C header states ------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reads the planned module into a HeaderModel: the pools with their planned
// sizes, the entry functions with their pool arguments and their inputs and
// outputs in the pools, and the C name of each; fails with located errors
// when the module lacks a fact.
//
//===----------------------------------------------------------------------===//

#include "HeaderModel.h"
#include "CNames.h"

#include "memplan/Analysis/BufferAnalysis.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mlir::memplan;

/// The error for a module without memplan.pool: a lowered module (a function
/// takes a pool argument) or one that was never planned.
static LogicalResult reportMissingPools(ModuleOp module) {
  for (auto function : module.getOps<FunctionOpInterface>())
    for (unsigned i = 0, e = function.getNumArguments(); i < e; ++i)
      if (auto pool = function.getArgAttrOfType<StringAttr>(
              i, MemPlanDialect::getPlacedPoolAttrName()))
        return function.emitError("takes pool '")
               << pool.getValue()
               << "' as an argument: the module is already lowered, and "
                  "--memplan-lower erased the pools and their alignments; "
                  "write the C header from the planned module (after "
                  "--memplan-plan, before --memplan-lower)";
  // At the module's location, without the module printed whole.
  return emitError(module.getLoc(),
                   "the module declares no memplan.pool: write the C header "
                   "from a planned module (after --memplan-plan, before "
                   "--memplan-lower)");
}

/// Reads the pools; each must have a planned size.
static LogicalResult readPools(ModuleOp module, HeaderModel &model) {
  bool ok = true;
  for (PoolOp op : module.getOps<PoolOp>()) {
    if (!op.getSizeAttr()) {
      op.emitOpError("has no planned size: run --memplan-plan before writing "
                     "the C header");
      ok = false;
      continue;
    }
    HeaderPool pool;
    pool.op = op;
    pool.name = op.getSymName().str();
    // The verifier keeps these non-negative.
    pool.size = op.getSizeAttr().getInt();
    pool.alignment = op.getAlignmentAttr().getInt();
    if (IntegerAttr capacity = op.getCapacityAttr())
      pool.capacity = capacity.getInt();
    if (IntegerAttr lowerBound = op.getLowerBoundAttr())
      pool.lowerBound = lowerBound.getInt();
    pool.readOnly = op.getAccess() == PoolAccess::ReadOnly;
    pool.constants = op.getConstants();
    model.pools.push_back(pool);
  }
  if (!ok)
    return failure();
  if (model.pools.empty())
    return reportMissingPools(module);
  return success();
}

/// Every memplan.alloc must be placed: the header is for a finished plan.
static LogicalResult checkAllocsPlanned(ModuleOp module) {
  bool ok = true;
  module.walk([&](AllocOp alloc) {
    if (alloc.getPoolAttr())
      return;
    alloc.emitOpError("is not planned: run --memplan-plan before writing the "
                      "C header");
    ok = false;
  });
  return success(ok);
}

/// Reads the entry functions: their pool arguments and their inputs and
/// outputs in the pools. A memplan.workspace_io on another function is an
/// error.
static LogicalResult readEntries(ModuleOp module, HeaderModel &model) {
  BufferAnalysis analysis(module);
  if (failed(analysis.getStatus()))
    return failure();

  llvm::StringMap<unsigned> poolIndex;
  for (auto [i, pool] : llvm::enumerate(model.pools))
    poolIndex[pool.name] = i;

  for (FunctionOpInterface op : analysis.getEntryFunctions()) {
    HeaderEntry entry;
    entry.op = op;
    entry.name = op.getName().str();
    if (auto func = dyn_cast<func::FuncOp>(op.getOperation());
        func && model.poolsAsArguments)
      entry.poolArguments = getEntryPoolArguments(func, poolIndex);
    if (failed(readWorkspaceIO(op, model.pools, poolIndex, entry.io)))
      return failure();
    model.entries.push_back(std::move(entry));
  }

  for (auto function : module.getOps<FunctionOpInterface>())
    if (function->getDiscardableAttr(
            MemPlanDialect::getWorkspaceIOAttrName()) &&
        !llvm::is_contained(analysis.getEntryFunctions(), function))
      return function.emitError("has ")
             << MemPlanDialect::getWorkspaceIOAttrName()
             << " but is not an entry function; only an entry function's "
                "inputs and outputs can live in the workspace";
  return success();
}

/// `@name` for diagnostics.
static std::string describe(StringRef kind, StringRef name) {
  return (kind + " @" + name).str();
}

/// Decides every C name and checks that no two things share one.
static LogicalResult nameEverything(ModuleOp module, StringRef prefix,
                                    HeaderModel &model) {
  std::string macroPrefix = toMacroPart(prefix);
  CNameTable macros, members, tags;
  bool ok = true;
  // The macros BASE + SUFFIX of one thing; stops at its first clash, so that
  // each thing gets one error at most.
  auto addMacros = [&](StringRef base, ArrayRef<StringRef> suffixes,
                       Operation *op, StringRef what) {
    for (StringRef suffix : suffixes)
      if (failed(macros.add((base + suffix).str(), op, what))) {
        ok = false;
        return false;
      }
    return true;
  };

  model.guard = macroPrefix + "_PLAN_H";
  addMacros(model.guard, {""}, module, "the include guard");

  for (HeaderPool &pool : model.pools) {
    std::string what = describe("pool", pool.name);
    pool.macro = macroPrefix + "_POOL_" + toMacroPart(pool.name);
    pool.member = toMemberName(pool.name);
    SmallVector<StringRef, 3> suffixes = {"_SIZE", "_ALIGNMENT"};
    if (pool.capacity)
      suffixes.push_back("_CAPACITY");
    if (addMacros(pool.macro, suffixes, pool.op, what) &&
        model.poolsAsArguments)
      ok &= succeeded(members.add(pool.member, pool.op, what));
  }

  for (HeaderEntry &entry : model.entries) {
    StringRef name = entry.name;
    std::string what = describe("entry function", name);
    if (!entry.poolArguments.empty()) {
      entry.structTag =
          prefix.str() + "_" + toTagPart(name) + "_workspace_pools";
      ok &= succeeded(tags.add(entry.structTag, entry.op, what));
    }
    for (HeaderIO &io : entry.io) {
      io.macro = macroPrefix + "_" + toMacroPart(name) +
                 (io.isOutput ? "_OUTPUT_" : "_INPUT_") +
                 std::to_string(io.index);
      std::string ioWhat = (io.isOutput ? "output " : "input ") +
                           std::to_string(io.index) + " of " + what;
      addMacros(io.macro, {"_POOL", "_OFFSET", "_SIZE"}, entry.op, ioWhat);
    }
  }
  return success(ok);
}

FailureOr<HeaderModel>
mlir::memplan::buildHeaderModel(ModuleOp module,
                                const CHeaderOptions &options) {
  if (llvm::Error error = verifyCHeaderPrefix(options.prefix))
    return emitError(module.getLoc(), llvm::toString(std::move(error)));
  HeaderModel model;
  model.poolsAsArguments = options.poolStorage == PoolStorageKind::Argument;
  if (failed(readPools(module, model)) || failed(checkAllocsPlanned(module)) ||
      failed(readEntries(module, model)) ||
      failed(nameEverything(module, options.prefix, model)))
    return failure();
  return model;
}

llvm::Error mlir::memplan::verifyCHeaderPrefix(StringRef prefix) {
  if (isCIdentifier(prefix) && prefix.front() != '_')
    return llvm::Error::success();
  return llvm::createStringError(
      "the C header prefix '" + prefix +
      "' is not a C identifier that starts with a letter");
}
