#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Plot a BLER CSV written by `bbkit bler` (columns: code,variant,snr_db,...,bler,...) to PNG."""
import argparse
import csv
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")  # no display on build machines
import matplotlib.pyplot as plt  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv")
    ap.add_argument("png")
    ap.add_argument("--title", default="")
    args = ap.parse_args()

    curves = defaultdict(list)
    with open(args.csv, newline="") as f:
        for row in csv.DictReader(f):
            key = f"{row['code']} {row['variant']}"
            bler = float(row["bler"])
            if bler > 0:  # a point with no error has no place on a log axis
                curves[key].append((float(row["snr_db"]), bler))
    if not curves:
        print(f"plot_bler: no point with errors in {args.csv}", file=sys.stderr)
        return 1

    fig, ax = plt.subplots(figsize=(7, 5))
    for key, pts in sorted(curves.items()):
        pts.sort()
        ax.semilogy([p[0] for p in pts], [p[1] for p in pts], marker="o", label=key)
    ax.axhline(1e-2, color="grey", linestyle=":", linewidth=1)
    ax.set_xlabel("Es/N0 (dB)")  # the channel of bbkit bler is parameterized by Es/N0
    ax.set_ylabel("BLER")
    ax.set_title(args.title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(args.png, dpi=110)
    return 0


if __name__ == "__main__":
    sys.exit(main())
