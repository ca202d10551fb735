//===- MemoryAccesses.h - What each operation reads and writes --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The memory each operation reads and writes, for passes that move
// operations (--memplan-schedule): planned buffers by index, and everything
// else as one location, "other memory". Accesses follow the buffer
// analysis: aliases through view-like ops and call arguments, reads and
// writes from MemoryEffectOpInterface (linalg's inputs and inits through it,
// or through DestinationStyleOpInterface when an op only has that), and for
// a call to a function with a body, what the callee (and what it calls)
// does to the arguments it is passed. An op that states no effects (a call
// to a function without a body, an unknown op) reads and writes other
// memory and every buffer it is passed. Memory allocated inside an op (or a
// callee) that does not escape it is private to it and not reported.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_MEMORYACCESSES_H
#define MEMPLAN_ANALYSIS_MEMORYACCESSES_H

#include "memplan/Analysis/BufferAnalysis.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <optional>
#include <vector>

namespace mlir::memplan {

namespace analysis {
class ModuleFacts;
} // namespace analysis

/// What one op, with everything nested in it and every function it calls,
/// does to memory.
struct MemoryAccess {
  /// Planned buffers (indices into BufferAnalysis::getProblem().buffers)
  /// read and written, sorted, without duplicates.
  llvm::SmallVector<unsigned> reads;
  llvm::SmallVector<unsigned> writes;
  /// Whether it reads or writes memory that is not a planned buffer (or
  /// memory it does not name).
  bool readsOther = false;
  bool writesOther = false;
};

/// The accesses of the operations of one module, against the buffers of its
/// buffer analysis (which must have succeeded).
class MemoryAccesses {
public:
  MemoryAccesses(ModuleOp module, const BufferAnalysis &buffers);
  ~MemoryAccesses();

  /// The accesses of `op`, an op inside a function of the module.
  MemoryAccess getAccess(Operation *op) const;

  /// The buffer index of a planned memplan.alloc, else std::nullopt.
  std::optional<unsigned> getBufferIndex(Operation *alloc) const;

  /// The functions of the module with a body that an entry function
  /// reaches, each after every function it calls.
  llvm::ArrayRef<FunctionOpInterface> getFunctionsCalleesFirst() const {
    return calleesFirst;
  }

  /// The function with a body that `call` calls, if any.
  FunctionOpInterface getBodyCallee(Operation *call) const;

private:
  struct Summary;
  struct Sink;
  void summarize(unsigned function);
  void addDirectAccesses(Operation *op, unsigned function, Sink &sink) const;

  std::unique_ptr<analysis::ModuleFacts> facts;
  llvm::DenseMap<Operation *, unsigned> bufferIndex;
  std::vector<Summary> summaries;
  std::vector<FunctionOpInterface> calleesFirst;
};

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_MEMORYACCESSES_H
