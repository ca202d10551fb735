//===- ModuleCallGraph.cpp - A module's functions and calls -----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "memplan/Analysis/ModuleCallGraph.h"
#include "memplan/Analysis/OpWalk.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::memplan;

ModuleCallGraph::ModuleCallGraph(ModuleOp module) {
  for (auto function : module.getOps<FunctionOpInterface>()) {
    index[function] = functions.size();
    functions.push_back(function);
  }
  calledByOthers.resize(functions.size());
  otherReference.assign(functions.size(), nullptr);

  SymbolTableCollection symbolTables;
  for (auto [caller, function] : llvm::enumerate(functions)) {
    firstCall.push_back(calls.size());
    forEachNestedOp(function, [&](Operation *op) {
      auto call = dyn_cast<CallOpInterface>(op);
      if (!call)
        return;
      Operation *callee = call.resolveCallableInTable(&symbolTables);
      std::optional<unsigned> calleeIndex =
          callee ? getIndex(callee) : std::nullopt;
      // A call whose arguments do not match the callee's body is treated
      // like a call to a function without a body.
      if (!calleeIndex || functions[*calleeIndex].isExternal() ||
          functions[*calleeIndex].getFunctionBody().getNumArguments() !=
              call.getArgOperands().size())
        return;
      calleeOf[op] = *calleeIndex;
      calls.push_back(
          CallEdge{op, static_cast<unsigned>(caller), *calleeIndex});
      if (*calleeIndex != caller)
        calledByOthers.set(*calleeIndex);
    });
  }
  firstCall.push_back(calls.size());

  // A function named other than as the callee of a call may run at any time
  // (through a function pointer, from another module, ...).
  llvm::StringMap<unsigned> byName;
  for (auto [i, function] : llvm::enumerate(functions))
    byName[SymbolTable::getSymbolName(function)] = i;
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(&module.getBodyRegion());
  if (!uses)
    return;
  for (const SymbolTable::SymbolUse &use : *uses) {
    SymbolRefAttr ref = use.getSymbolRef();
    if (!ref.getNestedReferences().empty())
      continue;
    auto it = byName.find(ref.getRootReference().getValue());
    if (it == byName.end() || otherReference[it->second])
      continue;
    Operation *user = use.getUser();
    if (auto call = dyn_cast<CallOpInterface>(user))
      if (llvm::dyn_cast_if_present<SymbolRefAttr>(
              call.getCallableForCallee()) == ref)
        continue;
    otherReference[it->second] = user;
  }
}

std::optional<unsigned> ModuleCallGraph::getIndex(Operation *function) const {
  auto it = index.find(function);
  if (it == index.end())
    return std::nullopt;
  return it->second;
}

std::optional<unsigned> ModuleCallGraph::getCallee(Operation *call) const {
  auto it = calleeOf.find(call);
  if (it == calleeOf.end())
    return std::nullopt;
  return it->second;
}

const CallEdge *ModuleCallGraph::findCycle(ArrayRef<unsigned> roots,
                                           llvm::BitVector &reached) const {
  reached.resize(functions.size());
  enum class State { Unvisited, OnStack, Done };
  std::vector<State> state(functions.size(), State::Unvisited);
  // An explicit stack of (function, position of its next call).
  SmallVector<std::pair<unsigned, unsigned>> stack;
  auto enter = [&](unsigned function) {
    state[function] = State::OnStack;
    reached.set(function);
    stack.push_back({function, firstCall[function]});
  };
  for (unsigned root : roots) {
    if (state[root] != State::Unvisited)
      continue;
    enter(root);
    while (!stack.empty()) {
      auto &[function, next] = stack.back();
      if (next == firstCall[function + 1]) {
        state[function] = State::Done;
        stack.pop_back();
        continue;
      }
      const CallEdge &edge = calls[next++];
      if (state[edge.callee] == State::OnStack)
        return &edge;
      if (state[edge.callee] == State::Unvisited)
        enter(edge.callee);
    }
  }
  return nullptr;
}
