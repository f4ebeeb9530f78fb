//! Wrong senses: where a keyword's letters appear but not the skill.
//!
//! In: a text and the byte range of a candidate keyword (a form or a
//! variant). Out: whether that place is plainly something else, so that it
//! never counts as evidence of a skill:
//!
//! - inside a web address, an e-mail address or a social handle
//!   (`github.com/jane`, `jane@git.io`, `@jane`);
//! - a contact label: the word followed by `:` and a handle or address
//!   (`Github: jdoe`, `LinkedIn: linkedin.com/in/jane`), or directly by an
//!   address;
//! - part of a proper name that is something else: an organization or an
//!   event (`The Linux Foundation`, `Cache Race Bot Tournament`,
//!   `Python Software Foundation`), or a course title after its code
//!   (`CS 3410 Cache ...`).
//!
//! A leaf: pure string functions, used by the matcher (forms) and by the
//! variant search, so both read a resume the same way.

/// Words that end the name of an organization or an event.
const NAME_NOUNS: &[&str] = &[
    "foundation",
    "institute",
    "university",
    "college",
    "school",
    "academy",
    "association",
    "society",
    "council",
    "consortium",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "conference",
    "summit",
    "meetup",
    "symposium",
    "workshop",
    "tournament",
    "championship",
    "competition",
    "olympiad",
    "hackathon",
    "award",
    "awards",
    "prize",
    "scholarship",
    "fellowship",
    "scholar",
    "scholars",
    "fellows",
    "ambassador",
    "ambassadors",
    "club",
    "league",
    "cup",
];

/// Verbs after which "by X" names who ran something, not a skill used.
const ORGANIZER_VERBS: &[&str] = &[
    "organised",
    "organized",
    "sponsored",
    "hosted",
    "funded",
    "offered",
    "awarded",
    "conducted",
    "run",
    "issued",
    "granted",
];

/// Top-level domains that make a chunk a web address without a scheme.
const DOMAINS: &[&str] = &[
    "com", "org", "net", "io", "dev", "me", "co", "edu", "gov", "ai", "app", "info", "us", "uk",
    "de", "in", "ca", "fr", "es", "it", "ly", "sh", "site", "page", "tech",
];

/// Whether the candidate at `start..end` of `text` is plainly not the skill.
pub fn wrong_sense(text: &str, start: usize, end: usize) -> bool {
    in_address(text, start, end)
        || contact_label(text, start, end)
        || profile_link(text, start, end)
        || in_proper_name(text, start, end)
}

/// Sites whose name labels a profile link in a contact block.
const PROFILE_SITES: &[&str] = &[
    "github",
    "gitlab",
    "bitbucket",
    "linkedin",
    "kaggle",
    "stackoverflow",
    "stack overflow",
    "medium",
    "twitter",
    "leetcode",
    "hackerrank",
    "codepen",
    "dribbble",
    "behance",
];

/// A profile site's name standing for a link: alone on its line ("Github"
/// under an icon), or one item of a contact line that also holds an
/// address, a phone number or another profile ("Github | Gitlab | LinkedIn").
fn profile_link(text: &str, start: usize, end: usize) -> bool {
    let name = text[start..end].to_lowercase();
    if !PROFILE_SITES.contains(&name.as_str()) {
        return false;
    }
    let (line_start, line_end) = line_around(text, start, end);
    let line = &text[line_start..line_end];
    let alone = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
        == name.split(' ').count();
    if alone {
        return true;
    }
    let items: Vec<&str> = line
        .split(['|', '•', '·', '/', ','])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    let contact = line.split_whitespace().any(is_address)
        || line.chars().filter(char::is_ascii_digit).count() >= 7
        || items
            .iter()
            .filter(|i| PROFILE_SITES.contains(&i.to_lowercase().as_str()))
            .count()
            >= 2;
    contact && items.len() >= 2 && items.iter().all(|i| i.split_whitespace().count() <= 4)
}

/// Bytes looked at on each side of a candidate: every check here is about
/// its neighbourhood, and a bound keeps a resume of one long line linear.
const REACH: usize = 200;

/// The line around a byte range, at most [`REACH`] bytes on each side.
fn line_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut from = start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[end..to].find('\n').map_or(to, |i| end + i);
    (line_start, line_end)
}

/// The whitespace-delimited chunk around a byte range (within the reach).
fn chunk(text: &str, start: usize, end: usize) -> &str {
    let (line_start, line_end) = line_around(text, start, end);
    let from = text[line_start..start]
        .rfind(char::is_whitespace)
        .map_or(line_start, |i| {
            line_start
                + i
                + text[line_start + i..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
        });
    let to = text[end..line_end]
        .find(char::is_whitespace)
        .map_or(line_end, |i| end + i);
    &text[from..to]
}

/// Whether a chunk of text is a web address, an e-mail address or a handle.
pub fn is_address(chunk: &str) -> bool {
    let chunk = chunk.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | ';' | '"'));
    if chunk.is_empty() {
        return false;
    }
    let lower = chunk.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || lower.starts_with('@') {
        return lower.len() > 1;
    }
    if let Some((user, host)) = lower.split_once('@') {
        return !user.is_empty() && host.contains('.');
    }
    // host.tld/path, or a bare host.tld written in lowercase ("ASP.NET"
    // and "Node.js" are names, "jane.dev" is an address)
    if !chunk.contains('/') && chunk.chars().any(char::is_uppercase) {
        return false;
    }
    let host = lower.split('/').next().unwrap_or("");
    let mut labels = host.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let has_name = labels.next().is_some_and(|l| !l.is_empty());
    has_name && DOMAINS.contains(&tld.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()))
}

fn in_address(text: &str, start: usize, end: usize) -> bool {
    is_address(chunk(text, start, end))
}

/// `Github: jdoe`, `GitHub: github.com/jdoe`, `Github github.com/jdoe`.
fn contact_label(text: &str, start: usize, end: usize) -> bool {
    let site = PROFILE_SITES.contains(&text[start..end].to_lowercase().as_str());
    let (_, line_end) = line_around(text, start, end);
    let line = &text[end..line_end];
    let after = line.trim_start();
    if let Some(value) = after.strip_prefix(':') {
        let value = value.trim_start();
        let first = value.split_whitespace().next().unwrap_or("");
        if first.is_empty() {
            return false;
        }
        // An address; or a handle alone before a separator: after a
        // profile site's name any word, after another word only one shaped
        // like a handle ("jdoe42", "j_doe"), never a plain word
        // ("Microservices: webservices").
        let alone = value
            .split(['|', '•', '·', ','])
            .next()
            .unwrap_or("")
            .trim()
            == first;
        let handle_like = first.chars().any(|c| c.is_ascii_digit() || c == '_');
        return is_address(first)
            || (alone
                && (site || handle_like)
                && first
                    .chars()
                    .all(|c| c.is_alphanumeric() || "-_.".contains(c)));
    }
    let first = after.split_whitespace().next().unwrap_or("");
    !first.is_empty() && line.starts_with(char::is_whitespace) && is_address(first)
}

/// Words of the line around a byte range: (before, after), each nearest first.
fn words_around(text: &str, start: usize, end: usize) -> (Vec<&str>, Vec<&str>) {
    let (line_start, line_end) = line_around(text, start, end);
    // The two words before and the four after are all the checks read.
    let before: Vec<&str> = text[line_start..start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let after: Vec<&str> = text[end..line_end].split_whitespace().take(4).collect();
    (before, after)
}

fn capitalized(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Inside the name of an organization, an event or a course.
fn in_proper_name(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = words_around(text, start, end);
    // "organised by AWS", "sponsored by Google Cloud": the organizer, not a skill.
    if let [by, verb, ..] = before.as_slice()
        && bare(by) == "by"
        && ORGANIZER_VERBS.contains(&bare(verb).as_str())
    {
        return true;
    }
    // "... Cache Race Bot Tournament", "Linux Foundation": a run of
    // capitalized words ending in a name noun.
    for word in after.iter().take(4) {
        if !capitalized(word) {
            break;
        }
        if NAME_NOUNS.contains(&bare(word).as_str()) {
            return true;
        }
        if word.ends_with([',', ';', ':', '.', ')']) {
            break;
        }
    }
    // "CS 3410 Cache ...", "CS3410: Cache ...": a course code just before.
    let code = |w: &str| {
        let w = w.trim_end_matches([':', '-']);
        let digits = w.chars().filter(char::is_ascii_digit).count();
        (3..=4).contains(&digits)
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && (w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                || w.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    let subject = |w: &str| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    match before.as_slice() {
        [number, dept, ..] if code(number) && subject(dept) => return true,
        [one, ..] if code(one) && one.chars().any(|c| c.is_ascii_uppercase()) => return true,
        _ => {}
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, keyword as written in it, wrong sense?)
    const CASES: &[(&str, &str, bool, &str)] = &[
        ("github.com/sb2nov", "git", true, "inside a web address"),
        (
            "https://gitlab.com/jane/python-tools",
            "python",
            true,
            "inside a URL path",
        ),
        (
            "jane.kafka@example.com",
            "kafka",
            true,
            "inside an e-mail address",
        ),
        (
            "Github: sb2nov",
            "Github",
            true,
            "a contact label before a handle",
        ),
        (
            "LinkedIn: linkedin.com/in/jane | Github: jdoe",
            "Github",
            true,
            "a label in a contact line",
        ),
        (
            "Github github.com/jdoe",
            "Github",
            true,
            "a label before an address",
        ),
        (
            "Member of The Linux Foundation since 2015",
            "Linux",
            true,
            "an organization",
        ),
        (
            "CS 3410 Cache Race Bot Tournament winner",
            "Cache",
            true,
            "a course event",
        ),
        (
            "AWS AI/ML Scholar, selected among 1000 students",
            "AWS",
            true,
            "a scholarship's title",
        ),
        (
            "Microsoft Learn Student Ambassador",
            "Microsoft",
            true,
            "a student program's title",
        ),
        (
            "Python Software Foundation grant",
            "Python",
            true,
            "an organization",
        ),
        (
            "CS4780: Machine Learning for Intelligent Systems",
            "Machine Learning",
            true,
            "a course after its code",
        ),
        (
            "Administered Linux servers for 40 teams",
            "Linux",
            false,
            "the skill",
        ),
        ("Skills: Git, Docker, Linux", "Git", false, "a skills list"),
        (
            "Built a cache for the Linux kernel",
            "cache",
            false,
            "the skill in a sentence",
        ),
        (
            "Git: branching, rebasing and code review",
            "Git",
            false,
            "a label before a list of skills",
        ),
        (
            "Kubernetes (EKS), Terraform",
            "Kubernetes",
            false,
            "a skill with its flavour",
        ),
        (
            "Microservices: webservices",
            "Microservices",
            false,
            "a label before a plain word",
        ),
        (
            "AI/ML Scholarship program organised by AWS on Udacity",
            "AWS",
            true,
            "the organizer of a program",
        ),
        (
            "Deployed by AWS CodeDeploy to 40 hosts",
            "AWS",
            false,
            "a tool after 'by'",
        ),
        (
            "Python 3.11 and Go",
            "Python",
            false,
            "a version, not a course",
        ),
        (
            "Github | Gitlab | LinkedIn",
            "Gitlab",
            true,
            "profile links in a contact line",
        ),
        ("Github", "Github", true, "a link label alone on its line"),
        (
            "jane@x.org | GitHub | +1 555 010 0199",
            "GitHub",
            true,
            "a contact line",
        ),
        (
            "Set up GitHub Actions for 12 repositories",
            "GitHub",
            false,
            "the tool in a sentence",
        ),
        (
            "Tools: GitHub, Jira, Docker",
            "GitHub",
            false,
            "a skills list",
        ),
    ];

    #[test]
    fn wrong_senses_table() {
        for (text, form, want, why) in CASES {
            let start = text.find(form).expect("form in text");
            assert_eq!(
                wrong_sense(text, start, start + form.len()),
                *want,
                "{text:?} / {form:?}: {why}"
            );
        }
    }

    #[test]
    fn addresses() {
        for (chunk, want) in [
            ("github.com/jane", true),
            ("jane@example.org", true),
            ("@jane_doe", true),
            ("www.jane.dev", true),
            ("(https://x.io)", true),
            ("Node.js", false),
            ("Vue.js,", false),
            ("ASP.NET", false),
            ("e.g.", false),
            ("3.5", false),
            ("@", false),
        ] {
            assert_eq!(is_address(chunk), want, "{chunk}");
        }
    }
}
