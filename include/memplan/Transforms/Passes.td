//===- Passes.td - memplan passes --------------------------*- tablegen -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TRANSFORMS_PASSES_TD
#define MEMPLAN_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// From bufferized IR to planning problems (analysis side)
//===----------------------------------------------------------------------===//

def MemPlanImportMemRef : Pass<"memplan-import-memref", "::mlir::ModuleOp"> {
  let summary = "Turns plannable memref.alloc/alloca ops into memplan.alloc";
  let description = [{
    Every identity-layout `memref.alloc` or `memref.alloca` that the buffer
    analysis plans becomes a `memplan.alloc` of the same type at the same
    location, keeping the `alignment`; the `memref.dealloc`s of it (and of its
    views) are erased. A dynamically shaped one is planned when its number of
    elements has a constant upper bound: derived from its sizes with
    `ValueBoundsConstraintSet` (affine.min, arith.minsi, ...) or given by the
    `memplan.bound` attribute (elements), the smaller of the two; the
    `memplan.alloc` keeps the sizes and carries the `bound`. An allocation
    with the `memplan.pool` and `memplan.offset` attributes becomes a
    `memplan.alloc` pinned there (`pool`, `offset`). Every other
    allocation stays exactly as it was, with a remark saying why (dynamic
    shape without a bound, non-identity layout, escaping, inside a parallel
    loop, not reached from an entry function, ...). Recursion is an error.
    See docs/Analysis.md.
  }];
  let dependentDialects = ["::mlir::memplan::MemPlanDialect"];
}

def MemPlanExportProblem : Pass<"memplan-export-problem", "::mlir::ModuleOp"> {
  let summary = "Writes the module's planning problem as JSON";
  let description = [{
    Runs the buffer analysis and writes the module's one planning problem
    (all entry functions on one timeline, see docs/Analysis.md) in the
    planner's JSON format: pools, and per buffer its name, size, alignment,
    candidate pools and live intervals. The IR is left unchanged.
  }];
  let options = [
    Option<"output", "output", "std::string", /*default=*/"\"-\"",
           "File to write the problem to ('-': standard output)">,
  ];
}

//===----------------------------------------------------------------------===//
// From plans to upstream IR (transform side)
//===----------------------------------------------------------------------===//

def MemPlanDeclarePools : Pass<"memplan-declare-pools", "::mlir::ModuleOp"> {
  let summary = "Declares the memory pools of a module that has none";
  let description = [{
    Inserts `memplan.pool` ops at the start of a module that declares no pool,
    in the candidate order given by `pools`:
    `NAME[:CAPACITY[:ALIGNMENT]],...`. An empty CAPACITY means unbounded; the
    alignment defaults to 16. Without `pools`, declares one unbounded pool
    `workspace` with alignment 16. Giving `pools` to a module that already
    declares pools is an error, as is a malformed `pools` string.

    Example: `--memplan-declare-pools="pools=sram:262144,dram::64"`.
  }];
  let options = [
    Option<"pools", "pools", "std::string", /*default=*/"\"\"",
           "Pools to declare: NAME[:CAPACITY[:ALIGNMENT]],...">,
  ];
  let dependentDialects = ["::mlir::memplan::MemPlanDialect"];
}

def MemPlanPlan : Pass<"memplan-plan", "::mlir::ModuleOp"> {
  let summary = "Plans every memplan.alloc into the module's pools";
  let description = [{
    Runs the buffer analysis and the planner on the module's one problem
    (every entry function, see docs/Analysis.md), and records the plan in the
    IR: each `memplan.alloc` gets `pool` and `offset`, each `memplan.pool` its
    used `size` and its `lower_bound`. A `memplan.alloc` that already has
    `pool` and `offset` is pinned: it stays there and the other buffers are
    placed around it (errors at the pin: two pins overlapping while both are
    alive, a pin past its pool's capacity, off its alignment, or in a pool
    the buffer may not use). Nothing is printed on success, except a remark
    when the wall-clock limit cut the search short.

    With `objective=fit` the planner stops at the first plan within every
    pool's capacity (the question "does it fit?"); the default, `peak`,
    minimises the pools.

    Errors: a buffer that fits in no pool (at its allocation, with the
    planner's message naming the buffer, its size and its candidate pools);
    no plan within a pool's capacity (at the pool: proven impossible, when
    LOAD, the bytes live at one moment, exceeds the capacity or the exact
    search tried every placement; or not found within the budget, with the
    best plan found and the option that gives more work); a
    `memplan.alloc` the analysis does not plan (with its reason); buffers in
    a module without pools; an unknown algorithm.

    With `report-file`, the plan's report (see docs/UserGuide.md: per pool
    capacity, used bytes, lower bound, utilisation; per buffer pool, offset,
    live intervals and source location) is written to that file as JSON,
    a text table or an SVG picture.
  }];
  let options = [
    Option<"algorithm", "algorithm", "std::string", /*default=*/"\"\"",
           "Planning algorithm (empty: the default, the best of all within the "
           "budget)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0.0",
           "Wall-clock bound of the planner in seconds (0: none, the "
           "searches are bounded by deterministic work alone); the plan may "
           "then differ between runs">,
    Option<"workBudget", "work-budget", "uint64_t", /*default=*/"0",
           "Deterministic work the search may spend, in the planner's work "
           "units (0: 150000000 without time-limit, none with it)">,
    Option<"objective", "objective", "std::string", /*default=*/"\"peak\"",
           "What the planner optimises: peak (the smallest pools) or fit "
           "(stop at the first plan within every pool's capacity)">,
    Option<"reportFile", "report-file", "std::string", /*default=*/"\"\"",
           "Also write a report of the plan to this file ('-': stdout)">,
    Option<"reportFormat", "report-format", "std::string",
           /*default=*/"\"\"",
           "Report format: json, text, svg or html (default: by the report file's "
           "extension, else text)">,
  ];
}

def MemPlanPlanConstants : Pass<"memplan-plan-constants", "::mlir::ModuleOp"> {
  let summary = "Packs the constants of the planned functions into a "
                "read-only pool";
  let description = [{
    Places the data of every private `memref.global constant` that a
    function reached from an entry function reads (`memref.get_global`)
    into one read-only pool: one after another in module order, each at a
    multiple of the pool's alignment and of its own (its `alignment`, at
    least its element's ABI alignment). Constants all live at once, so none
    shares a byte with another; they never share the pool with workspace
    buffers.

    The plan is recorded in the IR: each placed global gets `memplan.pool`
    and `memplan.offset`; the pool gets `constants`, its `size` and its
    `lower_bound` (the sum of the constants' sizes). `--memplan-lower` then
    turns the pool into one constant `memref.global` holding the packed
    bytes (in the data layout's byte order) and each `memref.get_global` of
    a placed constant into a `memref.view` of it.

    `pool` is `NAME[:CAPACITY[:ALIGNMENT]]`: a pool of the module, which
    must be read-only for every target, or else one the pass declares
    (`access read_only`, alignment 16 by default). Without `pool`, the
    module's pool marked `constants` is used.

    Remarks: a constant that the planned functions read but that cannot be
    packed (public, not dense, another element type, ...) stays a global.
    Errors: a pool that a target may write or that holds workspace buffers,
    a function whose target cannot read the pool, constants beyond the
    pool's capacity.
  }];
  let options = [
    Option<"pool", "pool", "std::string", /*default=*/"\"\"",
           "The constant pool: NAME[:CAPACITY[:ALIGNMENT]] (declared "
           "read-only when the module has no pool NAME)">,
  ];
  let dependentDialects = ["::mlir::memplan::MemPlanDialect"];
}

def MemPlanIOToWorkspace : Pass<"memplan-io-to-workspace", "::mlir::ModuleOp"> {
  let summary = "Moves the entry functions' memref arguments into the "
                "workspace";
  let description = [{
    For firmware that hands the model one block of memory: each memref
    argument of an entry function becomes a `memplan.alloc` at the start of
    the function, planned like any buffer, and the function loses the
    argument. The argument is an **input** when the function reads it
    (directly, through views or in the functions it passes it to) and an
    **output** when it writes it; one that it both reads and writes is
    both, one that it neither reads nor writes counts as an input. Inputs
    and outputs are numbered separately, in argument order:
    `memplan.input = i` / `memplan.output = j` on the buffer.

    An input is live from the start of the entry function until its last
    access, an output from its first access until the end, so the
    application can write the inputs before the call and read the outputs
    after it, in place. `--memplan-plan` records where they went in the
    entry function's `memplan.workspace_io` (kind, index, pool, offset,
    size), which the C header turns into offsets.

    Arguments that cannot be planned (dynamic shape, non-identity layout,
    another memory space, escaping) stay arguments, with a remark. An entry
    function referenced by another operation (a call) is an error: its
    callers would pass the arguments it loses.
  }];
  let dependentDialects = ["::mlir::memplan::MemPlanDialect"];
}

def MemPlanRewrite : Pass<"memplan-rewrite", "::mlir::ModuleOp"> {
  let summary = "Rewrites each planned memplan.alloc into a memplan.view";
  let description = [{
    Replaces every `memplan.alloc` that carries `pool` and `offset` by
    `memplan.view @pool[offset]` of the same type, and erases the
    `memref.dealloc`s of it. An allocation without a placement is an error.
  }];
}

def MemPlanLower : Pass<"memplan-lower", "::mlir::ModuleOp"> {
  let summary = "Lowers memplan pools and views to the memref dialect";
  let description = [{
    Gives each `memplan.pool` its storage, an i8 memref of the pool's planned
    `size`, and turns each `memplan.view` into a `memref.view` of that storage
    at the view's byte offset. The result has no memplan op left.

    - `pool-storage=global` (default): each pool becomes a private,
      uninitialized `memref.global` with the pool's name and alignment.
    - `pool-storage=argument`: each pool becomes an extra argument (with the
      attribute `memplan.pool = "NAME"`) of every function that uses it,
      directly or through calls, in pool declaration order after the original
      arguments; every `func.call` passes it on. The caller of an entry
      function provides the memory, aligned to the pool's alignment.
  }];
  let options = [
    Option<"poolStorage", "pool-storage", "std::string", /*default=*/"\"global\"",
           "Storage of each pool: global (a memref.global) or argument (an "
           "extra function argument)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def MemPlanReport : Pass<"memplan-report", "::mlir::ModuleOp"> {
  let summary = "Prints per pool the planned bytes, the lower bound and the "
                "savings";
  let description = [{
    Reads a planned module (after `--memplan-plan`) and prints a table to
    stdout: per pool the number of buffers, the bytes the plan uses, the
    pool's lower bound, the bytes the buffers would take with one memory each
    (the sum of their sizes), and the bytes the plan saves. The IR is left
    unchanged.
  }];
}

def MemPlanReuseInPlace : Pass<"memplan-reuse-in-place", "::mlir::ModuleOp"> {
  let summary = "Lets elementwise ops write their output into a dying input";
  let description = [{
    Marks pairs of planned buffers (`memplan.alloc`s the buffer analysis
    plans: run it after `--memplan-import-memref`) where an elementwise
    linalg op may write its output into the memory of one of its inputs:
    `memplan.in_place_id = k` on the input's allocation and
    `memplan.in_place_of = k` on the output's. `--memplan-plan` hands each
    pair to the planner as two buffers that may share an address; the
    planner shares them only when that makes the pools smaller.

    A pair is legal when the op (a `linalg.generic` or a named linalg op on
    memrefs) has only parallel loops; the input and the output use identity
    indexing maps and are two planned allocations (not views, arguments,
    globals, pinned buffers, or an entry function's inputs or outputs) of the
    same static shape and element size; no other operand of the op is or
    views either of them and the payload has no memory effect; the payload
    does not read the output's old value; and the buffer analysis's live
    intervals show the two live together only while the op runs (the input
    is read by nothing after it, the output touched by nothing before it).
    The argument why this keeps every result is in
    lib/Transforms/ReuseInPlace.cpp. The pairs are facts of the program
    order: run it after any pass that moves operations
    (`--memplan-schedule` removes them). `--memplan-pipeline` runs it unless
    `in-place=false`.
  }];
}

//===----------------------------------------------------------------------===//
// Memory-aware scheduling
//===----------------------------------------------------------------------===//

def MemPlanSchedule : Pass<"memplan-schedule", "::mlir::ModuleOp"> {
  let summary = "Reorders operations so that fewer planned bytes are live at "
                "once";
  let description = [{
    Reorders the operations of each block of the functions reached from an
    entry function so that the peak of live planned bytes (the buffers of
    `memplan.alloc`s the buffer analysis plans: run it after
    `--memplan-import-memref`) is as small as possible, then lets the
    analysis and the planner do the rest. See docs/UserGuide.md.

    Only dependencies are kept: SSA uses (also from inside regions), and
    memory: what each op reads and writes, from its memory effects (linalg's
    inputs and inits), and for a `func.call` of a function with a body, what
    the callee does to the memrefs it is passed, following views, casts and
    subviews like the buffer analysis. Memory that is not a planned buffer
    is one location: ops that write it or whose effects are unknown keep
    their order with every op that touches it. An op with regions moves as a
    unit inside its block, the terminator stays last, nothing crosses a
    region boundary; blocks of multi-block regions keep their order.

    The order of each block is found by an exact search (dynamic programming
    over the sets of scheduled ops) when its deterministic `work-budget`
    allows it, else by memory-aware list scheduling with look-ahead and a
    beam search. The new order is kept only when the planned pools (the
    planner run on the analysis's problem, with `algorithm`, `time-limit`
    and `plan-work-budget`) are no larger, pool by pool, than in program
    order. The module gets `memplan.schedule`: the memory pressure in
    program order and in the chosen order, a lower bound over all orders
    when one is known, the planned pool bytes of both orders, the number of
    blocks reordered, and whether a reordering was undone;
    `--memplan-report` prints it.

    In-place pairs (`memplan.in_place_id` / `memplan.in_place_of`) hold
    only in the order they were found in: the pass removes them, so run
    `--memplan-reuse-in-place` after it.
  }];
  let options = [
    Option<"workBudget", "work-budget", "uint64_t", /*default=*/"0",
           "Deterministic work units the order search of each block may "
           "spend (0: 10000000)">,
    Option<"algorithm", "algorithm", "std::string", /*default=*/"\"\"",
           "Planning algorithm of the pool comparison (empty: the default)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0.0",
           "Wall-clock bound of each planner run of the pool comparison, in "
           "seconds (0: none, the runs are bounded by deterministic work)">,
    Option<"planWorkBudget", "plan-work-budget", "uint64_t",
           /*default=*/"0",
           "Deterministic work of each planner run of the pool comparison "
           "(0: 150000000 without time-limit, none with it)">,
  ];
}

#endif // MEMPLAN_TRANSFORMS_PASSES_TD
