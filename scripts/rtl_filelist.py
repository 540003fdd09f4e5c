#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""RTL file lists (.f), read as Verilator reads them: one entry a line, paths relative to the
repository root (run from there), '//' comments, +incdir+<dir>, and -f <list> for another list.

  rtl_filelist.py expand LIST          the sources of LIST in order, nested lists followed
  rtl_filelist.py check LIST PART...   LIST names no source twice (Verilator stops on a module
                                       declared twice) and holds every source of each PART
Exit status 1 with one line per problem when a check fails.
"""
import sys


def expand(path, seen_lists=()):
    """The sources of the list at `path`, in order, following -f; +incdir+ lines are left out."""
    if path in seen_lists:
        raise SystemExit(f"{path}: includes itself (through {' -> '.join(seen_lists)})")
    sources = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("//") or line.startswith("+incdir+"):
                continue
            if line.startswith("-f "):
                sources += expand(line[3:].strip(), seen_lists + (path,))
            elif line.startswith(("-", "+")):
                raise SystemExit(f"{path}: '{line}' is neither a source, -f, +incdir+ nor a comment")
            else:
                sources.append(line)
    return sources


def check(path, parts):
    sources = expand(path)
    problems = [f"{path}: {s} is listed twice" for i, s in enumerate(sources) if s in sources[:i]]
    for part in parts:
        problems += [f"missing from {path}: {s} (of {part})" for s in expand(part) if s not in sources]
    for p in problems:
        print(p)
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "expand":
        for list_path in argv[1:]:
            print("\n".join(expand(list_path)))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1], argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
