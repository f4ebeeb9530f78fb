//! How long a resume shows a skill in use: the dated jobs of its Experience
//! section, and the ones whose lines name the skill (SPEC has no such
//! check; the "Job postings" issue asks for it beside a keyword's years).
//!
//! In: the jobs of the parsed resume, so that `check` and `ats parse` never
//! disagree on them. Out: the jobs (a date range and the lines it covers),
//! and for a set of lines the years of the jobs they fall in, overlapping
//! jobs counted once.
//!
//! A rough estimate, said so wherever it is shown: a job counts whole when
//! one of its lines names the skill, whether the skill took a week of it or
//! all of it; the dates are those the parse reads ("Mar 2019 – Present",
//! "2018–2021", "03/2016 - 05/2018", "Spring 2019", "’19"). "Present" is
//! the month `today` says.
//!
//! Pure: no I/O.

use crate::normalize::NormText;
use crate::parse::dates::Form;
use crate::parse::resume::Work;
use crate::segment::Segments;

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

/// The dated jobs of the parsed resume ([`crate::parse::resume`]: the
/// same jobs `ats parse` shows), in order. A job covers its header, its
/// dates and the lines up to the next job's header (the last one to the
/// end of its section). `today` is the month "Present" means, as months
/// since year 0; a year alone ends in December, a season three months on.
pub fn jobs(text: &NormText, segments: &Segments, work: &[Work], today: i32) -> Vec<Job> {
    // The header lines are in line order and hold the date line.
    let first = |w: &Work| w.header_lines.first().copied();
    let mut out: Vec<Job> = Vec::new();
    for (n, w) in work.iter().enumerate() {
        let (Some(d), Some(first_line)) = (w.dates, first(w)) else {
            continue;
        };
        let start = d.start.months();
        let end = match d.end {
            _ if d.present => today,
            Some(e) if e.month.is_none() => e.year * 12 + 11,
            // A season runs three months ("Summer 2017": June to August).
            Some(e) if d.form == Form::Season => e.months() + 2,
            Some(e) => e.months(),
            None => continue,
        };
        if end < start || end > today + 12 {
            continue;
        }
        let last_line = match work.get(n + 1).and_then(first) {
            Some(next) if next > first_line => next - 1,
            _ => {
                let section = segments.sections[w.date_line];
                let mut last = w.date_line;
                while last + 1 < text.lines.len() && segments.sections[last + 1] == section {
                    last += 1;
                }
                last
            }
        };
        out.push(Job {
            first_line,
            last_line,
            start,
            end,
        });
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
        let work = crate::parse::resume::parse(&text, &segments).work;
        let jobs = jobs(&text, &segments, &work, today);
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
        let work = crate::parse::resume::parse(&text, &segments).work;
        let jobs = jobs(&text, &segments, &work, 2024 * 12 + 11);
        let go: Vec<usize> = (0..text.lines.len())
            .filter(|&i| text.lines[i].text.contains("Go"))
            .collect();
        assert_eq!(years_in(&jobs, &go), Some(5.0));
        assert!(this_month() > 2025 * 12);
    }
}
