//! What a posting names beyond the library, and how it asks for it:
//! tools and credentials no built-in role knows, alternatives ("Go or
//! Java"), and years ("5+ years of Java").
//!
//! All three read the text of the clauses and the places where terms were
//! found ([`Occurrence`]); none looks at a whole line or beyond its clause,
//! so each is linear in the posting.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::words::{is_a_verb, is_not_a_name};

/// Where a term of the derived role occurs: its byte range and clause.
#[derive(Clone, Copy, Debug)]
pub(super) struct Occurrence {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Index of the term in the derived list.
    pub(super) term: usize,
    pub(super) clause: usize,
}

/// Byte ranges already taken by terms, merged and sorted, so whether a
/// range overlaps one is a binary search.
#[derive(Debug, Default)]
pub(super) struct Spans(Vec<(usize, usize)>);

impl Spans {
    pub(super) fn new(mut ranges: Vec<(usize, usize)>) -> Spans {
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Spans(merged)
    }

    /// Whether `start..end` overlaps a range.
    pub(super) fn overlaps(&self, start: usize, end: usize) -> bool {
        let i = self.0.partition_point(|&(s, _)| s < end);
        i > 0 && self.0[i - 1].1 > start
    }
}

/// A word of a posting as a name could be written: letters, digits and the
/// marks of product names ("Vue.js", "GD&T", "C++", "S3", "Argo-CD").
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9+#&]*(?:[.\-/'’][A-Za-z0-9+#&]+)*\+*").expect("valid")
});

/// What kind of name a token looks like, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// ClickHouse, OpenSearch, iOS: a capital inside the word.
    Camel,
    /// SQS, GD&T, S3, GA4, EYFS: capitals (and digits), no lowercase.
    Acronym,
    /// Vue.js, Node.js: a dotted name.
    Dotted,
    /// Nomad, Vault: a capitalized word, a name only in a list or a run.
    Capital,
}

fn shape(token: &str) -> Option<Shape> {
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return None;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let digits = token.chars().any(|c| c.is_ascii_digit());
    if upper == letters.len() && (upper >= 2 || digits) && token.len() <= 8 {
        return Some(Shape::Acronym);
    }
    let chars: Vec<char> = token.chars().collect();
    if chars
        .windows(2)
        .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
    {
        return Some(Shape::Camel);
    }
    if let Some((a, b)) = token.split_once('.')
        && a.chars().any(char::is_alphabetic)
        && b.chars().all(|c| c.is_ascii_lowercase())
        && (2..=3).contains(&b.len())
        && !["com", "org", "net", "io", "de", "fr", "es", "uk", "co"].contains(&b)
    {
        return Some(Shape::Dotted);
    }
    if chars[0].is_uppercase() && upper == 1 && letters.len() >= 2 {
        return Some(Shape::Capital);
    }
    None
}

/// Words that introduce a list of tools: "experience with", "using",
/// "such as", "(".
static LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:with|using|such as|like|including|incl\.|e\.g\.|especially|via|use|run|runs|know|knows|tools?:?|stack:?)\s*|\(\s*)$")
        .expect("valid")
});

/// Names of tools, systems and credentials in `text[start..end]` (one
/// clause) that no known keyword covers: runs of up to four name-like
/// tokens. A CamelCase, dotted or all-capital token is a name anywhere; a
/// capitalized word is one inside a sentence ("our Nomad clusters"), in a
/// run of two or more, or in a list ("experience with Nomad, Consul and
/// Vault"). At the start of the clause a capitalized word is the sentence's
/// capital unless a list of names follows it or the clause is a short item
/// of a requirements list (`list_item`). Common words ("Great", "Senior")
/// and words of `skip` (the company's own) are no name alone.
pub(super) fn named(
    text: &str,
    (start, end): (usize, usize),
    list_item: bool,
    covered: &Spans,
    skip: &HashSet<String>,
) -> Vec<(usize, usize)> {
    let is_covered = |s: usize, e: usize| covered.overlaps(s, e);
    // (start, end, shape, common): a common word ("Great", "Senior") may
    // be part of a longer name ("Great Expectations") but is none alone.
    let tokens: Vec<(usize, usize, Option<Shape>, bool)> = TOKEN
        .find_iter(&text[start..end])
        .map(|m| {
            let (s, e) = (start + m.start(), start + m.end());
            let token = &text[s..e];
            let usable = !is_covered(s, e) && !skip.contains(&token.to_lowercase());
            let shape = if usable { shape(token) } else { None };
            (s, e, shape, is_not_a_name(token))
        })
        .collect();
    let clause_start = text[start..end]
        .find(|c: char| c.is_alphanumeric())
        .map_or(end, |i| start + i);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].2.is_none() {
            i += 1;
            continue;
        }
        // A run: name-like tokens separated by one space.
        let mut j = i + 1;
        while j < tokens.len()
            && j - i < 4
            && tokens[j].2.is_some()
            && &text[tokens[j - 1].1..tokens[j].0] == " "
        {
            j += 1;
        }
        let mut run = &tokens[i..j];
        i = j;
        // A capitalized first word of the clause is the sentence's capital,
        // unless it is no common word and a list of names follows it
        // ("Dagster or Prefect is a plus") or the clause is a short item of
        // a requirements list (`list_item`: "Envoy.").
        let mut leads_a_list = false;
        if run[0].0 == clause_start && run[0].2 == Some(Shape::Capital) {
            let first = &text[run[0].0..run[0].1];
            let after = &text[run[run.len() - 1].1..end];
            leads_a_list = !is_a_verb(first)
                && if run.len() == 1 {
                    !run[0].3 && (list_item || LISTED_NEXT.is_match(after))
                } else {
                    // "Great Expectations or a similar tool": a name of two
                    // words offered as one of several.
                    !run[1].3 && OFFERED_NEXT.is_match(after)
                };
            if !leads_a_list {
                run = &run[1..];
            }
        }
        while run.first().is_some_and(|t| t.3) && run.len() > 1 && run[1].3 {
            run = &run[1..];
        }
        while run.last().is_some_and(|t| t.3) && run.len() > 1 && run[run.len() - 2].3 {
            run = &run[..run.len() - 1];
        }
        if run.is_empty() || run.iter().all(|t| t.3) {
            continue;
        }
        let (mut s, e) = (run[0].0, run[run.len() - 1].1);
        // A name that extends a known one: "Django REST Framework".
        if run.len() >= 2
            && let Some(at) = tokens.iter().position(|t| t.0 == s)
            && let Some(prev) = at.checked_sub(1).map(|p| tokens[p])
            && &text[prev.1..s] == " "
            && is_covered(prev.0, prev.1)
            && text[prev.0..prev.1].starts_with(|c: char| c.is_uppercase())
        {
            s = prev.0;
        }
        // A plural acronym names people ("CNAs", "LPNs"), not a skill.
        let plural_people = run.len() == 1
            && run[0].2 == Some(Shape::Acronym)
            && text[e..].starts_with('s')
            && text[e + 1..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        let in_list = leads_a_list
            || LIST_CUE.is_match(&text[back(text, s, 40, start)..s])
            || listed_after_a_name(text, start, s);
        // A capital inside a sentence marks a proper noun: "our Nomad
        // clusters", "the Temporal cluster".
        let mid_sentence = s != clause_start;
        let keep = !plural_people
            && (run.len() >= 2 || run[0].2 != Some(Shape::Capital) || in_list || mid_sentence);
        if keep {
            out.push((s, e));
        }
    }
    out
}

/// A list separator and a capitalized name next: ", Consul", " or Prefect".
static LISTED_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*,\s*|\s+(?:or|and|&)\s+|\s*/\s*)[A-Z]").expect("valid"));

/// A name offered as one of several: ", " or " or " next.
static OFFERED_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*,\s*|\s+or\s+|\s*/\s*)").expect("valid"));

/// The first char boundary of `text` at or after `at` (and before `limit`).
fn boundary(text: &str, at: usize, limit: usize) -> usize {
    (at..limit)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(limit)
}

/// Where to start reading back from `at`: at most `bytes` before it, never
/// before `floor`, on a char boundary. The checks that read what precedes a
/// term read only this far, so they stay linear in a one-line posting.
pub(super) fn back(text: &str, at: usize, bytes: usize, floor: usize) -> usize {
    boundary(text, at.saturating_sub(bytes).max(floor), at)
}

/// Whether the token at `at` follows a list separator after another name:
/// "Nomad, Consul", "Dagster or Prefect".
fn listed_after_a_name(text: &str, clause_start: usize, at: usize) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[A-Za-z0-9+#)](?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)$")
            .expect("valid")
    });
    let from = back(text, at, 12, clause_start);
    AFTER.is_match(&text[from..at])
}

/// How two neighbouring terms of a clause are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Link {
    Or,
    Comma,
    And,
}

/// The link between two terms from the text between them (and after the
/// second, for "X (Y is fine too)").
fn link(gap: &str, after: &str) -> Option<Link> {
    static OR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:,\s*)?(?:or|oder|ou|o)\s+$|^\s*/\s*$|^\s*\(\s*or\s+$")
            .expect("valid")
    });
    static FINE_TOO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:is|are|would be)?\s*(?:also\s+)?(?:fine|ok|okay|welcome|great|good)\b",
        )
        .expect("valid")
    });
    static COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*$").expect("valid"));
    static AND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:,\s*)?(?:and|&|und|et|y|as well as)\s+$").expect("valid")
    });
    if OR.is_match(gap) || (gap.trim() == "(" && FINE_TOO.is_match(after)) {
        Some(Link::Or)
    } else if COMMA.is_match(gap) {
        Some(Link::Comma)
    } else if AND.is_match(gap) {
        Some(Link::And)
    } else {
        None
    }
}

/// Terms joined by list links inside one clause: (occurrence indexes, the
/// links between them).
pub(super) type Chain = (Vec<usize>, Vec<Link>);

/// The chains of a posting's occurrences (sorted by start), read once for
/// both [`groups`] and [`years`].
pub(super) fn chains(text: &str, occ: &[Occurrence]) -> Vec<Chain> {
    let mut out: Vec<(Vec<usize>, Vec<Link>)> = Vec::new();
    let mut current: (Vec<usize>, Vec<Link>) = (Vec::new(), Vec::new());
    for (i, o) in occ.iter().enumerate() {
        let joined = current.0.last().and_then(|&p| {
            let prev = occ[p];
            if prev.clause != o.clause || prev.end > o.start {
                return None;
            }
            let after_end = (o.end + 24).min(text.len());
            let after_end = (o.end..=after_end)
                .rev()
                .find(|&e| text.is_char_boundary(e))
                .unwrap_or(o.end);
            link(&text[prev.end..o.start], &text[o.end..after_end])
        });
        match joined {
            Some(l) => {
                current.0.push(i);
                current.1.push(l);
            }
            None => {
                if !current.0.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                current = (vec![i], Vec::new());
            }
        }
    }
    if !current.0.is_empty() {
        out.push(current);
    }
    out
}

/// The alternatives a posting offers: each group is the terms of one
/// chain joined by "or" ("Go or Java", "Snowflake, BigQuery or Redshift",
/// "Java (Kotlin is fine too)", "one of X, Y"), never by "and".
pub(super) fn groups(
    text: &str,
    occ: &[Occurrence],
    chains: &[Chain],
    clause_starts: &[usize],
) -> Vec<Vec<usize>> {
    static ONE_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:one of|either|any of)(?:\s+the\s+following)?\s*:?\s*$")
            .expect("valid")
    });
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (members, links) in chains {
        if members.len() < 2 {
            continue;
        }
        let first = occ[members[0]];
        let from = back(text, first.start, 20, clause_starts[first.clause]);
        let one_of = ONE_OF.is_match(&text[from..first.start]);
        let or = links.contains(&Link::Or);
        let and = links.contains(&Link::And);
        if (or || one_of) && !and {
            let mut terms: Vec<usize> = Vec::new();
            for &m in members {
                if !terms.contains(&occ[m].term) {
                    terms.push(occ[m].term);
                }
            }
            if terms.len() >= 2 {
                out.push(terms);
            }
        }
    }
    out
}

/// Years of experience asked for each term ("5+ years of Java or Go",
/// "3 years' experience with SQL", "Python (3+ years)"): (term, years).
pub(super) fn years(
    text: &str,
    occ: &[Occurrence],
    chains: &[Chain],
    clause_of: impl Fn(usize) -> Option<usize>,
) -> Vec<(usize, u32)> {
    static YEARS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs)\b['’]?")
            .expect("valid")
    });
    let mut chain_at = vec![usize::MAX; occ.len()];
    for (c, (members, _)) in chains.iter().enumerate() {
        for &m in members {
            chain_at[m] = c;
        }
    }
    let mut out = Vec::new();
    for m in YEARS.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let n = match m[1].to_lowercase().as_str() {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            d => d.parse().unwrap_or(0),
        };
        if n == 0 {
            continue;
        }
        let Some(clause) = clause_of(whole.start()) else {
            continue;
        };
        // The first term after it in the clause, within a short reach, or a
        // term just before it: "Python (3+ years)".
        // (`occ` is sorted by start: each look is a binary search.)
        let next = occ.partition_point(|o| o.start < whole.end());
        let after = Some(next).filter(|&i| {
            occ.get(i)
                .is_some_and(|o| o.clause == clause && o.start - whole.end() <= 60)
        });
        let before = occ
            .partition_point(|o| o.start < whole.start())
            .checked_sub(1)
            .filter(|&i| {
                let o = occ[i];
                o.clause == clause
                    && o.end <= whole.start()
                    && whole.start() - o.end <= 4
                    && ["(", ":", "-", "–", "—"].contains(&text[o.end..whole.start()].trim())
            });
        let Some(i) = before.or(after) else {
            continue;
        };
        match chains.get(chain_at[i]) {
            Some((members, _)) => out.extend(members.iter().map(|&m| (occ[m].term, n))),
            None => out.push((occ[i].term, n)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str) -> Vec<&str> {
        named(
            sentence,
            (0, sentence.len()),
            false,
            &Spans::default(),
            &HashSet::new(),
        )
        .into_iter()
        .map(|(s, e)| &sentence[s..e])
        .collect()
    }

    #[test]
    fn spans_overlap_like_ranges() {
        let spans = Spans::new(vec![(10, 20), (0, 5), (15, 30)]);
        for (s, e, want) in [
            (5, 10, false),
            (4, 6, true),
            (29, 40, true),
            (30, 40, false),
            (12, 13, true),
        ] {
            assert_eq!(spans.overlaps(s, e), want, "{s}..{e}");
        }
    }

    #[test]
    fn names_outside_the_library_are_found() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Experience with Nomad, Consul and Vault.",
                &["Nomad", "Consul", "Vault"],
            ),
            (
                "AWS (S3, Glue, Lambda) in production",
                &["AWS", "S3", "Glue", "Lambda"],
            ),
            (
                "You will tune ClickHouse and Kinesis streams",
                &["ClickHouse", "Kinesis"],
            ),
            ("Dagster or Prefect is a plus", &["Dagster", "Prefect"]),
            (
                "Great Expectations or a similar data quality tool.",
                &["Great Expectations"],
            ),
            ("Hands-on Temporal experience;", &["Temporal"]),
            ("Supervises and delegates to CNAs and LPNs", &[]),
            ("Great communication skills", &[]),
            ("Reports to the Senior Director", &[]),
            ("Build dashboards on Monday", &[]),
            (
                "We use Great Expectations for data tests",
                &["Great Expectations"],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(names(sentence), *want, "{sentence:?}");
        }
    }

    #[test]
    fn a_name_may_extend_a_known_one() {
        // "Django" is a known keyword; "REST Framework" is not.
        let text = "- Django REST Framework, and AWS Glue jobs.";
        let django = text.find("Django").expect("in the text");
        let aws = text.find("AWS").expect("in the text");
        let covered = Spans::new(vec![(django, django + 6), (aws, aws + 3)]);
        let got: Vec<&str> = named(text, (0, text.len()), false, &covered, &HashSet::new())
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        // One word after a known name stays its own: "AWS Glue" is Glue.
        assert_eq!(got, ["Django REST Framework", "Glue"]);
    }

    fn occurrences(text: &str, terms: &[&str]) -> Vec<Occurrence> {
        let mut occ: Vec<Occurrence> = terms
            .iter()
            .enumerate()
            .flat_map(|(t, term)| {
                text.match_indices(term).map(move |(s, _)| Occurrence {
                    start: s,
                    end: s + term.len(),
                    term: t,
                    clause: 0,
                })
            })
            .collect();
        occ.sort_by_key(|o| o.start);
        occ
    }

    #[test]
    fn alternatives_become_groups_and_lists_do_not() {
        type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a [usize]]);
        let cases: &[Case<'_>] = &[
            ("Go or Java", &["Go", "Java"], &[&[0, 1]]),
            (
                "Snowflake, BigQuery or Redshift",
                &["Snowflake", "BigQuery", "Redshift"],
                &[&[0, 1, 2]],
            ),
            ("Java (Kotlin is fine too)", &["Java", "Kotlin"], &[&[0, 1]]),
            ("one of Looker, Tableau", &["Looker", "Tableau"], &[&[0, 1]]),
            ("Python and SQL", &["Python", "SQL"], &[]),
            (
                "Go, Rust and Java or Kotlin",
                &["Go", "Rust", "Java", "Kotlin"],
                &[],
            ),
        ];
        for (text, terms, want) in cases {
            let occ = occurrences(text, terms);
            let got = groups(text, &occ, &chains(text, &occ), &[0]);
            let want: Vec<Vec<usize>> = want.iter().map(|g| g.to_vec()).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn years_go_to_the_term_they_qualify() {
        type Case<'a> = (&'a str, &'a [&'a str], &'a [(usize, u32)]);
        let cases: &[Case<'_>] = &[
            ("5+ years of Java or Go", &["Java", "Go"], &[(0, 5), (1, 5)]),
            ("3 years' experience with SQL", &["SQL"], &[(0, 3)]),
            ("Python (4+ years) and Bash", &["Python", "Bash"], &[(0, 4)]),
            ("at least two years of Xero", &["Xero"], &[(0, 2)]),
            ("Kafka, founded 12 years ago", &["Kafka"], &[]),
        ];
        for (text, terms, want) in cases {
            let occ = occurrences(text, terms);
            let got = years(text, &occ, &chains(text, &occ), |_| Some(0));
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
