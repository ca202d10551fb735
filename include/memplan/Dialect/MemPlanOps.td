//===- MemPlanOps.td - memplan operations ------------------*- tablegen -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_DIALECT_MEMPLANOPS_TD
#define MEMPLAN_DIALECT_MEMPLANOPS_TD

include "memplan/Dialect/MemPlanDialect.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/ViewLikeInterface.td"

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

def MemPlan_PoolOp : MemPlan_Op<"pool", [Symbol, HasParent<"::mlir::ModuleOp">]> {
  let summary = "a fixed memory pool that buffers are planned into";
  let description = [{
    Declares one memory pool of the target (for example on-chip SRAM or
    external DRAM). Buffers are placed into pools by the planner.

    - `capacity`: the pool's size in bytes; absent means unbounded.
    - `alignment`: the pool's base alignment in bytes, a power of two
      (default 16). Every buffer in the pool starts at a multiple of it.
    - `access`: `read_write` (default) or `read_only`, for every target.
    - `targets`: per compute target, `read_write` or `read_only` access; a
      target that is not listed cannot reach the pool at all. Without it,
      every target has `access`. A function runs on the target named by its
      `memplan.target` string attribute (default `"host"`). Giving both
      `targets` and `access read_only` is an error.
    - `constants`: the pool holds the module's read-only constant data
      (`--memplan-plan-constants`), and never workspace buffers. Such a pool
      must be read-only for every target.
    - `size` and `lower_bound` are written by `--memplan-plan` (or
      `--memplan-plan-constants` for a constant pool): the bytes the plan
      uses and the largest number of bytes live at one moment.

    Example:

    ```mlir
    memplan.pool @sram capacity 262144 alignment 16
    memplan.pool @dram
    memplan.pool @flash access read_only
    memplan.pool @npu_sram capacity 65536 targets {host = read_only, npu = read_write}
    memplan.pool @weights access read_only constants
    ```
  }];

  let arguments = (ins SymbolNameAttr:$sym_name,
                   OptionalAttr<I64Attr>:$capacity,
                   DefaultValuedAttr<I64Attr, "16">:$alignment,
                   DefaultValuedAttr<MemPlan_PoolAccessAttr,
                                     "::mlir::memplan::PoolAccess::ReadWrite">:$access,
                   OptionalAttr<I64Attr>:$size,
                   OptionalAttr<I64Attr>:$lower_bound,
                   OptionalAttr<DictionaryAttr>:$targets,
                   UnitAttr:$constants);

  let assemblyFormat = [{
    $sym_name (`capacity` $capacity^)? (`alignment` $alignment^)?
    (`access` `` $access^)? (`targets` custom<TargetAccess>($targets)^)?
    (`constants` $constants^)? (`size` $size^)? (`lower_bound` $lower_bound^)?
    attr-dict
  }];

  let builders = [
    // A pool that every target may access with `access`.
    OpBuilder<(ins "::llvm::StringRef":$sym_name,
                   "::mlir::IntegerAttr":$capacity, "uint64_t":$alignment,
                   "::mlir::memplan::PoolAccess":$access,
                   "::mlir::IntegerAttr":$size,
                   "::mlir::IntegerAttr":$lower_bound), [{
      build($_builder, $_state, sym_name, capacity, alignment, access, size,
            lower_bound, /*targets=*/nullptr, /*constants=*/false);
    }]>,
  ];

  let hasVerifier = 1;

  let extraClassDeclaration = [{
    /// Whether the pool has a capacity.
    bool isBounded() { return getCapacity().has_value(); }

    /// The access the compute target `target` has to the pool, or
    /// std::nullopt when it cannot reach it (see `targets`).
    std::optional<::mlir::memplan::PoolAccess>
    getAccessOf(::llvm::StringRef target);

    /// Whether no target may write the pool.
    bool isReadOnlyForEveryTarget();
  }];
}

//===----------------------------------------------------------------------===//
// AllocOp
//===----------------------------------------------------------------------===//

def MemPlan_AllocOp : MemPlan_Op<"alloc", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>,
    MemoryEffects<[MemAlloc<DefaultResource>]>]> {
  let summary = "a buffer of bounded size that the planner places in a pool";
  let description = [{
    Yields a memref with identity layout whose storage the planner places in
    one of the module's `memplan.pool`s. Its byte size is the number of
    elements times the element's size in the module's data layout, which is
    what the LLVM lowering occupies. Zero-sized buffers are allowed.

    A dynamically shaped buffer takes one `index` operand per dynamic
    dimension, as `memref.alloc` does, and must carry `bound`: the most
    elements it ever holds (all dimensions multiplied). The planner reserves
    `bound` elements; sizes whose product exceeds `bound` at run time are
    undefined behavior. `--memplan-import-memref` derives the bound.

    - `pools`: the ordered candidate pools (default: every pool of the module,
      in declaration order).
    - `alignment`: the buffer's alignment in bytes, a power of two.
    - `pool` and `offset` are written by `--memplan-plan`: where the buffer was
      placed. A buffer that has both before `--memplan-plan` is pinned: the
      planner keeps it exactly there and places the other buffers around it.

    Example:

    ```mlir
    %0 = memplan.alloc pools [@sram, @dram] alignment 64 : memref<8x8xf32>
    %1 = memplan.alloc pool @sram offset 256 : memref<16xi8>
    %2 = memplan.alloc(%n) bound 1024 : memref<?xf32>
    ```
  }];

  let arguments = (ins Variadic<Index>:$dynamic_sizes,
                   OptionalAttr<FlatSymbolRefArrayAttr>:$pools,
                   OptionalAttr<I64Attr>:$alignment,
                   OptionalAttr<FlatSymbolRefAttr>:$pool,
                   OptionalAttr<I64Attr>:$offset,
                   OptionalAttr<I64Attr>:$bound);
  let results = (outs Res<AnyMemRef, "", [MemAlloc<DefaultResource>]>:$memref);

  let assemblyFormat = [{
    (`(` $dynamic_sizes^ `)`)? (`pools` $pools^)? (`alignment` $alignment^)?
    (`pool` $pool^)? (`offset` $offset^)? (`bound` $bound^)? attr-dict `:`
    type($memref)
  }];

  let hasVerifier = 1;

  let extraClassDeclaration = [{
    /// The result's type.
    ::mlir::MemRefType getType() { return getMemref().getType(); }

    /// The buffer's size in bytes under `layout` (at its bound when its shape
    /// is dynamic), or std::nullopt when it does not fit in 63 bits.
    std::optional<uint64_t> getByteSize(const ::mlir::DataLayout &layout);

    /// The buffer's size in bytes under the data layout of its closest
    /// enclosing op with a data layout.
    std::optional<uint64_t> getByteSize();

    /// The alignment the buffer needs in bytes (1 when none is given).
    uint64_t getRequiredAlignment() {
      return getAlignment() ? *getAlignment() : 1;
    }
  }];
}

//===----------------------------------------------------------------------===//
// ViewOp
//===----------------------------------------------------------------------===//

def MemPlan_ViewOp : MemPlan_Op<"view", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>, Pure]> {
  let summary = "a buffer at a fixed byte offset inside a pool";
  let description = [{
    The planned form of a `memplan.alloc`: an identity-layout memref that lives
    at byte `offset` of pool `pool`. A dynamically shaped view takes its
    dynamic sizes as operands and carries the `bound` (most elements) it was
    planned at. `--memplan-lower` turns it into a `memref.view` of the pool's
    storage.

    Example:

    ```mlir
    %0 = memplan.view @sram[256] : memref<16xf32>
    %1 = memplan.view(%n) @sram[512] bound 1024 : memref<?xf32>
    ```
  }];

  let arguments = (ins Variadic<Index>:$dynamic_sizes, FlatSymbolRefAttr:$pool,
                   I64Attr:$offset, OptionalAttr<I64Attr>:$bound);
  let results = (outs AnyMemRef:$result);

  let assemblyFormat = [{
    (`(` $dynamic_sizes^ `)`)? $pool `[` $offset `]` (`bound` $bound^)?
    attr-dict `:` type($result)
  }];

  let extraClassDeclaration = [{
    /// The view's size in bytes (at its bound when its shape is dynamic), or
    /// std::nullopt when the verifier rejects the op.
    std::optional<uint64_t> getByteSize();
  }];

  let hasVerifier = 1;
}

#endif // MEMPLAN_DIALECT_MEMPLANOPS_TD
