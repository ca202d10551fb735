//===- FuzzProblem.h - Shared body of the problem-file fuzzers --*- C++ -*-===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//
//
// What the CSV and JSON fuzzers check on every input: the reader either
// accepts it or gives one error line that names the file; an accepted problem
// is planned within a small deterministic work budget, the plan passes the
// validator (again, independently of plan()), and the problem survives a
// write/read round trip.
//
//===----------------------------------------------------------------------===//

#ifndef MEMPLAN_FUZZ_FUZZPROBLEM_H
#define MEMPLAN_FUZZ_FUZZPROBLEM_H

#include "memplan/Planner/ProblemIO.h"

#include <cstddef>
#include <cstdint>

namespace memplan::fuzz {

/// Runs the checks above on `data` read as a problem in `format`. Aborts
/// (a finding for libFuzzer) when a check fails.
void fuzzProblemFile(const uint8_t *data, size_t size, FileFormat format);

} // namespace memplan::fuzz

#endif // MEMPLAN_FUZZ_FUZZPROBLEM_H
