//===- RecordWorkspaceIO.h - Where the entry I/O was placed -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_RECORDWORKSPACEIO_H
#define MEMPLAN_LIB_TRANSFORMS_RECORDWORKSPACEIO_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::memplan {

/// After planning: gives each function whose body holds placed buffers
/// marked `memplan.input`/`memplan.output` (--memplan-io-to-workspace) the
/// attribute `memplan.workspace_io` (see
/// MemPlanDialect::getWorkspaceIOAttrName()): one dictionary {kind, index,
/// pool, offset, size} per input and per output, inputs first, each by index.
void recordWorkspaceIO(ModuleOp module);

/// After --memplan-lower with pool-storage=global: makes public the pool
/// globals that hold an entry function's inputs or outputs (named in a
/// `memplan.workspace_io`), so that the application can reach them by name.
void publishWorkspaceIOPools(ModuleOp module);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_RECORDWORKSPACEIO_H
