# SPDX-License-Identifier: Apache-2.0
# Reads an RTL file list (.f) the way Verilator's -f does, for verilate(): one entry a line,
# paths relative to the repository root, '//' comments, `+incdir+<dir>` for an include directory
# and `-f <list>` for the entries of another list. The lists are configure dependencies, so CMake
# re-reads them when they change.
#   bbkit_read_filelist(<file.f> <sources_var> <include_args_var>)
# sets <sources_var> to the sources' absolute paths, in the list's order, and <include_args_var>
# to Verilator arguments -I<dir> (not verilate()'s INCLUDE_DIRS: it passes -y, which also lets
# Verilator pick up modules a list forgot). A source listed twice is an error, as for Verilator.
function(bbkit_read_filelist list sources_var include_args_var)
  set(_srcs)
  set(_incs)
  _bbkit_read_filelist(${list} _srcs _incs)
  set(_seen)
  foreach(_s ${_srcs})
    if(_s IN_LIST _seen)
      message(FATAL_ERROR "${list}: ${_s} is listed twice (Verilator stops on a module declared twice)")
    endif()
    list(APPEND _seen ${_s})
  endforeach()
  list(REMOVE_DUPLICATES _incs)
  set(${sources_var} ${_srcs} PARENT_SCOPE)
  set(${include_args_var} ${_incs} PARENT_SCOPE)
endfunction()

# Appends the entries of one list (and of the lists it names with -f) to srcs_var / incs_var.
function(_bbkit_read_filelist list srcs_var incs_var)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${list})
  file(STRINGS ${list} _lines)
  set(_srcs ${${srcs_var}})
  set(_incs ${${incs_var}})
  foreach(_l ${_lines})
    string(STRIP "${_l}" _l)
    if(_l STREQUAL "" OR _l MATCHES "^//")
      continue()
    elseif(_l MATCHES "^\\+incdir\\+(.+)$")
      list(APPEND _incs -I${PROJECT_SOURCE_DIR}/${CMAKE_MATCH_1})
    elseif(_l MATCHES "^-f[ \t]+(.+)$")
      _bbkit_read_filelist(${PROJECT_SOURCE_DIR}/${CMAKE_MATCH_1} _srcs _incs)
    elseif(_l MATCHES "^[^-+]")
      list(APPEND _srcs ${PROJECT_SOURCE_DIR}/${_l})
    else()
      message(FATAL_ERROR "${list}: '${_l}' is neither a source, -f, +incdir+ nor a comment")
    endif()
  endforeach()
  set(${srcs_var} ${_srcs} PARENT_SCOPE)
  set(${incs_var} ${_incs} PARENT_SCOPE)
endfunction()
