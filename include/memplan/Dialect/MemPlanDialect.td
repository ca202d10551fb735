//===- MemPlanDialect.td - memplan dialect definition ------*- tablegen -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_DIALECT_MEMPLANDIALECT_TD
#define MEMPLAN_DIALECT_MEMPLANDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def MemPlan_Dialect : Dialect {
  let name = "memplan";
  let summary = "Static memory planning into fixed memory pools";
  let description = [{
    The `memplan` dialect describes buffers whose size is known at compile time
    and the memory pools (SRAM, DRAM, TCM, ...) they may be placed in. The
    planner assigns every `memplan.alloc` a pool and a byte offset so that
    buffers alive at the same time never overlap, bounded pools are never
    exceeded and pools are as small as possible. After planning, allocations
    become views of their pool and the pools lower to upstream `memref`.
  }];
  let cppNamespace = "::mlir::memplan";
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    /// `memplan.target` (string, on a function): the compute target the
    /// function runs on. Functions without it run on getDefaultTarget().
    static ::llvm::StringRef getTargetAttrName() { return "memplan.target"; }
    /// The target of a function without `memplan.target`.
    static ::llvm::StringRef getDefaultTarget() { return "host"; }
    /// `memplan.input` / `memplan.output` (non-negative i64, on a
    /// memplan.alloc directly in a function body): the buffer stands for the
    /// entry function's input (output) of that index, moved into the
    /// workspace by --memplan-io-to-workspace. An input is live from the
    /// start of the entry function, an output until its end.
    static ::llvm::StringRef getInputAttrName() { return "memplan.input"; }
    static ::llvm::StringRef getOutputAttrName() { return "memplan.output"; }
    /// `memplan.in_place_id` / `memplan.in_place_of` (non-negative i64, on a
    /// memplan.alloc, written by --memplan-reuse-in-place): the buffer with
    /// `memplan.in_place_of = k` may take the address of the buffer with
    /// `memplan.in_place_id = k` although both are live at once (an
    /// elementwise op writes its output into its dying input). The planner
    /// gets each such pair as a share pair and may still keep them apart.
    /// Each `k` names one buffer of the module.
    static ::llvm::StringRef getInPlaceIdAttrName() {
      return "memplan.in_place_id";
    }
    static ::llvm::StringRef getInPlaceOfAttrName() {
      return "memplan.in_place_of";
    }
    /// `memplan.pool` (symbol reference) and `memplan.offset` (non-negative
    /// i64), together on a constant memref.global: where
    /// --memplan-plan-constants placed its data in a constant pool. Also
    /// `memplan.pool` (string, the pool's name) on a function argument that
    /// --memplan-lower=pool-storage=argument added for that pool.
    static ::llvm::StringRef getPlacedPoolAttrName() { return "memplan.pool"; }
    static ::llvm::StringRef getPlacedOffsetAttrName() {
      return "memplan.offset";
    }
    /// `memplan.bound` (non-negative i64, on a dynamically shaped
    /// memref.alloc or memref.alloca): the most elements the buffer ever
    /// holds, all dimensions multiplied. --memplan-import-memref plans the
    /// buffer at this bound (or at a smaller one it derives from the sizes).
    static ::llvm::StringRef getBoundAttrName() { return "memplan.bound"; }
    /// `memplan.entry` (unit, on a function): marks an entry function. When no
    /// function of the module carries it, the entry functions are the public
    /// functions with a body that no function calls.
    static ::llvm::StringRef getEntryAttrName() { return "memplan.entry"; }
    /// `memplan.workspace_io` (on an entry function, written by
    /// --memplan-plan): its inputs and outputs placed in a pool (see
    /// --memplan-io-to-workspace). An array of dictionaries, one per input or
    /// output:
    ///
    ///   memplan.workspace_io = [
    ///     {kind = "input", index = 0 : i64, pool = @sram, offset = 0 : i64,
    ///      size = 16 : i64},
    ///     {kind = "output", index = 0 : i64, pool = @sram, offset = 16 : i64,
    ///      size = 16 : i64}
    ///   ]
    ///
    /// - `kind`: "input" or "output";
    /// - `index`: the input's (output's) number, from 0; inputs and outputs
    ///   are numbered separately, in the order of the entry function's
    ///   original arguments (and results);
    /// - `pool`: the memplan.pool it lives in;
    /// - `offset`, `size`: its bytes in the pool, inside the pool's planned
    ///   size.
    ///
    /// Each (kind, index) appears once; no other key is allowed. The C header
    /// gives each one as
    /// `<PREFIX>_<ENTRY>_<INPUT|OUTPUT>_<index>_{POOL,OFFSET,SIZE}`.
    static ::llvm::StringRef getWorkspaceIOAttrName() {
      return "memplan.workspace_io";
    }
    /// `memplan.schedule` (on a builtin.module, written by
    /// --memplan-schedule): what the order of operations costs.
    ///
    ///   memplan.schedule = {program_order_peak = 65792 : i64,
    ///     chosen_order_peak = 17408 : i64, lower_bound = 17408 : i64,
    ///     program_order_pools = 65792 : i64,
    ///     chosen_order_pools = 17408 : i64, blocks_reordered = 1 : i64,
    ///     reverted = false}
    ///
    /// - `program_order_peak`, `chosen_order_peak`: the memory pressure (the
    ///   most bytes of planned buffers live at once) in program order and in
    ///   the order kept;
    /// - `lower_bound` (optional): a memory pressure no order can go below;
    /// - `program_order_pools`, `chosen_order_pools`: the bytes of all pools
    ///   planned in either order;
    /// - `blocks_reordered`: the blocks whose operations moved;
    /// - `reverted`: whether a reordering was undone because its pools were
    ///   not smaller.
    ///
    /// The numbers are non-negative i64s; no other key is allowed.
    /// --memplan-report and the plan reports show them.
    static ::llvm::StringRef getScheduleAttrName() {
      return "memplan.schedule";
    }
  }];
}

class MemPlan_Op<string mnemonic, list<Trait> traits = []>
    : Op<MemPlan_Dialect, mnemonic, traits>;

def MemPlan_AccessReadWrite : I32EnumAttrCase<"ReadWrite", 0, "read_write">;
def MemPlan_AccessReadOnly : I32EnumAttrCase<"ReadOnly", 1, "read_only">;
def MemPlan_PoolAccess
    : I32EnumAttr<"PoolAccess", "how code may access a memory pool",
                  [MemPlan_AccessReadWrite, MemPlan_AccessReadOnly]> {
  let cppNamespace = "::mlir::memplan";
  let genSpecializedAttr = 0;
}
def MemPlan_PoolAccessAttr
    : EnumAttr<MemPlan_Dialect, MemPlan_PoolAccess, "access">;

#endif // MEMPLAN_DIALECT_MEMPLANDIALECT_TD
