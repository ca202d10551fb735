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

#include "memplan/Support/PoolSpec.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace mlir::memplan {

/// What the header declares besides the pools' macros.
struct CHeaderOptions {
  /// The prefix of every C name: in upper case for macros
  /// (`MEMPLAN_POOL_SRAM_SIZE`), as given for struct tags
  /// (`memplan_model_workspace_pools`). Must be a C identifier.
  std::string prefix = "memplan";
  /// Where --memplan-lower puts the pools; with PoolStorageKind::Argument the
  /// header declares per entry function the struct of its pool pointers.
  PoolStorageKind poolStorage = PoolStorageKind::Global;
};

/// Checks that `prefix` can start C names: a C identifier that does not start
/// with an underscore.
llvm::Error verifyCHeaderPrefix(llvm::StringRef prefix);

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
