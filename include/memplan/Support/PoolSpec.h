//===- PoolSpec.h - The pools and pool-storage options ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The values of the options that name pools (`pools`, `pool`,
// `constant-pool`) and where lowered pools live (`pool-storage`), parsed once
// for every pass, the pipeline and the C header.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_SUPPORT_POOLSPEC_H
#define MEMPLAN_SUPPORT_POOLSPEC_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mlir::memplan {

/// One pool of a `pools` option: `NAME[:CAPACITY[:ALIGNMENT]]`.
struct PoolSpec {
  std::string name;
  /// Bytes; std::nullopt means unbounded.
  std::optional<int64_t> capacity;
  int64_t alignment = 16;
};

/// Parses `NAME[:CAPACITY[:ALIGNMENT]],...` (spaces around fields allowed;
/// an empty CAPACITY means unbounded, ALIGNMENT defaults to 16). The error
/// says what is wrong with which entry.
llvm::Expected<llvm::SmallVector<PoolSpec>>
parsePoolSpecs(llvm::StringRef text);

/// Where --memplan-lower puts the pools' memory.
enum class PoolStorageKind { Global, Argument };

/// Parses a pool-storage value, `global` or `argument`; the error names the
/// value and the two expected ones.
llvm::Expected<PoolStorageKind> parsePoolStorage(llvm::StringRef text);

} // namespace mlir::memplan

#endif // MEMPLAN_SUPPORT_POOLSPEC_H
