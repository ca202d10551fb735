# Installation of memplan: tools, headers (with the generated .inc files),
# libraries, the mlir-opt plugin, and a CMake package so that another MLIR
# project can write
#
#   find_package(MemPlan REQUIRED CONFIG)
#   target_link_libraries(my-opt PRIVATE MemPlan::MemPlanPipeline)
#
# Included once at the end of the top-level CMakeLists.txt, when every target
# exists. Targets are looked up by name, so parts that are not built yet are
# simply skipped.

include(CMakePackageConfigHelpers)

# MEMPLAN_VERSION comes from the top-level CMakeLists.txt.

set(MEMPLAN_INSTALL_PACKAGE_DIR "lib${LLVM_LIBDIR_SUFFIX}/cmake/memplan" CACHE
  STRING "Path for the CMake package files, relative to the install prefix")
set(MEMPLAN_INSTALL_PLUGIN_DIR "lib${LLVM_LIBDIR_SUFFIX}" CACHE
  STRING "Path for the mlir-opt plugin, relative to the install prefix")

# Installed programs find our libraries next to them and libMLIR.so/libLLVM.so
# where LLVM lives (Debian keeps them out of the default search path).
set(memplan_install_rpath "\$ORIGIN/../lib${LLVM_LIBDIR_SUFFIX}" "${LLVM_LIBRARY_DIR}")

#===------------------------------------------------------------------------===#
# Libraries
#===------------------------------------------------------------------------===#

# add_mlir_library installs its library into the export set MLIRTargets and
# records it in the global property MLIR_EXPORTS; add_llvm_library does the
# same with LLVMExports and LLVM_EXPORTS. A library of ours defined another way
# (add_library) is installed here into MLIRTargets, as is every library of
# this project that an exported one links: export sets must be closed under
# linking. A worklist walks the link graph.
get_property(memplan_mlir_exports GLOBAL PROPERTY MLIR_EXPORTS)
get_property(memplan_llvm_exports GLOBAL PROPERTY LLVM_EXPORTS)
set(memplan_worklist ${memplan_mlir_exports} ${memplan_llvm_exports})
foreach(lib MemPlanPlanner MemPlanAnalysis)
  if(TARGET ${lib})
    list(APPEND memplan_worklist ${lib})
  endif()
endforeach()

set(MEMPLAN_EXPORTED_LIBRARIES)
while(memplan_worklist)
  list(POP_FRONT memplan_worklist lib)
  if(NOT TARGET ${lib} OR lib IN_LIST MEMPLAN_EXPORTED_LIBRARIES)
    continue()
  endif()
  get_target_property(lib_imported ${lib} IMPORTED)
  get_target_property(lib_type ${lib} TYPE)
  if(lib_imported OR NOT lib_type MATCHES "^(STATIC|SHARED)_LIBRARY$")
    continue()
  endif()
  list(APPEND MEMPLAN_EXPORTED_LIBRARIES ${lib})
  if(NOT lib IN_LIST memplan_mlir_exports AND
     NOT lib IN_LIST memplan_llvm_exports)
    install(TARGETS ${lib}
      EXPORT MLIRTargets
      ARCHIVE DESTINATION lib${LLVM_LIBDIR_SUFFIX}
      LIBRARY DESTINATION lib${LLVM_LIBDIR_SUFFIX})
    list(APPEND memplan_mlir_exports ${lib})
  endif()
  # Consumers of the installed package find our headers.
  target_include_directories(${lib} INTERFACE $<INSTALL_INTERFACE:include>)
  get_target_property(lib_deps ${lib} LINK_LIBRARIES)
  if(lib_deps)
    list(APPEND memplan_worklist ${lib_deps})
  endif()
endwhile()

# MemPlanTargets.cmake holds the MLIR-side libraries, MemPlanLLVMTargets.cmake
# those built with add_llvm_library (the planner); both use the namespace
# MemPlan::.
set(MEMPLAN_TARGET_FILES)
# The planner's file first: the MLIR-side targets link the planner.
foreach(export_set IN ITEMS LLVMExports MLIRTargets)
  if(export_set STREQUAL "MLIRTargets")
    set(export_libs ${memplan_mlir_exports})
    set(export_file MemPlanTargets.cmake)
  else()
    set(export_libs ${memplan_llvm_exports})
    set(export_file MemPlanLLVMTargets.cmake)
  endif()
  if(export_libs)
    install(EXPORT ${export_set}
      NAMESPACE MemPlan::
      FILE ${export_file}
      DESTINATION ${MEMPLAN_INSTALL_PACKAGE_DIR})
    list(APPEND MEMPLAN_TARGET_FILES ${export_file})
  endif()
endforeach()

#===------------------------------------------------------------------------===#
# Headers: the sources and the TableGen output (*.inc) of the build tree
#===------------------------------------------------------------------------===#

install(DIRECTORY ${MEMPLAN_SOURCE_DIR}/include/memplan
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${MEMPLAN_BINARY_DIR}/include/memplan
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.h.inc" PATTERN "*.cpp.inc"
  PATTERN "CMakeFiles" EXCLUDE)

#===------------------------------------------------------------------------===#
# Tools and the plugin
#===------------------------------------------------------------------------===#

set(MEMPLAN_INSTALLED_TOOLS)
foreach(tool memplan-opt memplan-solve memplan-translate)
  if(TARGET ${tool})
    set_target_properties(${tool} PROPERTIES
      INSTALL_RPATH "${memplan_install_rpath}")
    install(TARGETS ${tool} RUNTIME DESTINATION bin)
    list(APPEND MEMPLAN_INSTALLED_TOOLS ${tool})
  endif()
endforeach()

set(MEMPLAN_PLUGIN_FILE_NAME "")
if(TARGET MemPlanPlugin)
  set_target_properties(MemPlanPlugin PROPERTIES
    INSTALL_RPATH "${memplan_install_rpath}")
  install(TARGETS MemPlanPlugin LIBRARY DESTINATION ${MEMPLAN_INSTALL_PLUGIN_DIR})
  set(MEMPLAN_PLUGIN_FILE_NAME
    "${CMAKE_SHARED_MODULE_PREFIX}MemPlanPlugin${CMAKE_SHARED_MODULE_SUFFIX}")
endif()

#===------------------------------------------------------------------------===#
# Package configuration
#===------------------------------------------------------------------------===#

configure_package_config_file(
  ${MEMPLAN_SOURCE_DIR}/cmake/MemPlanConfig.cmake.in
  ${MEMPLAN_BINARY_DIR}/cmake/MemPlanConfig.cmake
  INSTALL_DESTINATION ${MEMPLAN_INSTALL_PACKAGE_DIR}
  PATH_VARS MEMPLAN_INSTALL_PLUGIN_DIR)
write_basic_package_version_file(
  ${MEMPLAN_BINARY_DIR}/cmake/MemPlanConfigVersion.cmake
  VERSION ${MEMPLAN_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${MEMPLAN_BINARY_DIR}/cmake/MemPlanConfig.cmake
  ${MEMPLAN_BINARY_DIR}/cmake/MemPlanConfigVersion.cmake
  DESTINATION ${MEMPLAN_INSTALL_PACKAGE_DIR})
