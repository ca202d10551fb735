//===- EntryIO.h - Entry functions' inputs and outputs ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The inputs and outputs of entry functions: how an entry function uses
// each memref argument (for --memplan-io-to-workspace), and the check of the
// `memplan.input`/`memplan.output` buffers that stand for them once they
// live in the workspace. Internal to lib/Analysis.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_ANALYSIS_ENTRYIO_H
#define MEMPLAN_LIB_ANALYSIS_ENTRYIO_H

#include "ModuleFacts.h"

#include <vector>

namespace mlir::memplan::analysis {

/// How entry function `entry` (an index into facts.getFunctions()) uses
/// each of its memref arguments, in argument order.
std::vector<EntryArgumentUse> computeEntryArgumentUses(const ModuleFacts &facts,
                                                       unsigned entry);

/// Checks that every memplan.alloc marked `memplan.input`/`memplan.output`
/// is in an entry function, and that no entry function has two inputs (or
/// two outputs) of the same index. Emits located errors.
LogicalResult verifyEntryIOMarkers(const ModuleFacts &facts, ModuleOp module);

} // namespace mlir::memplan::analysis

#endif // MEMPLAN_LIB_ANALYSIS_ENTRYIO_H
