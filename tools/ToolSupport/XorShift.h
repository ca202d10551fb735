//===- XorShift.h - A small portable generator for generated problems -----===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// xorshift64*, the generator behind the generated problems of the benchmarks
// and the random problems of the unit tests. It is separate from the
// planner's own generator (memplan/Planner/Random.h) so that the problems do not
// change when the planner's generator does.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TOOLS_TOOLSUPPORT_XORSHIFT_H
#define MEMPLAN_TOOLS_TOOLSUPPORT_XORSHIFT_H

#include <cstdint>

namespace memplan {
namespace tools {

/// xorshift64*: the same sequence from the same state on every platform.
class XorShiftStar {
public:
  /// Starts from `state`, which must not be zero.
  explicit XorShiftStar(uint64_t state) : state(state) {}

  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }

  /// Uniform (up to the modulo bias) in [low, high].
  uint64_t range(uint64_t low, uint64_t high) {
    return low + next() % (high - low + 1);
  }

  /// True with a chance of `percent` in 100.
  bool chance(unsigned percent) { return next() % 100 < percent; }

private:
  uint64_t state;
};

} // namespace tools
} // namespace memplan

#endif // MEMPLAN_TOOLS_TOOLSUPPORT_XORSHIFT_H
