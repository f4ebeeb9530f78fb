#!/usr/bin/env bash
# Whole-command throughput of `ats check` on the corpus's real resumes,
# against `pdftotext` (Debian poppler-utils) doing only the text extraction
# of the same PDFs. Uses hyperfine when installed, else a timed loop.
#
#   benches/compare.sh            # builds the release binary first
#
# Prints files/s and MB/s for each command. Needs ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -d "$corpus" ]; then
  echo "note: $corpus not found; nothing to compare" >&2
  exit 0
fi
cargo build --release --quiet
ats=$PWD/target/release/ats

mapfile -t pdfs < <(find "$corpus/pdf" -name '*.pdf' | sort)
mapfile -t docx < <(find "$corpus/docx" -name '*.docx' | sort)
bytes() { cat "$@" | wc -c; }
pdf_bytes=$(bytes "${pdfs[@]}")
docx_bytes=$(bytes "${docx[@]}")
echo "machine: $(nproc) cores, $(uname -m); ${#pdfs[@]} PDFs ($pdf_bytes bytes), ${#docx[@]} DOCX ($docx_bytes bytes)"

list=$(mktemp)
trap 'rm -f "$list"' EXIT
printf '%s\n' "${pdfs[@]}" > "$list"

declare -a names commands counts sizes
add() { names+=("$1"); commands+=("$2"); counts+=("$3"); sizes+=("$4"); }
add "ats check, PDFs (extract+analyze, 1 worker)" \
    "$ats check --role backend-developer --format json ${pdfs[*]} > /dev/null || true" "${#pdfs[@]}" "$pdf_bytes"
add "ats check, DOCX (extract+analyze, 1 worker)" \
    "$ats check --role backend-developer --format json ${docx[*]} > /dev/null || true" "${#docx[@]}" "$docx_bytes"
if command -v pdftotext > /dev/null; then
  add "pdftotext, one process per PDF (extract only)" \
      "xargs -a $list -n 1 -I{} pdftotext -q {} /dev/null || true" "${#pdfs[@]}" "$pdf_bytes"
  add "pdftotext, xargs -P $(nproc) (extract only)" \
      "xargs -a $list -P $(nproc) -I{} pdftotext -q {} /dev/null || true" "${#pdfs[@]}" "$pdf_bytes"
else
  echo "note: pdftotext not installed (apt-get install poppler-utils); no reference" >&2
fi

source benches/median.sh

printf '%-48s %10s %10s %9s\n' command "median s" "files/s" "MB/s"
for i in "${!names[@]}"; do
  s=$(median_seconds "${commands[$i]}")
  awk -v n="${names[$i]}" -v s="$s" -v c="${counts[$i]}" -v b="${sizes[$i]}" \
    'BEGIN { printf "%-48s %10.3f %10.1f %9.2f\n", n, s, c / s, b / s / 1e6 }'
done
