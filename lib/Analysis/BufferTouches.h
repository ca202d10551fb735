//===- BufferTouches.h - Which functions read or write a buffer -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The functions that access a buffer, and whether each reads or writes it:
// through the buffer's aliases and through calls into functions with a body
// (the callee's argument stands for the buffer). Whether a use reads or
// writes comes from the op's MemoryEffectOpInterface; an op that does not
// say is taken to do both. A call to a function without a body that states
// its `memplan.target` (an external kernel) counts as an access by that
// function. Internal to lib/Analysis.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_ANALYSIS_BUFFERTOUCHES_H
#define MEMPLAN_LIB_ANALYSIS_BUFFERTOUCHES_H

#include "ModuleFacts.h"

#include "llvm/ADT/SmallVector.h"

namespace mlir::memplan::analysis {

/// How one function accesses a buffer.
struct FunctionTouch {
  /// Index in ModuleFacts::getFunctions().
  unsigned function = 0;
  bool reads = false;
  bool writes = false;
};

/// Whether `use` (an Access use of a buffer, see UseKind) reads and/or
/// writes the buffer's memory. A use with no memory effect on it (such as
/// memref.dim) does neither.
FunctionTouch getUseMode(OpOperand &use);

/// The functions that access the buffer `root` of function `function` (an
/// allocation result or a memref argument), merged per function, in module
/// order. Functions that only pass it on or make views of it do not count.
llvm::SmallVector<FunctionTouch> findTouches(const ModuleFacts &facts,
                                             unsigned function, Value root);

} // namespace mlir::memplan::analysis

#endif // MEMPLAN_LIB_ANALYSIS_BUFFERTOUCHES_H
