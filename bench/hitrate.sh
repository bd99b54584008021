#!/usr/bin/env bash
# The page cache's hit rate with its budget of 4 MiB (`page_cache::MAX_TOTAL_BYTES`) at city and
# national scale: anonymous visitors browse the public pages and the pages of ACTIVITIES coming
# activities, in five languages (bench/wrk/browse.lua: half fixed pages, half activity pages with
# Zipf weights) on an existing data set. Per run it prints the hits, the renders kept (misses),
# the hit rate and how often the budget emptied the cache (from /metrics), req/s, p50 and p99,
# and at the end the server's peak RSS.
#
# Usage: DATABASE_URL=… KANSRIJK_ENCRYPTION_KEY_FILE=… bench/hitrate.sh
# Settings: DURATION=10 RUNS=3 CONNECTIONS=16 ACTIVITIES=5000 BIN_DIR=target/release
# Needs: wrk, curl, python3.
set -euo pipefail

NAME=hitrate
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
DURATION="${DURATION:-10}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-16}"
ACTIVITIES="${ACTIVITIES:-5000}"
export KANSRIJK_METRICS_TOKEN="hitrate-$$-$RANDOM"
port=$(free_port)
BASE="http://127.0.0.1:$port"
metric() { # name: its value in /metrics (0 when not counted yet)
    curl -s -H "Authorization: Bearer $KANSRIJK_METRICS_TOKEN" "$BASE/metrics" |
        awk -v n="$1" '$1 == n {print $2; found=1} END {if (!found) print 0}'
}

"$BIN_DIR/kansrijk-bench" pick-activities --count "$ACTIVITIES" | tr ' ' '\n' >"$TMP/ids"
log "$(wc -l <"$TMP/ids") coming activities"
"$BIN_DIR/kansrijk" serve --bind "127.0.0.1:$port" >"$TMP/server.log" 2>&1 &
SERVER=$!
ready "$BASE" || { cat "$TMP/server.log" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KANSRIJK_METRICS_TOKEN" "$BASE/metrics")" = 200 ] ||
    { cat "$TMP/server.log" >&2; log "no /metrics"; exit 1; }
for run in $(seq 1 "$RUNS"); do
    hits=$(metric page_cache_hits_total)
    misses=$(metric page_cache_misses_total)
    full=$(metric page_cache_full_total)
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/wrk/browse.lua "$BASE" -- "$TMP/ids")
    json=$(printf '%s\n' "$out" | sed -n 's/^WRKJSON //p')
    python3 -c '
import json, sys
d = json.loads(sys.argv[1])
hits, misses, full = (int(float(b)) - int(float(a)) for a, b in zip(sys.argv[2:5], sys.argv[5:8]))
errors = sum(d[k] for k in d if k.startswith("errors_"))
print("[hitrate] run %s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d; hits %d, renders kept %d, hit rate %.1f %%, emptied by the budget %d times"
      % (sys.argv[8], d["requests"], d["requests"] / (d["duration_us"] / 1e6), d["p50_us"] / 1000, d["p99_us"] / 1000,
         errors, hits, misses, 100 * hits / max(hits + misses, 1), full))' \
        "$json" "$hits" "$misses" "$full" "$(metric page_cache_hits_total)" "$(metric page_cache_misses_total)" \
        "$(metric page_cache_full_total)" "$run" >&2
done
log "peak RSS $(awk '/VmHWM/ {printf "%.1f MiB", $2 / 1024}' "/proc/$SERVER/status")"
