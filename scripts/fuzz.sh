#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang-22, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build directory, build-fuzz/, and
# runs each for a bounded time, starting from its seed corpus in
# test/fuzz/<name>/:
#   csv   CSV problem files: read, plan, validate    (memplan-fuzz-csv)
#   json  JSON problem files: read, plan, validate   (memplan-fuzz-json)
#   ir    MLIR: parse, verify, --memplan-pipeline    (memplan-fuzz-ir)
# A crash, a sanitizer report, a failed check, an input that takes more than
# 10 s or a memory blow-up fails the script; libFuzzer writes the input to
# build-fuzz/fuzz-findings/<name>/ (replay: build-fuzz/bin/memplan-fuzz-<name>
# FILE). Inputs that found new coverage go to build-fuzz/fuzz-corpus/<name>/,
# never into the source tree.
#
# usage: scripts/fuzz.sh [SECONDS-PER-TARGET [TARGET...]]
#   default: 60 seconds (or $MEMPLAN_FUZZ_SECONDS) for each of csv json ir.
#   MEMPLAN_FUZZ_BUILD_DIR overrides build-fuzz/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MEMPLAN_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-${MEMPLAN_FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv json ir)

bash "$root/scripts/setup.sh" fuzz
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMEMPLAN_ENABLE_FUZZERS=ON -DMEMPLAN_ENABLE_SANITIZERS=ON \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit
fi
ninja -C "$build" "${targets[@]/#/memplan-fuzz-}"

export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-22/bin/llvm-symbolizer
# A leak, like every other finding, fails the run.
# allow_user_poisoning=0: LLVM's BumpPtrAllocator, inlined into memplan's
# instrumented code, poisons the slabs it creates, and the uninstrumented
# libMLIR.so then allocates from the same slabs without unpoisoning: every
# read of such an object would be a false "use-after-poison". Real heap
# errors are still found by ASan's own redzones.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allow_user_poisoning=0"
export UBSAN_OPTIONS="abort_on_error=1:halt_on_error=1:print_stacktrace=1"

for target in "${targets[@]}"; do
  seeds="$root/test/fuzz/$target"
  corpus="$build/fuzz-corpus/$target"
  findings="$build/fuzz-findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $target for $seconds s (seeds: test/fuzz/$target)"
  dict=()
  [ -f "$root/fuzz/$target.dict" ] && dict=(-dict="$root/fuzz/$target.dict")
  # New inputs go to the first folder; the seeds are only read.
  "$build/bin/memplan-fuzz-$target" "$corpus" "$seeds" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$findings/" \
    2> "$build/fuzz-$target.log" || {
      tail -n 60 "$build/fuzz-$target.log" >&2
      echo "fuzz: memplan-fuzz-$target found a problem; the input is in $findings/" >&2
      exit 1
    }
  grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz-$target.log" || true
done
