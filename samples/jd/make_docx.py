#!/usr/bin/env python3
"""Write product-manager.docx, a fictional Product Manager job description.

Headings use Word's "Heading 1" style (the job title uses "Title") and the
bullets are paragraphs in the "List Bullet" style. The document dates and the
zip timestamps are fixed, so running the script again gives the same bytes.

Usage: python3 samples/jd/make_docx.py   (needs python-docx, tested with 1.2.0)
"""
import datetime
import pathlib
import zipfile

from docx import Document

OUT = pathlib.Path(__file__).resolve().parent / "product-manager.docx"
FIXED_DATE = datetime.datetime(2025, 1, 1, 0, 0, 0)

TITLE = "Product Manager"
SUBTITLE = "Fernwick Field Software | Leeds, UK (hybrid) | Full-time"
INTRO = (
    "Fernwick Field Software helps 9,000 plumbing, heating and electrical firms "
    "schedule jobs, dispatch technicians and get paid on the same day. We are "
    "looking for a Product Manager to own scheduling and dispatch, the part of "
    "our product that office staff keep open all day and technicians check "
    "from the van between jobs."
)

SECTIONS = [
    ("Responsibilities", [
        "Own the product roadmap for scheduling and dispatch, and explain every "
        "trade-off to customers, sales and the leadership team.",
        "Run user research with dispatchers and technicians, on site and in "
        "remote sessions.",
        "Write PRDs and user stories that engineers and designers can act on.",
        "Prioritize the backlog in Jira with two Scrum teams of about six people each.",
        "Set quarterly OKRs for your area and track adoption in Amplitude.",
        "Plan A/B testing for changes to booking and payment flows.",
        "Work with marketing and customer success on go-to-market plans for "
        "every major release.",
    ]),
    ("Must have", [
        "4+ years as a product manager on a B2B SaaS product.",
        "You have owned a product roadmap from discovery to launch.",
        "Experience working in Agile teams that use Scrum.",
        "Hands-on user research, including usability testing with real customers.",
        "Comfortable writing SQL to answer your own questions.",
        "Experience with product analytics and A/B testing.",
        "Clear PRDs and user stories, written for engineers.",
    ]),
    ("Pluses", [
        "Figma, enough to sketch a flow yourself.",
        "Experience with REST APIs and third-party integrations.",
        "Certified Scrum Product Owner (CSPO).",
        "Mixpanel or a similar tool used alongside Amplitude.",
    ]),
    ("What we offer", [
        "Salary of £58,000 to £70,000, plus a yearly bonus of up to 10%.",
        "27 days of holiday plus bank holidays, and your birthday off.",
        "Private health insurance and a 6% pension contribution.",
        "A £1,000 yearly budget for courses, books and conferences.",
    ]),
]

EEO = (
    "Fernwick Field Software is an equal opportunity employer. We welcome "
    "applicants of any age, gender, ethnicity, religion, sexual orientation or "
    "disability, and we are happy to make adjustments during interviews."
)


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


def main():
    doc = Document()
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_paragraph(INTRO)
    for heading, bullets in SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        for text in bullets:
            doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(EEO)

    props = doc.core_properties
    props.author = "ats sample generator"
    props.last_modified_by = "ats sample generator"
    props.title = "Product Manager - Fernwick Field Software (fictional)"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1

    doc.save(OUT)
    normalize_zip(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
