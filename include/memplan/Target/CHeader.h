//===- CHeader.h - The C interface of a planned module ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Writes the C header that firmware compiles against a planned module: per
// pool its size and alignment as macros; with pool-storage=argument, per entry
// function a struct of pool pointers in the order the entry function takes
// them; and the offsets of an entry function's inputs and outputs that live
// in a pool. See docs/UserGuide.md, section "C interface".
//
// THE STAGE. The header is written from the planned module, after
// --memplan-plan and before --memplan-lower: only there does every pool
// carry its planned size, alignment and capacity (--memplan-lower erases the
// pools). The order of the pool arguments of an entry function is the one
// --memplan-lower=pool-storage=argument will give it: the pools used in the
// function or in a function it reaches through func.calls, in pool
// declaration order, after its own arguments.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TARGET_CHEADER_H
#define MEMPLAN_TARGET_CHEADER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace mlir::memplan {

/// The discardable attribute of an entry function that lists its inputs and
/// outputs placed in a pool (issue 9, I/O in the workspace). It is an array of
/// dictionaries, one per input or output:
///
///   memplan.workspace_io = [
///     {kind = "input", index = 0 : i64, pool = @sram, offset = 0 : i64,
///      size = 16 : i64},
///     {kind = "output", index = 0 : i64, pool = @sram, offset = 16 : i64,
///      size = 16 : i64}]
///
/// - `kind`: "input" or "output";
/// - `index`: the input's (output's) number, from 0; inputs and outputs are
///   numbered separately, in the order of the entry function's original
///   arguments (and results);
/// - `pool`: the memplan.pool it lives in;
/// - `offset`, `size`: its bytes in the pool, inside the pool's planned size.
///
/// Each (kind, index) appears once; no other key is allowed. The header gives
/// each one as `<PREFIX>_<ENTRY>_<INPUT|OUTPUT>_<index>_{POOL,OFFSET,SIZE}`.
constexpr llvm::StringLiteral kWorkspaceIOAttrName = "memplan.workspace_io";

/// What the header declares besides the pools' macros.
struct CHeaderOptions {
  /// The prefix of every C name: in upper case for macros
  /// (`MEMPLAN_POOL_SRAM_SIZE`), as given for struct tags
  /// (`memplan_model_workspace_pools`). Must be a C identifier.
  std::string prefix = "memplan";
  /// Whether the pools are passed as arguments (pool-storage=argument of
  /// --memplan-lower); then the header declares per entry function the struct
  /// of its pool pointers.
  bool poolsAsArguments = false;
};

/// Checks that `prefix` can start C names: a C identifier that does not start
/// with an underscore.
llvm::Error verifyCHeaderPrefix(llvm::StringRef prefix);

/// Parses a pool-storage value: `global` (false) or `argument` (true); the
/// error names the value and the two expected ones.
llvm::Expected<bool> parsePoolsAsArguments(llvm::StringRef poolStorage);

/// Writes the C header of the planned `module` to `os`. On IR that lacks a
/// fact (a pool without a planned size, an unplanned memplan.alloc, a lowered
/// module, a malformed memplan.workspace_io, two names that become the same
/// C name) emits located errors, writes nothing and fails.
LogicalResult writeCHeader(ModuleOp module, const CHeaderOptions &options,
                           llvm::raw_ostream &os);

/// Registers the translation `--memplan-to-c-header` (options
/// `--pool-storage=global|argument`, `--c-header-prefix=NAME`) for an
/// mlir-translate-like tool, with the dialects memplan-opt reads.
void registerToCHeaderTranslation();

} // namespace mlir::memplan

#endif // MEMPLAN_TARGET_CHEADER_H
