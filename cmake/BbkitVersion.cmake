# SPDX-License-Identifier: Apache-2.0
# bbkit/version.h: what `bbkit info` and the device ID block report.
find_package(Git QUIET)
set(BBKIT_GIT_HASH "unknown")
if(GIT_FOUND AND EXISTS ${CMAKE_SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} OUTPUT_VARIABLE _hash
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
  if(_rc EQUAL 0 AND _hash)
    set(BBKIT_GIT_HASH ${_hash})
  endif()
  # Re-configure when HEAD moves, so the hash `bbkit info` prints is never stale.
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path HEAD
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} OUTPUT_VARIABLE _head_file
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  execute_process(COMMAND ${GIT_EXECUTABLE} symbolic-ref -q HEAD
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} OUTPUT_VARIABLE _ref
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(_ref)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path ${_ref}
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} OUTPUT_VARIABLE _ref_file
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  foreach(_f ${_head_file} ${_ref_file})
    if(EXISTS ${_f})
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_f})
    endif()
  endforeach()
endif()
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
