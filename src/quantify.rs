//! Quantification: does a bullet state a measured result?
//!
//! In: the text of one bullet. Out: true when it holds a percentage, money, a
//! multiplier (3x, doubled), a scaled number (1M, 10K), a count with a unit or
//! noun (team of 6 engineers, 40 services, 200 ms, 5 TB) or a time saved.
//! Not measures: years and date ranges, phone numbers, version numbers
//! (Python 3.11, Java 17), ordinals, and durations of employment ("3 years")
//! unless the bullet says time was saved ("cut onboarding from 6 months to
//! 2 weeks"). Which bullets are asked about (Experience and Projects, never
//! the skills section) is the caller's business. Pure.

use std::sync::LazyLock;

use regex::Regex;

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:%|percent(?-u:\b)|pct(?-u:\b)|percentage points?(?-u:\b)|basis points?(?-u:\b)|bps(?-u:\b))")
        .expect("valid regex")
});
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[$€£¥₹]\s?\d|(?-u:\b)\d[\d,.]*\s?(?:k|m|mm|b|bn|million|billion|thousand|lakh|crore)?\s?(?:usd|eur|gbp|inr|cad|aud|chf|jpy|dollars|euros|pounds|rupees)(?-u:\b)|(?-u:\b)(?:usd|eur|gbp|inr|cad|aud|chf|jpy|rs\.?)\s?\d")
        .expect("valid regex")
});
static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\w.])\d+(?:\.\d+)?\s?[x×](?:$|[^\w])|(?-u:\b)(?:doubled|tripled|quadrupled|halved|\d+-fold|two-fold|three-fold|tenfold|twofold|threefold)(?-u:\b)")
        .expect("valid regex")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|(?-u:\b)\d{3}[.-]\d{3}[.-]\d{4}(?-u:\b)")
        .expect("valid regex")
});
static REDUCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:sav(?:e|ed|es|ing)|cut(?:ting|s)?|reduc(?:e|ed|es|ing)|shorten(?:ed|ing|s)?|faster|early|ahead of schedule|down to|from \S+ (?:\S+ )?to)(?-u:\b)")
        .expect("valid regex")
});
static SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\s+(?:of\s+)?([a-z]+)")
        .expect("valid regex")
});

/// Words after a number that do not make it a count.
const NOT_NOUNS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or",
    "over", "per", "the", "to", "via", "was", "were", "with", "while", "across", "through",
    "until", "than", "then", "times",
];
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];
/// Durations that describe tenure unless the bullet speaks of time saved.
const LONG_DURATIONS: &[&str] = &[
    "year",
    "years",
    "yr",
    "yrs",
    "month",
    "months",
    "mo",
    "mos",
    "week",
    "weeks",
    "wk",
    "wks",
    "day",
    "days",
    "semester",
    "semesters",
];
/// Words before a number that make it a rank or a name, not a measure
/// ("a top 25 retailer", "Fortune 500", "30 Under 30").
const RANK_WORDS: &[&str] = &["top", "fortune", "inc.", "global", "forbes"];
/// Units attached to a number that make it a measure (`200ms`, `5TB`, `10k`).
const ATTACHED_UNITS: &[&str] = &[
    "k", "m", "mm", "b", "bn", "x", "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "d",
    "tb", "gb", "mb", "kb", "pb", "gbps", "mbps", "rps", "qps", "tps", "kg", "km",
];
/// Tools whose names are followed by version numbers.
const VERSIONED: &[&str] = &[
    "python",
    "java",
    "node",
    "node.js",
    "nodejs",
    "php",
    "ruby",
    "rails",
    "angular",
    "react",
    "vue",
    "django",
    "spring",
    "boot",
    ".net",
    "c#",
    "c++",
    "scala",
    "kotlin",
    "swift",
    "go",
    "perl",
    "postgres",
    "postgresql",
    "mysql",
    "oracle",
    "windows",
    "ios",
    "android",
    "ubuntu",
    "debian",
    "rhel",
    "centos",
    "excel",
    "office",
    "http",
    "http/",
    "oauth",
    "tls",
    "ssl",
    "ipv",
    "es",
    "ecmascript",
    "html",
    "css",
    "bootstrap",
    "laravel",
    "symfony",
    "unity",
    "elasticsearch",
    "kafka",
    "kubernetes",
    "terraform",
    "webpack",
    "typescript",
    "jdk",
    "jre",
    "junit",
    "macos",
    "sql server",
    "server",
    "version",
    "v",
    "release",
    "gradle",
    "maven",
    "hadoop",
    "spark",
];

/// Whether a bullet states a measured result.
pub(crate) fn is_quantified(text: &str) -> bool {
    let cleaned = PHONE.replace_all(text, " ");
    let cleaned = cleaned.as_ref();
    if PERCENT.is_match(cleaned) || MONEY.is_match(cleaned) || MULTIPLIER.is_match(cleaned) {
        return true;
    }
    let saved_time = REDUCTION.is_match(cleaned);
    if SPELLED
        .captures_iter(cleaned)
        .any(|c| counts_as_noun(&c[1].to_lowercase(), saved_time))
    {
        return true;
    }
    numbers(cleaned).any(|n| number_is_measure(cleaned, &n, saved_time))
}

fn counts_as_noun(word: &str, saved_time: bool) -> bool {
    if LONG_DURATIONS.contains(&word) {
        return saved_time;
    }
    !(NOT_NOUNS.contains(&word) || MONTHS.contains(&word))
}

/// A standalone number in the text.
struct Number {
    start: usize,
    end: usize,
    value: f64,
    has_comma: bool,
    has_decimal: bool,
}

/// Numbers not glued to a word on their left (so `p99`, `S3`, `HTTP/2`,
/// `v1.2` and `#1` are not numbers).
fn numbers(text: &str) -> impl Iterator<Item = Number> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            let glued = start > 0 && {
                let prev = text[..start].chars().next_back().unwrap_or(' ');
                prev.is_alphanumeric() || matches!(prev, '/' | '.' | '#' | '_' | '-' | ':')
            };
            let mut end = i;
            let mut has_comma = false;
            let mut has_decimal = false;
            while end < bytes.len() {
                let b = bytes[end];
                let next_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if b.is_ascii_digit() {
                    end += 1;
                } else if b == b',' && next_digit && !has_decimal {
                    has_comma = true;
                    end += 1;
                } else if b == b'.' && next_digit && !has_decimal {
                    has_decimal = true;
                    end += 1;
                } else {
                    break;
                }
            }
            i = end;
            if glued {
                continue;
            }
            let value = text[start..end].replace(',', "").parse().unwrap_or(0.0);
            return Some(Number {
                start,
                end,
                value,
                has_comma,
                has_decimal,
            });
        }
        None
    })
}

fn number_is_measure(text: &str, n: &Number, saved_time: bool) -> bool {
    let after = &text[n.end..];
    // 3.11.2 and 10.0.1 are versions.
    if after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A year, or a year range (2019-2021), unless written as "2000+".
    let year = !n.has_comma && !n.has_decimal && (1900.0..=2099.0).contains(&n.value);
    if year && !after.starts_with('+') {
        return false;
    }
    let before = text[..n.start].trim_end();
    let previous_word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .next()
        .unwrap_or("");
    let previous_lower = previous_word.to_lowercase();
    if VERSIONED.contains(&previous_lower.as_str())
        || MONTHS.contains(&previous_lower.as_str())
        || RANK_WORDS.contains(&previous_lower.as_str())
        || previous_word == "Under"
    {
        return false;
    }
    // A course number: "CS 3410", "ECE 2200".
    if !n.has_comma
        && !n.has_decimal
        && (3..=4).contains(&(n.end - n.start))
        && (2..=4).contains(&previous_word.len())
        && previous_word.chars().all(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    // "Foo 2.5" after a capitalized word that does not open the bullet reads
    // as a version; "Handled 2.5 TB" does not.
    if n.has_decimal
        && previous_word.starts_with(|c: char| c.is_uppercase())
        && before.len() > previous_word.len()
    {
        return false;
    }

    // Attached unit: 200ms, 5TB, 10k, 3x; ordinals (1st, 2nd) are not measures.
    let unit: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if !unit.is_empty() {
        if matches!(unit.as_str(), "st" | "nd" | "rd" | "th") {
            return false;
        }
        return ATTACHED_UNITS.contains(&unit.as_str());
    }

    // "team of 6", "group of 12".
    let lead = before.to_lowercase();
    if ["team of", "group of", "staff of", "squad of", "crew of"]
        .iter()
        .any(|p| lead.ends_with(p))
    {
        return true;
    }

    // The next word: skip "+", a range tail ("10-20") and a hyphen ("6-person").
    let mut rest = after.trim_start_matches('+');
    if let Some(tail) = rest.strip_prefix('-') {
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        rest = &tail[digits..];
    }
    let rest = rest.trim_start_matches([' ', '-', '+']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if word.is_empty() {
        return false;
    }
    counts_as_noun(&word, saved_time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantification_table() {
        let cases: &[(&str, &str, bool)] = &[
            // measured results
            ("percent", "Improved checkout conversion by 30%", true),
            ("percent with space", "Cut error rate by 12.5 %", true),
            ("percent word", "Raised retention 8 percent", true),
            ("money", "Saved $120K in annual cloud spend", true),
            ("money euros", "Cut costs by 40,000 EUR per year", true),
            ("multiplier", "Made the build 3x faster", true),
            (
                "multiplier sign",
                "Improved throughput 2.5× with batching",
                true,
            ),
            (
                "doubled",
                "Doubled test coverage on the billing service",
                true,
            ),
            ("scaled", "Served 1M users across 3 regions", true),
            ("scaled k", "Handled 10k requests per second", true),
            ("count with noun", "Led a team of 6 engineers", true),
            ("team of", "Managed a team of 6", true),
            ("services", "Migrated 40 services to Kubernetes", true),
            ("latency ms", "Reduced p99 latency to 200 ms", true),
            ("attached ms", "Kept responses under 200ms", true),
            ("storage", "Moved 5 TB of logs to S3", true),
            (
                "decimal storage first word",
                "Handled 2.5 TB of data daily",
                true,
            ),
            ("thousands comma", "Onboarded 12,000 merchants", true),
            ("spelled", "Mentored five junior developers", true),
            ("dozens", "Automated dozens of manual reports", true),
            (
                "time saved hours",
                "Saved 10 hours per week of manual QA",
                true,
            ),
            (
                "time saved months",
                "Cut onboarding from 6 months to 2 weeks",
                true,
            ),
            ("range then noun", "Ran 10-20 experiments per quarter", true),
            (
                "currency code before",
                "Raised capital of USD 850,000",
                true,
            ),
            (
                "currency code millions",
                "Managed a budget of EUR 2.3M",
                true,
            ),
            ("pound thousands", "Won a £40k contract", true),
            ("rupees", "Closed deals worth INR 5 crore", true),
            (
                "from to",
                "Grew the list from 2,000 to 9,500 subscribers",
                true,
            ),
            (
                "range of people",
                "Supervised a staff of 10-30 team members",
                true,
            ),
            ("years plus", "Supported 2000+ customers", true),
            // not measured results
            ("none", "Improved the deployment process", false),
            (
                "years of experience",
                "Brought 5 years of Java experience to the team",
                false,
            ),
            (
                "tenure months",
                "Worked 6 months on the payments team",
                false,
            ),
            ("year", "Joined in 2019 as the first backend hire", false),
            ("date range", "Acme Corp, 2019-2021", false),
            ("month year range", "Jan 2020 - Mar 2022, remote", false),
            ("numeric dates", "03/2020 - 11/2021", false),
            ("phone", "Call (555) 012-3456 for references", false),
            ("phone intl", "Reach me at +1 303 555 0142", false),
            ("version python", "Upgraded services to Python 3.11", false),
            ("version java", "Moved to Java 17 and Spring Boot 3", false),
            ("version dotted", "Pinned dependencies at 10.4.2", false),
            (
                "version capitalized",
                "Adopted Keycloak 21.1 for login",
                false,
            ),
            ("oauth version", "Implemented OAuth 2.0 login flows", false),
            (
                "glued",
                "Stored files in S3 behind HTTP/2 and p99 dashboards",
                false,
            ),
            ("ordinal", "Placed 2nd in the internal hackathon", false),
            (
                "program duration",
                "Completed a 12-week immersive program",
                false,
            ),
            (
                "program duration words",
                "Graduated from a 6 month bootcamp",
                false,
            ),
            (
                "company rank",
                "Built dashboards for a top 25 retail company",
                false,
            ),
            ("fortune rank", "Consulted for Fortune 500 clients", false),
            (
                "course number",
                "Teaching assistant for CS 3410 and CS 2110",
                false,
            ),
            (
                "award name",
                "Winner of the 2019 Top 10 Under 30 award",
                false,
            ),
            ("rank", "Ranked #1 in code reviews", false),
            (
                "number then stopword",
                "Wrote 3 of the onboarding guides",
                false,
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(is_quantified(text), *want, "{name}: {text:?}");
        }
    }
}
