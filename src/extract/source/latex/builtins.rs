//! What known macros and environments do: the tables the reader looks
//! names up in.
//!
//! In: the name of a macro or environment (or the text of a list's options,
//! of a group that may be a size). Out: how it is read: which arguments it
//! takes and which of those are text ([`Builtin`], [`Arg`], [`Kind`],
//! [`EnvKind`]), the character a symbol or accent prints, whether a group
//! holds a size or a rating.
//!
//! Lookups only: no tokens, no state, no output. The document's own
//! definitions are not here (the reader keeps them), nor the order in which
//! meanings are asked for (LaTeX's own, the document's, the templates',
//! icons), which is the reader's.

/// One argument of a known macro.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Arg {
    /// An optional `*`.
    Star,
    /// An optional `[...]`, dropped.
    Opt,
    /// An optional `[...]` right after the name, dropped.
    OptTight,
    /// A mandatory argument, dropped.
    Omit,
    /// A mandatory argument, read as text.
    Text,
    /// Any number of braced arguments, read as text (layout sizes dropped).
    Rest,
    /// A link (`\url`), kept as written.
    VerbText,
    /// A link's address (`\href`'s first argument): not text, kept in the
    /// document's links.
    Link,
}

/// How the text arguments of a macro are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Formatting: the text flows on, nothing added.
    Plain,
    /// Fields of an entry: ` | ` between arguments.
    Fields,
    /// Like fields, and a number or size after the first is a rating
    /// (`\cvskill{German}{3.5}`), dropped.
    Rated,
    /// A person's name: a space between the first arguments.
    Name,
    /// A header field that shows even when set in the preamble.
    Header,
    /// The argument is a line of its own.
    Heading,
    /// A list item: the text starts with `• `.
    Bullet,
    /// Horizontal space (`\hspace{..}`): the words around do not glue.
    Gap,
}

impl Kind {
    pub(super) fn shown_in_preamble(self) -> bool {
        matches!(self, Kind::Name | Kind::Header)
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Builtin {
    Call(Kind, &'static [Arg]),
    Symbol(&'static str),
    Space,
    Bar,
    Break,
    Item,
    Begin,
    End,
    Input,
    NewCommand { provide: bool },
    DocCommand,
    Def,
    Let,
    NewEnv,
    DocEnv,
    IfFalse,
    AtLetter(bool),
    Accent(char),
    SkipDimen,
    EndInput,
}

use Arg::{Link, Omit, Opt, OptTight, Rest, Star, Text, VerbText};

const NOTHING: Builtin = Builtin::Call(Kind::Plain, &[]);
pub(super) const UNKNOWN: &[Arg] = &[Star, OptTight, Rest];

/// Macros of LaTeX and common packages. A document's own definition of
/// one of these is ignored: templates redefine `\section` and the like for
/// looks, and the meaning an ATS needs is the standard one.
pub(super) fn core(name: &str) -> Option<Builtin> {
    use Builtin as B;
    use Kind::{Fields, Gap, Heading, Plain};
    let b = match name {
        // Formatting and declarations: the text they hold flows on.
        "textbf" | "textit" | "textsl" | "textsc" | "texttt" | "textsf" | "textrm" | "textup"
        | "textmd" | "textnormal" | "emph" | "em" | "underline" | "uline" | "uuline" | "uwave"
        | "sout" | "xout" | "st" | "hl" | "ul" | "textsuperscript" | "textsubscript" | "mbox"
        | "hbox" | "vbox" | "fbox" | "text" | "mathrm" | "mathbf" | "mathit" | "mathsf"
        | "mathtt" | "mathnormal" | "boldsymbol" | "bm" | "operatorname" | "MakeUppercase"
        | "MakeLowercase" | "MakeTextUppercase" | "uppercase" | "lowercase" | "textls"
        | "centerline" | "leftline" | "rightline" | "vcenter" | "tiny" | "scriptsize"
        | "footnotesize" | "small" | "normalsize" | "large" | "Large" | "LARGE" | "huge"
        | "Huge" | "bfseries" | "itshape" | "scshape" | "mdseries" | "upshape" | "slshape"
        | "rmfamily" | "sffamily" | "ttfamily" | "normalfont" | "bf" | "it" | "sc" | "tt"
        | "sf" | "rm" | "sl" | "centering" | "raggedright" | "raggedleft" | "raggedbottom"
        | "noindent" | "indent" | "relax" | "protect" | "global" | "long" | "protected"
        | "noexpand" | "expandafter" | "fi" | "else" | "or" | "hline" | "toprule" | "midrule"
        | "bottomrule" | "hrule" | "vrule" | "columnbreak" | "today" | "thepage" | "selectfont"
        | "strut" | "null" | "leavevmode" | "nopagebreak" | "hyperref" | "footnotemark"
        | "titlerule" => NOTHING,
        "footnote" | "footnotetext" => B::Call(Fields, &[Opt, Text]),
        "section" | "subsection" | "subsubsection" | "chapter" | "part" | "paragraph"
        | "subparagraph" | "addsec" | "minisec" => B::Call(Heading, &[Star, Opt, Text]),
        "item" => B::Item,
        "begin" => B::Begin,
        "end" => B::End,
        "input" | "include" | "subfile" | "import" | "subimport" | "inputfrom" | "subinputfrom"
        | "includefrom" | "subincludefrom" => B::Input,
        "newcommand" | "renewcommand" | "DeclareRobustCommand" => B::NewCommand { provide: false },
        "providecommand" => B::NewCommand { provide: true },
        "NewDocumentCommand"
        | "RenewDocumentCommand"
        | "ProvideDocumentCommand"
        | "DeclareDocumentCommand"
        | "NewExpandableDocumentCommand" => B::DocCommand,
        "def" | "gdef" | "edef" | "xdef" => B::Def,
        "let" | "glet" => B::Let,
        "newenvironment" | "renewenvironment" => B::NewEnv,
        "NewDocumentEnvironment"
        | "RenewDocumentEnvironment"
        | "ProvideDocumentEnvironment"
        | "DeclareDocumentEnvironment" => B::DocEnv,
        "iffalse" => B::IfFalse,
        "makeatletter" => B::AtLetter(true),
        "makeatother" => B::AtLetter(false),
        "c" | "u" | "v" | "H" | "r" | "k" | "d" | "b" | "t" => {
            B::Accent(name.chars().next().unwrap_or('c'))
        }
        "vskip" | "hskip" | "kern" | "mskip" => B::SkipDimen,
        // A length register set in place (`\itemsep0em`, `\parskip=4pt`).
        "itemsep" | "parskip" | "parindent" | "topsep" | "parsep" | "partopsep" | "tabcolsep"
        | "columnsep" | "baselineskip" | "labelsep" | "itemindent" | "leftmargin"
        | "rightmargin" | "arraystretch" => B::SkipDimen,
        "endinput" => B::EndInput,
        // Breaks and separators.
        "newline" | "linebreak" | "tabularnewline" | "cr" | "crcr" | "hfill" | "hfil" | "hss"
        | "dotfill" | "hrulefill" => B::Bar,
        "par" | "newpage" | "clearpage" | "cleardoublepage" | "pagebreak" | "smallskip"
        | "medskip" | "bigskip" | "vfill" | "bigbreak" | "medbreak" | "smallbreak" => B::Break,
        "quad" | "qquad" | "enskip" | "enspace" | "thinspace" | "space" | "nobreakspace" => {
            B::Space
        }
        "hspace" => B::Call(Gap, &[Star, Omit]),
        // Links: the target goes, the text stays.
        "href" => B::Call(Plain, &[Opt, Link]),
        "url" | "nolinkurl" => B::Call(Plain, &[VerbText]),
        "hyperlink" | "hypertarget" => B::Call(Plain, &[Omit]),
        "texorpdfstring" => B::Call(Plain, &[Text, Omit]),
        // Boxes and colors: the settings go, the text stays.
        "textcolor" | "colorbox" | "color" | "pagecolor" | "rowcolor" | "cellcolor"
        | "columncolor" => B::Call(Plain, &[Opt, Omit]),
        "fcolorbox" => B::Call(Plain, &[Opt, Omit, Omit]),
        "foreignlanguage" => B::Call(Plain, &[Opt, Omit]),
        "makebox" | "framebox" => B::Call(Plain, &[Opt, Opt]),
        "parbox" => B::Call(Plain, &[Opt, Opt, Opt, Omit]),
        "raisebox" => B::Call(Plain, &[Omit, Opt, Opt]),
        "resizebox" => B::Call(Plain, &[Star, Omit, Omit]),
        "scalebox" => B::Call(Plain, &[Omit, Opt]),
        "rotatebox" => B::Call(Plain, &[Opt, Omit]),
        "multicolumn" => B::Call(Plain, &[Omit, Omit]),
        "multirow" => B::Call(Plain, &[Opt, Omit, Opt, Omit, Opt]),
        "bibitem" => B::Call(Plain, &[Opt, Omit]),
        // No text at all.
        "vspace" | "addvspace" | "enlargethispage" | "label" | "ref" | "pageref" | "eqref"
        | "autoref" | "cref" | "Cref" | "nameref" | "phantom" | "hphantom" | "vphantom"
        | "pagestyle" | "thispagestyle" | "pagenumbering" | "urlstyle" | "hypersetup"
        | "geometry" | "newgeometry" | "linespread" | "setstretch" | "hyphenation"
        | "usetikzlibrary" | "pgfplotsset" | "AtBeginDocument" | "AtEndDocument" | "newif"
        | "stepcounter" | "refstepcounter" | "newlength" | "nocite" | "bibliographystyle"
        | "bibliography" | "fontfamily" | "cline" | "extracolsep" | "arrayrulecolor" | "ding"
        | "sethlcolor" | "ProvidesPackage" | "ProvidesClass" | "moderncvstyle"
        | "moderncvcolor" | "moderncvtheme" => B::Call(Plain, &[Star, Omit]),
        "usepackage" | "RequirePackage" | "documentclass" | "LoadClass" => {
            B::Call(Plain, &[Opt, Omit, Opt])
        }
        "includegraphics" | "includesvg" => B::Call(Plain, &[Star, Opt, Opt, Omit]),
        "cite" | "citep" | "citet" | "parencite" | "textcite" | "autocite" => {
            B::Call(Plain, &[Opt, Opt, Omit])
        }
        "addbibresource" | "setlist" | "fancyfoot" | "fancyhf" | "lfoot" | "cfoot" | "rfoot"
        | "newcounter" => B::Call(Plain, &[Opt, Omit, Opt]),
        // A page's running head (fancyhdr) is printed on the page, at its
        // top, wherever it is set: a name and contact details set there in
        // the preamble are the resume's first lines. Its foot ("Compiled
        // on \today", the page's number) is not read.
        "fancyhead" | "lhead" | "chead" | "rhead" => B::Call(Kind::Header, &[Opt, Text]),
        "printbibliography" => B::Call(Plain, &[Opt]),
        "setlength"
        | "addtolength"
        | "settowidth"
        | "settoheight"
        | "setcounter"
        | "addtocounter"
        | "fontsize"
        | "AtBeginEnvironment"
        | "AtEndEnvironment"
        | "PassOptionsToPackage" => B::Call(Plain, &[Omit, Omit]),
        "usefont" => B::Call(Plain, &[Omit, Omit, Omit, Omit]),
        "setmainfont" | "setsansfont" | "setmonofont" | "fontspec" | "setCJKmainfont" => {
            B::Call(Plain, &[Opt, Omit, Opt])
        }
        "newfontfamily" => B::Call(Plain, &[Omit, Opt, Omit, Opt]),
        "definecolor" => B::Call(Plain, &[Opt, Omit, Omit, Omit]),
        "colorlet" => B::Call(Plain, &[Opt, Omit, Opt, Omit]),
        "titleformat" => B::Call(Plain, &[Star, Omit, Opt, Omit, Omit, Omit, Omit, Opt]),
        "titlespacing" => B::Call(Plain, &[Star, Omit, Omit, Omit, Omit, Opt]),
        "rule" => B::Call(Plain, &[Opt, Omit, Omit]),
        "faIcon" | "faicon" => B::Call(Plain, &[Star, Opt, Omit]),
        _ if name.starts_with("if") && name != "ifthenelse" => NOTHING,
        _ => return symbol(name).map(B::Symbol),
    };
    Some(b)
}

/// Macros of resume classes and templates. Used only when the document
/// does not define them itself (a definition says better what they show).
pub(super) fn template(name: &str) -> Option<Builtin> {
    use Builtin as B;
    use Kind::{Bullet, Header, Heading, Name, Plain, Rated};
    let b = match name {
        // LaTeX's title block prints what `\author` and `\title` set, read
        // where they are; a document's own `\maketitle` is what its title
        // block prints (the contact lines under the name).
        "maketitle" => NOTHING,
        "resumeItem" | "resumeSubItem" | "cvlistitem" | "cvlistdoubleitem" => {
            B::Call(Bullet, UNKNOWN)
        }
        "cvsection" | "cvsubsection" | "cvchapter" => B::Call(Heading, &[Star, Opt, Text]),
        "name" | "namesection" | "firstname" | "familyname" | "lastname" | "author" => {
            B::Call(Name, &[Opt, Rest])
        }
        // Friggeri CV's `\header{first}{last}{headline}`.
        "header" => B::Call(Name, &[Text, Text, Text]),
        // Twenty Seconds CV's sidebar: `\cvname{…}`, `\cvmail{…}`, ….
        "cvname" => B::Call(Name, &[Text]),
        "cvjobtitle" | "cvaddress" | "cvnumberphone" | "cvmail" | "cvsite" | "cvlinkedin"
        | "cvgithub" => B::Call(Header, &[Text]),
        "cvdate" | "cvnationality" | "cvfb" | "profilepic" => B::Call(Plain, &[Omit]),
        "position" | "tagline" | "address" | "mobile" | "phone" | "email" | "homepage"
        | "github" | "gitlab" | "linkedin" | "twitter" | "stackoverflow" | "orcid"
        | "extrainfo" | "quote" | "title" | "social" => B::Call(Header, &[Opt, Rest]),
        "cvskill" | "skill" | "cvlanguage" => B::Call(Rated, UNKNOWN),
        "photo" => B::Call(Plain, &[Opt, Opt, Omit]),
        "photoR" | "photoL" | "photoC" => B::Call(Plain, &[Omit, Omit]),
        "wheelchart" => B::Call(Plain, &[Omit, Omit, Omit]),
        "mynames" | "columnratio" => B::Call(Plain, &[Omit]),
        "NewInfoField" => B::Call(Plain, &[Star, Omit, Omit, Opt]),
        "printinfo" => B::Call(Kind::Fields, &[Omit, Text, Opt]),
        "makecvheader" => B::Call(Plain, &[Opt]),
        "makecvfooter" => B::Call(Plain, &[Omit, Omit, Omit]),
        _ => return None,
    };
    Some(b)
}

/// Macros that print a character or a word.
pub(super) fn symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        "LaTeXe" => "LaTeX2e",
        "XeLaTeX" => "XeLaTeX",
        "XeTeX" => "XeTeX",
        "LuaLaTeX" => "LuaLaTeX",
        "LuaTeX" => "LuaTeX",
        "BibTeX" => "BibTeX",
        "textbullet" | "bullet" => "•",
        "textbar" | "vert" | "mid" | "lvert" | "rvert" => "|",
        "textbackslash" | "backslash" => "\\",
        "ldots" | "dots" | "textellipsis" | "cdots" => "…",
        "cdot" | "cdotp" | "textperiodcentered" | "centerdot" => "·",
        "textendash" => "–",
        "textemdash" => "—",
        "textasciitilde" | "sim" => "~",
        "textasciicircum" => "^",
        "textunderscore" => "_",
        "textquoteleft" => "‘",
        "textquoteright" => "’",
        "textquotedblleft" => "“",
        "textquotedblright" => "”",
        "textless" => "<",
        "textgreater" => ">",
        "times" | "texttimes" => "×",
        "approx" => "≈",
        "pm" | "textpm" => "±",
        "le" | "leq" => "≤",
        "ge" | "geq" => "≥",
        "neq" | "ne" => "≠",
        "to" | "rightarrow" | "longrightarrow" | "textrightarrow" => "→",
        "leftarrow" | "textleftarrow" => "←",
        "Rightarrow" | "implies" => "⇒",
        "uparrow" => "↑",
        "downarrow" => "↓",
        "infty" => "∞",
        "degree" | "textdegree" => "°",
        "circ" => "∘",
        "star" | "ast" | "textasteriskcentered" => "*",
        "diamond" | "diamondsuit" => "◇",
        "checkmark" => "✓",
        "copyright" | "textcopyright" => "©",
        "textregistered" => "®",
        "texttrademark" => "™",
        "pounds" | "textsterling" => "£",
        "euro" | "texteuro" => "€",
        "yen" | "textyen" => "¥",
        "textdollar" => "$",
        "S" | "textsection" => "§",
        "P" | "textparagraph" => "¶",
        "dag" | "textdagger" => "†",
        "ddag" | "textdaggerdbl" => "‡",
        "ss" => "ß",
        "ae" => "æ",
        "AE" => "Æ",
        "oe" => "œ",
        "OE" => "Œ",
        "o" => "ø",
        "O" => "Ø",
        "aa" => "å",
        "AA" => "Å",
        "l" => "ł",
        "L" => "Ł",
        "i" => "ı",
        "j" => "ȷ",
        "slash" => "/",
        "textbraceleft" | "lbrace" => "{",
        "textbraceright" | "rbrace" => "}",
        _ => return None,
    })
}

/// The combining mark of an accent macro (`\'`, `\"`, `\c`, ...).
pub(super) fn combining(mark: char) -> Option<char> {
    Some(match mark {
        '\'' => '\u{301}',
        '`' => '\u{300}',
        '^' => '\u{302}',
        '"' => '\u{308}',
        '~' => '\u{303}',
        '=' => '\u{304}',
        '.' => '\u{307}',
        'c' => '\u{327}',
        'u' => '\u{306}',
        'v' => '\u{30C}',
        'H' => '\u{30B}',
        'r' => '\u{30A}',
        'k' => '\u{328}',
        'd' => '\u{323}',
        'b' => '\u{331}',
        't' => '\u{361}',
        _ => return None,
    })
}

/// Icon fonts: `\faGithub`, `\faPhone*`, `\aiOrcid`.
pub(super) fn is_icon(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 2 && (name.starts_with("fa") || name.starts_with("ai")) && b[2].is_ascii_uppercase()
}

/// How an environment's start is read.
#[derive(Clone, Copy, Debug)]
pub(super) enum EnvKind {
    /// Items are bullets unless `[label={}]`.
    List,
    /// `\begin{list}{label}{settings}`.
    ListWithLabel,
    /// Content an ATS never reads as text (code, drawings, comments).
    Skip,
    /// Arguments (all settings) dropped; the content is text.
    Args(&'static [Arg]),
}

pub(super) fn env_kind(name: &str) -> Option<EnvKind> {
    Some(match name {
        "itemize" | "enumerate" | "description" | "cvitems" | "compactitem" | "compactenum"
        | "compactdesc" | "itemize*" | "enumerate*" | "description*" | "inparaenum"
        | "asparaenum" | "asparaitem" => EnvKind::List,
        "list" => EnvKind::ListWithLabel,
        "comment" | "tikzpicture" | "pgfpicture" | "verbatim" | "Verbatim" | "lstlisting"
        | "minted" | "filecontents" | "filecontents*" => EnvKind::Skip,
        "tabular" | "longtable" | "array" => EnvKind::Args(&[Opt, Omit]),
        "tabular*" | "tabularx" | "tabulary" => EnvKind::Args(&[Omit, Opt, Omit]),
        "minipage" => EnvKind::Args(&[Opt, Opt, Opt, Omit]),
        "multicols" | "multicols*" => EnvKind::Args(&[Omit, Opt]),
        "paracol" | "spacing" => EnvKind::Args(&[Omit]),
        "adjustwidth" => EnvKind::Args(&[Omit, Omit]),
        "wrapfigure" => EnvKind::Args(&[Opt, Omit, Opt, Omit]),
        "figure" | "table" | "figure*" | "table*" => EnvKind::Args(&[Opt]),
        "document" | "center" | "flushleft" | "flushright" | "quote" | "quotation" | "abstract"
        | "cventries" | "cvhonors" | "cvskills" | "cvparagraph" | "cvsubentries" => {
            EnvKind::Args(&[])
        }
        _ => return None,
    })
}

/// Length registers that make an argument a size (`{0.5\textwidth}`).
pub(super) const LENGTHS: &[&str] = &[
    "textwidth",
    "linewidth",
    "columnwidth",
    "paperwidth",
    "textheight",
    "paperheight",
    "hsize",
    "vsize",
    "baselineskip",
    "parskip",
    "parindent",
    "fill",
    "tabcolsep",
    "columnsep",
    "itemsep",
    "topsep",
    "leftmargin",
];

const UNITS: &[&str] = &[
    "pt", "em", "ex", "cm", "mm", "in", "bp", "pc", "sp", "dd", "cc", "mu", "px",
];

/// `Some(true)` for a size with a unit (`-1.5cm`), `Some(false)` for a
/// small bare number (`5`, `3.5`), `None` for anything else (`2021`).
pub(super) fn number_kind(s: &str) -> Option<bool> {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let digits = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (number, unit) = s.split_at(digits);
    if !number.bytes().any(|b| b.is_ascii_digit()) || number.matches('.').count() > 1 {
        return None;
    }
    if unit.is_empty() {
        let small = number.contains('.') || number.len() <= 2;
        return small.then_some(false);
    }
    UNITS.contains(&unit).then_some(true)
}

/// Whether `enumitem` options hide the item labels (`label={}`).
pub(super) fn label_hidden(options: &str) -> bool {
    let mut depth = 0usize;
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, c) in options.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&options[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&options[start..]);
    parts.iter().any(|part| {
        part.split_once('=').is_some_and(|(key, value)| {
            key.trim() == "label"
                && value
                    .trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace())
                    .is_empty()
        })
    })
}
