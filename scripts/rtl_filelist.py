#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""RTL file lists (.f), read as Verilator reads them: one entry a line, paths relative to the
repository root, '//' comments, +incdir+<dir>, and -f <list> for another list. The one reader of
the format besides Verilator: CMake (cmake/BbkitFileList.cmake), the Yosys flow
(bitstreams/yosys/synth_lib.sh) and the Vivado packaging script (bitstreams/vitis/package_kernel.tcl)
call it.

  rtl_filelist.py expand [--root DIR] LIST   the sources of LIST in order, nested lists followed
  rtl_filelist.py incdirs [--root DIR] LIST  its include folders (+incdir+), each once, in order
  rtl_filelist.py lists [--root DIR] LIST    LIST and the lists it names (-f), each once
  rtl_filelist.py check LIST PART...         LIST names no source twice (Verilator stops on a
                                             module declared twice) and holds every source of
                                             each PART
Paths are relative to the repository root (the current folder), or with --root under DIR and
printed as DIR/path. Exit status 1 with one line per problem when a check fails.
"""
import os
import sys


def read(path, root=".", seen_lists=()):
    """(sources, include folders, lists read) of the list at `path` (relative to root), in order,
    following -f."""
    if path in seen_lists:
        raise SystemExit(f"{path}: includes itself (through {' -> '.join(seen_lists)})")
    sources, incdirs, lists = [], [], [path]
    with open(os.path.join(root, path), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("+incdir+"):
                incdirs.append(line[len("+incdir+"):])
            elif line.startswith("-f "):
                more, more_inc, more_lists = read(line[3:].strip(), root, seen_lists + (path,))
                sources += more
                incdirs += more_inc
                lists += more_lists
            elif line.startswith(("-", "+")):
                raise SystemExit(f"{path}: '{line}' is neither a source, -f, +incdir+ nor a comment")
            else:
                sources.append(line)
    return sources, incdirs, lists


def expand(path, root="."):
    """The sources of the list at `path`, in order, following -f."""
    return read(path, root)[0]


def check(path, parts):
    sources = expand(path)
    problems = [f"{path}: {s} is listed twice" for i, s in enumerate(sources) if s in sources[:i]]
    for part in parts:
        problems += [f"missing from {path}: {s} (of {part})" for s in expand(part) if s not in sources]
    for p in problems:
        print(p)
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 2 and argv[0] in ("expand", "incdirs", "lists"):
        root, lists = ".", argv[1:]
        if lists[0] == "--root" and len(lists) >= 3:
            root, lists = lists[1], lists[2:]
        for list_path in lists:
            sources, incdirs, lists_read = read(list_path, root)
            entries = {"expand": sources, "incdirs": list(dict.fromkeys(incdirs)),
                       "lists": list(dict.fromkeys(lists_read))}[argv[0]]
            for entry in entries:
                print(entry if root == "." else os.path.join(root, entry))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1], argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
