#!/usr/bin/env python3
"""Turns the raw measurements of bench/run.sh into <out>.json and a markdown table <out>.md.

Usage: report.py TMPDIR OUT key=value…
"""
import json
import sys


def rate(d):
    return d["requests"] / (d["duration_us"] / 1e6) if d["duration_us"] else 0.0


def errors(d):
    return sum(d[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))


def main():
    tmp, out = sys.argv[1], sys.argv[2]
    meta = dict(a.split("=", 1) for a in sys.argv[3:])
    for k in list(meta):
        try:
            meta[k] = int(meta[k])
        except ValueError:
            pass
    runs = []
    with open(f"{tmp}/runs.tsv") as f:
        for line in f:
            target, page, c, js = line.rstrip("\n").split("\t", 3)
            d = json.loads(js)
            d.update(target=target, page=page, connections=int(c), requests_per_s=round(rate(d), 1),
                     errors=errors(d))
            runs.append(d)
    cold = []
    with open(f"{tmp}/cold.tsv") as f:
        for line in f:
            page, t, size = line.rstrip("\n").split("\t")
            cold.append({"page": page, "first_request_ms": round(float(t) * 1000, 1), "bytes": int(size)})
    writes = []
    with open(f"{tmp}/writes.tsv") as f:
        for line in f:
            path, c, stored = line.rstrip("\n").split("\t")
            writes.append({"path": path, "connections": int(c), "stored": int(stored),
                           "durable_writes_per_s": round(int(stored) / float(meta["duration_s"]), 1)})
    try:
        generate = open(f"{tmp}/generate.txt").read()
    except OSError:
        generate = ""
    result = dict(meta=meta, generate_output=generate, cold=cold, runs=runs, writes=writes)

    app = {(r["page"], r["connections"]): r for r in runs if r["target"] == "app"}
    nginx = {(r["page"], r["connections"]): r for r in runs if r["target"] == "nginx"}
    ratios = []
    for key, r in app.items():
        if key in nginx and nginx[key]["requests_per_s"]:
            ratios.append({"page": key[0], "connections": key[1],
                           "ratio": round(r["requests_per_s"] / nginx[key]["requests_per_s"], 3)})
    result["nginx_ratio"] = ratios
    with open(f"{out}.json", "w") as f:
        json.dump(result, f, indent=1)

    ratio = {(x["page"], x["connections"]): x["ratio"] for x in ratios}
    nocache = {(r["page"], r["connections"]): r for r in runs if r["target"] == "nocache"}
    rss_nocache = meta.get("rss_nocache_kb")
    md = [f"### {meta['scale']} on {meta['db']} — {meta['date']}", "",
          f"{meta['cores']} cores, {meta['mem_kb'] // 1024} MiB, load average at the end {meta['loadavg_end']}; "
          f"{meta['duration_s']} s per cell, wrk, profile {meta['profile']}.", "",
          f"- data generation: {meta['generate_ms'] / 1000:.1f} s",
          f"- start-up on the existing database (process start → first 200 on /readyz): {meta['startup_ms']} ms",
          f"- home page: {meta['home_bytes']} bytes, {meta['home_gzip_bytes']} gzip, {meta['home_br_bytes']} brotli",
          f"- peak RSS (VmHWM): {meta['rss_reads_kb'] / 1024:.1f} MiB after the page runs, "
          f"{meta['rss_peak_kb'] / 1024:.1f} MiB at the end"
          + (f"; {rss_nocache / 1024:.1f} MiB for the page runs without the page cache" if isinstance(rss_nocache, int) else ""),
          "", "\"no cache\" = the same page with `KANSRIJK_PAGE_CACHE_MILLIS=0` (every request rendered from the database).", "",
          "| page | conns | req/s | p50 ms | p99 ms | errors | no cache req/s | no cache p99 ms | nginx req/s | ours ÷ nginx | no cache ÷ nginx |",
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]

    def cell(value, fmt):
        return "–" if value is None else format(value, fmt)

    for r in runs:
        if r["target"] in ("nginx", "nocache"):
            continue
        key = (r["page"], r["connections"])
        n, u = nginx.get(key), nocache.get(key)
        md.append(" | ".join([
            f"| {'POST ' if r['target'] == 'write' else ''}{r['page']}", str(r["connections"]),
            f"{r['requests_per_s']:.0f}", f"{r['p50_us'] / 1000:.2f}", f"{r['p99_us'] / 1000:.2f}", str(r["errors"]),
            cell(u and u["requests_per_s"], ".0f"), cell(u and u["p99_us"] / 1000, ".2f"),
            cell(n and n["requests_per_s"], ".0f"), cell(ratio.get(key), ".0%"),
            cell(u and n and n["requests_per_s"] and u["requests_per_s"] / n["requests_per_s"], ".0%"),
        ]) + " |")
    if writes:
        md += ["", "| POST | conns | stored rows | durable writes/s |", "| --- | ---: | ---: | ---: |"]
        for w in writes:
            md.append(f"| {w['path']} | {w['connections']} | {w['stored']} | {w['durable_writes_per_s']:.0f} |")
    md += ["", "| first (cold) request | ms | bytes |", "| --- | ---: | ---: |"]
    for c in cold:
        md.append(f"| {c['page']} | {c['first_request_ms']} | {c['bytes']} |")
    text = "\n".join(md) + "\n"
    with open(f"{out}.md", "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
