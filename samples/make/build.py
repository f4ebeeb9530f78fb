#!/usr/bin/env python3
"""Build the sample resumes (.docx and .pdf) from their plain-text sources.

The .txt file of each person is the single source: this script reads
samples/<name>.txt and writes samples/<name>.docx with python-docx, then
converts that DOCX to samples/<name>.pdf with LibreOffice (soffice --headless).
The words are therefore the same in all three formats; only the presentation
differs (Word list bullets instead of "- " / "• ", a table for the strong
resume's skills, and the weak resume's contact line moved into the DOCX page
header).

Usage (from anywhere):
    python3 samples/make/build.py            # build every sample
    python3 samples/make/build.py --no-pdf   # DOCX only
    python3 samples/make/build.py --check    # only verify existing files

Source conventions (see samples/README.md):
    line 1  name               -> "Title" style
    line 2  headline           -> normal paragraph
    line 3  contact line       -> normal paragraph (or the page header)
    a line equal to a known section name -> "Heading 1"
    "- text" or "• text"       -> "List Bullet" style (Word's bullet list)
    in Experience / Projects, any other line that is not a date range
                               -> bold paragraph (job or project title)
    a date range line          -> italic paragraph
    in Skills, "Label: items"  -> a 2-column table row (when skills_table)
    anything else              -> normal paragraph
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

SAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name -> options
PEOPLE = {
    "strong-backend": {"skills_table": True, "contact_in_header": False, "font_size": 10.5},
    "weak-backend": {"skills_table": False, "contact_in_header": True, "font_size": 10},
}

SECTIONS = {"Summary", "Experience", "Projects", "Skills", "Education", "Certifications"}
BULLET_RE = re.compile(r"^(?:- |• )(.*)$")
DATE_RE = re.compile(
    r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} – (Present|"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})$"
)
SKILL_RE = re.compile(r"^([A-Za-z][A-Za-z &]+): (.+)$")
FIXED_DATE = datetime(2025, 1, 15, 9, 0, 0, tzinfo=timezone.utc)


def set_style_font(style, size=None, bold=None, color=None, name=None):
    font = style.font
    if name:
        font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), name)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = RGBColor.from_string(color)


def setup_document(person_name, font_size):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.6)

    st = doc.styles
    set_style_font(st["Normal"], size=font_size, name="Calibri")
    st["Normal"].paragraph_format.space_after = Pt(1)
    set_style_font(st["Title"], size=20, name="Calibri", color="1F3864")
    st["Title"].paragraph_format.space_after = Pt(2)
    set_style_font(st["Heading 1"], size=12.5, bold=True, name="Calibri", color="1F3864")
    st["Heading 1"].paragraph_format.space_before = Pt(7)
    st["Heading 1"].paragraph_format.space_after = Pt(3)
    st["List Bullet"].paragraph_format.space_after = Pt(0)

    cp = doc.core_properties
    cp.author = person_name
    cp.last_modified_by = person_name
    cp.title = f"{person_name} – Resume"
    cp.subject = "Sample resume (fictional person) for the ats tool"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    return doc


def add_para(doc, text, bold=False, italic=False, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    return p


def add_skills_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, items in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label + ":").bold = True
        cells[1].paragraphs[0].add_run(items)
    table.autofit = False
    for col, width in zip(table.columns, (Inches(1.6), Inches(5.3))):
        col.width = width
        for cell in col.cells:
            cell.width = width
    return table


def build_docx(name, opts):
    src = os.path.join(SAMPLES, name + ".txt")
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()

    person, headline, contact = lines[0], lines[1], lines[2]
    doc = setup_document(person, opts["font_size"])
    doc.add_paragraph(person, style="Title")
    add_para(doc, headline, bold=True)
    if opts["contact_in_header"]:
        header = doc.sections[0].header
        header.is_linked_to_previous = False
        header.paragraphs[0].text = contact
    else:
        add_para(doc, contact)

    section = None
    skill_rows = []

    def flush_skills():
        if skill_rows:
            add_skills_table(doc, skill_rows)
            skill_rows.clear()

    for line in lines[3:]:
        if line == "":
            continue
        if line in SECTIONS:
            flush_skills()
            section = line
            doc.add_paragraph(line, style="Heading 1")
            continue
        m = BULLET_RE.match(line)
        if m:
            doc.add_paragraph(m.group(1), style="List Bullet")
            continue
        if DATE_RE.match(line):
            add_para(doc, line, italic=True)
            continue
        if section in ("Experience", "Projects"):
            p = add_para(doc, line, bold=True)
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.keep_with_next = True
            continue
        if section == "Skills" and opts["skills_table"]:
            sm = SKILL_RE.match(line)
            if sm:
                skill_rows.append((sm.group(1), sm.group(2)))
                continue
        add_para(doc, line)
    flush_skills()

    # python-docx's default template carries a thumbnail of an empty page; drop it.
    pkg_rels = doc.part.package.rels
    for rid, rel in list(pkg_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del pkg_rels[rid]

    out = os.path.join(SAMPLES, name + ".docx")
    doc.save(out)
    normalize_zip(out)
    return out


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps so a rebuild gives the same bytes."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def soffice_binary():
    for cand in ("soffice", "libreoffice"):
        path = shutil.which(cand)
        if path:
            return path
    sys.exit("LibreOffice (soffice) not found: apt-get install -y --no-install-recommends libreoffice-writer")


def build_pdf(docx_path):
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        cmd = [
            soffice_binary(),
            f"-env:UserInstallation=file://{profile}",
            "--headless", "--norestore",
            "--convert-to", "pdf:writer_pdf_Export",
            "--outdir", outdir, docx_path,
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(outdir, os.path.basename(docx_path)[:-5] + ".pdf")
        target = docx_path[:-5] + ".pdf"
        shutil.move(produced, target)
    return target


def words(text):
    return len(text.split())


def check(name, opts):
    """Verify the DOCX opens and the PDF has a text layer with the key words."""
    from pypdf import PdfReader

    ok = True
    src = open(os.path.join(SAMPLES, name + ".txt"), encoding="utf-8").read()
    docx_path = os.path.join(SAMPLES, name + ".docx")
    pdf_path = os.path.join(SAMPLES, name + ".pdf")

    doc = Document(docx_path)
    body = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            body.append(" | ".join(c.text for c in row.cells))
    header = [p.text for p in doc.sections[0].header.paragraphs if p.text]
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    body_text = "\n".join(body)
    print(f"{name}.docx: {len(doc.paragraphs)} paragraphs, {len(doc.tables)} table(s), "
          f"{len(bullets)} 'List Bullet' paragraphs, header={header!r}, "
          f"{words(body_text)} words in body")
    has_email_in_body = "@example.com" in body_text
    if opts["contact_in_header"] == has_email_in_body:
        print(f"  FAIL: email in body = {has_email_in_body}")
        ok = False

    reader = PdfReader(pdf_path)
    pdf_text = "\n".join(page.extract_text() or "" for page in reader.pages)
    print(f"{name}.pdf: {len(reader.pages)} page(s), {words(pdf_text)} words extracted")
    keys = ["Experience", "Education", "Skills", "@example.com", "555-01"]
    keys += (["PostgreSQL", "Kubernetes", "Amazon Web Services (AWS)", "Spring Boot",
              "Node.js", "Continuous Integration/Continuous Delivery (CI/CD)", "Go", "850 ms"]
             if name.startswith("strong") else ["team player", "synergy", "CI/CD", "ML"])
    norm = re.sub(r"\s+", " ", pdf_text)
    for k in keys:
        if k not in norm:
            print(f"  FAIL: {k!r} not in PDF text")
            ok = False
    # Every word of the source must be in the PDF (order-insensitive, bullets ignored).
    src_words = [w for w in src.split() if w not in ("-", "•")]
    pdf_words = set(norm.split())
    missing = [w for w in src_words if w not in pdf_words]
    if missing:
        print(f"  note: {len(missing)} source tokens not found verbatim in PDF text: {missing[:10]}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pdf", action="store_true", help="build DOCX only")
    ap.add_argument("--check", action="store_true", help="only verify the existing files")
    ap.add_argument("names", nargs="*", help="subset of: " + ", ".join(PEOPLE))
    args = ap.parse_args()
    names = args.names or list(PEOPLE)
    ok = True
    for name in names:
        opts = PEOPLE[name]
        if not args.check:
            d = build_docx(name, opts)
            print("wrote", os.path.relpath(d, SAMPLES))
            if not args.no_pdf:
                p = build_pdf(d)
                print("wrote", os.path.relpath(p, SAMPLES))
        if not args.no_pdf:
            ok &= check(name, opts)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
