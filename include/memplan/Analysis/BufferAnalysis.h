//===- BufferAnalysis.h - From a program to a planning problem --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The analysis that turns a module into the planner's Problem: which
// allocations are planned, their sizes, alignments and candidate pools, and
// their live intervals on one program-order timeline. See docs/Analysis.md.
//
// ONE PROBLEM PER MODULE. Pools are module-level memory, so every entry
// function of a module plans into the same pools. The timeline walks the entry
// functions one after another in module order; a buffer of a function reached
// from two entries (or called twice) is one buffer with one interval per walk,
// and therefore one offset. Buffers of different entries never conflict: the
// entry functions of one module must not run at the same time (like TVM's
// run_model); entries that do run concurrently belong in different modules.
// The rules (what is planned, aliases, ticks, loops) are in docs/Analysis.md.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_ANALYSIS_BUFFERANALYSIS_H
#define MEMPLAN_ANALYSIS_BUFFERANALYSIS_H

#include "memplan/Analysis/PlannerTypes.h"
#include "memplan/Dialect/MemPlanOps.h"

#include "mlir/IR/Operation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/AnalysisManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir::memplan {

/// An allocation the analysis leaves alone, and why.
struct SkippedAllocation {
  /// A memplan.alloc, memref.alloc or memref.alloca.
  Operation *op = nullptr;
  /// Why it is not planned, as a sentence fragment ("it is returned by
  /// 'func.return'", "it is allocated inside the parallel loop 'scf.parallel'",
  /// ...).
  std::string reason;
};

/// How an entry function uses one of its memref arguments (directly, through
/// views, or in the functions it passes it to).
struct EntryArgumentUse {
  /// The argument's position.
  unsigned argument = 0;
  bool reads = false;
  bool writes = false;
  /// Why the argument escapes (returned, stored, ...); absent when it does
  /// not.
  std::optional<std::string> escapeReason;
};

/// Why memory of type `type` cannot live in a pool, or std::nullopt when it
/// can: a static shape (or a dynamic one with at most `elementBound`
/// elements), the identity layout, the default memory space and a byte size
/// under `layout` (see getBoundedByteSize). Shared by the analysis
/// (allocations), the import of entry arguments and the constant pools.
std::optional<std::string>
getUnplannableTypeReason(MemRefType type, const DataLayout &layout,
                         std::optional<uint64_t> elementBound = std::nullopt);

/// Whether `op` is an allocation the analysis considers: memplan.alloc,
/// memref.alloc or memref.alloca.
bool isAllocation(Operation *op);

/// The buffer analysis of one module (see the file comment for the timeline).
/// Obtain it in a ModuleOp pass with `getAnalysis<BufferAnalysis>()`. It reads
/// the IR and never changes it.
class BufferAnalysis {
public:
  /// Analyzes `moduleOp` (a ModuleOp). Located errors (recursion, a program
  /// too large to walk) are emitted here and make getStatus() fail.
  explicit BufferAnalysis(Operation *moduleOp);

  /// Failure when the analysis emitted a located error; the problem is then
  /// empty.
  LogicalResult getStatus() const { return success(succeeded); }

  /// The planning problem: the workspace pools (module order; pools marked
  /// `constants` are not in it) and the planned buffers (in the order the
  /// timeline first reaches their memplan.alloc). Buffer names are unique.
  /// Candidate pools: the alloc's `pools` (else every pool, in module
  /// order) that every function touching the buffer can access as it needs
  /// (see memplan/Analysis/TargetAccess.h); empty when that is every pool.
  const Problem &getProblem() const { return problem; }

  /// The memplan.alloc of each buffer, aligned with getProblem().buffers.
  llvm::ArrayRef<AllocOp> getBufferOps() const { return bufferOps; }
  /// The memplan.pool of each pool, aligned with getProblem().pools.
  llvm::ArrayRef<PoolOp> getPoolOps() const { return poolOps; }
  /// The entry functions, in the order the timeline walks them.
  llvm::ArrayRef<FunctionOpInterface> getEntryFunctions() const {
    return entryFunctions;
  }

  /// How entry function `entry` (one of getEntryFunctions()) uses each of
  /// its memref arguments, in argument order; empty for other functions.
  llvm::ArrayRef<EntryArgumentUse>
  getEntryArgumentUses(FunctionOpInterface entry) const;

  /// Whether `function` is an entry function or is called, directly or
  /// not, from one.
  bool isReachedFromEntry(Operation *function) const {
    return reachedFunctions.contains(function);
  }

  /// The memory pressure: the largest number of bytes of planned buffers live
  /// at one moment. No plan can use fewer bytes in all pools together.
  uint64_t getMemoryPressure() const { return memoryPressure; }

  /// Every allocation left alone (memplan.alloc, and memref.alloc/alloca that
  /// `--memplan-import-memref` leaves as they are), in module walk order,
  /// with the reason.
  llvm::ArrayRef<SkippedAllocation> getSkippedAllocations() const {
    return skipped;
  }

  /// Why the allocation `op` (isAllocation(op) must hold) is not planned, or
  /// std::nullopt when it is (a memref.alloc/alloca: when the import turns it
  /// into a memplan.alloc that the analysis then plans). This is the one
  /// predicate the analysis and the import share.
  std::optional<llvm::StringRef> getSkipReason(Operation *op) const;
  bool isPlannable(Operation *op) const { return !getSkipReason(op); }

  /// Emits one remark per skipped allocation at its op:
  /// "not planned: <reason>". When `onlyMemRefAllocs`, only for
  /// memref.alloc/alloca (what the import leaves alone).
  void emitSkipRemarks(bool onlyMemRefAllocs = false) const;

  /// The analysis only reads IR; any pass that changes the IR invalidates it.
  bool isInvalidated(const AnalysisManager::PreservedAnalyses &pa) {
    return !pa.isPreserved<BufferAnalysis>();
  }

private:
  bool succeeded = true;
  Problem problem;
  std::vector<AllocOp> bufferOps;
  std::vector<PoolOp> poolOps;
  std::vector<FunctionOpInterface> entryFunctions;
  /// Aligned with entryFunctions.
  std::vector<std::vector<EntryArgumentUse>> entryArgumentUses;
  /// Lookups only, never iterated.
  llvm::DenseSet<Operation *> reachedFunctions;
  uint64_t memoryPressure = 0;
  std::vector<SkippedAllocation> skipped;
  /// Index into `skipped` by op (lookups only, never iterated).
  llvm::DenseMap<Operation *, unsigned> skippedIndex;
};

} // namespace mlir::memplan

#endif // MEMPLAN_ANALYSIS_BUFFERANALYSIS_H
