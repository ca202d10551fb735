//===- OpWalk.cpp - Walking nested operations without recursion -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/OpWalk.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace mlir;

void mlir::memplan::forEachNestedOp(Operation *root,
                                    llvm::function_ref<void(Operation *)> fn) {
  llvm::SmallVector<Operation *> stack;
  auto pushChildren = [&](Operation *op) {
    for (Region &region : llvm::reverse(op->getRegions()))
      for (Block &block : llvm::reverse(region))
        for (Operation &child : llvm::reverse(block))
          stack.push_back(&child);
  };
  pushChildren(root);
  while (!stack.empty()) {
    Operation *op = stack.pop_back_val();
    fn(op);
    pushChildren(op);
  }
}
