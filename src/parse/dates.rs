//! Dates as resumes write them, normalized to ISO: "2021-03", or "2021"
//! when only a year is given (JSON Resume's `startDate`/`endDate`), and the
//! form each was written in (for the "date formats mixed" check).
//!
//! In: one line of normalized text. Out: the dates and date ranges it holds,
//! left to right ([`find_all`]), or the first range, else the first date
//! ([`find`]): each with its byte span, its start, its end (a date or
//! "present") and the [`Form`] of its start.
//!
//! Forms read, case-insensitive:
//! - a month name and a year: "Mar 2021", "March 2021", "Sept. 2022",
//!   "Jan-2020", "May 15, 2020" and "30th Jul 2018" (the day dropped),
//!   "Mar ’19"; month names in
//!   English, French, German and Spanish, full or abbreviated ("janv.",
//!   "févr.", "März", "Dez.", "marzo de 2019"). A bare two-digit year after a
//!   name is read when the name is not English ("Juin 17") or when it is
//!   abbreviated with its period ("Dec. 16"): "March 15" is a day, "Jan-20"
//!   with a hyphen is a year;
//! - a numeric month: "03/2021", "3/2021", "05/14" (MM/YY), "03.2021";
//!   with a day, "03/14/2020" (month first unless it cannot be) and
//!   "14.03.2021" (day first unless it cannot be);
//! - ISO, year first: "2021-03", "2021/03", "2021-03-15";
//! - Chinese: "2015年3月", "2015 年 3 月", "2013年"; ranges with "~", "至"
//!   or "到", and "至今", "目前", "现在" for now;
//! - a season: "Fall 2019" (Spring 03, Summer 06, Fall/Autumn 09,
//!   Winter 12; also the French, German and Spanish names);
//! - a year 1950–2049 standing alone ("2019"), and "’19"/"'19"; a two-digit
//!   year is 20xx below 50, 19xx from 50;
//! - a range: a date, a dash (- – — − ‐ ‑, "--", "---", the soft hyphen one LaTeX
//!   template's text layer uses) or "to"/"until"/"till"/"through"/"bis"/"à"/
//!   "a"/"au"/"hasta", then a date or a word for now ("Present", "Current",
//!   "Now", "Today", "Ongoing", "Continue", "Date", "aujourd’hui", "maintenant", "heute", "actualidad",
//!   "actual", "présent", "en cours"...). "Jun – Aug 2021": the start takes
//!   the end's year (the year before when its month comes later);
//!   "2020, Jul–Okt.": both take the year before them. "2019-21",
//!   "2018–19" and "2023.24" run to the later year ("2019-11" is ISO,
//!   "2019.11" a month); a dash run into a
//!   date with only words after it is still open ("2021- Research
//!   Assistant", "Mar 2021–").
//!
//! Not dates: a year inside a longer run of digits or letters ("12000",
//! "FY2019"), outside 1950–2049, in money or a percentage ("$2000",
//! "2020%"), or in a run of digit groups such as a phone number
//! ("+1 555 201 2020", "(951) 355-2019") or a standard ("ISO 9001:2015").
//! A lone year in a product name is still a date ("Windows 2019 Server"
//! gives 2019: the line alone cannot tell), and so is a year after a bare
//! number ("Team of 5 2018 – 2021" loses its start to the digit groups).
//! "2019/2020" is no range; a month word that is also an
//! English word ("may", "mars") is a date only followed by a year.
//!
//! One regex of bounded alternatives tokenizes the line in a single pass;
//! ranges join two neighbouring tokens with a separator between them: linear
//! in the line's length.
//!
//! Pure: no I/O.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// A date to the precision the resume gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Date {
    pub year: i32,
    /// 1..=12; None when only a year is given.
    pub month: Option<u8>,
}

impl Date {
    /// "2021-03", or "2021" without a month.
    pub fn iso(&self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{m:02}", self.year),
            None => format!("{:04}", self.year),
        }
    }

    /// Months since year 0 (month 1 when none: for ordering and gaps), i.e.
    /// year*12 + month-1.
    pub fn months(&self) -> i32 {
        self.year * 12 + i32::from(self.month.unwrap_or(1)) - 1
    }
}

/// How a date was written, for the "date formats mixed" check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Form {
    /// "Mar 2021", "March 2021", "Sept. 2022", "Juin 17".
    MonthName,
    /// "03/2021", "3/2021", "05/14", "03.2021".
    MonthNumber,
    /// "2021-03".
    Iso,
    /// "Spring 2019".
    Season,
    /// "2019".
    Year,
    /// "’19", "'19".
    ShortYear,
}

impl Form {
    /// An example of the form, to name it in a message.
    pub fn example(self) -> &'static str {
        match self {
            Form::MonthName => "Mar 2021",
            Form::MonthNumber => "03/2021",
            Form::Iso => "2021-03",
            Form::Season => "Spring 2019",
            Form::Year => "2019",
            Form::ShortYear => "’19",
        }
    }
}

/// The end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum End {
    Date(Date),
    /// "Present", "Current", "aujourd’hui"...
    Present,
}

/// A date or date range found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the whole match in the line.
    pub start: usize,
    pub end: usize,
    pub from: Date,
    /// None for a single date ("2019", "Expected May 2018", "June 2023").
    pub to: Option<End>,
    /// The form of the start date.
    pub form: Form,
}

/// The first date range in `line`, or else the first single date that is
/// not part of a longer number; None when there is none.
pub fn find(line: &str) -> Option<Found> {
    let all = find_all(line);
    all.iter()
        .find(|f| f.to.is_some())
        .or_else(|| all.first())
        .copied()
}

/// Every date or range in `line`, left to right, not overlapping.
pub fn find_all(line: &str) -> Vec<Found> {
    let tokens: Vec<Token> = TOKEN
        .captures_iter(line)
        .filter_map(|c| {
            let m = c.get(0)?;
            // "C++11/14", "C#7": a language's version, no date.
            let versioned = line[..m.start()].ends_with(['+', '#']);
            Some(Token {
                start: m.start(),
                end: m.end(),
                tok: if versioned {
                    Tok::Skip
                } else {
                    classify(&c).unwrap_or(Tok::Skip)
                },
            })
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        // "2020, Jul-Okt.": a year, then the months of a range within it.
        if let (Tok::Date(year, Form::Year), Some(first), Some(last)) =
            (t.tok, tokens.get(i + 1), tokens.get(i + 2))
            && let (Tok::Month(a), Tok::Month(b)) = (first.tok, last.tok)
            && matches!(line[t.end..first.start].trim(), "," | "")
            && is_separator(&line[first.end..last.start])
            && a <= b
        {
            let month = |m: u8| Date {
                year: year.year,
                month: Some(m),
            };
            out.push(Found {
                start: t.start,
                end: last.end,
                from: month(a),
                to: Some(End::Date(month(b))),
                form: Form::MonthName,
            });
            i += 3;
            continue;
        }
        // "2020 Jul – Okt": the year first, then a range of its months
        // (not "Sep 2015 - December", whose year may be wrapped below).
        if let (Tok::Date(from, Form::MonthName), Some(next)) = (t.tok, tokens.get(i + 1))
            && let Tok::Month(month) = next.tok
            && line[t.start..].starts_with(|c: char| c.is_ascii_digit())
            && from.month.is_some_and(|m| m <= month)
            && is_separator(&line[t.end..next.start])
        {
            out.push(Found {
                start: t.start,
                end: next.end,
                from,
                to: Some(End::Date(Date {
                    year: from.year,
                    month: Some(month),
                })),
                form: Form::MonthName,
            });
            i += 2;
            continue;
        }
        if let Some(next) = tokens.get(i + 1)
            && is_separator(&line[t.end..next.start])
            && let Some(mut found) = range(t, next)
        {
            // "Summers 2016-2017": the same season of both years.
            if let (Tok::Date(from, Form::Season), Some(End::Date(to))) = (t.tok, &mut found.to)
                && to.month.is_none()
                && line[t.start..t.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.to_lowercase().ends_with("ers"))
            {
                to.month = from.month;
            }
            out.push(found);
            i += 2;
            continue;
        }
        // "2012 2017  Universitat Politècnica de Catalunya": a theme that
        // draws its range's dash as a picture leaves two years a space
        // apart; at the line's start, in a cell of their own, they are
        // a range.
        if let (Tok::Date(from, Form::Year), Some(next)) = (t.tok, tokens.get(i + 1))
            && let Tok::Date(to, Form::Year) = next.tok
            && line[..t.start].trim().is_empty()
            && &line[t.end..next.start] == " "
            && line
                .get(next.end..)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with("  "))
            && (from.year..=from.year + 10).contains(&to.year)
            && from.year < to.year
        {
            out.push(Found {
                start: t.start,
                end: next.end,
                from,
                to: Some(End::Date(to)),
                form: Form::Year,
            });
            i += 2;
            continue;
        }
        // "Summer 2012 and 2013": the same season of both years.
        if let (Tok::Date(from, Form::Season), Some(next)) = (t.tok, tokens.get(i + 1))
            && let Tok::Date(to, Form::Year) = next.tok
            && matches!(line[t.end..next.start].trim(), "and" | "&")
            && to.year > from.year
        {
            out.push(Found {
                start: t.start,
                end: next.end,
                from,
                to: Some(End::Date(Date {
                    year: to.year,
                    month: from.month,
                })),
                form: Form::Season,
            });
            i += 2;
            continue;
        }
        if let Tok::Span(from, to) = t.tok {
            out.push(Found {
                start: t.start,
                end: t.end,
                from,
                to: Some(End::Date(to)),
                form: if from.month.is_some() {
                    Form::MonthNumber
                } else {
                    Form::Year
                },
            });
        }
        let tok = match t.tok {
            // "seit 9.2020": a date of a range's end's form, opening one.
            Tok::Paired(d) if since(line, t.start) => Tok::Date(d, Form::MonthNumber),
            Tok::Dotted(d) => Tok::Date(
                Date {
                    year: d.year,
                    month: None,
                },
                Form::Year,
            ),
            tok => tok,
        };
        if let Tok::Date(from, form) = tok {
            // "Since September 2017", "2021- Research Assistant": from
            // then to now.
            let open = open_ended(&line[t.end..]);
            out.push(Found {
                start: t.start,
                end: t.end + open,
                from,
                to: (since(line, t.start) || open > 0).then_some(End::Present),
                form,
            });
        }
        i += 1;
    }
    // "с 2003 по 2005 годы": the word for years after a Russian date is
    // the date's.
    static YEARS_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s?(?:годы|года|год|гг\.|г\.)").expect("valid"));
    for found in &mut out {
        if let Some(m) = YEARS_WORD.find(&line[found.end..]) {
            found.end += m.end();
        }
    }
    out
}

/// A dash run into a date with nothing after it but words, a bar or the
/// line's end ("2021- Research Assistant", "Mar 2021–", "2024- |
/// Faculty"), or spaced from it at the line's end ("Philadelphia | 2018
/// -"): a range still open. The length in bytes of what it takes, or 0.
fn open_ended(after: &str) -> usize {
    let spaced = after.trim_start_matches(' ');
    // "2017.09 至今": Chinese's "to now" is the range's end and its
    // separator in one.
    if spaced.starts_with("至今") {
        return after.len() - spaced.len() + "至今".len();
    }
    // "Janvier 2017 -> (3 mois)", "Mar 2021 →": an arrow to nothing but
    // the time so far, in brackets.
    static ARROW_OPEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s{0,3}(?:->|-->|→|⟶)(?:\s*$|\s{1,3}\([0-9]+(?:[.,][0-9]+)?\s?\p{L}+\.?\))")
            .expect("valid")
    });
    if let Some(m) = ARROW_OPEN.find(after) {
        return m.end();
    }
    // The dash may be doubled, as LaTeX and reStructuredText write it
    // ("2020.12 --").
    let dashes = spaced
        .char_indices()
        .take_while(|&(i, c)| i < 3 && matches!(c, '-' | '–' | '—'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if spaced.len() < after.len() && dashes > 0 && {
        // "2018 -  FICAN West  Post-doc": a column's gap after the
        // dash ends the range as the line's end does.
        let rest = &spaced[dashes..];
        rest.trim().is_empty()
            || (rest.starts_with("  ")
                && rest.trim_start().starts_with(char::is_alphabetic)
                && rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|word| TOKEN.find(word).is_none_or(|m| m.start() > 0)))
    } {
        return after.len() - spaced.len() + dashes;
    }
    let Some(dash) = after
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))
    else {
        return 0;
    };
    let rest = &after[dash.len_utf8()..];
    let next = rest.trim_start();
    if (rest.len() > next.len() || next.is_empty())
        && next
            .chars()
            .next()
            .is_none_or(|c| c.is_alphabetic() || c == '|')
        && next
            .split_whitespace()
            .next()
            .is_none_or(|word| TOKEN.find(word).is_none_or(|m| m.start() > 0))
    {
        dash.len_utf8()
    } else {
        0
    }
}

/// Whether the word before byte `at` of `line` opens a range to now
/// ("Since September 2017").
pub fn since(line: &str, at: usize) -> bool {
    line.get(..at)
        .and_then(|before| {
            before
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
        })
        .is_some_and(|w| SINCE.contains(&w.to_lowercase().as_str()))
}

/// Month names and abbreviations, lowercase without a dot: (name, month,
/// whether English writes it, where "March 15" is a day, not a year).
const MONTHS: &[(&str, u8, bool)] = &[
    // English (and the names other languages share with it)
    ("january", 1, true),
    ("jan", 1, true),
    ("february", 2, true),
    ("feb", 2, true),
    ("march", 3, true),
    ("mar", 3, true),
    ("april", 4, true),
    ("apr", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, true),
    ("july", 7, true),
    ("jul", 7, true),
    ("august", 8, true),
    ("aug", 8, true),
    ("september", 9, true),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, true),
    ("oct", 10, true),
    ("november", 11, true),
    ("nov", 11, true),
    ("december", 12, true),
    ("dec", 12, true),
    // Common misspellings.
    ("janurary", 1, true),
    ("feburary", 2, true),
    ("febuary", 2, true),
    // French
    ("janvier", 1, false),
    ("janv", 1, false),
    ("février", 2, false),
    ("fevrier", 2, false),
    ("févr", 2, false),
    ("fevr", 2, false),
    ("fév", 2, false),
    ("fev", 2, false),
    ("mars", 3, false),
    ("avril", 4, false),
    ("avr", 4, false),
    ("mai", 5, false),
    ("juin", 6, false),
    ("juillet", 7, false),
    ("juil", 7, false),
    ("août", 8, false),
    ("aout", 8, false),
    ("septembre", 9, false),
    ("octobre", 10, false),
    ("novembre", 11, false),
    ("décembre", 12, false),
    ("decembre", 12, false),
    ("déc", 12, false),
    // German
    ("januar", 1, false),
    ("jänner", 1, false),
    ("februar", 2, false),
    ("märz", 3, false),
    ("maerz", 3, false),
    ("mär", 3, false),
    ("juni", 6, false),
    ("juli", 7, false),
    ("oktober", 10, false),
    ("okt", 10, false),
    ("dezember", 12, false),
    ("dez", 12, false),
    // Spanish ("ago" is an English word too)
    ("enero", 1, false),
    ("ene", 1, false),
    ("febrero", 2, false),
    ("marzo", 3, false),
    ("abril", 4, false),
    ("abr", 4, false),
    ("mayo", 5, false),
    ("junio", 6, false),
    ("julio", 7, false),
    ("agosto", 8, false),
    ("ago", 8, true),
    ("septiembre", 9, false),
    ("setiembre", 9, false),
    ("octubre", 10, false),
    ("noviembre", 11, false),
    ("diciembre", 12, false),
    ("dic", 12, false),
    // Dutch
    ("januari", 1, false),
    ("februari", 2, false),
    ("maart", 3, false),
    ("mrt", 3, false),
    ("mei", 5, false),
    ("augustus", 8, false),
    // Italian
    ("gennaio", 1, false),
    ("febbraio", 2, false),
    ("aprile", 4, false),
    ("maggio", 5, false),
    ("giugno", 6, false),
    ("luglio", 7, false),
    ("settembre", 9, false),
    ("ottobre", 10, false),
    ("dicembre", 12, false),
    // Portuguese
    ("janeiro", 1, false),
    ("fevereiro", 2, false),
    ("março", 3, false),
    ("maio", 5, false),
    ("junho", 6, false),
    ("julho", 7, false),
    ("setembro", 9, false),
    ("set", 9, false),
    ("outubro", 10, false),
    ("out", 10, false),
    ("dezembro", 12, false),
    // Russian, in the nominative and the genitive ("март 2019", "с марта
    // 2019"), and short.
    ("январь", 1, false),
    ("января", 1, false),
    ("янв", 1, false),
    ("февраль", 2, false),
    ("февраля", 2, false),
    ("фев", 2, false),
    ("март", 3, false),
    ("марта", 3, false),
    ("апрель", 4, false),
    ("апреля", 4, false),
    ("апр", 4, false),
    ("май", 5, false),
    ("мая", 5, false),
    ("июнь", 6, false),
    ("июня", 6, false),
    ("июль", 7, false),
    ("июля", 7, false),
    ("август", 8, false),
    ("августа", 8, false),
    ("авг", 8, false),
    ("сентябрь", 9, false),
    ("сентября", 9, false),
    ("сент", 9, false),
    ("сен", 9, false),
    ("октябрь", 10, false),
    ("октября", 10, false),
    ("окт", 10, false),
    ("ноябрь", 11, false),
    ("ноября", 11, false),
    ("ноя", 11, false),
    ("декабрь", 12, false),
    ("декабря", 12, false),
    ("дек", 12, false),
];

/// Words before a single date that make it the start of a range to now.
const SINCE: &[&str] = &["since", "depuis", "seit", "desde", "sinds", "dal", "с"];

/// Seasons and the month they start a date at.
const SEASONS: &[(&str, u8)] = &[
    ("spring", 3),
    ("summer", 6),
    // "Summers 2016-2017": the season of each year.
    ("summers", 6),
    ("fall", 9),
    ("autumn", 9),
    ("winter", 12),
    ("printemps", 3),
    ("été", 6),
    ("automne", 9),
    ("hiver", 12),
    ("frühling", 3),
    ("sommer", 6),
    ("herbst", 9),
    ("primavera", 3),
    ("verano", 6),
    ("otoño", 9),
    ("invierno", 12),
];

/// Words for the end of a range that has not ended.
const NOW: &str = r"present|presente|présent|pres|currently|current|curr|now|today|ongoing|continuing|continues|continue|date|aujourd['’]hui|maintenant|heute|jetzt|actualidad|actual|hoy|en\s+cours|heden|huidig|nu|oggi|attuale|atual|atualmente|настоящее\s+время|текущее\s+время|сейчас|至今|目前|现在|現在|迄今";

/// A year read as one: 1950–2049.
const Y4: &str = r"(?:19[5-9][0-9]|20[0-4][0-9])";

/// The tokens of a line, in order of preference where two start at the same
/// place. `MONTH`, `SEASON`, `NOW` and `Y4` are filled in.
const TOKEN_PATTERN: &str = concat!(
    r"(?i)",
    // Money and percentages: their digits are not years.
    r"(?P<money>[$€£¥]\s?[0-9][0-9,.]*|[0-9]+(?:[.,][0-9]+)?\s?%)",
    // A numeric date with a day: 03/14/2020, 14.03.2021.
    r"|\b(?P<sa>[0-9]{1,2})/(?P<sb>[0-9]{1,2})/(?P<sy>Y4|[0-9]{2})\b",
    r"|\b(?P<da>[0-9]{1,2})\.(?P<db>[0-9]{1,2})\.(?P<dy>Y4|[0-9]{2})\b",
    // A month name and a year, maybe a day before or between: Mar 2021,
    // May 15, 2020, 30th Jul 2018, 7 Sep 2018, marzo de 2019, Mar ’19,
    // Jan-20, Juin 17, Out/2015.
    r"|\b(?:(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\.?\s{1,3})?(?P<mn>MONTH)(?:(?P<mdot>\.)|\b)(?P<msep>[-/]|[\s,]{0,3})",
    r"(?:(?:[0-9]{1,2}(?:st|nd|rd|th)?\.?,?\s{1,3})?(?:de\s{1,3})?(?P<my4>Y4)",
    r"|(?P<mq>['’‘])?(?P<my2>[0-9]{2}))\b",
    // A month's name run into its year: "April2015"; or its year in
    // brackets after it: "March (2021)".
    r"|\b(?P<gn>MONTH)(?:(?P<gy>Y4)\b|\s?\((?P<gb>Y4)\))",
    // A season and a year.
    r"|\b(?P<sn>SEASON)(?:[\s,]{1,3}|\s?[-–]\s?)(?:(?P<sy4>Y4)|['’‘](?P<sy2>[0-9]{2}))\b",
    // The year before the month's name: "2023 Jan.", "2019 March" (a
    // space only: "2020, Jul-Okt." is a year and a range within it).
    r"|\b(?P<ty>Y4)\s{1,2}(?P<tn>MONTH)(?:\.|\b)",
    // ISO, year first, maybe a day.
    r"|\b(?P<iy>Y4)[-/](?P<im>0?[1-9]|1[0-2])(?:[-/](?:0[1-9]|[12][0-9]|3[01]))?\b",
    // A year and the last two digits of a later one: 2019-21, 2018–19
    // (hyphen forms a month could read, 2019-11, are ISO above).
    r"|\b(?P<ry>Y4)[-–—](?P<r2>[0-9]{2})\b",
    // Chinese and Japanese: 2015年3月, 2015 年 3 月, 2013年 (the year's
    // character is a letter, so no word boundary stands between them).
    r"|(?P<cy>Y4)\s{0,2}年(?:\s{0,2}(?P<cm>0?[1-9]|1[0-2])\s{0,2}月)?",
    // "8--12/2009", "3 - 4/2014": two months' numbers and the year they
    // share, a range in one token.
    r"|\b(?P<am>0?[1-9]|1[0-2]) ?(?:-{1,3}|–|—) ?(?P<bm>0?[1-9]|1[0-2])[/.](?P<by>Y4)\b",
    // Year first with a dot: 2025.02 (two digits: "2019.5" is no date).
    r"|\b(?P<jy>Y4)\.(?P<jm>0[1-9]|1[0-2])\b",
    // "2023.24", "2012.13": a year and a later one's last two digits
    // after a dot, where they are no month.
    r"|\b(?P<oy4>Y4)\.(?P<oy2>1[3-9]|[2-9][0-9])\b",
    // "2015.2 -- 2020.12": a one-digit month after the year's dot, a date
    // only at an end of a range ("2019.5" alone may be anything).
    r"|\b(?P<ky>Y4)\.(?P<km>[1-9])\b",
    // A numeric month: 3/2021, 05/14, 03.2021; "10/ 2016" as
    // wkhtmltopdf spaces it.
    r"|\b(?P<nm>0?[1-9]|1[0-2])/ ?(?P<ny>Y4)\b",
    r"|\b(?P<om>0[1-9]|1[0-2])/(?P<oy>[0-9]{2})\b",
    // "6/15 to 10/17": a one-digit month and a two-digit year, a date
    // only at an end of a range ("6/15" alone is as often a day).
    r"|\b(?P<um>[1-9])/(?P<uy>[0-9]{2})\b",
    // "02/2011 - 12-2011": a month and a year with a hyphen, a date to the
    // month at an end of a range; alone, its year.
    r"|\b(?P<wm>0[1-9]|1[0-2])-(?P<wy>Y4)\b",
    // "09-18 - Now": a month and a two-digit year with a hyphen, a date
    // only as a range's end.
    r"|\b(?P<hm>0[1-9]|1[0-2])-(?P<hy>[0-9]{2})\b",
    // A fraction ("Composition 1/2 Sep 2015"): no day before the month.
    r"|\b(?P<frac>[0-9]{1,2}/[0-9]{1,2})\b",
    r"|\b(?P<pm>0[1-9]|1[0-2])\.(?P<py>Y4)\b",
    // "02.2005 - 01. 2022": a space after the month's dot, a date only at
    // an end of a range ("12. 2019" alone may be a list's number).
    r"|\b(?P<xm>0[1-9]|1[0-2])\. (?P<xy>Y4)\b",
    // "3.2020 - 8.2020", "seit 9.2020": a German CV's month without its
    // zero, a date only at an end of a range or after "since" ("Python
    // 3.2019" is a version).
    r"|\b(?P<zm>[1-9])\.(?P<zy>Y4)\b",
    // A year, a short year.
    r"|\b(?P<y>Y4)\b",
    r"|\B['’‘](?P<q2>[0-9]{2})\b",
    // A month alone and a word for now: a range's start and end.
    r"|\b(?P<mo>MONTH)(?:\.|\b)",
    r"|\b(?P<now>NOW)\b",
    // Digit groups (phone numbers, ISO 9001:2015): no year inside.
    // A bracket opens a group only with its close: "(2020-2022)" is
    // a range.
    r"|(?P<digits>\+?(?:\([0-9]+\)|[0-9]+)(?:[\s\-.:][0-9]+)+)",
);

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    let mut months: Vec<&str> = MONTHS.iter().map(|&(name, _, _)| name).collect();
    months.sort_by_key(|name| std::cmp::Reverse(name.len()));
    let months = months
        .iter()
        .map(|name| regex::escape(name))
        .collect::<Vec<_>>()
        .join("|");
    let seasons = SEASONS
        .iter()
        .map(|&(name, _)| regex::escape(name))
        .collect::<Vec<_>>()
        .join("|");
    let pattern = TOKEN_PATTERN
        .replace("MONTH", &months)
        .replace("SEASON", &seasons)
        .replace("NOW", NOW)
        .replace("Y4", Y4);
    Regex::new(&pattern).expect("valid")
});

/// What joins a range's two ends: a dash or a word, with spaces; an end
/// still to come may say so ("Mar. 2016 - Exp. Jun. 2017"), and a dash
/// may come before the word ("Mar 2011 – Till Date", "Sep. 2022 - to date").
/// Each end may be in brackets of its own ("[12/21] - [09/24]", a
/// template's placeholders filled in).
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\])]?(?:\s{1,2}гг?\.)?(?:\s{0,3}[-–—−‐‑\x{AD}~～]{1,3}\s{0,3}(?:(?:expected|exp\.|till|until|to|по)\s{1,3})?|\s{1,3}(?:to|until|till|through|thru|bis|à|a|au|hasta|по|до)\s{1,3}|\s{0,3}(?:至|到|->|-->|→|⟶)\s{0,3})[\[(]?$",
    )
    .expect("valid")
});

/// The longest text [`SEPARATOR`] can match, in bytes (so a long gap is
/// not searched).
const SEPARATOR_MAX: usize = 24;

fn is_separator(gap: &str) -> bool {
    gap.len() <= SEPARATOR_MAX && SEPARATOR.is_match(gap)
}

/// A token of a line and its byte span.
struct Token {
    start: usize,
    end: usize,
    tok: Tok,
}

#[derive(Clone, Copy)]
enum Tok {
    Date(Date, Form),
    /// A month name without a year: "Jun" in "Jun – Aug 2021".
    Month(u8),
    Present,
    /// "09-18": a month and a two-digit year joined by a hyphen, a date
    /// only at an end of a range of such dates ("09-18 - Now", "03-17 -
    /// 08-18"); alone it may be anything ("grades 10-12").
    Paired(Date),
    /// "2015.2": a year, its dot and a one-digit month, a date to the
    /// month at an end of a range ("2015.2 -- 2020.12"); alone, its year.
    Dotted(Date),
    /// "2019-21": a year and a later one's last two digits, a range in
    /// one token.
    Span(Date, Date),
    /// Money, digit groups, a day read as a year: breaks a range.
    Skip,
}

/// A range from two neighbouring tokens, when they make one.
fn range(a: &Token, b: &Token) -> Option<Found> {
    let paired = |t: Tok| match t {
        Tok::Dotted(d) => Tok::Paired(d),
        t => t,
    };
    let (from, to, form) = match (paired(a.tok), paired(b.tok)) {
        (Tok::Date(from, form), Tok::Date(to, _)) => (from, End::Date(to), form),
        (Tok::Date(from, form), Tok::Present) => (from, End::Present, form),
        (Tok::Paired(from), Tok::Paired(to)) => (from, End::Date(to), Form::MonthNumber),
        (Tok::Paired(from), Tok::Present) => (from, End::Present, Form::MonthNumber),
        // "6/15 to 10/17", "11/17 to 5/19".
        (Tok::Paired(from), Tok::Date(to, Form::MonthNumber)) => {
            (from, End::Date(to), Form::MonthNumber)
        }
        (Tok::Date(from, Form::MonthNumber), Tok::Paired(to)) => {
            (from, End::Date(to), Form::MonthNumber)
        }
        // "2015.2 -- 2020.12", "2014.10 -- 2015.1".
        (Tok::Paired(from), Tok::Date(to, Form::Iso)) => (from, End::Date(to), Form::Iso),
        (Tok::Date(from, Form::Iso), Tok::Paired(to)) => (from, End::Date(to), Form::Iso),
        (Tok::Month(month), Tok::Date(to, Form::MonthName)) => {
            let end_month = to.month?;
            let year = if month > end_month {
                to.year - 1
            } else {
                to.year
            };
            let from = Date {
                year,
                month: Some(month),
            };
            (from, End::Date(to), Form::MonthName)
        }
        _ => return None,
    };
    Some(Found {
        start: a.start,
        end: b.end,
        from,
        to: Some(to),
        form,
    })
}

/// What a match of [`TOKEN`] is; None when its numbers do not make a date.
fn classify(c: &Captures<'_>) -> Option<Tok> {
    let text = |name: &str| c.name(name).map(|m| m.as_str());
    let number = |name: &str| text(name).and_then(|s| s.parse::<u32>().ok());
    let date =
        |year: i32, month: Option<u8>, form: Form| Some(Tok::Date(Date { year, month }, form));
    if text("money").is_some() || text("digits").is_some() {
        return Some(Tok::Skip);
    }
    if text("now").is_some() {
        return Some(Tok::Present);
    }
    if let Some(name) = text("mo") {
        return Some(Tok::Month(month_name(name)?.0));
    }
    if let (Some(a), Some(b), Some(y)) = (number("sa"), number("sb"), text("sy")) {
        return date(
            year(y)?,
            Some(month_of_day_date(a, b, true)?),
            Form::MonthNumber,
        );
    }
    if let (Some(a), Some(b), Some(y)) = (number("da"), number("db"), text("dy")) {
        return date(
            year(y)?,
            Some(month_of_day_date(a, b, false)?),
            Form::MonthNumber,
        );
    }
    if let Some(name) = text("mn") {
        let (month, english) = month_name(name)?;
        if let Some(y) = text("my4") {
            return date(year(y)?, Some(month), Form::MonthName);
        }
        let y = text("my2")?;
        // "March 15" is a day; "Mar ’19", "Jan-20", "Dec. 16" (no year
        // after it: "Dec. 16, 2019" is read whole above) and "Juin 17"
        // are years.
        // A day stays a month's: "May 23 - July 21, 2012" is May to July.
        if english
            && text("mq").is_none()
            && !matches!(text("msep"), Some("-" | "/"))
            && text("mdot").is_none()
        {
            let day = y.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
            return Some(if day { Tok::Month(month) } else { Tok::Skip });
        }
        return date(year(y)?, Some(month), Form::MonthName);
    }
    if let (Some(name), Some(y)) = (text("gn"), text("gy").or_else(|| text("gb"))) {
        return date(year(y)?, Some(month_name(name)?.0), Form::MonthName);
    }
    if let (Some(y), Some(name)) = (text("ty"), text("tn")) {
        let y = year(y)?;
        // "in 2019 may": a lowercase "may" after a year is the verb.
        return match month_name(name).filter(|_| name != "may") {
            Some((month, _)) => date(y, Some(month), Form::MonthName),
            None => date(y, None, Form::Year),
        };
    }
    if let Some(name) = text("sn") {
        let lower = name.to_lowercase();
        let &(_, month) = SEASONS.iter().find(|&&(s, _)| s == lower)?;
        let y = text("sy4").or_else(|| text("sy2"))?;
        return date(year(y)?, Some(month), Form::Season);
    }
    if let Some(y) = text("cy") {
        return match number("cm") {
            Some(m) => date(year(y)?, Some(u8::try_from(m).ok()?), Form::MonthNumber),
            None => date(year(y)?, None, Form::Year),
        };
    }
    for (y, m) in [("iy", "im"), ("jy", "jm")] {
        if let (Some(y), Some(m)) = (text(y), number(m)) {
            return date(year(y)?, Some(u8::try_from(m).ok()?), Form::Iso);
        }
    }
    if let (Some(from), Some(to), Some(y)) = (number("am"), number("bm"), text("by")) {
        let y = year(y)?;
        let (from, to) = (u8::try_from(from).ok()?, u8::try_from(to).ok()?);
        return (from < to).then_some(Tok::Span(
            Date {
                year: y,
                month: Some(from),
            },
            Date {
                year: y,
                month: Some(to),
            },
        ));
    }
    if let (Some(y), Some(short)) = (
        text("ry").or_else(|| text("oy4")),
        number("r2").or_else(|| number("oy2")),
    ) {
        let from = year(y)?;
        let to = from - from % 100 + i32::try_from(short).ok()?;
        // "2019-05" is ISO above; "2019-17" runs backwards: no range.
        return (to > from).then_some(Tok::Span(
            Date {
                year: from,
                month: None,
            },
            Date {
                year: to,
                month: None,
            },
        ));
    }
    for (m, y) in [("km", "ky"), ("xm", "xy"), ("wm", "wy")] {
        if let (Some(m), Some(y)) = (number(m), text(y)) {
            return Some(Tok::Dotted(Date {
                year: year(y)?,
                month: Some(u8::try_from(m).ok()?),
            }));
        }
    }
    for (m, y) in [("hm", "hy"), ("um", "uy"), ("zm", "zy")] {
        if let (Some(m), Some(y)) = (number(m), text(y)) {
            return Some(Tok::Paired(Date {
                year: year(y)?,
                month: Some(u8::try_from(m).ok()?),
            }));
        }
    }
    for (m, y) in [("nm", "ny"), ("om", "oy"), ("pm", "py")] {
        if let (Some(m), Some(y)) = (number(m), text(y)) {
            return date(year(y)?, Some(u8::try_from(m).ok()?), Form::MonthNumber);
        }
    }
    if let Some(y) = text("y") {
        return date(year(y)?, None, Form::Year);
    }
    if let Some(y) = text("q2") {
        return date(year(y)?, None, Form::ShortYear);
    }
    None
}

/// A month name's month and whether English writes it.
/// The month a word names: a month's name, whole or short, with or
/// without its stop ("December", "Dec.", "juin"), or a season's ("Fall"
/// → 9).
pub fn month_word(word: &str) -> Option<u8> {
    let word = word.strip_suffix('.').unwrap_or(word);
    month_name(word).map(|(month, _)| month).or_else(|| {
        let lower = word.to_lowercase();
        SEASONS
            .iter()
            .find(|&&(s, _)| s == lower)
            .map(|&(_, month)| month)
    })
}

/// Whether a word is one for now that ends a range ("Present", "Current",
/// "heute").
pub fn is_now(word: &str) -> bool {
    static NOW_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{NOW})$")).expect("valid"));
    NOW_WORD.is_match(word)
}

fn month_name(name: &str) -> Option<(u8, bool)> {
    let lower = name.to_lowercase();
    MONTHS
        .iter()
        .find(|&&(n, _, _)| n == lower)
        .map(|&(_, month, english)| (month, english))
}

/// A year of four digits, or of two: 00–49 are 20xx, 50–99 are 19xx.
fn year(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(n),
        2 if n < 50 => Some(2000 + n),
        2 => Some(1900 + n),
        _ => None,
    }
}

/// The month of a numeric date with a day: the first number when
/// `month_first` (03/14/2020), else the second (14.03.2021), unless only the
/// other one can be a month.
fn month_of_day_date(first: u32, second: u32, month_first: bool) -> Option<u8> {
    let month = |m: u32| (1..=12).contains(&m);
    let day = |d: u32| (1..=31).contains(&d);
    let m = match (month(first) && day(second), month(second) && day(first)) {
        (true, true) if month_first => first,
        (true, true) => second,
        (true, false) => first,
        (false, true) => second,
        (false, false) => return None,
    };
    u8::try_from(m).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (start ISO, end ISO or "present", form) of what [`find`] returns.
    type Shown = (String, Option<String>, Form);

    /// (start ISO, end ISO or "present", form) as a table writes it.
    type Want = (&'static str, Option<&'static str>, Form);

    /// (start ISO, end ISO or "present").
    type Span = (&'static str, Option<&'static str>);

    fn show(f: &Found) -> Shown {
        let to = f.to.map(|end| match end {
            End::Date(d) => d.iso(),
            End::Present => "present".to_owned(),
        });
        (f.from.iso(), to, f.form)
    }

    fn expected(e: Option<Want>) -> Option<Shown> {
        e.map(|(from, to, form)| (from.to_owned(), to.map(str::to_owned), form))
    }

    #[test]
    fn forms_table() {
        use Form::*;
        let cases: &[(&str, Option<Want>)] = &[
            // month names, English
            ("Mar 2021", Some(("2021-03", None, MonthName))),
            ("March 2021", Some(("2021-03", None, MonthName))),
            ("Sept. 2022", Some(("2022-09", None, MonthName))),
            ("Sep 2022", Some(("2022-09", None, MonthName))),
            ("Mar. 2019", Some(("2019-03", None, MonthName))),
            ("MARCH 2021", Some(("2021-03", None, MonthName))),
            ("Mar ’19", Some(("2019-03", None, MonthName))),
            ("Mar '19", Some(("2019-03", None, MonthName))),
            ("Dec ’99", Some(("1999-12", None, MonthName))),
            ("Jan-2020", Some(("2020-01", None, MonthName))),
            ("Jan-20", Some(("2020-01", None, MonthName))),
            ("May 15, 2020", Some(("2020-05", None, MonthName))),
            ("15 March 2020", Some(("2020-03", None, MonthName))),
            (
                "Duration: March (2021) - November (2021)",
                Some(("2021-03", Some("2021-11"), MonthName)),
            ),
            // The day before the month, in a range: its end is not lost
            // to the day before it.
            (
                "30th Jul 2018 - 7th Sep 2018 (volunteer)",
                Some(("2018-07", Some("2018-09"), MonthName)),
            ),
            (
                "Globex, 1 Feb 2019 to 28 Feb 2021",
                Some(("2019-02", Some("2021-02"), MonthName)),
            ),
            (
                "5th Dec 2018 -Present",
                Some(("2018-12", Some("present"), MonthName)),
            ),
            // Each end in brackets of its own: a template's placeholders
            // filled in.
            (
                "[12/21] - [09/24]",
                Some(("2021-12", Some("2024-09"), MonthNumber)),
            ),
            (
                "[10/2025] - Present",
                Some(("2025-10", Some("present"), MonthNumber)),
            ),
            // Org mode and LaTeX users type an em dash as three hyphens.
            (
                "July 2000---November 2005",
                Some(("2000-07", Some("2005-11"), MonthName)),
            ),
            ("June 2023", Some(("2023-06", None, MonthName))),
            // The year before the month's name.
            (
                "2023 jan. Research Engineer",
                Some(("2023-01", None, MonthName)),
            ),
            (
                "2019 May – 2022 Dec",
                Some(("2019-05", Some("2022-12"), MonthName)),
            ),
            (
                "2020 Jul – Okt. Die Hermes Software GmbH",
                Some(("2020-07", Some("2020-10"), MonthName)),
            ),
            ("in 2019 may have", Some(("2019", None, Year))),
            ("2017.09 至今", Some(("2017-09", Some("present"), Iso))),
            ("2014~現在", Some(("2014", Some("present"), Year))),
            // An arrow joins a range's ends; to the time so far alone, it
            // runs to now.
            (
                "Mars 2009 -> Août 2015 (6,5 ans)",
                Some(("2009-03", Some("2015-08"), MonthName)),
            ),
            ("2007 → 2012", Some(("2007", Some("2012"), Year))),
            (
                "~Janvier 2017 -> (3 mois)~",
                Some(("2017-01", Some("present"), MonthName)),
            ),
            ("(2007 -> Present):", Some(("2007", Some("present"), Year))),
            ("Expected May 2018", Some(("2018-05", None, MonthName))),
            // "since" a date: from it to now
            (
                "Since September 2017 as OnGres",
                Some(("2017-09", Some("present"), MonthName)),
            ),
            ("seit 2019", Some(("2019", Some("present"), Year))),
            // "curr." for current.
            (
                "03/15-curr. Operations Specialist",
                Some(("2015-03", Some("present"), MonthNumber)),
            ),
            ("Sincerely, 2019", Some(("2019", None, Year))),
            // month names, French, German, Spanish
            ("Juin 17", Some(("2017-06", None, MonthName))),
            ("Dec. 16", Some(("2016-12", None, MonthName))),
            ("Dec. 16, 2019", Some(("2019-12", None, MonthName))),
            ("janvier 2020", Some(("2020-01", None, MonthName))),
            ("janv. 2020", Some(("2020-01", None, MonthName))),
            ("février 2019", Some(("2019-02", None, MonthName))),
            ("févr. 2019", Some(("2019-02", None, MonthName))),
            ("mars 2018", Some(("2018-03", None, MonthName))),
            ("avril 2018", Some(("2018-04", None, MonthName))),
            ("avr. 2018", Some(("2018-04", None, MonthName))),
            ("mai 2018", Some(("2018-05", None, MonthName))),
            ("juillet 2016", Some(("2016-07", None, MonthName))),
            ("juil. 2016", Some(("2016-07", None, MonthName))),
            ("août 2015", Some(("2015-08", None, MonthName))),
            ("septembre 2015", Some(("2015-09", None, MonthName))),
            ("octobre 2015", Some(("2015-10", None, MonthName))),
            ("novembre 2015", Some(("2015-11", None, MonthName))),
            ("décembre 2015", Some(("2015-12", None, MonthName))),
            ("DÉCEMBRE 2015", Some(("2015-12", None, MonthName))),
            // A month's name run into its year, and a misspelled month.
            (
                "Oct 2014-April2015",
                Some(("2014-10", Some("2015-04"), MonthName)),
            ),
            (
                "August 2012-Janurary 2013",
                Some(("2012-08", Some("2013-01"), MonthName)),
            ),
            // Dutch, Italian and Portuguese.
            (
                "Januari 2018 - Heden",
                Some(("2018-01", Some("present"), MonthName)),
            ),
            (
                "Juli 2013 - Augustus 2013",
                Some(("2013-07", Some("2013-08"), MonthName)),
            ),
            (
                "mrt 2019 – nu",
                Some(("2019-03", Some("present"), MonthName)),
            ),
            (
                "Settembre 2016 - oggi",
                Some(("2016-09", Some("present"), MonthName)),
            ),
            (
                "outubro de 2019 - atual",
                Some(("2019-10", Some("present"), MonthName)),
            ),
            // Portuguese short names, the year after a slash.
            (
                "Jul/2014 - Set/2015",
                Some(("2014-07", Some("2015-09"), MonthName)),
            ),
            (
                "Desde Out/2015",
                Some(("2015-10", Some("present"), MonthName)),
            ),
            ("Oct/15", Some(("2015-10", None, MonthName))),
            ("Januar 2020", Some(("2020-01", None, MonthName))),
            ("Februar 2020", Some(("2020-02", None, MonthName))),
            ("März 2020", Some(("2020-03", None, MonthName))),
            ("Mai 2020", Some(("2020-05", None, MonthName))),
            ("Juni 2020", Some(("2020-06", None, MonthName))),
            ("Juli 2020", Some(("2020-07", None, MonthName))),
            ("Oktober 2020", Some(("2020-10", None, MonthName))),
            ("Dezember 2020", Some(("2020-12", None, MonthName))),
            ("enero 2021", Some(("2021-01", None, MonthName))),
            ("febrero 2021", Some(("2021-02", None, MonthName))),
            ("marzo de 2021", Some(("2021-03", None, MonthName))),
            ("abril 2021", Some(("2021-04", None, MonthName))),
            ("mayo 2021", Some(("2021-05", None, MonthName))),
            ("junio 2021", Some(("2021-06", None, MonthName))),
            ("julio 2021", Some(("2021-07", None, MonthName))),
            ("agosto 2021", Some(("2021-08", None, MonthName))),
            ("septiembre 2021", Some(("2021-09", None, MonthName))),
            ("octubre 2021", Some(("2021-10", None, MonthName))),
            ("noviembre 2021", Some(("2021-11", None, MonthName))),
            ("diciembre 2021", Some(("2021-12", None, MonthName))),
            // numeric months
            ("03/2021", Some(("2021-03", None, MonthNumber))),
            ("3/2021", Some(("2021-03", None, MonthNumber))),
            (
                "10/ 2016 - Present",
                Some(("2016-10", Some("present"), MonthNumber)),
            ),
            ("12/2021", Some(("2021-12", None, MonthNumber))),
            ("03/14", Some(("2014-03", None, MonthNumber))),
            ("05/14", Some(("2014-05", None, MonthNumber))),
            ("03.2021", Some(("2021-03", None, MonthNumber))),
            // A German CV's month without its zero.
            (
                "3.2020 - 8.2020",
                Some(("2020-03", Some("2020-08"), MonthNumber)),
            ),
            (
                "seit 9.2020",
                Some(("2020-09", Some("present"), MonthNumber)),
            ),
            // A space after the month's dot, at a range's end only;
            // alone, the year.
            (
                "02.2005 -  01. 2022 Agrana Fruit",
                Some(("2005-02", Some("2022-01"), MonthNumber)),
            ),
            ("12. 2019 Kurs", Some(("2019", None, Year))),
            // Two months' numbers and the year they share.
            (
                "8--12/2009",
                Some(("2009-08", Some("2009-12"), MonthNumber)),
            ),
            (
                "3 - 4/2014 Praktikum",
                Some(("2014-03", Some("2014-04"), MonthNumber)),
            ),
            // A hyphen between the month and the year, the same.
            (
                "02/2011 - 12-2011",
                Some(("2011-02", Some("2011-12"), MonthNumber)),
            ),
            ("12-2011 Kurs", Some(("2011", None, Year))),
            ("03/14/2020", Some(("2020-03", None, MonthNumber))),
            ("14.03.2021", Some(("2021-03", None, MonthNumber))),
            ("01.03.2021", Some(("2021-03", None, MonthNumber))),
            ("14/03/2021", Some(("2021-03", None, MonthNumber))),
            // ISO
            ("2021-03", Some(("2021-03", None, Iso))),
            ("2021/03", Some(("2021-03", None, Iso))),
            ("2021-03-15", Some(("2021-03", None, Iso))),
            ("2025.02", Some(("2025-02", None, Iso))),
            ("2018.10-2024.09", Some(("2018-10", Some("2024-09"), Iso))),
            ("2019.5", Some(("2019", None, Year))),
            // A year and the next one's last digits after a dot, where
            // they are no month.
            (
                "2023.24 Post-Doctoral researcher",
                Some(("2023", Some("2024"), Year)),
            ),
            ("2012.13 Certificate", Some(("2012", Some("2013"), Year))),
            ("2019.05", Some(("2019-05", None, Iso))),
            // seasons
            ("Spring 2019", Some(("2019-03", None, Season))),
            ("Summer 2019", Some(("2019-06", None, Season))),
            ("Fall 2019", Some(("2019-09", None, Season))),
            ("Autumn 2019", Some(("2019-09", None, Season))),
            ("Winter 2019", Some(("2019-12", None, Season))),
            ("Summer ’19", Some(("2019-06", None, Season))),
            ("Fall - 2015", Some(("2015-09", None, Season))),
            // A dash spaced from the start at the line's end: still open.
            (
                "Ghost Robotics | Philadelphia | 2018 -",
                Some(("2018", Some("present"), Year)),
            ),
            (
                "Query Delivery : 공동 창업자 2020.12 --",
                Some(("2020-12", Some("present"), Iso)),
            ),
            (
                "SUMMERS 2016-2017",
                Some(("2016-06", Some("2017-06"), Season)),
            ),
            // years
            ("2019", Some(("2019", None, Year))),
            ("1950", Some(("1950", None, Year))),
            ("2049", Some(("2049", None, Year))),
            ("Expected 2023", Some(("2023", None, Year))),
            ("Class of ’19", Some(("2019", None, ShortYear))),
            ("'19", Some(("2019", None, ShortYear))),
            ("’75", Some(("1975", None, ShortYear))),
            // ranges
            (
                "Summer 2012 and 2013",
                Some(("2012-06", Some("2013-06"), Season)),
            ),
            (
                "Fall 2019 & 2020",
                Some(("2019-09", Some("2020-09"), Season)),
            ),
            ("2012 and 2013", Some(("2012", None, Year))),
            ("2018–2021", Some(("2018", Some("2021"), Year))),
            ("2018 - 2021", Some(("2018", Some("2021"), Year))),
            ("2018-2021", Some(("2018", Some("2021"), Year))),
            (
                "Staff Software Engineer (2020-2022)",
                Some(("2020", Some("2022"), Year)),
            ),
            ("2018 -- 2021", Some(("2018", Some("2021"), Year))),
            // a month and a two-digit year with a hyphen: in a range only
            (
                "09-18 - Now",
                Some(("2018-09", Some("present"), MonthNumber)),
            ),
            (
                "03-17 - 08-18",
                Some(("2017-03", Some("2018-08"), MonthNumber)),
            ),
            ("09-18", None),
            // a one-digit month and a two-digit year: in a range only
            (
                "6/15 to 10/17",
                Some(("2015-06", Some("2017-10"), MonthNumber)),
            ),
            (
                "11/17 to 5/19",
                Some(("2017-11", Some("2019-05"), MonthNumber)),
            ),
            ("on 6/15 we met", None),
            ("grades 10-12", None),
            ("2018 — 2021", Some(("2018", Some("2021"), Year))),
            ("2018 − 2021", Some(("2018", Some("2021"), Year))),
            ("2018\u{AD}2021", Some(("2018", Some("2021"), Year))),
            ("2018 \u{AD} 2021", Some(("2018", Some("2021"), Year))),
            (
                "Jan 2020 to Mar 2021",
                Some(("2020-01", Some("2021-03"), MonthName)),
            ),
            (
                "Jan 2020 until Mar 2021",
                Some(("2020-01", Some("2021-03"), MonthName)),
            ),
            (
                "Jan 2020 bis März 2021",
                Some(("2020-01", Some("2021-03"), MonthName)),
            ),
            (
                "janv. 2020 à mars 2021",
                Some(("2020-01", Some("2021-03"), MonthName)),
            ),
            (
                "enero 2020 a marzo 2021",
                Some(("2020-01", Some("2021-03"), MonthName)),
            ),
            (
                "Mar 2019 – Present",
                Some(("2019-03", Some("present"), MonthName)),
            ),
            (
                "Mar 2019 - present",
                Some(("2019-03", Some("present"), MonthName)),
            ),
            ("2019 – Current", Some(("2019", Some("present"), Year))),
            // Chinese.
            ("2015年3月", Some(("2015-03", None, MonthNumber))),
            (
                "2015 年 3 月 - 2015 年 5 月",
                Some(("2015-03", Some("2015-05"), MonthNumber)),
            ),
            (
                "ABC公司 ( 2012年9月 ~ 2014年9月 )",
                Some(("2012-09", Some("2014-09"), MonthNumber)),
            ),
            ("2013 - 至今", Some(("2013", Some("present"), Year))),
            (
                "2012年9月至2014年9月",
                Some(("2012-09", Some("2014-09"), MonthNumber)),
            ),
            (
                "预计 2016 年 3 月毕业",
                Some(("2016-03", None, MonthNumber)),
            ),
            (
                "[Mar 2011 – Till Date]",
                Some(("2011-03", Some("present"), MonthName)),
            ),
            (
                "Mar. 2016 - Exp. Jun. 2017",
                Some(("2016-03", Some("2017-06"), MonthName)),
            ),
            (
                "Sep 2021 – Expected May 2025",
                Some(("2021-09", Some("2025-05"), MonthName)),
            ),
            ("2019 - Now", Some(("2019", Some("present"), Year))),
            ("2025.02-pres.", Some(("2025-02", Some("present"), Iso))),
            ("2019 – Today", Some(("2019", Some("present"), Year))),
            ("2019 – Ongoing", Some(("2019", Some("present"), Year))),
            (
                "January, 2024 - Continue",
                Some(("2024-01", Some("present"), MonthName)),
            ),
            ("2019 to date", Some(("2019", Some("present"), Year))),
            // A dash, then "to date".
            (
                "Sep. 2022 - to date",
                Some(("2022-09", Some("present"), MonthName)),
            ),
            ("2019 – Aujourd'hui", Some(("2019", Some("present"), Year))),
            ("2019 à aujourd’hui", Some(("2019", Some("present"), Year))),
            ("2019 – présent", Some(("2019", Some("present"), Year))),
            // Two years a space apart in a cell of their own.
            ("2012 2017", Some(("2012", Some("2017"), Year))),
            (
                "2012 2017  Universitat de Barcelona",
                Some(("2012", Some("2017"), Year)),
            ),
            // A German day's date, its year in two digits.
            (
                "01.08.2020 - 10.07.21",
                Some(("2020-08", Some("2021-07"), MonthNumber)),
            ),
            (
                "Fev 2026 - Maintenant",
                Some(("2026-02", Some("present"), MonthName)),
            ),
            ("2019 bis heute", Some(("2019", Some("present"), Year))),
            // Russian: "с … по …" (from … to …), months in either case,
            // "г." after a year, now as "настоящее время".
            (
                "в период с 2003 по 2005 годы",
                Some(("2003", Some("2005"), Year)),
            ),
            (
                "в период с 2014 г. – по настоящее время",
                Some(("2014", Some("present"), Year)),
            ),
            (
                "Март 2019 — Сентябрь 2021",
                Some(("2019-03", Some("2021-09"), MonthName)),
            ),
            ("с мая 2018", Some(("2018-05", Some("present"), MonthName))),
            // A one-digit month after the year's dot, at a range's end.
            (
                "Spoqa : 풀스택 프로그래머 2015.2 -- 2020.12",
                Some(("2015-02", Some("2020-12"), Iso)),
            ),
            (
                "H Labs : 파트 타임 프로그래머 2014.10 -- 2015.1",
                Some(("2014-10", Some("2015-01"), Iso)),
            ),
            ("2019 – actualidad", Some(("2019", Some("present"), Year))),
            ("2019 - actual", Some(("2019", Some("present"), Year))),
            (
                "03/2016 - 05/2018",
                Some(("2016-03", Some("2018-05"), MonthNumber)),
            ),
            ("2020-01 – 2021-03", Some(("2020-01", Some("2021-03"), Iso))),
            (
                "Fall 2019 – Spring 2021",
                Some(("2019-09", Some("2021-03"), Season)),
            ),
            ("’19 – ’21", Some(("2019", Some("2021"), ShortYear))),
            ("2019 – Mar 2021", Some(("2019", Some("2021-03"), Year))),
            (
                "Jun – Aug 2021",
                Some(("2021-06", Some("2021-08"), MonthName)),
            ),
            (
                "Nov – Feb 2021",
                Some(("2020-11", Some("2021-02"), MonthName)),
            ),
            // A month and its day, then the end's: the start takes the
            // end's year.
            (
                "Year: May 23 - July 21, 2012",
                Some(("2012-05", Some("2012-07"), MonthName)),
            ),
            (
                "February 18 - March 1, 2013",
                Some(("2013-02", Some("2013-03"), MonthName)),
            ),
            // A language's version is no date.
            ("C++11/14, Protocol Buffers", None),
            (
                "C++11/14 developer, 2016 - 2018",
                Some(("2016", Some("2018"), Year)),
            ),
            // A year, then the months of a range within it.
            (
                "2020, Jul-Okt. Die Hermes Software GmbH",
                Some(("2020-07", Some("2020-10"), MonthName)),
            ),
            (
                "2018 Aug – Sep",
                Some(("2018-08", Some("2018-09"), MonthName)),
            ),
            // Months the wrong way round are no range in the year.
            ("2018, Sep – Aug", Some(("2018", None, Year))),
            (
                "June 2022 – Sept. 2022",
                Some(("2022-06", Some("2022-09"), MonthName)),
            ),
            (
                "Juin 17 – Août 18",
                Some(("2017-06", Some("2018-08"), MonthName)),
            ),
            (
                "Backend Engineer, Acme — Mar 2019 – Feb 2021, Paris",
                Some(("2019-03", Some("2021-02"), MonthName)),
            ),
            // A year and a later one's last two digits; a hyphen a month
            // could follow is ISO, and one running backwards no date.
            (
                "2019-21 Research Assistant I, Jackson Laboratory",
                Some(("2019", Some("2021"), Year)),
            ),
            (
                "2018–19 Student Research Assistant",
                Some(("2018", Some("2019"), Year)),
            ),
            ("1998-03 Analyst", Some(("1998-03", None, Iso))),
            ("2019-17", None),
            // A dash run into a date and nothing after it: still open.
            (
                "2021- Research Assistant II",
                Some(("2021", Some("present"), Year)),
            ),
            ("Mar 2021–", Some(("2021-03", Some("present"), MonthName))),
            // (So before a table's bar: "2024- & Affiliated Faculty".)
            (
                "2024- | Affiliated Faculty, CUNY",
                Some(("2024", Some("present"), Year)),
            ),
            ("2021 - Research Assistant II", Some(("2021", None, Year))),
            // A column's gap after a spaced dash ends the range there.
            (
                "2018 -  FICAN West  Post-doc",
                Some(("2018", Some("present"), Year)),
            ),
            ("2018 -  2020 work", Some(("2018", Some("2020"), Year))),
            ("2019-era tooling", Some(("2019", None, Year))),
            // a range comes before an earlier single date
            ("In 2015; 2018 – 2021", Some(("2018", Some("2021"), Year))),
            // not dates, or not ranges
            ("(951) 355-8530", None),
            ("(951) 355-2019", None),
            ("+1 555 201 2020", None),
            ("555.201.2020", None),
            ("San Francisco, CA 94105", None),
            ("401(k)", None),
            ("ISO 27001", None),
            ("ISO 9001:2015", None),
            ("Saved 12000 hours", None),
            ("Onboarded 1,500 merchants", None),
            ("Raised conversion 2020%", None),
            ("Saved $2000 a month", None),
            ("Python 3.2019", None),
            ("FY2019 budget", None),
            ("2019abc", None),
            ("1949", None),
            ("2050", None),
            ("Mar 2050", None),
            ("(1 year 4 months)", None),
            ("Windows 2019 Server", Some(("2019", None, Year))),
            ("March 15", None),
            ("Dec 16", None),
            ("You may 15 times", None),
            ("Customers may double revenue", None),
            ("Mars exploration rover", None),
            ("mai et juin", None),
            ("Marathon 2019", Some(("2019", None, Year))),
            ("Spring Boot and Java", None),
            ("rock'n'roll", None),
            ("it's 19 degrees", None),
        ];
        for &(input, want) in cases {
            assert_eq!(
                find(input).map(|f| show(&f)),
                expected(want),
                "find({input:?})"
            );
        }
    }

    #[test]
    fn spans_cover_the_match() {
        let cases: &[(&str, &str)] = &[
            ("Expected May 2018", "May 2018"),
            ("Acme, Jan 2020 – Mar 2021, Paris", "Jan 2020 – Mar 2021"),
            ("Engineer 2018 - 2021", "2018 - 2021"),
            ("Intern (Summer 2019)", "Summer 2019"),
            ("Mar 2019 – Present.", "Mar 2019 – Present"),
            ("Lead, Jun – Aug 2021", "Jun – Aug 2021"),
        ];
        for &(input, want) in cases {
            let found = find(input).unwrap_or_else(|| panic!("no date in {input:?}"));
            assert_eq!(&input[found.start..found.end], want, "span in {input:?}");
        }
    }

    #[test]
    fn find_all_in_order() {
        let cases: &[(&str, &[Span])] = &[
            (
                "Acme Jan 2019 – Mar 2020; Initech Apr 2020 – Present",
                &[("2019-01", Some("2020-03")), ("2020-04", Some("present"))],
            ),
            ("BSc 2014, MSc 2016", &[("2014", None), ("2016", None)]),
            (
                "2015 2018 – 2021",
                &[("2015", None), ("2018", Some("2021"))],
            ),
            ("Call +1 555 201 2020 before 2021", &[("2021", None)]),
            ("no dates here", &[]),
        ];
        for &(input, want) in cases {
            let got: Vec<(String, Option<String>)> = find_all(input)
                .iter()
                .map(|f| {
                    let (from, to, _) = show(f);
                    (from, to)
                })
                .collect();
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|&(from, to)| (from.to_owned(), to.map(str::to_owned)))
                .collect();
            assert_eq!(got, want, "find_all({input:?})");
        }
    }

    #[test]
    fn date_iso_and_months() {
        let cases: &[(Date, &str, i32)] = &[
            (
                Date {
                    year: 2021,
                    month: Some(3),
                },
                "2021-03",
                2021 * 12 + 2,
            ),
            (
                Date {
                    year: 2021,
                    month: None,
                },
                "2021",
                2021 * 12,
            ),
            (
                Date {
                    year: 1999,
                    month: Some(12),
                },
                "1999-12",
                1999 * 12 + 11,
            ),
        ];
        for &(date, iso, months) in cases {
            assert_eq!(date.iso(), iso, "iso of {date:?}");
            assert_eq!(date.months(), months, "months of {date:?}");
        }
    }

    #[test]
    fn examples_read_as_their_form() {
        use Form::*;
        for form in [MonthName, MonthNumber, Iso, Season, Year, ShortYear] {
            let found =
                find(form.example()).unwrap_or_else(|| panic!("no date in {form:?}'s example"));
            assert_eq!(found.form, form, "form of {:?}", form.example());
        }
    }

    #[test]
    fn long_lines_stay_linear() {
        // A paragraph's worth of near-dates: every token is tried once.
        let unit = "May 15 times, Mar ’1 2019x 03/ 12.5% +1 555 201 Jun – 2019–20 ";
        let line = unit.repeat(2_000);
        let all = find_all(&line);
        assert!(!all.is_empty(), "long line: dates found");
        let digits = "1".repeat(100_000);
        assert!(find(&digits).is_none(), "a long run of digits is no date");
    }
}
