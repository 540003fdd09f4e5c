# SPDX-License-Identifier: Apache-2.0
import numpy as np
import pytest

import bbkit


def ascii_bits(s: str) -> np.ndarray:
    return np.unpackbits(np.frombuffer(s.encode(), dtype=np.uint8))


@pytest.mark.parametrize(
    "kind,check",
    [("crc16", 0x31C3), ("crc24a", 0xCDE703), ("crc24b", 0x23EF52), ("crc24c", 0xF48279), ("crc11", 0x5CA), ("crc6", 0x15)],
)
def test_crc_known_answers(kind, check):
    assert bbkit.crc(ascii_bits("123456789"), kind) == check


def test_crc_attach_check_and_numpy_packing_agree():
    rng = np.random.default_rng(5)
    bits = rng.integers(0, 2, 77, dtype=np.uint8)
    coded = bbkit.crc_attach(bits, "crc24c")
    assert coded.dtype == np.uint8 and coded.size == 101
    assert bbkit.crc_check(coded, "crc24c")
    coded[3] ^= 1
    assert not bbkit.crc_check(coded, "crc24c")
    # MSB-first packing is numpy's packbits order
    assert np.array_equal(bbkit.pack_bits(bits), np.packbits(bits))
    assert np.array_equal(bbkit.unpack_bits(np.packbits(bits), 77), bits)


def test_bad_input_names_the_parameter():
    with pytest.raises(ValueError, match="crc"):
        bbkit.crc(np.zeros(8, dtype=np.uint8), "crc32")
    with pytest.raises(ValueError, match=r"bits\[2\]"):
        bbkit.crc(np.array([0, 1, 2], dtype=np.uint8), "crc6")
