#!/usr/bin/env bash
# Prepare this machine for ./scripts/test.sh. Idempotent and fast when
# everything is already present; installs only what is missing:
#   - Debian's chromium (the browser suite never downloads a browser of its own)
#   - Debian's nginx (two instances behind it in the browser suite on PostgreSQL)
#   - a running PostgreSQL on 127.0.0.1:5432
#   - the e2e suite's npm packages (from e2e/package-lock.json)
#   - the rustfmt and clippy components
#   - schemathesis (pip), the API fuzzer
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[setup-test-env] %s\n' "$*"; }

# --- Chromium (Debian package) ----------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
    log "installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi

# --- wrk, the load tool of bench/smoke.sh (Debian package) -----------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "installing Debian's wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends wrk
fi

# --- nginx, the load balancer in front of two instances (browser suite on PostgreSQL) ---
if [ ! -x /usr/sbin/nginx ]; then
    log "installing Debian's nginx (not started as a service: the suite runs its own)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # policy-rc.d 101: the package must not start the system's nginx on port 80.
    had_policy=0
    [ -e /usr/sbin/policy-rc.d ] && had_policy=1
    [ "$had_policy" = 1 ] || printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    apt-get install -y -q --no-install-recommends nginx
    [ "$had_policy" = 1 ] || rm -f /usr/sbin/policy-rc.d
fi

# --- PostgreSQL ---------------------------------------------------------------
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "starting PostgreSQL"
    for version in $(ls /etc/postgresql); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 0.5
    done
    if ! pg_isready -h 127.0.0.1 -p 5432; then
        log "PostgreSQL did not become ready on 127.0.0.1:5432 within 30 s" >&2
        exit 1
    fi
fi

# --- npm packages of the browser suite ----------------------------------------
E2E="$ROOT/e2e"
if [ ! -d "$E2E/node_modules" ] \
    || [ ! -f "$E2E/node_modules/.package-lock.json" ] \
    || [ "$E2E/package-lock.json" -nt "$E2E/node_modules" ]; then
    log "npm ci in e2e/"
    (cd "$E2E" && npm ci --no-audit --no-fund)
    touch "$E2E/node_modules"
fi

# --- schemathesis, the API fuzzer of scripts/api-fuzz.sh (issue 18) -----------------
if ! command -v schemathesis >/dev/null 2>&1; then
    log "pip install schemathesis"
    python3 -m pip install --quiet --disable-pip-version-check 'schemathesis>=4,<5'
fi

# --- the iCalendar parser the activities feed test checks against (icalendar, RFC 5545) ---
if ! python3 -c 'import icalendar' >/dev/null 2>&1; then
    log "pip install icalendar"
    python3 -m pip install --quiet --disable-pip-version-check icalendar
fi

# --- the SMTP sink the mail tests send to (aiosmtpd, a real SMTP server) ---------
if ! python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
    log "pip install aiosmtpd"
    python3 -m pip install --quiet --disable-pip-version-check aiosmtpd
fi

# --- Rust components ------------------------------------------------------------
missing=()
cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
if [ "${#missing[@]}" -gt 0 ]; then
    log "rustup component add ${missing[*]}"
    rustup component add rustfmt clippy
fi

log "ready"
