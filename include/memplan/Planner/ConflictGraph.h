//===- ConflictGraph.h - Which buffers may not share bytes ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_CONFLICTGRAPH_H
#define MEMPLAN_PLANNER_CONFLICTGRAPH_H

#include "memplan/Planner/Problem.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <vector>

namespace memplan {

/// The symmetric conflict relation of a problem: two buffers conflict when
/// any of their live intervals overlap or either lists the other as an
/// explicit conflict. Stored as sorted adjacency lists (compressed rows), so
/// iteration order depends only on buffer ids.
class ConflictGraph {
public:
  /// Builds the graph with a sweep over interval end points, in
  /// O((n + c) log n) for n intervals and c conflicting pairs. Expects a
  /// problem that passed verifyProblem.
  explicit ConflictGraph(const Problem &problem);

  unsigned getNumBuffers() const { return rowStart.size() - 1; }
  /// Number of conflicting pairs (each pair counted once).
  uint64_t getNumPairs() const { return neighbors.size() / 2; }

  /// The buffers conflicting with `buffer`, ascending, without duplicates.
  llvm::ArrayRef<BufferId> getConflicts(BufferId buffer) const {
    return llvm::ArrayRef<BufferId>(neighbors.data() + rowStart[buffer],
                                    neighbors.data() + rowStart[buffer + 1]);
  }
  unsigned getNumConflicts(BufferId buffer) const {
    return rowStart[buffer + 1] - rowStart[buffer];
  }
  /// Whether `a` and `b` conflict (binary search, O(log degree)).
  bool conflict(BufferId a, BufferId b) const;

private:
  std::vector<uint64_t> rowStart;
  std::vector<BufferId> neighbors;
};

} // namespace memplan

#endif // MEMPLAN_PLANNER_CONFLICTGRAPH_H
