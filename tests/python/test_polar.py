# SPDX-License-Identifier: Apache-2.0
"""The polar bindings: per-channel encoders and decoders on numpy arrays."""
import numpy as np
import pytest

import bbkit

polar = bbkit.polar


def noiseless(coded, magnitude=4.0):
    return np.where(coded == 0, magnitude, -magnitude).astype(np.float64)


@pytest.mark.parametrize("arithmetic", ["fixed", "float", "exact"])
@pytest.mark.parametrize("list_size", [1, 8, 32])
def test_pbch_round_trip(arithmetic, list_size):
    payload = np.random.default_rng(1).integers(0, 2, 32, dtype=np.uint8)
    coded = polar.pbch_encode(payload)
    assert coded.dtype == np.uint8 and coded.shape == (864,)
    out, ok = polar.pbch_decode(noiseless(coded), list_size=list_size, arithmetic=arithmetic)
    assert ok and np.array_equal(out, payload)


@pytest.mark.parametrize("al", [1, 2, 4, 8, 16])
def test_dci_round_trip_and_rnti(al):
    payload = np.random.default_rng(al).integers(0, 2, 40, dtype=np.uint8)
    coded = polar.dci_encode(payload, aggregation_level=al, rnti=0x4601)
    assert coded.size == 108 * al
    out, ok = polar.dci_decode(noiseless(coded), a=40, aggregation_level=al, rnti=0x4601)
    assert ok and np.array_equal(out, payload)
    _, ok_wrong = polar.dci_decode(noiseless(coded), a=40, aggregation_level=al, rnti=0x4602)
    assert not ok_wrong


@pytest.mark.parametrize("a,e,mode", [(30, 45, "shortening"), (29, 127, "puncturing"), (100, 1100, "repetition"),
                                      (15, 200, "puncturing"), (400, 1200, "puncturing")])
def test_uci_round_trip(a, e, mode):
    params = polar.code_parameters("uci", a, e)
    assert params["rate_matching"] == mode
    payload = np.random.default_rng(a).integers(0, 2, a, dtype=np.uint8)
    coded = polar.uci_encode(payload, e)
    assert coded.size == params["coded_bits"]
    out, ok = polar.uci_decode(noiseless(coded), a=a, e=e)
    assert ok and np.array_equal(out, payload)


def test_code_parameters_pc_and_segmentation():
    p = polar.code_parameters("uci", 19, 300)
    assert (p["crc"], p["n_pc"], p["n_pc_wm"], len(p["pc_positions"])) == ("CRC6", 3, 1, 3)
    assert polar.code_parameters("uci", 361, 1200)["segments"] == 2
    assert polar.code_parameters("pbch", 32)["N"] == 512


def test_generic_encode_matches_channel_encoder():
    payload = np.random.default_rng(9).integers(0, 2, 50, dtype=np.uint8)
    assert np.array_equal(polar.encode("uci", payload, e=200), polar.uci_encode(payload, 200))


def test_invalid_parameters_raise_value_error():
    with pytest.raises(ValueError, match="aggregation level"):
        polar.dci_encode(np.zeros(40, np.uint8), aggregation_level=3, rnti=1)
    with pytest.raises(ValueError, match="A"):
        polar.uci_encode(np.zeros(11, np.uint8), 100)
    with pytest.raises(ValueError, match="list size"):
        polar.uci_decode(np.zeros(45), a=30, e=45, list_size=12)
    with pytest.raises(ValueError, match="arithmetic"):
        polar.uci_decode(np.zeros(45), a=30, e=45, arithmetic="double")
    with pytest.raises(ValueError, match="LLR count"):
        polar.uci_decode(np.zeros(44), a=30, e=45)
