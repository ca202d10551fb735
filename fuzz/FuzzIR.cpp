//===- FuzzIR.cpp - libFuzzer target: IR through --memplan-pipeline -------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Parses the input as an MLIR module (with the memplan dialect and the
// upstream dialects memplan-opt registers), verifies it, and runs
// --memplan-pipeline on what verifies. Every diagnostic is caught by a
// handler: bad IR and planning errors are expected outcomes, crashes,
// sanitizer reports and hangs are findings. The pipeline options (pools,
// pool storage, algorithm) are chosen by the input's size, so every input
// reproduces. Seed corpus: fuzz/corpus/ir/.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Pipeline/Pipeline.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <array>

using namespace mlir;

/// The dialects of memplan-opt that a pipeline input uses.
static const DialectRegistry &getRegistry() {
  static const DialectRegistry registry = [] {
    DialectRegistry r;
    r.insert<memplan::MemPlanDialect, affine::AffineDialect,
             arith::ArithDialect, bufferization::BufferizationDialect,
             cf::ControlFlowDialect, DLTIDialect, func::FuncDialect,
             linalg::LinalgDialect, math::MathDialect, memref::MemRefDialect,
             scf::SCFDialect, tensor::TensorDialect>();
    return r;
  }();
  return registry;
}

namespace {
/// One pipeline configuration: the pools option, the pool storage and the
/// algorithm.
struct Variant {
  const char *pools;
  const char *poolStorage;
  const char *algorithm;
};
} // namespace

static constexpr std::array<Variant, 4> kVariants = {{
    {"", "global", ""},
    {"sram:4096:16,dram", "global", "greedy-by-size"},
    {"tcm:256:8", "argument", "best-fit"},
    {"a,b:65536:64", "argument", "hill-climb"},
}};

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext context(getRegistry(), MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  context.printStackTraceOnDiagnostic(false);
  // Errors are an expected outcome here: swallow them.
  ScopedDiagnosticHandler handler(&context,
                                  [](Diagnostic &) { return success(); });

  // The lexer relies on the buffer's terminating NUL: parse a copy.
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz-input.mlir"),
      llvm::SMLoc());
  ParserConfig config(&context, /*verifyAfterParse=*/true);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, config);
  if (!module)
    return 0;

  const Variant &variant = kVariants[size % kVariants.size()];
  memplan::PipelineOptions options;
  options.pools = variant.pools;
  options.poolStorage = variant.poolStorage;
  options.algorithm = variant.algorithm;
  // A small work budget (derived from the limit) keeps each input fast.
  options.timeLimit = 0.001;
  PassManager pm(&context);
  memplan::buildPipeline(pm, options);
  (void)pm.run(*module);
  return 0;
}
