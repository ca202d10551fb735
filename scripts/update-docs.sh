#!/usr/bin/env bash
# Regenerates the dialect and pass reference from the .td files and copies it
# into docs/reference/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MEMPLAN_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh" memplan-docs
cp "$build/docs/Dialects/MemPlanDialect.md" "$build/docs/Dialects/MemPlanOps.md" \
   "$build/docs/MemPlanPasses.md" "$build/docs/MemPlanTargetPasses.md" \
   "$root/docs/reference/"
