//! Readability: what an ATS cannot read in the file (SPEC "Checks" 5).
//!
//! In: the extracted [`Document`] (for hidden text and page count), its
//! [`NormText`] and [`Segments`]. Out: [`Problem`]s with stable [`Code`]s,
//! in a fixed order. Pure.
//!
//! Codes: `no-text` (error), `garbled-text` (error when the text is mostly
//! junk, warning for a few unreadable glyphs), `contact-missing`,
//! `contact-in-header`, `text-box-content`, `heading-missing`
//! (warnings), `hidden-text` (error), `word-count` (info, warning when far outside 300–1,200),
//! `include-not-read` (warning: a LaTeX `\input` that is not there or
//! outside the resume's folder, never read).

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::extract::{Document, Format, HiddenHow, Origin};
use crate::normalize::NormText;
use crate::rules::{Code, Severity};
use crate::segment::{Section, Segments};

pub(crate) static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .expect("valid regex")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d\s().-]{7,}\d").expect("valid regex"));

/// Something an ATS cannot read in the file: the entries of a report's
/// `readability` list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
}

/// Fewer words than this means the file has no usable text.
pub const MIN_WORDS: usize = 10;

fn has_phone(line: &str) -> bool {
    PHONE.find_iter(line).any(|m| {
        let digits = m.as_str().bytes().filter(u8::is_ascii_digit).count();
        // Two years ("2019 - 2021") are eight digits; phones have 9 to 15.
        (9..=15).contains(&digits)
    })
}

/// Counts words the way a reader would (not used for keyword tokens).
pub(crate) fn count_words(text: &NormText) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.lines
        .iter()
        .map(|l| l.text.unicode_words().count())
        .sum()
}

fn is_unreadable(c: char) -> bool {
    c == '\u{FFFD}' || matches!(c, '\u{E000}'..='\u{F8FF}') || (c.is_control() && c != '\n')
}

/// Text a person cannot see but an ATS reads: how much, how it is hidden,
/// where, and the first of it.
fn hidden(doc: &Document) -> Option<Problem> {
    let first = doc.hidden.first()?;
    let words: usize = doc
        .hidden
        .iter()
        .map(|h| h.text.split_whitespace().count())
        .sum();
    let mut hows: Vec<HiddenHow> = doc.hidden.iter().map(|h| h.how).collect();
    hows.sort();
    hows.dedup();
    let hows: Vec<&str> = hows.iter().map(|h| h.describe()).collect();
    let mut pages: Vec<u32> = doc.hidden.iter().filter_map(|h| h.page).collect();
    pages.sort_unstable();
    pages.dedup();
    let pages = match pages.as_slice() {
        [] => String::new(),
        [one] => format!(" on page {one}"),
        many => format!(
            " on pages {}",
            many.iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let sample: String = first.text.chars().take(60).collect();
    let ellipsis = if first.text.chars().count() > 60 || doc.hidden.len() > 1 {
        "…"
    } else {
        ""
    };
    Some(Problem {
        code: Code::HiddenText,
        severity: Severity::Error,
        message: format!(
            "{words} {} of hidden text ({}){pages}, first \"{sample}{ellipsis}\": not counted here, but an ATS reads it and may flag the resume as keyword stuffing; delete it",
            if words == 1 { "word" } else { "words" },
            hows.join(", ")
        ),
    })
}

/// How the pages were laid out: columns, and text from an OCR layer.
fn layout(doc: &Document) -> Vec<Problem> {
    let Some(layout) = &doc.layout else {
        return Vec::new();
    };
    let list = |pages: Vec<u32>| {
        let names: Vec<String> = pages.iter().map(u32::to_string).collect();
        match names.len() {
            1 => format!("page {}", names[0]),
            _ => format!("pages {}", names.join(", ")),
        }
    };
    let mut out = Vec::new();
    let columns: Vec<u32> = layout
        .pages
        .iter()
        .filter(|p| p.columns >= 2)
        .map(|p| p.page)
        .collect();
    if !columns.is_empty() {
        out.push(Problem {
            code: Code::MultiColumn,
            severity: Severity::Info,
            message: format!(
                "{} laid out in {} columns; ats read each column top to bottom, but many ATS read straight across the page and mix the columns: a single-column version is safer",
                list(columns),
                layout.columns
            ),
        });
    }
    let ocr: Vec<u32> = layout
        .pages
        .iter()
        .filter(|p| p.ocr)
        .map(|p| p.page)
        .collect();
    if !ocr.is_empty() {
        out.push(Problem {
            code: Code::OcrText,
            severity: Severity::Info,
            message: format!(
                "the text of {} comes from an invisible OCR layer over a scanned image: an ATS reads that layer, OCR mistakes included; a PDF exported from your editor is safer",
                list(ocr)
            ),
        });
    }
    out
}

/// Runs every readability check.
pub fn check(
    doc: &Document,
    format: Format,
    text: &NormText,
    segments: &Segments,
    words: usize,
) -> Vec<Problem> {
    let mut findings = Vec::new();
    if words < MIN_WORDS {
        let message = match format {
            Format::Pdf => {
                "no extractable text: the PDF looks scanned or image-only, so an ATS sees an empty resume; export a text-based PDF from your editor, or submit DOCX"
            }
            Format::Docx | Format::Odt | Format::Rtf => {
                "no text in the document body; an ATS sees an empty resume"
            }
            Format::Text => "the file is empty",
            Format::Markdown
            | Format::Latex
            | Format::Typst
            | Format::JsonResume
            | Format::Yaml => {
                "no text once the markup is stripped: the resume has no words an ATS would read"
            }
        };
        findings.push(Problem {
            code: Code::NoText,
            severity: Severity::Error,
            message: message.to_owned(),
        });
        findings.extend(unread(doc));
        return findings;
    }

    findings.extend(garbled(text));
    findings.extend(contact(text, format));
    findings.extend(text_boxes(text, words));
    findings.extend(hidden(doc));
    findings.extend(layout(doc));
    let missing: Vec<&str> = [
        (Section::Experience, "Experience"),
        (Section::Education, "Education"),
        (Section::Skills, "Skills"),
    ]
    .iter()
    // A student's resume has Projects and Education instead of Experience:
    // it is not told to add an Experience heading it has nothing to put under.
    .filter(|(s, _)| {
        let student = *s == Section::Experience
            && segments.has_section(Section::Projects)
            && segments.has_section(Section::Education);
        !(segments.has_section(*s) || student)
    })
    .map(|(_, name)| *name)
    .collect();
    if !missing.is_empty() {
        findings.push(Problem {
            code: Code::HeadingMissing,
            severity: Severity::Warning,
            message: format!(
                "no {} heading found; an ATS files your text under standard headings, so add them as plain lines (\"Experience\", \"Education\", \"Skills\")",
                missing.join(", ")
            ),
        });
    }
    if !(300..=1200).contains(&words) {
        let far = !(150..=2000).contains(&words);
        let advice = if words < 300 {
            "short for a resume; add results and the skills you used"
        } else {
            "long; recruiters skim, keep the recent and relevant"
        };
        findings.push(Problem {
            code: Code::WordCount,
            severity: if far {
                Severity::Warning
            } else {
                Severity::Info
            },
            message: format!("{words} words: {advice} (most resumes run 300 to 1,200 words)"),
        });
    }
    findings.extend(unread(doc));
    findings
}

/// Files the source names that were not read (a LaTeX `\input` that is
/// not there or outside the resume's folder): the text an ATS sees from the built PDF may hold
/// more than this report does.
fn unread(doc: &Document) -> impl Iterator<Item = Problem> + '_ {
    doc.unread.iter().map(|why| Problem {
        code: Code::IncludeNotRead,
        severity: Severity::Warning,
        message: why.clone(),
    })
}

/// Whether a token looks like the output of a font without a text mapping
/// (`CmHv`, `kyR9U1tT2+i2/V`, `lMBp2'bBiv`) rather than a word, a number, a
/// tech name (`JavaScript`, `K8s`, `IPv4`) or a word in another script.
fn looks_like_junk(token: &str) -> Option<bool> {
    const EDGES: &[char] = &[
        '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '\'', '*', '•', '|', '/',
        '$', '%', '-',
    ];
    let t = token.trim_matches(EDGES);
    if t.chars().count() < 2 || t.contains("://") || t.contains('@') {
        return None;
    }
    if t.chars().any(is_unreadable) || t.chars().any(|c| "*?^\\`~<>{}=|!\"[]".contains(c)) {
        return Some(true);
    }
    let chars: Vec<char> = t.chars().collect();
    let camel_humps = chars
        .windows(2)
        .filter(|w| w[0].is_lowercase() && w[1].is_uppercase())
        .count();
    if camel_humps >= 2 {
        return Some(true);
    }
    let letters: Vec<char> = chars
        .iter()
        .copied()
        .filter(|c| c.is_alphabetic())
        .collect();
    if letters.len() >= 4
        && letters.iter().all(char::is_ascii_alphabetic)
        && letters.iter().any(char::is_ascii_lowercase)
        && !letters.iter().any(|c| "aeiouyAEIOUY".contains(*c))
    {
        return Some(true);
    }
    let kinds: Vec<bool> = chars
        .iter()
        .filter(|c| c.is_alphanumeric())
        .map(char::is_ascii_digit)
        .collect();
    let switches = kinds.windows(2).filter(|w| w[0] != w[1]).count();
    Some(switches >= 3)
}

fn garbled(text: &NormText) -> Option<Problem> {
    let mut tokens = 0usize;
    let mut junk = 0usize;
    for token in text
        .text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
    {
        if let Some(is_junk) = looks_like_junk(token) {
            tokens += 1;
            junk += usize::from(is_junk);
        }
    }
    if tokens >= 20 && junk * 10 >= tokens * 3 {
        return Some(Problem {
            code: Code::GarbledText,
            severity: Severity::Error,
            message: format!(
                "the text is mostly unreadable ({junk} of {tokens} words look like junk): the fonts have no text mapping, so an ATS reads garbage; export the PDF again with standard fonts, or submit DOCX"
            ),
        });
    }
    let mut bad = 0usize;
    let mut first_line = None;
    for line in &text.lines {
        let n = line.text.chars().filter(|&c| is_unreadable(c)).count();
        if n > 0 {
            bad += n;
            first_line.get_or_insert(line.source_line);
        }
    }
    first_line.map(|line| Problem {
        code: Code::GarbledText,
        severity: Severity::Warning,
        message: format!(
            "{bad} character{} an ATS cannot read (icon fonts or unmapped glyphs), first on line {line}; use plain text for contact details and bullets",
            if bad == 1 { "" } else { "s" }
        ),
    })
}

fn contact(text: &NormText, format: Format) -> Option<Problem> {
    let mut body = (false, false);
    let mut margin = (false, false);
    for line in &text.lines {
        let email = EMAIL.is_match(&line.text);
        let phone = has_phone(&line.text);
        let slot = if line.origin.is_skipped_by_ats() {
            &mut margin
        } else {
            &mut body
        };
        slot.0 |= email;
        slot.1 |= phone;
    }
    let where_ = if matches!(format, Format::Docx | Format::Odt) {
        "the page header, footer or a text box"
    } else {
        "a header"
    };
    let only_margin: Vec<&str> = [
        (margin.0 && !body.0, "email"),
        (margin.1 && !body.1, "phone number"),
    ]
    .iter()
    .filter(|(b, _)| *b)
    .map(|(_, n)| *n)
    .collect();
    if !only_margin.is_empty() {
        return Some(Problem {
            code: Code::ContactInHeader,
            severity: Severity::Warning,
            message: format!(
                "your {} is only in {where_}, which many ATS drop; put contact details in the body, at the top",
                only_margin.join(" and ")
            ),
        });
    }
    if !body.0 && !body.1 {
        return Some(Problem {
            code: Code::ContactMissing,
            severity: Severity::Warning,
            message:
                "no email or phone number found; put them at the top of the resume as plain text"
                    .to_owned(),
        });
    }
    None
}

fn text_boxes(text: &NormText, words: usize) -> Option<Problem> {
    use unicode_segmentation::UnicodeSegmentation;
    let boxed: usize = text
        .lines
        .iter()
        .filter(|l| l.origin == Origin::TextBox)
        .map(|l| l.text.unicode_words().count())
        .sum();
    (boxed >= 50 || (boxed > 0 && boxed * 5 >= words)).then(|| Problem {
        code: Code::TextBoxContent,
        severity: Severity::Warning,
        message: format!(
            "{boxed} words sit in text boxes, which many ATS skip; move that text into the body"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Line;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn codes(doc: &Document, format: Format) -> Vec<(Code, Severity)> {
        let text = normalize(doc);
        let segs = segment(&text);
        let words = count_words(&text);
        check(doc, format, &text, &segs, words)
            .into_iter()
            .map(|f| (f.code, f.severity))
            .collect()
    }

    fn filler(n: usize) -> String {
        vec!["engineer"; n].join(" ")
    }

    #[test]
    fn readability_no_text_stops_other_checks() {
        let doc = Document::from_lines(["", "  "]);
        assert_eq!(
            codes(&doc, Format::Pdf),
            vec![(Code::NoText, Severity::Error)]
        );
    }

    #[test]
    fn readability_contact_only_in_header() {
        let mut doc = Document::from_lines([
            "Experience".to_owned(),
            filler(320),
            "Education".to_owned(),
            "Skills".to_owned(),
        ]);
        doc.lines.insert(
            0,
            Line {
                text: "jane@example.com (303) 555-0142".to_owned(),
                origin: Origin::Header,
                source_line: 1,
                source_file: 0,
                level: 0,
            },
        );
        assert_eq!(
            codes(&doc, Format::Docx),
            vec![(Code::ContactInHeader, Severity::Warning)]
        );
    }

    #[test]
    fn readability_flags_missing_things() {
        let doc = Document::from_lines(["Jane Doe".to_owned(), filler(100)]);
        let got = codes(&doc, Format::Text);
        assert_eq!(
            got,
            vec![
                (Code::ContactMissing, Severity::Warning),
                (Code::HeadingMissing, Severity::Warning),
                (Code::WordCount, Severity::Warning),
            ]
        );
    }

    #[test]
    fn junk_tokens_are_told_from_words() {
        let cases: &[(&str, Option<bool>)] = &[
            ("engineer", Some(false)),
            ("JavaScript", Some(false)),
            ("PostgreSQL", Some(false)),
            ("K8s", Some(false)),
            ("IPv4", Some(false)),
            ("2019-2021", Some(false)),
            ("(AWS),", Some(false)),
            ("Zürich", Some(false)),
            ("熟悉", Some(false)),
            ("CmHv", Some(true)),
            ("kyR8U1tT2+i2/V", Some(true)),
            ("lMBp2'bBiv", Some(true)),
            ("*?^\\M/`^", Some(true)),
            ("Call\u{F095}", Some(true)),
            ("https://example.com/x?y=1", None),
            ("jane@example.com", None),
            ("a", None),
        ];
        for (token, want) in cases {
            assert_eq!(looks_like_junk(token), *want, "{token:?}");
        }
    }

    #[test]
    fn readability_garbled_and_hidden() {
        let junk = vec!["*?^\\M/`^"; 40].join(" ");
        let doc = Document::from_lines([junk, filler(12)]);
        assert!(codes(&doc, Format::Pdf).contains(&(Code::GarbledText, Severity::Error)));

        let mut doc = Document::from_lines([
            "jane@example.com".to_owned(),
            "Experience".to_owned(),
            format!("Call \u{F095} now {}", filler(400)),
            "Education".to_owned(),
            "Skills".to_owned(),
        ]);
        doc.hidden.push(crate::extract::Hidden {
            text: "Kubernetes Docker AWS".to_owned(),
            how: HiddenHow::Vanish,
            page: None,
        });
        assert_eq!(
            codes(&doc, Format::Docx),
            vec![
                (Code::GarbledText, Severity::Warning),
                (Code::HiddenText, Severity::Error),
            ]
        );
    }
}
