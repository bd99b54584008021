#!/usr/bin/env bash
set -euo pipefail
# The two figures pages of an existing data set at 1 and 16 connections (no nginx), e.g.
#   DATABASE_URL=sqlite:///tmp/natgen/nat.db KANSRIJK_ENCRYPTION_KEY_FILE=/tmp/natgen/key bench/figures-check.sh
# Used to re-measure national SQLite after the fix of the list of years (BENCHMARKS.md).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${DATABASE_URL:?set DATABASE_URL}"
export KANSRIJK_RUN_JOBS=false KANSRIJK_BIND=127.0.0.1:18097
target/release/kansrijk serve > /tmp/figcheck-server.log 2>&1 &
pid=$!
for i in $(seq 1 500); do curl -sf -o /dev/null http://127.0.0.1:18097/readyz && break; sleep 0.02; done
for p in /meldpunt/cijfers /api/v1/reports/figures; do
  curl -s -o /dev/null -w "cold $p %{time_total}s %{size_download}B\n" "http://127.0.0.1:18097$p"
done
for p in /meldpunt/cijfers /api/v1/reports/figures; do
  for c in 1 16; do
    t=1; [ $c -gt 1 ] && t=2
    echo "== $p c=$c"
    wrk -t$t -c$c -d5s --timeout 10s -s bench/wrk/json.lua "http://127.0.0.1:18097$p" | grep -E "Requests/sec|WRKJSON"
  done
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%T)"
kill $pid
