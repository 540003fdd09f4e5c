#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Synthesizable-subset lint for bbkit HLS kernel code, on clang's AST (python libclang).

Each source is parsed as Vitis would see it (-D__SYNTHESIS__) and every declaration and
statement located in a kernel file (the sources given, and headers under --kernel-dir) is
checked. Rules:

  heap           new / delete / malloc / calloc / realloc / free / aligned_alloc
  std-container  a std container or std::string (vector, deque, list, map, set, array, ...)
  exception      throw or try
  recursion      a cycle in the call graph of the kernel functions of the translation unit
  loop-bound     a for loop whose condition is not a compile-time constant, or any while / do
                 loop, without '#pragma HLS loop_tripcount' in its body (a constant maximum
                 with an early break is the way to write a data-dependent loop without one)
  virtual        a virtual member function
  local-array    a non-static local array above --max-local-bytes (C simulation stack; big
                 memories are static in kernels)

Exit status 0 when clean, 1 with findings (file:line:col: [rule] message), 2 on usage or parse
errors. --expect-annotations checks a deliberately bad example instead: every line carrying
'// lint-expect: <rule>' must be flagged with that rule and nothing else may be flagged.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

try:
    import clang.cindex as ci
except ImportError:  # pragma: no cover
    sys.exit("bbkit_hls_lint: python libclang missing (pip install libclang; see scripts/versions.txt)")

K = ci.CursorKind
HEAP_FUNCS = {"malloc", "calloc", "realloc", "free", "aligned_alloc", "posix_memalign"}
STD_CONTAINERS = {"vector", "deque", "list", "forward_list", "map", "multimap", "set", "multiset",
                  "unordered_map", "unordered_multimap", "unordered_set", "unordered_multiset",
                  "array", "queue", "priority_queue", "stack", "basic_string", "string", "valarray"}
LOOPS = (K.FOR_STMT, K.WHILE_STMT, K.DO_STMT, K.CXX_FOR_RANGE_STMT)
FUNCS = (K.FUNCTION_DECL, K.CXX_METHOD, K.FUNCTION_TEMPLATE, K.CONSTRUCTOR, K.DESTRUCTOR)
TRIPCOUNT = re.compile(r"#\s*pragma\s+HLS\s+loop_tripcount", re.IGNORECASE)


class Lint:
    def __init__(self, kernel_dirs, max_local_bytes):
        self.kernel_dirs = [os.path.realpath(d) + os.sep for d in kernel_dirs]
        self.kernel_files = set()
        self.max_local_bytes = max_local_bytes
        self.findings = set()
        self.text = {}
        self.calls = {}   # function USR -> set of callee USRs
        self.where = {}   # function USR -> (file, line, col, name)

    def is_kernel_file(self, path):
        path = os.path.realpath(path)
        return path in self.kernel_files or any(path.startswith(d) for d in self.kernel_dirs)

    def in_kernel(self, cursor):
        f = cursor.location.file
        return f is not None and self.is_kernel_file(f.name)

    def report(self, cursor, rule, message):
        loc = cursor.location
        self.findings.add((os.path.realpath(loc.file.name), loc.line, loc.column, rule, message))

    def source(self, path):
        if path not in self.text:
            with open(path, "rb") as f:
                self.text[path] = f.read().decode("utf-8", "replace")
        return self.text[path]

    # ---- rules -------------------------------------------------------------------------------
    def check_type(self, cursor, t):
        spelling = t.get_canonical().spelling if t is not None else ""
        m = re.search(r"\bstd::(?:__\w+::)?(" + "|".join(sorted(STD_CONTAINERS)) + r")\b", spelling)
        if m:
            self.report(cursor, "std-container", f"std::{m.group(1)} in kernel code (use a fixed-size array)")

    def is_constant_expr(self, expr, loop_vars):
        for c in [expr] + list(expr.walk_preorder()):
            if c.kind in (K.CALL_EXPR, K.MEMBER_REF_EXPR) and c.referenced is not None and \
                    c.referenced.kind != K.VAR_DECL:
                return False
            if c.kind in (K.DECL_REF_EXPR, K.MEMBER_REF_EXPR):
                ref = c.referenced
                if ref is None:
                    return False
                if ref.kind in (K.ENUM_CONSTANT_DECL, K.TEMPLATE_NON_TYPE_PARAMETER):
                    continue
                if ref.kind == K.VAR_DECL:
                    if ref.get_usr() in loop_vars:
                        continue
                    toks = [t.spelling for t in ref.get_tokens()]
                    if "constexpr" in toks:
                        continue
                return False
        return True

    def check_loop(self, loop):
        kind = loop.kind
        children = list(loop.get_children())
        if not children:
            return
        body = children[-1]
        if kind == K.FOR_STMT:
            loop_vars = set()
            cond = None
            toks = list(loop.get_tokens())
            # The condition is the text between the first two ';' at parenthesis depth 1.
            depth, semis = 0, []
            for t in toks:
                if t.spelling == "(":
                    depth += 1
                elif t.spelling == ")":
                    depth -= 1
                    if depth == 0:
                        break
                elif t.spelling == ";" and depth == 1:
                    semis.append(t.extent.start.offset)
            for c in children[:-1]:
                if c.kind == K.DECL_STMT:
                    loop_vars |= {v.get_usr() for v in c.get_children() if v.kind == K.VAR_DECL}
                if len(semis) >= 2 and semis[0] < c.extent.start.offset < semis[1]:
                    cond = c
            constant = cond is not None and self.is_constant_expr(cond, loop_vars)
            if len(semis) >= 2 and cond is None:
                constant = False  # for (;;)
        else:
            constant = False
        if constant:
            return
        # Look for the trip-count pragma in the loop's own body (before any nested loop).
        path = body.extent.start.file.name
        start, end = body.extent.start.offset, body.extent.end.offset
        for c in body.walk_preorder():
            if c != body and c.kind in LOOPS and c.extent.start.file and c.extent.start.file.name == path:
                end = min(end, c.extent.start.offset)
        if not TRIPCOUNT.search(self.source(path)[start:end]):
            what = "for loop with a bound that is not a compile-time constant" if kind == K.FOR_STMT \
                else f"{'do' if kind == K.DO_STMT else 'while'} loop"
            self.report(loop, "loop-bound", what + " and no '#pragma HLS loop_tripcount'")

    def visit(self, cursor, func_usr):
        for c in cursor.get_children():
            if not self.in_kernel(c):
                continue
            k = c.kind
            usr = func_usr
            if k in FUNCS and c.is_definition():
                usr = c.get_usr()
                self.where[usr] = (c.location.file.name, c.location.line, c.location.column, c.spelling, c)
                self.calls.setdefault(usr, set())
                if k == K.CXX_METHOD and c.is_virtual_method():
                    self.report(c, "virtual", f"virtual function {c.spelling} (no dynamic dispatch in hardware)")
            elif k == K.CXX_METHOD and c.is_virtual_method():
                self.report(c, "virtual", f"virtual function {c.spelling} (no dynamic dispatch in hardware)")
            if k in (K.CXX_NEW_EXPR, K.CXX_DELETE_EXPR):
                self.report(c, "heap", ("new" if k == K.CXX_NEW_EXPR else "delete") + " (no heap in hardware)")
            elif k == K.CALL_EXPR:
                if c.spelling in HEAP_FUNCS:
                    self.report(c, "heap", f"{c.spelling}() (no heap in hardware)")
                ref = c.referenced
                if usr is not None and ref is not None and ref.kind in FUNCS:
                    tmpl = ref.get_usr()
                    self.calls[usr].add(tmpl)
                    canon = ref.canonical.get_usr()
                    self.calls[usr].add(canon)
            elif k in (K.CXX_THROW_EXPR, K.CXX_TRY_STMT):
                self.report(c, "exception", ("throw" if k == K.CXX_THROW_EXPR else "try") + " (no exceptions in hardware)")
            elif k in (K.VAR_DECL, K.FIELD_DECL, K.PARM_DECL, K.TYPEDEF_DECL, K.TYPE_ALIAS_DECL):
                self.check_type(c, c.type if k not in (K.TYPEDEF_DECL, K.TYPE_ALIAS_DECL)
                                else c.underlying_typedef_type)
                if k == K.VAR_DECL and func_usr is not None and c.storage_class != ci.StorageClass.STATIC:
                    t = c.type
                    if t.kind in (ci.TypeKind.CONSTANTARRAY,) and t.get_size() > self.max_local_bytes:
                        self.report(c, "local-array", f"local array {c.spelling} of {t.get_size()} bytes "
                                    f"(> {self.max_local_bytes}; make it static)")
            elif k in (K.FUNCTION_DECL, K.CXX_METHOD) and c.is_definition():
                self.check_type(c, c.result_type)
            if k in LOOPS:
                self.check_loop(c)
            self.visit(c, usr)

    def check_recursion(self):
        # Tarjan's strongly connected components over kernel-defined functions.
        graph = {u: {v for v in vs if v in self.where} for u, vs in self.calls.items()}
        index, low, on, stack, out = {}, {}, set(), [], []
        counter = [0]

        def strong(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            for w in graph.get(v, ()):
                if w not in index:
                    strong(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(comp)

        sys.setrecursionlimit(10000)
        for v in graph:
            if v not in index:
                strong(v)
        for comp in out:
            if len(comp) > 1 or comp[0] in graph.get(comp[0], ()):
                names = " -> ".join(sorted(self.where[u][3] for u in comp))
                for u in comp:
                    self.report(self.where[u][4], "recursion", f"recursive call cycle: {names}")


def resource_dir_flags():
    """The PyPI libclang wheel ships no compiler built-in headers (stddef.h ...): borrow the
    installed clang's resource directory."""
    clang = shutil.which("clang++") or shutil.which("clang")
    if not clang:
        return []
    out = subprocess.run([clang, "-print-resource-dir"], capture_output=True, text=True)
    return ["-resource-dir", out.stdout.strip()] if out.returncode == 0 and out.stdout.strip() else []


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--kernel-dir", action="append", default=[], help="headers here are kernel code too")
    ap.add_argument("-I", dest="includes", action="append", default=[])
    ap.add_argument("-D", dest="defines", action="append", default=[])
    ap.add_argument("--std", default="c++17")
    ap.add_argument("--max-local-bytes", type=int, default=65536)
    ap.add_argument("--expect-annotations", action="store_true")
    args = ap.parse_args()

    lint = Lint(args.kernel_dir, args.max_local_bytes)
    lint.kernel_files = {os.path.realpath(s) for s in args.sources}
    flags = [f"-std={args.std}", "-x", "c++", "-D__SYNTHESIS__", "-Wno-unknown-pragmas"]
    flags += [f"-I{i}" for i in args.includes] + [f"-D{d}" for d in args.defines]
    flags += resource_dir_flags()
    index = ci.Index.create()
    for src in args.sources:
        tu = index.parse(src, args=flags)
        errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
        for d in errors:
            print(f"{d.location.file}:{d.location.line}:{d.location.column}: parse error: {d.spelling}", file=sys.stderr)
        if errors:
            return 2
        lint.visit(tu.cursor, None)
    lint.check_recursion()

    findings = sorted(lint.findings)
    for path, line, col, rule, msg in findings:
        print(f"{os.path.relpath(path)}:{line}:{col}: [{rule}] {msg}")
    if not args.expect_annotations:
        print(f"bbkit_hls_lint: {len(findings)} finding(s) in {len(args.sources)} source(s)", file=sys.stderr)
        return 1 if findings else 0

    # Bad-example mode: the annotated lines and rules, exactly.
    expected = set()
    for src in args.sources:
        for n, text in enumerate(open(src, encoding="utf-8").read().splitlines(), 1):
            for rule in re.findall(r"lint-expect:\s*([\w-]+)", text):
                expected.add((os.path.realpath(src), n, rule))
    got = {(p, line, rule) for p, line, _, rule, _ in findings}
    missed, extra = expected - got, got - expected
    for p, line, rule in sorted(missed):
        print(f"{os.path.relpath(p)}:{line}: MISSED expected [{rule}]")
    for p, line, rule in sorted(extra):
        print(f"{os.path.relpath(p)}:{line}: UNEXPECTED [{rule}]")
    rules = sorted({r for _, _, r in expected})
    print(f"bbkit_hls_lint: {len(expected) - len(missed)}/{len(expected)} expected findings "
          f"({', '.join(rules)}), {len(extra)} unexpected", file=sys.stderr)
    return 1 if missed or extra else 0


if __name__ == "__main__":
    sys.exit(main())
