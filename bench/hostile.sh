#!/usr/bin/env bash
# Memory under hostile traffic (issue 20, item 6): the demo installation is crawled in every
# language, asked for its known paths with 50,000 made-up query parameters, and every form is
# posted with hostile values (bench/hostile.py), while the server's VmRSS is sampled every 0.1 s.
# Fails (exit 1) when the peak RSS (sampled, or the kernel's VmHWM) reaches LIMIT_MIB or any
# answer was a 5xx.
#
# Usage: bench/hostile.sh [sqlite|postgres]
# Settings: PROFILE=release-small (the build for a small server, which the 64 MB target is for)
#           LIMIT_MIB=64 QUERIES=50000 THREADS=8 WRK_SECONDS=10 BODY_LIMIT=262144 (bytes, for the
#           bodies just under and over the limit)
#           BIN=path/to/kansrijk (another build, e.g. to compare allocators)
#           RESULTS_DIR=bench/results
#           PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 (another malloc for the server only,
#           to compare allocators without rebuilding)
# The server gets the caller's environment, so glibc tuning is tried with e.g.
#   MALLOC_ARENA_MAX=2 bench/hostile.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB_KIND="${1:-sqlite}"
PROFILE="${PROFILE:-release-small}"
LIMIT_MIB="${LIMIT_MIB:-64}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ -z "${BIN:-}" ]; then
    if [ "$PROFILE" = dev ]; then BIN="$TARGET_DIR/debug/kansrijk"; else BIN="$TARGET_DIR/$PROFILE/kansrijk"; fi
    cargo build --profile "$PROFILE" -p kansrijk --bin kansrijk >&2
fi

log() { printf '[hostile] %s\n' "$*" >&2; }
TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-hostile.XXXXXX")"
PID="" PG_DB=""
cleanup() {
    local status=$?
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    [ -n "$PG_DB" ] && psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

if [ "$DB_KIND" = postgres ]; then
    PG_DB="kansrijk_hostile_$$"
    psql "$PG_URL/postgres" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
    export DATABASE_URL="$PG_URL/$PG_DB"
else
    export DATABASE_URL="sqlite://$TMP/hostile.db"
fi
# Forwarded-for is trusted so that the second round of form posts can come from many addresses
# (a botnet), which the rate limits then do not stop.
export KANSRIJK_ENCRYPTION_KEY_FILE="$TMP/kansrijk.key" KANSRIJK_TRUST_FORWARDED_FOR=true
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env ${PRELOAD:+LD_PRELOAD="$PRELOAD"} "$BIN" demo --bind "127.0.0.1:$PORT" >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ] && break
    kill -0 "$PID" 2>/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
    sleep 0.05
done
log "demo ready (pid $PID, $BIN${PRELOAD:+ with $PRELOAD}${MALLOC_ARENA_MAX:+, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX})"
mkdir -p "$RESULTS_DIR"
CSV="$RESULTS_DIR/hostile-$DB_KIND-$(date -u +%Y%m%dT%H%M%SZ).csv"
status=0
python3 "$ROOT/bench/hostile.py" --port "$PORT" --pid "$PID" --limit-mib "$LIMIT_MIB" \
    --queries "${QUERIES:-50000}" --threads "${THREADS:-8}" --wrk-seconds "${WRK_SECONDS:-10}" \
    ${BODY_LIMIT:+--body-limit "$BODY_LIMIT"} \
    --csv "$CSV" || status=$?
if grep -qiE 'panicked|ERROR' "$TMP/server.log"; then
    log "errors in the server log:"
    grep -iE 'panicked|ERROR' "$TMP/server.log" | head -20 >&2
fi
log "RSS samples: $CSV"
exit "$status"
