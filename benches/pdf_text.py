#!/usr/bin/env python3
"""How well `ats extract` reads PDFs, measured against poppler's `pdftotext`.

Called by benches/pdf_text.sh (which checks that pdftotext exists); standard
library only. For each PDF it runs

    ats extract FILE          (non-zero exit = unreadable: a failure, recall 0)
    pdftotext -enc UTF-8 FILE -   (reading-order mode, NOT -layout)

and tokenizes both the same way: NFKC, fold typographic dashes and quotes to
ASCII (see FOLD), drop invisible format characters (soft hyphen, zero-width
space, BOM: Unicode category Cf) and control characters other than the
whitespace ones (pdftotext prints unmapped glyphs as U+001B..U+001F, which
Python's split() would take for spaces), split on whitespace, strip leading and
trailing characters that are not letters, digits or combining marks (inner
hyphens, dots, @, slashes... stay: "node.js", "a@b.com", "ci/cd",
"front-end"), lowercase; a token of punctuation only is dropped.

Figures (all multiset, micro-averaged over files in the totals):
  recall     matched / pdftotext tokens   (what ats reads of what poppler reads)
  precision  matched / ats tokens
  bigram     adjacent token pairs of pdftotext also found (multiset) among the
             pairs of ats: reading-order agreement, low when one of the two
             reads across columns and the other down them.

When X.truth.json sits beside X.pdf ({"order": [line or paragraph, ...],
"hidden": [words], "columns": n}) both tools are also scored against the
truth: recall/precision against the words of "order" (hidden words are not
truth, so a hidden word in the output counts against precision), and bigram
recall against the pairs inside each "order" entry (pairs are not taken
across entries, so the order in which a tool visits the blocks, e.g. sidebar
first or main column first, is not judged; only reading across a block is).

Multi-column files: notes of the corpus MANIFEST.tsv (see MULTI_COLUMN_RE
below), or "columns" >= 2 in a truth file.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

# A MANIFEST row marks a multi-column page when its notes say so. Decided by
# reading the notes of ../shared/corpus/MANIFEST.tsv (2025-12) and checking
# each candidate with `pdftotext -layout`:
#   matched: "TWO-COLUMN ..." (Deedy, AltaCV x2, brendanherger12, the two
#   SoupBoss devops examples, CV_Athul_Sivan, modern-two-column, hostile
#   multicolumn), "two columns at bottom" (SGresume-1, partly two-column),
#   "sidebar".
#   not matched on purpose: "single column"; "section labels in a left margin
#   column" (AbdelMounhim) and "dates in a left column" (alfred_pennyworth):
#   a narrow label gutter beside one text column, read the same way by both
#   modes; "two-column bullet lists" (Larico-Depaz): the page is one column,
#   only a five-item skills list is set in two (see NOT_MULTI_COLUMN).
MULTI_COLUMN_RE = re.compile(
    r"\b(?:two|multi|2|three|3)[- ]columns?\b|\bsidebar\b", re.IGNORECASE)
NOT_MULTI_COLUMN_RE = re.compile(r"two-column bullet list", re.IGNORECASE)

PROC_TIMEOUT = 60  # seconds per tool per file; ats has its own --timeout 10


# --- tokens and scores -------------------------------------------------------

def _keep(ch):
    return unicodedata.category(ch)[0] in "LNM"


# ats folds typographic dashes and quotes to ASCII on purpose (no U+2013 or
# U+2019 ever appears in its output) while pdftotext keeps them; fold both so
# "2019–2021" or "don’t" are not counted as misses.
FOLD = str.maketrans({
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033"},
})


def tokenize(text):
    text = unicodedata.normalize("NFKC", text).translate(FOLD)
    text = "".join(ch for ch in text if ch in "\t\n\v\f\r" or
                   unicodedata.category(ch) not in ("Cf", "Cc"))
    out = []
    for raw in text.split():
        i, j = 0, len(raw)
        while i < j and not _keep(raw[i]):
            i += 1
        while j > i and not _keep(raw[j - 1]):
            j -= 1
        if i < j:
            out.append(raw[i:j].lower())
    return out


def bigrams(tokens):
    return list(zip(tokens, tokens[1:]))


def overlap(ref, hyp):
    """Multiset intersection size of two token (or bigram) lists."""
    r, h = collections.Counter(ref), collections.Counter(hyp)
    return sum(min(n, h[t]) for t, n in r.items())


def ratio(num, den):
    return num / den if den else None


class Sums:
    """Micro-average accumulator: matched tokens, both totals, bigrams."""

    def __init__(self):
        self.files = self.match = self.ref = self.hyp = 0
        self.bi_match = self.bi_ref = 0
        self.failures = 0

    def add(self, s):
        self.files += 1
        self.match += s["match"]
        self.ref += s["ref_tokens"]
        self.hyp += s["hyp_tokens"]
        self.bi_match += s["bigram_match"]
        self.bi_ref += s["ref_bigrams"]

    def figures(self):
        return {
            "files": self.files,
            "recall": ratio(self.match, self.ref),
            "precision": ratio(self.match, self.hyp),
            "bigram": ratio(self.bi_match, self.bi_ref),
            "ref_tokens": self.ref,
            "hyp_tokens": self.hyp,
        }


def score(ref_tokens, ref_bigrams, hyp_tokens):
    match = overlap(ref_tokens, hyp_tokens)
    bi_match = overlap(ref_bigrams, bigrams(hyp_tokens))
    return {
        "ref_tokens": len(ref_tokens),
        "hyp_tokens": len(hyp_tokens),
        "match": match,
        "recall": ratio(match, len(ref_tokens)),
        "precision": ratio(match, len(hyp_tokens)),
        "ref_bigrams": len(ref_bigrams),
        "bigram_match": bi_match,
        "bigram": ratio(bi_match, len(ref_bigrams)),
    }


# --- inputs ------------------------------------------------------------------

def run(cmd):
    """(exit code, stdout text, stderr first line); 124 on timeout."""
    env = dict(os.environ, NO_COLOR="1")
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=PROC_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return 124, "", "timed out after %ds" % PROC_TIMEOUT
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return p.returncode, p.stdout.decode("utf-8", "replace"), err[0] if err else ""


def load_manifests(paths):
    """basename -> notes, from every MANIFEST.tsv found."""
    notes = {}
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        if not lines:
            continue
        head = lines[0].split("\t")
        if "file" not in head or "notes" not in head:
            continue
        fi, ni = head.index("file"), head.index("notes")
        for line in lines[1:]:
            cols = line.split("\t")
            if len(cols) > max(fi, ni):
                notes.setdefault(os.path.basename(cols[fi]), cols[ni])
    return notes


def is_multi_column(note):
    return bool(note and MULTI_COLUMN_RE.search(note)
                and not NOT_MULTI_COLUMN_RE.search(note))


def collect_pdfs(targets):
    pdfs = []
    for t in targets:
        if os.path.isdir(t):
            for name in sorted(os.listdir(t)):
                p = os.path.join(t, name)
                if name.lower().endswith(".pdf") and os.path.isfile(p):
                    pdfs.append(p)
        elif os.path.isfile(t):
            pdfs.append(t)
        else:
            print("note: %s not found, skipped" % t, file=sys.stderr)
    return pdfs


def load_truth(pdf):
    path = re.sub(r"\.pdf$", "", pdf, flags=re.IGNORECASE) + ".truth.json"
    if not os.path.isfile(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        order = data["order"]
        if not isinstance(order, list):
            raise ValueError('"order" is not a list')
    except (OSError, ValueError, KeyError) as e:
        print("note: %s unreadable (%s), truth ignored" % (path, e), file=sys.stderr)
        return None
    toks, bis = [], []
    for entry in order:
        t = tokenize(str(entry))
        toks += t
        bis += bigrams(t)
    hidden = set()
    for w in data.get("hidden") or []:
        hidden.update(tokenize(str(w)))
    return {"path": path, "tokens": toks, "bigrams": bis, "hidden": hidden,
            "columns": data.get("columns")}


def hidden_leaked(truth, hyp_tokens):
    """Output tokens that are hidden words, beyond their count in the truth."""
    want = collections.Counter(truth["tokens"])
    got = collections.Counter(t for t in hyp_tokens if t in truth["hidden"])
    return sum(max(0, n - want[t]) for t, n in got.items())


# --- one file ------------------------------------------------------------------

def measure(pdf, ats, notes):
    name = os.path.basename(pdf)
    row = {"file": name, "path": pdf}
    code, ats_text, ats_err = run([ats, "extract", pdf])
    row["ats_exit"] = code
    if code != 0:
        row["ats_error"] = ats_err
        ats_text = ""
    pcode, ptt_text, ptt_err = run(["pdftotext", "-q", "-enc", "UTF-8", pdf, "-"])
    row["pdftotext_exit"] = pcode
    row["pages"] = ptt_text.count("\f") if pcode == 0 else None
    ats_tok = tokenize(ats_text)
    ptt_tok = tokenize(ptt_text) if pcode == 0 else []
    row["ats_tokens"] = len(ats_tok)
    row["pdftotext_tokens"] = len(ptt_tok)
    # No reference when pdftotext cannot open the file: then ats is not judged
    # against it (the truth, when present, still judges both).
    row["vs_pdftotext"] = score(ptt_tok, bigrams(ptt_tok), ats_tok) if pcode == 0 else None

    truth = load_truth(pdf)
    note = notes.get(name)
    cols = truth and truth["columns"]
    row["multi_column"] = is_multi_column(note) or (isinstance(cols, int) and cols >= 2)
    if truth:
        row["truth"] = {}
        for tool, toks in (("ats", ats_tok), ("pdftotext", ptt_tok)):
            if tool == "pdftotext" and pcode != 0:
                continue
            s = score(truth["tokens"], truth["bigrams"], toks)
            s["hidden_leaked"] = hidden_leaked(truth, toks)
            row["truth"][tool] = s
        row["truth_columns"] = cols
    return row


# --- output --------------------------------------------------------------------

def pct(x):
    """Whole percent for the rows; 99 until it really is 100."""
    if x is None:
        return "-"
    return "100" if x >= 1 else str(min(99, round(100 * x)))


def pct1(x):
    return "-" if x is None else "%.1f" % (100 * x)


def short(name, width):
    name = re.sub(r"\.pdf$", "", name, flags=re.IGNORECASE)
    return name if len(name) <= width else name[: width - 1] + "~"


def print_table(rows, totals, elapsed, ats):
    any_truth = any("truth" in r for r in rows)
    w = min(46, max([len(short(r["file"], 99)) for r in rows] + [4]))
    head = "%-*s %3s %6s %6s %4s %4s %4s" % (w + 1, "file", "pg", "ats", "poppl", "rec", "prec", "bigr")
    if any_truth:
        head += " | truth: ats R  P  B  hid | pdftotext R  P  B  hid"
    print(head)
    for r in rows:
        v = r["vs_pdftotext"] or {}
        mark = "*" if r["multi_column"] else " "
        line = "%-*s %3s %6s %6s %4s %4s %4s" % (
            w + 1, short(r["file"], w) + mark,
            "-" if r["pages"] is None else r["pages"],
            "FAIL" if r["ats_exit"] != 0 else r["ats_tokens"],
            r["pdftotext_tokens"] if r["pdftotext_exit"] == 0 else "err",
            pct(v.get("recall")), pct(v.get("precision")), pct(v.get("bigram")))
        if "truth" in r:
            parts = []
            for tool in ("ats", "pdftotext"):
                t = r["truth"].get(tool)
                parts.append("%4s %4s %4s %3d" % (pct(t["recall"]), pct(t["precision"]),
                                                  pct(t["bigram"]), t["hidden_leaked"])
                             if t else "%18s" % "-")
            line += " |   %s |     %s" % tuple(parts)
        elif any_truth:
            line += " |"
        print(line)
    print()
    print("rec/prec: ats tokens vs pdftotext tokens (multiset); bigr: pdftotext's adjacent")
    print("token pairs found in ats (reading order); * = multi-column; all in %.")
    if any_truth:
        print("truth R/P/B: recall, precision, bigram recall against X.truth.json; hid: hidden")
        print("words present in the output.")
    print()
    print("overall (micro-averaged)          files  recall  precision  bigram")
    for key, label in (("all", "all files"), ("multi_column", "multi-column files"),
                       ("single_column", "other files")):
        t = totals[key]
        print("  ats vs pdftotext, %-18s %3d   %5s     %5s   %5s" % (
            label, t["files"], pct1(t["recall"]), pct1(t["precision"]), pct1(t["bigram"])))
    for tool in ("ats", "pdftotext"):
        for key, label in (("all", "all"), ("multi_column", "multi-column")):
            t = totals.get("truth", {}).get(tool, {}).get(key)
            if t and t["files"]:
                print("  %-9s vs truth, %-14s %3d   %5s     %5s   %5s" % (
                    tool, label, t["files"], pct1(t["recall"]), pct1(t["precision"]),
                    pct1(t["bigram"])))
    fails = [r["file"] for r in rows if r["ats_exit"] != 0]
    print("  ats failures (non-zero exit): %d%s" % (len(fails), (": " + ", ".join(fails)) if fails else ""))
    noref = [r["file"] for r in rows if r["pdftotext_exit"] != 0]
    if noref:
        print("  pdftotext could not read (not scored vs pdftotext): " + ", ".join(noref))
    multi = [r["file"] for r in rows if r["multi_column"]]
    print("  multi-column files: %d" % len(multi))
    print("  %d PDFs in %.1fs; ats = %s" % (len(rows), elapsed, ats))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--ats", required=True, help="the ats binary")
    ap.add_argument("--manifest", action="append", default=[],
                    help="a MANIFEST.tsv to read multi-column notes from (repeatable)")
    ap.add_argument("targets", nargs="+", help="folders of PDFs, or PDF files")
    a = ap.parse_args()

    manifests = list(a.manifest)
    for t in a.targets:
        d = t if os.path.isdir(t) else os.path.dirname(t) or "."
        manifests += [os.path.join(d, "MANIFEST.tsv"), os.path.join(d, "..", "MANIFEST.tsv")]
    notes = load_manifests(manifests)

    pdfs = collect_pdfs(a.targets)
    if not pdfs:
        print("no PDFs found in: " + " ".join(a.targets), file=sys.stderr)
        return 2
    start = time.monotonic()
    rows = [measure(p, a.ats, notes) for p in pdfs]
    elapsed = time.monotonic() - start

    groups = {"all": Sums(), "multi_column": Sums(), "single_column": Sums()}
    truth = {tool: {"all": Sums(), "multi_column": Sums()} for tool in ("ats", "pdftotext")}
    for r in rows:
        keys = ["all", "multi_column" if r["multi_column"] else "single_column"]
        if r["vs_pdftotext"]:
            for k in keys:
                groups[k].add(r["vs_pdftotext"])
        for tool, s in r.get("truth", {}).items():
            truth[tool]["all"].add(s)
            if r["multi_column"]:
                truth[tool]["multi_column"].add(s)
    totals = {k: g.figures() for k, g in groups.items()}
    totals["ats_failures"] = sum(1 for r in rows if r["ats_exit"] != 0)
    if any("truth" in r for r in rows):
        totals["truth"] = {tool: {k: g.figures() for k, g in d.items()} for tool, d in truth.items()}

    if a.json:
        json.dump({"ats": a.ats, "seconds": round(elapsed, 2), "files": rows,
                   "overall": totals}, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_table(rows, totals, elapsed, a.ats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
