//===- TranslateToCHeader.cpp - --memplan-to-c-header -----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Registers the translation from a planned module to its C header for
// mlir-translate-like tools (memplan-translate).
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Target/CHeader.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"

using namespace mlir;
using namespace mlir::memplan;

void mlir::memplan::registerToCHeaderTranslation() {
  // A string read by the passes' own parser, so that a bad value gets the
  // same message as --memplan-lower=pool-storage=... (llvm::cl's enum
  // parser would answer in LLVM's words).
  static llvm::cl::opt<std::string> poolStorage(
      "pool-storage",
      llvm::cl::desc("memplan-to-c-header: the pool storage --memplan-lower "
                     "will use: global (globals of the compiled code, the "
                     "default) or argument (arguments of the entry "
                     "functions: the header declares the structs of pool "
                     "pointers)"),
      llvm::cl::value_desc("global|argument"), llvm::cl::init("global"));
  static llvm::cl::opt<std::string> prefix(
      "c-header-prefix",
      llvm::cl::desc("memplan-to-c-header: prefix of the C names (upper case "
                     "for macros)"),
      llvm::cl::init("memplan"));

  TranslateFromMLIRRegistration registration(
      "memplan-to-c-header",
      "Writes the C header of a planned module (pool sizes and alignments, "
      "the structs of pool pointers, inputs and outputs in the pools)",
      [](ModuleOp module, raw_ostream &os) -> LogicalResult {
        if (llvm::Error error = verifyCHeaderPrefix(prefix))
          return emitError(UnknownLoc::get(module.getContext()),
                           "memplan-to-c-header: ")
                 << llvm::toString(std::move(error));
        llvm::Expected<PoolStorageKind> storage =
            parsePoolStorage(poolStorage);
        if (!storage)
          return emitError(UnknownLoc::get(module.getContext()),
                           "memplan-to-c-header: ")
                 << llvm::toString(storage.takeError());
        CHeaderOptions options;
        options.prefix = prefix;
        options.poolStorage = *storage;
        return writeCHeader(module, options, os);
      },
      [](DialectRegistry &registry) {
        // The dialects memplan-opt reads, so that whatever it plans can be
        // translated.
        registry.insert<
            MemPlanDialect, affine::AffineDialect, arith::ArithDialect,
            bufferization::BufferizationDialect, cf::ControlFlowDialect,
            DLTIDialect, func::FuncDialect, LLVM::LLVMDialect,
            linalg::LinalgDialect, math::MathDialect, memref::MemRefDialect,
            scf::SCFDialect, tensor::TensorDialect>();
      });
}
