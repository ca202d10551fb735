//===- ModuleFacts.h - What decides whether a buffer is planned -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Static, module-level facts shared by the timeline walk and the plannability
// predicate: functions and calls, entry functions, aliases of every buffer,
// escapes, and the contexts (parallel loops, unknown callers) that forbid
// planning. Internal to lib/Analysis.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_ANALYSIS_MODULEFACTS_H
#define MEMPLAN_LIB_ANALYSIS_MODULEFACTS_H

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/ModuleCallGraph.h"
#include "memplan/Analysis/OpWalk.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::memplan::analysis {

/// The nearest ancestor of `op`, below `function`, whose regions may run
/// concurrently (a parallel loop, or an op with regions whose control flow
/// the analysis does not know); null when there is none.
Operation *getConcurrentAncestor(Operation *op, Operation *function);

/// Whether `op` runs its regions concurrently or in a way the analysis does
/// not know (see getConcurrentAncestor).
bool mayRunRegionsConcurrently(Operation *op);

/// Whether `op` may run one of its regions more than once.
bool isLoopLike(Operation *op);

/// Describes `op` for diagnostics: "the parallel loop 'scf.parallel'" or
/// "'x.op', whose regions may run concurrently".
std::string describeConcurrentOp(Operation *op);

/// What a use of a buffer (or of one of its aliases) does with it.
enum class UseKind {
  /// Reads or writes the buffer.
  Access,
  /// Only makes a new alias (a view-like op's source operand).
  MakesAlias,
  /// Frees it (memref.dealloc); not an access.
  Dealloc,
  /// Passes it to a function with a body, walked in place; not an access.
  CallArgument,
  /// Lets it escape, or makes an alias the analysis cannot follow.
  Escapes,
};

struct UseInfo {
  UseKind kind = UseKind::Access;
  /// MakesAlias: the new alias.
  Value alias;
  /// CallArgument: the callee's index in ModuleFacts::getFunctions() and
  /// the argument's position.
  unsigned callee = 0;
  unsigned argument = 0;
  /// Escapes: why, as a sentence fragment.
  std::string reason;
};

/// Why a buffer escapes.
struct EscapeReason {
  /// The full reason, as a sentence fragment.
  std::string text;
  /// The reason at the end of a chain of calls, for callers' reasons.
  std::string base;
};

/// Facts about one function of the module.
struct FunctionFacts {
  FunctionOpInterface op;
  /// The root of every value aliasing a root in this function. Roots are
  /// the memref arguments of the entry block and the results of
  /// allocations (see isAllocation); a root is its own root.
  llvm::DenseMap<Value, Value> rootOf;
  /// Why a root escapes (absent: it does not).
  llvm::DenseMap<Value, EscapeReason> escapeReason;
  /// Whether an entry of the timeline walk reaches the function.
  bool reachable = false;
  /// Why the function may run at times the timeline does not know.
  std::optional<std::string> contextReason;
  /// Number of allocations before each allocation in the function (program
  /// order), for automatic names.
  llvm::DenseMap<Operation *, unsigned> allocationOrdinal;
};

/// The static facts of one module.
class ModuleFacts {
public:
  /// Computes every fact of `module`; emits located errors (recursion, an
  /// entry function without a body) and then reports failure in getStatus().
  explicit ModuleFacts(ModuleOp module);

  LogicalResult getStatus() const { return success(ok); }

  /// The functions of the module (its direct children), in module order.
  llvm::ArrayRef<FunctionFacts> getFunctions() const { return functions; }
  /// Entry functions (indices into getFunctions()), in module order.
  llvm::ArrayRef<unsigned> getEntries() const { return entries; }
  /// The index of `function`, or std::nullopt when it is not one of the
  /// module's functions.
  std::optional<unsigned> getFunctionIndex(Operation *function) const {
    return graph.getIndex(function);
  }
  /// The function with a body that `call` calls, as an index, if any.
  std::optional<unsigned> getBodyCallee(Operation *call) const {
    return graph.getCallee(call);
  }

  /// The call graph the facts were computed from; its function indices are
  /// those of getFunctions().
  const ModuleCallGraph &getCallGraph() const { return graph; }

  /// Classifies `use`, a use of a value aliasing a buffer.
  UseInfo classifyUse(OpOperand &use) const;

  /// Allocations left alone with their reasons, in module walk order.
  llvm::ArrayRef<SkippedAllocation> getSkipped() const { return skipped; }

private:
  void findEntries();
  void checkRecursion();
  void findContexts();
  void computeAliasesAndEscapes();
  void decideAllocations(ModuleOp module);
  std::optional<std::string> getSkipReason(Operation *alloc);

  bool ok = true;
  ModuleCallGraph graph;
  /// In the order of graph.getFunctions().
  std::vector<FunctionFacts> functions;
  std::vector<unsigned> entries;
  std::vector<SkippedAllocation> skipped;
};

} // namespace mlir::memplan::analysis

#endif // MEMPLAN_LIB_ANALYSIS_MODULEFACTS_H
