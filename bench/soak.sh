#!/usr/bin/env bash
# Soak: the demo installation under a steady mixed load (bench/wrk/mixed.lua: twelve pages,
# CONNECTIONS connections each waiting DELAY_MS between requests) for SECONDS; the server's
# resident memory is sampled every INTERVAL seconds. Prints the curve (CSV in RESULTS_DIR) and
# the trend of the second half in KiB per minute: flat memory means no leak.
#
# Usage: bench/soak.sh [sqlite|postgres]
# Settings: SECONDS_TOTAL=3600 INTERVAL=10 CONNECTIONS=8 DELAY_MS=100 PROFILE=release
#           RESULTS_DIR=bench/results
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB_KIND="${1:-sqlite}"
SECONDS_TOTAL="${SECONDS_TOTAL:-3600}"
INTERVAL="${INTERVAL:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
export DELAY_MS="${DELAY_MS:-100}"
PROFILE="${PROFILE:-release}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ "$PROFILE" = dev ]; then BIN="$TARGET_DIR/debug/kansrijk"; else BIN="$TARGET_DIR/$PROFILE/kansrijk"; fi

log() { printf '[soak] %s\n' "$*" >&2; }
TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-soak.XXXXXX")"
PID="" WRK="" PG_DB=""
cleanup() {
    local status=$?
    [ -n "$WRK" ] && kill "$WRK" 2>/dev/null
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    [ -n "$PG_DB" ] && psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

cargo build --profile "$PROFILE" --bin kansrijk >&2
if [ "$DB_KIND" = postgres ]; then
    PG_DB="kansrijk_soak_$$"
    psql "$PG_URL/postgres" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
    export DATABASE_URL="$PG_URL/$PG_DB"
else
    export DATABASE_URL="sqlite://$TMP/soak.db"
fi
export KANSRIJK_ENCRYPTION_KEY_FILE="$TMP/kansrijk.key" KANSRIJK_TRUST_FORWARDED_FOR=true
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" demo --bind "127.0.0.1:$PORT" >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ] && break
    kill -0 "$PID" 2>/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
    sleep 0.05
done
log "demo ready (pid $PID); $SECONDS_TOTAL s of load, $CONNECTIONS connections, ${DELAY_MS} ms between requests"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s -s "$ROOT/bench/wrk/mixed.lua" \
    "http://127.0.0.1:$PORT" >"$TMP/wrk.txt" 2>&1 &
WRK=$!
mkdir -p "$RESULTS_DIR"
CSV="$RESULTS_DIR/soak-$DB_KIND-$(date -u +%Y%m%dT%H%M%SZ).csv"
echo "seconds,rss_kib" >"$CSV"
t0=$(date +%s)
while kill -0 "$WRK" 2>/dev/null; do
    echo "$(( $(date +%s) - t0 )),$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")" >>"$CSV"
    sleep "$INTERVAL"
done
wait "$WRK" || true
WRK=""
kill -0 "$PID" 2>/dev/null || { log "the server died"; exit 1; }
grep -E "Requests/sec|requests in|Non-2xx|Socket errors" "$TMP/wrk.txt" >&2 || true
python3 - "$CSV" <<'PY'
import csv, sys
rows = [(int(r["seconds"]), int(r["rss_kib"])) for r in csv.DictReader(open(sys.argv[1]))]
half = rows[len(rows) // 2:]
n = len(half)
mx = sum(t for t, _ in half) / n
my = sum(v for _, v in half) / n
den = sum((t - mx) ** 2 for t, _ in half) or 1
slope = sum((t - mx) * (v - my) for t, v in half) / den * 60
print(f"[soak] RSS: start {rows[0][1] / 1024:.1f} MiB, max {max(v for _, v in rows) / 1024:.1f} MiB, "
      f"end {rows[-1][1] / 1024:.1f} MiB; trend over the second half {slope:+.1f} KiB/min ({len(rows)} samples, {sys.argv[1]})")
PY
