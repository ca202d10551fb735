#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang-22, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build directory, build-fuzz/, and
# runs each for a bounded time, starting from its seed corpus in
# fuzz/corpus/<name>/:
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

source "$root/scripts/configure.sh"

bash "$root/scripts/setup.sh" fuzz
memplan_configure_sanitized "$build" \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DMEMPLAN_ENABLE_FUZZERS=ON
ninja -C "$build" "${targets[@]/#/memplan-fuzz-}"

memplan_export_sanitizer_options

for target in "${targets[@]}"; do
  seeds="$root/fuzz/corpus/$target"
  corpus="$build/fuzz-corpus/$target"
  findings="$build/fuzz-findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $target for $seconds s (seeds: fuzz/corpus/$target)"
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
