//===- Random.h - The planners' own pseudo-random generator ----*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_RANDOM_H
#define MEMPLAN_PLANNER_RANDOM_H

#include <cstdint>

namespace memplan {

/// SplitMix64's finaliser: a 64-bit mix in which every input bit affects
/// every output bit (also used to hash search states).
inline uint64_t mixBits(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// SplitMix64's step between states (2^64 divided by the golden ratio).
constexpr uint64_t kSplitMixStep = 0x9e3779b97f4a7c15ULL;

/// SplitMix64: the same sequence for the same seed on every platform and
/// standard library (unlike std::rand or std::uniform_int_distribution).
class SplitMix64 {
public:
  explicit SplitMix64(uint64_t seed) : state(seed) {}

  uint64_t next() { return mixBits(state += kSplitMixStep); }

  /// A number in [0, bound), bound > 0 (Lemire's multiply-shift).
  uint64_t below(uint64_t bound) {
    return uint64_t(((unsigned __int128)next() * bound) >> 64);
  }

private:
  uint64_t state;
};

} // namespace memplan

#endif // MEMPLAN_PLANNER_RANDOM_H
