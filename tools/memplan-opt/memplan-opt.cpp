//===- memplan-opt.cpp - mlir-opt with the memplan dialect ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// An mlir-opt-style driver with the memplan dialect and passes, plus the
// upstream dialects and passes needed to take bufferized code down to the LLVM
// dialect, so one tool can run a whole pipeline.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/DynamicBounds.h"
#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Pipeline/Pipeline.h"

#include "ToolHandlers.h"
#include "ToolSupport.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Affine/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"

namespace mlir::memplan::test {
void registerTestPrintLivenessPass();
} // namespace mlir::memplan::test

/// Registers the upstream passes a user needs between bufferized IR and the
/// LLVM dialect.
static void registerUpstreamPasses() {
  mlir::registerTransformsPasses(); // canonicalize, cse, inline, ...
  mlir::affine::registerAffinePasses();
  mlir::arith::registerArithPasses();
  mlir::bufferization::registerBufferizationPasses();
  mlir::memref::registerMemRefPasses();
  mlir::registerLinalgPasses();
  mlir::registerSCFPasses();

  // Conversions to the LLVM dialect.
  mlir::registerArithToLLVMConversionPass();
  mlir::registerConvertControlFlowToLLVMPass();
  mlir::registerConvertFuncToLLVMPass();
  mlir::registerConvertIndexToLLVMPass();
  mlir::registerConvertLinalgToStandardPass();
  mlir::registerConvertMathToLLVMPass();
  mlir::registerFinalizeMemRefToLLVMConversionPass();
  mlir::registerLowerAffinePass();
  mlir::registerReconcileUnrealizedCastsPass();
  mlir::registerSCFToControlFlowPass();
}

int main(int argc, char **argv) {
  memplan::tools::registerDebugOptions();
  mlir::memplan::registerMemPlanPassesAndPipelines();
  mlir::memplan::test::registerTestPrintLivenessPass();
  registerUpstreamPasses();

  mlir::DialectRegistry registry;
  registry.insert<
      mlir::memplan::MemPlanDialect, mlir::affine::AffineDialect,
      mlir::arith::ArithDialect, mlir::bufferization::BufferizationDialect,
      mlir::cf::ControlFlowDialect, mlir::DLTIDialect, mlir::func::FuncDialect,
      mlir::LLVM::LLVMDialect, mlir::linalg::LinalgDialect,
      mlir::math::MathDialect, mlir::memref::MemRefDialect,
      mlir::scf::SCFDialect, mlir::tensor::TensorDialect>();
  // So that the import can bound dynamic sizes (affine.min, arith.minsi...).
  mlir::memplan::registerDynamicBoundModels(registry);
  // So that --inline can inline func.call (a buffer a function returns is
  // not planned).
  mlir::func::registerInlinerExtension(registry);
  // So that one-shot-bufferize can take tensor programs to memrefs.
  mlir::arith::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  mlir::linalg::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::scf::registerBufferizableOpInterfaceExternalModels(registry);
  mlir::tensor::registerBufferizableOpInterfaceExternalModels(registry);

  // MlirOptMain(argc, argv, ...) would parse the command line itself, with
  // LLVM's messages: the options are registered as it does, and parsed with
  // memplan's one-line `error:` messages.
  llvm::InitLLVM init(argc, argv);
  memplan::tools::installToolHandlers(argv[0]);
  std::string helpHeader = mlir::registerCLIOptions(
      "memplan static memory planning driver\n", registry);
  static llvm::cl::opt<std::string> inputFilename(
      llvm::cl::Positional, llvm::cl::desc("<input file>"),
      llvm::cl::init("-"));
  static llvm::cl::opt<std::string> outputFilename(
      "o", llvm::cl::desc("Output filename"), llvm::cl::value_desc("filename"),
      llvm::cl::init("-"));
  if (!memplan::tools::parseCommandLine(argc, argv, helpHeader))
    return 1;
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, inputFilename, outputFilename, registry));
}
