# Sourced by the bench scripts that load an existing data set (people.sh, hitrate.sh): the
# binaries (built first unless BIN_DIR is given), a temporary folder, and the server in $SERVER,
# stopped on exit. Set NAME (the log prefix) before sourcing.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
: "${DATABASE_URL:?the data set to load (generated with kansrijk-bench data)}"
if [ -z "${BIN_DIR:-}" ]; then
    cargo build --workspace --release --bin kansrijk --bin kansrijk-bench >&2
    BIN_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/release"
fi
export WRK_JSON_LUA="$ROOT/bench/wrk/json.lua"
export KANSRIJK_RUN_JOBS=false

log() { printf '[%s] %s\n' "$NAME" "$*" >&2; }
TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-$NAME.XXXXXX")"
SERVER=""
cleanup() {
    local status=$?
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ready() { for _ in $(seq 1 3000); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/readyz")" = 200 ] && return 0; sleep 0.01; done; return 1; }
