#!/usr/bin/env bash
# Load test of Kansrijk at one scale on one database, next to nginx serving byte-identical
# copies of the same pages (the machine's limit). See BENCHMARKS.md.
#
# Usage: bench/run.sh neighbourhood|city|national [sqlite|postgres]
#
# Settings (environment):
#   DURATION=10            seconds per page and connection count
#   CONNECTIONS="1 16 64"  connection counts
#   PROFILE=release        cargo profile of kansrijk and kansrijk-bench (smoke.sh uses dev)
#   BIN_DIR=path           use the kansrijk and kansrijk-bench binaries there; nothing is built
#   WITH_NGINX=1           also load nginx with the saved pages (0: skip)
#   WITH_PAGES=1           load the public pages (0: only the writes, e.g. to repeat those)
#   ONLY_PAGES="a b"       load only these public pages (and the activity page)
#   WITH_WRITES=1          also measure report submissions and activity registrations (durable writes)
#   UNCACHED=1             also load every page with the page cache off (KANSRIJK_PAGE_CACHE_MILLIS=0)
#   PORT=18080 NGINX_PORT=18081
#   PG_URL=postgres://postgres@127.0.0.1:5432   (a database kansrijk_bench_<scale> is (re)created)
#   KEEP_DB=0              1: keep the generated database (printed at the end)
#   PG_DB=name             PostgreSQL only: use this already generated database on PG_URL
#                          instead of (re)creating kansrijk_bench_<scale>; it is kept
#   PG_QUERY=?name=value   PostgreSQL only: connection options after the database name (e.g.
#                          ?statement-cache-capacity=1000), for trying a pool setting
#   SQLITE_DB=path         SQLite only: use this already generated database (from
#                          `kansrijk-bench data`, same KANSRIJK_ENCRYPTION_KEY_FILE) instead of
#                          generating one; the run adds its report submissions to it
#   RESULTS_DIR=bench/results
# Needs: wrk, curl, python3; nginx when WITH_NGINX=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SCALE="${1:?usage: bench/run.sh neighbourhood|city|national [sqlite|postgres]}"
DB_KIND="${2:-sqlite}"
case "$SCALE" in neighbourhood|city|national) ;; *) echo "unknown scale $SCALE" >&2; exit 2 ;; esac
case "$DB_KIND" in sqlite|postgres) ;; *) echo "unknown database $DB_KIND" >&2; exit 2 ;; esac

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-1 16 64}"
PROFILE="${PROFILE:-release}"
WITH_NGINX="${WITH_NGINX:-1}"
WITH_WRITES="${WITH_WRITES:-1}"
WITH_PAGES="${WITH_PAGES:-1}"
UNCACHED="${UNCACHED:-1}"
PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
KEEP_DB="${KEEP_DB:-0}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
BUILD=1
if [ -n "${BIN_DIR:-}" ]; then BUILD=0
elif [ "$PROFILE" = dev ]; then BIN_DIR="$TARGET_DIR/debug"; else BIN_DIR="$TARGET_DIR/$PROFILE"; fi

# Public pages; the activity page is added once the data exists (an upcoming activity without a
# capacity limit, which also receives the registration POSTs).
PAGES=(
    /
    /aanpak/liendert-voor-iedereen
    /activiteiten
    /afspraken
    /training
    /meldpunt/melden
    /meldpunt/cijfers
    /api/v1/programmes
    /api/v1/areas
    /api/v1/activities
    /api/v1/charter
    /api/v1/reports/figures
    /monitor
    "/monitor/kaart?indicator=cohesion"
    "/monitor/trend?indicator=cohesion&buurt=BU03071000"
)

# ONLY_PAGES="/activiteiten /meldpunt/cijfers": load just these (the home page, whose sizes are
# reported, and the activity page are added all the same), e.g. for the cost-of-growth table.
if [ -n "${ONLY_PAGES:-}" ]; then
    read -r -a PAGES <<<"$ONLY_PAGES"
    case " $ONLY_PAGES " in *" / "*) ;; *) PAGES=(/ "${PAGES[@]}") ;; esac
fi

log() { printf '[bench] %s\n' "$*" >&2; }
# need COMMAND DEBIAN-PACKAGE: installs the package when the command is missing and we may.
need() {
    command -v "$1" >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing $2 (apt) for $1"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1; }
    fi
    command -v "$1" >/dev/null || { echo "bench/run.sh needs $1 (apt-get install $2)" >&2; exit 1; }
}
need wrk wrk
need curl curl
need python3 python3
if [ "$WITH_NGINX" = 1 ]; then need nginx nginx-light; fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-bench.XXXXXX")"
chmod 755 "$TMP"
SERVER_PID=""
NGINX_PID=""
EXISTING_PG_DB="${PG_DB:-}"
PG_DB=""
cleanup() {
    local status=$?
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    if [ -n "$PG_DB" ] && [ "$KEEP_DB" != 1 ]; then
        psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- build ----------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
    log "cargo build --workspace --profile $PROFILE --bin kansrijk --bin kansrijk-bench"
    cargo build --workspace --profile "$PROFILE" --bin kansrijk --bin kansrijk-bench >&2
fi

# --- data -----------------------------------------------------------------------------------
if [ "$DB_KIND" = sqlite ] && [ -n "${SQLITE_DB:-}" ]; then
    export DATABASE_URL="sqlite://$SQLITE_DB"
elif [ "$DB_KIND" = sqlite ]; then
    export DATABASE_URL="sqlite://$TMP/bench.db"
elif [ -n "$EXISTING_PG_DB" ]; then
    export DATABASE_URL="$PG_URL/$EXISTING_PG_DB${PG_QUERY:-}"
else
    PG_DB="kansrijk_bench_${SCALE}"
    psql "$PG_URL/postgres" -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null
    psql "$PG_URL/postgres" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
    export DATABASE_URL="$PG_URL/$PG_DB${PG_QUERY:-}"
fi
export KANSRIJK_ENCRYPTION_KEY_FILE="${KANSRIJK_ENCRYPTION_KEY_FILE:-$TMP/kansrijk.key}"
export KANSRIJK_RUN_JOBS=false
export KANSRIJK_TRUST_FORWARDED_FOR=true
export KANSRIJK_BIND="127.0.0.1:$PORT"

if { [ -n "${SQLITE_DB:-}" ] && [ "$DB_KIND" = sqlite ]; } || { [ -n "$EXISTING_PG_DB" ] && [ "$DB_KIND" = postgres ]; }; then
    log "using the existing database $DATABASE_URL (no generation)"
    echo "existing database $DATABASE_URL" >"$TMP/generate.txt"
    gen_ms=0
else
    log "generating $SCALE data on $DB_KIND"
    gen_start=$(date +%s%N)
    "$BIN_DIR/kansrijk-bench" data --scale "$SCALE" | tee "$TMP/generate.txt" >&2
    gen_ms=$(( ($(date +%s%N) - gen_start) / 1000000 ))
fi

# --- start the server on the existing database, time to the first 200 on /readyz -------------
BASE="http://127.0.0.1:$PORT"
start_server() { # sets SERVER_PID and STARTUP_MS
    local t0
    t0=$(date +%s%N)
    "$BIN_DIR/kansrijk" serve >"$TMP/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz" 2>/dev/null)" = 200 ]; then
            STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server.log" >&2; return 1; }
        sleep 0.002
    done
    echo "server did not become ready" >&2
    return 1
}
ACTIVITY=$("$BIN_DIR/kansrijk-bench" pick-activity)
PAGES+=("/activiteiten/$ACTIVITY")
start_server
startup_ms=$STARTUP_MS
log "server ready after ${startup_ms} ms (pid $SERVER_PID)"

# --- save a byte-identical copy of every page (first, cold request timed) --------------------
WWW="$TMP/www"
mkdir -p "$WWW"
# The query string is not part of the file name (nginx matches the path alone).
saved() { local p="${1%%\?*}"; printf '%s/index.html' "$WWW${p%/}"; }
: >"$TMP/cold.tsv"
for page in "${PAGES[@]}"; do
    # Every page as <path>/index.html: /activiteiten and /activiteiten/<id> both fit.
    file="$(saved "$page")"
    mkdir -p "$(dirname "$file")"
    t=$(curl -sf -o "$file" -w '%{time_total}' "$BASE$page")
    printf '%s\t%s\t%s\n' "$page" "$t" "$(stat -c %s "$file")" >>"$TMP/cold.tsv"
done
home_gzip=$(curl -s --compressed -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$BASE/")
home_br=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "$BASE/")
home_plain=$(stat -c %s "$WWW/index.html")
log "home page: $home_plain bytes, gzip $home_gzip, br $home_br"

# --- load -----------------------------------------------------------------------------------
: >"$TMP/runs.tsv"
run_wrk() { # target page connections url [wrk args…]
    local target=$1 page=$2 c=$3 url=$4
    shift 4
    local threads=2
    [ "$c" -lt 2 ] && threads=1
    local out cpu_before=0 cpu_after=0
    # The server's CPU time (user + system, in clock ticks) around the run: CPU per request.
    [ -n "$SERVER_PID" ] && cpu_before=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    out=$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s "$url" "$@")
    [ -n "$SERVER_PID" ] && cpu_after=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
    local json
    json=$(printf '%s\n' "$out" | sed -n 's/^WRKJSON //p')
    # The wrk figures with the server's CPU per request added (µs; none for nginx), one line per run.
    json=$(python3 -c 'import json,sys,os; d=json.loads(sys.argv[1]); d["server_cpu_us"]=None if sys.argv[2]=="nginx" else round(int(sys.argv[3])*1e6/os.sysconf("SC_CLK_TCK")/max(d["requests"],1)); print(json.dumps(d))' "$json" "$target" "$((cpu_after - cpu_before))")
    printf '%s\t%s\t%s\t%s\n' "$target" "$page" "$c" "$json" >>"$TMP/runs.tsv"
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); cpu=d["server_cpu_us"]; print("[bench] %-6s %-32s c=%-3s %9.0f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d  server CPU %s" % (sys.argv[2], sys.argv[3], sys.argv[4], d["requests"]/(d["duration_us"]/1e6), d["p50_us"]/1000, d["p95_us"]/1000, d["p99_us"]/1000, d["errors_connect"]+d["errors_read"]+d["errors_write"]+d["errors_status"]+d["errors_timeout"], "%d us/req" % cpu if cpu is not None else "-"))' "$json" "$target" "$page" "$c" >&2
}

load_pages() { # target: every page at every connection count against our server
    local page c
    [ "$WITH_PAGES" = 1 ] || return 0
    for page in "${PAGES[@]}"; do
        for c in $CONNECTIONS; do
            run_wrk "$1" "$page" "$c" "$BASE$page" -s "$ROOT/bench/wrk/json.lua"
        done
    done
}
load_pages app
rss_reads_kb=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

# --- the same pages without the page cache: every request rendered from the database ----------
# Before the writes (fair order): both read passes see the same database, not one with the
# reports and registrations the write benchmarks add.
rss_nocache_kb=""
if [ "$UNCACHED" = 1 ]; then
    stop_server
    KANSRIJK_PAGE_CACHE_MILLIS=0 start_server
    load_pages nocache
    rss_nocache_kb=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
    stop_server
    # The writes run against the default configuration again (page cache on).
    start_server
fi

: >"$TMP/writes.tsv"
# Durable writes: wrk POSTs valid forms; the stored rows are counted in the database before and
# after, because only a committed row counts (a form shown again with errors is a 200 as well).
measure_writes() { # kind form-page post-path count-command check-status fields [label target]
    local kind=$1 form_page=$2 path=$3 count=$4 expect=$5 fields=$6
    local label=${7:-$3} target=${8:-$3}
    local jar="$TMP/cookies-$kind.txt" form csrf cookie code run=0 before after
    form=$(curl -s -c "$jar" "$BASE$form_page")
    csrf=$(printf '%s' "$form" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    cookie=$(awk '$6 == "kr_csrf" {print "kr_csrf=" $7}' "$jar")
    [ -n "$csrf" ] && [ -n "$cookie" ] || { echo "no CSRF token or cookie on $form_page" >&2; exit 1; }
    # One by hand first: it must be accepted.
    code=$(curl -s -o "$TMP/answer-$kind.html" -w '%{http_code}' -H "Cookie: $cookie" -H 'Sec-Fetch-Site: same-origin' \
        -H 'X-Forwarded-For: 192.0.2.1' --data "csrf=$csrf&$fields" "$BASE$path")
    [ "$code" = "$expect" ] || { echo "$kind POST $path answered $code, expected $expect" >&2; exit 1; }
    for c in $CONNECTIONS; do
        run=$((run + 1))
        before=$("$BIN_DIR/kansrijk-bench" "$count")
        run_wrk write "$label" "$c" "$BASE" -s "$ROOT/bench/wrk/post.lua" -- "$csrf" "$cookie" "$run" "$kind" "$target"
        after=$("$BIN_DIR/kansrijk-bench" "$count")
        printf '%s\t%s\t%s\n' "$label" "$c" "$((after - before))" >>"$TMP/writes.tsv"
        log "writes $kind c=$c: $((after - before)) rows stored in ${DURATION} s"
    done
}
if [ "$WITH_WRITES" = 1 ]; then
    measure_writes report /meldpunt/melden /meldpunt/versturen count-reports 200 \
        "role=victim&narrative=Ik+werd+uitgescholden+om+mijn+afkomst.&location=BU03071000&terrain=public_space&grounds=origin&nature=hostile_treatment&wants=register&residence=municipality&privacy_read=yes"
    measure_writes registration "/activiteiten/$ACTIVITY" "/activiteiten/$ACTIVITY/aanmelden" count-registrations 303 \
        "name=Bench+deelnemer&email=deelnemer%40bench.invalid&people=1&consent=1&key=bench-by-hand-1-$(date +%s%N)"
    # The same, spread over the coming activities (most with a capacity, so each registration
    # counts the places under the activity's lock; beyond the capacity it joins the waiting list).
    SPREAD=$("$BIN_DIR/kansrijk-bench" pick-activities --count 200)
    measure_writes spread "/activiteiten/$ACTIVITY" "/activiteiten/$ACTIVITY/aanmelden" count-registrations 303 \
        "name=Bench+deelnemer&email=deelnemer%40bench.invalid&people=1&consent=1&key=bench-by-hand-2-$(date +%s%N)" \
        "/activiteiten/{$(echo "$SPREAD" | wc -w) activities}/aanmelden" "$SPREAD"
fi
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
stop_server

# --- nginx with the same bytes --------------------------------------------------------------
if [ "$WITH_NGINX" = 1 ]; then
    mkdir -p "$TMP/nginx/tmp"
    cat >"$TMP/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $TMP/nginx/tmp/body;
    proxy_temp_path $TMP/nginx/tmp/proxy;
    fastcgi_temp_path $TMP/nginx/tmp/fastcgi;
    uwsgi_temp_path $TMP/nginx/tmp/uwsgi;
    scgi_temp_path $TMP/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WWW;
        location / { default_type text/html; try_files \$uri \$uri/index.html =404; }
        location /api/ { default_type application/json; try_files \$uri/index.html =404; }
    }
}
NGINX
    chmod -R a+rX "$TMP/nginx" "$WWW"
    nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" &
    NGINX_PID=$!
    for _ in $(seq 1 500); do
        curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break
        sleep 0.01
    done
    for page in "${PAGES[@]}"; do
        got=$(curl -s "http://127.0.0.1:$NGINX_PORT$page" | cmp - "$(saved "$page")" && echo same || echo different)
        [ "$got" = same ] || { echo "nginx does not serve the saved bytes of $page" >&2; exit 1; }
        for c in $CONNECTIONS; do
            run_wrk nginx "$page" "$c" "http://127.0.0.1:$NGINX_PORT$page" -s "$ROOT/bench/wrk/json.lua"
        done
    done
    kill "$NGINX_PID"
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
fi

# --- results --------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$RESULTS_DIR/$stamp-$SCALE-$DB_KIND"
python3 "$ROOT/bench/report.py" "$TMP" "$out" \
    scale="$SCALE" db="$DB_KIND" duration_s="$DURATION" profile="$PROFILE" \
    generate_ms="$gen_ms" startup_ms="$startup_ms" rss_reads_kb="$rss_reads_kb" rss_peak_kb="$rss_kb" rss_nocache_kb="$rss_nocache_kb" \
    home_bytes="$home_plain" home_gzip_bytes="$home_gzip" home_br_bytes="$home_br" \
    cores="$(nproc)" mem_kb="$(awk '/MemTotal/ {print $2}' /proc/meminfo)" \
    loadavg_end="$(cut -d' ' -f1-3 /proc/loadavg)" date="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
log "results: $out.json and $out.md"
if [ "$KEEP_DB" = 1 ] && [ -n "$PG_DB" ]; then log "kept database $DATABASE_URL"; PG_DB=""; fi
