#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the lit suite (IR,
# tools, end-to-end runs) and the GoogleTest unit tests through ctest; then
# the robustness steps: each libFuzzer target for a bounded time (clang-22,
# ASan+UBSan, build-fuzz/, scripts/fuzz.sh) and the whole suite again with
# AddressSanitizer and UndefinedBehaviorSanitizer (gcc, build-asan/,
# scripts/ci-sanitizers.sh).
#
# MEMPLAN_QUICK_TEST=1 skips the robustness steps (for a quick local run);
# CI runs everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MEMPLAN_BUILD_DIR:-$root/build}"

bash "$root/scripts/build.sh"
ninja -C "$build" check-memplan
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"

if [ "${MEMPLAN_QUICK_TEST:-0}" != 1 ]; then
  bash "$root/scripts/fuzz.sh"
  bash "$root/scripts/ci-sanitizers.sh"
fi
