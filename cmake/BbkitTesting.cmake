# SPDX-License-Identifier: Apache-2.0
# Test registration. Labels: unit (fast, no external data), vector (conformance files from
# ../shared; they skip with a message when it is absent), rtl (Verilator), slow (excluded from
# the default run). Every test sees BBKIT_SHARED_DIR in its environment.
include(GoogleTest)

# bbkit_add_gtest(<name> LABELS <labels...> SOURCES <files...> LIBS <targets...>)
function(bbkit_add_gtest name)
  cmake_parse_arguments(T "" "TIMEOUT" "LABELS;SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} bbkit_test_support GTest::gtest GTest::gtest_main bbkit_warnings)
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 600)
  endif()
  gtest_discover_tests(${name}
    DISCOVERY_MODE PRE_TEST
    DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
               ENVIRONMENT "BBKIT_SHARED_DIR=${BBKIT_SHARED_DIR}")
endfunction()
