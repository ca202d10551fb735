//===- ModuleFacts.cpp - What decides whether a buffer is planned -*- C++ -*-=//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ModuleFacts.h"

#include "memplan/Analysis/DynamicBounds.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

#include <deque>

using namespace mlir;
using namespace mlir::memplan;
using namespace mlir::memplan::analysis;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

std::optional<std::string>
mlir::memplan::getUnplannableTypeReason(MemRefType type,
                                        const DataLayout &layout,
                                        std::optional<uint64_t> elementBound) {
  if (!type.hasStaticShape() && !elementBound)
    return std::string("its shape is dynamic");
  if (!type.getLayout().isIdentity())
    return std::string("its layout is not the identity");
  if (Attribute space = type.getMemorySpace()) {
    auto integer = dyn_cast<IntegerAttr>(space);
    if (!integer || integer.getInt() != 0)
      return std::string("it is in a memory space other than the default "
                         "one, which pools hold");
  }
  if (!getBoundedByteSize(type, elementBound, layout))
    return std::string("its byte size is unknown: the element type has no "
                       "size in the data layout, or the size exceeds "
                       "2^63 - 1");
  return std::nullopt;
}

bool mlir::memplan::isAllocation(Operation *op) {
  return isa<AllocOp, memref::AllocOp, memref::AllocaOp>(op);
}

static bool isParallelLoop(Operation *op) {
  return isa<scf::ParallelOp, scf::ForallOp, affine::AffineParallelOp>(op);
}

bool mlir::memplan::analysis::mayRunRegionsConcurrently(Operation *op) {
  if (isParallelLoop(op))
    return true;
  return op->getNumRegions() > 0 && !isa<RegionBranchOpInterface>(op) &&
         !isa<FunctionOpInterface>(op);
}

Operation *mlir::memplan::analysis::getConcurrentAncestor(Operation *op,
                                                          Operation *function) {
  for (Operation *parent = op->getParentOp(); parent && parent != function;
       parent = parent->getParentOp())
    if (mayRunRegionsConcurrently(parent))
      return parent;
  return nullptr;
}

bool mlir::memplan::analysis::isLoopLike(Operation *op) {
  if (mayRunRegionsConcurrently(op))
    return true;
  auto branch = dyn_cast<RegionBranchOpInterface>(op);
  if (!branch)
    return false;
  for (unsigned index = 0, e = op->getNumRegions(); index < e; ++index)
    if (branch.isRepetitiveRegion(index))
      return true;
  return false;
}

/// "'name'" of an op, for diagnostics.
static std::string quoteName(Operation *op) {
  return "'" + op->getName().getStringRef().str() + "'";
}

std::string mlir::memplan::analysis::describeConcurrentOp(Operation *op) {
  if (isParallelLoop(op))
    return "the parallel loop " + quoteName(op);
  return quoteName(op) + ", whose regions may run concurrently";
}

/// "@name" of a function.
static std::string functionName(FunctionOpInterface function) {
  return "@" + SymbolTable::getSymbolName(function).str();
}

/// Types that cannot hold a reference to a buffer.
static bool isScalarLike(Type type) {
  return isa<IntegerType, FloatType, IndexType, VectorType, ComplexType,
             NoneType>(type);
}

/// Whether `op` declares an allocation effect on `value`.
static bool allocates(Operation *op, Value value) {
  auto effects = dyn_cast<MemoryEffectOpInterface>(op);
  return effects &&
         effects.getEffectOnValue<MemoryEffects::Allocate>(value).has_value();
}

/// Whether `op` writes memory through another value than `value` and has no
/// effect on `value` itself: it stores `value` into memory.
static bool storesValue(Operation *op, Value value) {
  auto effectOp = dyn_cast<MemoryEffectOpInterface>(op);
  if (!effectOp)
    return false;
  llvm::SmallVector<MemoryEffects::EffectInstance> effects;
  effectOp.getEffects(effects);
  bool writesElsewhere = false;
  for (const MemoryEffects::EffectInstance &effect : effects) {
    if (effect.getValue() == value)
      return false;
    if (isa<MemoryEffects::Write>(effect.getEffect()) && effect.getValue())
      writesElsewhere = true;
  }
  return writesElsewhere;
}

//===----------------------------------------------------------------------===//
// ModuleFacts
//===----------------------------------------------------------------------===//

ModuleFacts::ModuleFacts(ModuleOp module) : graph(module) {
  for (FunctionOpInterface function : graph.getFunctions())
    functions.emplace_back().op = function;
  findEntries();
  if (ok)
    checkRecursion();
  findContexts();
  computeAliasesAndEscapes();
  decideAllocations(module);
}

void ModuleFacts::findEntries() {
  for (auto [index, facts] : llvm::enumerate(functions)) {
    if (!facts.op->hasAttr(MemPlanDialect::getEntryAttrName()))
      continue;
    if (facts.op.isExternal()) {
      facts.op->emitError("entry function ")
          << functionName(facts.op) << " has no body";
      ok = false;
    }
    entries.push_back(index);
  }
  if (!entries.empty())
    return;
  for (auto [index, facts] : llvm::enumerate(functions))
    if (!facts.op.isExternal() && !graph.isCalledByOthers(index) &&
        SymbolTable::getSymbolVisibility(facts.op) ==
            SymbolTable::Visibility::Public)
      entries.push_back(index);
}

void ModuleFacts::checkRecursion() {
  llvm::BitVector reached;
  const CallEdge *cycle = graph.findCycle(entries, reached);
  for (unsigned function : reached.set_bits())
    functions[function].reachable = true;
  if (!cycle)
    return;
  FunctionOpInterface callee = functions[cycle->callee].op;
  InFlightDiagnostic diag =
      cycle->call->emitError("recursive call to ")
      << functionName(callee)
      << ": memory planning needs a call graph without cycles";
  diag.attachNote(callee.getLoc())
      << "the cycle enters " << functionName(callee) << " here";
  ok = false;
}

void ModuleFacts::findContexts() {
  // Functions that may run concurrently with themselves or at unknown times,
  // and why; then everything they call, breadth first.
  std::deque<unsigned> queue;
  std::vector<std::string> origin(functions.size());
  for (const CallEdge &edge : graph.getCalls()) {
    const FunctionFacts &caller = functions[edge.caller];
    FunctionFacts &callee = functions[edge.callee];
    if (callee.contextReason)
      continue;
    Operation *concurrent = getConcurrentAncestor(edge.call, caller.op);
    if (!concurrent)
      continue;
    callee.contextReason = functionName(callee.op) + " is called inside " +
                           describeConcurrentOp(concurrent) + " in " +
                           functionName(caller.op);
    origin[edge.callee] = *callee.contextReason;
    queue.push_back(edge.callee);
  }
  for (auto [index, facts] : llvm::enumerate(functions)) {
    Operation *user = graph.getOtherReference(index);
    if (facts.contextReason || !user)
      continue;
    facts.contextReason = functionName(facts.op) + " is referenced by " +
                          quoteName(user) +
                          ", so it may run at times the analysis cannot see";
    origin[index] = *facts.contextReason;
    queue.push_back(index);
  }
  while (!queue.empty()) {
    unsigned index = queue.front();
    queue.pop_front();
    for (const CallEdge &edge : graph.getCalls(index)) {
      FunctionFacts &callee = functions[edge.callee];
      if (callee.contextReason)
        continue;
      callee.contextReason =
          functionName(callee.op) + " is reached through calls from " +
          functionName(functions[index].op) + ", and " + origin[index];
      origin[edge.callee] = origin[index];
      queue.push_back(edge.callee);
    }
  }
}

UseInfo ModuleFacts::classifyUse(OpOperand &use) const {
  Operation *user = use.getOwner();
  Value value = use.get();
  UseInfo info;
  auto escapes = [&](std::string reason) {
    info.kind = UseKind::Escapes;
    info.reason = std::move(reason);
    return info;
  };

  if (auto view = dyn_cast<ViewLikeOpInterface>(user);
      view && view.getViewSource() == value) {
    info.kind = UseKind::MakesAlias;
    info.alias = view.getViewDest();
    return info;
  }
  if (isa<memref::DeallocOp>(user)) {
    info.kind = UseKind::Dealloc;
    return info;
  }
  if (hasEffect<MemoryEffects::Free>(user, value))
    return escapes("it is freed by " + quoteName(user));
  if (auto callee = getBodyCallee(user)) {
    OperandRange arguments = cast<CallOpInterface>(user).getArgOperands();
    unsigned first = arguments.getBeginOperandIndex();
    unsigned number = use.getOperandNumber();
    if (number >= first && number < first + arguments.size()) {
      info.kind = UseKind::CallArgument;
      info.callee = *callee;
      info.argument = number - first;
      return info;
    }
  }
  if (user->hasTrait<OpTrait::IsTerminator>()) {
    if (user->hasTrait<OpTrait::ReturnLike>() &&
        isa<FunctionOpInterface>(user->getParentOp()))
      return escapes("it is returned by " + quoteName(user));
    if (isa<BranchOpInterface>(user))
      return escapes("it is passed to a block argument by " + quoteName(user));
    return escapes("it is yielded by " + quoteName(user));
  }
  if (isa<RegionBranchOpInterface>(user))
    return escapes("it is passed into a region of " + quoteName(user));
  if (storesValue(user, value))
    return escapes("it is stored into memory by " + quoteName(user));
  for (Value result : user->getResults())
    if (!isScalarLike(result.getType()) && !allocates(user, result))
      return escapes("it may be aliased by the result of " + quoteName(user) +
                     ", which the analysis does not follow");
  return info;
}

void ModuleFacts::computeAliasesAndEscapes() {
  // Roots that are passed to callees, with the callee and argument position.
  struct Pass {
    Value root;
    unsigned callee;
    unsigned argument;
  };
  std::vector<std::vector<Pass>> passes(functions.size());

  for (auto [index, facts] : llvm::enumerate(functions)) {
    if (facts.op.isExternal())
      continue;
    llvm::SmallVector<Value> roots;
    for (BlockArgument argument : facts.op.getFunctionBody().getArguments())
      if (isa<BaseMemRefType>(argument.getType()))
        roots.push_back(argument);
    unsigned ordinal = 0;
    forEachNestedOp(facts.op, [&](Operation *op) {
      if (!isAllocation(op))
        return;
      facts.allocationOrdinal[op] = ordinal++;
      roots.push_back(op->getResult(0));
    });

    for (Value root : roots) {
      facts.rootOf[root] = root;
      llvm::SmallVector<Value> worklist{root};
      while (!worklist.empty()) {
        Value value = worklist.pop_back_val();
        for (OpOperand &use : value.getUses()) {
          UseInfo info = classifyUse(use);
          switch (info.kind) {
          case UseKind::MakesAlias:
            if (facts.rootOf.try_emplace(info.alias, root).second)
              worklist.push_back(info.alias);
            break;
          case UseKind::Escapes:
            facts.escapeReason.try_emplace(
                root, EscapeReason{info.reason, info.reason});
            break;
          case UseKind::CallArgument:
            passes[index].push_back(Pass{root, info.callee, info.argument});
            break;
          case UseKind::Access:
          case UseKind::Dealloc:
            break;
          }
        }
      }
    }
  }

  // A root passed to an argument that escapes in the callee escapes too.
  // Iterate to the fixpoint; each round settles at least one more root.
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto [index, facts] : llvm::enumerate(functions)) {
      for (const Pass &pass : passes[index]) {
        if (facts.escapeReason.count(pass.root))
          continue;
        FunctionFacts &callee = functions[pass.callee];
        Value argument = callee.op.getFunctionBody().getArgument(pass.argument);
        auto it = callee.escapeReason.find(argument);
        if (it == callee.escapeReason.end())
          continue;
        std::string base = it->second.base;
        facts.escapeReason[pass.root] = EscapeReason{
            "it is passed to " + functionName(callee.op) + ", where " + base,
            base};
        changed = true;
      }
    }
  }
}

std::optional<std::string> ModuleFacts::getSkipReason(Operation *alloc) {
  Operation *top = alloc;
  while (top->getParentOp() && !isa<ModuleOp>(top->getParentOp()))
    top = top->getParentOp();
  std::optional<unsigned> index = getFunctionIndex(top);
  if (!index)
    return std::string("it is not inside a function of the module");
  FunctionFacts &facts = functions[*index];

  auto type = cast<MemRefType>(alloc->getResult(0).getType());
  std::optional<uint64_t> elementBound;
  if (auto planned = dyn_cast<AllocOp>(alloc)) {
    if (std::optional<int64_t> bound = planned.getBound())
      elementBound = static_cast<uint64_t>(*bound);
  } else if (!type.hasStaticShape()) {
    elementBound = getAllocElementBound(alloc);
  }
  if (std::optional<std::string> reason = getUnplannableTypeReason(
          type, DataLayout::closest(alloc), elementBound)) {
    if (!type.hasStaticShape() && !elementBound)
      *reason += " and no constant upper bound of its size is known (bound "
                 "the sizes, for example with affine.min, or give '" +
                 MemPlanDialect::getBoundAttrName().str() + "')";
    return reason;
  }
  if (Operation *concurrent = getConcurrentAncestor(alloc, facts.op))
    return "it is allocated inside " + describeConcurrentOp(concurrent);
  auto escape = facts.escapeReason.find(alloc->getResult(0));
  if (escape != facts.escapeReason.end())
    return escape->second.text;
  if (facts.contextReason)
    return *facts.contextReason;
  if (!facts.reachable)
    return functionName(facts.op) + " is not reached from any entry function";
  return std::nullopt;
}

void ModuleFacts::decideAllocations(ModuleOp module) {
  forEachNestedOp(module, [&](Operation *op) {
    if (!isAllocation(op))
      return;
    if (std::optional<std::string> reason = getSkipReason(op))
      skipped.push_back(SkippedAllocation{op, std::move(*reason)});
  });
}
