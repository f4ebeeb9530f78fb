//! Markdown: CommonMark markup stripped, line numbers kept.
//!
//! In: bytes of a `.md` file. Out: a [`Document`] with exactly one line per
//! source line, so that every finding points at the source. Text of a list
//! item starts with `• `, which makes it a bullet for the segmenter; headings
//! keep their text (the segmenter decides which are section headings).
//! Link targets, images, HTML tags and front matter are dropped from the
//! text, as an ATS would (but for the title a page's layout prints, and the
//! text between a block of HTML's tags, as a browser shows it); the links'
//! targets are kept as the document's links.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::text::{HtmlLines, decode, line_index, line_starts};

/// A link's target in HTML: `href="https://…"`.
static HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\bhref\s*=\s*["']([^"']+)["']"#).expect("valid"));
use crate::extract::{Document, FileError};

/// Strips Markdown markup and keeps each piece of text on its source line.
pub fn extract(bytes: &[u8]) -> Result<Document, FileError> {
    let source = decode(bytes)?;
    let (lines, links, levels) = strip_with_links(&source);
    let mut doc = super::document(source, lines, links);
    for (line, level) in doc.lines.iter_mut().zip(levels) {
        line.level = level;
    }
    Ok(doc)
}

/// Returns one plain-text line per source line.
pub fn strip(source: &str) -> Vec<String> {
    strip_with_links(source).0
}

/// One plain-text line per source line, the links' targets (a profile
/// behind "[LinkedIn](https://…)" is the document's link, as a PDF's
/// link annotations are) and each line's depth as a heading (1 for `#`,
/// 0 for no heading).
fn strip_with_links(source: &str) -> (Vec<String>, Vec<String>, Vec<u8>) {
    let spaced = spaced_headings(source);
    // The front matter is read here, at the file's start only: the
    // parser's own metadata blocks would also take a page's text between
    // two "---" rules for one (a Jekyll CV whose sections the rules set
    // apart lost them all).
    let (source, shown, linked) = front_matter(&spaced);
    let source = source.as_ref();
    let mut links: Vec<String> = Vec::new();
    for address in linked {
        super::keep_link(&mut links, address.to_owned());
    }
    let starts = line_starts(source);
    let mut lines = vec![String::new(); starts.len()];
    // How deep in lists the item each line opens is (0: none).
    let mut item_depth = vec![0usize; starts.len()];
    let mut levels = vec![0u8; starts.len()];
    let mut depth = 0usize;
    let line_of = |offset: usize| line_index(&starts, offset);

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_DEFINITION_LIST;
    for (k, value) in shown {
        if let Some(line) = lines.get_mut(k) {
            *line = value.to_owned();
        }
    }
    // Depth counters for content an ATS never sees as text.
    let mut hidden = 0usize;
    let mut html_lines = HtmlLines::default();
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::Image) => hidden = hidden.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) if hidden == 0 => {
                super::keep_link(&mut links, dest_url.into_string());
            }
            Event::Start(Tag::Heading { level, .. }) => {
                if let Some(l) = levels.get_mut(line_of(range.start)) {
                    *l = level as u8;
                }
            }
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) => {
                if let Some(d) = item_depth.get_mut(line_of(range.start)) {
                    *d = depth.max(1);
                }
            }
            // "<span>Acme Ltd</span><span>Sep 2018 – Oct 2020</span>": a
            // tag between two pieces of text sets them apart, as the
            // page's styles do (a date floated to the right).
            Event::InlineHtml(html) if hidden == 0 && is_layout_tag(&html) => {
                if let Some(line) = lines.get_mut(line_of(range.start))
                    && !line.trim().is_empty()
                    && !line.ends_with(' ')
                {
                    line.push_str("  ");
                }
            }
            // A block of HTML shows its text ("<td>Brandyn Thornton</td>"),
            // and its links are the document's.
            Event::Html(html) if hidden == 0 => {
                for target in HREF.captures_iter(&html) {
                    super::keep_link(&mut links, target[1].to_owned());
                }
                let first = line_of(range.start);
                for (k, piece) in html.split('\n').enumerate() {
                    let shown = html_lines.shown(piece);
                    if let Some(line) = lines.get_mut(first + k)
                        && !shown.is_empty()
                    {
                        if !line.is_empty() {
                            line.push_str("  ");
                        }
                        line.push_str(&shown);
                    }
                }
            }
            Event::Start(Tag::TableCell) if hidden == 0 => {
                if let Some(line) = lines.get_mut(line_of(range.start))
                    && !line.is_empty()
                {
                    line.push_str(" | ");
                }
            }
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text)
                if hidden == 0 =>
            {
                let first = line_of(range.start);
                for (k, piece) in text.split('\n').enumerate() {
                    let Some(line) = lines.get_mut(first + k) else {
                        break;
                    };
                    // A nested item is marked as a browser marks it,
                    // a circle under a disc, a square deeper.
                    if line.is_empty() && !piece.trim().is_empty() {
                        line.push_str(match item_depth[first + k] {
                            0 => "",
                            1 => "• ",
                            2 => "◦ ",
                            _ => "▪ ",
                        });
                    }
                    line.push_str(piece);
                }
            }
            _ => {}
        }
    }
    for (line, raw) in lines.iter_mut().zip(source.split('\n')) {
        if line.contains('\\') {
            *line = raw_tex_entry(line, raw).unwrap_or_else(|| without_raw_tex(line));
        }
        line.truncate(line.trim_end().len());
    }
    (lines, links, levels)
}

/// A line of raw LaTeX that a template's macro prints, its arguments
/// whole on the line ("\\cventry{\\textbf{Nov 2018 -- Present}}{Teaching
/// Assistant}{Faculty of Exact Sciences}{La Plata}{}{}"): its text as the
/// LaTeX reader gives it, the fields apart. `line` is the line as the
/// Markdown reader left it, `raw` its source.
fn raw_tex_entry(line: &str, raw: &str) -> Option<String> {
    let mut chars = line.chars();
    let opens_macro =
        chars.next() == Some('\\') && chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let raw = raw.trim();
    let balanced = raw.matches('{').count() == raw.matches('}').count();
    if !opens_macro || !raw.starts_with('\\') || !raw.contains('{') || !balanced {
        return None;
    }
    let doc = crate::extract::source::latex::extract(raw.as_bytes(), None, None, raw.len() as u64)
        .ok()?;
    let texts: Vec<&str> = doc
        .lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    Some(texts.join(" | "))
}

/// A line without the raw LaTeX that pandoc passes on to the PDF it makes
/// from Markdown: spacing and alignment print nothing ("\vspace{0.5cm}",
/// "\centering Pedro José Martínez Alanis"), a box or a font prints its
/// text ("\rightline{January 29, 2024}").
fn without_raw_tex(line: &str) -> String {
    static SPACING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\\(?:(?:vspace|hspace|vskip|hskip)\*?\{[^{}]*\}|(?:centering|raggedright|raggedleft|noindent|newpage|pagebreak|clearpage|smallskip|medskip|bigskip|vfill|hfill)\b)\s*",
        )
        .expect("valid")
    });
    static BOXED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\\(?:rightline|leftline|centerline|mbox|textbf|textit|textsc|emph|underline)\{([^{}]*)\}",
        )
        .expect("valid")
    });
    let line = SPACING.replace_all(line, "");
    BOXED.replace_all(&line, "$1").into_owned()
}

/// The source with a space after the marks of a heading written without
/// one ("##Education", "###**Endgame**"). CommonMark reads such a line as
/// text, but GitHub showed it as a heading until 2017, and resumes kept
/// in repositories still write it so. Only a capital letter or an
/// emphasis mark after the marks counts ("#include" in a code block, or a
/// "#1" ranking, stays as it is); fenced code is left alone. Line breaks
/// are not touched, so every line keeps its number.
fn spaced_headings(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut fence: Option<&str> = None;
    for line in source.split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if let Some(mark) = fence {
            if indent <= 3 && body.starts_with(mark) {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if indent <= 3
            && let Some(mark) = ["```", "~~~"].into_iter().find(|m| body.starts_with(m))
        {
            fence = Some(mark);
            out.push_str(line);
            continue;
        }
        let marks = body.len() - body.trim_start_matches('#').len();
        let next = body[marks..].chars().next();
        if indent <= 3
            && (1..=6).contains(&marks)
            && next.is_some_and(|c| c.is_uppercase() || c == '*' || c == '_')
        {
            out.push_str(&line[..indent + marks]);
            out.push(' ');
            out.push_str(&line[indent + marks..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// What a front matter gives: the source with its lines blank, the
/// values printed with their lines, and the links' targets.
type FrontMatter<'a> = (
    std::borrow::Cow<'a, str>,
    Vec<(usize, &'a str)>,
    Vec<&'a str>,
);

/// A Jekyll or Hugo page's front matter ("---" or "+++" on the first
/// line that is not blank, to the next "---", "..." or "+++"): the
/// source with its lines
/// blank (each line keeps its number), and the values its layout prints
/// with their lines (see [`shown_metadata`]), with the targets of a
/// header's links (see [`header_item`]). The source as it is when there
/// is none.
fn front_matter(source: &str) -> FrontMatter<'_> {
    // Blank lines before it aside.
    let start = source
        .split_inclusive('\n')
        .position(|l| !l.trim().is_empty())
        .unwrap_or(0);
    let Some(fence) = source
        .split_inclusive('\n')
        .nth(start)
        .map(str::trim_end)
        .filter(|l| *l == "---" || *l == "+++")
    else {
        return (source.into(), Vec::new(), Vec::new());
    };
    let closes = |l: &str| l == fence || (fence == "---" && l == "...");
    let Some(end) = source
        .split_inclusive('\n')
        .skip(start + 1)
        .position(|l| closes(l.trim_end()))
        .map(|k| k + start + 1)
    else {
        return (source.into(), Vec::new(), Vec::new());
    };
    let mut out = String::with_capacity(source.len());
    let mut shown = Vec::new();
    let mut linked = Vec::new();
    // The entry at the margin the line is in ("header").
    let mut top = "";
    // Pandoc, R Markdown and Quarto print the author under the title; a
    // Jekyll or Hugo page's layout does not (`author: ecalvo`).
    let mut author = None;
    let mut laid_out = false;
    for (k, line) in source.split_inclusive('\n').enumerate() {
        if k <= end {
            let entry = line.trim_end_matches(['\n', '\r']);
            if !entry.starts_with(char::is_whitespace)
                && let Some((key, _)) = entry.split_once(':')
            {
                top = key.trim();
                laid_out |= top == "layout";
                if top == "author" && k > start && k < end {
                    author = Some((
                        k,
                        entry[key.len() + 1..]
                            .trim()
                            .trim_matches(['"', '\''])
                            .trim(),
                    ));
                }
            }
            if k > start
                && k < end
                && let Some(value) = shown_metadata(entry)
                && !value.is_empty()
            {
                shown.push((k, value));
            }
            if k > start && k < end && top == "header" {
                match header_item(entry) {
                    Some(HeaderItem::Text(text)) => shown.push((k, text)),
                    Some(HeaderItem::Link(target)) => linked.push(target),
                    None => {}
                }
            }
            out.push_str(&line[line.trim_end_matches(['\n', '\r']).len()..]);
        } else {
            out.push_str(line);
        }
    }
    if let Some(author) = author.filter(|(_, a)| !laid_out && !a.is_empty()) {
        shown.push(author);
    }
    (out.into(), shown, linked)
}

/// An item of a resume's `header` list in its front matter, as the
/// oh-my-cv editor writes it: the text it prints, an icon's tag before
/// it dropped (`- text: <span class="iconify" …></span> (+212) 644397973`),
/// or the target it links to (`link: mailto:owner@example.me`).
enum HeaderItem<'a> {
    Text(&'a str),
    Link(&'a str),
}

fn header_item(entry: &str) -> Option<HeaderItem<'_>> {
    let entry = entry.trim_start();
    let entry = entry.strip_prefix("- ").unwrap_or(entry).trim_start();
    let (key, value) = entry.split_once(':')?;
    let value = value.trim().trim_matches(['"', '\'']).trim();
    match key.trim() {
        "text" => {
            // The words after the last tag, or inside the tags when none
            // follow them ("<b>Applying for: Engineer</b>").
            let after = value.rsplit('>').next().unwrap_or(value).trim();
            let text = if after.is_empty() || after.starts_with('<') {
                value.split('>').nth(1)?.split('<').next()?.trim()
            } else {
                after
            };
            (!text.is_empty() && text != "|").then_some(HeaderItem::Text(text))
        }
        "link" if !value.is_empty() => Some(HeaderItem::Link(value)),
        _ => None,
    }
}

/// The value of a front matter's entry that a page prints: its `title`
/// or `subtitle` (`title: "Resume"`, TOML's `title = 'Jane Doe'`), and
/// the contact entries a resume template prints at the top (`name: John
/// Bokma`, `email`, `phone`, `address`, `location`).
fn shown_metadata(entry: &str) -> Option<&str> {
    // An entry nested under another ("work:" / "  name: Acme") is data.
    let (key, value) = entry.split_once([':', '='])?;
    (!key.starts_with(char::is_whitespace)
        && matches!(
            key.trim(),
            "title" | "subtitle" | "name" | "email" | "phone" | "address" | "location"
        ))
    .then(|| value.trim().trim_matches(['"', '\'']).trim())
}

/// Whether an inline HTML tag lays text out in boxes (`<span>`, `<div>`,
/// `<br>`, a table cell) rather than styling words (`<b>`, `<a>`).
fn is_layout_tag(html: &str) -> bool {
    let name: String = html
        .trim_start_matches('<')
        .trim_start_matches('/')
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        name.as_str(),
        "span" | "div" | "p" | "br" | "td" | "th" | "tr" | "li" | "section" | "header" | "footer"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_keeps_source_lines_and_marks_list_items() {
        let pandoc = strip("---\nauthor: Martín Tomé\ntitle: Resume\nscale: 0.78\n...\n");
        assert_eq!(
            pandoc,
            ["", "Martín Tomé", "Resume", "", ""],
            "pandoc's title block"
        );
        let src = "---\ntitle: CV\n---\n# Jane Doe\n\n## Experience\n\n* Built **REST APIs** in `Go`\n  for [Acme](https://acme.example)\n1. Cut costs by 30%\n\n<!-- note -->\n![logo](logo.png)\n";
        let lines = strip(src);
        assert_eq!(lines.len(), src.lines().count());
        assert_eq!(lines[0], "", "front matter dropped");
        assert_eq!(lines[1], "CV", "the page's title is printed");
        assert_eq!(lines[3], "Jane Doe");
        assert_eq!(lines[5], "Experience");
        assert_eq!(lines[7], "• Built REST APIs in Go");
        assert_eq!(lines[8], "for Acme");
        assert_eq!(lines[9], "• Cut costs by 30%");
        assert_eq!(lines[11], "", "HTML comment dropped");
        assert_eq!(lines[12], "", "image alt text dropped");
        // A nested item is marked as a browser marks it: a circle under a
        // disc, a square deeper.
        let lines = strip(
            "- **Acme, Engineer** _(2019 - 2020)_\n  - Built APIs.\n    - In Go.\n- **Globex, Developer**\n",
        );
        assert_eq!(
            lines,
            [
                "• Acme, Engineer (2019 - 2020)",
                "◦ Built APIs.",
                "▪ In Go.",
                "• Globex, Developer"
            ]
        );
    }

    #[test]
    fn raw_latex_for_pandoc_prints_only_its_text() {
        let src = "\\vspace{0.5cm}\n\n\\centering Pedro Alanis\n============\n\n\\rightline{January 29, 2024}\n\nA \\\\ B\n\n\\cventry{\\textbf{Nov 2018 -- Present}}{Teaching Assistant}{Faculty of Exact Sciences (UNLP)}{La Plata}{}{TA on physics\\_subjects.}\n";
        assert_eq!(
            strip(src),
            vec![
                "",
                "",
                "Pedro Alanis",
                "",
                "",
                "January 29, 2024",
                "",
                "A \\ B",
                "",
                "Nov 2018 – Present | Teaching Assistant | Faculty of Exact Sciences (UNLP) | La Plata | TA on physics_subjects."
            ]
        );
    }

    #[test]
    fn a_heading_written_without_a_space_after_its_marks_is_a_heading() {
        let src = "##Education\n###**Endgame**\n#include <stdio.h>\n#1 in sales\n```\n##Code\n```\n## Skills\n";
        let lines = strip(src);
        assert_eq!(lines[0], "Education");
        assert_eq!(lines[1], "Endgame");
        assert_eq!(lines[2], "#include <stdio.h>");
        assert_eq!(lines[3], "#1 in sales");
        assert_eq!(lines[5], "##Code", "fenced code stays as written");
        assert_eq!(lines[7], "Skills");
    }

    #[test]
    fn a_block_of_html_shows_its_text_and_its_links() {
        let src = "<table>\n  <tr>\n    <td>Brandyn Thornton</td>\n    <td><a href=\"https://github.com/bt\">GitHub</a></td>\n  </tr>\n</table>\n\n<script>\nvar x = 1;\n</script>\n\n<!-- a\nnote -->\n\n**EXPERIENCE**\n";
        let (lines, links, _) = strip_with_links(src);
        assert_eq!(lines[..6], ["", "", "Brandyn Thornton", "GitHub", "", ""]);
        assert!(lines[7..13].iter().all(String::is_empty), "{lines:?}");
        assert_eq!(lines[14], "EXPERIENCE");
        assert_eq!(links, ["https://github.com/bt"]);
    }

    #[test]
    fn a_pages_title_and_subtitle_are_printed_and_the_rest_of_its_front_matter_is_not() {
        let src = "---\nlayout: post\ntitle: \"Resume\"\nsubtitle: Emanuel Calvo\nauthor: ecalvo\n---\n\n## Experience\n";
        let lines = strip(src);
        assert_eq!(lines[..6], ["", "", "Resume", "Emanuel Calvo", "", ""]);
        let toml = strip("+++\ntitle = 'Jane Doe'\ndate = 2020-01-01\n+++\nBody\n");
        assert_eq!(toml, ["", "Jane Doe", "", "", "Body"]);
        // Text between two rules further down is the page's, not front
        // matter (a Jekyll CV's sections set apart by "---").
        let ruled = strip(
            "---\ntitle: CV\n---\n## Education\n\nKTH, 2021\n\n---\n## Work Experience\n\nData Scientist, Gyan Data\n\n---\n## Skills\n",
        );
        assert_eq!(ruled[1], "CV");
        assert!(ruled.iter().any(|l| l == "Work Experience"), "{ruled:?}");
        assert!(
            ruled.iter().any(|l| l == "Data Scientist, Gyan Data"),
            "{ruled:?}"
        );
        // A resume template's contact entries are printed too.
        let pandoc = strip(
            "---\nname: John Bokma\nemail: john@example.com\nkeywords: perl, cpan\nwork:\n  name: Acme\n...\n",
        );
        assert_eq!(
            pandoc[..6],
            ["", "John Bokma", "john@example.com", "", "", ""]
        );
        // The header list an editor keeps there prints its items' text,
        // their icons' tags dropped; their links are the document's.
        let (lines, links, _) = strip_with_links(
            "---\nname: Houssam Abouiba\nheader:\n  - text: |\n      <span>Applying for: Engineer</span>\n  - text: <span class=\"iconify\" data-icon=\"tabler:phone\"></span> (+212) 644397973\n    newLine: true\n  - text: <span class=\"iconify\"></span> owner@example.me\n    link: mailto:owner@example.me\nwork:\n  - text: not printed\n---\n",
        );
        assert_eq!(
            lines[..11],
            [
                "",
                "Houssam Abouiba",
                "",
                "",
                "",
                "(+212) 644397973",
                "",
                "owner@example.me",
                "",
                "",
                ""
            ]
        );
        assert_eq!(links, ["mailto:owner@example.me"]);
        let plain = strip("Jane Doe\n---\ntitle: not front matter\n");
        assert_eq!(plain[2], "title: not front matter");
    }

    #[test]
    fn link_targets_are_the_documents_links() {
        let doc = extract(b"# Jane\n| [LinkedIn: jane-doe](https://www.linkedin.com/in/jane-doe-1/) |\n![me](me.png)\n")
            .expect("markdown");
        assert!(
            doc.lines[1].text.contains("LinkedIn: jane-doe"),
            "{:?}",
            doc.lines[1]
        );
        assert_eq!(doc.links, ["https://www.linkedin.com/in/jane-doe-1/"]);
    }

    #[test]
    fn inline_html_tags_set_their_texts_apart() {
        let lines = strip(
            "### <span>Roundhuit Co., Ltd</span><span>Sep 2018 -- Oct 2020</span>\nA <b>bold</b> word\n",
        );
        assert_eq!(lines[0], "Roundhuit Co., Ltd  Sep 2018 -- Oct 2020");
        assert_eq!(
            lines[1], "A bold word",
            "a tag that styles words sets nothing apart"
        );
    }

    #[test]
    fn strip_joins_table_cells_and_decodes_entities() {
        let src = "| Skill | Years |\n|---|---|\n| Rust &amp; Go | 5 |\n";
        let lines = strip(src);
        assert_eq!(lines[0], "Skill | Years");
        assert_eq!(lines[2], "Rust & Go | 5");
    }
}
