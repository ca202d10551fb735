//===- PoolStorage.h - Where lowered pools live -----------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Shared by the --memplan-lower pass and its two storage strategies: the
// description of a pool's storage and of the views that use it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_POOLSTORAGE_H
#define MEMPLAN_LIB_TRANSFORMS_POOLSTORAGE_H

#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"

namespace mlir::memplan {

/// One pool and the type of its storage: `memref<SIZE x i8>` in the memory
/// space of its views.
struct PoolStorage {
  PoolOp op;
  MemRefType type;
};

/// One memplan.view and the index of its pool in the PoolStorage list.
struct PoolUse {
  ViewOp view;
  unsigned pool;
};

/// Gives every func.func of `module` that uses a pool, directly or through
/// func.calls, one extra argument per pool it needs (in `pools` order, after
/// its own arguments, with the attribute `memplan.pool = "NAME"`), and makes
/// every func.call pass them on. Returns the storage value of each use, in
/// `uses` order. Emits located errors and changes nothing when a view is not
/// directly inside a func.func of `module`, or when a function that needs a
/// pool is referenced other than as the callee of a func.call (its address
/// taken, another call op).
FailureOr<SmallVector<Value>> threadPoolArguments(ModuleOp module,
                                                  ArrayRef<PoolStorage> pools,
                                                  ArrayRef<PoolUse> uses);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_POOLSTORAGE_H
