//===- LowerConstants.h - Constant pools to one constant global -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_LOWERCONSTANTS_H
#define MEMPLAN_LIB_TRANSFORMS_LOWERCONSTANTS_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::memplan {

/// The constant-pool part of --memplan-lower: each memplan.pool marked
/// `constants` becomes a private constant memref.global of its name holding
/// the packed bytes of the globals placed in it (`memplan.pool`,
/// `memplan.offset`), aligned to the pool's alignment; each
/// memref.get_global of a placed global becomes a memref.view of it at the
/// global's offset; the placed globals and the pool go away. Constant pools
/// are always globals, whatever the pool storage of the other pools: their
/// bytes are part of the program. Emits located errors and fails, changing
/// nothing, when the placement is not consistent (a pool without a size, a
/// global outside its pool or overlapping another, a view of a constant
/// pool, a placed global referenced other than by memref.get_global), or
/// when a pool holds more than 4 GiB.
LogicalResult lowerConstantPools(ModuleOp module);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_LOWERCONSTANTS_H
