# SPDX-License-Identifier: Apache-2.0
# Reads an RTL file list (.f) the way Verilator's -f does, for verilate(): one entry a line,
# paths relative to the repository root, '//' comments; a line `+incdir+<dir>` names an include
# directory. The list is a configure dependency, so CMake re-reads it when it changes.
#   bbkit_read_filelist(<file.f> <sources_var> <include_args_var>)
# sets <sources_var> to the sources' absolute paths, in the list's order, and <include_args_var>
# to Verilator arguments -I<dir> (not verilate()'s INCLUDE_DIRS: it passes -y, which also lets
# Verilator pick up modules a list forgot).
function(bbkit_read_filelist list sources_var include_args_var)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${list})
  file(STRINGS ${list} _lines)
  set(_srcs)
  set(_incs)
  foreach(_l ${_lines})
    string(STRIP "${_l}" _l)
    if(_l STREQUAL "" OR _l MATCHES "^//")
      continue()
    elseif(_l MATCHES "^\\+incdir\\+(.+)$")
      list(APPEND _incs -I${PROJECT_SOURCE_DIR}/${CMAKE_MATCH_1})
    elseif(_l MATCHES "^[^-+]")
      list(APPEND _srcs ${PROJECT_SOURCE_DIR}/${_l})
    else()
      message(FATAL_ERROR "${list}: '${_l}' is neither a source, a +incdir+ nor a comment")
    endif()
  endforeach()
  set(${sources_var} ${_srcs} PARENT_SCOPE)
  set(${include_args_var} ${_incs} PARENT_SCOPE)
endfunction()
