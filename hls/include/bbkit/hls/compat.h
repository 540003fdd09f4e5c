// SPDX-License-Identifier: Apache-2.0
// The one include of every bbkit HLS kernel for its integer and stream types. Under Vitis HLS
// (ap_int.h on the include path) it is Xilinx's own headers; elsewhere it is the small native
// model beside this file, so the same kernel source builds unchanged in both places.
// Define BBKIT_HLS_NATIVE to force the native model even where Vitis headers exist.
#pragma once

#if !defined(BBKIT_HLS_NATIVE) && defined(__has_include)
#if __has_include(<ap_int.h>) && __has_include(<hls_stream.h>)
#define BBKIT_HLS_VITIS 1
#endif
#endif

#if defined(BBKIT_HLS_VITIS)
#include <ap_int.h>
#include <hls_stream.h>
#else
#include "bbkit/hls/native/ap_int.h"
#include "bbkit/hls/native/hls_stream.h"
#endif

// A pragma from a macro: `#pragma` cannot stand in a macro body, `_Pragma` can, and Vitis HLS
// reads both alike (inside the function body, where its interface pragmas belong). A pragma list
// that several tops share is then one macro of these.
#define BBKIT_HLS_PRAGMA(text) _Pragma(#text)
