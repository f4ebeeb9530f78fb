#!/usr/bin/env bash
# Runs the seeded mutation runner (tests/it/fuzz) for as long as asked, on
# several cores, and reports cases, outcomes, failures and peak memory.
#
#   benches/fuzz.sh [SECONDS] [-j JOBS] [--seed SEED]
#
# Each job runs SECONDS (default 300) with its own seed (SEED, SEED+1, ...;
# default 1), so a run is reproducible: a failing case prints the seed and
# case number that give it again, and its input is saved under
# target/fuzz-findings/. Peak memory is the largest resident set of any
# process of the job (the runner or a worker), from getrusage.
#
# With a nightly toolchain and cargo-fuzz, the coverage-guided targets under
# fuzz/ run too:
#
#   benches/fuzz.sh --libfuzzer pdf [SECONDS] [-j JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=300
jobs=1
seed=1
libfuzzer=""
while [ $# -gt 0 ]; do
    case "$1" in
        -j) jobs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --libfuzzer) libfuzzer="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) seconds="$1"; shift ;;
    esac
done

# Runs a command and prints the peak resident set of it and its children.
peak() {
    python3 -c '
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"peak memory: {r.ru_maxrss / 1024:.0f} MB", file=sys.stderr)
print(f"CPU time: {(r.ru_utime + r.ru_stime) / 60:.1f} min", file=sys.stderr)
sys.exit(code)
' "$@"
}

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

if [ -n "$libfuzzer" ]; then
    corpus="target/fuzz-corpus/$libfuzzer"
    mkdir -p "$corpus" target/fuzz-findings
    # Seeds: the samples (and the shared corpus) of the target's format.
    case "$libfuzzer" in
        pdf) pattern='*.pdf' ;; docx) pattern='*.docx' ;; odt) pattern='*.odt' ;; rtf) pattern='*.rtf' ;;
        latex) pattern='*.tex' ;; typst) pattern='*.typ' ;;
        markdown) pattern='*.md' ;; json_resume) pattern='*.json' ;; text) pattern='*.txt' ;;
        role) pattern='*.toml' ;; config) pattern='.ats.toml' ;;
        *) echo "fuzz.sh: unknown target $libfuzzer" >&2; exit 2 ;;
    esac
    find samples keywords tests/cmd ../shared/corpus -name "$pattern" -not -path '*/hostile/*' \
        -type f -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    cargo +nightly fuzz build "$libfuzzer" >&2
    peak cargo +nightly fuzz run "$libfuzzer" "$corpus" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix=target/fuzz-findings/ 2>&1 | tee "$logs/libfuzzer" |
        grep -E '^#[0-9]+|INFO: fuzzed|crash|timeout|oom|peak memory|CPU time' || true
    exit 0
fi

echo "fuzz: building the runner (release)" >&2
cargo test --release --test it --no-run >&2 2>/dev/null || cargo test --release --test it --no-run
for ((j = 0; j < jobs; j++)); do
    (
        rc=0
        ATS_FUZZ_SEED=$((seed + j)) ATS_FUZZ_SECONDS="$seconds" \
            peak cargo test -q --release --test it fuzz:: -- --nocapture \
            >"$logs/$j.out" 2>"$logs/$j.err" || rc=$?
        echo "$rc" >"$logs/$j.rc"
    ) &
done
wait
status=0
for ((j = 0; j < jobs; j++)); do
    echo "== job $j (seed $((seed + j)))"
    grep -E '^fuzz|peak memory|CPU time|reproduce|hung, crashed' "$logs/$j.err" || true
    [ "$(cat "$logs/$j.rc")" = 0 ] || status=1
done
exit $status
