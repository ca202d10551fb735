//===- PlanConstants.cpp - Constants into a read-only pool ------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// --memplan-plan-constants: packs the data of the constant memref.globals
// that the planned functions read into one read-only pool. Constants are all
// live at once, so they are laid out one after another (module order), each
// at an aligned offset; the layout is checked by the planner's validator
// like any plan. The placement is recorded in the IR (`memplan.pool` and
// `memplan.offset` on each global, `constants`, `size` and `lower_bound` on
// the pool); --memplan-lower materializes it.
//
//===----------------------------------------------------------------------===//

#include "ConstantBytes.h"

#include "memplan/Analysis/BufferAnalysis.h"
#include "memplan/Analysis/OpWalk.h"
#include "memplan/Analysis/TargetAccess.h"
#include "memplan/Dialect/MemPlanOps.h"
#include "memplan/Planner/Validator.h"
#include "memplan/Support/PassSupport.h"
#include "memplan/Support/PoolSpec.h"
#include "memplan/Transforms/PassOptions.h"
#include "memplan/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Debug.h"

namespace mlir::memplan {
#define GEN_PASS_DEF_MEMPLANPLANCONSTANTS
#include "memplan/Transforms/Passes.h.inc"
} // namespace mlir::memplan

using namespace mlir;
using namespace mlir::memplan;

#define DEBUG_TYPE "memplan-plan-constants"

namespace {

/// One constant to place.
struct Constant {
  memref::GlobalOp global;
  uint64_t size = 0;
  uint64_t alignment = 1;
  uint64_t offset = 0;
};

/// The memref.get_global ops of each global, and why a global is referenced
/// otherwise, collected in one walk of the module.
struct GlobalUses {
  explicit GlobalUses(ModuleOp module);

  llvm::StringMap<SmallVector<memref::GetGlobalOp>> getGlobals;
  llvm::StringMap<std::string> otherUse;
};

} // namespace

GlobalUses::GlobalUses(ModuleOp module) {
  forEachNestedOp(module, [&](Operation *op) {
    if (auto get = dyn_cast<memref::GetGlobalOp>(op))
      getGlobals[get.getName()].push_back(get);
  });
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(&module.getBodyRegion());
  if (!uses)
    return;
  for (const SymbolTable::SymbolUse &use : *uses) {
    if (isa<memref::GetGlobalOp>(use.getUser()))
      continue;
    StringRef name = use.getSymbolRef().getRootReference().getValue();
    otherUse.try_emplace(
        name, "it is referenced by '" +
                  use.getUser()->getName().getStringRef().str() + "'");
  }
}

/// The function of the module that holds `op`, if any.
static Operation *getOwnerFunction(Operation *op) {
  Operation *top = op;
  while (top->getParentOp() && !isa<ModuleOp>(top->getParentOp()))
    top = top->getParentOp();
  return isa<FunctionOpInterface>(top) ? top : nullptr;
}

namespace {

struct PlanConstantsPass
    : public mlir::memplan::impl::MemPlanPlanConstantsBase<PlanConstantsPass> {
  using MemPlanPlanConstantsBase::MemPlanPlanConstantsBase;

  LogicalResult initialize(MLIRContext *context) override {
    if (pool.empty())
      return success();
    MemPlanPlanConstantsOptions options;
    options.pool = pool;
    if (llvm::Error error = checkOptions(options))
      return emitOptionError(context, "memplan-plan-constants",
                             std::move(error));
    spec = llvm::cantFail(parsePoolSpecs(pool)).front();
    specGivesLayout = StringRef(pool).contains(':');
    return success();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    BufferAnalysis &analysis = getAnalysis<BufferAnalysis>();
    if (failed(analysis.getStatus()))
      return signalPassFailure();
    FailureOr<PoolOp> constantPool = getPool(module);
    if (failed(constantPool) || failed(checkNoWorkspace(module, *constantPool)))
      return signalPassFailure();
    FailureOr<std::vector<Constant>> constants =
        collectConstants(module, analysis, *constantPool);
    if (failed(constants) || failed(place(*constantPool, *constants)) ||
        failed(validate(*constantPool, *constants)))
      return signalPassFailure();
    LLVM_DEBUG({
      for (Constant &constant : *constants)
        llvm::dbgs() << "[memplan-plan-constants] @"
                     << constant.global.getSymName() << ": "
                     << constant.size << " bytes -> "
                     << constantPool->getSymName() << " + " << constant.offset
                     << "\n";
    });
    record(*constantPool, *constants);
  }

  /// The constant pool: the one `pool` names (declared when missing), or
  /// the module's pool marked `constants`.
  FailureOr<PoolOp> getPool(ModuleOp module) {
    SmallVector<PoolOp> pools(module.getOps<PoolOp>());
    if (!spec) {
      SmallVector<PoolOp> marked;
      for (PoolOp pool : pools)
        if (pool.getConstants())
          marked.push_back(pool);
      if (marked.size() == 1)
        return checkPool(marked.front());
      // At the module's location, without printing the whole module.
      return mlir::emitError(module.getLoc(), "memplan-plan-constants: ")
             << (marked.empty() ? "the module has no pool marked 'constants'"
                                : "the module has several pools marked "
                                  "'constants'")
             << "; name the constant pool with pool=NAME";
    }
    for (PoolOp pool : pools) {
      if (pool.getSymName() != spec->name)
        continue;
      if (specGivesLayout)
        return pool.emitOpError("exists, so the pool option gives its name "
                                "only, not '")
               << this->pool << "'";
      return checkPool(pool);
    }
    if (Operation *clash = module.lookupSymbol(spec->name))
      return clash->emitOpError("has the name of the constant pool '")
             << spec->name << "'";
    // After the module's other pools.
    OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
    if (!pools.empty())
      builder.setInsertionPointAfter(pools.back());
    IntegerAttr capacity;
    if (spec->capacity)
      capacity = builder.getI64IntegerAttr(*spec->capacity);
    auto declared =
        PoolOp::create(builder, module.getLoc(), spec->name, capacity,
                       spec->alignment, PoolAccess::ReadOnly, nullptr, nullptr);
    declared.setConstants(true);
    return declared;
  }

  /// Checks that `pool` can take the constants.
  FailureOr<PoolOp> checkPool(PoolOp pool) {
    if (!pool.isReadOnlyForEveryTarget())
      return pool.emitOpError("cannot hold constants: ")
             << describePoolAccess(pool)
             << " lets a target write it; constants go into a pool that is "
                "read-only for every target";
    if (pool.getConstants() && pool.getSizeAttr())
      return pool.emitOpError("already holds planned constants");
    return pool;
  }

  /// Workspace buffers never share the constant pool.
  LogicalResult checkNoWorkspace(ModuleOp module, PoolOp pool) {
    StringRef name = pool.getSymName();
    bool ok = true;
    auto complain = [&](Operation *op) {
      InFlightDiagnostic diag = op->emitOpError("uses pool @")
                                << name << ", which is to hold constants only";
      diag.attachNote(pool.getLoc()) << "the constant pool";
      ok = false;
    };
    module.walk([&](Operation *op) {
      if (auto alloc = dyn_cast<AllocOp>(op)) {
        FlatSymbolRefAttr placed = alloc.getPoolAttr();
        ArrayAttr listed = alloc.getPoolsAttr();
        if ((placed && placed.getValue() == name) ||
            (listed && llvm::any_of(listed, [&](Attribute ref) {
               return cast<FlatSymbolRefAttr>(ref).getValue() == name;
             })))
          complain(op);
      } else if (auto view = dyn_cast<ViewOp>(op)) {
        if (view.getPool() == name)
          complain(op);
      }
    });
    return success(ok);
  }

  /// The constants the planned functions read, in module order. Emits a
  /// remark for each one that cannot be packed, and an error for each read
  /// by a function whose target cannot read `pool`.
  FailureOr<std::vector<Constant>>
  collectConstants(ModuleOp module, const BufferAnalysis &analysis,
                   PoolOp pool) {
    GlobalUses uses(module);
    std::vector<Constant> constants;
    bool ok = true;
    for (memref::GlobalOp global : module.getOps<memref::GlobalOp>()) {
      if (!global.getConstant() ||
          global->hasAttr(MemPlanDialect::getPlacedPoolAttrName()))
        continue;
      // A copy: StringMap::lookup returns the vector by value.
      SmallVector<memref::GetGlobalOp> gets =
          uses.getGlobals.lookup(global.getSymName());
      if (llvm::none_of(gets, [&](memref::GetGlobalOp get) {
            Operation *function = getOwnerFunction(get);
            return function && analysis.isReachedFromEntry(function);
          }))
        continue;
      std::optional<std::string> reason = getUnpackableReason(global);
      if (!reason && uses.otherUse.count(global.getSymName()))
        reason = uses.otherUse.lookup(global.getSymName());
      if (reason) {
        global.emitRemark("constant not placed in pool @")
            << pool.getSymName() << ": " << *reason;
        continue;
      }
      for (memref::GetGlobalOp get : gets) {
        Operation *function = getOwnerFunction(get);
        StringRef target = function ? getFunctionTarget(function)
                                    : MemPlanDialect::getDefaultTarget();
        if (canAccess(pool, target, /*write=*/false))
          continue;
        get.emitError("reads constant @")
            << global.getSymName() << " on target \"" << target
            << "\", which cannot read the constant pool "
            << describePoolAccess(pool);
        ok = false;
      }
      Constant constant;
      constant.global = global;
      constant.size =
          *getStaticByteSize(global.getType(), DataLayout::closest(global));
      constant.alignment = getConstantAlignment(global);
      constants.push_back(constant);
    }
    if (!ok)
      return failure();
    return constants;
  }

  /// Lays the constants out one after another.
  LogicalResult place(PoolOp pool, std::vector<Constant> &constants) {
    uint64_t poolAlignment = pool.getAlignmentAttr().getInt();
    std::optional<uint64_t> capacity;
    if (IntegerAttr attr = pool.getCapacityAttr())
      capacity = attr.getInt();
    uint64_t limit = capacity ? *capacity : kMaxProblemBytes;
    uint64_t end = 0;
    for (auto [index, constant] : llvm::enumerate(constants)) {
      uint64_t alignment = std::max(poolAlignment, constant.alignment);
      uint64_t offset = llvm::alignTo(end, alignment);
      if (offset < end || offset > limit || constant.size > limit - offset)
        return constant.global.emitError("constant @")
               << constant.global.getSymName() << " (" << constant.size
               << " bytes, alignment " << alignment
               << ") does not fit in pool @" << pool.getSymName() << " after "
               << index << " other constants ending at byte " << end << ": "
               << (capacity ? "its capacity is " + std::to_string(*capacity)
                            : std::string("the total exceeds 2^63 - 1"));
      constant.offset = offset;
      end = offset + constant.size;
    }
    return success();
  }

  /// Checks the layout as the planner checks its plans: in the pool, at
  /// aligned offsets, no two constants (all live at once) sharing a byte.
  LogicalResult validate(PoolOp pool, ArrayRef<Constant> constants) {
    Problem problem;
    Pool &problemPool = problem.pools.emplace_back();
    problemPool.name = pool.getSymName().str();
    if (IntegerAttr capacity = pool.getCapacityAttr())
      problemPool.capacity = capacity.getInt();
    problemPool.alignment = pool.getAlignmentAttr().getInt();
    Plan plan;
    plan.algorithm = "constants-in-order";
    for (Constant constant : constants) {
      Buffer &buffer = problem.buffers.emplace_back();
      buffer.name = constant.global.getSymName().str();
      buffer.size = constant.size;
      buffer.alignment = constant.alignment;
      buffer.candidatePools = {0};
      buffer.intervals = {{0, 1}};
      plan.placements.push_back({0, constant.offset});
    }
    computePoolSizes(problem, plan);
    plan.poolLowerBounds = {getTotalSize(constants)};
    plan.lowerBound = plan.poolLowerBounds.front();
    llvm::Error error = verifyProblem(problem);
    if (!error)
      error = validatePlan(problem, plan);
    if (!error)
      return success();
    return pool.emitError("internal error: the constant layout is invalid: ")
           << llvm::toString(std::move(error));
  }

  static uint64_t getTotalSize(ArrayRef<Constant> constants) {
    uint64_t total = 0;
    for (const Constant &constant : constants)
      total += constant.size;
    return total;
  }

  /// Writes the layout into the IR.
  void record(PoolOp pool, ArrayRef<Constant> constants) {
    Builder builder(&getContext());
    uint64_t size = 0;
    for (Constant constant : constants) {
      constant.global->setAttr(MemPlanDialect::getPlacedPoolAttrName(),
                               FlatSymbolRefAttr::get(pool.getSymNameAttr()));
      constant.global->setAttr(
          MemPlanDialect::getPlacedOffsetAttrName(),
          builder.getI64IntegerAttr(static_cast<int64_t>(constant.offset)));
      size = std::max(size, constant.offset + constant.size);
    }
    pool.setConstants(true);
    pool.setSizeAttr(builder.getI64IntegerAttr(static_cast<int64_t>(size)));
    pool.setLowerBoundAttr(builder.getI64IntegerAttr(
        static_cast<int64_t>(getTotalSize(constants))));
  }

  std::optional<PoolSpec> spec;
  bool specGivesLayout = false;
};

} // namespace
