//! DOCX fixtures written with docx-rs: where Word puts text, and whether the
//! report says what an ATS would miss.

use std::io::{Cursor, Read, Write};

use docx_rs::{
    AbstractNumbering, Docx, Header, IndentLevel, Level, LevelJc, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, Run, Start, Table, TableCell, TableRow,
};

use crate::util::{check_json, found_terms, readability_codes, run, write};

fn p(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

/// A plain resume body around the part under test.
fn resume(doc: Docx) -> Docx {
    doc.add_paragraph(p("Experience"))
        .add_paragraph(p("Backend Engineer, Acme Logistics, 2021 - Present"))
        .add_paragraph(p("Education"))
        .add_paragraph(p("B.Sc. Computer Science"))
        .add_paragraph(p("Skills"))
}

fn pack(doc: Docx) -> Vec<u8> {
    let mut buf = Cursor::new(Vec::new());
    doc.build().pack(&mut buf).unwrap();
    buf.into_inner()
}

fn check(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> serde_json::Value {
    check_json(&write(dir.path(), name, bytes))
}

/// The report entry of one keyword.
fn keyword<'r>(report: &'r serde_json::Value, term: &str) -> &'r serde_json::Value {
    report["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["term"] == term)
        .unwrap()
}

fn extract(dir: &tempfile::TempDir, name: &str) -> String {
    let output = run([
        "extract",
        "--line-numbers",
        dir.path().join(name).to_str().unwrap(),
    ]);
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn docx_contact_in_header_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let doc = resume(
        Docx::new()
            .header(Header::new().add_paragraph(p("jane.roe@example.com | (303) 555-0100")))
            .add_paragraph(p("Jane Roe")),
    );
    let report = check(&dir, "header.docx", &pack(doc));
    assert!(
        readability_codes(&report).contains(&"contact-in-header".to_owned()),
        "{report}"
    );
    let text = extract(&dir, "header.docx");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .contains("[header] jane.roe@example.com"),
        "{text}"
    );
}

#[test]
fn docx_table_cells_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let table = Table::new(vec![TableRow::new(vec![
        TableCell::new().add_paragraph(p("Platforms")),
        TableCell::new().add_paragraph(p("Kubernetes, PostgreSQL, Redis")),
    ])]);
    let doc = resume(Docx::new().add_paragraph(p("jane@example.com"))).add_table(table);
    let report = check(&dir, "table.docx", &pack(doc));
    let found = found_terms(&report);
    for term in ["Kubernetes", "PostgreSQL", "Redis"] {
        assert!(
            found.contains(&term.to_owned()),
            "{term} in a table cell: {found:?}"
        );
    }
    let kubernetes = keyword(&report, "Kubernetes");
    assert_eq!(kubernetes["occurrences"][0]["section"], "skills");
    assert!(extract(&dir, "table.docx").contains("[table] Kubernetes, PostgreSQL, Redis"));
}

#[test]
fn docx_list_paragraphs_are_bullets() {
    let dir = tempfile::tempdir().unwrap();
    let bullet = |text: &str| p(text).numbering(NumberingId::new(1), IndentLevel::new(0));
    let doc = Docx::new()
        .add_abstract_numbering(AbstractNumbering::new(1).add_level(Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new("\u{F0B7}"),
            LevelJc::new("left"),
        )))
        .add_numbering(Numbering::new(1, 1))
        .add_paragraph(p("jane@example.com"))
        .add_paragraph(p("Experience"))
        .add_paragraph(bullet("Cut checkout latency by 40% with Redis caching"))
        .add_paragraph(bullet("Improved the deployment process"))
        .add_paragraph(bullet("Led a team of 6 engineers"))
        .add_paragraph(p("Education"))
        .add_paragraph(p("Skills"));
    let report = check(&dir, "list.docx", &pack(doc));
    let q = &report["quantification"];
    assert_eq!(q["bullets"], 3, "{q}");
    assert_eq!(q["quantified"], 2, "{q}");
    assert_eq!(
        q["unquantified"][0]["text"],
        "Improved the deployment process"
    );
    assert_eq!(q["unquantified"][0]["line"], 4);
}

#[test]
fn docx_hidden_text_is_flagged_and_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let doc = resume(
        Docx::new()
            .add_paragraph(p("jane@example.com"))
            .add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text("Python developer. "))
                    .add_run(Run::new().add_text("Terraform Kubernetes Kafka").vanish()),
            ),
    );
    let report = check(&dir, "hidden.docx", &pack(doc));
    assert!(
        readability_codes(&report).contains(&"hidden-text".to_owned()),
        "{report}"
    );
    let found = found_terms(&report);
    assert!(found.contains(&"Python".to_owned()));
    for term in ["Terraform", "Kubernetes", "Apache Kafka"] {
        assert!(
            !found.contains(&term.to_owned()),
            "hidden {term} was counted"
        );
    }
}

/// Word's markup for a text box anchored in a run: a DrawingML text box,
/// with the VML copy older readers use as the fallback.
fn text_box_run(text: &str) -> String {
    let para = format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
    format!(
        r#"<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>{para}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>{para}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#
    )
}

/// Replaces the run holding `marker` in word/document.xml with `run_xml`.
fn inject(docx: &[u8], marker: &str, run_xml: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == "word/document.xml" {
            let xml = String::from_utf8(data).unwrap();
            let at = xml.find(marker).expect("marker in document.xml");
            let run_start = xml[..at].rfind("<w:r>").expect("run start");
            let run_end = at + xml[at..].find("</w:r>").expect("run end") + "</w:r>".len();
            data = format!("{}{run_xml}{}", &xml[..run_start], &xml[run_end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn docx_text_box_is_read_once_and_flagged() {
    // docx-rs writes no text boxes (its writer says "TODO: Support textBox
    // writer"), so Word's own markup is put in place of a marker run.
    let dir = tempfile::tempdir().unwrap();
    let doc = resume(
        Docx::new()
            .add_paragraph(p("jane@example.com"))
            .add_paragraph(p("TEXTBOX-HERE")),
    );
    let boxed = "Migrated 40 services to Kubernetes and cut hosting costs by 30% for the logistics platform";
    let bytes = inject(&pack(doc), "TEXTBOX-HERE", &text_box_run(boxed));
    let report = check(&dir, "textbox.docx", &bytes);
    let kubernetes = keyword(&report, "Kubernetes");
    assert_eq!(
        kubernetes["count"], 1,
        "text box read twice (DrawingML and VML copies)"
    );
    assert!(
        readability_codes(&report).contains(&"text-box-content".to_owned()),
        "{report}"
    );
    let text = extract(&dir, "textbox.docx");
    assert_eq!(text.matches("Migrated 40 services").count(), 1, "{text}");
    assert!(text.contains("[text-box] Migrated 40 services"), "{text}");
}
