//! HTML pages: `check --format html` ([`CheckPage`]) and `screen --format
//! html` ([`ScreenPage`]).
//!
//! In: the run's events. Out: one self-contained page (inline style, no
//! external fonts, images or scripts; opens from disk, works offline),
//! written at the end of the run. Safe by construction: a page is built
//! through [`Html`], whose only way to add markup is a `&'static str` of
//! this module; every other string — resume text, file names, keywords,
//! messages — goes through [`escape`]. Links point only at anchors the
//! page makes from numbers ([`Anchor`]). Like every printer, these only
//! format: the marks in the text are the report's own ([`super::Page`]).

mod check;
mod screen;

use std::borrow::Cow;

pub use check::CheckPage;
pub use screen::ScreenPage;

/// Escapes text for HTML, in element content and in quoted attribute
/// values alike: `& < > " '` become references, and control characters
/// other than newline and tab (which HTML forbids or would hide) become
/// U+FFFD.
pub fn escape(text: &str) -> Cow<'_, str> {
    let special = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || is_forbidden(c);
    if !text.contains(special) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn is_forbidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// An id the page makes from a number (`f3`), and the only thing a link
/// may point at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Anchor(String);

impl Anchor {
    pub(crate) fn new(prefix: &'static str, n: usize) -> Anchor {
        Anchor(format!("{prefix}{n}"))
    }
}

/// A page under construction; see the module docs.
pub(crate) struct Html {
    out: String,
}

impl Html {
    pub(crate) fn new() -> Html {
        Html { out: String::new() }
    }

    /// Markup of this module, as written.
    pub(crate) fn markup(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Text, escaped.
    pub(crate) fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    /// `<tag name="value"...>`, each value escaped. Attribute names are
    /// this module's; links are made by [`Html::link`] only.
    pub(crate) fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            debug_assert!(*name != "href" && !name.starts_with("on"), "{name}");
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&escape(value));
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub(crate) fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// An element holding text.
    pub(crate) fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// An element with its id.
    pub(crate) fn open_at(&mut self, tag: &'static str, id: &Anchor, class: &'static str) {
        self.open(tag, &[("id", &id.0), ("class", class)]);
    }

    /// A link to an anchor of the page.
    pub(crate) fn link(&mut self, to: &Anchor, text: &str) {
        self.out.push_str("<a href=\"#");
        self.out.push_str(&to.0);
        self.out.push_str("\">");
        self.text(text);
        self.out.push_str("</a>");
    }

    /// The document around a body: the head with the page's style and a
    /// policy that lets the page load nothing and run only `script`.
    pub(crate) fn document(title: &str, body: Html, script: Option<&Script>) -> String {
        let mut page = Html::new();
        page.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.markup("<meta name=\"generator\" content=\"ats\">\n");
        page.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ");
        match script {
            Some(s) => page.markup(s.hash),
            None => page.markup("'none'"),
        }
        page.markup("\">\n");
        page.element("title", &[], title);
        page.markup("\n<style>");
        page.markup(STYLE);
        page.markup("</style>\n</head>\n<body>\n");
        page.out.push_str(&body.out);
        if let Some(s) = script {
            page.markup("<script>");
            page.markup(s.code);
            page.markup("</script>\n");
        }
        page.markup("</body>\n</html>\n");
        page.out
    }
}

/// An inline script of the page and its CSP hash (`'sha256-…'`, base64 of
/// the SHA-256 of `code`; the browser test fails when they disagree, as
/// the browser then refuses the script and says so on its console).
pub(crate) struct Script {
    pub(crate) code: &'static str,
    pub(crate) hash: &'static str,
}

/// The page's style: the system's fonts, one column on a narrow screen,
/// plain on paper. Colour is never the only sign: marks also differ in
/// weight, line style and a symbol, and every value is written out.
const STYLE: &str = r#"
:root{color-scheme:light;--ink:#1b1f24;--dim:#57606a;--line:#d0d7de;--must:#fff0b3;--strong:#ddf4ff;--var:#f3e8ff;--avoid:#ffe3e3;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);margin:0 auto;padding:1rem;max-width:70rem;overflow-wrap:anywhere}
h1{font-size:1.4rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.4rem 0 .4rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1rem 0 .3rem}
.file{border:1px solid var(--line);border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
.dim,small{color:var(--dim)}
.score{font-size:2rem;font-weight:700;margin:.2rem 0}
.top{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem}
@media (max-width:700px){.top{grid-template-columns:minmax(0,1fr)}}
.bars{margin:0;padding:0;list-style:none}
.bars li{display:grid;grid-template-columns:minmax(7rem,11rem) 2.6rem minmax(0,1fr);gap:.4rem;align-items:center}
.bar{height:.8rem;background:#eaeef2;border:1px solid var(--line)}
.bar span{display:block;height:100%;background:#0969da}
.bars .sub{padding-left:1rem}
ul.kw{margin:.2rem 0;padding-left:0;list-style:none}
ul.kw li{margin:.1rem 0}
.ok{color:var(--ok)}.bad{color:var(--bad)}.warn{color:var(--warn)}
.icon{display:inline-block;width:1.3em;font-weight:700}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border:1px solid var(--line);border-radius:6px;padding:.6rem;background:#fcfcfd}
.ln{display:inline-block;min-width:2.6em;color:var(--dim);user-select:none;-webkit-user-select:none}
mark{color:inherit;padding:0 .1em;border-radius:2px}
mark.kw.must{background:var(--must);font-weight:700;border-bottom:2px solid #9a6700}
mark.kw.strong{background:var(--strong);border-bottom:2px dotted #0969da}
mark.var{background:var(--var);font-style:italic;border-bottom:2px dashed #8250df}
mark.avoid{background:var(--avoid);text-decoration:underline wavy var(--bad)}
mark.avoid::before{content:"⚠";font-size:.8em}
.tag{font:11px/1.2 system-ui,sans-serif;border:1px solid currentColor;border-radius:3px;padding:0 .25em;margin-right:.3em;user-select:none;-webkit-user-select:none}
.legend mark{font:inherit}
.legend span{margin-right:1rem;display:inline-block}
s.hidden{color:var(--bad)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;border-bottom:1px solid var(--line);padding:.25rem .45rem;vertical-align:top}
td.n,th.n{text-align:right}
.wide{overflow-x:auto}
th button{font:inherit;font-weight:700;border:0;background:none;padding:0;cursor:pointer}
.filters label{margin-right:.9rem;white-space:nowrap}
#s-ok:checked~.wide tbody tr:not(.s-ok),#s-hidden:checked~.wide tbody tr:not(.s-hidden-text),#s-notext:checked~.wide tbody tr:not(.s-no-text),#s-failed:checked~.wide tbody tr:not(.s-failed){display:none}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.3rem 0}
dl.facts dt{color:var(--dim)}dl.facts dd{margin:0;overflow-wrap:anywhere}
a{color:#0969da}
@media print{body{max-width:none;padding:0}.file{border:0;break-before:page}.filters>input,.filters>label{display:none}a{color:inherit}}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup_and_no_control_characters() {
        let cases = [
            ("plain text", "plain text"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            (
                "\"><img src=x onerror=alert(1)>",
                "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            ),
            ("a & b 'c'", "a &amp; b &#39;c&#39;"),
            ("bell\u{7}esc\u{1b}[31m", "bell\u{FFFD}esc\u{FFFD}[31m"),
            ("line\nnext\ttab", "line\nnext\ttab"),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn attributes_and_links_are_escaped_or_made_by_the_page() {
        let mut h = Html::new();
        h.element("span", &[("title", "x\" onmouseover=\"alert(1)")], "<b>");
        h.link(&Anchor::new("f", 3), "javascript:alert(1)");
        assert_eq!(
            h.out,
            "<span title=\"x&quot; onmouseover=&quot;alert(1)\">&lt;b&gt;</span><a href=\"#f3\">javascript:alert(1)</a>"
        );
    }
}
