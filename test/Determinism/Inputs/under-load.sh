#!/usr/bin/env bash
# usage: under-load.sh OUTDIR RUNS memplan-solve ARGS...
#
# Runs `memplan-solve ARGS... -o OUTDIR/N.out --report=OUTDIR/N.json` RUNS
# times while every core is kept busy by busy-loop processes (one per core,
# plus one), each ended after at most 60 seconds by itself and killed when
# this script exits. The outputs are compared by the caller.
set -u
out="$1"
runs="$2"
shift 2
cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
}
trap cleanup EXIT
for _ in $(seq 0 "$cores"); do
  # A loop that ends by itself: the load can never outlive the test.
  bash -c 'end=$((SECONDS + 60)); while [ "$SECONDS" -lt "$end" ]; do :; done' &
  pids+=("$!")
done
status=0
for run in $(seq 1 "$runs"); do
  "$@" -o "$out/$run.out" --report="$out/$run.json" 2>/dev/null || status=1
done
exit "$status"
