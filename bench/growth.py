#!/usr/bin/env python3
"""The cost of growth (issue 22, item 7): for the agenda, the report figures page and a sign-up,
p50 / p99 and the server's CPU per request at one connection, one column per scale and database.
Pages are taken from the pass without the page cache (every request rendered), because with the
cache the cost does not depend on the data. Several runs of the same scale and database give a
range. Needs runs of bench/run.sh with 1 in CONNECTIONS (`server_cpu_us` is in every run since
session 16).

Usage: bench/growth.py bench/results/*.json
"""
import json
import sys
from collections import defaultdict

ROWS = [
    ("agenda `/activiteiten`", "nocache", "/activiteiten"),
    ("figures `/meldpunt/cijfers`", "nocache", "/meldpunt/cijfers"),
    ("sign-up (over 200 activities)", "write", "/activiteiten/{200 activities}/aanmelden"),
]
SCALES = ["neighbourhood", "city", "national"]


def span(values, fmt):
    lo, hi = fmt.format(min(values)), fmt.format(max(values))
    return lo if lo == hi else f"{lo}–{hi}"


def main(paths):
    cells = defaultdict(list)  # (row, scale, db) -> [run]
    columns = set()
    for path in paths:
        res = json.load(open(path))
        scale, db = res["meta"]["scale"], res["meta"]["db"]
        for r in res["runs"]:
            for row, target, page in ROWS:
                if r["target"] == target and r["page"] == page and r["connections"] == 1:
                    cells[(row, scale, db)].append(r)
                    columns.add((scale, db))
    columns = sorted(columns, key=lambda c: (SCALES.index(c[0]), c[1]))
    print("| request | " + " | ".join(f"{s}, {d}" for s, d in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row, _, _ in ROWS:
        out = []
        for col in columns:
            runs = cells.get((row,) + col, [])
            if not runs:
                out.append("–")
                continue
            cpu = [r["server_cpu_us"] / 1000 for r in runs if r.get("server_cpu_us") is not None]
            text = (f"{span([r['p50_us'] / 1000 for r in runs], '{:.1f}')} / "
                    f"{span([r['p99_us'] / 1000 for r in runs], '{:.1f}')} ms")
            if cpu:
                text += f", {span(cpu, '{:.2f}')} ms CPU"
            out.append(text)
        print(f"| {row} | " + " | ".join(out) + " |")
    print(f"\np50 / p99 at 1 connection and the server's CPU per request; {len(paths)} runs.")


if __name__ == "__main__":
    main(sys.argv[1:])
