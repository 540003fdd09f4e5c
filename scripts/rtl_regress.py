#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""RTL regression runner: runs a named list of Verilator benches through CTest in parallel, writes
JUnit XML and prints a summary table (test, result, wall time, simulated cycles, cases).

  scripts/rtl_regress.py smoke     # label rtl without slow: what CI runs (a few minutes)
  scripts/rtl_regress.py full      # every rtl test (the slow 102-code sweeps of the core and of both
                                   # datapaths included), then the coverage run
  scripts/rtl_regress.py coverage  # the coverage run alone (scripts/rtl_coverage.py)
Options: --build-dir build, --jobs 2, --junit <file> (default <build-dir>/rtl-<list>.xml),
--no-coverage (full without the coverage run). Builds what the list needs first (the project's
`all`, and for full the models `all` leaves out, FULL_ONLY_TARGETS; the coverage models are built
by scripts/rtl_coverage.py).
Exit code 0 when every test passed (and, with coverage, every coverage run passed and the line
coverage of rtl/ldpc + rtl/common is >= 95 %), 1 otherwise.
"""
import argparse
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

LISTS = {"smoke": ["-L", "rtl", "-LE", "slow"], "full": ["-L", "rtl"], "coverage": None}
MIN_LINE_COVERAGE = 95.0  # issue 7: RTL line coverage over rtl/ldpc and rtl/common
FULL_ONLY_TARGETS = ["tb_ldpc_dec_p4"]  # Zmax 384, 4 circulants per cycle (NOT_IN_ALL)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("list", choices=sorted(LISTS))
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--junit")
    ap.add_argument("--no-coverage", action="store_true")
    a = ap.parse_args()
    start = time.time()
    here = os.path.dirname(os.path.abspath(__file__))
    if LISTS[a.list] is None:
        return run_coverage(here, a, start)
    junit = os.path.abspath(a.junit or f"{a.build_dir}/rtl-{a.list}.xml")
    targets = ["--target", "all"] + (FULL_ONLY_TARGETS if a.list == "full" else [])
    if subprocess.run(["nice", "-n", "10", "cmake", "--build", a.build_dir, "-j", str(a.jobs)] + targets,
                      stdout=subprocess.DEVNULL).returncode:
        print("build failed")
        return 1
    # CTest keeps only 1 KiB of a passing test's output unless told otherwise; the table needs the
    # benches' closing summary lines.
    sizes = ["--test-output-size-passed", "262144", "--test-output-size-failed", "262144"]
    subprocess.run(["ctest", "--test-dir", a.build_dir, "-j", str(a.jobs), "--output-junit", junit,
                    "--timeout", "3600"] + sizes + LISTS[a.list], check=False, stdout=subprocess.DEVNULL)
    wall = time.time() - start
    root = ET.parse(junit).getroot()
    rows, failed = [], 0
    for tc in root.iter("testcase"):
        status = tc.get("status", "run")
        bad = tc.find("failure") is not None or tc.find("error") is not None or status == "fail"
        failed += bad
        out = (tc.findtext("system-out") or "")
        cyc = re.search(r"(\d+) cycles simulated", out)
        cases = re.search(r"(\d+) (?:cases|ops), (\d+) failures", out)  # dec_top counts ops
        rows.append((tc.get("name"), "FAIL" if bad else ("SKIP" if status == "notrun" else "pass"),
                     float(tc.get("time", 0)), cyc.group(1) if cyc else "-",
                     f"{cases.group(1)}" if cases else "-"))
    w = max([len(r[0]) for r in rows] + [4])
    print(f"{'test':<{w}}  result  time[s]  sim cycles  cases")
    for name, res, t, cyc, cases in rows:
        print(f"{name:<{w}}  {res:<6}  {t:7.1f}  {cyc:>10}  {cases:>5}")
    print(f"{len(rows)} tests, {failed} failed, wall {wall:.0f} s with {a.jobs} jobs; JUnit XML: {junit}")
    rc = 1 if failed or not rows else 0
    if a.list == "full" and not a.no_coverage:
        rc |= run_coverage(here, a, start)
    return rc


def run_coverage(here, a, start):
    """scripts/rtl_coverage.py with the issue's threshold; prints its table and the total wall time."""
    r = subprocess.run([sys.executable, f"{here}/rtl_coverage.py", "--build-dir", a.build_dir, "--jobs", str(a.jobs),
                        "--min", str(MIN_LINE_COVERAGE)], check=False)
    print(f"coverage: {'pass' if r.returncode == 0 else 'FAIL'} (line + branch >= {MIN_LINE_COVERAGE} % over "
          f"rtl/ldpc and rtl/common); {a.list} wall {time.time() - start:.0f} s with {a.jobs} jobs")
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
