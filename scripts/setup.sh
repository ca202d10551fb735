#!/usr/bin/env bash
# Installs the Debian packages memplan needs, when any is missing:
#   llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools  (LLVM/MLIR 22, FileCheck, lit)
#   cmake ninja-build g++ libgtest-dev                      (build and unit tests)
#   chromium (amd64 and arm64 only)   (the HTML report's page in a browser,
#                                      test/Solve/html-viewer.test)
# With the argument `fuzz`, also (for scripts/fuzz.sh; the gcc sanitizer
# build of scripts/ci-sanitizers.sh needs nothing more):
#   clang-22 libclang-rt-22-dev                              (libFuzzer, ASan, UBSan)
# Needs root (or sudo) only when something is missing.
#
# usage: scripts/setup.sh [fuzz]
set -euo pipefail

packages=(llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools cmake ninja-build
          g++ libgtest-dev)
# Debian builds chromium for these architectures only; elsewhere the browser
# test is UNSUPPORTED.
case "$(dpkg --print-architecture 2>/dev/null)" in
  amd64|arm64) packages+=(chromium) ;;
esac
case "${1:-}" in
  "") ;;
  fuzz) packages+=(clang-22 libclang-rt-22-dev) ;;
  *) echo "setup: unknown argument '$1' (expected nothing or 'fuzz')" >&2; exit 1 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root to install ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
