#!/usr/bin/env bash
# Installs the Debian packages memplan needs, when any is missing:
#   llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools  (LLVM/MLIR 22, FileCheck, lit)
#   cmake ninja-build g++ libgtest-dev                      (build and unit tests)
#   clang-14 libclang-rt-14-dev                              (fuzzing and sanitizer builds)
# Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools cmake ninja-build
          g++ libgtest-dev)

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
