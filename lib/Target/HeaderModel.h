//===- HeaderModel.h - The facts a C header states --------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The content of the C header of a planned module, read from the IR and
// checked (buildHeaderModel), then printed (printHeader). Every C name is
// decided and checked for collisions while building, so printing cannot
// fail. Internal to lib/Target.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TARGET_HEADERMODEL_H
#define MEMPLAN_LIB_TARGET_HEADERMODEL_H

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Target/CHeader.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::memplan {

/// One pool.
struct HeaderPool {
  PoolOp op;
  std::string name;
  uint64_t size = 0;
  uint64_t alignment = 1;
  std::optional<uint64_t> capacity;
  std::optional<uint64_t> lowerBound;
  bool readOnly = false;
  /// A constant pool (`constants`): its bytes are a constant global of the
  /// compiled code, never an argument.
  bool constants = false;
  /// The start of its macros: `MEMPLAN_POOL_SRAM`.
  std::string macro;
  /// Its member in the workspace-pools structs: `sram`.
  std::string member;
};

/// One input or output of an entry function that lives in a pool.
struct HeaderIO {
  bool isOutput = false;
  uint64_t index = 0;
  /// Index into HeaderModel::pools.
  unsigned pool = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
  /// The start of its macros: `MEMPLAN_MODEL_INPUT_0`.
  std::string macro;
};

/// One entry function.
struct HeaderEntry {
  FunctionOpInterface op;
  std::string name;
  /// Its workspace-pools struct tag: `memplan_model_workspace_pools`.
  std::string structTag;
  /// With pools as arguments: the pools it takes, in its argument order
  /// (indices into HeaderModel::pools).
  SmallVector<unsigned> poolArguments;
  /// Its inputs, then its outputs, each by index.
  SmallVector<HeaderIO> io;
};

/// Everything the header states, in module order.
struct HeaderModel {
  std::string guard;
  bool poolsAsArguments = false;
  SmallVector<HeaderPool> pools;
  SmallVector<HeaderEntry> entries;
};

//===----------------------------------------------------------------------===//
// The pieces, each in its own file
//===----------------------------------------------------------------------===//

/// The pools `entry` takes as arguments after --memplan-lower with
/// pool-storage=argument, as indices into the module's pools, ascending (pool
/// declaration order): the pools that a memplan.view or placed memplan.alloc
/// uses directly inside `entry` or inside a func.func that `entry` reaches
/// through func.calls (EntryPoolArguments.cpp).
SmallVector<unsigned>
getEntryPoolArguments(func::FuncOp entry,
                      const llvm::StringMap<unsigned> &poolIndex);

/// Reads the memplan.workspace_io attribute of `entry`, if any, into `io`
/// (inputs then outputs, each by index; `macro` left empty). Emits located
/// errors at `entry` and fails when it is malformed (WorkspaceIO.cpp).
LogicalResult readWorkspaceIO(FunctionOpInterface entry,
                              ArrayRef<HeaderPool> pools,
                              const llvm::StringMap<unsigned> &poolIndex,
                              SmallVectorImpl<HeaderIO> &io);

//===----------------------------------------------------------------------===//
// The whole
//===----------------------------------------------------------------------===//

/// Reads and checks the facts of the planned `module`; emits located errors
/// and fails when one is missing or malformed (see writeCHeader).
FailureOr<HeaderModel> buildHeaderModel(ModuleOp module,
                                        const CHeaderOptions &options);

/// Prints the header.
void printHeader(const HeaderModel &model, llvm::raw_ostream &os);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TARGET_HEADERMODEL_H
