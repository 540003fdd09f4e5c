# SPDX-License-Identifier: Apache-2.0
# bbkit/version.h: what `bbkit info` and the device ID block report, fixed at configure time;
# bbkit/git_hash.h: the source commit, written at build time (BbkitGitHash.cmake).
set(BBKIT_GENERATED_INCLUDE ${CMAKE_BINARY_DIR}/generated/include)
foreach(_opt PYTHON VERILATOR XRT DPDK SYSTEMC)
  if(BBKIT_WITH_${_opt})
    set(BBKIT_WITH_${_opt}_BOOL true)
  else()
    set(BBKIT_WITH_${_opt}_BOOL false)
  endif()
endforeach()
if(BBKIT_SANITIZE)
  set(BBKIT_SANITIZE_BOOL true)
else()
  set(BBKIT_SANITIZE_BOOL false)
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.h.in ${BBKIT_GENERATED_INCLUDE}/bbkit/version.h @ONLY)
add_library(bbkit_version INTERFACE)
target_include_directories(bbkit_version INTERFACE ${BBKIT_GENERATED_INCLUDE})
add_custom_target(bbkit_git_hash
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DOUT=${BBKIT_GENERATED_INCLUDE}/bbkit/git_hash.h
          -P ${CMAKE_CURRENT_LIST_DIR}/BbkitGitHash.cmake
  BYPRODUCTS ${BBKIT_GENERATED_INCLUDE}/bbkit/git_hash.h
  COMMENT "bbkit/git_hash.h" VERBATIM)
add_dependencies(bbkit_version bbkit_git_hash)  # followed by every target that links bbkit_version
