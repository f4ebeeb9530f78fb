#!/usr/bin/env python3
"""Print three postings of this folder the way candidates receive them.

- backend-linkedin.pdf: the .txt as a web page (headings, paragraphs and
  bullet lists in HTML) printed by Chromium (`chromium-headless-shell
  --print-to-pdf`), like a job board page saved as PDF.
- icu-nurse-indeed.pdf: the .txt converted by LibreOffice
  (`soffice --headless --convert-to pdf`), like data-engineer.pdf.
- hr-generalist.docx: a Word document written with python-docx: the first
  line in the "Title" style, headings in "Heading 1", bullets in
  "List Bullet", fixed dates and zip timestamps (reproducible bytes).

The text files stay the source and the answer keys are theirs: the test
`postings_give_their_answer_keys` reads each print and fails if it reads
worse than its text.

Usage: python3 samples/jd/make_prints.py   (needs chromium-headless-shell,
libreoffice and python-docx 1.2.0)
"""
import datetime
import html
import pathlib
import shutil
import subprocess
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
FIXED_DATE = datetime.datetime(2025, 1, 1, 0, 0, 0)
BULLETS = ("- ", "• ", "* ")


def blocks(text):
    """(kind, text) for each line: title, heading, bullet or paragraph.

    A heading is a short line without end punctuation that is followed by
    a bullet or by text (the postings write their headings so)."""
    lines = [l.rstrip() for l in text.splitlines()]
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not out:
            out.append(("title", line.strip()))
        elif line.startswith(BULLETS):
            out.append(("bullet", line[2:].strip()))
        elif (len(line.split()) <= 6 and not line.rstrip().endswith((".", ",", ";"))
              and i + 1 < len(lines)):
            out.append(("heading", line.strip().rstrip(":")))
        else:
            out.append(("paragraph", line.strip()))
    return out


def chromium_pdf(source, target):
    parts = ["<!doctype html><html><head><meta charset='utf-8'>",
             "<style>body{font-family:sans-serif;font-size:11pt;max-width:46em}"
             "h1{font-size:18pt}h2{font-size:13pt;margin-top:1.2em}</style></head><body>"]
    in_list = False
    for kind, text in blocks(source.read_text(encoding="utf-8")):
        if kind != "bullet" and in_list:
            parts.append("</ul>")
            in_list = False
        t = html.escape(text)
        if kind == "title":
            parts.append(f"<h1>{t}</h1>")
        elif kind == "heading":
            parts.append(f"<h2>{t}</h2>")
        elif kind == "bullet":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{t}</li>")
        else:
            parts.append(f"<p>{t}</p>")
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "posting.html"
        page.write_text("".join(parts), encoding="utf-8")
        browser = shutil.which("chromium-headless-shell") or shutil.which("chromium")
        subprocess.run([browser, "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={target}", page.as_uri()],
                       check=True, capture_output=True)


def libreoffice_pdf(source, target):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(source)], check=True, capture_output=True)
        shutil.move(pathlib.Path(tmp) / (source.stem + ".pdf"), target)


def word_docx(source, target):
    from docx import Document

    doc = Document()
    for kind, text in blocks(source.read_text(encoding="utf-8")):
        if kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "heading":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    props = doc.core_properties
    props.created = props.modified = FIXED_DATE
    props.last_modified_by = props.author = "ats samples"
    with tempfile.TemporaryDirectory() as tmp:
        raw = pathlib.Path(tmp) / "raw.docx"
        doc.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(info, src.read(item.filename))


if __name__ == "__main__":
    chromium_pdf(HERE / "backend-linkedin.txt", HERE / "backend-linkedin.pdf")
    libreoffice_pdf(HERE / "icu-nurse-indeed.txt", HERE / "icu-nurse-indeed.pdf")
    word_docx(HERE / "hr-generalist.txt", HERE / "hr-generalist.docx")
