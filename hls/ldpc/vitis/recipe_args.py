#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Prints one field of a kernel recipe (../recipe/<name>.json) as v++ command-line words, for the
Makefile's v++ -c path: `top`, `sources` (absolute paths) or `cflags` (-I directories, and the other flags as the
kernel's kernel_flags property).

    python3 recipe_args.py ../recipe/bbkit_ldpc_dec.json sources
"""
import json
import os
import sys


def main():
    path, field = sys.argv[1], sys.argv[2]
    recipe = json.load(open(path))
    base = os.path.dirname(os.path.dirname(os.path.abspath(path)))
    if field == "top":
        words = [recipe["top"]]
    elif field == "sources":
        words = [os.path.normpath(os.path.join(base, s)) for s in recipe["sources"]]
    elif field == "cflags":
        # v++ takes include directories itself; other compiler flags go through kernel_flags.
        words = ["-I" + os.path.normpath(os.path.join(base, d)) for d in recipe["include_dirs"]]
        # (unquoted: the Makefile splits this output into words, so each flag is its own prop)
        for flag in recipe["cflags"]:
            words.append(f'--advanced.prop=kernel.{recipe["top"]}.kernel_flags={flag}')
    else:
        sys.exit(f"unknown field {field}: top, sources or cflags")
    print(" ".join(words))


if __name__ == "__main__":
    main()
