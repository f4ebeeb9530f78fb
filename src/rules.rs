//! Rules: the stable names of what `ats` reports, shared by the checks, the
//! settings and the printers.
//!
//! - [`Severity`]: the one scale every finding uses (error, warning, info).
//! - [`Code`]: the readability codes (`no-text`, `word-count`, ...).
//! - [`Rule`]: the rule ids of findings (`ats/avoid-term`,
//!   `ats/readability/word-count`, ...) with the help text SARIF shows.
//! - [`Finding`]: one problem at its file, line and column.
//! - [`Ignores`]: what `.ats.toml` silences, by rule and text.
//!
//! A leaf: names and small types, importing nothing from the crate, so the
//! settings loader and every stage can name a rule without importing the
//! stage that produces it. Ids and codes never change meaning: CI
//! configurations and SARIF baselines refer to them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a finding is. JSON writes `error`, `warning`, `info`; SARIF
/// calls `info` a `note`, GitHub a `notice`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    #[default]
    Warning,
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What an ATS cannot read in a file (SPEC "Checks" 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    NoText,
    GarbledText,
    ContactMissing,
    ContactInHeader,
    TextBoxContent,
    HiddenText,
    HeadingMissing,
    WordCount,
    IncludeNotRead,
    MultiColumn,
    OcrText,
    EmailMissing,
    NameMissing,
    PlaceholderContact,
}

impl Code {
    /// Every code, in the order reports list them.
    pub const ALL: [Code; 14] = [
        Code::NoText,
        Code::GarbledText,
        Code::ContactMissing,
        Code::ContactInHeader,
        Code::TextBoxContent,
        Code::HiddenText,
        Code::HeadingMissing,
        Code::WordCount,
        Code::IncludeNotRead,
        Code::MultiColumn,
        Code::OcrText,
        Code::EmailMissing,
        Code::NameMissing,
        Code::PlaceholderContact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::NoText => "no-text",
            Code::GarbledText => "garbled-text",
            Code::ContactMissing => "contact-missing",
            Code::ContactInHeader => "contact-in-header",
            Code::TextBoxContent => "text-box-content",
            Code::HiddenText => "hidden-text",
            Code::HeadingMissing => "heading-missing",
            Code::WordCount => "word-count",
            Code::IncludeNotRead => "include-not-read",
            Code::MultiColumn => "multi-column",
            Code::OcrText => "ocr-text",
            Code::EmailMissing => "email-missing",
            Code::NameMissing => "name-missing",
            Code::PlaceholderContact => "placeholder-contact",
        }
    }

    /// What the code means (the rule's description in SARIF).
    pub fn description(self) -> &'static str {
        match self {
            Code::NoText => {
                "The file has no text an ATS can read (a scanned or image-only PDF, or an empty file)."
            }
            Code::GarbledText => {
                "Glyphs that do not map to text: icon fonts or a broken font encoding."
            }
            Code::ContactMissing => "No email address or phone number in the body of the resume.",
            Code::ContactInHeader => {
                "Contact details only in a DOCX header or footer, which many ATS drop."
            }
            Code::TextBoxContent => "Text in DOCX text boxes, which many ATS skip.",
            Code::HiddenText => "Hidden text in the document, which is flagged and not counted.",
            Code::HeadingMissing => {
                "A standard section heading (Experience, Education, Skills) is missing."
            }
            Code::WordCount => "The word count is far outside the usual 300-1,200.",
            Code::IncludeNotRead => {
                "A file the source brings in (LaTeX \\input) was not read: it is not there, outside the resume's folder, or not a regular file."
            }
            Code::MultiColumn => {
                "A page is laid out in columns, which many ATS read straight across."
            }
            Code::OcrText => {
                "A page is a scanned image whose text comes from an invisible OCR layer."
            }
            Code::EmailMissing => "No e-mail address an ATS can read (a phone number was found).",
            Code::NameMissing => "No line near the top reads as the candidate's name.",
            Code::PlaceholderContact => {
                "A template's placeholder (\"Your Name\") or a template site's address stands where the candidate's should."
            }
        }
    }

    /// The code named `name`, if there is one.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A check whose findings share an id, a default severity and advice.
/// What a writing problem is about (`src/writing.rs`); its rule id is
/// `ats/writing/<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WritingCode {
    FirstPerson,
    BulletLength,
    WeakOpener,
    RepeatedVerb,
    Tense,
    DateFormats,
    DateOrder,
    Gap,
    Overlap,
    Length,
    /// Parse findings (`ats/parse/<code>`): what the form an ATS fills
    /// would miss.
    JobUndated,
    Degree,
    ContactFields,
    TitleEmployer,
    /// A word the English dictionary does not know (opt-in: see
    /// `spelling.rs`).
    Spelling,
}

impl WritingCode {
    pub const ALL: [WritingCode; 15] = [
        WritingCode::FirstPerson,
        WritingCode::BulletLength,
        WritingCode::WeakOpener,
        WritingCode::RepeatedVerb,
        WritingCode::Tense,
        WritingCode::DateFormats,
        WritingCode::DateOrder,
        WritingCode::Gap,
        WritingCode::Overlap,
        WritingCode::Length,
        WritingCode::JobUndated,
        WritingCode::Degree,
        WritingCode::ContactFields,
        WritingCode::TitleEmployer,
        WritingCode::Spelling,
    ];

    /// The id prefix: `ats/parse/` for what the parsed form misses,
    /// `ats/writing/` for the rest.
    pub fn prefix(self) -> &'static str {
        match self {
            WritingCode::JobUndated
            | WritingCode::Degree
            | WritingCode::ContactFields
            | WritingCode::TitleEmployer => "ats/parse/",
            _ => "ats/writing/",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WritingCode::FirstPerson => "first-person",
            WritingCode::BulletLength => "bullet-length",
            WritingCode::WeakOpener => "weak-opener",
            WritingCode::RepeatedVerb => "repeated-verb",
            WritingCode::Tense => "tense",
            WritingCode::DateFormats => "date-formats",
            WritingCode::DateOrder => "date-order",
            WritingCode::Gap => "gap",
            WritingCode::Overlap => "overlap",
            WritingCode::Length => "length",
            WritingCode::JobUndated => "job-undated",
            WritingCode::Degree => "degree",
            WritingCode::ContactFields => "contact-fields",
            WritingCode::TitleEmployer => "title-employer",
            WritingCode::Spelling => "spelling",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            WritingCode::FirstPerson => "A bullet speaks in the first person (I, me, my).",
            WritingCode::BulletLength => "A bullet is over 30 words, or under 5.",
            WritingCode::WeakOpener => {
                "A bullet opens with a weak phrase (Responsible for, Helped, Assisted, Utilized, Worked on, Participated in)."
            }
            WritingCode::RepeatedVerb => "The same verb starts more than three bullets.",
            WritingCode::Tense => "A past job's bullet is written in the present tense.",
            WritingCode::DateFormats => {
                "Dates are written in more than one form (\"Jan 2015\" and \"03/2016\")."
            }
            WritingCode::DateOrder => {
                "A job starts after the one above it: the jobs are not newest first."
            }
            WritingCode::Gap => "More than six months between two jobs (reported, not judged).",
            WritingCode::Overlap => "Two full-time jobs overlap (reported, not judged).",
            WritingCode::Length => "Over two pages for under ten years of experience.",
            WritingCode::JobUndated => "A job in Experience has no dates an ATS can read.",
            WritingCode::Degree => "The Education section has no degree an ATS can read.",
            WritingCode::ContactFields => "The form would get no phone, location or LinkedIn.",
            WritingCode::TitleEmployer => {
                "Nothing in the job headers tells the title from the employer."
            }
            WritingCode::Spelling => {
                "A word of a statement or the summary is not in the English dictionary."
            }
        }
    }

    pub fn help(self) -> &'static str {
        match self {
            WritingCode::FirstPerson => {
                "Start with the action: \"Led the migration\", not \"I led the migration\"."
            }
            WritingCode::BulletLength => {
                "Keep a bullet to one or two lines: what you did, how, and the result."
            }
            WritingCode::WeakOpener => "Open with the verb of what you did, then the result.",
            WritingCode::RepeatedVerb => {
                "Vary the verbs: each says something different about the work."
            }
            WritingCode::Tense => {
                "Write past jobs in the past tense, the current job in the present."
            }
            WritingCode::DateFormats => "Write every date one way, e.g. \"Mar 2021\".",
            WritingCode::DateOrder => {
                "List jobs newest first: an ATS and a recruiter read the top one as your current role."
            }
            WritingCode::Gap => {
                "Nothing to fix: if you wish, a line on what you did then (study, care, a project) answers the question."
            }
            WritingCode::Overlap => {
                "Nothing to fix: if one was part-time or a contract, say so in its title."
            }
            WritingCode::Length => {
                "Cut to two pages: older jobs in a line each, the last ten years in full."
            }
            WritingCode::JobUndated => {
                "Put the dates on the job's line or the line under it, e.g. \"Mar 2021 – Present\"."
            }
            WritingCode::Degree => {
                "Write the degree as schools name it, e.g. \"B.S. in Computer Science\"."
            }
            WritingCode::ContactFields => {
                "Add them to the top lines, in the body, not in a header."
            }
            WritingCode::TitleEmployer => {
                "Write \"Title at Employer\", or put the title on a line of its own under the employer."
            }
            WritingCode::Spelling => {
                "Fix the word, or, if it is a name or a term of your field, ignore it in .ats.toml."
            }
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            WritingCode::Gap
            | WritingCode::Overlap
            | WritingCode::Tense
            | WritingCode::ContactFields
            | WritingCode::TitleEmployer
            | WritingCode::Spelling => Severity::Info,
            WritingCode::BulletLength | WritingCode::RepeatedVerb => Severity::Info,
            _ => Severity::Warning,
        }
    }

    pub fn parse(name: &str) -> Option<WritingCode> {
        WritingCode::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A must-have keyword not found (the `--require-must-have` gate).
    MissingMustHave,
    AvoidTerm,
    AcronymPairing,
    UnquantifiedBullet,
    Readability(Code),
    Writing(WritingCode),
}

/// The id prefix of readability rules.
const READABILITY: &str = "ats/readability/";
/// The id prefix of writing rules.
const WRITING: &str = "ats/writing/";

impl Rule {
    /// Every rule: the fixed ones first, then one per readability code.
    pub fn all() -> Vec<Rule> {
        let fixed = [
            Rule::MissingMustHave,
            Rule::AvoidTerm,
            Rule::AcronymPairing,
            Rule::UnquantifiedBullet,
        ];
        fixed
            .into_iter()
            .chain(Code::ALL.into_iter().map(Rule::Readability))
            .chain(WritingCode::ALL.into_iter().map(Rule::Writing))
            .collect()
    }

    /// The stable id: `ats/avoid-term`, `ats/readability/word-count`.
    pub fn id(self) -> String {
        match self {
            Rule::MissingMustHave => "ats/missing-must-have".to_owned(),
            Rule::AvoidTerm => "ats/avoid-term".to_owned(),
            Rule::AcronymPairing => "ats/acronym-pairing".to_owned(),
            Rule::UnquantifiedBullet => "ats/unquantified-bullet".to_owned(),
            Rule::Readability(code) => format!("{READABILITY}{code}"),
            Rule::Writing(code) => format!("{}{}", code.prefix(), code.as_str()),
        }
    }

    /// The rule with this id.
    pub fn parse(id: &str) -> Option<Rule> {
        Rule::all().into_iter().find(|r| r.id() == id)
    }

    /// A short name (SARIF `name`): `MissingMustHave`, `ReadabilityWordCount`.
    pub fn name(self) -> String {
        match self {
            Rule::MissingMustHave => "MissingMustHave".to_owned(),
            Rule::AvoidTerm => "AvoidTerm".to_owned(),
            Rule::AcronymPairing => "AcronymPairing".to_owned(),
            Rule::UnquantifiedBullet => "UnquantifiedBullet".to_owned(),
            Rule::Readability(code) => format!("Readability{}", camel(code.as_str())),
            Rule::Writing(code) => format!("Writing{}", camel(code.as_str())),
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Rule::MissingMustHave => {
                "A must-have keyword of the role does not appear in the resume."
            }
            Rule::AvoidTerm => "An overused term that recruiters and ATS rankings discount.",
            Rule::AcronymPairing => {
                "A keyword appears only as its acronym, or only as its full term."
            }
            Rule::UnquantifiedBullet => {
                "A bullet in Experience or Projects states no measured result."
            }
            Rule::Readability(code) => code.description(),
            Rule::Writing(code) => code.description(),
        }
    }

    pub fn help(self) -> &'static str {
        match self {
            Rule::MissingMustHave => {
                "Add the keyword, or one of the forms that also count, where you used it: in a bullet of Experience or Projects, not only in the skills list."
            }
            Rule::AvoidTerm => "Replace the term with what you did and a measured result.",
            Rule::AcronymPairing => {
                "Write both forms once, e.g. \"Machine Learning (ML)\": an ATS may search for either."
            }
            Rule::UnquantifiedBullet => {
                "Add a number: a percentage, money, a count with its unit (40 services, 200 ms), or time saved."
            }
            Rule::Readability(_) => {
                "See the message: it says what the ATS cannot read and how to fix it."
            }
            Rule::Writing(code) => code.help(),
        }
    }

    /// The severity of the rule's findings unless a finding says otherwise.
    pub fn severity(self) -> Severity {
        match self {
            Rule::MissingMustHave | Rule::Readability(Code::NoText) => Severity::Error,
            Rule::Writing(code) => code.severity(),
            _ => Severity::Warning,
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

/// `word-count` → `WordCount`.
fn camel(code: &str) -> String {
    code.split('-').map(crate::vocab::upper_first).collect()
}

/// One problem, where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(with = "rule_id")]
    pub rule: Rule,
    pub severity: Severity,
    /// The file the line is in: the report's, or a file it brings in.
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    /// What an ignore's text is compared with: the term, the bullet, the
    /// code.
    pub subject: String,
}

/// A [`Rule`] as its id in serialized data.
mod rule_id {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use super::Rule;

    pub(super) fn serialize<S: Serializer>(rule: &Rule, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&rule.id())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
        let id = String::deserialize(d)?;
        Rule::parse(&id).ok_or_else(|| D::Error::custom(format!("unknown rule {id}")))
    }
}

/// One `[ignore] findings` entry: a rule, optionally only where the
/// finding's subject (term, bullet text, code) contains `text`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IgnoreFinding {
    #[serde(with = "rule_id")]
    pub rule: Rule,
    pub text: Option<String>,
}

impl IgnoreFinding {
    /// Parses `ats/unquantified-bullet` or `ats/unquantified-bullet: Maintained`.
    pub fn parse(entry: &str) -> Result<IgnoreFinding, String> {
        let (id, text) = match entry.split_once(':') {
            Some((id, text)) => (id.trim(), Some(text.trim().to_owned())),
            None => (entry.trim(), None),
        };
        let Some(rule) = Rule::parse(id) else {
            let known: Vec<String> = Rule::all()
                .into_iter()
                .filter(|r| !matches!(r, Rule::Readability(_) | Rule::Writing(_)))
                .map(Rule::id)
                .chain([
                    format!("{READABILITY}<code>"),
                    format!("{WRITING}<code>"),
                    "ats/parse/<code>".to_owned(),
                ])
                .collect();
            return Err(format!(
                "unknown rule `{id}` (expected one of: {}; optionally followed by `: text`)",
                known.join(", ")
            ));
        };
        Ok(IgnoreFinding {
            rule,
            text: text.filter(|t| !t.is_empty()),
        })
    }

    fn hides(&self, f: &Finding) -> bool {
        f.rule == self.rule
            && self
                .text
                .as_ref()
                .is_none_or(|t| f.subject.to_lowercase().contains(&t.to_lowercase()))
    }
}

/// What `.ats.toml` silences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignores {
    /// Avoid terms (or their aliases) not searched at all: they neither
    /// show nor lower the score.
    pub avoid: Vec<String>,
    /// Readability codes dropped from the report.
    pub readability: Vec<Code>,
    /// Findings hidden from every output and from the gates; the score
    /// still counts them.
    pub findings: Vec<IgnoreFinding>,
}

impl Ignores {
    pub fn is_empty(&self) -> bool {
        self.avoid.is_empty() && self.readability.is_empty() && self.findings.is_empty()
    }

    /// Whether a finding is silenced.
    pub fn hides(&self, f: &Finding) -> bool {
        matches!(f.rule, Rule::Readability(code) if self.readability.contains(&code))
            || self.findings.iter().any(|i| i.hides(f))
    }

    /// Whether an avoid term (by its term or an alias) is to be skipped.
    pub fn skips_avoid(&self, forms: &[&str]) -> bool {
        self.avoid
            .iter()
            .any(|a| forms.iter().any(|f| f.eq_ignore_ascii_case(a)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_rule_and_round_trips() {
        let ids: Vec<String> = Rule::all().into_iter().map(Rule::id).collect();
        for code in Code::ALL {
            assert!(ids.contains(&format!("ats/readability/{code}")), "{code}");
            assert_eq!(Code::parse(code.as_str()), Some(code));
            let json = serde_json::to_string(&code).expect("a code serializes");
            assert_eq!(json, format!("\"{code}\""));
        }
        for rule in Rule::all() {
            assert_eq!(Rule::parse(&rule.id()), Some(rule), "{rule}");
        }
        assert_eq!(
            Rule::Readability(Code::ContactInHeader).name(),
            "ReadabilityContactInHeader"
        );
    }

    #[test]
    fn ignore_entries_parse_rule_and_text() {
        assert_eq!(
            IgnoreFinding::parse("ats/unquantified-bullet: Maintained the"),
            Ok(IgnoreFinding {
                rule: Rule::UnquantifiedBullet,
                text: Some("Maintained the".to_owned())
            })
        );
        assert!(IgnoreFinding::parse("ats/readability/word-count").is_ok());
        let err = IgnoreFinding::parse("ats/avoid").expect_err("unknown rule");
        assert!(err.contains("ats/avoid-term"), "{err}");
    }
}
