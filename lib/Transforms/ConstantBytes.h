//===- ConstantBytes.h - The bytes of a constant global ---------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Which constant memref.globals can be packed into a constant pool, and the
// bytes their data occupies in memory: element after element at the stride
// of the LLVM lowering, each element in the data layout's byte order.
// Shared by --memplan-plan-constants and --memplan-lower.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_TRANSFORMS_CONSTANTBYTES_H
#define MEMPLAN_LIB_TRANSFORMS_CONSTANTBYTES_H

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir::memplan {

/// Why the data of `global` cannot go into a constant pool, as a sentence
/// fragment, or std::nullopt when it can: a private, constant global with a
/// dense initial value of integers, floats or indices, a static identity
/// layout in the default memory space, and a byte size.
std::optional<std::string> getUnpackableReason(memref::GlobalOp global);

/// The alignment `global`'s data needs: its `alignment`, and at least its
/// element type's ABI alignment.
uint64_t getConstantAlignment(memref::GlobalOp global);

/// The bytes of `global`'s initial value as the program sees them in
/// memory (getUnpackableReason(global) must be std::nullopt).
std::vector<char> getConstantBytes(memref::GlobalOp global);

} // namespace mlir::memplan

#endif // MEMPLAN_LIB_TRANSFORMS_CONSTANTBYTES_H
