//===- ProbeDriver.cpp - Probes and restarts over one part ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ProbeDriver.h"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <memory>

namespace memplan {
namespace exact {

ComponentResult searchComponent(const Component &component, uint64_t capacity,
                                uint64_t stopAtPeak,
                                const std::vector<uint64_t> &incumbent,
                                SearchBudget &budget,
                                const SearchOptions &options) {
  // The peak is minimised by feasibility probes. Each round runs the probes
  // of kProbeSchedule for every static order; the allowance doubles every
  // round. A probe that finds a plan lowers the incumbent; one that exhausts
  // its space raises the proven lower bound. Restarting with another order
  // lets a search stuck below a bad early decision give way, while the
  // doubling keeps the total work within a small factor of the useful work
  // and keeps the whole search complete.
  ComponentResult best;
  uint64_t granule = getGranule(component);
  uint64_t low = getSectionBound(component);
  auto floorToGranule = [&](uint64_t value) {
    return value / granule * granule;
  };
  capacity = floorToGranule(capacity);
  // Every canonical peak is a multiple of the granule.
  low = (low + granule - 1) / granule * granule;
  if (!incumbent.empty() && getPeak(component, incumbent) <= capacity) {
    best.found = true;
    best.offsets = incumbent;
    best.peak = getPeak(component, incumbent);
  }
  auto finished = [&] {
    if (best.found)
      return best.peak <= low || best.peak <= stopAtPeak;
    return low > capacity;
  };
  auto high = [&] {
    return best.found ? floorToGranule(best.peak - 1) : capacity;
  };
  FailureMemo memo(component.sizes.size(), budget.nodeLimit);
  ItemSections itemSections(component);
  // A searcher is built when its first probe runs: a budget that ends
  // within the first probe builds one.
  std::vector<const StaticOrder *> orders;
  for (unsigned i = 0; i < getNumStaticOrders(); ++i)
    if (options.staticOrders & (1u << i))
      orders.push_back(&kStaticOrders[i]);
  if (orders.empty())
    orders.push_back(&kStaticOrders[0]);
  std::vector<std::unique_ptr<Searcher>> searchers(orders.size());
  uint64_t allowance = kFirstRestartNodes;
  std::vector<uint64_t> offsets;
  llvm::ArrayRef<ProbeStep> schedule = kProbeSchedule;
  if (stopAtPeak >= capacity)
    schedule = kFitSchedule;
  while (!finished() && !budget.exhausted()) {
    for (const ProbeStep &step : schedule) {
      if (!options.lowerBoundProbes && step.quarters < 4)
        continue;
      for (unsigned i = 0; i < searchers.size(); ++i) {
        if (finished() || budget.exhausted())
          break;
        uint64_t target =
            step.quarters >= 4
                ? high()
                : floorToGranule(low + (high() - low) / 4 * step.quarters);
        // The probe at the lower bound is the first step's; without it, the
        // probe below the incumbent takes that target too. The fit schedule
        // has no other probe.
        if (target < low || target > high() ||
            (options.lowerBoundProbes && step.quarters > 0 && target == low &&
             schedule.size() > 1))
          break;
        if (!searchers[i])
          searchers[i] = std::make_unique<Searcher>(
              component, itemSections, budget, *orders[i], memo, options);
        ProbeOutcome outcome =
            searchers[i]->run(target, step.allowances * allowance, offsets);
        if (outcome == ProbeOutcome::Found) {
          uint64_t peak = getPeak(component, offsets);
          assert(peak <= target && "a probe's plan is within its target");
          if (!best.found || peak < best.peak) {
            best.found = true;
            best.peak = peak;
            best.offsets = offsets;
            if (budget.onImprovement)
              budget.onImprovement(best.peak, low);
          }
        } else if (outcome == ProbeOutcome::Infeasible) {
          low = std::max(low, target + granule);
          if (budget.onImprovement)
            budget.onImprovement(best.found ? best.peak : 0, low);
        }
      }
    }
    allowance = allowance > UINT64_MAX / 2 ? UINT64_MAX : allowance * 2;
  }
  best.lowerBound = low;
  if (best.found) {
    best.complete = best.peak <= low;
    best.lowerBound = std::min(low, best.peak);
  } else {
    best.complete = low > capacity;
  }
  return best;
}

unsigned getNumStaticOrders() { return std::size(kStaticOrders); }

ProbeOutcome probeComponent(const Component &component, uint64_t target,
                            unsigned order, uint64_t nodeCap,
                            SearchBudget &budget,
                            std::vector<uint64_t> &offsets,
                            const SearchOptions &options) {
  assert(order < getNumStaticOrders() && "unknown static order");
  FailureMemo memo(component.sizes.size(), budget.nodeLimit);
  ItemSections itemSections(component);
  Searcher searcher(component, itemSections, budget, kStaticOrders[order], memo,
                    options);
  return searcher.run(target, nodeCap, offsets);
}

} // namespace exact
} // namespace memplan
