//===- FloorPacker.cpp - Bottom-up packing of one pool --------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "FloorPacker.h"

#include "llvm/Support/Alignment.h"

#include <algorithm>

using namespace memplan;

static FloorPacker::Key makeKey(uint64_t floor, uint32_t priority,
                                unsigned item) {
  return (FloorPacker::Key(floor) << 64) | (FloorPacker::Key(~priority) << 32) |
         item;
}

FloorPacker::FloorPacker(const Problem &problem, const ConflictIndex &conflicts,
                         PoolId pool, llvm::ArrayRef<BufferId> buffers) {
  auto shared = std::make_shared<Items>();
  std::vector<unsigned> itemOf(problem.buffers.size(), ~0u);
  for (unsigned item = 0; item < buffers.size(); ++item)
    itemOf[buffers[item]] = item;
  shared->rowStart.push_back(0);
  for (BufferId id : buffers) {
    shared->sizes.push_back(problem.buffers[id].size);
    shared->alignments.push_back(problem.getAlignment(id, pool));
    // Empty buffers overlap nothing: they neither raise nor get floors.
    if (problem.buffers[id].size != 0)
      for (BufferId other : conflicts.getConflicts(id))
        if (itemOf[other] != ~0u && problem.buffers[other].size != 0)
          shared->neighbors.push_back(itemOf[other]);
    shared->rowStart.push_back(shared->neighbors.size());
  }
  unsigned n = buffers.size();
  shared->heapCost = 1;
  while ((uint64_t(1) << shared->heapCost) < n)
    ++shared->heapCost;
  items = std::move(shared);
  sequence.assign(n, 0);
  stepOf.assign(n, 0);
  offsets.assign(n, 0);
  floors.assign(n, 0);
  placed.assign(n, 0);
}

void FloorPacker::siftDown(size_t index) {
  size_t n = heap.size();
  Key key = heap[index];
  while (true) {
    size_t child = 2 * index + 1;
    if (child >= n)
      break;
    if (child + 1 < n && heap[child + 1] < heap[child])
      ++child;
    if (!(heap[child] < key))
      break;
    heap[index] = heap[child];
    index = child;
  }
  heap[index] = key;
}

void FloorPacker::raiseFloors(unsigned item) {
  uint64_t end = offsets[item] + items->sizes[item];
  llvm::ArrayRef<unsigned> conflicts = getConflicts(item);
  work += conflicts.size();
  for (unsigned other : conflicts) {
    uint64_t floor = llvm::alignTo(end, llvm::Align(items->alignments[other]));
    if (floor > floors[other] && !placed[other])
      floors[other] = floor;
  }
}

void FloorPacker::restore(llvm::ArrayRef<uint32_t> priority, size_t fromStep) {
  unsigned n = items->sizes.size();
  for (unsigned item = 0; item < n; ++item) {
    floors[item] = 0;
    placed[item] = fromStep != 0 && stepOf[item] < fromStep &&
                   sequence[stepOf[item]] == item;
  }
  for (size_t step = 0; step < fromStep; ++step)
    raiseFloors(sequence[step]);
  heap.clear();
  for (unsigned item = 0; item < n; ++item)
    if (!placed[item])
      heap.push_back(makeKey(floors[item], priority[item], item));
  for (size_t i = heap.size() / 2; i-- > 0;)
    siftDown(i);
  work += n + heap.size();
}

std::optional<uint64_t> FloorPacker::pack(llvm::ArrayRef<uint32_t> priority,
                                          uint64_t limit, size_t fromStep) {
  restore(priority, fromStep);
  uint64_t peak = 0;
  for (size_t step = 0; step < fromStep; ++step)
    peak = std::max(peak, getEnd(sequence[step]));
  if (peak > limit)
    return std::nullopt;
  // Heap keys hold lower bounds of the floors: a raised floor is not pushed;
  // an entry found below its item's floor is updated in place and sifted
  // down. The smallest key, when exact, is thus a smallest floor, and the
  // heap never holds more than one entry per item.
  size_t step = fromStep;
  while (!heap.empty()) {
    Key top = heap.front();
    unsigned item = unsigned(top);
    work += items->heapCost;
    if (uint64_t(top >> 64) != floors[item]) {
      heap.front() = makeKey(floors[item], priority[item], item);
      siftDown(0);
      continue;
    }
    heap.front() = heap.back();
    heap.pop_back();
    if (!heap.empty())
      siftDown(0);
    uint64_t end = floors[item] + items->sizes[item];
    if (end > limit)
      return std::nullopt;
    if (step % 64 == 63 && deadline.hasPassed())
      return std::nullopt;
    placed[item] = 1;
    offsets[item] = floors[item];
    sequence[step] = item;
    stepOf[item] = step++;
    peak = std::max(peak, end);
    raiseFloors(item);
  }
  return peak;
}

void FloorPacker::forEachWaitingStep(
    unsigned item, llvm::function_ref<bool(size_t)> visit) const {
  size_t placedAt = stepOf[item];
  auto floorAt = [&](size_t step) { return offsets[sequence[step]]; };
  // The item's floor before each step is the highest aligned end of its
  // conflicts placed earlier; walk the steps where it rises.
  scratch.clear();
  for (unsigned other : getConflicts(item))
    if (stepOf[other] < placedAt)
      scratch.push_back(
          {stepOf[other],
           llvm::alignTo(getEnd(other), llvm::Align(items->alignments[item]))});
  std::sort(scratch.begin(), scratch.end());
  scratch.push_back({unsigned(placedAt), 0});
  uint64_t floor = 0;
  size_t segmentStart = 0;
  for (const auto &[step, end] : scratch) {
    // Steps [segmentStart, step] see `floor`; the popped floors never
    // decrease, so the steps that popped exactly `floor` form one run.
    size_t segmentEnd = std::min<size_t>(step + 1, placedAt);
    size_t lo = segmentStart, hi = segmentEnd;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (floorAt(mid) < floor)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (size_t k = lo; k < segmentEnd && floorAt(k) == floor; ++k)
      if (visit(k))
        return;
    floor = std::max(floor, end);
    segmentStart = step + 1;
    if (segmentStart >= placedAt)
      return;
  }
}

size_t FloorPacker::getFirstChangedStep(
    llvm::ArrayRef<uint32_t> priority,
    llvm::ArrayRef<std::pair<unsigned, uint32_t>> changes) const {
  size_t first = items->sizes.size();
  for (const auto &[item, oldPriority] : changes) {
    if (priority[item] < oldPriority) {
      first = std::min<size_t>(first, stepOf[item]);
      continue;
    }
    if (priority[item] == oldPriority)
      continue;
    Key raised = makeKey(0, priority[item], item);
    forEachWaitingStep(item, [&](size_t step) {
      if (step >= first)
        return true;
      unsigned winner = sequence[step];
      if (raised < makeKey(0, priority[winner], winner)) {
        first = step;
        return true;
      }
      return false;
    });
  }
  return first;
}

void FloorPacker::getLostSteps(unsigned item,
                               std::vector<size_t> &steps) const {
  steps.clear();
  forEachWaitingStep(item, [&](size_t step) {
    steps.push_back(step);
    return false;
  });
}

void FloorPacker::copySuffixFrom(const FloorPacker &other, size_t fromStep) {
  for (size_t step = fromStep; step < sequence.size(); ++step) {
    unsigned item = other.sequence[step];
    sequence[step] = item;
    stepOf[item] = step;
    offsets[item] = other.offsets[item];
  }
}
