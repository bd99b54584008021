#!/usr/bin/env bash
# Smoke test of the load harness, in seconds: neighbourhood scale on SQLite, 1 connection, 1 s
# per page, report submissions for 1 s, no nginx, no thresholds. Uses the debug build that the
# test suite has already made (PROFILE=release to use release binaries). Prints a short table.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DURATION="${DURATION:-1}"
export CONNECTIONS="${CONNECTIONS:-1}"
export PROFILE="${PROFILE:-dev}"
export WITH_NGINX="${WITH_NGINX:-0}"
export WITH_WRITES="${WITH_WRITES:-1}"
export PORT="${PORT:-18090}"
export RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results/smoke}"
exec "$ROOT/bench/run.sh" neighbourhood sqlite
