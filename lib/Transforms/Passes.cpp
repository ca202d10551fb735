//===- Passes.cpp - memplan pass registration -------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Transforms/Passes.h"
#include "memplan/Transforms/Pipeline.h"

namespace mlir::memplan {
namespace {
#define GEN_PASS_REGISTRATION
#include "memplan/Transforms/Passes.h.inc"
} // namespace

void registerMemPlanPassesAndPipelines() {
  registerMemPlanPasses();
  registerPipeline();
}

} // namespace mlir::memplan
