//! Keyword matching: one Aho-Corasick automaton per role.
//!
//! In: a [`Role`] and the common acronym pairs (to build a [`Matcher`] once),
//! then a [`NormText`] per resume. Out: [`Hit`]s, byte ranges of the
//! normalized text, each naming the form it matched.
//!
//! The rules (SPEC "Matching rules"):
//! - term, aliases and acronym are one keyword;
//! - ASCII case is ignored unless the keyword is `case_sensitive` (any form
//!   of two characters or fewer, and common acronyms, always match
//!   case-sensitively: `IT` is not `it`, `JS` is not `js`);
//! - whole tokens only: a hit must not continue a word on either side (Java
//!   in JavaScript, SQL in NoSQL, React in reaction), `C` followed by `++` or
//!   `#` is a different token, and a case-sensitive word joined by `-` or `&`
//!   to another word is part of that word (Go in Go-to-market, R in R&D);
//!   a single capital letter followed by `.` and a name is an initial;
//! - punctuation inside a term is part of it (C++, C#, .NET, Node.js, CI/CD);
//! - the plural of the last word matches (API → APIs, database → databases);
//! - whitespace in a term matches any run of spaces or a line break;
//! - leftmost-longest among the hits that pass these checks;
//! - a role keyword inside a web or e-mail address, a handle, a contact
//!   label or the name of an organization, event or course is not found
//!   ([`crate::senses`]);
//! - one place counts once per target, however many of its forms match it
//!   ("Microservices" is the term and the plural of "microservice").
//!
//! `unicode-segmentation` is not used here: it splits `C++` into `C`.
//! The automaton finds every overlapping candidate, the checks above filter
//! them, and the longest surviving candidate at the leftmost position wins;
//! filtering after a plain leftmost-longest search could let a rejected long
//! candidate hide a valid shorter one.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::normalize::NormText;
use crate::roles::{AcronymPair, Role};
use crate::senses::wrong_sense;
use crate::vocab::plural;

/// What a form belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// Index into [`Role::keywords`].
    Keyword(usize),
    /// Index into [`Role::avoid`].
    Avoid(usize),
    /// Index into the common acronym pairs the matcher was built with.
    Pair(usize),
}

/// Which form of its target a form is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormKind {
    Term,
    Alias,
    Acronym,
}

/// One way of writing a target, as the data spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub text: String,
    pub kind: FormKind,
    pub target: Target,
}

/// A match in the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Matcher::forms`].
    pub form: usize,
    /// Byte range in [`NormText::text`].
    pub start: usize,
    pub end: usize,
}

/// Hits compete for text only within a layer: role keywords and avoid terms
/// in one, common acronym pairs in another, so shared data never hides a
/// role keyword or the other way round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Role,
    Common,
}

/// One use of an automaton pattern: the same text can be a form of several
/// targets.
#[derive(Clone, Debug)]
struct Use {
    form: usize,
    /// The pattern as it must appear when case matters.
    exact: String,
    case_sensitive: bool,
    layer: Layer,
}

/// A compiled keyword set.
pub struct Matcher {
    automaton: AhoCorasick,
    uses: Vec<Vec<Use>>,
    forms: Vec<Form>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.uses.len())
            .field("forms", &self.forms.len())
            .finish()
    }
}

/// Collapses whitespace runs to one space, as the haystack does.
fn pattern_text(form: &str) -> String {
    form.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a keyword form is short enough (two characters or fewer: R, C,
/// JS, UI) to be matched exactly as written, whatever the keyword says: in
/// lowercase such forms are ordinary words ("it", "js" in a URL).
pub fn is_short(form: &str) -> bool {
    form.chars().count() <= 2
}

impl Matcher {
    /// Builds the automaton for a role and the common acronym pairs, tuned
    /// for searching many documents (a DFA: slower to build, faster to run).
    pub fn new(role: &Role, pairs: &[AcronymPair]) -> Matcher {
        Matcher::build(role, pairs, Some(AhoCorasickKind::DFA))
    }

    /// Builds the automaton for a few searches (`--role all` builds one per
    /// role for one resume): a contiguous NFA, about ten times quicker to build.
    pub fn for_few_searches(role: &Role, pairs: &[AcronymPair]) -> Matcher {
        Matcher::build(role, pairs, Some(AhoCorasickKind::ContiguousNFA))
    }

    fn build(role: &Role, pairs: &[AcronymPair], kind: Option<AhoCorasickKind>) -> Matcher {
        let mut forms = Vec::new();
        let add = |forms: &mut Vec<Form>, text: &str, kind, target, cs: bool, layer| {
            forms.push(Form {
                text: text.to_owned(),
                kind,
                target,
            });
            (forms.len() - 1, cs, layer)
        };
        let mut entries = Vec::new();
        for (i, k) in role.keywords.iter().enumerate() {
            let target = Target::Keyword(i);
            let cs = |form: &str| k.case_sensitive || is_short(form);
            entries.push(add(
                &mut forms,
                &k.term,
                FormKind::Term,
                target,
                cs(&k.term),
                Layer::Role,
            ));
            for alias in &k.aliases {
                entries.push(add(
                    &mut forms,
                    alias,
                    FormKind::Alias,
                    target,
                    cs(alias),
                    Layer::Role,
                ));
            }
            if let Some(acronym) = &k.acronym {
                let cs = cs(acronym);
                entries.push(add(
                    &mut forms,
                    acronym,
                    FormKind::Acronym,
                    target,
                    cs,
                    Layer::Role,
                ));
            }
        }
        for (i, a) in role.avoid.iter().enumerate() {
            let target = Target::Avoid(i);
            entries.push(add(
                &mut forms,
                &a.term,
                FormKind::Term,
                target,
                false,
                Layer::Role,
            ));
            for alias in &a.aliases {
                entries.push(add(
                    &mut forms,
                    alias,
                    FormKind::Alias,
                    target,
                    false,
                    Layer::Role,
                ));
            }
        }
        for (i, p) in pairs.iter().enumerate() {
            let target = Target::Pair(i);
            entries.push(add(
                &mut forms,
                &p.term,
                FormKind::Term,
                target,
                false,
                Layer::Common,
            ));
            entries.push(add(
                &mut forms,
                &p.acronym,
                FormKind::Acronym,
                target,
                true,
                Layer::Common,
            ));
        }

        // Patterns are keyed by their ASCII-lowercased text: the automaton
        // ignores ASCII case, and case is checked per use afterwards.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut uses: Vec<Vec<Use>> = Vec::new();
        for (form, case_sensitive, layer) in entries {
            let base = pattern_text(&crate::normalize::map_text(&forms[form].text));
            if base.is_empty() {
                continue;
            }
            let mut variants = vec![base.clone()];
            if !(case_sensitive && base.chars().count() <= 2) {
                variants.extend(plural(&base));
            }
            for exact in variants {
                let key = exact.to_ascii_lowercase();
                let slot = *index.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    uses.push(Vec::new());
                    uses.len() - 1
                });
                let list = &mut uses[slot];
                if !list.iter().any(|u| u.form == form && u.exact == exact) {
                    list.push(Use {
                        form,
                        exact,
                        case_sensitive,
                        layer,
                    });
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(kind)
            .build(&patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&patterns)
            })
            .expect("keyword patterns are small enough for an automaton");
        Matcher {
            automaton,
            uses,
            forms,
        }
    }

    /// Every form this matcher knows, indexed by [`Hit::form`].
    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    pub fn form(&self, hit: &Hit) -> &Form {
        &self.forms[hit.form]
    }

    /// Finds all hits in a normalized text, ordered by position.
    pub fn find(&self, text: &NormText) -> Vec<Hit> {
        let flat = Flat::new(&text.text);
        let hay = flat.text.as_str();
        // (start, end, layer, form)
        let mut candidates: Vec<(usize, usize, Layer, usize)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(hay) {
            let (start, end) = (m.start(), m.end());
            let matched = &hay[start..end];
            for u in &self.uses[m.pattern().as_usize()] {
                if u.case_sensitive && matched != u.exact {
                    continue;
                }
                if accepts(hay, start, end, &u.exact, u.case_sensitive)
                    && !(matches!(self.forms[u.form].target, Target::Keyword(_))
                        && wrong_sense(&text.text, flat.original(start), flat.original_end(end)))
                {
                    candidates.push((start, end, u.layer, u.form));
                }
            }
        }
        candidates.sort_by(|a, b| {
            (a.2, a.0, std::cmp::Reverse(a.1), a.3).cmp(&(b.2, b.0, std::cmp::Reverse(b.1), b.3))
        });
        candidates.dedup();
        let mut hits = Vec::new();
        let mut i = 0;
        let mut layer = None;
        let mut last_end = 0;
        while i < candidates.len() {
            let (start, end, l, _) = candidates[i];
            if layer != Some(l) {
                layer = Some(l);
                last_end = 0;
            }
            if start < last_end {
                i += 1;
                continue;
            }
            let first = hits.len();
            while i < candidates.len()
                && (candidates[i].0, candidates[i].1, candidates[i].2) == (start, end, l)
            {
                let form = candidates[i].3;
                let target = self.forms[form].target;
                if !hits[first..]
                    .iter()
                    .any(|h: &Hit| self.forms[h.form].target == target)
                {
                    hits.push(Hit {
                        form,
                        start: flat.original(start),
                        end: flat.original_end(end),
                    });
                }
                i += 1;
            }
            last_end = end;
        }
        hits.sort_by_key(|h| (h.start, h.end, h.form));
        hits
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The token-boundary and ambiguity checks for one candidate.
fn accepts(hay: &str, start: usize, end: usize, pattern: &str, case_sensitive: bool) -> bool {
    let mut before = hay[..start].chars().rev();
    let mut after = hay[end..].chars();
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2, a3) = (after.next(), after.next(), after.next());
    let (Some(first), Some(last)) = (pattern.chars().next(), pattern.chars().next_back()) else {
        return false;
    };
    // The token must not go on to the left...
    if b1.is_some_and(if is_word(first) {
        is_word
    } else {
        char::is_alphanumeric
    }) {
        return false;
    }
    // ...or to the right; C is not C++ or C#, but C++17 is C++.
    if is_word(last) {
        if a1.is_some_and(|c| is_word(c) || c == '+' || c == '#') {
            return false;
        }
    } else if a1.is_some_and(char::is_alphabetic) {
        return false;
    }
    if case_sensitive {
        let joined = |joiner: Option<char>, next: Option<char>| {
            matches!(joiner, Some('-' | '&')) && next.is_some_and(char::is_alphanumeric)
        };
        // Go-to-market, R&D, AT&T, C-level.
        if joined(a1, a2) || joined(b1, b2) {
            return false;
        }
        // An initial: "Jane R. Smith", "R.J.", an author "Söldner, R.".
        if pattern.chars().count() == 1
            && a1 == Some('.')
            && (a2.is_some_and(char::is_alphabetic)
                || (a2 == Some(' ') && a3.is_some_and(char::is_uppercase))
                || (b1 == Some(' ') && b2 == Some(',')))
        {
            return false;
        }
    }
    true
}

/// The normalized text with every whitespace run as one space, and the way
/// back to the original offsets.
struct Flat {
    text: String,
    /// (offset in flat text, offset in original) at the start of each run of
    /// unchanged text.
    anchors: Vec<(usize, usize)>,
}

impl Flat {
    fn new(original: &str) -> Flat {
        let mut text = String::with_capacity(original.len());
        let mut anchors = vec![(0, 0)];
        let mut in_space = false;
        for (i, c) in original.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    text.push(' ');
                    in_space = true;
                }
                continue;
            }
            if in_space {
                anchors.push((text.len(), i));
                in_space = false;
            } else if anchors
                .last()
                .is_some_and(|&(f, o)| o + (text.len() - f) != i)
            {
                anchors.push((text.len(), i));
            }
            text.push(c);
        }
        Flat { text, anchors }
    }

    fn original(&self, flat: usize) -> usize {
        let k = self
            .anchors
            .partition_point(|&(f, _)| f <= flat)
            .saturating_sub(1);
        let (f, o) = self.anchors[k];
        o + (flat - f)
    }

    /// Maps an end offset (exclusive): the end of the last matched character.
    fn original_end(&self, flat_end: usize) -> usize {
        if flat_end == 0 {
            return 0;
        }
        let last = self.text[..flat_end]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        let width = flat_end - last;
        self.original(last) + width
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::roles::{AvoidTerm, Keyword, RoleSource, Tier, Weights};

    fn keyword(term: &str, aliases: &[&str], acronym: Option<&str>, cs: bool) -> Keyword {
        Keyword {
            term: term.to_owned(),
            aliases: aliases.iter().map(|s| (*s).to_owned()).collect(),
            acronym: acronym.map(str::to_owned),
            case_sensitive: cs,
            weight: 1.0,
            tier: Tier::Strong,
            evidence: Vec::new(),
            one_of: None,
            years: None,
        }
    }

    fn role(keywords: Vec<Keyword>) -> Role {
        Role {
            id: "t".to_owned(),
            name: "T".to_owned(),
            aliases: vec![],
            summary: None,
            keywords,
            avoid: vec![AvoidTerm {
                term: "team player".to_owned(),
                aliases: vec![],
                instead: None,
            }],
            weights: Weights::default(),
            extends: vec![],
            source: RoleSource::Builtin,
            jd: None,
        }
    }

    /// The matched texts, in order.
    fn found(role: &Role, text: &str) -> Vec<String> {
        let m = Matcher::new(role, &[]);
        let norm = normalize(&Document::from_lines(text.split('\n')));
        m.find(&norm)
            .iter()
            .map(|h| norm.text[h.start..h.end].to_owned())
            .collect()
    }

    #[test]
    fn match_rules_table() {
        let java = keyword("Java", &[], None, false);
        let js = keyword("JavaScript", &["JS"], None, false);
        let sql = keyword("SQL", &[], None, false);
        let react = keyword("React", &["React.js"], None, false);
        let go = keyword("Go", &["Golang", "golang"], None, true);
        let c = keyword("C", &[], None, true);
        let cpp = keyword("C++", &[], None, true);
        let csharp = keyword("C#", &[], None, true);
        let r = keyword("R", &[], None, true);
        let dotnet = keyword(".NET", &[], None, false);
        let node = keyword("Node.js", &["NodeJS"], None, false);
        let cicd = keyword(
            "Continuous Integration/Continuous Delivery",
            &[],
            Some("CI/CD"),
            false,
        );
        let tcp = keyword("TCP/IP", &[], None, false);
        let api = keyword("API", &[], None, false);
        let db = keyword("database", &[], None, false);
        let micro = keyword("microservice", &[], None, false);
        let query = keyword("query", &[], None, false);
        let ml = keyword("Machine Learning", &[], Some("ML"), false);
        let mle = keyword("Machine Learning Engineer", &[], None, false);
        let engineer = keyword("Engineer", &[], None, false);
        let backend = keyword("Backend", &["back-end"], None, false);
        let aws = keyword("Amazon Web Services", &[], Some("AWS"), false);
        let git = keyword("Git", &["GitHub", "GitLab"], None, false);
        let linux = keyword("Linux", &[], None, false);
        let caching = keyword("Caching", &["cache"], None, false);
        let microservices = keyword("Microservices", &["microservice"], None, false);

        type Case<'a> = (&'a str, Vec<Keyword>, &'a str, &'a [&'a str]);
        let cases: Vec<Case<'_>> = vec![
            ("alias counts", vec![js.clone()], "JS and ES6", &["JS"]),
            (
                "a short alias is exact even in a case-insensitive keyword",
                vec![js.clone()],
                "see cdn.example/app.js or js",
                &[],
            ),
            (
                "case-insensitive by default",
                vec![java.clone()],
                "java, JAVA",
                &["java", "JAVA"],
            ),
            (
                "Java not in JavaScript",
                vec![java.clone()],
                "JavaScript",
                &[],
            ),
            (
                "JavaScript and Java both",
                vec![java.clone(), js.clone()],
                "JavaScript and Java",
                &["JavaScript", "Java"],
            ),
            (
                "SQL not in NoSQL/MySQL/PostgreSQL",
                vec![sql.clone()],
                "NoSQL MySQL PostgreSQL",
                &[],
            ),
            ("SQL alone", vec![sql.clone()], "SQL (PostgreSQL)", &["SQL"]),
            (
                "React not in reaction",
                vec![react.clone()],
                "a reaction, reactive",
                &[],
            ),
            (
                "React.js longest",
                vec![react.clone()],
                "React.js",
                &["React.js"],
            ),
            (
                "Go not in good/going",
                vec![go.clone()],
                "good going go",
                &[],
            ),
            (
                "Go not in go-to-market",
                vec![go.clone()],
                "Go-to-market plan",
                &[],
            ),
            (
                "Go as written",
                vec![go.clone()],
                "Go, Golang, golang",
                &["Go", "Golang", "golang"],
            ),
            ("Go possessive", vec![go.clone()], "Go's runtime", &["Go"]),
            ("C not in C++ or C#", vec![c.clone()], "C++ and C#", &[]),
            (
                "C in a list",
                vec![c.clone(), cpp.clone()],
                "C, C++, C/C++",
                &["C", "C++", "C", "C++"],
            ),
            ("C++17 is C++", vec![cpp.clone()], "C++17", &["C++"]),
            ("C#", vec![csharp.clone()], "C# and .NET", &["C#"]),
            ("C not C-level", vec![c.clone()], "C-level executives", &[]),
            ("R not R&D", vec![r.clone()], "R&D budget", &[]),
            (
                "R not an initial",
                vec![r.clone()],
                "Jane R. Smith uses R",
                &["R"],
            ),
            (
                "R not an author's initial",
                vec![r.clone()],
                "Söldner, R. (2019)",
                &[],
            ),
            // Wrong senses (issue 14): each is a place a resume shows the
            // letters of a keyword but not the skill.
            (
                "Git not in a github.com link",
                vec![git.clone()],
                "github.com/sb2nov",
                &[],
            ),
            (
                "Git not a Github: contact label",
                vec![git.clone()],
                "Github: sb2nov",
                &[],
            ),
            (
                "Git not profile links on a contact line",
                vec![git.clone()],
                "Github | Gitlab | LinkedIn",
                &[],
            ),
            (
                "GitHub in a sentence is the tool",
                vec![git.clone()],
                "Moved 40 repositories to GitHub Actions",
                &["GitHub"],
            ),
            (
                "Linux not in The Linux Foundation",
                vec![linux.clone()],
                "Certified by The Linux Foundation",
                &[],
            ),
            (
                "Caching not in a course event's name",
                vec![caching.clone()],
                "CS 3410 Cache Race Bot Tournament",
                &[],
            ),
            (
                "Microservices once per place, not once per form",
                vec![microservices.clone()],
                "Microservices",
                &["Microservices"],
            ),
            (".NET", vec![dotnet.clone()], "C# .NET Core", &[".NET"]),
            (
                ".NET not inside ASP.NET",
                vec![dotnet.clone()],
                "ASP.NET",
                &[],
            ),
            (
                "Node.js",
                vec![node.clone()],
                "Node.js, nodejs",
                &["Node.js", "nodejs"],
            ),
            ("CI/CD", vec![cicd.clone()], "CI/CD pipelines", &["CI/CD"]),
            (
                "TCP/IP",
                vec![tcp.clone()],
                "TCP/IP networking",
                &["TCP/IP"],
            ),
            (
                "plural of acronym",
                vec![api.clone()],
                "REST APIs",
                &["APIs"],
            ),
            (
                "plural of word",
                vec![db.clone(), micro.clone()],
                "databases and microservices",
                &["databases", "microservices"],
            ),
            (
                "plural -ies",
                vec![query.clone()],
                "SQL queries",
                &["queries"],
            ),
            (
                "multi-word across spaces and lines",
                vec![ml.clone()],
                "Machine   Learning\nMachine\nLearning",
                &["Machine   Learning", "Machine\nLearning"],
            ),
            (
                "leftmost-longest",
                vec![ml.clone(), mle.clone(), engineer.clone()],
                "Machine Learning Engineer",
                &["Machine Learning Engineer"],
            ),
            (
                "hyphen variant only when listed",
                vec![backend.clone()],
                "back-end, back end, backend",
                &["back-end", "backend"],
            ),
            (
                "acronym",
                vec![aws.clone()],
                "AWS (Amazon Web Services)",
                &["AWS", "Amazon Web Services"],
            ),
            (
                "avoid term",
                vec![java.clone()],
                "A team player",
                &["team player"],
            ),
            ("unicode neighbour blocks", vec![java.clone()], "Javaé", &[]),
        ];
        for (name, keywords, text, want) in cases {
            assert_eq!(found(&role(keywords), text), *want, "{name}: {text:?}");
        }
    }

    #[test]
    fn rejected_longer_candidate_does_not_hide_shorter_one() {
        // "Go-to" would be the longest candidate if "Go-to" were a pattern;
        // here "Spring Boot" vs "Spring": "Spring Bootcamp" must still give
        // "Spring" when Spring is a keyword.
        let boot = keyword("Spring Boot", &[], None, false);
        let spring = keyword("Spring", &[], None, true);
        assert_eq!(
            found(&role(vec![boot, spring]), "Spring Bootcamp"),
            vec!["Spring"]
        );
    }

    #[test]
    fn plural_rules() {
        let cases: &[(&str, Option<&str>)] = &[
            ("API", Some("APIs")),
            ("database", Some("databases")),
            ("query", Some("queries")),
            ("Gateway", Some("Gateways")),
            ("process", Some("processes")),
            ("box", Some("boxes")),
            ("Kubernetes", None),
            ("C++", None),
            ("R", None),
            ("Unit Test", Some("Unit Tests")),
        ];
        for (form, want) in cases {
            assert_eq!(plural(form).as_deref(), *want, "{form}");
        }
    }

    #[test]
    fn hits_map_back_to_line_offsets() {
        let r = role(vec![keyword("Machine Learning", &[], None, false)]);
        let m = Matcher::new(&r, &[]);
        let norm = normalize(&Document::from_lines(["x", "Machine", "  Learning ok"]));
        let hits = m.find(&norm);
        assert_eq!(hits.len(), 1);
        assert_eq!(norm.line_index(hits[0].start), 1);
        assert_eq!(norm.line_index(hits[0].end - 1), 2);
        assert_eq!(
            &norm.text[hits[0].start..hits[0].end],
            "Machine\n  Learning"
        );
    }
}
