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

bash "$root/scripts/setup.sh"
if [ ! -f "$build/build.ninja" ]; then
  # -O1 -DNDEBUG: the build mostly pays for compile time; assertions stay off
  # like in the LLVM/MLIR libraries it links.
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DMEMPLAN_ENABLE_SANITIZERS=ON \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit
fi
ninja -C "$build" "$@"

export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-22/bin/llvm-symbolizer
# allow_user_poisoning=0: LLVM's BumpPtrAllocator, inlined into memplan's
# instrumented code, poisons the slabs it creates, and the uninstrumented
# libMLIR.so then allocates from the same slabs without unpoisoning: every
# read of such an object would be a false "use-after-poison". Real heap
# errors are still found by ASan's own redzones.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allow_user_poisoning=0:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="abort_on_error=1:halt_on_error=1:print_stacktrace=1"

ninja -C "$build" check-memplan
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
