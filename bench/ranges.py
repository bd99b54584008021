#!/usr/bin/env python3
"""Ranges over several runs of bench/run.sh: one Markdown table of the pages (req/s, p99, nginx,
ratio, the issue's targets) and one of the durable writes, min–max over the runs given.

Usage: bench/ranges.py bench/results/A.json bench/results/B.json …
Targets checked (issue 22): at 64 connections ours ÷ nginx ≥ 50 % and p99 < 10 ms in every run;
durable writes ≥ 2,000/s in every run.
"""
import json
import sys
from collections import defaultdict


def span(values, fmt="{:,.0f}"):
    lo, hi = min(values), max(values)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else f"{fmt.format(lo)}–{fmt.format(hi)}"


def main(paths):
    results = [json.load(open(p)) for p in paths]
    meta = results[0]["meta"]
    pages = defaultdict(lambda: defaultdict(list))
    order = []
    for res in results:
        for r in res["runs"]:
            key = (r["page"], r["connections"])
            if r["target"] == "app" and key not in order:
                order.append(key)
            pages[key][r["target"]].append(r)
    print(f"{meta['scale']} on {meta['db']}, {len(results)} runs "
          f"({', '.join(r['meta']['date'] for r in results)}), {meta['duration_s']} s per cell\n")
    print("| page | conns | req/s | p50 ms | p99 ms | no cache req/s | nginx req/s | ours ÷ nginx | targets at 64 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for key in order:
        app, nginx, nocache = (pages[key].get(t, []) for t in ("app", "nginx", "nocache"))
        ratios = [a["requests_per_s"] / n["requests_per_s"] for a, n in zip(app, nginx) if n["requests_per_s"]]
        verdict = ""
        if key[1] == 64 and ratios:
            fast = all(a["p99_us"] < 10_000 for a in app)
            half = all(x >= 0.5 for x in ratios)
            verdict = ("met" if fast and half else
                       "p99 ≥ 10 ms" if half else "< 50 % of nginx" if fast else "both missed")
        print(" | ".join([
            f"| {key[0]}", str(key[1]),
            span([a["requests_per_s"] for a in app]),
            span([a["p50_us"] / 1000 for a in app], "{:.2f}"),
            span([a["p99_us"] / 1000 for a in app], "{:.2f}"),
            span([u["requests_per_s"] for u in nocache]) if nocache else "–",
            span([n["requests_per_s"] for n in nginx]) if nginx else "–",
            span([x * 100 for x in ratios], "{:.0f} %") if ratios else "–",
            verdict,
        ]) + " |")
    writes = defaultdict(list)
    worder = []
    for res in results:
        for w in res["writes"]:
            key = (w["path"], w["connections"])
            if key not in worder:
                worder.append(key)
            writes[key].append(w["durable_writes_per_s"])
    if writes:
        print("\n| POST | conns | durable writes/s | ≥ 2,000 in every run |")
        print("| --- | ---: | ---: | --- |")
        for key in worder:
            print(f"| {key[0]} | {key[1]} | {span(writes[key])} | {'yes' if min(writes[key]) >= 2000 else 'no'} |")
    rss = [r["meta"].get("rss_peak_kb", 0) / 1024 for r in results]
    reads = [r["meta"].get("rss_reads_kb", 0) / 1024 for r in results]
    print(f"\nPeak RSS (VmHWM): {span(reads, '{:.1f}')} MiB after the page runs, "
          f"{span(rss, '{:.1f}')} MiB at the end (after the writes).")


if __name__ == "__main__":
    main(sys.argv[1:])
