#!/usr/bin/env bash
# Installs what is missing, configures build/ with CMake and Ninja, and builds
# every tool, library, unit test and benchmark. Extra arguments go to ninja.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/configure.sh"
bash "$root/scripts/setup.sh"

build="${MEMPLAN_BUILD_DIR:-$root/build}"
# MEMPLAN_CMAKE_ARGS is split into words on purpose.
# shellcheck disable=SC2086
memplan_configure "$build" \
  -DCMAKE_BUILD_TYPE="${MEMPLAN_BUILD_TYPE:-Release}" ${MEMPLAN_CMAKE_ARGS:-}
ninja -C "$build" "$@"
