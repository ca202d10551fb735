//===- HeaderWriter.cpp - Print the C header --------------------*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Prints a HeaderModel as C. Every number is a 64-bit unsigned literal
// (ULL); pools and entry functions come in module order, inputs before
// outputs, each by index; nothing depends on the machine or the run.
//
//===----------------------------------------------------------------------===//

#include "CNames.h"
#include "HeaderModel.h"

using namespace mlir;
using namespace mlir::memplan;

static void printMacro(raw_ostream &os, StringRef name, uint64_t value) {
  os << "#define " << name << " " << value << "ULL\n";
}

static void printPool(raw_ostream &os, const HeaderPool &pool) {
  os << "/* Pool @";
  printCommentText(os, pool.name);
  os << ": " << pool.size << " bytes planned (";
  if (pool.capacity)
    os << "capacity " << *pool.capacity;
  else
    os << "unbounded";
  if (pool.lowerBound)
    os << ", lower bound " << *pool.lowerBound;
  if (pool.readOnly)
    os << ", read-only";
  if (pool.constants)
    os << ", constants: a constant global of the compiled code";
  os << "). */\n";
  printMacro(os, pool.macro + "_SIZE", pool.size);
  printMacro(os, pool.macro + "_ALIGNMENT", pool.alignment);
  if (pool.capacity)
    printMacro(os, pool.macro + "_CAPACITY", *pool.capacity);
}

/// The struct of the pools an entry function takes, in its argument order.
static void printPoolStruct(raw_ostream &os, const HeaderModel &model,
                            const HeaderEntry &entry) {
  if (entry.poolArguments.empty()) {
    os << "\n/* @";
    printCommentText(os, entry.name);
    os << " takes no pool. */\n";
    return;
  }
  os << "\n/* The pools @";
  printCommentText(os, entry.name);
  os << " takes after its own arguments, in this order;\n"
        "   each points to the pool's SIZE bytes, aligned to its ALIGNMENT. "
        "*/\n";
  os << "struct " << entry.structTag << " {\n";
  for (unsigned index : entry.poolArguments) {
    const HeaderPool &pool = model.pools[index];
    os << "  " << (pool.readOnly ? "const uint8_t *" : "uint8_t *")
       << pool.member << ";\n";
  }
  os << "};\n";
}

/// The macros of the entry function's inputs and outputs in the pools.
static void printWorkspaceIO(raw_ostream &os, const HeaderModel &model,
                             const HeaderEntry &entry) {
  if (entry.io.empty())
    return;
  os << "\n/* Inputs and outputs of @";
  printCommentText(os, entry.name);
  os << " in the pools: the pool (its member in\n"
        "   the workspace-pools struct), the byte offset in it and the size. "
        "*/\n";
  for (const HeaderIO &io : entry.io) {
    os << "#define " << io.macro << "_POOL " << model.pools[io.pool].member
       << "\n";
    printMacro(os, io.macro + "_OFFSET", io.offset);
    printMacro(os, io.macro + "_SIZE", io.size);
  }
}

void mlir::memplan::printHeader(const HeaderModel &model, raw_ostream &os) {
  os << "/* C interface of a memory plan, written by memplan; do not edit.\n"
        "   The pools are "
     << (model.poolsAsArguments
             ? "passed as arguments (pool-storage=argument). */\n"
             : "globals of the compiled code (pool-storage=global). */\n");
  os << "#ifndef " << model.guard << "\n#define " << model.guard << "\n\n";
  os << "#include <stdint.h>\n";
  for (const HeaderPool &pool : model.pools) {
    os << "\n";
    printPool(os, pool);
  }
  for (const HeaderEntry &entry : model.entries) {
    if (model.poolsAsArguments)
      printPoolStruct(os, model, entry);
    printWorkspaceIO(os, model, entry);
  }
  os << "\n#endif /* " << model.guard << " */\n";
}
