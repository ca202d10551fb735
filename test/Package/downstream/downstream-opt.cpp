//===- downstream-opt.cpp - A compiler that plans memory with memplan -----===//
//
// Part of the memplan project (test of the installed package).
//
//===----------------------------------------------------------------------===//
//
// downstream-opt INPUT PIPELINE
//
// Stands for another MLIR compiler: it registers the memplan dialect and
// passes next to its own, parses INPUT, runs its own canonicalization followed
// by the textual PIPELINE (which names memplan passes, without the
// `builtin.module(...)` anchor: the tool's pass manager is already on the
// module), and prints the result.
//
//===----------------------------------------------------------------------===//

#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Pipeline/Pipeline.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    llvm::errs() << "usage: downstream-opt INPUT PIPELINE\n";
    return 2;
  }
  mlir::memplan::registerMemPlanPassesAndPipelines();

  mlir::DialectRegistry registry;
  registry.insert<mlir::memplan::MemPlanDialect, mlir::arith::ArithDialect,
                  mlir::func::FuncDialect, mlir::memref::MemRefDialect>();
  mlir::MLIRContext context(registry);

  llvm::SourceMgr sourceMgr;
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], sourceMgr, &context);
  if (!module)
    return 1;

  mlir::PassManager pm(&context);
  pm.addPass(mlir::createCanonicalizerPass());
  if (mlir::failed(mlir::parsePassPipeline(argv[2], pm, llvm::errs())))
    return 1;
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  llvm::outs() << "\n";
  return 0;
}
