//===- BufferTouches.cpp - Which functions read or write a buffer -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "BufferTouches.h"

#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::memplan;
using namespace mlir::memplan::analysis;

FunctionTouch mlir::memplan::analysis::getUseMode(OpOperand &use) {
  FunctionTouch mode;
  auto effectOp = dyn_cast<MemoryEffectOpInterface>(use.getOwner());
  if (!effectOp) {
    mode.reads = mode.writes = true;
    return mode;
  }
  SmallVector<MemoryEffects::EffectInstance> effects;
  effectOp.getEffects(effects);
  for (const MemoryEffects::EffectInstance &effect : effects) {
    // An effect on another value does not touch this buffer; an effect on no
    // value in particular may.
    if (effect.getValue() && effect.getValue() != use.get())
      continue;
    if (isa<MemoryEffects::Read>(effect.getEffect()))
      mode.reads = true;
    else if (isa<MemoryEffects::Write>(effect.getEffect()))
      mode.writes = true;
  }
  return mode;
}

/// The function an access counts for: the function it is in, except for a
/// call to a function without a body that states its own target (a kernel
/// of another target, say), which runs the access.
static unsigned getToucher(const ModuleFacts &facts, OpOperand &use,
                           unsigned owner) {
  auto call = dyn_cast<CallOpInterface>(use.getOwner());
  Operation *callee = call ? call.resolveCallable() : nullptr;
  if (!callee || !callee->hasAttr(MemPlanDialect::getTargetAttrName()))
    return owner;
  return facts.getFunctionIndex(callee).value_or(owner);
}

SmallVector<FunctionTouch>
mlir::memplan::analysis::findTouches(const ModuleFacts &facts,
                                     unsigned function, Value root) {
  // Per function index: how it touches the buffer (absent: not at all).
  SmallVector<std::optional<FunctionTouch>> byFunction(
      facts.getFunctions().size());
  // Callee arguments already walked (each stands for the buffer once,
  // however many calls pass it).
  llvm::DenseSet<Value> walkedArguments;
  SmallVector<std::pair<unsigned, Value>> worklist = {{function, root}};
  while (!worklist.empty()) {
    auto [owner, value] = worklist.pop_back_val();
    for (OpOperand &use : value.getUses()) {
      UseInfo info = facts.classifyUse(use);
      switch (info.kind) {
      case UseKind::MakesAlias:
        worklist.push_back({owner, info.alias});
        break;
      case UseKind::CallArgument: {
        FunctionOpInterface callee = facts.getFunctions()[info.callee].op;
        Value argument = callee.getFunctionBody().getArgument(info.argument);
        if (walkedArguments.insert(argument).second)
          worklist.push_back({info.callee, argument});
        break;
      }
      case UseKind::Access: {
        FunctionTouch mode = getUseMode(use);
        if (!mode.reads && !mode.writes)
          break;
        unsigned toucher = getToucher(facts, use, owner);
        FunctionTouch &touch = byFunction[toucher].emplace(
            byFunction[toucher].value_or(FunctionTouch{toucher}));
        touch.reads |= mode.reads;
        touch.writes |= mode.writes;
        break;
      }
      case UseKind::Dealloc:
      case UseKind::Escapes:
        break;
      }
    }
  }
  SmallVector<FunctionTouch> touches;
  for (const std::optional<FunctionTouch> &touch : byFunction)
    if (touch)
      touches.push_back(*touch);
  return touches;
}
