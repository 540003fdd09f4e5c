#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Concatenate `bbkit bler` CSVs and pool rows of the same (code, variant, snr_db): independent
runs (different seeds) of one point add their frames, block and bit errors; mean_iterations is
frame-weighted. Prints the merged CSV and, per variant, the Es/N0 at a target BLER with the
log-BLER interpolation of bbkit's snr_at_bler."""
import argparse
import csv
import math
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv", nargs="+")
    ap.add_argument("--bler", type=float, default=1e-2)
    args = ap.parse_args()
    rows = {}
    for path in args.csv:
        with open(path, newline="") as f:
            for r in csv.DictReader(f):
                key = (r["code"], r["variant"], round(float(r["snr_db"]), 6))
                frames, iters = int(r["frames"]), float(r["mean_iterations"])
                acc = rows.setdefault(key, {"frames": 0, "block_errors": 0, "bit_errors": 0, "bits": 0, "it": 0.0})
                acc["frames"] += frames
                acc["block_errors"] += int(r["block_errors"])
                acc["bit_errors"] += int(r["bit_errors"])
                acc["bits"] += int(r["bits"])
                acc["it"] += iters * frames
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "variant", "snr_db", "frames", "block_errors", "bler", "bit_errors", "bits", "ber",
                  "mean_iterations"])
    by_variant = {}
    for (code, variant, snr), a in sorted(rows.items()):
        bler = a["block_errors"] / a["frames"]
        out.writerow([code, variant, f"{snr:.3f}", a["frames"], a["block_errors"], f"{bler:.6e}", a["bit_errors"],
                      a["bits"], f"{a['bit_errors'] / a['bits']:.6e}", f"{a['it'] / a['frames']:.3f}"])
        by_variant.setdefault(variant, []).append((snr, bler, a["frames"]))
    lt = math.log10(args.bler)
    for variant, pts in by_variant.items():
        for (s0, b0, f0), (s1, b1, f1) in zip(pts, pts[1:]):
            if b0 >= args.bler >= b1:
                l0, l1 = math.log10(max(b0, 0.5 / f0)), math.log10(max(b1, 0.5 / f1))
                snr = s0 if l0 == l1 else s0 + (s1 - s0) * (l0 - lt) / (l0 - l1)
                print(f"# {variant}: BLER {args.bler:g} at {snr:.3f} dB", file=sys.stderr)
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
