# Shared by the build scripts (source it; it does nothing on its own):
#   memplan_configure BUILD_DIR [CMAKE-ARGS...]
#       configures BUILD_DIR with CMake and Ninja against LLVM/MLIR 22 unless
#       it is configured already;
#   memplan_configure_sanitized BUILD_DIR [CMAKE-ARGS...]
#       the same for a build with AddressSanitizer and
#       UndefinedBehaviorSanitizer (MEMPLAN_ENABLE_SANITIZERS);
#   memplan_export_sanitizer_options [ASAN-OPTIONS...]
#       the environment in which sanitized programs run: any report aborts.
# The caller sets `root` to the source tree.

memplan_configure() {
  local build="$1"
  shift
  [ -f "$build/build.ninja" ] && return 0
  cmake -G Ninja -S "$root" -B "$build" \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    "$@"
}

memplan_configure_sanitized() {
  local build="$1"
  shift
  # -O1: the build mostly pays for compile time. No -DNDEBUG: memplan's own
  # assertions and its LLVM_DEBUG output (-debug-only=memplan-plan, the lit
  # feature memplan-debug) stay on, unlike in the LLVM/MLIR libraries it links.
  memplan_configure "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1" \
    -DCMAKE_C_FLAGS_RELEASE="-O1" \
    -DMEMPLAN_ENABLE_SANITIZERS=ON \
    "$@"
}

memplan_export_sanitizer_options() {
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-22/bin/llvm-symbolizer
  # allow_user_poisoning=0: LLVM's BumpPtrAllocator, inlined into memplan's
  # instrumented code, poisons the slabs it creates, and the uninstrumented
  # libMLIR.so then allocates from the same slabs without unpoisoning: every
  # read of such an object would be a false "use-after-poison". Real heap
  # errors are still found by ASan's own redzones. A leak, like every other
  # finding, fails the run.
  local options="abort_on_error=1:detect_leaks=1:allow_user_poisoning=0"
  local extra
  for extra in "$@"; do
    options="$options:$extra"
  done
  export ASAN_OPTIONS="$options"
  export UBSAN_OPTIONS="abort_on_error=1:halt_on_error=1:print_stacktrace=1"
}
