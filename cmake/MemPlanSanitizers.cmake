# Sanitizer and fuzzing builds. Both are off by default; scripts/ci-sanitizers.sh
# and scripts/fuzz.sh configure their own build directories with them.
#
# MEMPLAN_ENABLE_SANITIZERS: every target is compiled and linked with
#   AddressSanitizer and UndefinedBehaviorSanitizer, and any UB report aborts
#   (-fno-sanitize-recover=all). Works with gcc and clang. The LLVM/MLIR
#   shared libraries stay uninstrumented.
# MEMPLAN_ENABLE_FUZZERS: builds the libFuzzer targets of fuzz/ (clang only);
#   every target also gets -fsanitize=fuzzer-no-link so that libFuzzer sees
#   the coverage of memplan's own code.

option(MEMPLAN_ENABLE_SANITIZERS
  "Build with -fsanitize=address,undefined -fno-sanitize-recover=all" OFF)
option(MEMPLAN_ENABLE_FUZZERS "Build the libFuzzer targets in fuzz/ (clang)"
  OFF)

if(MEMPLAN_ENABLE_SANITIZERS)
  set(MEMPLAN_SANITIZER_FLAGS
    -fsanitize=address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  add_compile_options(${MEMPLAN_SANITIZER_FLAGS})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # gcc's ASan instrumentation makes -Wmaybe-uninitialized report false
    # positives inside LLVM's headers (llvm::json::Value).
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
  add_link_options(-fsanitize=address,undefined)
endif()

if(MEMPLAN_ENABLE_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MEMPLAN_ENABLE_FUZZERS needs clang (libFuzzer); "
      "configure with -DCMAKE_CXX_COMPILER=clang++-22")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  # clang warns about libstdc++'s own use of std::get_temporary_buffer in
  # std::stable_sort; the regular (gcc) build keeps the warning for our code.
  add_compile_options(-Wno-deprecated-declarations)
endif()

# An instrumented library needs the sanitizer runtimes wherever it is linked:
# the installed package's libraries carry the link flags, so that a
# downstream project (test/Package) links a sanitizer build of memplan as it
# is. Deferred to the end of the configuration, when MemPlanInstall.cmake has
# listed the exported libraries.
function(memplan_export_sanitizer_link_options)
  foreach(lib ${MEMPLAN_EXPORTED_LIBRARIES})
    target_link_options(${lib} INTERFACE
      $<INSTALL_INTERFACE:-fsanitize=address,undefined>)
  endforeach()
endfunction()
if(MEMPLAN_ENABLE_SANITIZERS)
  cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR}
    CALL memplan_export_sanitizer_link_options)
endif()
