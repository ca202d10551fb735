//===- FuzzCSV.cpp - libFuzzer target: CSV problem files ------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// Reads the input as a CSV problem, then plans and validates what the reader
// accepts (see FuzzProblem.h). Seed corpus: fuzz/corpus/csv/.
//
//===----------------------------------------------------------------------===//

#include "FuzzProblem.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  memplan::fuzz::fuzzProblemFile(data, size, memplan::FileFormat::CSV);
  return 0;
}
