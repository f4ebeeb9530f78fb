//! Files crafted to crash, hang or exhaust a parser. Each must become a
//! per-file error while the other files of the run are still analyzed, and
//! the run must end within the per-file time limit.

use std::io::{Cursor, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::util::write;

/// A PDF from object bodies (object n is `objects[n - 1]`), with a correct
/// cross-reference table.
pub(crate) fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).unwrap();
    for offset in offsets {
        writeln!(out, "{offset:010} 00000 n ").unwrap();
    }
    write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    out
}

pub(crate) fn obj(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

pub(crate) fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

pub(crate) const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/// A one-page PDF whose page draws `contents` in Helvetica with `cmap` as
/// the font's ToUnicode map.
pub(crate) fn page_pdf_with_cmap(contents: &[u8], cmap: &[u8]) -> Vec<u8> {
    pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", contents),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"),
        stream("", cmap),
    ])
}

/// A one-page PDF whose page draws `contents` (a stream object) in
/// Helvetica.
pub(crate) fn page_pdf(contents: Vec<u8>) -> Vec<u8> {
    pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        contents,
        obj(FONT),
    ])
}

/// A one-page PDF that reads fine: the control in every batch.
pub(crate) fn good_pdf() -> Vec<u8> {
    page_pdf(stream(
        "",
        b"BT /F1 12 Tf 72 720 Td (Experience: built REST APIs in Python and SQL for 40 services.) Tj ET",
    ))
}

/// A page whose `/Parent` is itself and that inherits its MediaBox: looking
/// the box up walks the parent chain forever (a loop in an optimized build,
/// a stack overflow in a debug build).
fn parent_loop_pdf() -> Vec<u8> {
    pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 3 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", b"BT /F1 12 Tf 72 720 Td (Loop) Tj ET"),
        obj(FONT),
    ])
}

/// A form XObject that draws itself: endless recursion in the parser.
fn self_referencing_xobject_pdf() -> Vec<u8> {
    pdf(&[
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X0 5 0 R >> >> /Contents 4 0 R >>",
        ),
        stream("", b"/X0 Do"),
        stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X0 5 0 R >> >>",
            b"/X0 Do",
        ),
    ])
}

/// A zlib stream that inflates to `size` zero bytes, written by hand (a
/// literal 0, then <length 258, distance 1> pairs with fixed Huffman codes)
/// so the test does not spend seconds compressing zeros.
fn zlib_zeros(size: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u32,
        n: u32,
    }
    impl Bits {
        fn lsb(&mut self, value: u32, count: u32) {
            for i in 0..count {
                self.acc |= ((value >> i) & 1) << self.n;
                self.n += 1;
                if self.n == 8 {
                    self.out.push(self.acc as u8);
                    self.acc = 0;
                    self.n = 0;
                }
            }
        }
        /// Huffman codes are sent most significant bit first.
        fn msb(&mut self, code: u32, count: u32) {
            for i in (0..count).rev() {
                self.lsb((code >> i) & 1, 1);
            }
        }
    }
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    bits.lsb(1, 1); // last block
    bits.lsb(1, 2); // fixed Huffman codes
    bits.msb(0x30, 8); // literal 0
    let mut written = 1;
    while written + 258 <= size {
        bits.msb(0xC5, 8); // length code 285: 258 bytes
        bits.msb(0, 5); // distance code 0: distance 1
        written += 258;
    }
    while written < size {
        bits.msb(0x30, 8);
        written += 1;
    }
    bits.msb(0, 7); // end of block
    if bits.n > 0 {
        bits.out.push(bits.acc as u8);
    }
    let adler = ((size % 65521) as u32) << 16 | 1;
    bits.out.extend_from_slice(&adler.to_be_bytes());
    bits.out
}

/// A valid page with 200,000 text operators: it takes the parser seconds
/// (about 2 s in a release build, 9 s in a debug build, longer on a busy
/// machine), so a short `--timeout` stops it while other files read in
/// milliseconds. Many more operators would run into the memory limit
/// instead.
pub(crate) fn slow_pdf() -> Vec<u8> {
    let content = b"BT /F1 12 Tf 72 720 Td (Hello world) Tj ET\n".repeat(200_000);
    page_pdf(stream("", &content))
}

/// A content stream that inflates to 600 MB: past the count of inflated
/// bytes a PDF may have, and past the test's memory limit.
fn flate_bomb_pdf() -> Vec<u8> {
    page_pdf(stream("/Filter /FlateDecode", &zlib_zeros(600 << 20)))
}

/// A DOCX whose document.xml expands past the reader's cap.
fn zip_bomb_docx() -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    w.start_file("[Content_Types].xml", options).unwrap();
    w.write_all(b"<Types/>").unwrap();
    w.start_file("word/document.xml", options).unwrap();
    w.write_all(b"<w:document><w:body><w:p><w:r><w:t>").unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..80 {
        w.write_all(&chunk).unwrap();
    }
    w.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
        .unwrap();
    w.finish().unwrap().into_inner()
}

/// A zip bomb is refused by count before any memory is taken for it: the
/// same `too-large` under a tight memory limit as under a loose one, where
/// it used to read as `corrupt` ("out of memory") once the limit was
/// under twice the part's cap.
#[test]
fn a_zip_bomb_is_too_large_under_any_memory_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "zip-bomb.docx", &zip_bomb_docx());
    for memory in ["128MB", "1GiB"] {
        let output = crate::util::ats()
            .args(["check", "--role", "backend-developer", "--format", "json"])
            .args(["--max-memory", memory])
            .arg(&path)
            .output()
            .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(value["error"]["code"], "too-large", "{memory}: {value}");
    }
}

#[test]
fn zlib_zeros_inflates_to_the_size_asked() {
    // The bomb must be a real bomb: check the hand-made stream with lopdf's
    // own decoder on a small size.
    let data = zlib_zeros(10_000);
    let mut stream = pdf_extract::Stream::new(pdf_extract::Dictionary::new(), data);
    stream
        .dict
        .set("Filter", pdf_extract::Object::Name(b"FlateDecode".to_vec()));
    let inflated = stream.decompressed_content().unwrap();
    assert_eq!(inflated.len(), 10_000);
    assert!(inflated.iter().all(|&b| b == 0));
}

#[test]
fn hostile_files_become_per_file_errors_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        write(dir.path(), "good.pdf", &good_pdf()),
        write(dir.path(), "parent-loop.pdf", &parent_loop_pdf()),
        write(
            dir.path(),
            "xobject-loop.pdf",
            &self_referencing_xobject_pdf(),
        ),
        write(dir.path(), "flate-bomb.pdf", &flate_bomb_pdf()),
        write(dir.path(), "zip-bomb.docx", &zip_bomb_docx()),
        write(
            dir.path(),
            "after.txt",
            b"Experience\n- Built REST APIs in Go",
        ),
    ];
    // Far above what the files that do end need (the stack overflow comes
    // in well under a second in a debug build), so only the file that never
    // ends reaches it, however busy the machine.
    let timeout = 10;
    let started = Instant::now();
    let output = crate::util::ats()
        .args(["check", "--role", "backend-developer", "--format", "json"])
        .args(["--timeout", &timeout.to_string(), "--max-memory", "256MB"])
        .args(&files)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(2),
        "exit code; stderr:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // One file runs into the time limit; nothing may wait far beyond it (a
    // generous bound: it catches a hang, not a slow machine).
    assert!(
        elapsed < Duration::from_secs(2 * timeout + 60),
        "took {elapsed:?}"
    );

    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let outcomes = value.as_array().unwrap();
    assert_eq!(outcomes.len(), files.len(), "every file accounted for");
    let code = |i: usize| {
        outcomes[i]["error"]["code"]
            .as_str()
            .unwrap_or("ok")
            .to_owned()
    };
    assert_eq!(code(0), "ok", "{}", outcomes[0]);
    // Which one depends on the build, never on the machine's load.
    assert!(
        ["timeout", "crashed"].contains(&code(1).as_str()),
        "parent loop: {}",
        outcomes[1]
    );
    // A form that draws itself stops at a counted depth (the vendored
    // pdf-extract): the page reads, with no text, rather than overflowing
    // the stack.
    assert_eq!(code(2), "ok", "self-referencing XObject: {}", outcomes[2]);
    assert_eq!(
        outcomes[2]["readability"][0]["code"], "no-text",
        "self-referencing XObject: {}",
        outcomes[2]
    );
    // Counted before anything inflates: the same code on any machine, under
    // any load (not `out-of-memory` on one and `timeout` on another).
    assert_eq!(code(3), "too-large", "flate bomb: {}", outcomes[3]);
    assert!(
        outcomes[3]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("decompression bomb")
    );
    assert_eq!(code(4), "too-large", "zip bomb: {}", outcomes[4]);
    assert!(
        outcomes[4]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("zip bomb")
    );
    assert_eq!(
        code(5),
        "ok",
        "the file after the hostile ones: {}",
        outcomes[5]
    );
    // Each failure is also one line on standard error naming the file.
    for name in ["parent-loop.pdf", "flate-bomb.pdf", "zip-bomb.docx"] {
        assert_eq!(
            stderr.lines().filter(|l| l.contains(name)).count(),
            1,
            "{name}: {stderr}"
        );
    }
}

/// `ats`, its own address space held to `limit` bytes when util-linux's
/// `prlimit` is there (else unbounded, with a note), so a test sees the
/// main process stay under a bound, not only the worker.
fn ats_within(limit: u64) -> std::process::Command {
    let prlimit = std::path::Path::new("/usr/bin/prlimit");
    if !prlimit.exists() {
        eprintln!("note: prlimit not found; the main process's bound is not checked");
        return crate::util::ats();
    }
    let mut cmd = std::process::Command::new(prlimit);
    cmd.arg(format!("--as={limit}"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_ats"))
        .env("NO_COLOR", "1");
    cmd
}

/// Markdown, LaTeX, JSON Resume and text are read in the worker too, under
/// the memory limit: a wide Markdown table that needs far more memory than
/// the limit is `out-of-memory` (read in the main process, which had no
/// limit, it used to take a gigabyte), and a long line of keywords is read
/// within it; the main process itself stays within 400 MB of address space
/// throughout.
#[test]
fn every_format_is_read_under_the_memory_limit() {
    let dir = tempfile::tempdir().unwrap();
    let cols = 2000;
    let cells = |cell: &str| format!("|{}|\n", vec![cell; cols].join("|"));
    let row = cells("Go Kubernetes");
    let mut table = format!("# Jane\n\n## Skills\n\n{}{}", cells("h"), cells("-"));
    while table.len() < 8_000_000 {
        table.push_str(&row);
    }
    let wide = write(dir.path(), "wide.md", table.as_bytes());
    let unit = "Go Kubernetes PostgreSQL REST APIs Docker microservices ";
    let long = format!(
        "Jane Doe\n\nExperience\n{}\n",
        unit.repeat(1_000_000 / unit.len())
    );
    let long = write(dir.path(), "long.txt", long.as_bytes());
    let check = |file: &Path, memory: &str| -> serde_json::Value {
        // No time limit to reach first: only the memory limits decide.
        let output = ats_within(400_000_000)
            .args(["check", "--role", "backend-developer", "--no-config"])
            .args([
                "--format",
                "json",
                "--timeout",
                "600",
                "--max-memory",
                memory,
            ])
            .arg(file)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(matches!(output.status.code(), Some(0 | 2)), "{stderr}");
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let value = check(&wide, "150MB");
    assert_eq!(value["error"]["code"], "out-of-memory", "{value}");
    let value = check(&long, "300MB");
    assert!(value["score"].as_u64().unwrap() > 0, "{value}");
}

/// The time limit covers analysis as well as extraction, for text too: a
/// 10 MB line of keywords, which takes seconds to analyze, is stopped
/// while the resume beside it is read.
#[test]
fn the_time_limit_covers_analysis_of_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let unit = "Go Kubernetes PostgreSQL REST APIs Docker microservices ";
    let long = format!(
        "Jane Doe\n\nExperience\n{}\n",
        unit.repeat(10_000_000 / unit.len())
    );
    write(dir.path(), "a-long.txt", long.as_bytes());
    write(
        dir.path(),
        "b-resume.txt",
        &std::fs::read(crate::util::sample("strong-backend.txt")).unwrap(),
    );
    let output = crate::util::ats()
        .args(["screen", "--role", "backend-developer", "--no-config"])
        .args(["--format", "csv", "--timeout", "1", "-j", "1"])
        .arg(dir.path())
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&output.stdout);
    let status = |name: &str| {
        csv.lines()
            .find(|l| l.contains(name))
            .and_then(|l| l.split(',').nth(2))
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(status("a-long.txt"), "timeout", "{csv}");
    assert_eq!(status("b-resume.txt"), "ok", "{csv}");
}

/// Content streams are counted before the parser builds them: operands
/// nested 100,000 deep are `too-large`, saying which limit, on any machine
/// (the parser used to fail with its panic text).
#[test]
fn content_stream_limits_are_counted_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = b"BT /F1 12 Tf 72 720 Td ".to_vec();
    content.extend(std::iter::repeat_n(b'[', 100_000));
    content.extend(std::iter::repeat_n(b']', 100_000));
    content.extend_from_slice(b" TJ ET");
    let nested = write(dir.path(), "nested.pdf", &page_pdf(stream("", &content)));
    let output = crate::util::ats()
        .args(["check", "--role", "backend-developer", "--no-config"])
        .args(["--format", "json"])
        .arg(&nested)
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["error"]["code"], "too-large", "{value}");
    let message = value["error"]["message"].as_str().unwrap();
    assert!(message.contains("more than 100 deep"), "{message}");
    assert!(!message.contains("unwrap"), "{message}");
}

/// A font whose ToUnicode CMap maps a range of four billion codes (found by
/// fuzzing): the map is refused by count, the same way on every machine,
/// and the page is read without it, instead of running out of memory.
#[test]
fn a_cmap_range_bomb_is_refused_by_count_not_by_memory() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        1 begincodespacerange <00> <FF> endcodespacerange\n\
        1 beginbfrange\n<00> <FFFFFFFF> <0041>\nendbfrange\nendcmap end end";
    let file = page_pdf_with_cmap(
        b"BT /F1 12 Tf 72 720 Td (Experience: built REST APIs in Python and SQL for 40 services.) Tj ET",
        cmap,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "cmap-bomb.pdf", &file);
    let output = crate::util::ats()
        .args(["check", "--role", "backend-developer", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("out-of-memory"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(report.get("error").is_none(), "{report}");
    assert!(report["words"].as_u64().unwrap() > 5, "{report}");
}
