#!/usr/bin/env bash
# How well `ats extract` reads PDFs, against poppler's `pdftotext` (reading
# order mode, not -layout): token recall and precision of ats against
# pdftotext, and reading-order agreement (share of pdftotext's adjacent word
# pairs that ats also has). Where X.truth.json sits beside X.pdf, both tools
# are also scored against that truth. Totals are micro-averaged over all files
# and over the multi-column ones (from ../shared/corpus/MANIFEST.tsv notes or
# "columns" >= 2 in a truth file). The work is done by benches/pdf_text.py.
#
#   benches/pdf_text.sh                          # target/release/ats on the corpus
#   benches/pdf_text.sh [--json] [ATS_BINARY] [DIR_OR_PDF...]
#   benches/pdf_text.sh --json > pdf_text.json   # the same figures for machines
#
# Defaults: target/release/ats; ../shared/corpus/pdf, plus samples/layout
# when it exists. Does not build: run `cargo build --release` first.
# Needs pdftotext (Debian: apt-get install -y poppler-utils) and python3;
# without pdftotext it prints why and exits 0 (skipped).
set -euo pipefail
case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd)
root=${here%/*}

json=()
manifest=()
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --json) json=(--json) ;;
    --manifest) manifest+=(--manifest "$2"); shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; args+=("$@"); break ;;
    -*) echo "pdf_text.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) args+=("$1") ;;
  esac
  shift
done

ats=$root/target/release/ats
# The first argument is the binary unless it is a folder or a PDF.
if [ ${#args[@]} -gt 0 ] && [ ! -d "${args[0]}" ] && [[ ${args[0]} != *.[pP][dD][fF] ]]; then
  ats=${args[0]}
  args=("${args[@]:1}")
fi
case $ats in
  */*) [ -e "$ats" ] && ats=$(cd "${ats%/*}/" && pwd)/${ats##*/} ;;
  *) ats=$(command -v "$ats" || echo "$ats") ;;
esac
if [ ${#args[@]} -eq 0 ]; then
  args=("$root/../shared/corpus/pdf")
  [ -d "$root/samples/layout" ] && args+=("$root/samples/layout")
  manifest+=(--manifest "$root/../shared/corpus/MANIFEST.tsv")
fi

skip() {
  echo "pdf_text.sh: skipped: $1" >&2
  if [ ${#json[@]} -gt 0 ]; then
    printf '{"skipped": "%s"}\n' "$1"
  fi
  exit 0
}
command -v pdftotext > /dev/null ||
  skip "pdftotext not found (Debian/Ubuntu: apt-get install -y poppler-utils)"
command -v python3 > /dev/null || skip "python3 not found"
if [ ! -x "$ats" ]; then
  echo "pdf_text.sh: $ats: not an executable ats binary (cargo build --release?)." \
    "The first argument is the binary unless it is a folder or a .pdf." >&2
  exit 2
fi

exec python3 "$here/pdf_text.py" ${json[@]+"${json[@]}"} ${manifest[@]+"${manifest[@]}"} --ats "$ats" "${args[@]}"
