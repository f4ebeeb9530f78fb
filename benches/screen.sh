#!/usr/bin/env bash
# `ats screen` on a recruiter-sized batch, against Debian's `pdftotext` doing
# only the text extraction of the same files (the work any ATS pipeline does
# before matching), in one run.
#
#   benches/screen.sh              # 400 files for the timing, 2,000 for memory
#   COPIES=20 benches/screen.sh    # 20 copies of each corpus PDF for the timing
#   ATS_BIN=/tmp/old/ats benches/screen.sh   # the same with another build
#
# The batch replicates the real PDFs of ../shared/corpus/pdf. Each copy gets
# a PDF comment after %%EOF, so every file is unique and de-duplication does
# not skip the work. Timing: hyperfine (median of 5 runs) when installed,
# else the median of 5 timed runs. Memory: the peak of the summed resident
# memory of `ats` and its worker processes, sampled every 20 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/pdf
if [ ! -d "$corpus" ]; then
  echo "note: $corpus not found; nothing to benchmark" >&2
  exit 0
fi
# ATS_BIN=path compares another build (an earlier commit's, say).
if [ -n "${ATS_BIN:-}" ]; then
  ats=$ATS_BIN
else
  cargo build --release --quiet
  ats=$PWD/target/release/ats
fi
copies=${COPIES:-10}
big_copies=${BIG_COPIES:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t pdfs < <(find "$corpus" -maxdepth 1 -name '*.pdf' | sort)
replicate() { # replicate DIR COPIES
  mkdir -p "$1"
  for ((c = 1; c <= $2; c++)); do
    for f in "${pdfs[@]}"; do
      local out
      out="$1/$(basename "$f" .pdf)-$c.pdf"
      cp "$f" "$out"
      printf '\n%% copy %d\n' "$c" >> "$out"
    done
  done
}
replicate "$work/batch" "$copies"
files=$(find "$work/batch" -name '*.pdf' | wc -l)
bytes=$(cat "$work"/batch/*.pdf | wc -c)
echo "machine: $(nproc) cores, $(uname -m); batch: $files PDFs ($bytes bytes) from ${#pdfs[@]} corpus PDFs"

screen_cmd="$ats screen $work/batch --role backend-developer --format csv -o /dev/null --quiet || true"
pdftotext_cmd="find $work/batch -name '*.pdf' -print0 | xargs -0 -P $(nproc) -I{} pdftotext -q -l 5 {} /dev/null || true"

source benches/median.sh

ats_s=$(median_seconds "$screen_cmd" 5)
printf '%-58s %8.3f s  %7.1f files/s\n' "ats screen (extract+match+score+rank, -j $(nproc))" "$ats_s" \
  "$(awk "BEGIN {print $files / $ats_s}")"
if command -v pdftotext > /dev/null; then
  ref_s=$(median_seconds "$pdftotext_cmd" 5)
  printf '%-58s %8.3f s  %7.1f files/s\n' "pdftotext -l 5, xargs -P $(nproc) (extract only)" "$ref_s" \
    "$(awk "BEGIN {print $files / $ref_s}")"
  printf 'ats screen is %.2fx as fast as pdftotext alone\n' "$(awk "BEGIN {print $ref_s / $ats_s}")"
else
  echo "note: pdftotext not installed (apt-get install poppler-utils); no reference" >&2
fi

# The same comparison on the corpus PDFs once each: no file repeats another,
# so the worker's font cache helps only where resumes share fonts.
mkdir -p "$work/unique"
cp "${pdfs[@]}" "$work/unique/"
u_ats=$(median_seconds "$ats screen $work/unique --role backend-developer --format csv -o /dev/null --quiet || true" 15)
printf '%-58s %8.3f s  %7.1f files/s\n' "ats screen, the ${#pdfs[@]} corpus PDFs once each" "$u_ats" \
  "$(awk "BEGIN {print ${#pdfs[@]} / $u_ats}")"
if command -v pdftotext > /dev/null; then
  u_ref=$(median_seconds "find $work/unique -name '*.pdf' -print0 | xargs -0 -P $(nproc) -I{} pdftotext -q -l 5 {} /dev/null || true" 15)
  printf '%-58s %8.3f s  %7.1f files/s\n' "pdftotext, the same" "$u_ref" \
    "$(awk "BEGIN {print ${#pdfs[@]} / $u_ref}")"
  printf 'on unique files ats screen is %.2fx as fast as pdftotext alone\n' "$(awk "BEGIN {print $u_ref / $u_ats}")"
fi

# Peak memory of the whole process tree on a bigger batch.
replicate "$work/big" "$big_copies"
big=$(find "$work/big" -name '*.pdf' | wc -l)
python3 - "$ats" "$work/big" "$big" <<'EOF'
import os, subprocess, sys, time
ats, folder, count = sys.argv[1], sys.argv[2], sys.argv[3]

def tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out

def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

start = time.time()
proc = subprocess.Popen([ats, "screen", folder, "--role", "backend-developer",
                         "--format", "csv", "-o", "/dev/null", "--quiet"])
peak_total = peak_parent = peak_worker = 0
while proc.poll() is None:
    pids = tree(proc.pid)
    sizes = [rss_kb(p) for p in pids]
    peak_total = max(peak_total, sum(sizes))
    peak_parent = max(peak_parent, sizes[0] if sizes else 0)
    peak_worker = max([peak_worker] + sizes[1:])
    time.sleep(0.02)
elapsed = time.time() - start
print(f"{count} files: {elapsed:.1f} s ({int(count) / elapsed:.0f} files/s); peak RSS "
      f"{peak_total / 1024:.0f} MB in all (ats {peak_parent / 1024:.0f} MB, "
      f"largest worker {peak_worker / 1024:.0f} MB)")
EOF
