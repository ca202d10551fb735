//===- ProblemBuilder.h - Terse problems for planner tests ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_UNITTESTS_PLANNER_PROBLEMBUILDER_H
#define MEMPLAN_UNITTESTS_PLANNER_PROBLEMBUILDER_H

#include "memplan/Planner/Plan.h"
#include "memplan/Planner/Problem.h"

#include "llvm/ADT/StringRef.h"

#include "gtest/gtest.h"

#include <initializer_list>
#include <optional>

namespace memplan {
namespace test {

/// Builds a Problem one pool and buffer at a time.
class ProblemBuilder {
public:
  PoolId addPool(llvm::StringRef name,
                 std::optional<uint64_t> capacity = std::nullopt,
                 uint64_t alignment = 1) {
    problem.pools.push_back({name.str(), capacity, alignment});
    return problem.pools.size() - 1;
  }

  BufferId addBuffer(llvm::StringRef name, uint64_t size,
                     std::initializer_list<Interval> intervals = {},
                     uint64_t alignment = 1) {
    Buffer buffer;
    buffer.name = name.str();
    buffer.size = size;
    buffer.alignment = alignment;
    buffer.intervals = intervals;
    problem.buffers.push_back(std::move(buffer));
    return problem.buffers.size() - 1;
  }

  /// Adds an explicit conflict between the buffers named `a` and `b`.
  void addConflict(llvm::StringRef a, llvm::StringRef b) {
    problem.buffers[find(a)].explicitConflicts.push_back(find(b));
  }

  BufferId find(llvm::StringRef name) const {
    for (BufferId id = 0; id < problem.buffers.size(); ++id)
      if (problem.buffers[id].name == name)
        return id;
    ADD_FAILURE() << "no buffer named " << name.str();
    return 0;
  }

  Problem problem;
};

/// The offset of the buffer named `name` in `plan`.
inline uint64_t offsetOf(const Problem &problem, const Plan &plan,
                         llvm::StringRef name) {
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.buffers[id].name == name)
      return plan.placements[id].offset;
  ADD_FAILURE() << "no buffer named " << name.str();
  return 0;
}

/// The pool of the buffer named `name` in `plan`.
inline PoolId poolOf(const Problem &problem, const Plan &plan,
                     llvm::StringRef name) {
  for (BufferId id = 0; id < problem.buffers.size(); ++id)
    if (problem.buffers[id].name == name)
      return plan.placements[id].pool;
  ADD_FAILURE() << "no buffer named " << name.str();
  return 0;
}

} // namespace test
} // namespace memplan

#endif // MEMPLAN_UNITTESTS_PLANNER_PROBLEMBUILDER_H
