# SPDX-License-Identifier: Apache-2.0
# Warnings for project targets only (third-party headers come in as SYSTEM).
add_library(bbkit_warnings INTERFACE)
target_compile_options(bbkit_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                -Wno-sign-conversion)
