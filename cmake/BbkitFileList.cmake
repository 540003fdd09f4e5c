# SPDX-License-Identifier: Apache-2.0
# Reads an RTL file list (.f) for verilate() through scripts/rtl_filelist.py, the project's one
# reader of the format (one entry a line, paths relative to the repository root, '//' comments,
# `+incdir+<dir>` for an include directory and `-f <list>` for the entries of another list). The
# lists are configure dependencies, so CMake re-reads them when they change.
#   bbkit_read_filelist(<file.f> <sources_var> <include_args_var>)
# sets <sources_var> to the sources' absolute paths, in the list's order, and <include_args_var>
# to Verilator arguments -I<dir> (not verilate()'s INCLUDE_DIRS: it passes -y, which also lets
# Verilator pick up modules a list forgot). A source listed twice is an error, as for Verilator.
find_package(Python3 COMPONENTS Interpreter REQUIRED)

function(_bbkit_filelist_query mode list out_var)
  file(RELATIVE_PATH _rel ${PROJECT_SOURCE_DIR} ${list})
  execute_process(COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/rtl_filelist.py ${mode}
                          --root ${PROJECT_SOURCE_DIR} ${_rel}
                  OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${list}: ${_err}")
  endif()
  string(REPLACE "\n" ";" _out "${_out}")
  set(${out_var} ${_out} PARENT_SCOPE)
endfunction()

function(bbkit_read_filelist list sources_var include_args_var)
  _bbkit_filelist_query(expand ${list} _srcs)
  _bbkit_filelist_query(incdirs ${list} _dirs)
  _bbkit_filelist_query(lists ${list} _lists)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_lists})
  set(_seen)
  foreach(_s ${_srcs})
    if(_s IN_LIST _seen)
      message(FATAL_ERROR "${list}: ${_s} is listed twice (Verilator stops on a module declared twice)")
    endif()
    list(APPEND _seen ${_s})
  endforeach()
  set(_incs)
  foreach(_d ${_dirs})
    list(APPEND _incs -I${_d})
  endforeach()
  set(${sources_var} ${_srcs} PARENT_SCOPE)
  set(${include_args_var} ${_incs} PARENT_SCOPE)
endfunction()
