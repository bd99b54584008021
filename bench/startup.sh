#!/usr/bin/env bash
# Start-up time of the release server on an existing database, N times:
# process start → first 200 on /readyz (polled every ~2 ms), in milliseconds.
#
# Usage: DATABASE_URL=sqlite:///path/bench.db KANSRIJK_ENCRYPTION_KEY_FILE=key bench/startup.sh [N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/kansrijk"
PORT="${PORT:-18099}"
export KANSRIJK_RUN_JOBS=false KANSRIJK_BIND="127.0.0.1:$PORT"
: "${DATABASE_URL:?set DATABASE_URL to an existing (generated) database}"
for _ in $(seq 1 "${1:-7}"); do
    t0=$(date +%s%N)
    "$BIN" serve >/dev/null 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "server exited" >&2; exit 1; }
        sleep 0.002
    done
    printf '%s ' "$(( ($(date +%s%N) - t0) / 1000000 ))"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
echo
