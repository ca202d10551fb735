//===- Segments.h - Splitting a problem into independent parts --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Two reductions that keep findOrder() exact while making its parts small:
//
// - Free nodes (no buffer, no transient bytes: constants, views, barriers
//   on other memory) never change the live bytes, so they are dropped from
//   the search and run as soon as they are ready; the nodes that remain
//   depend on each other through them.
// - A separator is a node that every other node comes before or after in
//   every order (every path of the block goes through it). The nodes
//   between two consecutive separators form a part whose best order does
//   not depend on the others: buffers used before the part are live at its
//   start, buffers used after it live at its end.
//
// Internal to lib/Schedule.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_SCHEDULE_SEGMENTS_H
#define MEMPLAN_LIB_SCHEDULE_SEGMENTS_H

#include "memplan/Schedule/Order.h"

#include <vector>

namespace memplan::schedule {

/// A part of a problem, as a problem of its own.
struct Segment {
  OrderProblem problem;
  /// The original node of each of its nodes.
  std::vector<unsigned> nodes;
};

/// The non-free nodes of `problem`, split into segments in order (a
/// separator is a segment of one node). Concatenating valid orders of the
/// segments gives a valid order of the non-free nodes.
std::vector<Segment> splitIntoSegments(const OrderProblem &problem,
                                       uint64_t &work);

/// Completes `core`, a valid order of the non-free nodes of `problem`, with
/// the free nodes, each as early as it is ready (in index order).
std::vector<unsigned> insertFreeNodes(const OrderProblem &problem,
                                      const std::vector<unsigned> &core);

} // namespace memplan::schedule

#endif // MEMPLAN_LIB_SCHEDULE_SEGMENTS_H
