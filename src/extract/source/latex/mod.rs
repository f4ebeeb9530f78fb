//! LaTeX: macros stripped, the text of their arguments kept, on its source
//! line.
//!
//! In: the bytes of a `.tex` file and, for a file on disk, its path (to
//! follow `\input`/`\include` of sibling files). Out: a [`Document`] with a
//! line for each piece of source that holds text, in reading order, each
//! tagged with the file ([`Document::sources`]) and line it came from. Text
//! the source spreads over several lines stays on its lines, so findings
//! point at the line to edit; one exception: an entry's short field that
//! the source wrapped (`\cventry{2005--present}{Freelance IT` /
//! `consultant}{Masida}…`) joins the entry's line, with the rest of the
//! line it goes on to, so that the entry's fields stay together; and a
//! field of the document's own macro, written a field a line (each on one
//! source line), shows on the row the definition prints it on (`\job` / `{Luxoft}` /
//! `{Senior Project Manager}` under "#1 • #2\\" is one line).
//!
//! What an ATS would read from the PDF is what comes out: headings
//! (`\section{Education}`, `\cvsection`, any macro defined with `\section`
//! in it) are lines of their own; list items (`\item`, `\resumeItem{}`, any
//! macro defined with `\item` in it) start with `• `, unless the list hides
//! its labels (`label={}`); the arguments of unknown macros (`\cventry{..}
//! {..}`) are kept, joined by ` | `. The preamble gives no text apart from
//! the header fields some classes set there (`\name`, `\email`, ...) and a
//! page's running head (fancyhdr's `\fancyhead`, `\lhead`, ...), but
//! its definitions (`\newcommand`, `\def`, `\NewDocumentCommand`,
//! `\newenvironment`) are read and expanded where used. Comments, layout
//! macros and their arguments, link targets, icons, `\iffalse` and
//! `comment` blocks are dropped.
//!
//! Bounded on hostile input: nothing recurses, macro expansion has a token
//! budget (recursive definitions stop), lookahead for optional arguments is
//! capped, includes are at most 16 deep, never circular, and each is read
//! with the size limit.
//!
//! One idea a file: `lexer.rs` cuts the source into tokens and drops
//! comments; `builtins.rs` holds what LaTeX's and the resume templates'
//! macros and environments mean; `reader.rs` expands the document's own
//! definitions, follows includes and writes the lines. The limits live
//! here, next to the promise above; the reader applies them.

mod builtins;
mod lexer;
mod reader;

use std::path::Path;

use crate::extract::text::decode;
use crate::extract::{Document, FileError};

/// Deepest chain of `\input` files followed.
const MAX_INCLUDE_DEPTH: usize = 16;
/// Tokens macro expansion may produce in all: far more than any resume
/// needs, few enough that a recursive definition stops at once.
const EXPANSION_BUDGET: usize = 2_000_000;
/// What one expansion costs beyond the tokens it produces, so that a
/// macro that only calls itself also stops soon.
const EXPANSION_OVERHEAD: usize = 32;
/// Environments tracked as open at once; an unbalanced `\begin` flood
/// beyond this is ignored.
const MAX_OPEN_ENVS: usize = 1_000;
/// Tokens looked at for an optional `[...]` argument before deciding it is
/// plain text.
const MAX_OPTIONAL: usize = 512;
/// Tokens looked at for a name (`\begin{...}`, `\input{...}`).
const MAX_NAME: usize = 256;

/// Extracts the text of a LaTeX resume. With `path`, `\input` and
/// `\include` of sibling files are followed (each read with `max_size`):
/// only regular files inside `root` (by default the resume's folder), after
/// symbolic links are resolved. Any other include — an absolute path, a
/// `..` that leaves the folder, `/dev`, `/proc`, a pipe — is not read, and
/// [`Document::unread`] says so.
pub fn extract(
    bytes: &[u8],
    path: Option<&Path>,
    root: Option<&Path>,
    max_size: u64,
) -> Result<Document, FileError> {
    let text = decode(bytes)?;
    reader::read(text, path, root, max_size)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::extract::{ErrorCode, Origin, Source};

    fn doc(src: &str) -> Document {
        extract(src.as_bytes(), None, None, 1 << 20).expect("extracts")
    }

    /// (line, text) of every line read.
    fn lines(src: &str) -> Vec<(u32, String)> {
        doc(src)
            .lines
            .into_iter()
            .map(|l| (l.source_line, l.text))
            .collect()
    }

    fn texts(src: &str) -> Vec<String> {
        lines(src).into_iter().map(|(_, t)| t).collect()
    }

    fn owned(want: &[(u32, &str)]) -> Vec<(u32, String)> {
        want.iter().map(|(n, t)| (*n, (*t).to_owned())).collect()
    }

    #[test]
    fn jake_style_macros_give_headings_fields_and_bullets() {
        let src = r"\documentclass{article}
\usepackage{enumitem} % comment
\newcommand{\resumeItem}[1]{\item\small{#1 \vspace{-2pt}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\begin{document}
\section{Work Experience}
\resumeSubHeadingListStart
  \resumeSubheading
    {Acme Corp}{Denver, CO}
    {Backend Engineer}{Jan 2020 -- Present}
  \begin{itemize}
    \resumeItem{Cut API latency by 40\% with Redis,
      serving 2M requests a day}
    \resumeItem{Led a team of 6}
  \end{itemize}
\resumeSubHeadingListEnd
\section*{Technical Skills}
\textbf{Languages}{: Go, Python}
\end{document}
Text after the end is not read.
";
        assert_eq!(
            lines(src),
            owned(&[
                (14, "Work Experience"),
                (17, "Acme Corp | Denver, CO"),
                (18, "Backend Engineer | Jan 2020 – Present"),
                (20, "• Cut API latency by 40% with Redis,"),
                (21, "serving 2M requests a day"),
                (22, "• Led a team of 6"),
                (25, "Technical Skills"),
                (26, "Languages: Go, Python"),
            ])
        );
    }

    #[test]
    fn sb2nov_style_items_in_a_bulleted_list_are_bullets() {
        // sb2nov's subheadings sit in a list whose labels show: the PDF has
        // a bullet before each company, so the text does too.
        let src = r"\newcommand{\resumeItem}[2]{\item\small{\textbf{#1}{: #2 \vspace{-2pt}}}}
\newcommand{\resumeSubItem}[2]{\resumeItem{#1}{#2}\vspace{-4pt}}
\begin{document}
\begin{itemize}[leftmargin=*]
  \resumeSubItem{Nostos}{Bulk data service from Hadoop to Cassandra.}
  \resumeItem{Dev Environment}
    {Docker and AWS based analytics environment.}
  \resumeItem{Argo Workflows}
    {Led adoption for CI/CD and data pipelines; integrated with Rails tooling.}
  \item Google | Mountain View, CA
  \begin{itemize}
    \resumeItem{TensorFlow}{Worked on APIs.}
  \end{itemize}
\end{itemize}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (5, "• Nostos: Bulk data service from Hadoop to Cassandra."),
                // A short field on the next source line shows where the
                // definition prints it: on the item's line.
                (
                    6,
                    "• Dev Environment: Docker and AWS based analytics environment."
                ),
                // So does a long one, when the source holds it on one line.
                (
                    8,
                    "• Argo Workflows: Led adoption for CI/CD and data pipelines; integrated with Rails tooling."
                ),
                // An inner list's items are marked apart from the outer's.
                (10, "• Google | Mountain View, CA"),
                (12, "◦ TensorFlow: Worked on APIs."),
            ])
        );
    }

    #[test]
    fn comments_preamble_and_hidden_blocks_are_dropped() {
        let src = r"\documentclass{article}
Preamble text is never typeset.
\begin{document}
Kept % dropped comment
50\% of costs % a \% in the comment
joined%
word
\iffalse
\section{Old Job}
\fi
\begin{comment}
Commented out.
\end{comment}
\iffalse hidden \else shown \fi
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (4, "Kept"),
                (5, "50% of costs"),
                // TeX glues these; each piece stays on its line.
                (6, "joined"),
                (7, "word"),
                (14, "shown"),
            ])
        );
    }

    #[test]
    fn without_begin_document_the_whole_file_is_body() {
        assert_eq!(
            lines("\\section{Projects}\n\\item Built a CLI\n"),
            owned(&[(1, "Projects"), (2, "• Built a CLI")])
        );
    }

    #[test]
    fn a_document_s_own_maketitle_prints_its_title_block() {
        let src = r"\author{Alexander McRae}
\renewcommand{\maketitle}{
\begin{center}
{\huge \theauthor}

\href{mailto:mail@example.com}{mail@example.com} | \url{example.github.io}
\end{center}}
\begin{document}
\maketitle
\section{Education}
\end{document}
";
        assert_eq!(
            texts(src),
            [
                "Alexander McRae",
                "mail@example.com | example.github.io",
                "Education"
            ]
        );
    }

    #[test]
    fn a_text_in_two_languages_shows_the_document_s() {
        let two = r"\newcommand\EN[1]{\IfLanguageName{english}{#1}{}}
\newcommand\IT[1]{\IfLanguageName{italian}{#1}{}}
\begin{document}
\EN{Education}\IT{Educazione}
\iflanguage{english}{Work experience}{Esperienze lavorative}
\end{document}
";
        for (preamble, want) in [
            ("", ["Education", "Work experience"]),
            (
                "\\usepackage[italian,main=english]{babel}\n",
                ["Education", "Work experience"],
            ),
            (
                "\\usepackage[english,italian]{babel}\n",
                ["Educazione", "Esperienze lavorative"],
            ),
            (
                "\\usepackage{polyglossia}\n\\setdefaultlanguage{italian}\n",
                ["Educazione", "Esperienze lavorative"],
            ),
        ] {
            assert_eq!(texts(&format!("{preamble}{two}")), want, "{preamble}");
        }
    }

    #[test]
    fn special_characters_and_symbols() {
        let src = r#"A\\B and C\newline D
non~breaking, 2019--2021, wait---what
\& \% \$ \# \_ \{ \} \LaTeX{} and \TeX\ too
\'ecole, na\"ive, \c{c}a, {\'E}t\'e, \v{S}koda, \ss, \o
\textbullet{} Go \textbar{} Rust\ldots{} ``quoted'' `single'
Go $|$ Rust $\cdot$ C $\bullet$ x$^{2}$ a\_b snake_case
"#;
        assert_eq!(
            texts(src),
            vec![
                "A | B and C | D",
                "non breaking, 2019–2021, wait—what",
                "& % $ # _ { } LaTeX and TeX too",
                "école, naïve, ça, Été, Škoda, ß, ø",
                "• Go | Rust… “quoted” ‘single'",
                "Go | Rust · C • x2 a_b snake_case",
            ]
        );
    }

    #[test]
    fn links_icons_and_layout_macros_keep_only_their_text() {
        let src = r"\href{mailto:jane@example.com}{\faIcon{envelope} jane@example.com} $|$
\href{https://example.com/a%20b_c~d}{Portfolio} \url{https://example.com/x_y%z}
\vspace{-2pt}\hspace*{1em}\color{red}Red \textcolor{blue}{Blue} \faGithub\ jdoe
\includegraphics[width=2cm]{photo.png}\label{top}Next\hfill Right
\begin{minipage}[t]{0.5\textwidth}Inside\end{minipage}
\itemsep0em \parskip=4pt Spaced
";
        assert_eq!(
            texts(src),
            vec![
                "jane@example.com |",
                "Portfolio https://example.com/x_y%z",
                "Red Blue jdoe",
                "Next | Right",
                "Inside",
                "Spaced",
            ]
        );
    }

    #[test]
    fn links_and_profile_macros_give_the_document_links() {
        // As the PDF would link them: `\href` targets, and the profile a
        // template's `\linkedin{handle}` links to (Awesome-CV, AltaCV).
        let src = r"\documentclass{awesome-cv}
\linkedin{jane-doe}
\begin{document}
\href{https://linkedin.com/in/jdoe/}{\faIcon{linkedin} jdoe} $|$ \href{mailto:j@x.io}{j@x.io}
\linkedin{\textbf{Jane}}
\end{document}";
        let doc = doc(src);
        assert_eq!(
            doc.links,
            vec![
                "https://www.linkedin.com/in/jane-doe",
                "https://linkedin.com/in/jdoe/",
                "mailto:j@x.io",
            ]
        );
        assert!(doc.lines.iter().any(|l| l.text.contains("jane-doe")));
        assert!(!doc.lines.iter().any(|l| l.text.contains("https")));
    }

    #[test]
    fn nth_prints_the_number_and_its_ordinal() {
        let src = r"\documentclass{article}
\begin{document}
Senior \nth{2} Line Support, \nth{1}, \nth{3}, \nth{11} and \nth{22} place
\end{document}";
        let doc = doc(src);
        assert!(
            doc.lines
                .iter()
                .any(|l| l.text.trim() == "Senior 2nd Line Support, 1st, 3rd, 11th and 22nd place"),
            "{:?}",
            doc.lines
        );
    }

    #[test]
    fn moderncv_social_linkedin_links_its_handle() {
        let src = r"\documentclass{moderncv}
\social[linkedin]{neaverds}
\social[github]{7wmr}
\begin{document}
\makecvtitle
\end{document}";
        let doc = doc(src);
        assert_eq!(doc.links, vec!["https://www.linkedin.com/in/neaverds"]);
        assert!(doc.lines.iter().any(|l| l.text.trim() == "neaverds"));
        assert!(doc.lines.iter().any(|l| l.text.trim() == "7wmr"));
    }

    #[test]
    fn items_follow_their_list_labels() {
        let src = r"\begin{itemize}
\item Plain bullet
\item[] No mark
\item[--] Dash mark
\item[Languages:] Go, Rust
\end{itemize}
\begin{itemize}[label={}]
\item Hidden label
\begin{enumerate}
\item Numbered \item Second on the same line
\end{enumerate}
\end{itemize}
\begin{description}
\item[\textbf{Cloud}] AWS
\item[Hackathon Participant] Major League Hacking --- 2017
\end{description}";
        assert_eq!(
            lines(src),
            owned(&[
                (2, "• Plain bullet"),
                (3, "No mark"),
                (4, "• Dash mark"),
                (5, "• Languages: Go, Rust"),
                (8, "Hidden label"),
                (10, "• Numbered"),
                (10, "• Second on the same line"),
                // A description's label is a field of its own, unless it
                // ends in its own colon.
                (14, "• Cloud | AWS"),
                (15, "• Hackathon Participant | Major League Hacking — 2017"),
            ])
        );
    }

    #[test]
    fn unknown_and_template_macros_keep_their_arguments_apart() {
        let src = r"\cvsection{Experience}
\cventry{Engineer}{Acme}{Denver}{2020 -- 2022}{
  \begin{cvitems}
    \item {Shipped things}
  \end{cvitems}}
\cvevent{Lead}{Globex}{2019}{}
\cvskill{German}{3.5}
\cvtag{Go}\cvtag{Rust}
\resumeItem{Undefined bullet macro}
\begin{paracol}{2}\columnratio{0.6}Column text\end{paracol}
\name{Jane}{Doe}
\header{Hervé }{Beraud}{Python Engineer}
\cvname{Alan Fernando\\Rincón Vieyra}\cvdate{23-Dec-1995}
\cvmail{alan@example.com}";
        assert_eq!(
            lines(src),
            owned(&[
                (1, "Experience"),
                (2, "Engineer | Acme | Denver | 2020 – 2022"),
                (4, "• Shipped things"),
                (6, "Lead | Globex | 2019"),
                (7, "German"),
                (8, "Go Rust"),
                (9, "• Undefined bullet macro"),
                (10, "Column text"),
                (11, "Jane Doe"),
                (12, "Hervé Beraud | Python Engineer"),
                // Twenty Seconds CV's sidebar: a name over two lines is one
                // name; the date of birth is not shown.
                (13, "Alan Fernando Rincón Vieyra"),
                (14, "alan@example.com"),
            ])
        );
    }

    #[test]
    fn header_fields_set_in_the_preamble_show() {
        // Awesome-CV and moderncv set the name and contact details in the
        // preamble and print them in the body.
        let src = r"\documentclass{awesome-cv}
\name{Jane}{Doe}
\email{jane@example.com}
\geometry{left=1cm}
\begin{document}
\makecvheader
\cvsection{Summary}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[(2, "Jane Doe"), (3, "jane@example.com"), (7, "Summary"),])
        );
        // A class the reader does not know (europecv and its kin): its
        // header fields by their names, the mobile number in brackets;
        // not a footer's name nor a birth date.
        let src = r"\documentclass{mypasscv}
\ecvname{Jane Doe}
\ecvfootername{Doe Jane - CV}
\ecvtelephone[+49 172 3990194]{}
\ecvemail{jane@example.com}
\ecvdateofbirth{10th May 1983}
\begin{document}
\ecvsection{Work}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (2, "Jane Doe"),
                (4, "+49 172 3990194"),
                (5, "jane@example.com"),
                (8, "Work"),
            ])
        );
    }

    #[test]
    fn a_first_name_and_a_family_name_set_apart_are_one_name() {
        // moderncv before version 2: `\firstname` and `\familyname`, each
        // on its own line; the page prints one name.
        let src = r"\documentclass{moderncv}
\firstname{W. Augustine}
\familyname{Dunn, III Ph.D.}
\email{gus@example.com}
\begin{document}
\makecvtitle
\section{Experience}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (2, "W. Augustine Dunn, III Ph.D."),
                (4, "gus@example.com"),
                (7, "Experience"),
            ])
        );
        // A family name after other text stays on its line.
        let apart = r"\documentclass{moderncv}
\firstname{Jane}
\title{Resume}
\familyname{Doe}
\begin{document}
\end{document}";
        assert_eq!(
            lines(apart),
            owned(&[(2, "Jane"), (3, "Resume"), (4, "Doe")])
        );
    }

    #[test]
    fn a_running_head_set_in_the_preamble_shows_and_its_foot_does_not() {
        let src = r"\documentclass{article}
\usepackage{fancyhdr}
\fancyhead{}
\fancyhead[L]{\Huge \textbf{August Valera}}
\fancyhead[R]{+1 (616) 284--1018 --- \href{mailto:a@icloud.com}{a@icloud.com}}
\fancyfoot[L]{Compiled on \today}
\begin{document}
\section*{Education}
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (4, "August Valera"),
                (5, "+1 (616) 284–1018 — a@icloud.com"),
                (8, "Education"),
            ])
        );
    }

    #[test]
    fn user_definitions_are_expanded() {
        let src = r"\newcommand{\mysection}[1]{\section{#1}\vspace{2pt}}
\newcommand{\bulletpoint}[2][Note]{\item \textbf{#1}: #2}
\NewDocumentCommand{\job}{m o m}{\textbf{#1} & #3}
\def\company#1{\textsc{#1}}
\let\oldsection\section
\newenvironment{entry}[1]{\subsection{#1}\begin{itemize}}{\end{itemize}}
\newcommand{\me}{Jane Doe}
\begin{document}
\mysection{Experience}
\begin{entry}{Acme}
\bulletpoint{Built APIs}
\bulletpoint[Impact]{Saved 30\%}
\end{entry}
\job{Engineer}[x]{2020} \company{Globex}
\oldsection{Education}
\me, BSc
\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (9, "Experience"),
                (10, "Acme"),
                (11, "• Note: Built APIs"),
                (12, "• Impact: Saved 30%"),
                (14, "Engineer | 2020 Globex"),
                (15, "Education"),
                (16, "Jane Doe, BSc"),
            ])
        );
    }

    #[test]
    fn text_spread_over_lines_stays_on_its_lines() {
        let src = "\\resumeItem{Designed the\n  billing service\n\n  for 40 teams}\n\\textbf{Bold\nacross} lines";
        assert_eq!(
            lines(src),
            owned(&[
                (1, "• Designed the"),
                (2, "billing service"),
                (4, "for 40 teams"),
                (5, "Bold"),
                (6, "across lines"),
            ])
        );
    }

    #[test]
    fn a_range_broken_after_its_dash_reads_on() {
        // A line break in a narrow date column after the dash breaks the
        // range, not the entry's row; elsewhere it still ends a row.
        let src = "\\cventry{Nov. 2012--\\\\Present}{Developer Intern}{Acme}{Austin, TX}{}{}\n\\begin{tabular}{l}Go\\\\ Rust\\end{tabular}";
        assert_eq!(
            lines(src),
            owned(&[
                (
                    1,
                    "Nov. 2012– Present | Developer Intern | Acme | Austin, TX"
                ),
                (2, "Go | Rust"),
            ])
        );
    }

    #[test]
    fn an_entrys_field_wrapped_in_the_source_is_one_line() {
        // A field the source wrapped joins the entry's line, with the rest
        // of the line it goes on to; a paragraph field after the entry's
        // fields is printed under them and keeps its lines, and so does an
        // entry written one field a line. A name of a word or three
        // wrapped after a long title joins too.
        let src = "\\cventry{2005--present}{Freelance IT\n  consultant}{Masida}{Amsterdam}{}{IT solutions with a focus on Free\n  Software. Development of solutions\n  in Python.}\n\\cventry\n  {Engineer}\n  {Acme}\n  {2019 -- 2021}{}\n\\cventry{Jan 2023--Current}{Senior Solutions Architect (Mobile and VA)}{Discovery\nHoldings}{}{}{}";
        assert_eq!(
            lines(src),
            owned(&[
                (
                    1,
                    "2005–present | Freelance IT consultant | Masida | Amsterdam"
                ),
                (2, "IT solutions with a focus on Free"),
                (3, "Software. Development of solutions"),
                (4, "in Python."),
                (6, "Engineer"),
                (7, "Acme"),
                (8, "2019 – 2021"),
                (
                    9,
                    "Jan 2023–Current | Senior Solutions Architect (Mobile and VA) | Discovery Holdings"
                ),
            ])
        );
    }

    #[test]
    fn a_defined_macros_short_fields_show_on_the_rows_its_body_prints() {
        // `\job` with a field a line: the body's rows, not the source's
        // lines; a long field keeps its lines, and a macro whose fields
        // sit on the rows they print on reads as before.
        let src = "\\newcommand{\\job}[6]{\\textbf{#1} • {#2}\\\\\n{#3 - #4} • #5\\\\\n#6}\n\\begin{document}\n\\job\n  {Luxoft}\n  {Senior Project Manager}\n  {Jun 2021}\n  {Present}\n  {Guadalajara, Mexico}\n  {Led teams of engineers across three countries and\n  two time zones to deliver the product.}\n\\newcommand{\\sub}[2]{\\textbf{#1}\\\\ #2}\n\\sub{Acme}\n  {Engineer}\n\\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (6, "Luxoft • Senior Project Manager"),
                (8, "Jun 2021 - Present • Guadalajara, Mexico"),
                (11, "Led teams of engineers across three countries and"),
                (12, "two time zones to deliver the product."),
                (14, "Acme"),
                (15, "Engineer"),
            ])
        );
    }

    #[test]
    fn a_line_break_in_the_source_ends_the_row_before_a_macros_field() {
        // res.cls CVs: a list's last `\\`, then a subsection's macro
        // whose body spaces before its bold title: the title is a line
        // of its own, not a field of the list's last line.
        let src = "\\newcommand{\\sub}[1]{\\vspace{0.05in}\\textbf{#1}\\vspace{-0.1in}\\par}\n\\begin{document}\n2006 Tutor, Chemistry, Willamette University \\\\\n\\\\ \n\\sub{Scientific Mentorship} 2021 -- 2022 Sam, Engineer\n\\end{document}";
        assert_eq!(
            lines(src),
            owned(&[
                (3, "2006 Tutor, Chemistry, Willamette University"),
                (5, "Scientific Mentorship"),
                (5, "2021 – 2022 Sam, Engineer"),
            ])
        );
    }

    #[test]
    fn sources_hold_the_main_text() {
        let d = extract(
            b"\\section{Skills}\n",
            Some(Path::new("cv.tex")),
            None,
            1 << 20,
        );
        let d = d.expect("extracts");
        assert_eq!(
            d.sources,
            vec![Source {
                path: "cv.tex".to_owned(),
                text: "\\section{Skills}\n".to_owned(),
            }]
        );
        assert_eq!(d.lines[0].source_file, 0);
        assert_eq!(d.lines[0].origin, Origin::Body);
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, text).expect("write");
        path
    }

    fn extract_file(path: &Path) -> Result<Document, FileError> {
        let bytes = std::fs::read(path).expect("read");
        extract(&bytes, Some(path), None, 1 << 20)
    }

    #[test]
    fn an_input_in_the_preamble_shows_only_its_header_fields() {
        // A repository keeps the phone number in a file of its own; a TeX
        // system file in the preamble is not the resume's.
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\documentclass{moderncv}\n\\input{glyphtounicode}\n\\input{personal-info}\n\\input{style}\n\\begin{document}\nJane Doe\n\\end{document}\n",
        );
        write(
            dir.path(),
            "personal-info.tex",
            "\\phone[mobile]{+1~(301)~529~0246}\nA note never typeset\n",
        );
        write(
            dir.path(),
            "style.tex",
            "\\documentclass{article}\n\\begin{document}\nA sample body\n\\end{document}\n",
        );
        let d = extract_file(&main).expect("extracts");
        let got: Vec<&str> = d.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["+1 (301) 529 0246", "Jane Doe"]);
        assert!(d.unread.is_empty(), "{:?}", d.unread);
    }

    #[test]
    fn an_input_if_the_file_exists_reads_it_or_the_other_branch() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\begin{document}\nJane Doe\n\\InputIfFileExists{\n  info/phone.tex\n}{Then}{\\photo{me.png}Else}\n\\IfFileExists{missing.tex}{Then}{Otherwise}\n\\end{document}\n",
        );
        write(dir.path(), "info/phone.tex", "+1 301 529 0246\n");
        let got = |d: Document| -> Vec<String> { d.lines.into_iter().map(|l| l.text).collect() };
        let d = extract_file(&main).expect("extracts");
        assert_eq!(got(d), ["Jane Doe", "+1 301 529 0246", "Then", "Otherwise"]);
        std::fs::remove_file(dir.path().join("info/phone.tex")).expect("remove");
        let d = extract_file(&main).expect("extracts");
        assert!(d.unread.is_empty(), "{:?}", d.unread);
        assert_eq!(got(d), ["Jane Doe", "Else", "Otherwise"]);
    }

    #[test]
    fn input_brings_in_files_at_their_place() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\input{preamble-ignored}\n\\begin{document}\nJane Doe\n\\input{sections/experience}\n\\include{skills.tex}\nEnd\n\\end{document}\n",
        );
        write(
            dir.path(),
            "sections/experience.tex",
            "% comment\n\\section{Experience}\n\\item Built APIs\n",
        );
        write(dir.path(), "skills.tex", "\\section{Skills}\nGo, SQL\n");
        let d = extract_file(&main).expect("extracts");
        let got: Vec<(u16, u32, &str)> = d
            .lines
            .iter()
            .map(|l| (l.source_file, l.source_line, l.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 3, "Jane Doe"),
                (1, 2, "Experience"),
                (1, 3, "• Built APIs"),
                (2, 1, "Skills"),
                (2, 2, "Go, SQL"),
                (0, 6, "End"),
            ]
        );
        let base = dir.path().display().to_string();
        assert_eq!(d.sources.len(), 3);
        assert_eq!(
            d.sources[1].path,
            format!("{base}{}sections/experience.tex", std::path::MAIN_SEPARATOR)
        );
        assert_eq!(
            d.sources[1].text,
            "% comment\n\\section{Experience}\n\\item Built APIs\n"
        );
        assert!(d.sources[2].path.ends_with("skills.tex"));
    }

    #[test]
    fn includes_are_read_only_from_inside_the_resumes_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let secret = write(dir.path(), "secret.tex", "AWS_SECRET_ACCESS_KEY=leaked\n");
        write(dir.path(), "cv/sections/work.tex", "Built APIs\n");
        std::os::unix::fs::symlink(&secret, dir.path().join("cv/link.tex")).expect("symlink");
        std::fs::create_dir(dir.path().join("cv/folder.tex")).expect("mkdir");
        let fifo = dir.path().join("cv/pipe.tex");
        let have_fifo = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        let escapes = [
            format!("\\input{{{}}}", secret.display()),
            "\\input{../secret}".to_owned(),
            "\\input{sections/../../secret}".to_owned(),
            "\\input{link}".to_owned(),
            "\\input{/dev/zero}".to_owned(),
            "\\input{/proc/self/environ}".to_owned(),
            "\\input{folder.tex}".to_owned(),
        ];
        let mut body = String::from("\\begin{document}\n\\input{sections/work}\n");
        for escape in &escapes {
            body.push_str(escape);
            body.push('\n');
        }
        if have_fifo {
            body.push_str("\\input{pipe.tex}\n");
        }
        body.push_str("\\end{document}\n");
        let main = write(dir.path(), "cv/resume.tex", &body);
        let d = extract_file(&main).expect("extracts");
        let text: Vec<&str> = d.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            text,
            ["Built APIs"],
            "only the file inside the folder is read"
        );
        assert!(d.sources.iter().all(|s| !s.text.contains("AWS_SECRET")));
        let expected = escapes.len() + usize::from(have_fifo);
        assert_eq!(d.unread.len(), expected, "{:#?}", d.unread);
        assert!(d.unread[0].contains("an absolute path"), "{}", d.unread[0]);
        assert!(
            d.unread[1].starts_with("\\input{../secret} on line 4: outside the resume's folder"),
            "{}",
            d.unread[1]
        );
        assert!(
            d.unread[6].contains("not a regular file"),
            "{}",
            d.unread[6]
        );
        if have_fifo {
            assert!(
                d.unread[7].contains("not a regular file"),
                "{}",
                d.unread[7]
            );
        }

        // A wider root (the folder of the .ats.toml in use) lets them in.
        let bytes = std::fs::read(&main).expect("read");
        let d = extract(&bytes, Some(&main), Some(dir.path()), 1 << 20).expect("extracts");
        let text: Vec<&str> = d.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains(&"AWS_SECRET_ACCESS_KEY=leaked"), "{text:?}");
    }

    #[test]
    fn an_included_file_with_its_own_preamble_gives_its_body() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\begin{document}\n\\subfile{part}\nAfter\n\\end{document}\n",
        );
        write(
            dir.path(),
            "part.tex",
            "\\documentclass[cv]{subfiles}\nNot typeset\n\\begin{document}\nPart text\n\\end{document}\nNot read\n",
        );
        let d = extract_file(&main).expect("extracts");
        let got: Vec<(u16, u32, &str)> = d
            .lines
            .iter()
            .map(|l| (l.source_file, l.source_line, l.text.as_str()))
            .collect();
        assert_eq!(got, vec![(1, 4, "Part text"), (0, 3, "After")]);
    }

    #[test]
    fn an_import_s_folder_may_be_a_macro() {
        // The import package's \import{dir}{file}, the folder named by a
        // macro of the resume's own (Awesome-CV's examples).
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("cv")).expect("mkdir");
        let main = write(
            dir.path(),
            "cv.tex",
            "\\newcommand*{\\sectiondir}{cv/}\n\\begin{document}\n\\import{\\sectiondir}{education}\nAfter\n\\end{document}\n",
        );
        write(&dir.path().join("cv"), "education.tex", "Education\n");
        let d = extract_file(&main).expect("extracts");
        let text: Vec<&str> = d.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text, vec!["Education", "After"]);
    }

    #[test]
    fn input_is_ignored_without_a_path() {
        assert_eq!(texts("A\n\\input{nowhere}\nB"), vec!["A", "B"]);
    }

    #[test]
    fn a_missing_include_is_reported_and_the_rest_is_read() {
        let main = Path::new("cv.tex");
        let src = "Top\n\n\\input{sections/experience}\nBottom\n";
        let d = extract(src.as_bytes(), Some(main), None, 1 << 20).expect("the rest is read");
        let texts: Vec<&str> = d.lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            texts.contains(&"Top") && texts.contains(&"Bottom"),
            "{texts:?}"
        );
        assert_eq!(
            d.unread,
            [
                "\\input{sections/experience} on line 3: no such file sections/experience.tex; it was not read"
            ]
        );
    }

    #[test]
    fn circular_includes_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(dir.path(), "cv.tex", "\\input{a}\n");
        write(dir.path(), "a.tex", "A\n\n\\input{cv}\n");
        let err = extract_file(&main).expect_err("cycle");
        assert_eq!(err.code, ErrorCode::Corrupt);
        let a = dir.path().join("a.tex").display().to_string();
        assert!(
            err.message
                .starts_with(&format!("\\input{{cv}} on line 3 of {a}: ")),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("is already being read"),
            "{}",
            err.message
        );
    }

    #[test]
    fn includes_nest_at_most_16_deep() {
        let dir = tempfile::tempdir().expect("tempdir");
        let main = write(dir.path(), "cv.tex", "\\input{f1}\n");
        for i in 1..=20 {
            write(
                dir.path(),
                &format!("f{i}.tex"),
                &format!("Level {i}\n\\input{{f{}}}\n", i + 1),
            );
        }
        let err = extract_file(&main).expect_err("too deep");
        assert_eq!(err.code, ErrorCode::Corrupt);
        assert!(
            err.message.contains("more than 16 levels deep"),
            "{}",
            err.message
        );
        assert!(
            err.message.starts_with("\\input{f17} on line 2 of "),
            "{}",
            err.message
        );
    }

    #[test]
    fn the_sample_resume_reads_as_its_pdf_would() {
        let main = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/latex/resume.tex");
        let d = extract_file(&main).expect("extracts");
        let find = |file: u16, line: u32| {
            d.lines
                .iter()
                .find(|l| l.source_file == file && l.source_line == line)
                .map(|l| l.text.as_str())
        };
        assert_eq!(find(0, 59), Some("Dana Whitfield"));
        assert_eq!(find(0, 66), Some("Education"));
        assert_eq!(find(1, 2), Some("Experience"));
        assert_eq!(
            find(1, 15),
            Some("• Maintained the internal deployment scripts for the platform team")
        );
        assert_eq!(
            find(1, 25),
            Some("• Team player who paired with testers and support staff on release days")
        );
        assert_eq!(
            find(0, 89),
            Some("• Trained ML models that flag likely subscription churn and served them")
        );
        assert_eq!(find(0, 95), Some("Technical Skills"));
        assert!(d.sources[1].path.ends_with("experience.tex"));
        let text: String = d.lines.iter().map(|l| l.text.as_str()).collect();
        for leak in [
            "\\",
            "resumeItem",
            "tabular",
            "0.97",
            "leftmargin",
            "vspace",
        ] {
            assert!(!text.contains(leak), "{leak} leaked");
        }
    }

    #[test]
    fn hostile_input_ends_without_panic() {
        let deep_braces = format!("{}x{}", "{".repeat(10_000), "}".repeat(10_000));
        let deep_bold = format!("{}x", "\\textbf{".repeat(10_000));
        let deep_macro = format!(
            "\\newcommand{{\\m}}[1]{{\\item #1}}\n{}x{}",
            "\\m{".repeat(10_000),
            "}".repeat(10_000)
        );
        let cases: Vec<String> = vec![
            "\\textbf{".to_owned(),
            "}}}}".to_owned(),
            "\\".to_owned(),
            "\\item[".to_owned(),
            "$ unbalanced math".to_owned(),
            "\\verb".to_owned(),
            "\\begin{".to_owned(),
            "\\end{itemize}".to_owned(),
            "\\href{unclosed".to_owned(),
            "\\newcommand{\\x}{".to_owned(),
            "\\def\\a{\\a}\\a".to_owned(),
            "\\def\\a{x\\a}\\a".to_owned(),
            "\\newcommand{\\b}{\\b\\b}\\b".to_owned(),
            "\\newcommand{\\c}[1]{\\c{#1#1}}\\c{x}".to_owned(),
            "\\newenvironment{e}{\\begin{e}}{}\\begin{e}".to_owned(),
            "\\'".to_owned(),
            "\\'{".to_owned(),
            "#1 ## & ^ _".to_owned(),
            "\\begin{itemize}".repeat(5_000),
            "\\item[x".repeat(5_000),
            "\\iffalse".to_owned(),
            deep_braces,
            deep_bold,
            deep_macro,
        ];
        for case in &cases {
            let _ = extract(case.as_bytes(), None, None, 1 << 24);
        }
        assert_eq!(texts(&cases[cases.len() - 3]), vec!["x"]);
    }

    #[test]
    fn a_large_file_is_read_in_linear_time() {
        let block = "\\resumeItem{Cut latency by 40\\% with \\textbf{Redis}, \\href{https://x.io}{docs}}\n% comment\n\\cventry{a}{b}{c}{d}{e}\n";
        let src = block.repeat(20_000);
        let start = std::time::Instant::now();
        let d = doc(&src);
        assert_eq!(d.lines.len(), 40_000);
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }
}
