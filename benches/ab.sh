#!/usr/bin/env bash
# Two builds of `ats` on the same `screen` batch, in one run: did a change
# make screening slower? Runs alternate between the builds so drift on a
# shared machine hits both alike; medians of RUNS runs each.
#
#   benches/ab.sh OLD_ATS [NEW_ATS]      # NEW_ATS defaults to target/release/ats
#   COPIES=10 RUNS=7 benches/ab.sh /tmp/old/ats
#
# The batch is COPIES copies of each real PDF of ../shared/corpus/pdf, each
# made unique (a comment after %%EOF) so de-duplication skips nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: benches/ab.sh OLD_ATS [NEW_ATS]}
new=${2:-$PWD/target/release/ats}
corpus=../shared/corpus/pdf
if [ ! -d "$corpus" ]; then
  echo "note: $corpus not found; nothing to benchmark" >&2
  exit 0
fi
copies=${COPIES:-10}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/batch"
for ((c = 1; c <= copies; c++)); do
  for f in "$corpus"/*.pdf; do
    out="$work/batch/$(basename "$f" .pdf)-$c.pdf"
    cp "$f" "$out"
    printf '\n%% copy %d\n' "$c" >> "$out"
  done
done
files=$(find "$work/batch" -name '*.pdf' | wc -l)
echo "machine: $(nproc) cores; batch: $files PDFs; $runs runs each, alternating"

seconds() { # seconds BIN FORMAT
  local start end settings=()
  # A build from before `screen` read .ats.toml has no --no-config.
  if "$1" screen --help | grep -q -- --no-config; then settings=(--no-config); fi
  start=$(date +%s%N)
  "$1" screen "$work/batch" --role backend-developer --format "$2" -o /dev/null --quiet "${settings[@]}" || true
  end=$(date +%s%N)
  awk "BEGIN {print ($end - $start) / 1e9}"
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
fastest() { sort -n | head -1; }

for format in csv jsonl; do
  : > "$work/old" ; : > "$work/new"
  for ((r = 1; r <= runs; r++)); do
    seconds "$old" "$format" >> "$work/old"
    seconds "$new" "$format" >> "$work/new"
  done
  o=$(median < "$work/old"); n=$(median < "$work/new")
  of=$(fastest < "$work/old"); nf=$(fastest < "$work/new")
  printf '%-6s median: old %6.3f s  new %6.3f s  new/old %.3f   fastest: old %6.3f s  new %6.3f s  new/old %.3f\n' \
    "$format" "$o" "$n" "$(awk "BEGIN {print $n / $o}")" "$of" "$nf" "$(awk "BEGIN {print $nf / $of}")"
done
