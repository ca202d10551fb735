//===- ReportJSON.cpp - Plan report for machines --------------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// {"algorithm": "greedy-by-size", "lower_bound": 140, "total_size": 140,
//  "proven_optimal": false, "timed_out": false, "work": 12,
//  "pools": [{"name": "sram", "capacity": 256, "alignment": 16,
//             "used": 140, "lower_bound": 140, "buffers": 6,
//             "utilisation_percent": "100.00",
//             "capacity_used_percent": "54.69"}],
//  "buffers": [{"name": "a", "size": 10, "alignment": 1, "pool": "sram",
//               "offset": 0, "end": 10, "intervals": [[0, 2]],
//               "location": "net.mlir:3:8"}]}
//
// `capacity`, the percentages and `location` are null when they do not
// apply. Percentages are strings with two decimals so that no floating-point
// number is ever printed.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "llvm/Support/JSON.h"

using namespace memplan;
using namespace memplan::report;

/// Writes `value` or null.
static void writeOptional(llvm::json::OStream &json, llvm::StringRef key,
                          const std::optional<std::string> &value) {
  if (value)
    json.attribute(key, *value);
  else
    json.attribute(key, nullptr);
}

static void writePools(const ReportModel &model, llvm::json::OStream &json) {
  json.attributeArray("pools", [&] {
    for (PoolId id = 0; id < model.problem.pools.size(); ++id) {
      const Pool &pool = model.problem.pools[id];
      const PoolFigures &figures = model.pools[id];
      json.object([&] {
        json.attribute("name", pool.name);
        if (pool.capacity)
          json.attribute("capacity", *pool.capacity);
        else
          json.attribute("capacity", nullptr);
        json.attribute("alignment", pool.alignment);
        json.attribute("used", figures.used);
        json.attribute("lower_bound", figures.lowerBound);
        json.attribute("buffers", figures.numBuffers);
        writeOptional(json, "utilisation_percent", figures.utilisation);
        writeOptional(json, "capacity_used_percent", figures.capacityUse);
      });
    }
  });
}

static void writeBuffers(const ReportModel &model, llvm::json::OStream &json) {
  json.attributeArray("buffers", [&] {
    for (BufferId id = 0; id < model.problem.buffers.size(); ++id) {
      const Buffer &buffer = model.problem.buffers[id];
      const Placement &placement = model.plan.placements[id];
      json.object([&] {
        json.attribute("name", buffer.name);
        json.attribute("size", buffer.size);
        json.attribute("alignment", buffer.alignment);
        json.attribute("pool", model.problem.pools[placement.pool].name);
        json.attribute("offset", placement.offset);
        json.attribute("end", placement.offset + buffer.size);
        json.attributeArray("intervals", [&] {
          for (const Interval &interval : buffer.intervals)
            json.array([&] {
              json.value(interval.start);
              json.value(interval.end);
            });
        });
        llvm::StringRef location = model.getLocation(id);
        if (location.empty())
          json.attribute("location", nullptr);
        else
          json.attribute("location", location);
      });
    }
  });
}

void report::writeJSONReport(const ReportModel &model, llvm::raw_ostream &os) {
  llvm::json::OStream json(os, /*IndentSize=*/2);
  json.object([&] {
    json.attribute("algorithm", model.plan.algorithm);
    json.attribute("lower_bound", model.plan.lowerBound);
    json.attribute("total_size", model.plan.getTotalSize());
    json.attribute("proven_optimal", model.plan.provenOptimal);
    json.attribute("timed_out", model.plan.timedOut);
    json.attribute("work", model.plan.work);
    if (const std::optional<ScheduleFigures> &schedule = model.schedule)
      json.attributeObject("schedule", [&] {
        json.attribute("program_order_peak", schedule->programOrderPeak);
        json.attribute("chosen_order_peak", schedule->chosenOrderPeak);
        if (schedule->lowerBound)
          json.attribute("lower_bound", *schedule->lowerBound);
        else
          json.attribute("lower_bound", nullptr);
      });
    writePools(model, json);
    writeBuffers(model, json);
  });
  os << '\n';
}
