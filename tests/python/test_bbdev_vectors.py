# SPDX-License-Identifier: Apache-2.0
import numpy as np
import pytest

import bbkit


def test_shared_vectors_load_and_save(shared_dir, tmp_path):
    files = sorted((shared_dir / "vectors" / "bbdev").glob("*.data"))
    assert len(files) == 5
    for f in files:
        v = bbkit.LdpcVector.load(str(f))
        out = tmp_path / f.name
        v.save(str(out))
        w = bbkit.LdpcVector.load(str(out))
        assert w.z_c == v.z_c and w.e == v.e and w.op_flags == v.op_flags
        assert all(np.array_equal(a, b) for a, b in zip(v.input, w.input))
        assert all(np.array_equal(a, b) for a, b in zip(v.output, w.output))


def test_malformed_vector_error_names_file_line_and_key(tmp_path):
    p = tmp_path / "bad.data"
    p.write_text("op_type =\nRTE_BBDEV_OP_LDPC_ENC\n\ninput0 =\n0x1\n")
    with pytest.raises(ValueError, match=r"bad.data:4: key 'input0'"):
        bbkit.LdpcVector.load(str(p))
