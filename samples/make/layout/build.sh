#!/usr/bin/env bash
# Rebuild the layout fixtures: samples/layout/*.pdf and *.truth.json.
#
#   bash samples/make/layout/build.sh
#
# 1. resume.py writes each engine's source next to this script (HTML, TeX,
#    Typst, DOCX) from the one resume it holds.
# 2. Each real engine prints its PDF into samples/layout/.
# 3. resume.py writes the truth files from the same sources.
# 4. A short check: every PDF is one page under 120 KB with a text layer, and
#    pdftotext finds every line of its truth file (reported, never written back).
#
# Needs (Debian 12): chromium-headless-shell (or chromium), texlive-latex-base,
# texlive-latex-recommended, texlive-fonts-recommended, lmodern,
# libreoffice-writer-nogui, fonts-crosextra-carlito, fonts-dejavu-core,
# poppler-utils; and from PyPI: see requirements.txt (python-docx, typst).
# Typst is skipped when the typst package is not installed.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$(cd "$HERE/../.." && pwd)/layout
mkdir -p "$OUT"

# Fixed dates where the engine honours them (pdfTeX reads these two; Typst gets
# date: none in its source; python-docx gets fixed dates in resume.py).
# Chromium and LibreOffice ignore them: `resume.py normalize` rewrites their
# dates (and LibreOffice's /ID) in place afterwards, same length, so a rebuild
# gives the same bytes.
export SOURCE_DATE_EPOCH=1736931600   # 2025-01-15 09:00:00 UTC
export FORCE_SOURCE_DATE=1
export TZ=UTC
export LC_ALL=C.UTF-8

CHROMIUM=${CHROMIUM:-$(command -v chromium-headless-shell || command -v chromium || true)}
[ -n "$CHROMIUM" ] || { echo "chromium-headless-shell (or chromium) not found" >&2; exit 1; }
export CHROMIUM

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)

python3 "$HERE/resume.py" sources

# --- Chromium: HTML + CSS printed to PDF -----------------------------------
for name in chromium-two-column chromium-single hidden-stuffing; do
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-extensions \
        --no-first-run --user-data-dir="$tmp/chromium" \
        --no-pdf-header-footer --print-to-pdf-no-header \
        --print-to-pdf="$OUT/$name.pdf" "file://$HERE/$name.html" \
        >"$tmp/$name.log" 2>&1 || { cat "$tmp/$name.log" >&2; exit 1; }
    python3 "$HERE/resume.py" normalize "$OUT/$name.pdf"
    echo "chromium    -> $name.pdf"
done

# --- pdflatex ----------------------------------------------------------------
for name in latex-narrow hidden-render-mode; do
    (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error \
        "$HERE/$name.tex" >"$tmp/$name.out" 2>&1) || { tail -30 "$tmp/$name.out" >&2; exit 1; }
    cp "$tmp/$name.pdf" "$OUT/$name.pdf"
    echo "pdflatex    -> $name.pdf"
done

# --- LibreOffice: DOCX to PDF --------------------------------------------------
soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --norestore \
    --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$HERE/libreoffice-docx.docx" \
    >"$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log" >&2; exit 1; }
cp "$tmp/libreoffice-docx.pdf" "$OUT/libreoffice-docx.pdf"
python3 "$HERE/resume.py" normalize "$OUT/libreoffice-docx.pdf"
echo "libreoffice -> libreoffice-docx.pdf"

# --- Typst (the compiler bundled in the PyPI package) --------------------------
if python3 -c "import typst" 2>/dev/null; then
    python3 -c 'import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2])' \
        "$HERE/typst.typ" "$OUT/typst.pdf"
    echo "typst       -> typst.pdf"
else
    echo "typst (pip) not installed: typst.pdf not rebuilt" >&2
fi

# --- truth files ---------------------------------------------------------------
python3 "$HERE/resume.py" truth

# --- check -------------------------------------------------------------------
status=0
python3 "$HERE/resume.py" check || status=1
for pdf in "$OUT"/*.pdf; do
    size=$(stat -c %s "$pdf")
    pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    words=$(pdftotext "$pdf" - 2>/dev/null | wc -w)
    printf '%-26s %7d bytes  %s page(s)  %4d words in pdftotext\n' \
        "$(basename "$pdf")" "$size" "$pages" "$words"
    if [ "$words" -lt 200 ] || [ "$size" -gt 122880 ] || [ "$pages" != 1 ]; then
        echo "  FAIL: expected 1 page, a text layer and < 120 KB" >&2
        status=1
    fi
done
echo "build.sh took $(( $(date +%s) - start )) s"
exit $status
