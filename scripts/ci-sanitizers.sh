#!/usr/bin/env bash
# Builds memplan with AddressSanitizer and UndefinedBehaviorSanitizer (gcc,
# MEMPLAN_ENABLE_SANITIZERS) in its own build directory, build-asan/, and runs
# the whole test suite there: lit (check-memplan) and the unit tests (ctest).
#
# Any sanitizer report aborts the process (abort_on_error), so that a test
# expecting a failure (`not memplan-solve ...`) cannot pass on a sanitizer's
# exit code. The LLVM/MLIR shared libraries are not instrumented (and need no
# LD_PRELOAD: gcc links the sanitizer runtimes into each executable). Leak
# reports are on and need no suppressions: memplan's tools free what they
# allocate, and what MLIR keeps until exit is still reachable.
# Tests that load memplan's instrumented code into a program that is not
# instrumented (the plugin in stock mlir-opt, the installed package in a
# downstream build) are unsupported in this build: see test/lit.cfg.py.
#
# usage: scripts/ci-sanitizers.sh [NINJA-TARGETS...]
#   MEMPLAN_ASAN_BUILD_DIR overrides build-asan/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MEMPLAN_ASAN_BUILD_DIR:-$root/build-asan}"

source "$root/scripts/configure.sh"

bash "$root/scripts/setup.sh"
memplan_configure_sanitized "$build"
ninja -C "$build" "$@"

memplan_export_sanitizer_options check_initialization_order=1 \
  detect_stack_use_after_return=1

ninja -C "$build" check-memplan
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
