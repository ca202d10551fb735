//===- Deadline.h - An optional wall-clock deadline -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// The wall-clock bound of an explicit time limit. Without one (the default)
// no deadline is set and nothing reads the clock, so no result can depend on
// it.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_PLANNER_DEADLINE_H
#define MEMPLAN_PLANNER_DEADLINE_H

#include <algorithm>
#include <chrono>
#include <limits>

namespace memplan {

/// A point in time by which a search must end, or none.
class Deadline {
public:
  using Clock = std::chrono::steady_clock;

  /// No deadline.
  Deadline() = default;
  explicit Deadline(Clock::time_point at) : at(at), set(true) {}

  /// `seconds` after `from` (none when seconds <= 0).
  static Deadline after(Clock::time_point from, double seconds) {
    if (!(seconds > 0))
      return Deadline();
    return Deadline(from + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(seconds)));
  }

  bool isSet() const { return set; }
  /// Whether the deadline is set and has passed (reads the clock only then).
  bool hasPassed() const { return set && Clock::now() >= at; }
  /// Seconds left (0 once passed; infinity without a deadline).
  double getSecondsLeft() const {
    if (!set)
      return std::numeric_limits<double>::infinity();
    return std::max(0.0,
                    std::chrono::duration<double>(at - Clock::now()).count());
  }
  /// The deadline `fraction` (in [0, 1]) of the time left from now: a share
  /// of the time for one stage of a search. None without a deadline.
  Deadline getFraction(double fraction) const {
    if (!set)
      return Deadline();
    Clock::time_point now = Clock::now();
    if (now >= at)
      return *this;
    return Deadline(now + std::chrono::duration_cast<Clock::duration>(
                              (at - now) * std::clamp(fraction, 0.0, 1.0)));
  }
  Clock::time_point getTime() const { return at; }

private:
  Clock::time_point at{};
  bool set = false;
};

/// Polls a deadline every `interval` calls, so that tight loops read the
/// clock rarely. Never reads it without a deadline.
class DeadlinePoller {
public:
  explicit DeadlinePoller(const Deadline &deadline, unsigned interval = 64)
      : deadline(deadline), interval(interval) {}

  /// Whether the deadline has passed (checked on every interval-th call;
  /// once true, stays true).
  bool poll() {
    if (!deadline.isSet())
      return false;
    if (passed)
      return true;
    if (++calls % interval != 0)
      return false;
    passed = deadline.hasPassed();
    return passed;
  }

private:
  Deadline deadline;
  unsigned interval;
  unsigned calls = 0;
  bool passed = false;
};

} // namespace memplan

#endif // MEMPLAN_PLANNER_DEADLINE_H
