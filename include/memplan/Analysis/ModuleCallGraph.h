//===- ModuleCallGraph.h - A module's functions and calls -------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The one call-graph walk of memplan: the buffer analysis reads recursion,
// reachability and calling contexts from it (lib/Analysis/ModuleFacts.cpp),
// PoolNeeds the pools each function needs and so the order of pool
// arguments (--memplan-lower and the C header).
//
// Not upstream's mlir::CallGraph: that one is built by a recursion as deep as
// the IR is nested, and its edges forget the call ops, which diagnostics and
// the pool-argument rewrite need. Here every walk uses an explicit stack or
// worklist, so any nesting or call depth costs heap memory only.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_MODULECALLGRAPH_H
#define MEMPLAN_ANALYSIS_MODULECALLGRAPH_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace mlir::memplan {

/// A call (any CallOpInterface op, anywhere in the caller's body) to a
/// function of the module that has a body and as many arguments as the call
/// passes; functions as indices into ModuleCallGraph::getFunctions().
struct CallEdge {
  Operation *call = nullptr;
  unsigned caller = 0;
  unsigned callee = 0;
};

/// The functions of a module (its direct children with FunctionOpInterface,
/// in module order) and the calls between them.
class ModuleCallGraph {
public:
  explicit ModuleCallGraph(ModuleOp module);

  ArrayRef<FunctionOpInterface> getFunctions() const { return functions; }
  /// The index of `function`, if it is one of the module's functions.
  std::optional<unsigned> getIndex(Operation *function) const;

  /// Every call, by caller in module order, each caller's in program order.
  ArrayRef<CallEdge> getCalls() const { return calls; }
  /// The calls that `caller` makes, in program order.
  ArrayRef<CallEdge> getCalls(unsigned caller) const {
    return ArrayRef<CallEdge>(calls).slice(
        firstCall[caller], firstCall[caller + 1] - firstCall[caller]);
  }
  /// The function that `call` calls, if it is the call of an edge.
  std::optional<unsigned> getCallee(Operation *call) const;
  /// Whether a function other than `function` itself calls it.
  bool isCalledByOthers(unsigned function) const {
    return calledByOthers[function];
  }
  /// The first op (in module walk order) that names `function` other than
  /// as the callee of a call, so that it may be called at times no edge
  /// shows; null when there is none.
  Operation *getOtherReference(unsigned function) const {
    return otherReference[function];
  }

  /// Walks the calls depth first from `roots`, in order, and marks in
  /// `reached` every function it enters. Stops at the first call that closes
  /// a cycle and returns it; null when no cycle is reachable.
  const CallEdge *findCycle(ArrayRef<unsigned> roots,
                            llvm::BitVector &reached) const;

private:
  SmallVector<FunctionOpInterface> functions;
  /// Lookup only: never iterated.
  llvm::DenseMap<Operation *, unsigned> index;
  SmallVector<CallEdge> calls;
  /// Per caller, the position of its first call in `calls`; one more entry
  /// at the end.
  SmallVector<unsigned> firstCall;
  /// Lookup only: never iterated.
  llvm::DenseMap<Operation *, unsigned> calleeOf;
  llvm::BitVector calledByOthers;
  SmallVector<Operation *> otherReference;
};

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_MODULECALLGRAPH_H
