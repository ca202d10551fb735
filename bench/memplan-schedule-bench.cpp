//===- memplan-schedule-bench.cpp - Memory-aware scheduling benchmark -----===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// memplan-schedule-bench [--kinds=inception,unet,randwire,mixed]
//                        [--sizes=50,200,500,1000,2000] [--seeds=N]
//                        [--work-budget=UNITS] [--plan]
//                        [--plan-algorithm=NAME]
//
// Generates branchy networks (BranchyNetworks.h: a unit is 1 KiB) of each
// kind and size, seeds 1..N, orders each with memplan::schedule::findOrder
// and prints per network the peak of live bytes in program order and in the
// chosen order, the reduction, whether the order is proven optimal, the
// lower bound and the time; then per kind and overall the median reduction
// and the largest time (processor time of the search, which a loaded
// machine does not inflate as much as wall-clock time). With --plan, both
// orders are also planned into one pool (--plan-algorithm, default
// greedy-by-size) and the pool sizes printed. Exits with 1 when an order is
// ever worse than the program order. Times are wall-clock and only reported;
// every peak is the same on every machine.
//
//===----------------------------------------------------------------------===//

#include "BranchyNetworks.h"
#include "ToolSupport.h"

#include "memplan/Planner/Planner.h"
#include "memplan/Schedule/Order.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <ctime>

using namespace memplan;

static llvm::cl::OptionCategory category("memplan-schedule-bench options");

static llvm::cl::opt<std::string>
    kindList("kinds", llvm::cl::desc("Comma-separated cell kinds"),
             llvm::cl::init("inception,unet,randwire,mixed"),
             llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    sizeList("sizes", llvm::cl::desc("Comma-separated operator counts"),
             llvm::cl::init("50,200,500,1000,2000"), llvm::cl::cat(category));
static llvm::cl::opt<unsigned> seeds("seeds",
                                     llvm::cl::desc("Seeds per kind and size"),
                                     llvm::cl::init(3),
                                     llvm::cl::cat(category));
static llvm::cl::opt<uint64_t>
    workBudget("work-budget",
               llvm::cl::desc("Work units of each search (0: default)"),
               llvm::cl::init(0), llvm::cl::cat(category));
static llvm::cl::opt<bool>
    planPools("plan", llvm::cl::desc("Also plan both orders into one pool"),
              llvm::cl::init(false), llvm::cl::cat(category));
static llvm::cl::opt<std::string> planAlgorithm(
    "plan-algorithm",
    llvm::cl::desc("Planning algorithm of --plan (empty: the default)"),
    llvm::cl::init("greedy-by-size"), llvm::cl::cat(category));

/// The pool bytes of `problem` in `order`, planned by --plan-algorithm.
static uint64_t planOrder(const schedule::OrderProblem &problem,
                          const std::vector<unsigned> &order) {
  std::vector<int64_t> first(problem.buffers.size(), -1),
      last(problem.buffers.size(), -1);
  for (size_t position = 0; position < order.size(); ++position)
    for (unsigned buffer : problem.nodes[order[position]].buffers) {
      if (first[buffer] < 0)
        first[buffer] = position;
      last[buffer] = position;
    }
  Problem planning;
  planning.pools.push_back({});
  planning.pools.back().name = "pool";
  for (size_t buffer = 0; buffer < problem.buffers.size(); ++buffer) {
    Buffer &b = planning.buffers.emplace_back();
    b.name = "t" + std::to_string(buffer);
    b.size = problem.buffers[buffer].size;
    int64_t end = problem.buffers[buffer].liveAtEnd ? int64_t(order.size())
                                                    : last[buffer] + 1;
    if (first[buffer] >= 0)
      b.intervals.push_back({first[buffer], end});
  }
  PlannerOptions options;
  options.algorithm = planAlgorithm;
  llvm::Expected<Plan> plan = memplan::plan(planning, options);
  if (!plan) {
    llvm::consumeError(plan.takeError());
    return 0;
  }
  return plan->poolSizes.front();
}

/// Parts per ten thousand of `part` in `whole`.
static uint64_t basisPoints(uint64_t part, uint64_t whole) {
  return whole == 0 ? 0 : (part * 10000 + whole / 2) / whole;
}

static std::string percent(uint64_t points) {
  return llvm::formatv("{0}.{1:2}%", points / 100, points % 100).str();
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "memplan memory-aware scheduling benchmark\n");
  std::vector<unsigned> sizes;
  for (llvm::StringRef text : llvm::split(sizeList, ',')) {
    unsigned size = 0;
    if (text.trim().getAsInteger(10, size) || size < 2) {
      llvm::errs() << "error: bad size '" << text << "'\n";
      return 2;
    }
    sizes.push_back(size);
  }
  std::vector<std::string> kinds;
  for (llvm::StringRef text : llvm::split(kindList, ',')) {
    if (!llvm::is_contained(bench::getCellKinds(), text.trim().str())) {
      llvm::errs() << "error: unknown kind '" << text << "'\n";
      return 2;
    }
    kinds.push_back(text.trim().str());
  }

  llvm::outs() << llvm::formatv(
      "{0,-10} {1,5} {2,4} {3,12} {4,12} {5,8} {6,6} {7,12} {8,9}{9}\n", "kind",
      "ops", "seed", "program", "chosen", "saved", "exact", "lower bound",
      "cpu ms", planPools ? "  pool (program -> chosen)" : "");
  bool worse = false;
  std::vector<uint64_t> all;
  double slowest2000 = 0;
  for (const std::string &kind : kinds) {
    std::vector<uint64_t> reductions;
    double slowest = 0;
    for (unsigned size : sizes) {
      for (unsigned seed = 1; seed <= seeds; ++seed) {
        bench::Network network = bench::generateNetwork(kind, size, seed);
        schedule::OrderProblem problem = bench::toOrderProblem(network, 1024);
        schedule::OrderOptions options;
        options.workBudget = workBudget;
        std::clock_t start = std::clock();
        schedule::OrderResult result = schedule::findOrder(problem, options);
        double ms = 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
        slowest = std::max(slowest, ms);
        if (size >= 2000)
          slowest2000 = std::max(slowest2000, ms);
        bool valid =
            schedule::isValidOrder(problem, result.order) &&
            schedule::evaluatePeak(problem, result.order) == result.peak;
        if (!valid || result.peak > result.programPeak)
          worse = true;
        uint64_t points = basisPoints(
            result.programPeak - std::min(result.programPeak, result.peak),
            result.programPeak);
        reductions.push_back(points);
        all.push_back(points);
        std::string pools;
        if (planPools) {
          std::vector<unsigned> program(problem.nodes.size());
          std::iota(program.begin(), program.end(), 0);
          pools = llvm::formatv("  {0} -> {1}", planOrder(problem, program),
                                planOrder(problem, result.order))
                      .str();
        }
        llvm::outs() << llvm::formatv(
            "{0,-10} {1,5} {2,4} {3,12} {4,12} {5,8} {6,6} {7,12} "
            "{8,9:f1}{9}\n",
            kind, network.nodes.size(), seed, result.programPeak, result.peak,
            percent(points), result.optimum ? "yes" : "no", result.lowerBound,
            ms, pools);
      }
    }
    std::sort(reductions.begin(), reductions.end());
    llvm::outs() << llvm::formatv(
        "summary {0}: median reduction {1}, smallest {2}, slowest {3:f1} ms\n",
        kind, percent(reductions[reductions.size() / 2]),
        percent(reductions.front()), slowest);
  }
  std::sort(all.begin(), all.end());
  llvm::outs() << llvm::formatv(
      "summary all: median reduction {0}, never worse: {1}, slowest at 2000+ "
      "ops: {2:f1} ms\n",
      percent(all[all.size() / 2]), worse ? "NO" : "yes", slowest2000);
  return worse ? 1 : 0;
}
