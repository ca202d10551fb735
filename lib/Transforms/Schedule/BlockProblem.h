//===- BlockProblem.h - A block of IR as an ordering problem ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Turns the operations of one block into a memplan::schedule::OrderProblem:
// one node per operation (the terminator stays last and is not a node), one
// buffer per planned allocation of the block, and the dependencies that any
// reordering must keep. Internal to --memplan-schedule.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_SCHEDULE_BLOCKPROBLEM_H
#define MEMPLAN_LIB_TRANSFORMS_SCHEDULE_BLOCKPROBLEM_H

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/MemoryAccesses.h"
#include "memplan/Schedule/Order.h"

#include "mlir/IR/Block.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <vector>

namespace mlir::memplan {

// The ordering problem's names (memplan/Schedule/Order.h), for the pass.
using ::memplan::schedule::evaluatePeak;
using ::memplan::schedule::findOrder;
using ::memplan::schedule::OrderBuffer;
using ::memplan::schedule::OrderNode;
using ::memplan::schedule::OrderOptions;
using ::memplan::schedule::OrderProblem;
using ::memplan::schedule::OrderResult;
using ::memplan::schedule::verifyOrderProblem;

/// A block and its ordering problem.
struct BlockProblem {
  Block *block = nullptr;
  /// The block's operations but its terminator, in program order: node i is
  /// ops[i].
  std::vector<Operation *> ops;
  OrderProblem problem;
  /// Whether the problem's peaks are exactly what the buffer analysis's
  /// timeline gives the block's own buffers: no operation touches one of
  /// them inside a region or through a call, and none needs transient bytes.
  bool exactModel = true;
};

/// Builds the problem of `block`. Node buffers are the planned buffers
/// allocated directly in the block; an input of the entry function is live
/// at the start, an output (or a buffer the terminator uses) at the end.
/// Dependencies: every SSA use (also from nested operations), and the memory
/// each op reads and writes (`accesses`): a write after any access, a read
/// after a write, per planned buffer and for all other memory as one
/// location. `getTransient` gives an op's transient bytes.
BlockProblem buildBlockProblem(Block &block, const BufferAnalysis &analysis,
                               const MemoryAccesses &accesses,
                               llvm::function_ref<uint64_t(Operation *)>
                                   getTransient);

/// Moves the block's operations into `order` (node indices), the terminator
/// last.
void applyOrder(const BlockProblem &block, llvm::ArrayRef<unsigned> order);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_SCHEDULE_BLOCKPROBLEM_H
