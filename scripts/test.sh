#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the lit suite (IR,
# tools, end-to-end runs) and the GoogleTest unit tests through ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MEMPLAN_BUILD_DIR:-$root/build}"

bash "$root/scripts/build.sh"
ninja -C "$build" check-memplan
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
