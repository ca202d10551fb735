//===- Order.h - Orders of operations that keep less memory live -*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The ordering problem of memory-aware scheduling, without MLIR: a block of
// operations (nodes) in program order, the dependencies between them, and the
// buffers each one touches. A buffer is live from the first node that touches
// it to the last (both included); the peak of an order is the largest number
// of live bytes, plus a node's own transient bytes (scratch memory it needs
// while it runs), over the nodes of the order. findOrder() looks for a valid
// order (every node after its dependencies) with the smallest peak: exactly
// (dynamic programming over the sets of scheduled nodes) where its
// deterministic work budget allows it, otherwise with heuristics. See
// docs/UserGuide.md (memory-aware scheduling).
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_SCHEDULE_ORDER_H
#define MEMPLAN_SCHEDULE_ORDER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace memplan::schedule {

/// One buffer of an ordering problem.
struct OrderBuffer {
  uint64_t size = 0;
  /// Live before the first node (an input of the block), until its last user.
  bool liveAtStart = false;
  /// Live after the last node (an output of the block), from its first user.
  bool liveAtEnd = false;
};

/// One node (operation) of an ordering problem.
struct OrderNode {
  /// Nodes that must come before this one: indices smaller than its own, so
  /// that the program order 0, 1, ..., n-1 is always valid.
  std::vector<unsigned> predecessors;
  /// Buffers the node touches (indices into OrderProblem::buffers, no
  /// duplicates).
  std::vector<unsigned> buffers;
  /// Bytes the node needs only while it runs (for example the buffers of a
  /// called function).
  uint64_t transient = 0;
};

/// A block of nodes in program order.
struct OrderProblem {
  std::vector<OrderNode> nodes;
  std::vector<OrderBuffer> buffers;
};

/// Checks that predecessors point backwards and buffer indices are in range.
llvm::Error verifyOrderProblem(const OrderProblem &problem);

/// Whether `order` is a permutation of the nodes in which every node comes
/// after its predecessors.
bool isValidOrder(const OrderProblem &problem, llvm::ArrayRef<unsigned> order);

/// The peak of `order` (which must be valid): the largest, over the nodes,
/// of the bytes of the buffers live while the node runs plus its transient
/// bytes. 0 for an empty problem.
uint64_t evaluatePeak(const OrderProblem &problem,
                      llvm::ArrayRef<unsigned> order);

/// A bound no order can beat: over the nodes, the bytes of the buffers the
/// node touches, of the buffers it must run inside of (a user or the start
/// before it and a user or the end after it in every order), and its
/// transient bytes. Spends at most about `workBudget` units; returns 0 when
/// that is not enough.
uint64_t computeOrderLowerBound(const OrderProblem &problem,
                                uint64_t workBudget);

/// How findOrder() searches.
struct OrderOptions {
  /// Deterministic work units (states and candidate nodes visited) the
  /// search may spend, exact search and heuristics together; 0 means
  /// kDefaultOrderWorkBudget.
  uint64_t workBudget = 0;
};

/// The default work budget: well under a second of a small machine's time
/// for any block (about 20 million units per second); blocks that split
/// into small parts need far less.
constexpr uint64_t kDefaultOrderWorkBudget = 10'000'000;

/// The result of findOrder().
struct OrderResult {
  /// A valid order of every node.
  std::vector<unsigned> order;
  /// evaluatePeak() of `order`: never more than programPeak.
  uint64_t peak = 0;
  /// evaluatePeak() of the program order.
  uint64_t programPeak = 0;
  /// The smallest peak of any order, when the search proved it (then equal
  /// to `peak`).
  std::optional<uint64_t> optimum;
  /// A peak no order can beat (the optimum when proven).
  uint64_t lowerBound = 0;
  /// Work units spent.
  uint64_t work = 0;
};

/// Finds a valid order with a small peak. The result is the program order
/// when nothing beats it, and the same for the same problem and options on
/// every machine (no clock is read).
OrderResult findOrder(const OrderProblem &problem,
                      const OrderOptions &options = {});

} // namespace memplan::schedule

#endif // MEMPLAN_SCHEDULE_ORDER_H
