//===- Report.cpp - What a plan saves, per pool -----------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-report: prints, per pool of a planned module, the bytes the plan
// uses against the pool's lower bound, and what the plan saves compared with
// giving every buffer its own memory. It reads only IR attributes: the
// pools' `size` and `lower_bound`, and the placed memplan.allocs (or the
// memplan.views they became).
//
//===----------------------------------------------------------------------===//

#include "Schedule/ScheduleSummary.h"

#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/Debug.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANREPORT
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-report"

namespace {

/// One row of the report.
struct PoolRow {
  std::string name;
  uint64_t buffers = 0;
  uint64_t used = 0;
  uint64_t lowerBound = 0;
  /// The sum of the sizes of the pool's buffers.
  uint64_t separate = 0;
};

} // namespace

/// `part / whole` as a percentage with one decimal, rounded half away from
/// zero, computed in integers so that every platform prints the same digits.
static std::string formatPercent(int64_t part, uint64_t whole) {
  if (whole == 0)
    return "-";
  uint64_t magnitude =
      part < 0 ? 0 - static_cast<uint64_t>(part) : static_cast<uint64_t>(part);
  // Scale both down (one relative unit in 2^53 at most) so that the
  // products below cannot overflow.
  while (std::max(magnitude, whole) >= (uint64_t(1) << 53)) {
    magnitude >>= 1;
    whole >>= 1;
  }
  if (whole == 0)
    return "-";
  uint64_t tenths = (magnitude * 1000 + whole / 2) / whole;
  std::string text;
  llvm::raw_string_ostream os(text);
  if (part < 0 && tenths != 0)
    os << '-';
  os << tenths / 10 << '.' << tenths % 10 << '%';
  return text;
}

/// Prints the rows and their total as an aligned table.
static void printTable(ArrayRef<PoolRow> rows, llvm::raw_ostream &os) {
  PoolRow total{"total"};
  size_t nameWidth = total.name.size();
  for (const PoolRow &row : rows) {
    total.buffers += row.buffers;
    total.used += row.used;
    total.lowerBound += row.lowerBound;
    total.separate += row.separate;
    nameWidth = std::max(nameWidth, row.name.size());
  }
  auto printRow = [&](const PoolRow &row) {
    int64_t saved = static_cast<int64_t>(row.separate - row.used);
    os << llvm::left_justify(row.name, nameWidth)
       << llvm::format_decimal(row.buffers, 9)
       << llvm::format_decimal(row.used, 14)
       << llvm::format_decimal(row.lowerBound, 14)
       << llvm::format_decimal(row.separate, 14)
       << llvm::format_decimal(saved, 14)
       << llvm::right_justify(formatPercent(saved, row.separate), 9) << "\n";
  };
  os << "memplan report: bytes per pool\n"
     << llvm::left_justify("pool", nameWidth)
     << llvm::right_justify("buffers", 9) << llvm::right_justify("used", 14)
     << llvm::right_justify("lower bound", 14)
     << llvm::right_justify("separate", 14) << llvm::right_justify("saved", 14)
     << llvm::right_justify("saved %", 9) << "\n";
  for (const PoolRow &row : rows)
    printRow(row);
  printRow(total);
}

/// Prints what the order of operations costs, from --memplan-schedule.
static void printSchedule(const ScheduleSummary &schedule,
                          llvm::raw_ostream &os) {
  os << "memplan report: order of operations (--memplan-schedule)\n";
  os << "peak of live bytes: program order " << schedule.programPeak
     << ", chosen order " << schedule.chosenPeak
     << ", lower bound over all orders ";
  if (schedule.lowerBound)
    os << *schedule.lowerBound;
  else
    os << "unknown";
  if (schedule.lowerBound && *schedule.lowerBound == schedule.chosenPeak)
    os << " (the chosen order is optimal)";
  os << "\n";
  int64_t saved = static_cast<int64_t>(schedule.programPoolBytes) -
                  static_cast<int64_t>(schedule.chosenPoolBytes);
  os << "planned pools: program order " << schedule.programPoolBytes
     << ", chosen order " << schedule.chosenPoolBytes << ", saved " << saved
     << " (" << formatPercent(saved, schedule.programPoolBytes) << ")\n";
  os << "blocks reordered: " << schedule.blocksReordered;
  if (schedule.reverted)
    os << " (a reordering was undone: its pools were not smaller)";
  os << "\n";
}

namespace {

struct ReportPass : public memplan::impl::MemPlanReportBase<ReportPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<PoolRow> rows;
    llvm::StringMap<unsigned> rowIndex;
    bool ok = true;
    for (PoolOp pool : module.getOps<PoolOp>()) {
      if (!pool.getSizeAttr() || !pool.getLowerBoundAttr()) {
        pool.emitOpError("has no planned size and lower bound; run "
                         "--memplan-plan before --memplan-report");
        ok = false;
        continue;
      }
      rowIndex[pool.getSymName()] = rows.size();
      rows.push_back({pool.getSymName().str(), 0,
                      static_cast<uint64_t>(pool.getSizeAttr().getInt()),
                      static_cast<uint64_t>(pool.getLowerBoundAttr().getInt()),
                      0});
    }
    if (!ok)
      return signalPassFailure();

    // Each placed alloc or view is one buffer, whatever the number of times
    // its function runs.
    // The verifier guarantees each byte size (at the bound when dynamic).
    auto addBuffer = [&](StringRef pool, std::optional<uint64_t> bytes) {
      auto it = rowIndex.find(pool);
      if (it == rowIndex.end())
        return;
      PoolRow &row = rows[it->second];
      ++row.buffers;
      row.separate += bytes.value_or(0);
    };
    module.walk([&](Operation *op) {
      if (auto alloc = dyn_cast<AllocOp>(op)) {
        if (alloc.getPoolAttr())
          addBuffer(alloc.getPoolAttr().getValue(), alloc.getByteSize());
      } else if (auto view = dyn_cast<ViewOp>(op)) {
        addBuffer(view.getPool(), view.getByteSize());
      } else if (auto global = dyn_cast<memref::GlobalOp>(op)) {
        // A constant placed by --memplan-plan-constants.
        if (auto pool = global->getAttrOfType<FlatSymbolRefAttr>(
                MemPlanDialect::getPlacedPoolAttrName()))
          addBuffer(
              pool.getValue(),
              getStaticByteSize(global.getType(), DataLayout::closest(global)));
      }
    });
    LLVM_DEBUG(llvm::dbgs() << "[memplan-report] " << rows.size()
                            << " pools\n");
    printTable(rows, llvm::outs());
    if (std::optional<ScheduleSummary> schedule = getScheduleSummary(module))
      printSchedule(*schedule, llvm::outs());
    llvm::outs().flush();
    markAllAnalysesPreserved();
  }
};

} // namespace
