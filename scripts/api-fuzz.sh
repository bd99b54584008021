#!/usr/bin/env bash
# Property-based test of the API against its OpenAPI document (issue 18): schemathesis generates
# requests from /api/v1/openapi.json and sends them to the real binary (`kansrijk demo` on a
# fresh SQLite database). It fails on any 5xx, any answer the document does not describe
# (status, headers, body schema, content type), any request that breaks the schema but is
# accepted, and an undeclared method without 405.
#
# Usage: ./scripts/api-fuzz.sh [max-examples per operation, default 100]
#   KANSRIJK_BIN   the binary (default target/debug/kansrijk, built when missing)
#   API_FUZZ_TOKEN an API token to send as Bearer (default: one made with `kansrijk api-token create`)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
EXAMPLES="${1:-100}"
BIN="${KANSRIJK_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/kansrijk}"
[ -x "$BIN" ] || cargo build --locked --bin kansrijk

if ! command -v schemathesis >/dev/null 2>&1; then
    echo "schemathesis is missing: ./scripts/setup-test-env.sh installs it" >&2
    exit 1
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-fuzz.XXXXXX")"
SERVER=""
cleanup() {
    local status=$?
    if [ -n "$SERVER" ]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT

# A free port from the kernel.
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
: >"$TMP/fuzz.db"
DATABASE_URL="sqlite://$TMP/fuzz.db" \
KANSRIJK_ENCRYPTION_KEY_FILE="$TMP/fuzz.key" \
KANSRIJK_RUN_JOBS=false \
    "$BIN" demo --bind "127.0.0.1:$PORT" >"$TMP/server.log" 2>&1 &
SERVER=$!

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do
    curl -fs "$BASE/readyz" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$TMP/server.log" >&2; exit 1; }
    sleep 0.2
done

# A key with every scope for the demo's Huis van de Wijk, so the protected operations are
# generated too (API_FUZZ_TOKEN overrides it).
TOKEN="${API_FUZZ_TOKEN:-}"
if [ -z "$TOKEN" ]; then
    TOKEN="$(DATABASE_URL="sqlite://$TMP/fuzz.db" KANSRIJK_ENCRYPTION_KEY_FILE="$TMP/fuzz.key" \
        "$BIN" api-token create --organisation "Huis van de Wijk Liendert" \
        --scopes registrations,cases,coverage --description "api-fuzz" | tail -n 1)"
fi
# The operations that need a key or a login (they declare 401).
PROTECTED='^/(activities/\{id\}/registrations|reports/cases|training/coverage)$'

# --checks all: not_a_server_error, status_code_conformance, content_type_conformance,
# response_headers_conformance, response_schema_conformance, negative_data_rejection,
# unsupported_method, … The seed keeps a run reproducible; a failure prints a curl command.
# From the temporary directory: schemathesis keeps a cache of its findings in the working directory.
fuzz() {
    (cd "$TMP" && schemathesis run "$BASE/api/v1/openapi.json" \
        --url "$BASE/api/v1" \
        --checks all \
        --max-examples "$EXAMPLES" \
        --seed 18 \
        --workers 1 \
        --request-timeout 10 \
        --suppress-health-check all \
        "$@")
}
status=0
# Every operation as an anonymous caller (the protected ones must answer 401 as documented) …
fuzz || status=$?
# … and the protected ones again with the key, below its rate limit (120 a minute).
fuzz --include-path-regex "$PROTECTED" --rate-limit 100/m \
    --header "Authorization: Bearer $TOKEN" || status=$?

if grep -q "panicked" "$TMP/server.log"; then
    echo "the server panicked:" >&2
    grep -A5 "panicked" "$TMP/server.log" >&2
    status=1
fi
exit "$status"
