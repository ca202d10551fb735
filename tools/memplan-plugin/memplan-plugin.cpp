//===- memplan-plugin.cpp - memplan in stock mlir-opt ----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Entry points through which an MLIR tool built on MlirOptMain (such as the
// stock mlir-opt) loads the memplan dialect and every memplan pass and
// pipeline from this shared library:
//
//   mlir-opt --load-dialect-plugin=libMemPlanPlugin.so \
//            --load-pass-plugin=libMemPlanPlugin.so --memplan-pipeline in.mlir
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/DynamicBounds.h"
#include "memplan/Dialect/MemPlanDialect.h"
#include "memplan/Pipeline/Pipeline.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

#include <mutex>

/// Registers the memplan passes and pipelines exactly once: a tool may call
/// both entry points, and registering a pass pipeline twice is a fatal error.
static void registerMemPlanPassesOnce() {
  static std::once_flag registered;
  std::call_once(registered,
                 [] { mlir::memplan::registerMemPlanPassesAndPipelines(); });
}

/// Adds the memplan dialect to the tool's registry. The passes come along, so
/// that --load-dialect-plugin alone is enough to run them.
static void registerMemPlanDialect(mlir::DialectRegistry *registry) {
  registry->insert<mlir::memplan::MemPlanDialect>();
  mlir::memplan::registerDynamicBoundModels(*registry);
  registerMemPlanPassesOnce();
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "MemPlan", LLVM_VERSION_STRING,
          registerMemPlanDialect};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "MemPlanPasses", LLVM_VERSION_STRING,
          registerMemPlanPassesOnce};
}
