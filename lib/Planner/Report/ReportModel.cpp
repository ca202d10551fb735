//===- ReportModel.cpp - What every plan report shows ---------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "memplan/Planner/Validator.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringExtras.h"

using namespace memplan;
using namespace memplan::report;

std::string report::formatPercent(uint64_t numerator, uint64_t denominator) {
  // Hundredths of a percent, rounded half up:
  //   floor((20000 * numerator + denominator) / (2 * denominator)).
  llvm::APInt twice =
      llvm::APInt(128, numerator) * 20000 + llvm::APInt(128, denominator);
  llvm::APInt hundredths = twice.udiv(llvm::APInt(128, denominator) * 2);
  llvm::APInt whole, fraction;
  llvm::APInt::udivrem(hundredths, llvm::APInt(128, 100), whole, fraction);
  std::string text = llvm::toString(whole, 10, /*Signed=*/false);
  uint64_t cents = fraction.getZExtValue();
  text += '.';
  text += static_cast<char>('0' + cents / 10);
  text += static_cast<char>('0' + cents % 10);
  return text;
}

uint64_t report::scaleDown(uint64_t value, uint64_t range, uint64_t length) {
  llvm::APInt product = llvm::APInt(128, value) * llvm::APInt(128, length);
  return product.udiv(llvm::APInt(128, range)).getZExtValue();
}

std::string report::formatIntervals(llvm::ArrayRef<Interval> intervals) {
  if (intervals.empty())
    return "-";
  std::string text;
  llvm::raw_string_ostream os(text);
  for (const Interval &interval : intervals) {
    if (&interval != &intervals.front())
      os << ' ';
    os << '[' << interval.start << ',' << interval.end << ')';
  }
  return text;
}

llvm::Expected<ReportModel> report::buildReportModel(const ReportInput &input) {
  const Problem &problem = input.problem;
  const Plan &plan = input.plan;
  if (llvm::Error error = verifyProblem(problem))
    return llvm::createStringError("cannot report an invalid problem: " +
                                   llvm::toString(std::move(error)));
  if (llvm::Error error = validatePlan(problem, plan))
    return llvm::createStringError("internal error: cannot report an "
                                   "invalid plan: " +
                                   llvm::toString(std::move(error)));
  if (plan.poolLowerBounds.size() != problem.pools.size())
    return llvm::createStringError("internal error: the plan has " +
                                   std::to_string(plan.poolLowerBounds.size()) +
                                   " pool lower bounds for " +
                                   std::to_string(problem.pools.size()) +
                                   " pools");
  if (!input.locations.empty() &&
      input.locations.size() != problem.buffers.size())
    return llvm::createStringError(
        "internal error: " + std::to_string(input.locations.size()) +
        " source locations for " + std::to_string(problem.buffers.size()) +
        " buffers");

  ReportModel model{problem, plan, input.locations, {}, input.schedule};
  model.pools.resize(problem.pools.size());
  for (const Placement &placement : plan.placements)
    ++model.pools[placement.pool].numBuffers;
  for (PoolId id = 0; id < problem.pools.size(); ++id) {
    PoolFigures &figures = model.pools[id];
    figures.used = plan.poolSizes[id];
    figures.lowerBound = plan.poolLowerBounds[id];
    if (figures.used != 0)
      figures.utilisation = formatPercent(figures.lowerBound, figures.used);
    std::optional<uint64_t> capacity = problem.pools[id].capacity;
    if (capacity && *capacity != 0)
      figures.capacityUse = formatPercent(figures.used, *capacity);
  }
  return model;
}

std::string report::formatSchedule(const ScheduleFigures &schedule) {
  std::string text = "program order peak " +
                     std::to_string(schedule.programOrderPeak) +
                     " bytes, chosen order peak " +
                     std::to_string(schedule.chosenOrderPeak) +
                     " bytes, lower bound over all orders ";
  return text + (schedule.lowerBound
                     ? std::to_string(*schedule.lowerBound) + " bytes"
                     : std::string("unknown"));
}
