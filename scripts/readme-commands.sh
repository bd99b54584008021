#!/usr/bin/env bash
# Runs the two commands of README.md's "Two commands on a fresh machine", exactly as written
# there, so the README cannot drift from what works (a green CI once hid a first command that
# no longer started anything):
#   1. the demo command, in the background, until http://127.0.0.1:8080/readyz answers 200
#      (then it is stopped again);
#   2. the test command, in the foreground; its exit status is this script's.
# .ci/run calls this script.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The fenced ```sh blocks of the section, one command each, in order.
mapfile -t COMMANDS < <(awk '
    /^## Two commands on a fresh machine/ { section = 1; next }
    /^## / { section = 0 }
    section && /^```sh/ { fence = 1; next }
    section && /^```/ { fence = 0; next }
    section && fence && NF { print }
' README.md)
if [ "${#COMMANDS[@]}" -ne 2 ]; then
    echo "README.md: expected two commands under 'Two commands on a fresh machine', found ${#COMMANDS[@]}" >&2
    exit 1
fi
DEMO="${COMMANDS[0]}"
TESTS="${COMMANDS[1]}"

# The demo writes kansrijk.db and kansrijk.key into the working directory: remove only what
# this run created.
created=()
for f in kansrijk.db kansrijk.db-shm kansrijk.db-wal kansrijk.key; do
    [ -e "$f" ] || created+=("$f")
done
DEMO_PID=""
stop_demo() {
    if [ -n "$DEMO_PID" ]; then
        kill -TERM -- "-$DEMO_PID" 2>/dev/null || kill -TERM "$DEMO_PID" 2>/dev/null || true
        wait "$DEMO_PID" 2>/dev/null || true
        DEMO_PID=""
    fi
    for f in "${created[@]}"; do rm -f "$f"; done
}
trap stop_demo EXIT

echo "== README command 1: $DEMO"
if curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:8080/readyz 2>/dev/null; then
    echo "something already answers on 127.0.0.1:8080; stop it first" >&2
    exit 1
fi
LOG="$(mktemp "${TMPDIR:-/tmp}/kansrijk-demo.XXXXXX")"
set -m
bash -c "$DEMO" >"$LOG" 2>&1 &
DEMO_PID=$!
set +m
# A build on a fresh machine takes minutes; then the demo content is written.
ready=""
for _ in $(seq 1 1800); do
    if ! kill -0 "$DEMO_PID" 2>/dev/null; then
        break
    fi
    if curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:8080/readyz 2>/dev/null; then
        ready=1
        break
    fi
    sleep 1
done
if [ -z "$ready" ]; then
    echo "README command 1 did not serve http://127.0.0.1:8080/readyz; its output:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
fi
# The demo must show its content, not only be alive.
# Read the whole page first: `grep -q` stops reading at the first match, and curl, still
# writing a page that comes in several parts, would then fail the pipeline.
home="$(curl -fsS http://127.0.0.1:8080/)" || {
    echo "README command 1: the home page did not answer" >&2
    exit 1
}
grep -q "Liendert" <<<"$home" || {
    echo "README command 1: the home page does not show the plan" >&2
    exit 1
}
echo "README command 1 serves http://127.0.0.1:8080 (demo content present)"
stop_demo
rm -f "$LOG"

echo "== README command 2: $TESTS"
bash -c "$TESTS"
