//===- Tuning.h - Tuning tables of the exact search -------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Internal to the exact search: the static orders of its probes, the probe
// schedule of a restart round and the clock and node constants.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_LIB_PLANNER_EXACT_TUNING_H
#define MEMPLAN_LIB_PLANNER_EXACT_TUNING_H

#include <array>
#include <cstdint>

namespace memplan {
namespace exact {

/// At most how many nodes pass between two looks at the clock (fewer when a
/// node costs more: SearchBudget::clockInterval).
inline constexpr uint64_t kClockInterval = 1024;
/// Node allowance of each probe in the first round of restarts.
inline constexpr uint64_t kFirstRestartNodes = 2048;

/// The static orders of the items (larger first on each key in turn), which
/// break ties in the canonical order and between children at the same
/// offset. Size: bytes; Lifetime: the item's weight (length of its live
/// range); Area: size times lifetime; Total: the largest total size of a
/// section holding the item.
enum class OrderKey { Size, Lifetime, Area, Total };
using StaticOrder = std::array<OrderKey, 3>;

inline constexpr StaticOrder kStaticOrders[] = {
    {OrderKey::Lifetime, OrderKey::Area, OrderKey::Total},
    {OrderKey::Total, OrderKey::Area, OrderKey::Lifetime},
    {OrderKey::Total, OrderKey::Lifetime, OrderKey::Area},
    {OrderKey::Size, OrderKey::Lifetime, OrderKey::Total},
};

/// One probe of a round: its target, in quarters of the way from the
/// lowest target not yet ruled out to one granule below the incumbent (4:
/// the latter), and its node allowance in units of the round's allowance.
struct ProbeStep {
  unsigned quarters;
  unsigned allowances;
};

/// The probes of a round, for every static order. Halfway first: on hard
/// problems it is the probe most likely to both succeed and gain; then the
/// lower bound, which many problems reach; then a quarter of the way, three
/// quarters of the way, and just below the incumbent. The probe at three
/// quarters gains most where the optimum lies well above the lower bound:
/// without it MiniMalloc's J ended the default at 5.3 % over its best known
/// peak, with it at 1.9 % (docs/Benchmarks.md).
inline constexpr ProbeStep kProbeSchedule[] = {
    {2, 1}, {0, 2}, {1, 1}, {3, 1}, {4, 1}};
/// The probes of a round when any plan within the capacity will do (the fit
/// objective): at the capacity only.
inline constexpr ProbeStep kFitSchedule[] = {{4, 1}};

} // namespace exact
} // namespace memplan

#endif // MEMPLAN_LIB_PLANNER_EXACT_TUNING_H
