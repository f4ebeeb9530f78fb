//! Writing checks: how the bullets and the dates of a resume read to a
//! recruiter (issue "What the ATS form gets", point 3). None changes the
//! score; each is a finding with a rule id (`ats/writing/<code>`), a
//! severity, a line and advice, silenced in `.ats.toml` like any other.
//!
//! In: the normalized text, its segments, the parsed form
//! ([`crate::parse::resume`]), the page count and this month. Out:
//! [`Problem`]s, in the order of [`Code::ALL`], each code's in line order.
//!
//! - bullets (the statements of Experience and Projects): first-person
//!   pronouns; over 30 words or under 5; a weak opener ("Responsible for",
//!   "Helped", "Utilized") with stronger verbs; the same first verb on more
//!   than three bullets; a past job's bullet in the present tense.
//! - dates (the parsed jobs): month forms mixed ("Jan 2015" and "03/2016");
//!   a job that starts after the one above it; gaps over six months and
//!   overlapping full-time jobs (info: reported, not judged).
//! - length: over two pages for under ten years of dated jobs.
//!
//! Pure: no I/O.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::normalize::NormText;
use crate::parse::dates::{Date, Form};
use crate::parse::resume::Resume;
use crate::rules::Severity;
pub use crate::rules::WritingCode as Code;
use crate::segment::{Bullet, Section, Segments};
use crate::vocab;

/// One writing problem at its line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    /// Index into the normalized lines (the caller maps it to the source).
    #[serde(skip)]
    pub index: usize,
    pub line: u32,
    pub message: String,
    /// What `.ats.toml` ignores match: the bullet, the verb, the dates.
    pub subject: String,
}

/// Weak openers and the verbs to write instead.
const WEAK_OPENERS: &[(&str, &str)] = &[
    ("responsible for", "Led, Owned, Managed, Ran"),
    ("in charge of", "Led, Owned, Managed, Ran"),
    ("tasked with", "Led, Delivered, Built"),
    ("duties included", "say what you did: Built, Ran, Cut"),
    (
        "helped",
        "Supported, Enabled, or what you did yourself: Built, Cut",
    ),
    ("assisted", "Supported, Contributed to, Coordinated"),
    ("utilized", "Used, Applied, or what you built with it"),
    ("utilised", "Used, Applied, or what you built with it"),
    ("worked on", "Built, Developed, Designed, Improved"),
    (
        "participated in",
        "Contributed to, Delivered, Joined … and did",
    ),
    ("involved in", "Contributed to, Delivered"),
];

static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b").expect("valid")
});

/// Most bullets one verb may start before it is reported.
const SAME_VERB: usize = 3;

/// A gap longer than this many months is reported.
const GAP_MONTHS: i32 = 6;

/// The bullets the checks read: statements of Experience and Projects (of
/// every section but Skills, Education and Certifications when there is
/// neither).
fn bullets(segments: &Segments) -> Vec<&Bullet> {
    let scoped =
        segments.has_section(Section::Experience) || segments.has_section(Section::Projects);
    segments
        .statements
        .iter()
        .filter(|b| {
            !b.text.trim().is_empty()
                && if scoped {
                    matches!(b.section, Section::Experience | Section::Projects)
                } else {
                    !matches!(
                        b.section,
                        Section::Skills | Section::Education | Section::Certifications
                    )
                }
        })
        .collect()
}

fn clip(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The first word of a bullet, without punctuation.
fn first_word(text: &str) -> &str {
    text.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
}

/// Runs every writing check.
pub fn check(
    text: &NormText,
    segments: &Segments,
    resume: &Resume,
    pages: Option<u32>,
    today: i32,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut add = |code: Code, index: usize, message: String, subject: String| {
        out.push(Problem {
            code,
            severity: code.severity(),
            index,
            line: text.lines.get(index).map_or(0, |l| l.source_line),
            message,
            subject,
        });
    };
    let bullets = bullets(segments);
    for b in &bullets {
        let t = b.text.trim();
        if let Some(m) = FIRST_PERSON.find(t) {
            add(
                Code::FirstPerson,
                b.line,
                format!(
                    "\"{}\" in a bullet: start with the action instead: \"{}\"",
                    m.as_str(),
                    clip(t)
                ),
                t.to_owned(),
            );
        }
    }
    for b in &bullets {
        let t = b.text.trim();
        let words = t.split_whitespace().count();
        if words > 30 {
            add(
                Code::BulletLength,
                b.line,
                format!(
                    "{words} words: split it or cut it under 30: \"{}\"",
                    clip(t)
                ),
                t.to_owned(),
            );
        } else if words < 5 && !t.contains("://") && !t.contains(':') {
            // A label ("GitHub: …") or an address is no statement.
            add(
                Code::BulletLength,
                b.line,
                format!("{words} words: say what you did and what came of it: \"{t}\""),
                t.to_owned(),
            );
        }
    }
    for b in &bullets {
        let t = b.text.trim();
        let lower = t.to_lowercase();
        if let Some((phrase, instead)) = WEAK_OPENERS.iter().find(|(p, _)| {
            lower.starts_with(p)
                && lower[p.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        }) {
            let written = &t[..phrase.len()];
            add(
                Code::WeakOpener,
                b.line,
                format!("opens with \"{written}\": try {instead}: \"{}\"", clip(t)),
                written.to_owned(),
            );
        }
    }
    // The same verb on more than three bullets: one finding, at the first
    // bullet past the third.
    let mut verbs: HashMap<String, Vec<usize>> = HashMap::new();
    for b in &bullets {
        let word = first_word(&b.text);
        if word.len() > 2 && word.starts_with(|c: char| c.is_uppercase()) {
            verbs.entry(word.to_lowercase()).or_default().push(b.line);
        }
    }
    let mut repeated: Vec<(usize, String, usize)> = verbs
        .into_iter()
        .filter(|(_, lines)| lines.len() > SAME_VERB)
        .map(|(verb, lines)| (lines[SAME_VERB], verb, lines.len()))
        .collect();
    repeated.sort();
    for (line, verb, n) in repeated {
        // ("Организация": the first letter, whatever its bytes.)
        let shown = vocab::upper_first(&verb);
        add(
            Code::RepeatedVerb,
            line,
            format!("\"{shown}\" starts {n} bullets: vary the verbs (say what each one did)"),
            shown,
        );
    }
    // A past job's bullets in the present tense.
    let by_line: HashMap<usize, &&Bullet> = bullets.iter().map(|b| (b.line, b)).collect();
    for job in &resume.work {
        let Some(d) = job.dates else { continue };
        if d.present {
            continue;
        }
        for &line in &job.bullet_lines {
            let Some(b) = by_line.get(&line) else {
                continue;
            };
            if vocab::duty_verb(first_word(&b.text)) == Some(vocab::Tense::Present) {
                let shown = first_word(&b.text).to_owned();
                add(
                    Code::Tense,
                    line,
                    format!("\"{shown}\" in a job that ended: write it in the past tense"),
                    shown,
                );
            }
        }
    }
    dates(resume, &mut add, today);
    // Length: over two pages for under ten years of dated jobs.
    if let Some(pages) = pages.filter(|p| *p > 2) {
        let years = f64::from(covered_months(resume, today)) / 12.0;
        if years > 0.0 && years < 10.0 {
            add(
                Code::Length,
                0,
                format!(
                    "{pages} pages for about {years:.0} years of experience: recruiters expect one page, two at most"
                ),
                format!("{pages} pages"),
            );
        }
    }
    form_findings(text, segments, resume, &mut add);
    out.sort_by_key(|p| (p.code, p.index));
    out
}

/// What the form an ATS fills would miss: a job without dates it can read,
/// an Education section without a degree, and the contact fields it would
/// leave empty.
fn form_findings(
    text: &NormText,
    segments: &Segments,
    resume: &Resume,
    add: &mut impl FnMut(Code, usize, String, String),
) {
    use crate::parse::resume::is_position;
    use crate::vocab::bullet_body;
    // Flags by line, so each look is constant time on a long resume.
    let mut in_job = vec![false; text.lines.len()];
    for i in resume.work.iter().flat_map(|j| j.header_lines.iter()) {
        if let Some(flag) = in_job.get_mut(*i) {
            *flag = true;
        }
    }
    let mut bulleted = vec![false; text.lines.len()];
    for b in &segments.bullets {
        for flag in bulleted.iter_mut().take(b.last_line + 1).skip(b.line) {
            *flag = true;
        }
    }
    let is_bullet = |i: usize| bulleted[i] || bullet_body(text.lines[i].text.trim()).is_some();
    // A short line of Experience naming a job, with bullets under it, and
    // no dates the parser read.
    for (i, line) in text.lines.iter().enumerate() {
        let t = line.text.trim();
        if segments.sections.get(i) != Some(&Section::Experience)
            || t.is_empty()
            || in_job[i]
            || is_bullet(i)
            || segments.headings.iter().any(|(h, _)| *h == i)
            || t.split_whitespace().count() > 10
            || t.ends_with('.')
            || !is_position(t)
        {
            continue;
        }
        let next = (i + 1..text.lines.len()).find(|&k| !text.lines[k].text.trim().is_empty());
        if next.is_some_and(&is_bullet) {
            add(
                Code::JobUndated,
                i,
                format!(
                    "\"{t}\" has no dates an ATS can read: the form gets this job without them"
                ),
                t.to_owned(),
            );
        }
    }
    // A job read whole but for its start ("Doctoral Assistant, EPFL -
    // (current)"): the form gets it without dates.
    for job in resume.work.iter().filter(|j| j.start_date.is_none()) {
        let Some(line) = text.lines.get(job.date_line) else {
            continue;
        };
        let t = line.text.trim();
        add(
            Code::JobUndated,
            job.date_line,
            format!(
                "\"{t}\" has no start date an ATS can read: the form gets this job without dates"
            ),
            t.to_owned(),
        );
    }
    // Titles and employers the parse could only guess apart: said once, at
    // the first such job, since the same layout runs through the resume.
    let guessed: Vec<&crate::parse::resume::Work> =
        resume.work.iter().filter(|j| j.order_guessed).collect();
    if let Some(job) = guessed.first()
        && let (Some(name), Some(position)) = (&job.name, &job.position)
    {
        let more = match guessed.len() {
            1 => String::new(),
            n => format!(" (and {} more jobs)", n - 1),
        };
        add(
            Code::TitleEmployer,
            job.date_line,
            format!(
                "\"{position}\" and \"{name}\"{more}: no job word (Engineer, Manager, Analyst…), company word (Inc., University…) or \" at \" tells which is the title; an ATS may file them the other way round"
            ),
            format!("{position} | {name}"),
        );
    }
    if segments.has_section(Section::Education)
        && !resume.education.is_empty()
        && resume.education.iter().all(|e| e.study_type.is_none())
    {
        let line = resume.education[0].line;
        let index = text
            .lines
            .iter()
            .position(|l| l.source_line == line)
            .unwrap_or(0);
        add(
            Code::Degree,
            index,
            "no degree an ATS can read in Education (B.S., Master of …, PhD): the form's degree stays empty".to_owned(),
            "degree".to_owned(),
        );
    }
    let b = &resume.basics;
    if b.email.is_some() {
        let linkedin = b.profiles.iter().any(|p| p.network == "LinkedIn");
        let missing: Vec<&str> = [
            ("phone", b.phone.is_some()),
            ("location", b.location.is_some()),
            ("LinkedIn", linkedin),
        ]
        .into_iter()
        .filter(|(_, found)| !found)
        .map(|(name, _)| name)
        .collect();
        if !missing.is_empty() {
            add(
                Code::ContactFields,
                0,
                format!(
                    "the form gets no {}: add it to the top lines",
                    missing.join(", ")
                ),
                missing.join(", "),
            );
        }
    }
}

/// The months a resume's dated jobs cover, overlaps counted once.
fn covered_months(resume: &Resume, today: i32) -> i32 {
    let mut spans = spans(resume, today);
    spans.sort();
    let mut total = 0;
    let mut reach = i32::MIN;
    for (start, end, _) in spans {
        let from = start.max(reach);
        if end >= from {
            total += end - from + 1;
        }
        reach = reach.max(end + 1);
    }
    total
}

/// Each dated job as (first month, last month, index into `resume.work`).
fn spans(resume: &Resume, today: i32) -> Vec<(i32, i32, usize)> {
    resume
        .work
        .iter()
        .enumerate()
        .filter_map(|(i, j)| {
            let d = j.dates?;
            let end = match d.end {
                Some(e) if !d.present => last_month(e),
                _ => today,
            };
            (end >= d.start.months()).then_some((d.start.months(), end, i))
        })
        .collect()
}

/// The last month a date covers: December for a year alone.
fn last_month(d: Date) -> i32 {
    match d.month {
        Some(_) => d.months(),
        None => d.year * 12 + 11,
    }
}

fn dates(resume: &Resume, add: &mut impl FnMut(Code, usize, String, String), today: i32) {
    let jobs: Vec<(usize, &crate::parse::resume::Work)> = resume
        .work
        .iter()
        .enumerate()
        .filter(|(_, j)| j.dates.is_some())
        .collect();
    // Month forms mixed: the form most jobs use, and each job written
    // another way.
    let month_form = |f: Form| matches!(f, Form::MonthName | Form::MonthNumber | Form::Iso);
    let mut counts: HashMap<Form, usize> = HashMap::new();
    for (_, j) in &jobs {
        if let Some(d) = j.dates.filter(|d| month_form(d.form)) {
            *counts.entry(d.form).or_default() += 1;
        }
    }
    if counts.len() > 1 {
        let main = counts
            .iter()
            .max_by_key(|(f, n)| (**n, f.example()))
            .map(|(f, _)| *f)
            .unwrap_or(Form::MonthName);
        for (_, j) in &jobs {
            if let Some(d) = j.dates.filter(|d| month_form(d.form) && d.form != main) {
                let index = date_index(j);
                add(
                    Code::DateFormats,
                    index,
                    format!(
                        "dates written like \"{}\" here and like \"{}\" elsewhere: write them one way",
                        d.form.example(),
                        main.example()
                    ),
                    d.form.example().to_owned(),
                );
            }
        }
    }
    // Newest first: a job that starts after the one above it. A resume
    // listed oldest first (most pairs ascending) is not flagged job by job.
    let starts: Vec<(usize, Date)> = jobs
        .iter()
        .filter_map(|(i, j)| j.dates.map(|d| (*i, d.start)))
        .collect();
    // Later, to the precision both dates give: "2016" is not before
    // "Feb 2016".
    let later = |a: Date, b: Date| match (a.month, b.month) {
        (Some(_), Some(_)) => b.months() > a.months(),
        _ => b.year > a.year,
    };
    let ascending = starts.windows(2).filter(|w| later(w[0].1, w[1].1)).count();
    let descending = starts.windows(2).filter(|w| later(w[1].1, w[0].1)).count();
    if ascending > 0 && descending >= ascending {
        for w in starts.windows(2).filter(|w| later(w[0].1, w[1].1)) {
            let (above, job) = (&resume.work[w[0].0], &resume.work[w[1].0]);
            let index = date_index(job);
            add(
                Code::DateOrder,
                index,
                format!(
                    "this job (from {}) starts after the one above it (from {}): list jobs newest first",
                    job.start_date.as_deref().unwrap_or("?"),
                    above.start_date.as_deref().unwrap_or("?")
                ),
                job.start_date.clone().unwrap_or_default(),
            );
        }
    } else if ascending > descending {
        let index = date_index(&resume.work[starts[0].0]);
        add(
            Code::DateOrder,
            index,
            "the jobs are listed oldest first: list them newest first".to_owned(),
            "oldest first".to_owned(),
        );
    }
    // Gaps and overlaps, in time order.
    let mut spans = spans(resume, today);
    spans.sort();
    let mut reach: Option<(i32, usize)> = None;
    for &(start, end, i) in &spans {
        if let Some((last, by)) = reach {
            let gap = start - last - 1;
            if gap > GAP_MONTHS {
                let job = &resume.work[i];
                add(
                    Code::Gap,
                    date_index(job),
                    format!(
                        "{gap} months between the job that ended {} and this one (from {}): reported, not judged",
                        resume.work[by].end_date.as_deref().unwrap_or("?"),
                        job.start_date.as_deref().unwrap_or("?")
                    ),
                    format!("{gap} months"),
                );
            }
        }
        if reach.is_none_or(|(last, _)| end > last) {
            reach = Some((end, i));
        }
    }
    // An overlap is reported when it is certain: a year alone ("2012 –
    // 2013") may start in December and end in January.
    let sure: Vec<(i32, i32, usize)> = spans
        .iter()
        .filter_map(|&(_, _, i)| {
            let d = resume.work[i].dates?;
            let start = match d.start.month {
                Some(_) => d.start.months(),
                None => d.start.year * 12 + 11,
            };
            let end = match d.end {
                Some(e) if !d.present => e.months(),
                _ => today,
            };
            Some((start, end, i))
        })
        .collect();
    // Each job is reported once, with the first job it overlaps.
    let mut reported: Vec<usize> = Vec::new();
    for (n, &(start, end, i)) in sure.iter().enumerate() {
        for &(start2, end2, k) in &sure[n + 1..] {
            if reported.contains(&k) {
                continue;
            }
            let overlap = end.min(end2) - start.max(start2) + 1;
            let (a, b) = (&resume.work[i], &resume.work[k]);
            if overlap > 1 && full_time(a) && full_time(b) {
                add(
                    Code::Overlap,
                    date_index(b).max(date_index(a)),
                    format!(
                        "{overlap} months of this job overlap \"{}\": reported, not judged",
                        [a.position.as_deref(), a.name.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    format!("{overlap} months"),
                );
                reported.push(k);
            }
        }
    }
}

/// The line index of a job's dates.
fn date_index(job: &crate::parse::resume::Work) -> usize {
    job.date_line
}

/// A job that is not said to be part-time, an internship, a contract or
/// volunteering.
fn full_time(job: &crate::parse::resume::Work) -> bool {
    let title = [job.position.as_deref(), job.name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    ![
        "intern",
        "part-time",
        "part time",
        "contract",
        "freelance",
        "volunteer",
        "adjunct",
        "teaching assistant",
        "tutor",
        "consultant",
        "founder",
        "advisor",
        "board",
    ]
    .iter()
    .any(|w| title.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::parse::resume::parse;
    use crate::segment::segment;

    /// The codes a resume's writing checks give, with the source lines.
    fn codes(resume: &str, pages: Option<u32>) -> Vec<(Code, u32)> {
        let text = normalize(&Document::from_lines(resume.lines()));
        let segments = segment(&text);
        let form = parse(&text, &segments);
        // December 2026.
        check(&text, &segments, &form, pages, 2026 * 12 + 11)
            .into_iter()
            .map(|p| (p.code, p.line))
            .collect()
    }

    /// A resume with one job whose bullets are `bullets`.
    fn one_job(bullets: &[&str]) -> String {
        let mut s = String::from(
            "Jane Doe\njane@example.com\n\nExperience\nSenior Engineer | Acme Corp\nMar 2021 – Present\n",
        );
        for b in bullets {
            s.push_str(&format!("• {b}\n"));
        }
        s
    }

    #[test]
    fn each_bullet_rule_fails_its_example_and_passes_the_fixed_one() {
        // (rule, a bullet it reports, the same bullet fixed)
        let cases: &[(Code, &str, &str)] = &[
            (
                Code::FirstPerson,
                "I rebuilt the billing API and cut errors by 40%",
                "Rebuilt the billing API and cut errors by 40%",
            ),
            (
                Code::FirstPerson,
                "Rebuilt my team's billing API and cut errors by 40%",
                "Rebuilt the team's billing API and cut errors by 40%",
            ),
            (
                Code::BulletLength,
                "Rebuilt the billing API that every product team in the company calls on each checkout, and moved it from the old monolith to three services with their own databases, which cut errors by 40%",
                "Rebuilt the billing API as three services, cutting errors by 40%",
            ),
            (
                Code::BulletLength,
                "Wrote documentation",
                "Wrote the on-call runbook for 12 services",
            ),
            (
                Code::WeakOpener,
                "Responsible for the billing API serving 2M requests a day",
                "Owned the billing API serving 2M requests a day",
            ),
            (
                Code::WeakOpener,
                "Utilized Kafka to move 40 batch jobs to streams",
                "Moved 40 batch jobs to streams on Kafka",
            ),
            (
                Code::WeakOpener,
                "Helped the team cut deploy time by 70%",
                "Cut deploy time by 70% with parallel builds",
            ),
        ];
        for (code, bad, good) in cases {
            let got = codes(&one_job(&[bad]), None);
            assert!(
                got.iter().any(|(c, line)| c == code && *line == 7),
                "{code:?} for {bad:?}: {got:?}"
            );
            let got = codes(&one_job(&[good]), None);
            assert!(
                !got.iter().any(|(c, _)| c == code),
                "{code:?} for {good:?}: {got:?}"
            );
        }
    }

    #[test]
    fn a_verb_on_more_than_three_bullets_is_reported_once() {
        let four = [
            "Built A for 3 teams",
            "Built B for 3 teams",
            "Built C for 3 teams",
            "Built D for 3 teams",
        ];
        let got = codes(&one_job(&four), None);
        let repeated: Vec<_> = got
            .iter()
            .filter(|(c, _)| *c == Code::RepeatedVerb)
            .collect();
        assert_eq!(repeated, [&(Code::RepeatedVerb, 10)], "{got:?}");
        let got = codes(&one_job(&four[..3]), None);
        assert!(
            !got.iter().any(|(c, _)| *c == Code::RepeatedVerb),
            "{got:?}"
        );
        // A verb whose first letter takes two bytes (a Russian CV's
        // "Организация") is reported, not a crash.
        let four = [
            "Организация работы 3 команд",
            "Организация обучения 3 команд",
            "Организация аудита 3 команд",
            "Организация закупок 3 команд",
        ];
        let got = codes(&one_job(&four), None);
        assert!(got.iter().any(|(c, _)| *c == Code::RepeatedVerb), "{got:?}");
    }

    #[test]
    fn a_past_job_in_the_present_tense_is_reported_and_the_current_one_is_not() {
        let resume = "Jane Doe\n\nExperience\nEngineer | Acme Corp\nMar 2021 – Present\n• Manage the billing API for 3 teams\nEngineer | Beta Inc\nJan 2018 – Feb 2021\n• Manage the billing API for 3 teams\n• Managed the ledger for 3 teams\n";
        let got = codes(resume, None);
        let tense: Vec<_> = got.iter().filter(|(c, _)| *c == Code::Tense).collect();
        assert_eq!(tense, [&(Code::Tense, 9)], "{got:?}");
    }

    #[test]
    fn the_date_rules_read_the_jobs() {
        // (resume's experience, the code, the line it is reported at, or
        // None when it must not be)
        let cases: &[(&str, Code, Option<u32>)] = &[
            // Mixed forms: the odd one out.
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\n03/2016 – 12/2019\n• Built 3 APIs\nC | Gamma Inc\nJan 2014 – Feb 2016\n• Built 3 APIs",
                Code::DateFormats,
                Some(8),
            ),
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\nMar 2016 – Dec 2019\n• Built 3 APIs",
                Code::DateFormats,
                None,
            ),
            // Not newest first.
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\nJan 2014 – Feb 2016\n• Built 3 APIs\nC | Gamma Inc\nMar 2016 – Dec 2019\n• Built 3 APIs",
                Code::DateOrder,
                Some(11),
            ),
            (
                "A | Acme Inc\n2016 – Present\n• Built 3 APIs\nB | Beta Inc\nFeb 2016 – Dec 2016\n• Built 3 APIs",
                Code::DateOrder,
                None,
            ),
            // A gap over six months, and none of three.
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\nJan 2014 – Feb 2019\n• Built 3 APIs",
                Code::Gap,
                Some(5),
            ),
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\nJan 2014 – Oct 2019\n• Built 3 APIs",
                Code::Gap,
                None,
            ),
            // Overlapping full-time jobs; an internship may overlap.
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nB | Beta Inc\nJan 2014 – Jun 2020\n• Built 3 APIs",
                Code::Overlap,
                Some(8),
            ),
            (
                "A | Acme Inc\nJan 2020 – Present\n• Built 3 APIs\nIntern | Beta Inc\nJan 2014 – Jun 2020\n• Built 3 APIs",
                Code::Overlap,
                None,
            ),
            (
                "A | Acme Inc\n2020 – Present\n• Built 3 APIs\nB | Beta Inc\n2014 – 2020\n• Built 3 APIs",
                Code::Overlap,
                None,
            ),
        ];
        for (experience, code, want) in cases {
            let got = codes(&format!("Jane Doe\n\nExperience\n{experience}\n"), None);
            let found: Vec<u32> = got
                .iter()
                .filter(|(c, _)| c == code)
                .map(|(_, l)| *l)
                .collect();
            match want {
                Some(line) => assert_eq!(found, [*line], "{code:?} in {experience:?}: {got:?}"),
                None => assert!(found.is_empty(), "{code:?} in {experience:?}: {got:?}"),
            }
        }
    }

    #[test]
    fn the_form_findings_name_what_an_ats_would_miss() {
        // (resume, the code, whether it is reported)
        let contact =
            "Jane Doe\njane@example.com | (303) 555-0100 | Denver, CO | linkedin.com/in/janedoe\n";
        let cases: &[(String, Code, bool)] = &[
            (
                format!(
                    "{contact}\nExperience\nSenior Engineer | Acme Corp\n• Built the billing API for 3 teams\n"
                ),
                Code::JobUndated,
                true,
            ),
            // A job that says only that it goes on.
            (
                format!(
                    "{contact}\nExperience\nSenior Engineer, Acme Corp, Denver, CO - (current)\n• Built the billing API for 3 teams\n"
                ),
                Code::JobUndated,
                true,
            ),
            (
                format!(
                    "{contact}\nExperience\nSenior Engineer | Acme Corp\nMar 2021 – Present\n• Built the billing API for 3 teams\n"
                ),
                Code::JobUndated,
                false,
            ),
            (
                format!("{contact}\nEducation\nUniversity of Colorado Boulder    2016\n"),
                Code::Degree,
                true,
            ),
            (
                format!(
                    "{contact}\nEducation\nB.S. in Computer Science, University of Colorado Boulder    2016\n"
                ),
                Code::Degree,
                false,
            ),
            (
                "Jane Doe\njane@example.com\n".to_owned(),
                Code::ContactFields,
                true,
            ),
            (contact.to_owned(), Code::ContactFields, false),
            (
                format!(
                    "{contact}\nExperience\nNorthwind | Platform Team\nMar 2021 – Present\n• Built the billing API for 3 teams\n"
                ),
                Code::TitleEmployer,
                true,
            ),
            (
                format!(
                    "{contact}\nExperience\nPlatform Lead | Northwind\nMar 2021 – Present\n• Built the billing API for 3 teams\n"
                ),
                Code::TitleEmployer,
                false,
            ),
            (
                format!(
                    "{contact}\nExperience\nPlatform Team at Northwind\nMar 2021 – Present\n• Built the billing API for 3 teams\n"
                ),
                Code::TitleEmployer,
                false,
            ),
        ];
        for (resume, code, reported) in cases {
            let got = codes(resume, None);
            assert_eq!(
                got.iter().any(|(c, _)| c == code),
                *reported,
                "{code:?} in {resume:?}: {got:?}"
            );
        }
    }

    #[test]
    fn three_pages_for_a_short_career_is_too_long() {
        let resume = one_job(&["Rebuilt the billing API, cutting errors by 40%"]);
        assert!(
            codes(&resume, Some(3))
                .iter()
                .any(|(c, _)| *c == Code::Length)
        );
        assert!(
            !codes(&resume, Some(2))
                .iter()
                .any(|(c, _)| *c == Code::Length)
        );
        let long =
            "Jane Doe\n\nExperience\nA | Acme Inc\nJan 2010 – Present\n• Built 3 APIs for 4 teams";
        assert!(!codes(long, Some(3)).iter().any(|(c, _)| *c == Code::Length));
    }
}
