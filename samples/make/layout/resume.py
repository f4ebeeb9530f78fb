#!/usr/bin/env python3
"""The layout fixtures' one resume, and the writer of every source and truth file.

The fictional Mara Quillfeather's resume is written once, as data, in this file.
`python3 resume.py sources` writes the input of each engine next to this file
(HTML for Chromium, TeX for pdflatex, Typst markup, a DOCX for LibreOffice);
`python3 resume.py truth` writes samples/layout/<name>.truth.json for each PDF.

Each layout function below emits the markup and, from the same loop, the list
of visible lines/paragraphs in reading order, so the truth files come from the
source and never from a text extractor. The only facts entered by hand are
the ones read off the rendered pages (HYPHENATED, COMPOUNDS_AT_LINE_END,
LATEX_BREAK); the engine versions are asked from the installed programs.

    python3 resume.py sources            # write the engines' inputs
    python3 resume.py truth              # write the truth files
    python3 resume.py normalize PDF...   # fixed dates/ID in Chromium/LibreOffice PDFs
    python3 resume.py check              # pdftotext finds every truth line (report only)

Used by build.sh; see samples/README.md ("Layout fixtures").
"""

import html
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "layout")  # samples/layout

# ---------------------------------------------------------------------------
# The resume (all invented: person, companies, school, e-mail, phone number)
# ---------------------------------------------------------------------------

NAME = "Mara Quillfeather"
HEADLINE = "Backend Engineer"

# (kind, text); kind picks the icon in the layouts that draw icons.
CONTACT = [
    ("email", "mara.quillfeather@example.com"),
    ("phone", "(312) 555-0163"),
    ("place", "Chicago, IL"),
    ("web", "quillfeather.example.com"),
]

SUMMARY = (
    "Backend engineer with eight years of experience building efficient, "
    "cloud-native services for payments and logistics in Python and Go. I design "
    "end-to-end workflows that stay reliable under difficult traffic, write the "
    "official runbooks that on-call engineers rely on, and lead zero-downtime "
    "migrations of production infrastructure. I am happiest owning a service "
    "from its first design document to its last pager alert."
)

JOBS = [
    {
        "title": "Senior Backend Engineer",
        "where": "Lanternfish Logistics, Remote",
        "dates": "Mar 2021 – Present",
        "bullets": [
            "Cut the p99 latency of the shipment-tracking API from 840 ms to 190 ms "
            "by profiling hot paths and adding a Redis read-through cache.",
            "Led the end-to-end migration of 14 services to a cloud-native deployment "
            "on AWS, reducing infrastructure cost by 31% in six months.",
            "Built an asynchronous reconciliation workflow that processes 2.3 million "
            "carrier events per day with zero lost messages.",
            "Introduced observability standards (structured logs, distributed traces "
            "and official dashboards) that shortened incident resolution from 3 hours "
            "to 40 minutes.",
            "Wrote a capacity-planning model that predicted peak load within 8% and "
            "freed $180,000 a year of unused reserved capacity.",
        ],
    },
    {
        "title": "Backend Engineer",
        "where": "Brightwater Payments, Chicago, IL",
        "dates": "Jun 2017 – Feb 2021",
        "bullets": [
            "Designed an idempotent refunds service in Go that handles 120,000 requests "
            "per minute at peak traffic.",
            "Rewrote a difficult, flaky nightly billing job as an efficient batch "
            "pipeline, cutting its runtime from 5 hours to 35 minutes.",
            "Automated PostgreSQL schema migrations in the deployment workflow, "
            "reducing failed releases by 60%.",
            "Mentored 4 junior engineers; all 4 joined the on-call rotation within "
            "6 months.",
        ],
    },
    {
        "title": "Software Developer",
        "where": "Copperleaf Studio, Madison, WI",
        "dates": "Jul 2015 – May 2017",
        "bullets": [
            "Shipped 9 client APIs in Python and Django with 95% test coverage and an "
            "offline-first sync protocol used by 300 field inspectors.",
            "Cut the median response time of a legacy Django admin from 2.1 s to "
            "600 ms by removing N+1 database queries.",
        ],
    },
]

SKILLS = [
    ("Languages", "Python, Go, SQL, Bash"),
    ("Data", "PostgreSQL, Redis, DynamoDB, SQS"),
    ("Cloud & Ops", "AWS, Docker, GitHub Actions, Prometheus, Grafana"),
    ("Practices", "API design, observability, profiling, incident response"),
]

EDUCATION = [
    "B.S. in Computer Science",
    "University of Eastmere",
    "2011 – 2015",
    "Thesis: Efficient conflict-free replication for offline clients",
]

SECTION = {"contact": "Contact", "summary": "Summary", "experience": "Experience",
           "skills": "Skills", "education": "Education"}

# Keyword stuffing. None of these words is in the visible resume.
WHITE_KEYWORDS = ("Kubernetes Terraform Kafka GraphQL Rust Elasticsearch Cassandra "
                  "Spark Airflow Snowflake Microservices Kubernetes Terraform Kafka "
                  "GraphQL Rust Elasticsearch Cassandra Spark Airflow Snowflake")
TINY_KEYWORDS = "Kotlin Scala Hadoop Jenkins Ansible Redshift"
RENDER_MODE_KEYWORDS = ("TensorFlow PyTorch Solidity Blockchain Haskell Erlang "
                        "TensorFlow PyTorch Solidity Blockchain Haskell Erlang")

# Read off the rendered pages (pdftoppm images and `pdftotext -layout`), so
# only valid for the committed PDFs: re-check them after changing the text or
# the styles above.
#
# Words the engine broke at a line end with an added hyphen, as the source
# spells them. Chromium and LibreOffice do not hyphenate here (no hyphenation
# dictionaries are installed and the text is not set to hyphenate). Typst
# hyphenates justified text, but no word of this page happens to need it.
LATEX_HYPHENATED = ["building", "logistics", "infrastructure"]
HYPHENATED = {
    "latex-narrow": LATEX_HYPHENATED,
    "hidden-render-mode": LATEX_HYPHENATED,
}
# Hyphenated compounds that the engine broke at their own hyphen at a line end
# ("zero-" at the end of one line, "downtime" at the start of the next): the
# hyphen is part of the word and must stay, with no space.
COMPOUNDS_AT_LINE_END = {
    "latex-narrow": ["zero-downtime"],
    "hidden-render-mode": ["zero-downtime"],
    "libreoffice-docx": ["on-call", "read-through"],
}
# Where the multicols body moves from column 1 to column 2.
LATEX_BREAK = {"last_in_column_1": JOBS[1]["bullets"][1],
               "first_in_column_2": JOBS[1]["bullets"][2]}
COLUMN_BREAK = {"latex-narrow": LATEX_BREAK, "hidden-render-mode": LATEX_BREAK}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def unique_words(text):
    seen = []
    for w in text.split():
        if w not in seen:
            seen.append(w)
    return seen


def compounds(lines):
    """Hyphenated compounds (letters-hyphen-letters) in the visible text, in order."""
    found = []
    for line in lines:
        for m in re.finditer(r"(?<![\w.@-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w@-])", line):
            if m.group(0) not in found:
                found.append(m.group(0))
    return found


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# HTML for Chromium
# ---------------------------------------------------------------------------

ICONS = {"email": "\u2709", "phone": "\u260e", "place": "\u2302", "web": "\u2197"}

CSS_TWO_COLUMN = """
@page { size: Letter; margin: 0.45in 0.5in; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Carlito", sans-serif; font-size: 10.5pt;
       line-height: 1.3; color: #222; }
.page { display: grid; grid-template-columns: 2.3in 1fr; column-gap: 0.28in; }
header { grid-column: 1 / -1; border-bottom: 2px solid #2b5c83;
         padding-bottom: 6pt; margin-bottom: 4pt; }
h1 { margin: 0; font-size: 27pt; font-weight: 700; color: #1d3f5c; }
.headline { margin: 0; font-size: 13pt; color: #2b5c83; }
h2 { margin: 12pt 0 4pt; font-size: 10pt; font-weight: 700; color: #2b5c83;
     text-transform: uppercase; letter-spacing: 0.3em; }
aside { background: #eef2f6; padding: 2pt 10pt 10pt; }
aside p { margin: 0 0 3pt; }
.contact { font-size: 9.5pt; }
.icon { font-family: "DejaVu Sans"; display: inline-block; width: 1.4em;
        color: #2b5c83; }
.label { font-weight: 700; margin-top: 5pt; }
main p { margin: 0 0 4pt; }
.job-head { display: flex; justify-content: space-between; margin-top: 7pt;
            font-weight: 700; }
.dates { font-weight: 400; font-style: italic; }
.where { font-style: italic; }
ul { margin: 2pt 0 0; padding-left: 14pt; }
li { margin: 0 0 2pt; }
"""

CSS_SINGLE = """
@page { size: Letter; margin: 0.45in 0.6in; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9pt;
       line-height: 1.3; color: #202020; }
h1 { margin: 0; font-size: 22pt; font-weight: 400; }
.headline { margin: 0 0 2pt; font-size: 12pt; color: #555; }
h2 { margin: 9pt 0 3pt; font-size: 11pt; font-weight: 700; color: #1a4d80;
     border-bottom: 1px solid #1a4d80; padding-bottom: 1pt; }
p { margin: 0 0 3pt; }
.job-head { display: flex; justify-content: space-between; margin-top: 6pt;
            font-weight: 700; }
.dates { font-weight: 400; }
.where { font-style: italic; }
ul { margin: 2pt 0 0; padding-left: 16pt; }
li { margin: 0 0 1.5pt; }
.white { color: #ffffff; }
.tiny { font-size: 1pt; line-height: 1pt; margin: 0; }
"""


def html_doc(css, body):
    return ("<!DOCTYPE html>\n<!-- Generated by samples/make/layout/resume.py -- edit that file, "
            "not this one. -->\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{NAME} – Resume</title>\n<style>{css}</style>\n</head>\n"
            f"<body>\n{body}</body>\n</html>\n")


def html_jobs(order):
    e = html.escape
    out = []
    for job in JOBS:
        out.append(f'<div class="job-head"><span>{e(job["title"])}</span>'
                   f'<span class="dates">{e(job["dates"])}</span></div>\n')
        out.append(f'<p class="where">{e(job["where"])}</p>\n<ul>\n')
        order += [job["title"], job["dates"], job["where"]]
        for b in job["bullets"]:
            out.append(f"<li>{e(b)}</li>\n")
            order.append(b)
        out.append("</ul>\n")
    return "".join(out)


def h2(key, order, upper):
    order.append(SECTION[key].upper() if upper else SECTION[key])
    return f"<h2>{html.escape(SECTION[key])}</h2>\n"


def chromium_two_column():
    e = html.escape
    order = [NAME, HEADLINE]
    b = ['<div class="page">\n<header>\n'
         f'<h1>{e(NAME)}</h1>\n<p class="headline">{e(HEADLINE)}</p>\n</header>\n'
         "<aside>\n"]
    b.append(h2("contact", order, True))
    for kind, text in CONTACT:
        b.append(f'<p class="contact"><span class="icon">{ICONS[kind]}</span>{e(text)}</p>\n')
        order.append(text)
    b.append(h2("skills", order, True))
    for label, items in SKILLS:
        b.append(f'<p class="label">{e(label)}</p>\n<p>{e(items)}</p>\n')
        order += [label, items]
    b.append(h2("education", order, True))
    for i, line in enumerate(EDUCATION):
        cls = ' class="label"' if i == 0 else ""
        b.append(f"<p{cls}>{e(line)}</p>\n")
        order.append(line)
    b.append("</aside>\n<main>\n")
    b.append(h2("summary", order, True))
    b.append(f"<p>{e(SUMMARY)}</p>\n")
    order.append(SUMMARY)
    b.append(h2("experience", order, True))
    b.append(html_jobs(order))
    b.append("</main>\n</div>\n")
    return html_doc(CSS_TWO_COLUMN, "".join(b)), order


def chromium_single(stuffing=False):
    e = html.escape
    order = [NAME, HEADLINE]
    b = [f"<h1>{e(NAME)}</h1>\n<p class=\"headline\">{e(HEADLINE)}</p>\n"]
    b.append(h2("contact", order, False))
    line = " | ".join(t for _, t in CONTACT)
    b.append(f"<p>{e(line)}</p>\n")
    order.append(line)
    b.append(h2("summary", order, False))
    b.append(f"<p>{e(SUMMARY)}</p>\n")
    order.append(SUMMARY)
    if stuffing:
        b.append(f'<p class="tiny">{e(TINY_KEYWORDS)}</p>\n')
    b.append(h2("experience", order, False))
    b.append(html_jobs(order))
    b.append(h2("skills", order, False))
    for label, items in SKILLS:
        b.append(f"<p><b>{e(label)}:</b> {e(items)}</p>\n")
        order.append(f"{label}: {items}")
    b.append(h2("education", order, False))
    for i, line in enumerate(EDUCATION):
        b.append(f"<p>{'<b>' if i == 0 else ''}{e(line)}{'</b>' if i == 0 else ''}</p>\n")
        order.append(line)
    if stuffing:
        b.append(f'<p class="white">{e(WHITE_KEYWORDS)}</p>\n')
    return html_doc(CSS_SINGLE, "".join(b)), order


# ---------------------------------------------------------------------------
# TeX for pdflatex
# ---------------------------------------------------------------------------

# Zapf Dingbats (pifont): envelope, telephone, black star, arrowhead
TEX_ICONS = {"email": r"\ding{41}", "phone": r"\ding{37}", "place": r"\ding{72}",
             "web": r"\ding{226}"}


def tex(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("#", r"\#"), ("_", r"\_"), ("$", r"\$"),
                 ("—", "---"), ("–", "--")):
        s = s.replace(a, b)
    # keep numbers with units and the phone number together
    s = re.sub(r"(\d) (ms|hours|minutes|months|million)\b", r"\1~\2", s)
    return s


TEX_PREAMBLE = r"""% Generated by samples/make/layout/resume.py -- edit that file, not this one.
\documentclass[10pt,letterpaper]{article}
\pdfinfoomitdate=1
\pdftrailerid{}
\pdfsuppressptexinfo=-1
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=0.7in,top=0.6in,bottom=0.6in]{geometry}
\usepackage{multicol}
\usepackage{pifont}
%(extra)s
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{2pt}
\setlength{\columnsep}{0.3in}
\newcommand{\rsection}[1]{\par\vspace{7pt}{\large\textsc{#1}}\par\vspace{-5pt}%
  \rule{\columnwidth}{0.4pt}\par\vspace{1pt}}
\newcommand{\job}[3]{\par\vspace{4pt}\textbf{#1}\hfill\textit{#3}\par\textit{#2}\par}
\newenvironment{bullets}{\begin{itemize}\setlength{\itemsep}{1pt}%
  \setlength{\parsep}{0pt}\setlength{\topsep}{2pt}\setlength{\leftmargin}{1.2em}}%
  {\end{itemize}}
\begin{document}
"""


def latex_narrow(render_mode=False):
    order = [NAME, HEADLINE]
    extra = r"\usepackage{pdfrender}" if render_mode else ""
    t = [TEX_PREAMBLE.replace("%(extra)s", extra)]
    t.append(r"\begin{center}" "\n"
             rf"{{\Huge\textsc{{{tex(NAME)}}}}}\\[4pt]" "\n"
             rf"\textit{{{tex(HEADLINE)}}}" "\n"
             r"\end{center}" "\n"
             r"\vspace{-6pt}\rule{\textwidth}{0.8pt}" "\n"
             r"\begin{multicols}{2}" "\n")

    def sec(key):
        t.append(rf"\rsection{{{SECTION[key]}}}" "\n")
        order.append(SECTION[key])

    sec("summary")
    t.append(tex(SUMMARY) + "\n\n")
    order.append(SUMMARY)
    sec("experience")
    for job in JOBS:
        t.append(rf"\job{{{tex(job['title'])}}}{{{tex(job['where'])}}}{{{tex(job['dates'])}}}" "\n")
        order += [job["title"], job["dates"], job["where"]]
        t.append(r"\begin{bullets}" "\n")
        for b in job["bullets"]:
            t.append(rf"\item {tex(b)}" "\n")
            order.append(b)
        t.append(r"\end{bullets}" "\n")
    sec("skills")
    t.append(r"\begin{tabular}{@{}l@{\hspace{8pt}}p{0.66\columnwidth}@{}}" "\n")
    for label, items in SKILLS:
        t.append(rf"\textbf{{{tex(label)}}} & {tex(items)} \\" "\n")
        order += [label, items]
    t.append(r"\end{tabular}" "\n")
    sec("education")
    for i, line in enumerate(EDUCATION):
        t.append((rf"\textbf{{{tex(line)}}}" if i == 0 else tex(line)) + r"\par" "\n")
        order.append(line)
    sec("contact")
    for kind, text in CONTACT:
        t.append(rf"{TEX_ICONS[kind]}\enspace \mbox{{{tex(text)}}}\par" "\n")
        order.append(text)
    t.append(r"\end{multicols}" "\n")
    if render_mode:
        t.append(r"\vfill" "\n"
                 r"\textpdfrender{TextRenderingMode=Invisible}{" + RENDER_MODE_KEYWORDS + "}\n")
    t.append(r"\end{document}" "\n")
    return "".join(t), order


# ---------------------------------------------------------------------------
# Typst
# ---------------------------------------------------------------------------


def typ(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_source():
    order = [NAME, HEADLINE]
    t = ["// Generated by samples/make/layout/resume.py -- edit that file, not this one.\n",
         "#set document(title: " + typ(NAME + " – Resume") + ", author: " + typ(NAME)
         + ", date: none)\n",
         '#set page(paper: "us-letter", margin: (x: 0.75in, y: 0.6in))\n',
         '#set text(font: "Libertinus Serif", size: 10.5pt, lang: "en", hyphenate: true)\n',
         "#set par(justify: true, spacing: 0.55em, leading: 0.5em)\n",
         "#show heading: it => block(above: 1em, below: 0.55em, width: 100%,\n"
         "  stroke: (bottom: 0.5pt), inset: (bottom: 2pt),\n"
         "  text(size: 12pt, weight: \"bold\", it.body))\n",
         "#set list(indent: 0.4em, body-indent: 0.5em, spacing: 0.45em)\n\n",
         "#text(size: 22pt, weight: \"bold\")[#" + typ(NAME) + "] \\\n",
         "#text(size: 12pt)[#" + typ(HEADLINE) + "]\n\n"]

    def sec(key):
        t.append(f"= #{typ(SECTION[key])}\n")
        order.append(SECTION[key])

    sec("contact")
    line = " | ".join(x for _, x in CONTACT)
    t.append(f"#{typ(line)}\n\n")
    order.append(line)
    sec("summary")
    t.append(f"#{typ(SUMMARY)}\n\n")
    order.append(SUMMARY)
    sec("experience")
    for job in JOBS:
        t.append(f"#v(0.3em) #strong[#{typ(job['title'])}] #h(1fr) #emph[#{typ(job['dates'])}] \\\n"
                 f"#emph[#{typ(job['where'])}]\n")
        order += [job["title"], job["dates"], job["where"]]
        for b in job["bullets"]:
            t.append(f"- #{typ(b)}\n")
            order.append(b)
        t.append("\n")
    sec("skills")
    for label, items in SKILLS:
        t.append(f"#strong[#{typ(label + ':')}] #{typ(items)} \\\n")
        order.append(f"{label}: {items}")
    t.append("\n")
    sec("education")
    for i, line in enumerate(EDUCATION):
        t.append((f"#strong[#{typ(line)}]" if i == 0 else f"#{typ(line)}")
                 + (" \\\n" if i < len(EDUCATION) - 1 else "\n"))
        order.append(line)
    return "".join(t), order


# ---------------------------------------------------------------------------
# DOCX (python-docx), converted by LibreOffice
# ---------------------------------------------------------------------------

FIXED_DATE = datetime(2025, 1, 15, 9, 0, 0, tzinfo=timezone.utc)


def docx_build(path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.5)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    def font(style, size, bold=None, color=None):
        style.font.name = "Calibri"
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), "Calibri")
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
        style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        if color:
            style.font.color.rgb = RGBColor.from_string(color)

    st = doc.styles
    font(st["Normal"], 10)
    st["Normal"].paragraph_format.space_after = Pt(1)
    st["Normal"].paragraph_format.line_spacing = 1.0
    font(st["Title"], 24, color="1F3864")
    st["Title"].paragraph_format.space_after = Pt(0)
    font(st["Heading 1"], 12.5, bold=True, color="1F3864")
    st["Heading 1"].paragraph_format.space_before = Pt(7)
    st["Heading 1"].paragraph_format.space_after = Pt(3)
    st["List Bullet"].paragraph_format.space_after = Pt(0)

    cp = doc.core_properties
    cp.author = cp.last_modified_by = NAME
    cp.title = f"{NAME} – Resume"
    cp.subject = "Layout fixture (fictional person) for the ats tool"
    cp.keywords = cp.comments = ""
    cp.created = cp.modified = FIXED_DATE
    cp.revision = 1

    order = [NAME, HEADLINE]
    doc.add_paragraph(NAME, style="Title")
    doc.add_paragraph().add_run(HEADLINE).bold = True

    def heading(key):
        doc.add_paragraph(SECTION[key], style="Heading 1")
        order.append(SECTION[key])

    heading("contact")
    line = " | ".join(x for _, x in CONTACT)
    doc.add_paragraph(line)
    order.append(line)
    heading("summary")
    doc.add_paragraph(SUMMARY)
    order.append(SUMMARY)
    heading("experience")
    for job in JOBS:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        p.add_run(job["title"]).bold = True
        p.add_run("\t")
        p.add_run(job["dates"]).italic = True
        doc.add_paragraph().add_run(job["where"]).italic = True
        order += [job["title"], job["dates"], job["where"]]
        for b in job["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
            order.append(b)
    heading("skills")
    for label, items in SKILLS:
        p = doc.add_paragraph()
        p.add_run(label + ":").bold = True
        p.add_run(" " + items)
        order.append(f"{label}: {items}")
    heading("education")
    for i, line in enumerate(EDUCATION):
        r = doc.add_paragraph().add_run(line)
        r.bold = True if i == 0 else None
        order.append(line)

    # python-docx's default template carries a thumbnail of an empty page; drop it.
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del rels[rid]
    doc.save(path)
    # fixed zip timestamps so a rebuild gives the same bytes
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    return order


# ---------------------------------------------------------------------------
# Engine versions (asked from the installed programs) and the truth files
# ---------------------------------------------------------------------------


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def deb(pkg):
    v = run(["dpkg-query", "-W", "-f=${Version}", pkg])
    return f"Debian {pkg} {v}" if v else ""


def engines():
    chrome = run([os.environ.get("CHROMIUM", "chromium-headless-shell"), "--version"])
    tex = run(["pdftex", "--version"]).split("\n")[0]
    lo = run(["soffice", "--version"])
    typst_v = run([sys.executable, "-c", "import typst; print(typst.__version__)"])
    # the compiler's own version is only written into the PDF it makes
    m = re.search(rb"/Creator\s*\((Typst [0-9.]+)\)", read_bytes(os.path.join(OUT, "typst.pdf")))
    typst_c = m.group(1).decode() if m else "Typst"
    return {
        "chromium": f"{chrome} headless, --print-to-pdf ({deb('chromium-headless-shell')})",
        "latex": f"pdflatex: {tex} ({deb('texlive-latex-base')})",
        "libreoffice": f"{lo.split(' 40(')[0] if lo else 'LibreOffice'} soffice --headless "
                       f"--convert-to pdf ({deb('libreoffice-writer-nogui')}); "
                       "DOCX written by python-docx 1.2.0",
        "typst": f"{typst_c} (the compiler bundled in the PyPI package typst {typst_v})",
    }


NOTE_SINGLE = ("one column, top to bottom. Each job's title line has its dates at the right "
               "margin of the same line: the title comes before the dates.")
NOTE_TWO = ("two columns: the spanning header (name, headline) first, then the left "
            "sidebar top to bottom (Contact, Skills, Education), then the wide right "
            "column top to bottom (Summary, Experience). Headings are written 'Summary' "
            "etc. in the HTML and shown in capitals by text-transform: uppercase, with "
            "letter-spacing: 0.3em, so they are listed as a person sees them. Each "
            "contact line has an icon glyph (DejaVu Sans) before it, omitted here. In the "
            "sidebar each skills label (bold) is its own line above its items. Each job's "
            "title line has its dates at the right end of the same line: title first.")
NOTE_LATEX = ("the spanning header (name, headline), then a two-column multicols body "
              "read as column 1 top to bottom, then column 2 top to bottom; the text "
              "flows from the foot of column 1 to the top of column 2 (see "
              "column_break: the break falls between two bullets). Headings are \\textsc small caps: a person sees capitals; "
              "they are listed as the source spells them ('Summary'), so compare them "
              "case-insensitively. The skills are a tabular: label cell, then items cell, "
              "per row. Contact lines have Zapf Dingbats icons (pifont) before them, omitted here. "
              "Each job's title line has its dates at the right end of the same line: "
              "title first.")


def truth_all():
    eng = engines()
    two_html, two_order = chromium_two_column()
    _, single_order = chromium_single()
    _, latex_order = latex_narrow()
    _, typ_order = typst_source()
    docx_order = docx_order_only()
    files = {
        "chromium-two-column": (eng["chromium"], 2, two_order, NOTE_TWO, []),
        "chromium-single": (eng["chromium"], 1, single_order, NOTE_SINGLE, []),
        "hidden-stuffing": (
            eng["chromium"], 1, single_order,
            NOTE_SINGLE + " Not in the order: a line of keywords at font-size 1pt after "
            "the Summary paragraph, and a paragraph of keywords in white (#ffffff) on the "
            "white page after Education; their words are in 'hidden'.",
            unique_words(TINY_KEYWORDS + " " + WHITE_KEYWORDS)),
        "latex-narrow": (eng["latex"], 2, latex_order, NOTE_LATEX, []),
        "hidden-render-mode": (
            eng["latex"], 2, latex_order,
            NOTE_LATEX + " Not in the order: below the columns, a paragraph of keywords "
            "drawn with text render mode 3 (invisible, '3 Tr', via the pdfrender package); "
            "its words are in 'hidden'.",
            unique_words(RENDER_MODE_KEYWORDS)),
        "libreoffice-docx": (eng["libreoffice"], 1, docx_order,
                             NOTE_SINGLE + " The date is after a right-aligned tab stop. "
                             "Bullets are Word 'List Bullet' paragraphs.", []),
        "typst": (eng["typst"], 1, typ_order, NOTE_SINGLE, []),
    }
    for name, (engine, cols, order, note, hidden) in files.items():
        if not os.path.exists(os.path.join(OUT, name + ".pdf")):
            continue
        data = {
            "engine": engine,
            "source": f"samples/make/layout/{SOURCES[name]}",
            "pages": 1,
            "columns": cols,
            "order": order,
            "order_note": note,
            "hidden": hidden,
            "compounds": compounds(order),
            "hyphenated_at_line_end": HYPHENATED.get(name, []),
            "compounds_at_line_end": COMPOUNDS_AT_LINE_END.get(name, []),
        }
        if name in COLUMN_BREAK:
            data["column_break"] = COLUMN_BREAK[name]
        write(os.path.join(OUT, name + ".truth.json"),
              json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        print("wrote", os.path.relpath(os.path.join(OUT, name + ".truth.json")))


def docx_order_only():
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        return docx_build(os.path.join(d, "x.docx"))


SOURCES = {
    "chromium-two-column": "chromium-two-column.html",
    "chromium-single": "chromium-single.html",
    "hidden-stuffing": "hidden-stuffing.html",
    "latex-narrow": "latex-narrow.tex",
    "hidden-render-mode": "hidden-render-mode.tex",
    "libreoffice-docx": "libreoffice-docx.docx",
    "typst": "typst.typ",
}


def sources():
    write(os.path.join(HERE, "chromium-two-column.html"), chromium_two_column()[0])
    write(os.path.join(HERE, "chromium-single.html"), chromium_single()[0])
    write(os.path.join(HERE, "hidden-stuffing.html"), chromium_single(stuffing=True)[0])
    write(os.path.join(HERE, "latex-narrow.tex"), latex_narrow()[0])
    write(os.path.join(HERE, "hidden-render-mode.tex"), latex_narrow(render_mode=True)[0])
    write(os.path.join(HERE, "typst.typ"), typst_source()[0])
    docx_build(os.path.join(HERE, "libreoffice-docx.docx"))
    words = " ".join(chromium_single()[1]).split()
    print(f"wrote the sources; the resume has {len(words)} visible words")


def normalize(paths):
    """Make a Chromium or LibreOffice PDF reproducible, changing no length.

    Neither engine takes SOURCE_DATE_EPOCH: each writes the current time as the
    CreationDate (and ModDate), and LibreOffice also a file /ID and a
    /DocChecksum that change with it. This puts the SOURCE_DATE_EPOCH date in
    the same digits and derives the /ID and the checksum from the rest of the
    file. Every replacement has the same length as what it replaces, so the
    xref offsets stay right; nothing in the page content is touched.
    """
    import hashlib
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "1736931600"))
    stamp = datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y%m%d%H%M%S").encode()
    for path in paths:
        data = read_bytes(path)
        size = len(data)
        data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + stamp, data)
        hexes = rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)"
        blank = re.sub(hexes, lambda m: m.group(1) + b"0" * 32 + m.group(3) + b"0" * 32 + m.group(5), data)
        blank = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + b"0" * 32, blank)
        digest = hashlib.md5(blank).hexdigest().upper().encode()
        data = re.sub(hexes, lambda m: m.group(1) + digest + m.group(3) + digest + m.group(5), data)
        data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest, data)
        assert len(data) == size, path
        with open(path, "wb") as f:
            f.write(data)


def check():
    """Sanity check of the built PDFs against their truth files (pdftotext).

    This only reports; the truth files are never written from it. Each line of
    'order' and each hidden word must be found in the pdftotext output once
    spaces, hyphens and punctuation are ignored (so letter-spaced headings and
    words hyphenated at a line end still match), and the PDF must be one page.
    """
    ok = True
    for name in SOURCES:
        pdf = os.path.join(OUT, name + ".pdf")
        truth_path = os.path.join(OUT, name + ".truth.json")
        if not os.path.exists(pdf) or not os.path.exists(truth_path):
            continue
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"[\W_]+", "", text).lower()
        missing = [line for line in truth["order"]
                   if re.sub(r"[\W_]+", "", line).lower() not in flat]
        hidden = [w for w in truth["hidden"] if w.lower() not in flat]
        status = "ok" if not missing and not hidden else "MISSING"
        ok &= status == "ok"
        print(f"{name}: {len(truth['order'])} lines in order, {status}")
        for line in missing + hidden:
            print(f"  not found in pdftotext output: {line!r}")
    return ok


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "sources":
        sources()
    elif cmd == "truth":
        truth_all()
    elif cmd == "normalize":
        normalize(sys.argv[2:])
    elif cmd == "check":
        sys.exit(0 if check() else 1)
    else:
        sys.exit("usage: resume.py sources | truth | normalize PDF... | check")
