#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Line + toggle coverage of the LDPC RTL: builds the coverage models (CMake targets *_cov, small
Zmax, `verilator --coverage`, not part of `all`), runs their bench lists, merges the counts, writes
an annotated copy of the RTL and a per-file table for every RTL file under rtl/.

  scripts/rtl_coverage.py [--build-dir build] [--jobs 2] [--min 95]

Models and lists (same RTL lines as the full-size models, fewer lanes):
  tb_ldpc_dec_cov       core, Zmax 32: smoke, codes (seeds 3, 4), perf, illegal, vectors
  tb_ldpc_dec_p4_cov    core, Zmax 32, 4 circulants per cycle: smoke, codes (seeds 5, 6), perf
  tb_ldpc_dec_wdog_cov  core, Zmax 8, WatchdogCycles 4096: watchdog (the abort path)
  tb_ldpc_dec_top_cov   decode datapath, Zmax 32: smoke, illegal, sweep (300 ops), codes, harq, vectors
  tb_ldpc_enc_top_cov   encode datapath, Zmax 32: smoke, illegal, codes, vectors
  tb_kernel_shell_cov   decoder kernel shell + loopback datapath: fast and slow memory timing
  tb_ldpc_dec_kernel_cov  decoder Vitis kernel (shell + datapath), Zmax 32: fast and slow memory timing
  tb_ldpc_enc_kernel_cov  encoder Vitis kernel (shell + datapath), Zmax 32: fast and slow memory timing
The kernel_shell and Vitis kernel models have line coverage only (Verilator 5.006 emits C++ that
does not compile for toggle coverage of the register blocks' packed-struct ports).
Output in <build-dir>/rtl-coverage/: coverage.dat (merged), annotated/ (lines marked %000000 were
never hit), coverage.md (the table), runs/ (each run's log and counts). A file that a model is
verilated from but that holds no coverage point (a package; a wrapper of instances and wires, in a
line-only model) reads "no coverage points"; a file no model reads, "not in a coverage model".

A coverage point counts as hit when any instance in any model hits it (points are merged by file,
line, column, kind and signal, not by hierarchy). "line + branch" is Verilator's line coverage
(statement blocks and the arms of if / case); "toggle" is every bit of every signal of <= 256 bits
going 0->1 and 1->0. Exit code 1 when a run fails or when --min is given and the line + branch
coverage over rtl/ldpc and rtl/common is below it.
"""
import argparse
import collections
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def runs(shared):
    data = f"{ROOT}/tests/vector/data"
    shared_dirs = ["--dir", f"{shared}/vectors/bbdev"]
    dec_dirs = ["--dir", f"{data}/ldpc_dec"] + shared_dirs
    enc_dirs = ["--dir", f"{data}/ldpc"] + shared_dirs
    return [
        ("tb_ldpc_dec_cov", "sim/verilator/tb/ldpc_dec", [
            ["--list", "smoke", "--seed", "1"], ["--list", "codes", "--seed", "3"],
            ["--list", "codes", "--seed", "4"], ["--list", "perf"], ["--list", "illegal"],
            ["--list", "vectors"] + dec_dirs]),
        ("tb_ldpc_dec_p4_cov", "sim/verilator/tb/ldpc_dec", [
            ["--list", "smoke", "--seed", "1"], ["--list", "codes", "--seed", "5"],
            ["--list", "codes", "--seed", "6"], ["--list", "perf"]]),
        ("tb_ldpc_dec_wdog_cov", "sim/verilator/tb/ldpc_dec", [["--list", "watchdog", "--seed", "1"]]),
        ("tb_ldpc_dec_top_cov", "sim/verilator/tb/ldpc_dec_top", [
            ["--list", "smoke", "--seed", "1"], ["--list", "illegal", "--seed", "2"],
            ["--list", "sweep", "--count", "300", "--seed", "3"], ["--list", "codes", "--seed", "4"],
            ["--list", "harq", "--count", "12", "--seed", "5"],
            ["--list", "vectors", "--dir", f"{data}/ldpc_harq"] + dec_dirs]),
        ("tb_ldpc_enc_top_cov", "sim/verilator/tb/ldpc_enc_top", [
            ["--list", "smoke", "--seed", "1"], ["--list", "illegal", "--seed", "2"],
            ["--list", "codes", "--seed", "3", "--cases", "2"], ["--list", "vectors"] + enc_dirs]),
        ("tb_kernel_shell_cov", "sim/verilator/tb/kernel_shell", [
            ["--timing", "fast", "--seed", "1"], ["--timing", "slow", "--seed", "1"]]),
        ("tb_ldpc_dec_kernel_cov", "sim/verilator/tb/ldpc_kernel", [
            ["--timing", "fast", "--seed", "1"], ["--timing", "slow", "--seed", "2"]]),
        ("tb_ldpc_enc_kernel_cov", "sim/verilator/tb/ldpc_kernel", [
            ["--timing", "fast", "--seed", "1"], ["--timing", "slow", "--seed", "2"]]),
    ]


def run_one(build, out, target, subdir, args):
    tag = target + "_" + re.sub(r"[^a-z0-9]+", "_", " ".join(a for a in args if not a.startswith("/")))
    tag = tag.strip("_")[:80]
    env = dict(os.environ, BBKIT_COVERAGE_FILE=f"{out}/runs/{tag}.dat")
    start = time.time()
    with open(f"{out}/runs/{tag}.log", "w") as log:
        rc = subprocess.run(["nice", "-n", "19", f"{build}/{subdir}/{target}"] + args, cwd=f"{out}/runs",
                            env=env, stdout=log, stderr=subprocess.STDOUT).returncode
    last = ""
    with open(f"{out}/runs/{tag}.log") as log:
        lines = [l.strip() for l in log if l.strip()]
        last = lines[-1] if lines else ""
    return tag, rc, time.time() - start, last


def parse_dat(path):
    """Yields (fields, count) of each point of a Verilator coverage.dat."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("C '"):
                continue
            key, count = line[3:].rsplit("' ", 1)
            fields = dict(kv.split("\x02", 1) for kv in key.split("\x01") if "\x02" in kv)
            yield fields, int(count)


def table(dat, rtl_files):
    # merge across instances and models: a point is hit when any of its instances is
    points = collections.defaultdict(int)
    for fields, count in parse_dat(dat):
        f = os.path.relpath(os.path.realpath(fields.get("f", "")), ROOT)
        kind = "toggle" if fields.get("page", "").startswith("v_toggle") else (
            "line" if fields.get("page", "").startswith(("v_line", "v_branch")) else None)
        if kind is None:
            continue
        key = (f, kind, fields.get("l"), fields.get("n"), fields.get("o"))
        points[key] = max(points[key], count)
    per = collections.defaultdict(lambda: {"line": [0, 0], "toggle": [0, 0]})
    for (f, kind, *_), count in points.items():
        per[f][kind][1] += 1
        per[f][kind][0] += count > 0
    rows = []
    for f in rtl_files:
        rows.append((f, per[f]["line"] if f in per else None, per[f]["toggle"] if f in per else None))
    return rows


def model_sources(build, targets):
    """RTL files (relative to the repository) the coverage models were verilated from: the
    dependency list Verilator writes beside each model (<target>.dir/V<top>.dir/V<top>__ver.d)."""
    files = set()
    for t in targets:
        for dep in glob.glob(f"{build}/**/{t}.dir/*.dir/*__ver.d", recursive=True):
            with open(dep) as f:
                for p in f.read().split(" : ", 1)[-1].split():
                    rel = os.path.relpath(os.path.realpath(p), ROOT)
                    if rel.startswith("rtl/"):
                        files.add(rel)
    return files


def pct(hit_total):
    h, t = hit_total
    return f"{h} / {t} ({100.0 * h / t:.1f} %)" if t else f"{h} / {t}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", default=f"{ROOT}/build")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min", type=float, help="fail below this line + branch %% over rtl/ldpc and rtl/common")
    ap.add_argument("--no-build", action="store_true", help="use the coverage models already built")
    a = ap.parse_args()
    build = os.path.abspath(a.build_dir)
    out = f"{build}/rtl-coverage"
    shared = os.environ.get("BBKIT_SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))
    plan = runs(shared)
    start = time.time()
    if not a.no_build:
        targets = [t for t, _, _ in plan]
        print(f"building {' '.join(targets)} ...", flush=True)
        r = subprocess.run(["nice", "-n", "19", "cmake", "--build", build, "-j", str(a.jobs), "--target"] + targets,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode:
            print(r.stdout[-4000:])
            return 1
    build_s = time.time() - start
    shutil.rmtree(f"{out}/runs", ignore_errors=True)
    os.makedirs(f"{out}/runs")
    jobs = [(t, d, args) for t, d, lists in plan for args in lists]
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for tag, rc, secs, last in pool.map(lambda j: run_one(build, out, *j), jobs):
            failed += rc != 0
            print(f"{'pass' if rc == 0 else 'FAIL'}  {secs:6.1f} s  {tag}: {last}", flush=True)
    dats = sorted(glob.glob(f"{out}/runs/*.dat"))
    subprocess.run(["verilator_coverage", "--write", f"{out}/coverage.dat"] + dats, check=True)
    shutil.rmtree(f"{out}/annotated", ignore_errors=True)
    ann = subprocess.run(["verilator_coverage", "--annotate", f"{out}/annotated", "--annotate-min", "1",
                          f"{out}/coverage.dat"], check=True, stdout=subprocess.PIPE, text=True).stdout.strip()

    rtl_files = sorted(os.path.relpath(p, ROOT) for p in glob.glob(f"{ROOT}/rtl/**/*.sv", recursive=True))
    rows = table(f"{out}/coverage.dat", rtl_files)
    in_models = model_sources(build, [t for t, _, _ in plan])
    lines = ["| file | line + branch | toggle |", "|---|---|---|"]
    tot = {"line": [0, 0], "toggle": [0, 0]}
    for f, line, tog in rows:
        if line is None:  # a package, or a wrapper of instances only, has no point to count
            lines.append(f"| `{f}` | {'no coverage points' if f in in_models else 'not in a coverage model'} | — |")
            continue
        lines.append(f"| `{f}` | {pct(line)} | {pct(tog)} |")
        if f.startswith(("rtl/ldpc/", "rtl/common/")):
            for k, v in (("line", line), ("toggle", tog)):
                tot[k][0] += v[0]
                tot[k][1] += v[1]
    lines.append(f"| **rtl/ldpc + rtl/common** | **{pct(tot['line'])}** | **{pct(tot['toggle'])}** |")
    wall = time.time() - start
    lines.append("")
    lines.append(f"{len(jobs)} runs, {failed} failed; {wall:.0f} s wall with {a.jobs} jobs "
                 f"({build_s:.0f} s of it building the models); verilator_coverage: {ann.splitlines()[-1] if ann else ''}")
    text = "\n".join(lines)
    with open(f"{out}/coverage.md", "w") as f:
        f.write(text + "\n")
    print(text)
    print(f"annotated sources: {out}/annotated (lines marked %000000 never hit); table: {out}/coverage.md")
    line_pct = 100.0 * tot["line"][0] / tot["line"][1] if tot["line"][1] else 0.0
    print(f"rtl line coverage {line_pct:.1f} %")
    if failed:
        return 1
    if a.min is not None and line_pct < a.min:
        print(f"line + branch coverage {line_pct:.1f} % below --min {a.min}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
