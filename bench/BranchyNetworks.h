//===- BranchyNetworks.h - Generated branchy networks -----------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// A generator of branchy networks for memory-aware scheduling (issue 16),
// shared by memplan-schedule-bench and memplan-branchy-gen. A network is a
// DAG of operators; each produces one tensor and reads the tensors of its
// inputs. It is a chain of cells, each of one kind:
//
// - inception: 2-4 branches of 1-3 operators each; a branch first expands
//   its input 2x, 4x or 8x, its last operator reduces back to the cell's
//   width or half of it; a concatenation joins the branches.
// - unet: an encoder of 2-4 levels (each halves the tensor), a transform of
//   each level's skip tensor (1/4x to 2x its size), and a decoder that joins
//   each upsampled tensor with its level's transformed skip.
// - randwire: 6-16 operators, each reading 1-3 random earlier tensors of the
//   cell (mostly recent ones: a small-world wiring as in randomly wired
//   networks), sizes 1/2x to 4x the cell's width; the tensors nobody reads
//   are joined at the end.
// - mixed: each cell of a random kind.
// - dag: one randomly wired cell of all the operators, which no separator
//   splits (the exact search gives up beyond small sizes: the heuristics'
//   case).
//
// Program order is level order: operators by depth (longest path from the
// input), then by creation, the order a breadth-first exporter writes.
// Tensor sizes are in units (a unit is 1 KiB in the benchmark, a few floats
// in the generated MLIR). Everything comes from one seed: the same network
// on every platform.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_BENCH_BRANCHYNETWORKS_H
#define MEMPLAN_BENCH_BRANCHYNETWORKS_H

#include "XorShift.h"

#include "memplan/Schedule/Order.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

namespace memplan::bench {

/// One operator and the tensor it produces.
struct NetworkNode {
  /// The nodes whose tensors it reads (earlier in program order).
  std::vector<unsigned> inputs;
  /// The size of its tensor, in units.
  uint64_t units = 1;
};

/// A network in program order; node 0 produces the input, the last node the
/// output.
struct Network {
  std::vector<NetworkNode> nodes;
};

/// The kinds of cells, by name.
inline const std::vector<std::string> &getCellKinds() {
  static const std::vector<std::string> kinds = {"inception", "unet",
                                                 "randwire", "mixed", "dag"};
  return kinds;
}

namespace detail {

class Builder {
public:
  explicit Builder(uint64_t seed) : random(seed * 0x9e3779b97f4a7c15ULL + 1) {}

  unsigned add(std::vector<unsigned> inputs, uint64_t units) {
    unsigned depth = 0;
    for (unsigned input : inputs)
      depth = std::max(depth, depths[input] + 1);
    nodes.push_back({std::move(inputs), std::max<uint64_t>(units, 1)});
    depths.push_back(depth);
    return nodes.size() - 1;
  }

  unsigned inception(unsigned in, uint64_t width) {
    std::vector<unsigned> ends;
    unsigned branches = random.range(2, 4);
    for (unsigned b = 0; b < branches; ++b) {
      unsigned length = random.range(1, 3);
      uint64_t wide = width << random.range(1, 3);
      unsigned last = in;
      for (unsigned op = 0; op + 1 < length; ++op)
        last = add({last}, wide);
      ends.push_back(add({last}, random.chance(50) ? width : width / 2));
    }
    return add(ends, width);
  }

  unsigned unet(unsigned in, uint64_t width) {
    unsigned levels = random.range(2, 4);
    std::vector<unsigned> skips;
    unsigned last = add({in}, width * 2);
    uint64_t size = width * 2;
    for (unsigned level = 0; level < levels; ++level) {
      uint64_t skipSize =
          std::max<uint64_t>(1, size * random.range(1, 8) / 4);
      skips.push_back(add({last}, skipSize));
      size = std::max<uint64_t>(1, size / 2);
      last = add({last}, size);
    }
    last = add({last}, size);
    for (unsigned level = levels; level-- > 0;) {
      size *= 2;
      last = add({last, skips[level]}, size);
    }
    return add({last}, width);
  }

  unsigned randwire(unsigned in, uint64_t width, unsigned count) {
    std::vector<unsigned> cell = {in};
    std::vector<bool> read(count + 1, false);
    for (unsigned i = 0; i < count; ++i) {
      unsigned inputs = std::min<unsigned>(random.range(1, 3), cell.size());
      std::vector<unsigned> chosen;
      for (unsigned k = 0; k < inputs; ++k) {
        // Mostly one of the four most recent tensors.
        unsigned window = std::min<unsigned>(cell.size(), 4);
        unsigned pick = random.chance(75)
                            ? cell.size() - 1 - random.range(0, window - 1)
                            : random.range(0, cell.size() - 1);
        if (std::find(chosen.begin(), chosen.end(), pick) == chosen.end())
          chosen.push_back(pick);
      }
      std::sort(chosen.begin(), chosen.end());
      std::vector<unsigned> nodeInputs;
      for (unsigned pick : chosen) {
        nodeInputs.push_back(cell[pick]);
        read[pick] = true;
      }
      static const uint64_t factors[] = {1, 2, 4, 8};
      cell.push_back(add(nodeInputs, width * factors[random.range(0, 3)] / 2));
    }
    std::vector<unsigned> sinks;
    for (unsigned i = 1; i < cell.size(); ++i)
      if (!read[i])
        sinks.push_back(cell[i]);
    return add(sinks, width);
  }

  Network finish() {
    // Level order: by depth, then by creation.
    std::vector<unsigned> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
      return depths[a] < depths[b];
    });
    std::vector<unsigned> position(nodes.size());
    for (unsigned i = 0; i < order.size(); ++i)
      position[order[i]] = i;
    Network network;
    for (unsigned old : order) {
      NetworkNode node = nodes[old];
      for (unsigned &input : node.inputs)
        input = position[input];
      network.nodes.push_back(std::move(node));
    }
    return network;
  }

  tools::XorShiftStar random;
  std::vector<NetworkNode> nodes;
  std::vector<unsigned> depths;
};

} // namespace detail

/// A network of cells of `kind` (see getCellKinds()) with at least `ops`
/// operators, from `seed`; `width` is the cell width in units.
inline Network generateNetwork(const std::string &kind, unsigned ops,
                               uint64_t seed, uint64_t width = 16) {
  detail::Builder builder(seed);
  unsigned last = builder.add({}, width);
  // One randomly wired cell of every operator: no separator splits it.
  if (kind == "dag")
    last = builder.randwire(last, width, std::max(ops, 4u) - 3);
  while (builder.nodes.size() + 1 < ops) {
    std::string cell = kind;
    if (cell == "mixed")
      cell = getCellKinds()[builder.random.range(0, 2)];
    if (cell == "inception")
      last = builder.inception(last, width);
    else if (cell == "unet")
      last = builder.unet(last, width);
    else
      last = builder.randwire(last, width, builder.random.range(6, 16));
  }
  builder.add({last}, std::max<uint64_t>(1, width / 4));
  return builder.finish();
}

/// The ordering problem of `network`: one node per operator, touching its
/// inputs' tensors and its own (`unitBytes` bytes per unit); the output
/// tensor lives to the end.
inline schedule::OrderProblem toOrderProblem(const Network &network,
                                             uint64_t unitBytes) {
  schedule::OrderProblem problem;
  for (const NetworkNode &node : network.nodes) {
    unsigned index = problem.nodes.size();
    schedule::OrderNode orderNode;
    orderNode.predecessors = node.inputs;
    orderNode.buffers = node.inputs;
    orderNode.buffers.push_back(index);
    problem.nodes.push_back(std::move(orderNode));
    problem.buffers.push_back({node.units * unitBytes, false, false});
  }
  if (!problem.buffers.empty())
    problem.buffers.back().liveAtEnd = true;
  return problem;
}

} // namespace memplan::bench

#endif // MEMPLAN_BENCH_BRANCHYNETWORKS_H
