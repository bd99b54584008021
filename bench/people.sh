#!/usr/bin/env bash
# Public pages as logged-in people (issue 22, item 6): every request carries the session of one
# of PEOPLE residents, in turn. Runs each page at each connection count RUNS times with the page
# cache on (people with the same roles share a page, `Routes::public_shared`) and off (every
# request rendered, as before session 11), on an existing data set. Prints a line per run and a
# Markdown table with the range over the runs: req/s, p50, p99 and the server's CPU per request.
#
# Usage: DATABASE_URL=… KANSRIJK_ENCRYPTION_KEY_FILE=… bench/people.sh
# Settings: DURATION=4 RUNS=3 CONNECTIONS="16 64" PEOPLE=50 CACHE="2000 0"
#           BIN_DIR=target/release (built first unless BIN_DIR is given)
#           PAGES="/ /activiteiten …" (default: every public page, an upcoming activity's included)
# Needs: wrk, curl, python3.
set -euo pipefail

NAME=people
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
DURATION="${DURATION:-4}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-16 64}"
PEOPLE="${PEOPLE:-50}"
CACHE="${CACHE:-2000 0}"
# Every public page a person reads. All but the report form are shared between people with the
# same roles (the activity page since session 15; its token and form key are filled in per answer).
read -r -a PAGES <<<"${PAGES:-/ /aanpak/liendert-voor-iedereen /activiteiten /activiteiten/$("$BIN_DIR/kansrijk-bench" pick-activity) /afspraken /training /meldpunt/melden /meldpunt/cijfers}"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

"$BIN_DIR/kansrijk-bench" sessions --count "$PEOPLE" >"$TMP/cookies"
log "$(wc -l <"$TMP/cookies") sessions of residents"
: >"$TMP/results.tsv"
for cache in $CACHE; do
    port=$(free_port)
    KANSRIJK_PAGE_CACHE_MILLIS="$cache" "$BIN_DIR/kansrijk" serve --bind "127.0.0.1:$port" >"$TMP/server.log" 2>&1 &
    SERVER=$!
    ready "http://127.0.0.1:$port" || { cat "$TMP/server.log" >&2; exit 1; }
    for page in "${PAGES[@]}"; do
        code=$(curl -s -o "$TMP/page.html" -w '%{http_code}' -H "Cookie: $(head -1 "$TMP/cookies")" "http://127.0.0.1:$port$page")
        [ "$code" = 200 ] || { log "$page answered $code"; exit 1; }
        grep -q 'action="/uitloggen"' "$TMP/page.html" || { log "$page: not logged in"; exit 1; }
        for run in $(seq 1 "$RUNS"); do
            for c in $CONNECTIONS; do
                before=$(cpu_ticks "$SERVER")
                json=$(wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/wrk/people.lua" \
                    "http://127.0.0.1:$port$page" -- "$TMP/cookies" | sed -n 's/^WRKJSON //p')
                after=$(cpu_ticks "$SERVER")
                printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cache" "$page" "$c" "$run" "$((after - before))" "$json" >>"$TMP/results.tsv"
                tail -1 "$TMP/results.tsv" | python3 -c '
import json, os, sys
cache, page, c, run, ticks, js = sys.stdin.read().rstrip("\n").split("\t", 5)
d = json.loads(js)
n = d["requests"]; s = d["duration_us"] / 1e6
errors = sum(d[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))
cpu = int(ticks) / os.sysconf("SC_CLK_TCK") * 1000 / max(n, 1)
print("[people] cache %-4s %-20s c=%-3s run %s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  cpu %.2f ms/req  errors %d" % (cache, page, c, run, n / s, d["p50_us"] / 1000, d["p99_us"] / 1000, cpu, errors))' >&2
            done
        done
    done
    kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
done

python3 - "$TMP/results.tsv" "$DURATION" "$PEOPLE" <<'PY'
import json, os, sys
rows = [l.rstrip("\n").split("\t", 5) for l in open(sys.argv[1]) if l.strip()]
by = {}
for cache, page, c, run, ticks, js in rows:
    d = json.loads(js)
    n = d["requests"]; s = d["duration_us"] / 1e6
    errors = sum(d[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))
    cpu = int(ticks) / os.sysconf("SC_CLK_TCK") * 1000 / max(n, 1)
    by.setdefault((page, int(c)), {}).setdefault(cache, []).append((n / s, d["p50_us"] / 1000, d["p99_us"] / 1000, cpu, errors))
def rng(vals, fmt):
    lo, hi = min(vals), max(vals)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else fmt.format(lo) + "–" + fmt.format(hi)
caches = sorted({c for r in rows for c in [r[0]]}, key=lambda x: -int(x))
print(f"wrk -t2 -d{sys.argv[2]}s, {sys.argv[3]} residents' sessions in turn; ranges over the runs\n")
head = "| page | connections |"
for c in caches:
    label = "page cache off" if c == "0" else f"page cache {c} ms"
    head += f" {label}: req/s | p50 ms | p99 ms | CPU ms/req |"
print(head)
print("|---|---:|" + "---:|---:|---:|---:|" * len(caches))
for (page, c), per in by.items():
    line = f"| `{page}` | {c} |"
    for cache in caches:
        v = per.get(cache, [])
        if not v:
            line += " | | | |"; continue
        line += " %s | %s | %s | %s |" % (rng([x[0] for x in v], "{:,.0f}"), rng([x[1] for x in v], "{:.1f}"),
                                          rng([x[2] for x in v], "{:.1f}"), rng([x[3] for x in v], "{:.2f}"))
        if sum(x[4] for x in v):
            line += f" ({sum(x[4] for x in v)} errors)"
    print(line)
PY
