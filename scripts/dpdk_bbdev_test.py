#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs DPDK's dpdk-test-bbdev against the baseband_bbkit PMD (docs/drivers-dpdk.md).

Each vector x test case is one dpdk-test-bbdev run with the PMD LD_PRELOADed (dpdk's -d
refuses world-writable folders) on --no-huge --no-pci EAL memory. A run passes only when
test-bbdev exits 0 and reports Passed == Total >= 1 with nothing skipped or failed: a vector
whose flags the device does not advertise is *skipped* by test-bbdev, and that is a failure
here. Throughput and latency figures are printed as a table (and, with --markdown, written).

Exit codes: 0 all passed, 1 a failure, 77 skipped (no vectors, or --device sim that cannot be
opened yet: then the probe must have failed with the PMD's log line, which is checked; or, with
--skip-without-harq, HARQ vectors on a device whose PMD does not advertise HQ_COMBINE_IN/OUT,
which the PMD's probe log line shows).

Vector files hold LLRs with 1 fractional bit, as test-bbdev expects (it doubles them for our
llr_decimals = 2); `bbkit vectors ldpc` writes them so (docs/drivers-dpdk.md).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SKIP = 77
OPEN_FAILED = re.compile(r"baseband_bbkit: .*cannot open runtime device '([^']*)': .*")
PROBED = re.compile(r"baseband_bbkit: vdev \S+: runtime device '[^']*' .*dec flags (0x[0-9A-Fa-f]+)")
HQ_COMBINE_IN_OUT = (1 << 5) | (1 << 6)  # RTE_BBDEV_LDPC_HQ_COMBINE_IN_ENABLE | _OUT_ENABLE


def harq_vector(vector: Path) -> bool:
    return "RTE_BBDEV_LDPC_HQ_COMBINE_" in vector.read_text(errors="replace")


def eal_args(device: str, extra_vdev: str, lcores: str) -> list:
    vdev = f"baseband_bbkit,device={device}" + (f",{extra_vdev}" if extra_vdev else "")
    # One lcore by default: test-bbdev polls on it while the runtime's queue worker decodes on
    # the other core. --no-shconf/--no-telemetry: no files or sockets left behind.
    return ["--no-huge", "--no-pci", "--no-shconf", "--no-telemetry", "-m", "256", "-l", lcores,
            f"--vdev={vdev}"]


def vector_iter_max(vector: Path):
    """The file's iter_max: test-bbdev replaces it by its own -t value (default 6) on every op."""
    m = re.search(r"^iter_max\s*=\s*\n?\s*(\d+)", vector.read_text(errors="replace"), re.M)
    return int(m.group(1)) if m else None


def run_case(args, vector: Path, case: str) -> dict:
    cmd = [args.test_bbdev, *eal_args(args.device, args.vdev_args, args.lcores), "--",
           "-c", case, "-v", str(vector), "-n", str(args.num_ops), "-b", str(args.burst)]
    if vector.exists() and vector_iter_max(vector) is not None:
        cmd += ["-t", str(vector_iter_max(vector))]
    env = dict(os.environ, LD_PRELOAD=str(args.pmd))
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=args.timeout)
        out, rc = p.stdout + p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or ""), -1
        out += f"\nTIMEOUT after {args.timeout} s"
    counts = {k: int(v) for k, v in re.findall(r"Tests (Total|Skipped|Passed|Failed)\s*:\s*(\d+)", out)}
    ok = (rc == 0 and counts.get("Total", 0) >= 1 and counts.get("Passed") == counts.get("Total")
          and counts.get("Skipped", 1) == 0 and counts.get("Failed", 1) == 0)
    figure = ""
    m = re.search(r"Total throughput for \d+ cores: ([\d.]+) MOPS, ([\d.]+) Mbps", out)
    if m:  # test-bbdev prints Ops/s under the label "MOPS"
        figure = f"{float(m.group(1)):.0f} ops/s, {float(m.group(2)):.3f} Mbps"
    lat = re.search(r"Operation latency:\s*avg: .*?cycles, ([\d.]+) us\s*min: .*?cycles, ([\d.]+) us\s*"
                    r"max: .*?cycles, ([\d.]+) us", out, re.S)
    if lat and case == "latency":
        figure = f"avg {float(lat.group(1)):.1f} us, min {float(lat.group(2)):.1f} us, max {float(lat.group(3)):.1f} us"
    return {"vector": vector.name, "case": case, "ok": ok, "rc": rc, "counts": counts, "figure": figure,
            "output": out, "cmd": cmd}


# The project's own vectors (`bbkit vectors ldpc`): both base graphs, every Qm class, rv 0..3,
# CRC24B attach / check+drop, early stop on and off, LBRM (Ncb < N), noiseless and AWGN LLRs.
GENERATED = {
    "enc_bg1_z384_qm8_rv0": "--op enc --bg 1 --zc 384 --e 25344 --qm 8",
    "enc_bg2_z52_qm4_crc24b": "--op enc --bg 2 --zc 52 --e 2000 --qm 4 --crc 24b",
    "enc_bg1_z64_qm6_rv2_lbrm": "--op enc --bg 1 --zc 64 --e 3000 --qm 6 --rv 2 --n-cb 3000",
    "dec_bg1_z26_qm4_rv1_noes": "--op dec --bg 1 --zc 26 --e 1800 --qm 4 --rv 1 --early-stop 0 --iter-max 6",
    "dec_bg2_z36_qm2_crc24b_awgn": "--op dec --bg 2 --zc 36 --e 1200 --qm 2 --crc 24b --snr 6 --seed 7",
    "dec_bg2_z15_qm6_rv3_awgn": "--op dec --bg 2 --zc 15 --e 900 --qm 6 --rv 3 --snr 16 --seed 3",
    # HARQ: rv 0 writes its combined LLRs (HQ_COMBINE_OUT); rv 2 of the same block (same seed:
    # same bits, and its harq_combined_input is the rv 0 file's harq_combined_output) combines
    # and writes again; a BG1 block with fillers and LBRM gets rv 0 + rv 3, then rv 1.
    "dec_harq_bg2_z52_fill_rv0_out": "--op dec --bg 2 --zc 52 --n-filler 40 --e 520 --qm 2 --crc 24b --snr 1 "
                                     "--harq-out 1 --seed 21",
    "dec_harq_bg2_z52_fill_rv2_in_out": "--op dec --bg 2 --zc 52 --n-filler 40 --e 520 --qm 2 --crc 24b --snr 1 "
                                        "--rv 2 --harq-in-rvs 0 --harq-out 1 --seed 21",
    "dec_harq_bg1_z40_lbrm_rv1_in": "--op dec --bg 1 --zc 40 --n-filler 24 --n-cb 2000 --e 700 --qm 4 --snr 8 "
                                    "--rv 1 --harq-in-rvs 0,3 --seed 5",
}


def generate(bbkit: str, folder: Path, only: str = "") -> list:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, opts in GENERATED.items():
        if only and only not in name:
            continue
        path = folder / f"{name}.data"
        subprocess.run([bbkit, "vectors", "ldpc", *opts.split(), "-o", str(path)], check=True)
        out.append(path)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pmd", required=True, type=Path, help="librte_baseband_bbkit.so")
    ap.add_argument("--device", default="cpu", help="runtime device behind the vdev (devarg device=)")
    ap.add_argument("--vdev-args", default="", help="more devargs, e.g. max_nb_queues=2,queue_size=256")
    ap.add_argument("--cases", default="validation", help="comma list: validation,throughput,latency")
    ap.add_argument("--num-ops", type=int, default=32)
    ap.add_argument("--burst", type=int, default=16)
    ap.add_argument("--lcores", default="0")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per dpdk-test-bbdev run")
    ap.add_argument("--test-bbdev", default=shutil.which("dpdk-test-bbdev") or "dpdk-test-bbdev")
    ap.add_argument("--markdown", type=Path, help="write the figures table here")
    ap.add_argument("--expect-probe-failure", action="store_true",
                    help="pass only if EAL init fails on the PMD's probe with its 'cannot open' log line")
    ap.add_argument("--require-device", action="store_true",
                    help="fail, never skip, when the device cannot be opened (the build has it)")
    ap.add_argument("--generate-with", metavar="BBKIT", help="write the project's own vectors with this bbkit "
                    "CLI into the first vectors argument (a folder) and run them")
    ap.add_argument("--only", default="", help="with --generate-with: only the vectors whose name holds this")
    ap.add_argument("--skip-without-harq", action="store_true",
                    help="skip (exit 77), not fail, when HARQ vectors meet a device without HQ_COMBINE_IN/OUT")
    ap.add_argument("vectors", nargs="*", type=Path, help=".data files or folders of them")
    args = ap.parse_args()

    if args.expect_probe_failure:  # EAL init runs before test-bbdev reads any vector
        r = run_case(args, Path(args.vectors[0] if args.vectors else "unused.data"), "validation")
        opened = OPEN_FAILED.search(r["output"])
        if r["rc"] != 0 and opened and opened.group(1) == args.device:
            print(f"PASS: device={args.device} fails the probe (rc {r['rc']}), logging:\n  {opened.group(0)}")
            return 0
        print(f"FAIL: expected the probe of device={args.device} to fail with a log line; rc {r['rc']}\n" +
              "\n".join(r["output"].strip().splitlines()[-20:]))
        return 1

    if args.generate_with:
        if not args.vectors:
            ap.error("--generate-with needs a folder to write the vectors to")
        for old in args.vectors[0].glob("*.data") if args.vectors[0].is_dir() else []:
            old.unlink()  # only what this run writes
        generate(args.generate_with, args.vectors[0], args.only)
    vectors = []
    for v in args.vectors:
        vectors += sorted(v.glob("*.data")) if v.is_dir() else ([v] if v.exists() else [])
    if not vectors:
        print(f"SKIP: no test-bbdev vectors in {' '.join(map(str, args.vectors))} "
              "(../shared absent or no generated vectors)")
        return SKIP
    if not Path(args.test_bbdev).exists() and not shutil.which(args.test_bbdev):
        print(f"FAIL: {args.test_bbdev} not found (apt install dpdk-dev)")
        return 1

    results = []
    for vector in vectors:
        for case in args.cases.split(","):
            r = run_case(args, vector, case)
            opened = OPEN_FAILED.search(r["output"])
            if opened and not r["ok"]:
                if args.device == "sim" and not args.require_device:
                    print(f"SKIP: device=sim is not in this build (no Verilator); the probe failed as it "
                          f"must, logging:\n  {opened.group(0)}")
                    return SKIP
                print(f"FAIL: probe failed: {opened.group(0)}")
                return 1
            probed = PROBED.search(r["output"])
            if (args.skip_without_harq and harq_vector(vector) and probed and
                    int(probed.group(1), 16) & HQ_COMBINE_IN_OUT != HQ_COMBINE_IN_OUT):
                print(f"SKIP: device={args.device} does not advertise HQ_COMBINE_IN/OUT (dec flags "
                      f"{probed.group(1)}: the runtime device reports no HARQ, e.g. the sim kernel's "
                      f"CAPS1.harq = 0), so test-bbdev cannot run the HARQ vector {vector.name}")
                return SKIP
            results.append(r)
            c = r["counts"]
            status = "PASS" if r["ok"] else "FAIL"
            print(f"{status} {case:10s} {vector.name:32s} total {c.get('Total', '?')} passed {c.get('Passed', '?')} "
                  f"skipped {c.get('Skipped', '?')} failed {c.get('Failed', '?')} rc {r['rc']}  {r['figure']}")
            if not r["ok"]:
                print("  command: " + " ".join(r["cmd"]))
                print("  " + "\n  ".join(r["output"].strip().splitlines()[-25:]))
    if args.markdown:
        lines = ["| vector | test case | result | figure |", "|---|---|---|---|"]
        lines += [f"| {r['vector']} | {r['case']} | {'pass' if r['ok'] else 'FAIL'} | {r['figure']} |" for r in results]
        args.markdown.write_text("\n".join(lines) + "\n")
    failed = [r for r in results if not r["ok"]]
    print(f"{len(results) - len(failed)}/{len(results)} dpdk-test-bbdev runs passed on device={args.device}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
