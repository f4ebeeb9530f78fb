#!/usr/bin/env bash
# `ats check` on resumes of growing size, one long line or many lines, in
# text, Markdown and LaTeX, and `ats roles from-jd` on postings of growing
# size: every stage after extraction must run in time linear in the text (a
# line of keywords once took quadratic time, and so did a long posting).
#
#   benches/linear.sh            # 100 KB, 1 MB, 10 MB; median of 3 runs each
#   RUNS=5 benches/linear.sh
#
# Prints one row per size with the time of each shape, and the ratio to the
# row above: about 10 for each tenfold size means linear.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
ats=$PWD/target/release/ats
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
unit = 'Go Kubernetes PostgreSQL REST APIs Docker microservices '
line = '- Built REST APIs in Go on Kubernetes for 40 services with PostgreSQL\n'
for size in (100_000, 1_000_000, 10_000_000):
    n = size // len(unit)
    with open(f'{work}/single-{size}.txt', 'w') as f:
        f.write('Jane Doe\n\nExperience\n' + unit * n + '\n')
    with open(f'{work}/many-{size}.txt', 'w') as f:
        f.write('Jane Doe\n\nExperience\n' + line * (size // len(line)))
    with open(f'{work}/single-{size}.md', 'w') as f:
        f.write('# Jane Doe\n\n## Experience\n\n* ' + unit * n + '\n')
    with open(f'{work}/single-{size}.tex', 'w') as f:
        f.write('\\documentclass{article}\\begin{document}\\section{Experience}'
                '\\begin{itemize}\\item ' + unit * n + '\\end{itemize}\\end{document}\n')
    posting = ('Must have: 5+ years of Go or Java, Nomad, Consul and Vault (S3, Glue). '
               'Nice to have: ClickHouse. We offer benefits. ')
    with open(f'{work}/posting-{size}.jd', 'w') as f:
        f.write('Platform Engineer\n\nRequirements\n' + posting * (size // len(posting)) + '\n')
PY

median_ms() { # median_ms FILE
  local times=() start end
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    if [[ $1 == *.jd ]]; then
      "$ats" roles from-jd --timeout 600 "$1" > /dev/null
    else
      "$ats" check "$1" --role backend-developer --format json --no-config --timeout 600 > /dev/null
    fi
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

echo "machine: $(nproc) cores; median of $runs runs; ms (ratio to the size above)"
printf '%-8s %-18s %-18s %-18s %-18s %-18s\n' size "text, 1 line" "text, many lines" "Markdown, 1 line" "LaTeX, 1 line" "posting, 1 line"
declare -A prev
for size in 100000 1000000 10000000; do
  row=$(printf '%-8s' "$((size / 1000)) KB")
  for shape in single-$size.txt many-$size.txt single-$size.md single-$size.tex posting-$size.jd; do
    key=${shape%%-*}.${shape##*.}
    ms=$(median_ms "$work/$shape")
    if [ -n "${prev[$key]:-}" ]; then
      cell="$ms ($(awk "BEGIN {printf \"%.1f\", $ms / ${prev[$key]}}")×)"
    else
      cell="$ms"
    fi
    row+=$(printf ' %-18s' "$cell")
    prev[$key]=$ms
  done
  echo "$row"
done
