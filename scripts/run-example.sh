#!/usr/bin/env bash
# Runs the memplan pipeline on a bundled example and prints, per pool, the
# bytes the plan uses against the pool's lower bound, and how much memory the
# plan saves compared with giving every buffer its own memory.
#
# usage: scripts/run-example.sh [EXAMPLE.mlir [PIPELINE-OPTIONS]]
#   Without arguments: examples/mobilenet.mlir (the first MobileNet layers),
#   with one unbounded pool, then with the two pools of TVM's tests
#   (fast_memory of 200704 bytes, then slow_memory), planned by the default
#   algorithm and by greedy-by-size (TVM's algorithm).
#   PIPELINE-OPTIONS are --memplan-pipeline options, for example
#   "pools=sram:262144,dram algorithm=best-fit".
#
# Uses $MEMPLAN_OPT when set; otherwise first installs what is missing and
# builds (scripts/build.sh, build output on stderr), then uses
# $MEMPLAN_BUILD_DIR/bin/memplan-opt (default build/bin/memplan-opt).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

opt="${MEMPLAN_OPT:-}"
if [ -z "$opt" ]; then
  bash "$root/scripts/build.sh" memplan-opt >&2
  opt="${MEMPLAN_BUILD_DIR:-$root/build}/bin/memplan-opt"
fi

# run EXAMPLE OPTIONS: prints the options and the report table.
run() {
  local example="$1" options="$2"
  echo "== $(basename "$example"): --memplan-pipeline=\"$options\""
  "$opt" "$example" --memplan-pipeline="report=true${options:+ $options}" \
    -o /dev/null
  echo
}

if [ $# -eq 0 ]; then
  example="$root/examples/mobilenet.mlir"
  run "$example" ""
  run "$example" "pools=fast_memory:200704,slow_memory"
  run "$example" "pools=fast_memory:200704,slow_memory algorithm=greedy-by-size"
else
  if [ ! -f "$1" ]; then
    echo "error: no such file: $1" >&2
    exit 1
  fi
  run "$1" "${2:-}"
fi
