# SPDX-License-Identifier: Apache-2.0
# Script mode (cmake -DSOURCE_DIR=... -DOUT=... -P BbkitGitHash.cmake), run on every build by the
# bbkit_git_hash target: writes bbkit/git_hash.h with the source commit, and rewrites it only when
# the commit changed. Done at build time, not configure time, so that a commit re-configures
# nothing (a re-configure re-runs Verilator on every model and rebuilds them all).
set(_hash "unknown")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS ${SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
                  WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE _out
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
  if(_rc EQUAL 0 AND _out)
    set(_hash ${_out})
  endif()
endif()
set(_text "// SPDX-License-Identifier: Apache-2.0\n// Generated at build time by cmake/BbkitGitHash.cmake; do not edit.\n#pragma once\n\n#define BBKIT_GIT_HASH \"${_hash}\"\n")
if(EXISTS ${OUT})
  file(READ ${OUT} _old)
endif()
if(NOT "${_old}" STREQUAL "${_text}")
  file(WRITE ${OUT} "${_text}")
endif()
