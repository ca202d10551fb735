//===- Passes.td - memplan target passes -------------------*- tablegen -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_TARGET_PASSES_TD
#define MEMPLAN_TARGET_PASSES_TD

include "mlir/Pass/PassBase.td"

def MemPlanExportCHeader : Pass<"memplan-export-c-header", "::mlir::ModuleOp"> {
  let summary = "Writes the C header of a planned module";
  let description = [{
    Writes the C interface of the plan (see docs/UserGuide.md, "C
    interface"): per pool its planned size and alignment (and capacity) as
    macros; with `pool-storage=argument`, per entry function the struct of
    the pool pointers it takes, in its argument order; and the offsets of the
    entry functions' inputs and outputs that live in a pool
    (`memplan.workspace_io`). The IR is left unchanged.

    Run it on the planned module: after `--memplan-plan`, before
    `--memplan-lower` (which erases the pools). `pool-storage` must be the
    one `--memplan-lower` will use. A pool without a planned size, an
    unplanned `memplan.alloc`, a lowered module or two names that become the
    same C name are located errors, and then no file is written.
    `--memplan-pipeline="c-header=FILE"` runs this pass at the right place.
  }];
  let options = [
    Option<"output", "output", "std::string", /*default=*/"\"-\"",
           "File to write the header to ('-': standard output)">,
    Option<"poolStorage", "pool-storage", "std::string",
           /*default=*/"\"global\"",
           "The pool storage --memplan-lower will use: global or argument "
           "(then the header declares the structs of pool pointers)">,
    Option<"prefix", "prefix", "std::string", /*default=*/"\"memplan\"",
           "Prefix of the C names (upper case for macros)">,
  ];
}

#endif // MEMPLAN_TARGET_PASSES_TD
