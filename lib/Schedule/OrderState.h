//===- OrderState.h - A partial order, extended and undone ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The state of a search through the orders of an OrderProblem: which nodes
// are scheduled, which are ready, and the bytes live between nodes. Nodes
// are scheduled and unscheduled in LIFO order in O(touched buffers +
// successors + ready nodes). Internal to lib/Schedule.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_SCHEDULE_ORDERSTATE_H
#define MEMPLAN_LIB_SCHEDULE_ORDERSTATE_H

#include "Reachability.h"

#include "memplan/Schedule/Order.h"

#include <cstdint>
#include <vector>

namespace memplan::schedule {

class OrderState {
public:
  explicit OrderState(const OrderProblem &problem);

  /// Nodes whose predecessors are all scheduled, in index order.
  const std::vector<unsigned> &getReady() const { return ready; }
  /// Bytes live between the last scheduled node and the next.
  uint64_t getLive() const { return live; }
  /// The largest bytes live while a scheduled node ran.
  uint64_t getPeak() const { return peak; }
  /// Bytes live while `node` (ready) runs, if it runs next.
  uint64_t getDuring(unsigned node) const;
  /// Bytes live after `node` (ready) runs, if it runs next.
  uint64_t getLiveAfter(unsigned node) const;
  /// Schedules the ready `node` next.
  void apply(unsigned node);
  /// Unschedules the last scheduled node.
  void undo();
  bool isComplete() const { return order.size() == problem.nodes.size(); }
  /// The scheduled nodes, in order.
  const std::vector<unsigned> &getOrder() const { return order; }
  /// The scheduled nodes as a set.
  const NodeSet &getScheduled() const { return scheduled; }

private:
  bool isOpen(unsigned buffer) const;

  const OrderProblem &problem;
  std::vector<std::vector<unsigned>> successors;
  /// Per node: predecessors not scheduled yet.
  std::vector<unsigned> pending;
  /// Per buffer: users scheduled, and users left.
  std::vector<unsigned> usersDone;
  std::vector<unsigned> usersLeft;
  std::vector<unsigned> ready;
  std::vector<unsigned> order;
  NodeSet scheduled;
  uint64_t live = 0;
  uint64_t peak = 0;
  /// Per scheduled node: live and peak before it.
  std::vector<std::pair<uint64_t, uint64_t>> history;
};

} // namespace memplan::schedule

#endif // MEMPLAN_LIB_SCHEDULE_ORDERSTATE_H
