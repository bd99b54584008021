#!/usr/bin/env bash
# Throughput of one versus two app instances on one PostgreSQL database, both behind the same
# nginx (round robin, no sticky sessions), with the page cache off so every request does the
# application's work. Prints one line per page and instance count, and a Markdown table for
# BENCHMARKS.md ("Scale-out: 1 vs 2 instances").
#
# Usage: bench/instances.sh [neighbourhood|city|national]
# Settings: DURATION=10 CONNECTIONS=64 PROFILE=release PG_URL=postgres://postgres@127.0.0.1:5432
#           PG_DB=name (use an already generated database; otherwise kansrijk_bench_instances_<scale>
#           is generated and dropped at the end)
# Needs: wrk, curl, nginx, python3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SCALE="${1:-city}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
PROFILE="${PROFILE:-release}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ "$PROFILE" = dev ]; then BIN_DIR="$TARGET_DIR/debug"; else BIN_DIR="$TARGET_DIR/$PROFILE"; fi
PAGES=(/ /aanpak/liendert-voor-iedereen /activiteiten /api/v1/activities)

log() { printf '[instances] %s\n' "$*" >&2; }
TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-instances.XXXXXX")"
chmod 755 "$TMP"
PIDS=()
OWN_DB=""
stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    PIDS=()
}
cleanup() {
    local status=$?
    stop_all
    if [ -n "$OWN_DB" ]; then
        psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS \"$OWN_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

log "cargo build --profile $PROFILE --bin kansrijk --bin kansrijk-bench"
cargo build --workspace --profile "$PROFILE" --bin kansrijk --bin kansrijk-bench >&2
export KANSRIJK_ENCRYPTION_KEY_FILE="$TMP/kansrijk.key"
export KANSRIJK_RUN_JOBS=false KANSRIJK_TRUST_FORWARDED_FOR=true KANSRIJK_PAGE_CACHE_MILLIS=0
if [ -n "${PG_DB:-}" ]; then
    export DATABASE_URL="$PG_URL/$PG_DB"
else
    OWN_DB="kansrijk_bench_instances_${SCALE}"
    psql "$PG_URL/postgres" -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$OWN_DB\" WITH (FORCE)" \
        -c "CREATE DATABASE \"$OWN_DB\"" >/dev/null
    export DATABASE_URL="$PG_URL/$OWN_DB"
    log "generating $SCALE data"
    "$BIN_DIR/kansrijk-bench" data --scale "$SCALE" >&2
fi
PAGES+=("/activiteiten/$("$BIN_DIR/kansrijk-bench" pick-activity)")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 3000); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/readyz")" = 200 ] && return 0; sleep 0.01; done; return 1; }

PROXY_PORT=$(free_port)
: >"$TMP/results.tsv"
for n in 1 2; do
    ports=()
    for i in $(seq 1 "$n"); do
        port=$(free_port)
        "$BIN_DIR/kansrijk" serve --bind "127.0.0.1:$port" >"$TMP/server-$n-$i.log" 2>&1 &
        PIDS+=($!)
        ready "http://127.0.0.1:$port" || { cat "$TMP/server-$n-$i.log" >&2; exit 1; }
        ports+=("$port")
    done
    mkdir -p "$TMP/nginx-$n"
    {
        echo "daemon off; worker_processes 1; pid $TMP/nginx-$n/pid; error_log stderr warn;"
        [ "$(id -u)" = 0 ] && echo "user root;"
        echo "events { worker_connections 4096; }"
        echo "http { access_log off; proxy_temp_path $TMP/nginx-$n/proxy; client_body_temp_path $TMP/nginx-$n/body;"
        echo "  fastcgi_temp_path $TMP/nginx-$n/f; uwsgi_temp_path $TMP/nginx-$n/u; scgi_temp_path $TMP/nginx-$n/s;"
        echo "  upstream kansrijk {"
        for p in "${ports[@]}"; do echo "    server 127.0.0.1:$p;"; done
        echo "    keepalive 64; }"
        echo "  server { listen 127.0.0.1:$PROXY_PORT; location / { proxy_pass http://kansrijk;"
        echo "    proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$http_host;"
        echo "    proxy_set_header X-Forwarded-For \$remote_addr; } } }"
    } >"$TMP/nginx-$n/nginx.conf"
    nginx -p "$TMP/nginx-$n" -c "$TMP/nginx-$n/nginx.conf" 2>"$TMP/nginx-$n/log" &
    PIDS+=($!)
    ready "http://127.0.0.1:$PROXY_PORT"
    for page in "${PAGES[@]}"; do
        curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT$page" # warm
        json=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/wrk/json.lua" \
            "http://127.0.0.1:$PROXY_PORT$page" | sed -n 's/^WRKJSON //p')
        rss=0
        for pid in "${PIDS[@]:0:$n}"; do
            rss=$(( rss + $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") ))
        done
        printf '%s\t%s\t%s\t%s\n' "$n" "$page" "$rss" "$json" >>"$TMP/results.tsv"
        python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("[instances] n=%s %-34s %8.0f req/s  p99 %7.2f ms  errors %d" % (sys.argv[2], sys.argv[3], d["requests"]/(d["duration_us"]/1e6), d["p99_us"]/1000, d["errors_connect"]+d["errors_read"]+d["errors_write"]+d["errors_status"]+d["errors_timeout"]))' "$json" "$n" "$page" >&2
    done
    stop_all
done

python3 - "$TMP/results.tsv" "$SCALE" "$CONNECTIONS" "$DURATION" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t", 3) for l in open(sys.argv[1]) if l.strip()]
by = {}
for n, page, rss, js in rows:
    d = json.loads(js)
    by.setdefault(page, {})[n] = (d["requests"] / (d["duration_us"] / 1e6), d["p99_us"] / 1000, int(rss) / 1024,
                                  sum(d[k] for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout")))
print(f"Scale {sys.argv[2]}, PostgreSQL, page cache off, nginx round robin, wrk -t2 -c{sys.argv[3]} -d{sys.argv[4]}s\n")
print("| page | 1 instance req/s | p99 ms | 2 instances req/s | p99 ms | ratio | errors | peak RSS (MiB, all instances) 1 / 2 |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for page, r in by.items():
    a, b = r.get("1"), r.get("2")
    if not (a and b):
        continue
    print(f"| `{page}` | {a[0]:.0f} | {a[1]:.1f} | {b[0]:.0f} | {b[1]:.1f} | {b[0]/a[0]:.2f} | {a[3]+b[3]} | {a[2]:.0f} / {b[2]:.0f} |")
PY
