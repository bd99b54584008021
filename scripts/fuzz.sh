#!/usr/bin/env bash
# Fuzzing (issue 20, item 7): each target in fuzz/ runs for SECONDS (default 60) with cargo-fuzz
# (libFuzzer) on stable Rust. `--sanitizer none` is what makes stable work: cargo-fuzz then passes
# only stable `-C` options for the coverage instrumentation (no `-Z`, no RUSTC_BOOTSTRAP); our code
# has no `unsafe` of its own for AddressSanitizer to watch.
#
# Usage: scripts/fuzz.sh [seconds] [target…]
# Targets: form_decoding csv_writer geojson_import receipt_code (all when none are named).
# New interesting inputs collect in fuzz/corpus/<target> (not in git); the seeds in
# fuzz/seeds/<target> are read every run. A crash stops with exit 1 and leaves its input in
# fuzz/artifacts/<target>/; `cargo fuzz run -s none <target> <file>` (in fuzz/) replays it.
# Needs a C++ compiler (libFuzzer is built from source by libfuzzer-sys).
# FUZZ_DEV=1 builds without optimisations: the instrumented build of the kernel and its
# dependencies takes a few minutes instead of a quarter of an hour, and finds the same crashes,
# only with fewer inputs per second. scripts/test.sh uses it for CI's short form.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(form_decoding csv_writer geojson_import receipt_code)

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "[fuzz] installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked >&2
fi
MODE=()
[ "${FUZZ_DEV:-0}" = 1 ] && MODE=(--dev)
cd "$ROOT/fuzz"
echo "[fuzz] building ${TARGETS[*]}" >&2
for target in "${TARGETS[@]}"; do
    cargo fuzz build "${MODE[@]}" -s none "$target" >&2
done
for target in "${TARGETS[@]}"; do
    mkdir -p "corpus/$target"
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    echo "[fuzz] $target for $SECONDS_EACH s" >&2
    # -rss_limit_mb: a single input must not make the parser hold more than this.
    cargo fuzz run "${MODE[@]}" -s none "$target" "corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=512 -max_len=65536 -print_final_stats=1 2>"corpus/$target.log" \
        || { tail -40 "corpus/$target.log" >&2; echo "[fuzz] $target FAILED (input in fuzz/artifacts/$target/)" >&2; exit 1; }
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "corpus/$target.log" | tr '\n' ' ' | sed "s/^/[fuzz] $target: /" >&2
    echo >&2
done
echo "[fuzz] all targets ran ${SECONDS_EACH} s without a crash" >&2
