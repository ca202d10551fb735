//===- FuzzJSON.cpp - libFuzzer target: JSON problem files ----------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reads the input as a JSON problem, then plans and validates what the reader
// accepts (see FuzzProblem.h). Seed corpus: fuzz/corpus/json/.
//
//===----------------------------------------------------------------------===//

#include "FuzzProblem.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  memplan::fuzz::fuzzProblemFile(data, size, memplan::FileFormat::JSON);
  return 0;
}
