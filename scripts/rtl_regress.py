#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""RTL regression runner: runs a named list of Verilator benches through CTest in parallel, writes
JUnit XML and prints a summary table (test, result, wall time, simulated cycles, cases).

  scripts/rtl_regress.py smoke   # label rtl without slow: what CI runs (about two minutes)
  scripts/rtl_regress.py full    # every rtl test, including the 102-code sweep (label slow)
Options: --build-dir build, --jobs 2, --junit <file> (default <build-dir>/rtl-<list>.xml).
Exit code 0 when every test passed, 1 otherwise.
"""
import argparse
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

LISTS = {"smoke": ["-L", "rtl", "-LE", "slow"], "full": ["-L", "rtl"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("list", choices=sorted(LISTS))
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--junit")
    a = ap.parse_args()
    junit = os.path.abspath(a.junit or f"{a.build_dir}/rtl-{a.list}.xml")
    start = time.time()
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
        cases = re.search(r"(\d+) cases, (\d+) failures", out)
        rows.append((tc.get("name"), "FAIL" if bad else ("SKIP" if status == "notrun" else "pass"),
                     float(tc.get("time", 0)), cyc.group(1) if cyc else "-",
                     f"{cases.group(1)}" if cases else "-"))
    w = max([len(r[0]) for r in rows] + [4])
    print(f"{'test':<{w}}  result  time[s]  sim cycles  cases")
    for name, res, t, cyc, cases in rows:
        print(f"{name:<{w}}  {res:<6}  {t:7.1f}  {cyc:>10}  {cases:>5}")
    print(f"{len(rows)} tests, {failed} failed, wall {wall:.0f} s with {a.jobs} jobs; JUnit XML: {junit}")
    return 1 if failed or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
