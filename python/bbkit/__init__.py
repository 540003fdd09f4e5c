# SPDX-License-Identifier: Apache-2.0
"""bbkit: bit-exact 5G NR baseband golden models (CRC, vectors; LDPC, polar and beamforming as
they land), with numpy arrays in and out. Bits are uint8 arrays of 0/1; LLRs follow the bbdev
sign convention (positive means bit 0)."""
from ._bbkit import *  # noqa: F401,F403
from ._bbkit import __version__, git_hash  # noqa: F401
