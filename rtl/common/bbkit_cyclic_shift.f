// SPDX-License-Identifier: Apache-2.0
// File list of the cyclic shifter (paths relative to the repository root).
rtl/common/bbkit_cyclic_shift.sv
