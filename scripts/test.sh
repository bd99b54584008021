#!/usr/bin/env bash
# The whole Kansrijk test suite, as CI runs it:
#   formatting, clippy, the Rust tests (SQLite and PostgreSQL), the binary
#   build, the API fuzzer (schemathesis), the browser suite against SQLite and
#   against PostgreSQL (two instances behind nginx), the bench smoke run, the fuzz targets (10 s
#   each), and the crash and outage tests.
#
# Usage: ./scripts/test.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PG_HOST=127.0.0.1
PG_PORT=5432
PG_ADMIN_URL="postgres://postgres@${PG_HOST}:${PG_PORT}/test"

banner() {
    printf '\n==============================================================================\n'
    printf '== %s\n' "$*"
    printf '==============================================================================\n'
}

# --- clean-up of everything this script creates --------------------------------
E2E_TMP=""
E2E_PG_DB=""
cleanup() {
    local status=$?
    if [ -n "$E2E_PG_DB" ]; then
        psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d test -q -v ON_ERROR_STOP=0 \
            -c "DROP DATABASE IF EXISTS \"$E2E_PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [ -n "$E2E_TMP" ]; then
        rm -rf "$E2E_TMP"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

banner "setup: chromium, PostgreSQL, e2e npm packages, rustfmt/clippy"
./scripts/setup-test-env.sh

banner "cargo fmt --check"
cargo fmt --all -- --check

banner "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

banner "cargo test (every DB test on SQLite and on PostgreSQL)"
export KANSRIJK_TEST_PG_URL="$PG_ADMIN_URL"
cargo test --workspace --locked

banner "cargo build --bin kansrijk (for the browser suite)"
cargo build --locked --bin kansrijk
export KANSRIJK_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/kansrijk"

banner "API: schemathesis against the binary and its OpenAPI document (issue 18, short form)"
./scripts/api-fuzz.sh 50

run_e2e() {
    (cd e2e && node --test --test-concurrency=1 tests/)
}

E2E_TMP="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-e2e.XXXXXX")"

banner "browser suite on SQLite"
# An empty file is a valid empty SQLite database.
: >"$E2E_TMP/e2e.db"
E2E_DATABASE_URL="sqlite://$E2E_TMP/e2e.db" run_e2e

banner "browser suite on PostgreSQL: two instances behind nginx (round robin, no sticky sessions)"
E2E_PG_DB="kansrijk_e2e_$(od -An -N4 -tx4 /dev/urandom | tr -d ' \n')"
psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d test -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE \"$E2E_PG_DB\""
E2E_INSTANCES=2 E2E_DATABASE_URL="postgres://postgres@${PG_HOST}:${PG_PORT}/${E2E_PG_DB}" run_e2e
psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d test -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS \"$E2E_PG_DB\" WITH (FORCE)"
E2E_PG_DB=""

banner "bench smoke: the load harness at neighbourhood scale on SQLite (issue 8)"
./bench/smoke.sh

banner "fuzzing (issue 20, short form): each cargo-fuzz target 10 s, unoptimised build"
FUZZ_DEV=1 ./scripts/fuzz.sh 10

banner "crash and outage tests (issue 20, short form): nothing acknowledged is lost"
python3 scripts/crash-test.py kill9 sqlite --seconds 3 --bin "$KANSRIJK_BIN"
python3 scripts/crash-test.py kill9 postgres --seconds 3 --bin "$KANSRIJK_BIN"
python3 scripts/crash-test.py smtp-outage sqlite --seconds 3 --bin "$KANSRIJK_BIN"
python3 scripts/crash-test.py disk-full --seconds 3 --bin "$KANSRIJK_BIN"
# Last: it stops PostgreSQL for 10 s, which nothing else may notice.
python3 scripts/crash-test.py pg-outage --seconds 3 --bin "$KANSRIJK_BIN"

banner "all tests passed"
