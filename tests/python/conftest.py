# SPDX-License-Identifier: Apache-2.0
import os
import pathlib

import pytest


@pytest.fixture
def shared_dir():
    """The read-only shared/ folder; the test skips with a message when it is absent."""
    root = os.environ.get("BBKIT_SHARED_DIR", "")
    p = pathlib.Path(root) if root else None
    if p is None or not p.is_dir():
        pytest.skip("shared data not found (set BBKIT_SHARED_DIR to the shared/ folder)")
    return p
