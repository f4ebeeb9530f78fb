//! How long a resume shows a skill in use: the dated jobs of its Experience
//! section, and the ones whose lines name the skill (SPEC has no such
//! check; the "Job postings" issue asks for it beside a keyword's years).
//!
//! In: the normalized text and its segments. Out: the jobs (a date range
//! and the lines it covers), and for a set of lines the years of the jobs
//! they fall in, overlapping jobs counted once.
//!
//! A rough estimate, said so wherever it is shown: a job counts whole when
//! one of its lines names the skill, whether the skill took a week of it or
//! all of it; a range needs a year at both ends ("Mar 2019 – Present",
//! "2018–2021", "03/2016 - 05/2018"); a job's lines run from its date line
//! to the next one. "Present" is the month `today` says.
//!
//! Pure: no I/O.

use std::sync::LazyLock;

use regex::Regex;

use crate::normalize::NormText;
use crate::segment::Segments;
use crate::vocab::Section;

/// A dated job of the Experience section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Job {
    /// The line index of its date range, and the last line it covers.
    pub first_line: usize,
    pub last_line: usize,
    /// Months since year 0, inclusive range.
    pub start: i32,
    pub end: i32,
}

/// A date: "Mar 2019", "March 2019", "03/2019", "2019", "’19" is not read
/// (too easily a number).
const DATE: &str = r"(?:(?P<m{n}>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|(?P<n{n}>0?[1-9]|1[0-2])\s*/\s*)?(?P<y{n}>(?:19|20)\d{2})";

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let start = DATE.replace("{n}", "1");
    let end = DATE.replace("{n}", "2");
    Regex::new(&format!(
        r"(?i)\b{start}\s*(?:-|–|—|to|until)\s*(?:{end}|(?P<now>present|current|now|today|date))\b"
    ))
    .expect("valid")
});

fn month(caps: &regex::Captures<'_>, n: u8, is_end: bool) -> Option<i32> {
    let year: i32 = caps.name(&format!("y{n}"))?.as_str().parse().ok()?;
    let m = if let Some(name) = caps.name(&format!("m{n}")) {
        let name = name.as_str().to_lowercase();
        [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ]
        .iter()
        .position(|p| name.starts_with(p))? as i32
    } else if let Some(num) = caps.name(&format!("n{n}")) {
        num.as_str().parse::<i32>().ok()? - 1
    } else if is_end {
        11
    } else {
        0
    };
    Some(year * 12 + m)
}

/// The dated jobs of the Experience section, in order. `today` is the
/// month "Present" means, as months since year 0.
pub fn jobs(text: &NormText, segments: &Segments, today: i32) -> Vec<Job> {
    let mut out: Vec<Job> = Vec::new();
    for (i, line) in text.lines.iter().enumerate() {
        if segments.sections[i] != Section::Experience {
            continue;
        }
        let Some(caps) = RANGE.captures(&line.text) else {
            continue;
        };
        let Some(start) = month(&caps, 1, false) else {
            continue;
        };
        let end = if caps.name("now").is_some() {
            Some(today)
        } else {
            month(&caps, 2, true)
        };
        let Some(end) = end.filter(|e| *e >= start && *e <= today + 12) else {
            continue;
        };
        if let Some(last) = out.last_mut() {
            last.last_line = i - 1;
        }
        out.push(Job {
            first_line: i,
            last_line: i,
            start,
            end,
        });
    }
    // The last job runs to the end of the section.
    if let Some(last) = out.last_mut() {
        let mut end = last.first_line;
        while end + 1 < text.lines.len() && segments.sections[end + 1] == Section::Experience {
            end += 1;
        }
        last.last_line = end;
    }
    out
}

/// Years of the jobs that `lines` fall in, overlapping months counted
/// once; `None` when no line is in a dated job.
pub fn years_in(jobs: &[Job], lines: &[usize]) -> Option<f64> {
    let mut spans: Vec<(i32, i32)> = jobs
        .iter()
        .filter(|j| lines.iter().any(|&l| l >= j.first_line && l <= j.last_line))
        .map(|j| (j.start, j.end))
        .collect();
    if spans.is_empty() {
        return None;
    }
    spans.sort_unstable();
    let mut months = 0;
    let mut current: Option<(i32, i32)> = None;
    for (s, e) in spans {
        current = match current {
            Some((cs, ce)) if s <= ce + 1 => Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                months += ce - cs + 1;
                Some((s, e))
            }
            None => Some((s, e)),
        };
    }
    if let Some((cs, ce)) = current {
        months += ce - cs + 1;
    }
    Some((f64::from(months) / 12.0 * 10.0).round() / 10.0)
}

/// This month, as months since year 0, from the system clock, or from
/// `SOURCE_DATE_EPOCH` (seconds since 1970, the convention for reproducible
/// output) when it is set.
pub fn this_month() -> i32 {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    // Days to a civil date (Howard Hinnant's algorithm), enough for a month.
    let days = (secs / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y * 12 + m - 1) as i32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::segment::segment;

    const RESUME: &str = "\
Jane Doe
Experience
Backend Engineer, Acme
Mar 2019 – Feb 2021
• Built payment services in Java and Kafka
Software Engineer, Initech
2016 - 2018
• Maintained Java batch jobs
Intern, Globex
06/2015 - 08/2015
• Wrote Python scripts
Skills
Java, Python, Go
";

    #[test]
    fn dated_jobs_are_read_and_years_summed() {
        let text = normalize(&Document::from_lines(RESUME.lines()));
        let segments = segment(&text);
        let today = 2026 * 12 + 11;
        let jobs = jobs(&text, &segments, today);
        assert_eq!(jobs.len(), 3, "{jobs:?}");
        assert_eq!((jobs[0].start, jobs[0].end), (2019 * 12 + 2, 2021 * 12 + 1));
        assert_eq!((jobs[1].start, jobs[1].end), (2016 * 12, 2018 * 12 + 11));
        let line = |needle: &str| {
            text.lines
                .iter()
                .position(|l| l.text.contains(needle))
                .expect("the line is in the resume")
        };
        // Java: Acme (2 years) and Initech (3 years); the Skills line is no job.
        let java = [
            line("Java and Kafka"),
            line("Java batch"),
            line("Java, Python"),
        ];
        assert_eq!(years_in(&jobs, &java), Some(5.0));
        assert_eq!(years_in(&jobs, &[line("Python scripts")]), Some(0.3));
        assert_eq!(years_in(&jobs, &[line("Java, Python")]), None);
    }

    #[test]
    fn overlapping_jobs_count_once_and_present_is_today() {
        let resume = "Experience\nA\n2020 - Present\n• Go\nB\n2021 - 2022\n• Go\n";
        let text = normalize(&Document::from_lines(resume.lines()));
        let segments = segment(&text);
        let jobs = jobs(&text, &segments, 2024 * 12 + 11);
        let go: Vec<usize> = (0..text.lines.len())
            .filter(|&i| text.lines[i].text.contains("Go"))
            .collect();
        assert_eq!(years_in(&jobs, &go), Some(5.0));
        assert!(this_month() > 2025 * 12);
    }
}
