//! Who the resume is from: the candidate's name and contact details, for
//! `screen` tables, the JSON report and the contact checks.
//!
//! In: the normalized text. Out: a [`Candidate`] whose fields are `None` when
//! nothing plausible was found, and [`Contact`] notes on what was found
//! instead. The name is the first short line near the top that reads like a
//! personal name (two to four capitalized words, no digits, not a heading
//! such as "Resume" or "Experience", not a job title, not a place); on a
//! contact line such as `Jane Doe | jane@example.com` only the part before
//! the first separator counts. The e-mail is the first address anywhere in
//! the text, the phone the first number shaped like one, the LinkedIn the
//! first `linkedin.com/in/...` address, the location a "City, ST" or
//! "City, Country" near the top. A template's placeholder ("YOUR NAME
//! HERE") or a template site's address (`info@resumementor.com`) is never
//! the candidate.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::jd::names_a_job;
use crate::normalize::NormText;
use crate::readability::EMAIL;
use crate::vocab::{self, heading_section};

/// Lines from the top that may hold the name.
const NAME_LINES: usize = 6;
/// Lines from the top that may hold a labelled name ("Name: Jane Doe").
const LABELLED_NAME_LINES: usize = 60;
/// Lines from the top that may hold the location.
const LOCATION_LINES: usize = 12;

/// What ends the name at the start of its line ("Jane Doe | Engineer",
/// "eric fritz (I build software)").
const NAME_ENDS: [char; 8] = ['|', '•', '·', ',', '–', '—', '\t', '('];

/// The letters of degrees and licences written after a name ("BSN",
/// "Ph.D.", "CPA"), as printed without their dots.
const POST_NOMINALS: &[&str] = &[
    "PhD", "PHD", "MD", "DDS", "DVM", "JD", "LLB", "LLM", "MBA", "MPH", "MSW", "MFA", "MSc", "BSc",
    "MEng", "BEng", "MA", "MS", "BA", "BS", "BSN", "MSN", "DNP", "RN", "LPN", "NP", "APRN", "CNA",
    "OCN", "CCRN", "CPA", "CMA", "CFA", "ACCA", "CISSP", "PMP", "PE", "PEng", "CEng", "SHRM-CP",
    "PHR", "LCSW", "LMFT", "Esq", "FRCS", "MRCP", "DPT", "PharmD", "EdD",
];

/// Words that start a title line, not a name.
const NOT_NAMES: &[&str] = &[
    // A form's label beside the name's value ("Surname  Ackerman").
    "surname",
    "resume",
    "résumé",
    "curriculum",
    "cv",
    "contact",
    "profile",
    "summary",
    "page",
    "lebenslauf",
    "резюме",
    "currículum",
    "hoja",
    // A credential's word before a title ("Certified Yoga Instructor").
    "certified",
    "licensed",
    "registered",
    "chartered",
    // A running head's date ("Last Updated May 2026", "Revised 10/06/24").
    "last",
    "updated",
    "revised",
    // A form's labels of personal details beside their values ("Gender
    // Male", "Nationality Russia", "Personal information SERGEY ALYAEV").
    "gender",
    "sex",
    "nationality",
    "citizenship",
    "personal",
];

/// The word an institution's name ends in ("Jimma University", "West
/// Forsyth High School"): no town's, no person's.
const INSTITUTION_KINDS: &[&str] = &[
    "University",
    "College",
    "Institute",
    "School",
    "Academy",
    "Hospital",
];

/// Phrases of a template's placeholder name (compared lower-cased).
const PLACEHOLDER_NAMES: &[&str] = &[
    "your name",
    "name here",
    "first last",
    "firstname lastname",
    "first name last name",
    "full name",
    "lorem ipsum",
    "candidate name",
    "your position",
    "your title",
];

/// Sites that sell resume templates: their address on a resume is the
/// template's, not the candidate's.
const TEMPLATE_DOMAINS: &[&str] = &[
    "resumementor.com",
    "jobdeer.com",
    "resumegenius.com",
    "zety.com",
    "novoresume.com",
    "livecareer.com",
    "myperfectresume.com",
    "resume.io",
    "resumeworded.com",
    "kickresume.com",
    "enhancv.com",
    "resumelab.com",
    "hloom.com",
];

/// How far down a phone written as one is preferred to a bare run of
/// digits above it.
const PHONE_LINES: usize = 40;

/// Local parts of a placeholder address ("youremail@...", "email@email.com").
const PLACEHOLDER_MAILBOXES: &[&str] = &[
    "youremail",
    "your.email",
    "your_email",
    "yourname",
    "your.name",
    "email",
    "name",
    "firstname.lastname",
    "first.last",
];

/// US states and Canadian provinces, for "City, ST".
const REGIONS: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK",
];

/// Australia's states and territories, a region only before a postcode
/// ("Toowoomba QLD 4350", "Sydney NSW 2000"): alone, "SA" is a legal
/// form and "ACT" a word.
const AU_STATES: &[&str] = &["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"];

/// Countries and spelled-out states a "City, Region" may end with.
const PLACES: &[&str] = &[
    "USA",
    "US",
    "U.S.",
    "U.S.A.",
    "U.S.A",
    "Brasil",
    "Czech Republic",
    "Hungary",
    "Ukraine",
    "Russia",
    "Morocco",
    "Tunisia",
    "Algeria",
    "UAE",
    "United Arab Emirates",
    "Saudi Arabia",
    "Qatar",
    "Hong Kong",
    "Sri Lanka",
    "Nepal",
    "Luxembourg",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Croatia",
    "Serbia",
    "Bulgaria",
    "Slovakia",
    "Slovenia",
    "Iceland",
    "Wales",
    "Idaho",
    "Nevada",
    "Kentucky",
    "Indiana",
    "Iowa",
    "Kansas",
    "Nebraska",
    "Oklahoma",
    "Arkansas",
    "Louisiana",
    "Mississippi",
    "Alabama",
    "South Carolina",
    "Connecticut",
    "Rhode Island",
    "Vermont",
    "New Hampshire",
    "Maine",
    "Delaware",
    "West Virginia",
    "Montana",
    "Wyoming",
    "North Dakota",
    "South Dakota",
    "New Mexico",
    "Alaska",
    "Hawaii",
    "United States",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "UK",
    "United Kingdom",
    "England",
    "Scotland",
    "Ireland",
    "France",
    "Germany",
    "Spain",
    "Portugal",
    "Italy",
    "Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Poland",
    "Czechia",
    "Romania",
    "Greece",
    "Turkey",
    "Israel",
    "India",
    "Pakistan",
    "Bangladesh",
    "China",
    "Japan",
    "Korea",
    "South Korea",
    "S.Korea",
    "S. Korea",
    "Republic of Korea",
    "Taiwan",
    "Singapore",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Vietnam",
    "Thailand",
    "Australia",
    "New Zealand",
    "Nigeria",
    "Kenya",
    "Egypt",
    "South Africa",
    "Peru",
    "Chile",
    "Colombia",
    "Ohio",
    "Florida",
    "Colorado",
    "California",
    "Texas",
    "Washington",
    "Oregon",
    "Georgia",
    "Illinois",
    "Massachusetts",
    "Michigan",
    "Arizona",
    "Virginia",
    "Pennsylvania",
    "New York",
    "New Jersey",
    "North Carolina",
    "Minnesota",
    "Wisconsin",
    "Tennessee",
    "Missouri",
    "Maryland",
    "Utah",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "New South Wales",
    "Victoria",
    "Queensland",
    "Western Australia",
    "South Australia",
    "Tasmania",
    "Bavaria",
    "Maharashtra",
    "Karnataka",
    "Uttar Pradesh",
    "Tamil Nadu",
    "Gujarat",
    "Telangana",
    // The rest of the world's countries, in English and as they name
    // themselves where that differs.
    "Afghanistan",
    "Albania",
    "Andorra",
    "Angola",
    "Armenia",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Barbados",
    "Belarus",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brunei",
    "Burkina Faso",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Cape Verde",
    "Costa Rica",
    "Côte d'Ivoire",
    "Ivory Coast",
    "Cuba",
    "Cyprus",
    "Djibouti",
    "Dominican Republic",
    "Ecuador",
    "El Salvador",
    "Eritrea",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Gabon",
    "Gambia",
    "Ghana",
    "Guatemala",
    "Guinea",
    "Guyana",
    "Haiti",
    "Honduras",
    "Iran",
    "Iraq",
    "Jamaica",
    "Jordan",
    "Kazakhstan",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Madagascar",
    "Malawi",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nicaragua",
    "Niger",
    "North Macedonia",
    "Oman",
    "Palestine",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Puerto Rico",
    "Rwanda",
    "San Marino",
    "Senegal",
    "Sierra Leone",
    "Somalia",
    "Sudan",
    "South Sudan",
    "Suriname",
    "Syria",
    "Tajikistan",
    "Tanzania",
    "Togo",
    "Trinidad and Tobago",
    "Turkmenistan",
    "Uganda",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "Deutschland",
    "España",
    "Italia",
    "Österreich",
    "Schweiz",
    "Suisse",
    "Nederland",
    "Belgique",
    "België",
    "Polska",
    "Türkiye",
    "México",
    "Perú",
    "Česko",
    "Sverige",
    "Norge",
    "Danmark",
    "Suomi",
    // As French names them ("Università di Torino, Italie").
    "Italie",
    "Allemagne",
    "Espagne",
    "Royaume-Uni",
    "Angleterre",
    "Pays-Bas",
    "Pays Bas",
    "États-Unis",
    "Etats-Unis",
    "Brésil",
    "Chine",
    "Japon",
    "Maroc",
    "Algérie",
    "Tunisie",
    "Sénégal",
    "Cameroun",
    "Irlande",
    "Écosse",
    "Grèce",
    "Pologne",
    "Roumanie",
    "Autriche",
    "Suède",
    "Norvège",
    "Danemark",
    "Finlande",
    "Inde",
    "Mexique",
    "Argentine",
    "Chili",
    "Colombie",
    "Pérou",
    "Liban",
    "Égypte",
    "Turquie",
    "Russie",
    "Australie",
    // A continent a regional job covers ("Automation Team Manager,
    // Europe").
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
];

/// ISO 3166-1 two-letter country codes: after a city in a contact line
/// ("Nice, FR"), a country.
const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BD", "BE", "BG", "BH", "BO",
    "BR", "BY", "CA", "CH", "CL", "CM", "CN", "CO", "CR", "CU", "CY", "CZ", "DE", "DK", "DO", "DZ",
    "EC", "EE", "EG", "ES", "ET", "FI", "FR", "GB", "GE", "GH", "GR", "GT", "HK", "HN", "HR", "HU",
    "ID", "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JO", "JP", "KE", "KR", "KW", "KZ", "LB", "LK",
    "LT", "LU", "LV", "MA", "MD", "MK", "MT", "MX", "MY", "NG", "NL", "NO", "NP", "NZ", "OM", "PA",
    "PE", "PH", "PK", "PL", "PR", "PT", "PY", "QA", "RO", "RS", "RU", "SA", "SE", "SG", "SI", "SK",
    "SN", "SV", "TH", "TN", "TR", "TW", "UA", "UG", "UK", "US", "UY", "UZ", "VE", "VN", "ZA",
];

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    // "+1 (303) 555-0100", "(+82) 10-9030-1843", "06.88.23.43.20",
    // "+54 (9 351) 316 0670" (a mobile's 9 before the area code), "+33
    // (0)2 38 21 30 57" (the trunk's 0 dialled at home), "0163/2055604"
    // (a German area code's slash), "(03525) 15529346" (Argentina's
    // area codes of up to five digits); it ends
    // where its digits do ("07952 441578", not its first ten).
    Regex::new(
        r"(?:\+\s?\d{1,3}[\s.-]?(?:\(0\)\s?)?|\(\+\d{1,3}\)\s?)?(?:\(\d{1,5}(?:\s\d{1,4})?\)|\d{1,4}(?:\s?/\s?)?)(?:(?:\s?[·∙]\s?|-{1,3}|[\s.])?\d{2,5}){2,4}(?:\D|$)",
    )
    .expect("valid regex")
});
static LINKEDIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in/[\p{L}\p{N}_%-]+|pub/[\p{L}\p{N}_%-]+(?:/[A-Za-z0-9]{1,4}){0,3})/?")
        .expect("valid regex")
});
/// A LinkedIn handle after its label, no address ("LinkedIn: jdoe",
/// "LinkedIn://jdoe", "in/jdoe" is not one).
static LINKEDIN_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\blinked\s?in\s*(?::|://|:\s*//)\s*@?([\p{L}\p{N}][\p{L}\p{N}_-]{2,99})\s*(?:$|[^\w\s.\-/@:]|\s{2}|\t)",
    )
    .expect("valid regex")
});
static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    // "'s-Hertogenbosch": a Dutch name opens with an elided article;
    // "Lake St. Louis", "Port St. Lucie": a saint's short form inside.
    // Central Europe's letters are letters ("Wrocław"; a name that opens
    // with one, "Łódź", is not read: the boundary before it is ASCII's).
    Regex::new(r"((?:['’]s-[A-Z]|(?-u:\b)(?:(?:St|Ste|Mt|Ft)\.\s?)?[A-ZĀ-ž])[a-zà-ÿĀ-ž]+(?:[ -](?:(?:St|Ste|Mt|Ft)\.\s?)?[A-ZĀ-ž][a-zà-ÿĀ-ž]+){0,2}),\s?([A-Z]{2}|[A-Z]\.\s?[A-Z][a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?-u:\b)")
        .expect("valid regex")
});

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub name: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub linkedin: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
}

/// What the contact search saw besides the candidate's details: for the
/// contact findings to name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub candidate: Candidate,
    /// Something shaped like an e-mail address an ATS cannot read
    /// ("jane @ example.com", "jane(at)example.com").
    pub broken_email: Option<String>,
    /// The e-mail address is a link's target only (`mailto:`), not in the
    /// text: an ATS that reads the text alone gets none.
    pub email_linked: bool,
    /// A template's placeholder taken out: the name or address as written.
    pub placeholders: Vec<String>,
}

/// The contact findings: an e-mail an ATS cannot read (naming what was
/// found instead), a template's placeholder, no name. `contact-missing`
/// (neither e-mail nor phone) is the readability check's: when it was
/// reported, no `email-missing` repeats it.
pub(crate) fn findings(
    contact: &Contact,
    contact_missing: bool,
) -> Vec<crate::readability::Problem> {
    use crate::readability::Problem;
    use crate::rules::{Code, Severity};
    let c = &contact.candidate;
    let problem = |code, severity, message: String| Problem {
        code,
        severity,
        message,
    };
    let template = |email: bool| {
        contact
            .placeholders
            .iter()
            .find(|p| p.contains('@') == email)
    };
    let email = if let Some(linked) = c.email.as_ref().filter(|_| contact.email_linked) {
        Some(problem(
            Code::EmailMissing,
            Severity::Warning,
            format!(
                "your e-mail address is only behind a link (mailto:{linked}), not in the text an ATS reads; write it out, as {linked}"
            ),
        ))
    } else if c.email.is_some() {
        None
    } else if let Some(broken) = &contact.broken_email {
        (!contact_missing).then(|| problem(
            Code::EmailMissing,
            Severity::Warning,
            format!("no e-mail address an ATS can read: \"{broken}\" is not one (a space, an (at) or other characters in it); write it plainly, as name@example.com"),
        ))
    } else if let Some(template) = template(true) {
        Some(problem(
            Code::PlaceholderContact,
            Severity::Warning,
            format!(
                "the only e-mail address is \"{template}\", a template's, not yours; put your own address at the top"
            ),
        ))
    } else {
        (!contact_missing && c.phone.is_some()).then(|| problem(
            Code::EmailMissing,
            Severity::Warning,
            "no e-mail address found (a phone number was); recruiters reply by e-mail, so put yours at the top as plain text".to_owned(),
        ))
    };
    let name = match (&c.name, template(false)) {
        (Some(_), _) => None,
        (None, Some(template)) => Some(problem(
            Code::PlaceholderContact,
            Severity::Warning,
            format!("\"{template}\" is a template's placeholder, not a name; put your name alone on the first line"),
        )),
        (None, None) => Some(problem(
            Code::NameMissing,
            Severity::Info,
            "no line near the top reads as your name; put it alone on the first line, as text (not in an image, a header or a table)".to_owned(),
        )),
    };
    email.into_iter().chain(name).collect()
}

/// Finds the candidate's name and contact details.
pub(crate) fn find(text: &NormText) -> Candidate {
    contact(text).candidate
}

/// The document's contact details: those of its text, and a LinkedIn
/// profile or an e-mail address behind a link (an icon, the word "LinkedIn"
/// or "Email" linked, an address broken over two lines in a link's text)
/// when the text names none.
pub(crate) fn contact_of(text: &NormText, links: &[String]) -> Contact {
    let mut contact = contact(text);
    if contact.candidate.email.is_none()
        && let Some(address) = links.iter().find_map(|l| {
            let address = l.strip_prefix("mailto:")?.split('?').next()?.trim();
            (EMAIL.find(address)?.as_str() == address && !is_placeholder_email(address))
                .then(|| address.to_owned())
        })
    {
        contact.candidate.email = Some(address);
        contact.email_linked = true;
    }
    if contact.candidate.linkedin.is_none() {
        contact.candidate.linkedin = links.iter().find_map(|l| {
            LINKEDIN
                .find(l)
                .map(|m| m.as_str().trim_end_matches('/').to_owned())
        });
    }
    // "LinkedIn://PhilipNelson5": a handle with its label names the
    // profile, when neither the text nor a link gives its address.
    if contact.candidate.linkedin.is_none() {
        contact.candidate.linkedin = text.lines.iter().find_map(|l| {
            let handle = LINKEDIN_HANDLE.captures(&l.text)?.get(1)?.as_str();
            (!handle.eq_ignore_ascii_case("https") && !handle.eq_ignore_ascii_case("http"))
                .then(|| format!("linkedin.com/in/{handle}"))
        });
    }
    contact
}

/// Mail providers: their domain on a resume is an e-mail address's.
const MAIL_HOSTS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "aol.com",
    "icloud.com",
    "protonmail.com",
    "proton.me",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "qq.com",
    "163.com",
];

/// Whether a host is a mail provider's ("gmail.com").
pub(crate) fn is_mail_host(host: &str) -> bool {
    MAIL_HOSTS.contains(&host)
}

/// An address broken at a narrow column's margin, whole again:
/// "isabellaweiler2004@gmail.co" / "m" is a mail provider's address once
/// the next line's few letters are put back.
fn wrapped_email(text: &NormText, i: usize, line: &str, m: regex::Match<'_>) -> Option<String> {
    if !line[m.end()..].trim().is_empty() {
        return None;
    }
    let rest = text.lines.get(i + 1)?.text.trim();
    if !(1..=3).contains(&rest.len()) || !rest.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let host = |address: &str| {
        address
            .rsplit('@')
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let whole = format!("{}{rest}", m.as_str());
    (!is_mail_host(&host(m.as_str())) && is_mail_host(&host(&whole))).then_some(whole)
}

/// Finds the candidate and what stood in the way.
/// An address without the capitalized word a page ran into its domain's
/// end, where an icon or a tab stood between them
/// ("mariamasbah05@gmail.comSukuta, The Gambia").
fn without_run_in_word(address: &str) -> &str {
    let Some(dot) = address.rfind('.') else {
        return address;
    };
    let tld = &address[dot + 1..];
    let lower = tld.chars().take_while(char::is_ascii_lowercase).count();
    if lower >= 2 && tld[lower..].starts_with(|c: char| c.is_ascii_uppercase()) {
        &address[..dot + 1 + lower]
    } else {
        address
    }
}

pub(crate) fn contact(text: &NormText) -> Contact {
    let mut placeholders = Vec::new();
    let mut email = None;
    for (i, line, m) in text
        .lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| EMAIL.find_iter(&l.text).map(move |m| (i, &l.text, m)))
    {
        let address = without_run_in_word(m.as_str());
        // "@leonadato@infosec.exchange": a Mastodon handle, no e-mail.
        if line[..m.start()].ends_with('@') {
            continue;
        }
        if is_placeholder_email(address) {
            placeholders.push(address.to_owned());
        } else {
            email = Some(wrapped_email(text, i, line, m).unwrap_or_else(|| address.to_owned()));
            break;
        }
    }
    let top: Vec<&str> = text
        .lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let mut name = None;
    // A line of a contact detail alone (an e-mail, a web address, a
    // phone) or of the document's title takes no place among the first:
    // "Curriculum Vitae" over a contact block of five lines, then
    // "Curriculum Vitae  Andrej Lamov".
    let detail_only = |l: &str| {
        let word = !l.contains(char::is_whitespace)
            && (l.contains('@') || l.contains("://") || l.starts_with("www."));
        let phone = phone_in(l).is_some() && !l.contains(char::is_alphabetic);
        word || phone || l.split_whitespace().all(is_document_word)
    };
    let mut window = 0;
    let lines: Vec<&str> = top
        .iter()
        .take_while(|l| {
            if !detail_only(l) {
                window += 1;
            }
            window <= NAME_LINES
        })
        .copied()
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if is_placeholder_name(line) {
            placeholders.push((*line).to_owned());
            continue;
        }
        // A section's heading ("Profil", "Experience") ends the top: the
        // name is above it.
        if heading_section(line).is_some_and(|s| {
            !matches!(s, crate::vocab::Section::Other | crate::vocab::Section::Top)
        }) {
            break;
        }
        // A job's line names its employer, not the candidate.
        if crate::parse::dates::find(line).is_some_and(|f| f.to.is_some()) {
            continue;
        }
        // "Brgy. Alangilan, Batangas City, Phiilippines 4200": a postal
        // address, its parts set apart by commas and a postcode at its end.
        let postal = line.matches(',').count() >= 2
            && line.rsplit([',', ' ']).next().is_some_and(|w| {
                (4..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
            });
        if postal {
            continue;
        }
        // "Name  K. C. Juntunen": a table's row of the label and the name.
        if let Some(found) = labelled_name(line).or_else(|| name_in_line(line)) {
            name = Some(found);
            break;
        }
        // "https://github.com/0xhjohnson HUNTER JOHNSON": a contact block
        // set left of the name, run into its line.
        let rest = line
            .split_whitespace()
            .skip_while(|w| w.contains("://") || w.contains('@') || w.starts_with("www."))
            .collect::<Vec<_>>()
            .join(" ");
        if rest.len() < line.len()
            && let Some(found) = name_in_line(&rest).filter(|n| n.as_str() == rest)
        {
            name = Some(found);
            break;
        }
        // "Cambridge, MA 01242  Erica Ruggiero": a contact block set left
        // of the name, its place in the line's first cell; "Curriculum
        // Vitae  Andrej Lamov", the document's title there.
        let titles = |cell: &str| cell.split_whitespace().all(is_document_word);
        if let Some((cell, rest)) = line.split_once("  ")
            && (is_place(cell.trim()) || titles(cell))
            && let rest = rest.trim()
            && let Some(found) = name_in_line(rest).filter(|n| n.as_str() == rest)
        {
            name = Some(found);
            break;
        }
        // A name set over two lines ("CHRISTIAN" / "LARICO DEPAZ"), not
        // a form's labels ("Geburtsdatum" / "Geburtsort").
        if line.split_whitespace().count() == 1
            && let Some(next) = lines.get(i + 1)
            && next.split_whitespace().count() <= 3
            && !vocab::is_form_label(line)
            && !vocab::is_form_label(next)
            && let Some(found) = name_in_line(&format!("{line} {next}"))
        {
            name = Some(found);
            break;
        }
    }
    // "Name: Jane Doe", or a Chinese personal-details line "王小明/男/1990"
    // under a preamble: a labelled name anywhere in the first lines.
    if name.is_none() {
        name = top
            .iter()
            .take(LABELLED_NAME_LINES)
            .find_map(|l| labelled_name(l));
    }
    if name.is_none() {
        name = name_after_sidebar(text);
    }
    // "eric fritz (I build software)" over "eric@eric-fritz.com": a name
    // in lowercase is read only where the e-mail address spells it.
    if name.is_none()
        && let Some(address) = &email
    {
        name = lines
            .iter()
            .take_while(|l| heading_section(l).is_none())
            .find_map(|l| lowercase_name(l, address));
    }
    // "RYAN" over "hello@ryandesigns.dev": a first name alone on the first
    // line, which the e-mail address spells.
    if name.is_none()
        && let Some(address) = &email
        && let Some(first) = lines.first()
        && first.chars().count() >= 3
        && first.chars().all(char::is_alphabetic)
        && first.starts_with(char::is_uppercase)
        && !NOT_NAMES.contains(&first.to_lowercase().as_str())
        && heading_section(first).is_none()
        && !names_a_job(first)
        && address.to_lowercase().contains(&first.to_lowercase())
    {
        name = Some((*first).to_owned());
    }
    // "Damavand ave, Tehran 1731783685" over "Phone numbers:
    // +98-21-77991579": a bare run of digits at the top may be a postcode;
    // a number written as a phone's is, when one is near.
    let bare = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    // A referee's number, under "References", is not the candidate's: a
    // sidebar's contact block read after it is, the number beside the
    // e-mail address.
    // The search stops at the first number no referee's.
    let mut referees = false;
    let mut referee_phones: Vec<(usize, &str)> = Vec::new();
    let mut own = None;
    for (i, l) in text.lines.iter().enumerate() {
        if heading_section(&l.text).is_some() {
            let head = l.text.trim().trim_end_matches(':').to_lowercase();
            referees = [
                "references",
                "reference",
                "referees",
                "referenzen",
                "références",
            ]
            .contains(&head.as_str());
        }
        match phone_in(&l.text) {
            Some(p) if referees => referee_phones.push((i, p)),
            Some(p) => {
                own = Some(p);
                break;
            }
            None => {}
        }
    }
    // "Profsouznaja 91 - 252 117279, Moscow, Russia" over "Tel.
    // +79104062206": digits inside a postal address's line, a comma and
    // the town after them, give way to a number that a phone's label or
    // a country's code introduces.
    let introduced = |line: &str, p: &str| {
        p.starts_with('+')
            || line
                .find(p)
                .and_then(|at| line[..at].split_whitespace().next_back())
                .is_some_and(|w| is_contact_label(w.trim_end_matches(['.', ':'])))
    };
    let own = own.map(|p| {
        let line = text.lines.iter().find(|l| l.text.contains(p));
        let in_address = line.is_some_and(|l| {
            let at = l.text.find(p).unwrap_or(0);
            l.text[at + p.len()..].trim_start().starts_with(',')
                && l.text[..at].contains(char::is_alphabetic)
                && !introduced(&l.text, p)
        });
        if in_address {
            text.lines
                .iter()
                .take(PHONE_LINES)
                .filter_map(|l| phone_in(&l.text).filter(|q| introduced(&l.text, q)))
                .next()
                .unwrap_or(p)
        } else {
            p
        }
    });
    let phone = own
        .or_else(|| {
            let email_line = email
                .as_deref()
                .and_then(|e| text.lines.iter().position(|l| l.text.contains(e)))?;
            referee_phones
                .iter()
                .find(|(i, _)| email_line.abs_diff(*i) <= 2)
                .map(|&(_, p)| p)
        })
        .or(referee_phones.first().map(|&(_, p)| p))
        .map(|first| {
            if bare(first) {
                text.lines
                    .iter()
                    .take(PHONE_LINES)
                    .filter_map(|l| phone_in(&l.text))
                    .find(|p| !bare(p))
                    .unwrap_or(first)
            } else {
                first
            }
        })
        .map(str::to_owned);
    let linkedin = text.lines.iter().enumerate().find_map(|(i, l)| {
        let joined = address_run(&text.lines, i);
        let m = LINKEDIN.find(&joined)?;
        let mut address = m.as_str().trim_end_matches('/').to_owned();
        // An address broken at the margin ("…/in/christianl" / "arico/"):
        // the next line is its one word.
        if m.end() == joined.len()
            && joined.len() == l.text.trim_end().len()
            && !m.as_str().ends_with('/')
            && let Some(next) = text.lines.get(i + 1)
            && let rest = next.text.trim().trim_end_matches('/')
            && !rest.is_empty()
            && rest.len() <= 40
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        {
            address.push_str(rest);
        }
        Some(address)
    });
    // The contact block is above the first section but its own ("Contact",
    // "Personal Details"): "Atlanta, GA" under Education is the school's,
    // not the candidate's.
    let location = top
        .iter()
        .take(LOCATION_LINES)
        .take_while(|l| !ends_contact_block(l))
        // "Citizenship" over "Singapore": a nationality under its label
        // is no place the candidate lives.
        .enumerate()
        .filter(|&(i, l)| {
            !is_nationality_label(l.split([':', ' ']).next().unwrap_or(l))
                && (i == 0 || !is_nationality_label(top[i - 1]))
        })
        .map(|(_, l)| l)
        // A job's line ("Disney · Full-time Jul 2025 - Present · Orlando,
        // Florida") is no contact line, even at the top.
        .filter(|l| crate::parse::dates::find(l).is_none_or(|f| f.to.is_none()))
        // "Athul AR": the name's line, whatever state its initials spell;
        // so with the name's credentials after it ("Chelsea Avery, MS,
        // CCC-SLP").
        .filter(|l| {
            name.as_deref()
                .and_then(|n| l.trim().strip_prefix(n))
                .is_none_or(|rest| !(rest.is_empty() || rest.starts_with(',')))
        })
        // "CONTACT ME": a heading, whatever state its last word spells.
        .filter(|l| crate::vocab::named_heading(l).is_none())
        .find_map(|l| place_in_contact_line(l))
        .or_else(|| contact_line_place(text))
        .or_else(|| {
            // "Am Tierpark 15" over "10315 Berlin": a street before its
            // house's number, then the postcode and the town, each on a
            // line of its own, beside a phone or an e-mail, wherever the
            // contact details sit (a sidebar below the skills).
            let detail = |l: &&str| phone_in(l).is_some() || EMAIL.is_match(l);
            let window = top.len().min(PHONE_LINES);
            (0..window.saturating_sub(1)).find_map(|i| {
                let near = &top[i.saturating_sub(2)..(i + 4).min(top.len())];
                (ends_with_house_number(top[i]) && near.iter().any(detail))
                    .then(|| place_part(&format!("{}, {}", top[i], top[i + 1])))
                    .flatten()
            })
        })
        .or_else(|| known_town_place(&top, name.as_deref()));
    let broken_email = if email.is_none() {
        text.lines.iter().find_map(|l| broken_email(&l.text))
    } else {
        None
    };
    Contact {
        candidate: Candidate {
            name,
            email,
            phone,
            linkedin,
            location,
        },
        broken_email,
        email_linked: false,
        placeholders,
    }
}

/// A line whose web address goes on over the next lines, each a piece of
/// it alone ("https://www.linkedin.com" / "/in/elmer-jabutay-" /
/// "114a0b272/"): the line with the address whole. A piece goes on where
/// it opens with a slash, or the address before it ends in one, a dot or
/// a hyphen. The line itself (its end trimmed), borrowed, where nothing
/// goes on.
pub(crate) fn address_run(
    lines: &[crate::normalize::NormLine],
    i: usize,
) -> std::borrow::Cow<'_, str> {
    let line = lines[i].text.trim_end();
    let addressed = |t: &str| {
        t.rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.contains("://") || w.starts_with("www.") || w.contains(".com"))
    };
    if !addressed(line) {
        return line.into();
    }
    let mut text = line.to_owned();
    for next in lines.iter().skip(i + 1).take(3) {
        let piece = next.text.trim();
        let url_like = !piece.is_empty()
            && piece
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/._-%?=&#".contains(c))
            && !piece.contains("://")
            && !piece.starts_with("www.")
            // ("Python" under "…/114a0b272/": a word of its own.)
            && !piece.starts_with(char::is_uppercase);
        // ("https://www.facebook.co" / "m/elmer.jabz": a host broken in
        // its last label, its path after.)
        let host_broken = || {
            let address = text.rsplit(char::is_whitespace).next().unwrap_or_default();
            let host = address.split_once("://").map_or(address, |(_, h)| h);
            let (head, _) = piece.split_once('/').unwrap_or((piece, ""));
            !host.contains('/')
                && piece.contains('/')
                && (1..=3).contains(&head.len())
                && head.chars().all(|c| c.is_ascii_lowercase())
        };
        if url_like && (piece.starts_with('/') || text.ends_with(['/', '.', '-']) || host_broken())
        {
            text.push_str(piece);
        } else {
            break;
        }
    }
    text.into()
}

fn is_placeholder_name(line: &str) -> bool {
    let lower = line.to_lowercase();
    PLACEHOLDER_NAMES.iter().any(|p| lower.contains(p))
}

/// A British postcode ("GU4 7HX", "EH9 3HJ", "SW1A 1AA"), as a pattern.
pub(crate) const UK_POSTCODE: &str = r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}";
/// A Canadian postal code ("M2R 1Z9"), as a pattern.
pub(crate) const CA_POSTCODE: &str = r"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]";

/// Whether two capitals are a US state's or a Canadian province's code.
pub(crate) fn is_region_code(code: &str) -> bool {
    REGIONS.contains(&code)
}

/// Whether a site is a resume template maker's (its footer), never the
/// candidate's.
pub(crate) fn is_template_domain(host: &str) -> bool {
    TEMPLATE_DOMAINS.contains(&host.trim_start_matches("www."))
}

fn is_placeholder_email(address: &str) -> bool {
    let lower = address.to_lowercase();
    let (mailbox, domain) = lower.split_once('@').unwrap_or(("", &lower));
    TEMPLATE_DOMAINS.contains(&domain)
        || (PLACEHOLDER_MAILBOXES.contains(&mailbox)
            && matches!(
                domain,
                "email.com" | "example.com" | "domain.com" | "mail.com"
            ))
}

/// A phone number: 9 to 15 digits, not a date range or a year list.
fn phone_in(line: &str) -> Option<&str> {
    // "https://vimeo.com/295213010": digits of a web address.
    let in_address = |start: usize| {
        let word_start = line[..start]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1);
        let word = &line[word_start..start];
        word.rfind('/')
            .is_some_and(|slash| word[..slash].contains('.'))
            && !line[..start].ends_with([' ', '\t'])
    };
    // "Q106806285" (a Wikidata item), "ISBN-13: 978-0470414644": an
    // identifier's digits.
    let identifier = |start: usize| {
        let before = line[..start]
            .trim_end_matches([' ', ':', '-'])
            .to_lowercase();
        // The end of a longer number ("978-" before "3-11-022458-0").
        let longer = line[..start]
            .strip_suffix(['-', '.'])
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        // "/j.drugalcdep.2020.108405": the end of a DOI's path, a word
        // of dots or slashes before the digits.
        let path = line[..start].strip_suffix('.').is_some_and(|b| {
            let word = b.rsplit(char::is_whitespace).next().unwrap_or(b);
            word.ends_with(char::is_alphanumeric) && word.contains(['.', '/'])
        });
        line[..start].ends_with(char::is_alphanumeric)
            || longer
            || path
            || ["isbn", "isbn-10", "isbn-13", "issn", "doi"]
                .iter()
                .any(|label| before.ends_with(label))
    };
    PHONE
        .find_iter(line)
        .filter(|m| !in_address(m.start()) && !identifier(m.start()))
        // The character after the digits, read to see they ended, is
        // none of the number's.
        .map(|m| {
            let m = m.as_str();
            m.strip_suffix(|c: char| !c.is_ascii_digit())
                .unwrap_or(m)
                .trim()
        })
        .find(|m| {
            let digits = m.bytes().filter(u8::is_ascii_digit).count();
            let years = m
                .split(|c: char| !c.is_ascii_digit())
                .filter(|p| !p.is_empty())
                .all(|p| p.len() == 4 && (p.starts_with("19") || p.starts_with("20")));
            // "76: 245327-245332": a journal's pages, two numbers of one
            // length, the second a little past the first.
            let pages = m.split_once('-').is_some_and(|(a, b)| {
                a.len() == b.len()
                    && a.len() >= 4
                    && matches!(
                        (a.parse::<u64>(), b.parse::<u64>()),
                        (Ok(a), Ok(b)) if b > a && b - a < 1000
                    )
            });
            // "[2407.15200]": an arXiv paper's number, its year and
            // month, a dot, then four or five digits.
            let arxiv = m.split_once('.').is_some_and(|(a, b)| {
                a.len() == 4
                    && (4..=5).contains(&b.len())
                    && b.bytes().all(|c| c.is_ascii_digit())
                    && a.parse::<u32>()
                        .is_ok_and(|ym| (1..=12).contains(&(ym % 100)))
            });
            (9..=15).contains(&digits) && !years && !pages && !arxiv
        })
}

/// Whether a header's part is a place and nothing else: a country
/// ("Singapore"), "City, Region" or "Boston MA".
pub(crate) fn is_place(part: &str) -> bool {
    let one = |p: &str| {
        is_country(p) || place_part(p).is_some() || town_and_country(p) || russian_town(p)
    };
    // "Seoul, S.Korea & LA, U.S.A": two places.
    one(part)
        || part
            .split_once(" & ")
            .is_some_and(|(a, b)| one(a) && one(b))
}

/// "г. Самара", "г. Нижний Новгород": a Russian town after "г." (for
/// "город", town), one to three capitalized words.
pub(crate) fn russian_town(part: &str) -> bool {
    part.strip_prefix("г. ").is_some_and(|name| {
        (1..=3).contains(&name.split_whitespace().count())
            && name.split_whitespace().all(is_town_word)
    })
}

/// A word of a town's name: capitalized, letters and hyphens only
/// ("Санкт-Петербург").
pub(crate) fn is_town_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "Bolzano (IT)", "San Vendemiano (IT)": a town's name and its country's
/// code or name in brackets, or its French département's number
/// ("Paris (75)"). Not an employer's before its town ("Zenika
/// Lyon (FR)"), nor words the capitals are the initials of ("Electronics
/// Engineering (EE)").
fn town_and_country(part: &str) -> bool {
    let Some((town, country)) = part.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) else {
        return false;
    };
    let initials: String = town
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect();
    // "Paris (75)", "Bièvres (92)": a French town and its département's
    // number.
    let departement = (country.len() == 2
        && country.bytes().all(|b| b.is_ascii_digit())
        && !["00", "20"].contains(&country)
        && country <= "95")
        || ["2A", "2B", "971", "972", "973", "974", "976"].contains(&country);
    (is_country_code(country) || is_country(country) || departement)
        && initials != country
        && place_words(town)
        && city_of(town) == town
        && !names_a_job(town)
        && heading_section(town).is_none()
}

/// Whether two capitals are a country's ISO 3166-1 code ("MX", "US").
pub(crate) fn is_country_code(code: &str) -> bool {
    COUNTRY_CODES.contains(&code)
}

/// Whether `name` is a country's, or a region's spelled out ("France").
pub(crate) fn is_country(name: &str) -> bool {
    PLACES.contains(&name)
}

/// The place of a line of the contact block: a part of it that is a place
/// and nothing else ("Mapo-gu, Seoul, Republic of Korea", "Seattle WA"
/// after "based in"), else a "City, Region" inside it.
fn place_in_contact_line(line: &str) -> Option<String> {
    // "Somerville MA USA ron@…", "550 Battery St San Francisco CA 94111":
    // a city, a state's code and the country or the ZIP code, without
    // commas, where only a contact line has them.
    static NO_COMMAS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ([A-Z]{2}) (USA|US|U\.S\.A?\.?|[0-9]{5})(?-u:\b)",
        )
        .expect("valid regex")
    });
    // "NYC, NY", "SF, CA": a city's letters before its state's code.
    static LETTERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)([A-Z]{2,3}), ([A-Z]{2})(?-u:\b)").expect("valid regex")
    });
    // "PO BOX 28 MINDEN, NE 68959": a city in capitals, its state's code
    // and ZIP code.
    static CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)([A-Z]{2,}(?: [A-Z]{2,}){0,2}), ([A-Z]{2}) [0-9]{5}(?-u:\b)")
            .expect("valid regex")
    });
    // "60388 Frankfurt | Germany": the country, a detail of its own after
    // the place, is the place's.
    let mut parts = contact_parts(line).peekable();
    let mut found = None;
    while let Some(part) = parts.next() {
        if let Some(place) = place_part(part) {
            found = Some(match parts.peek() {
                Some(next)
                    if is_country(next) && !place.rsplit(", ").next().is_some_and(is_country) =>
                {
                    format!("{place}, {next}")
                }
                _ => place,
            });
            break;
        }
    }
    found
        .or_else(|| location_in(line))
        .or_else(|| {
            let caps = CAPITALS.captures(line)?;
            let city = caps[1].trim_start_matches("PO ").trim_start_matches("BOX ");
            (REGIONS.contains(&&caps[2]) && !REGIONS.contains(&city) && !names_a_job(city))
                .then(|| format!("{city}, {}", &caps[2]))
        })
        .or_else(|| {
            let caps = LETTERS.captures(line)?;
            (REGIONS.contains(&&caps[2]) && !REGIONS.contains(&&caps[1]))
                .then(|| caps[0].to_owned())
        })
        .or_else(|| {
            let caps = NO_COMMAS.captures(line)?;
            let city = city_of(caps.get(1)?.as_str());
            (REGIONS.contains(&&caps[2]) && !names_a_job(city))
                .then(|| format!("{city} {} {}", &caps[2], &caps[3]))
        })
        .or_else(|| {
            // "🇪🇬 El Giza - Egypt": a city, a dash and its country, after an
            // icon.
            contact_parts(line).find_map(|p| {
                let p = p.trim_start_matches(|c: char| !c.is_alphanumeric());
                let (city, country) = p.rsplit_once(" - ")?;
                (is_country(country) && place_part(&format!("{city}, {country}")).is_some())
                    .then(|| p.to_owned())
            })
        })
        .or_else(|| {
            // "Nice, FR | …": a city and its country's code, one of the
            // contact details.
            contact_parts(line).find_map(|p| {
                let (city, code) = p.rsplit_once(", ")?;
                let city_ok =
                    place_words(city) && !names_a_job(city) && heading_section(city).is_none();
                (city_ok && COUNTRY_CODES.contains(&code)).then(|| p.to_owned())
            })
        })
        .or_else(|| {
            // "Singelstraat 51c 2613 EN Delft, NL" among other details: a
            // postcode, its town and the country, wherever on the line.
            static POSTCODE_TOWN: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?:^|\s)((?:[0-9]{4} ?[A-Z]{2}|[0-9]{4,5}|[0-9]{3} [0-9]{2}) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s?(\p{Lu}{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:$|[^\p{L}\p{N}])")
                    .expect("valid regex")
            });
            let caps = POSTCODE_TOWN.captures(line)?;
            (is_country_code(&caps[2]) || is_country(&caps[2]))
                .then(|| format!("{}, {}", &caps[1], &caps[2]))
        })
        .or_else(|| {
            // "abdel@free.fr | 06 88 23 43 20 | France": a country alone,
            // one of the contact details; "Kiruna | Sweden": with the
            // known city before it.
            let parts: Vec<&str> = contact_parts(line).collect();
            let at = parts.iter().position(|p| is_country(p))?;
            Some(match at.checked_sub(1).map(|i| parts[i]) {
                Some(city) if is_known_city(city) && !is_contact_label(city) => {
                    format!("{city}, {}", parts[at])
                }
                _ => parts[at].to_owned(),
            })
        })
        .or_else(|| pinned_place(line))
}

/// Whether a line opens a section other than a contact one, ending the
/// contact block; "• Education", a heading whose icon the text layer
/// wrote as a bullet, does too.
/// A label of the country a person is a citizen of ("Citizenship",
/// "Nationality:").
fn is_nationality_label(line: &str) -> bool {
    matches!(
        line.trim()
            .trim_end_matches([':', '：'])
            .trim_end()
            .to_lowercase()
            .as_str(),
        "citizenship" | "nationality" | "nationalité" | "nacionalidad" | "staatsangehörigkeit"
    )
}

fn ends_contact_block(line: &str) -> bool {
    heading_section(crate::vocab::bullet_body(line).unwrap_or(line))
        .is_some_and(|s| s != crate::vocab::Section::Other)
}

/// The world's towns of more than 15,000 people, lowercased and sorted
/// (GeoNames, CC BY 4.0: `vendor/geonames/`).
static CITIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../vendor/geonames/cities.txt")
        .lines()
        .collect()
});

/// Whether a name is a known town's ("Los Angeles", "mouscron"), whatever
/// its case.
pub(crate) fn is_known_city(name: &str) -> bool {
    let name = name.trim();
    name.starts_with(char::is_alphabetic)
        && CITIES.binary_search(&name.to_lowercase().as_str()).is_ok()
}

/// A contact detail's label, some of which are towns' names too
/// ("Mobile", Alabama).
fn is_contact_label(word: &str) -> bool {
    [
        "mobile", "phone", "cell", "tel", "home", "office", "work", "email", "e-mail", "mail",
        "address", "contact", "web", "website",
    ]
    .contains(&word.trim().trim_end_matches(':').to_lowercase().as_str())
}

/// "Los Angeles (818) 397-9956 wes@…", "Bristol  Email - …", "Pretoria,
/// South-Africa", "• mouscron, Belgique": a known town alone as one of
/// the contact details (or before the phone number), with the region or
/// country written after it, when no other form of place is found. Only
/// near a phone number or an e-mail address, and never on the name's
/// line, nor on the first line when no name was found (it may be the
/// name: "ANDERSON").
fn known_town_place(top: &[&str], name: Option<&str>) -> Option<String> {
    let detail = |l: &str| phone_in(l).is_some() || EMAIL.is_match(l);
    let rest_ok = |rest: &str| {
        (1..=3).contains(&rest.split_whitespace().count())
            && rest.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
            })
    };
    top.iter()
        .enumerate()
        .take(LOCATION_LINES)
        .take_while(|(_, l)| !ends_contact_block(l))
        .filter(|&(i, l)| name.map_or(i > 0, |n| n != *l))
        .filter(|&(i, _)| {
            top[i.saturating_sub(2)..(i + 3).min(top.len())]
                .iter()
                .any(|l| detail(l))
        })
        .find_map(|(_, l)| {
            contact_parts(l).find_map(|p| {
                let p = match phone_in(p) {
                    Some(phone) => p[..p.find(phone)?].trim_end_matches([' ', '(', '+']),
                    None => p,
                };
                let (town, rest) = p.split_once(", ").unwrap_or((p, ""));
                let ok = is_known_city(town)
                    && !is_contact_label(town)
                    && heading_section(town).is_none()
                    && !names_a_job(town)
                    && (rest.is_empty() || rest_ok(rest) || is_region_code(rest));
                ok.then(|| p.to_owned())
            })
        })
}

/// "📧 monmail@gmail.com / 📱 07 xx xx xx xx / 📍 Nantes (44)",
/// "Phone: +91 85530 29521 Location: Bangalore": what a map pin or a
/// place's label marks is the place, whatever its form (a French town and
/// its département's number, a city alone), up to the next detail or
/// label: a few words, no address of mail or web.
fn pinned_place(line: &str) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:^|[\s|•·])(?:location|city|wohnort|ville|ubicación|ubicacion)\s*:\s*|📍",
        )
        .expect("valid regex")
    });
    let after = &line[LABEL.find(line)?.end()..];
    // The next label ends the place ("Bangalore Email: …").
    let after = after
        .split_whitespace()
        .find(|w| w.ends_with(':'))
        .and_then(|w| after.find(w))
        .map_or(after, |end| &after[..end]);
    let place = after
        .split(['|', '•', '·', ';', '\t'])
        .next()?
        .split(" / ")
        .next()?
        .split("  ")
        .next()?
        .trim_start_matches(['\u{FE0F}', ':'])
        .trim()
        .trim_end_matches([',', '.', ';']);
    let words = place.split_whitespace().count();
    ((1..=5).contains(&words)
        && place.chars().any(char::is_alphabetic)
        && !place.contains('@')
        && !place.contains("://"))
    .then(|| place.to_owned())
}

/// The parts of a contact line: what its separators (`|`, `•`, `·`, …) hold,
/// each without a leading label ("Location:", "based in") or dash.
fn contact_parts(line: &str) -> impl Iterator<Item = &str> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[-–—•]\s*)?(?:(?:location|address|city|based in|located in|living in|lives in)\b\s*:?\s*)?")
            .expect("valid regex")
    });
    line.split(['|', '•', '·', '◦', '⋄', '♦', ';', '\t'])
        .flat_map(|p| p.split("  "))
        .map(|p| {
            // "📍 Île-de-France, France": an icon before the place is no
            // part of it.
            let p = p
                .trim()
                .trim_start_matches(|c: char| {
                    !c.is_alphanumeric() && !c.is_whitespace() && !"(+-–—•".contains(c)
                })
                .trim_start();
            // "B Turku, Finland": an icon font's glyph the text layer wrote
            // as a letter ("A" and "I" are words).
            let p = match p.split_once(' ') {
                Some((glyph, rest))
                    if glyph.len() == 1
                        && glyph.chars().all(|c| c.is_ascii_alphabetic())
                        && !matches!(glyph, "A" | "I" | "a")
                        && rest.starts_with(char::is_uppercase) =>
                {
                    rest
                }
                _ => p,
            };
            // "Mobile: 07952 441578 Address: 18 Glendale Drive, …": a
            // place's label after other details opens the place's part.
            static INSIDE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)\s(?:location|address|city)\s*:\s*").expect("valid regex")
            });
            let p = INSIDE.find(p).map_or(p, |m| &p[m.end()..]);
            let label = LABEL.find(p).map_or(0, |m| m.end());
            // "based in Seattle WA Email: …": the place ends where the next
            // label starts.
            let rest = &p[label..];
            let end = rest
                .split_whitespace()
                .find(|w| w.ends_with(':') || w.contains('@'))
                .and_then(|w| rest.find(w))
                .unwrap_or(rest.len());
            rest[..end].trim().trim_end_matches([',', '.', ';'])
        })
        .filter(|p| !p.is_empty())
}

/// A part that is a place and nothing else: two to four comma-separated
/// groups of capitalized words ending with a known region or country
/// ("Halifax, Nova Scotia, CA", "Silicon Valley, CA, USA"), or a city and
/// a state's code ("Seattle WA").
fn place_part(part: &str) -> Option<String> {
    // A postcode marks a postal address: its own group ("Golden CO,
    // 80401", "New South Wales, 2006, Australia"), after the last city
    // ("Macquarie Park, Sydney 2113") or before the first ("14199
    // Berlin", "2613 EN Delft, NL"). It is no place's word, and with it
    // the place need not end in a known region; a street before the city
    // goes ("6/8 Cottonwood Crescent Macquarie Park, Sydney 2113").
    //
    // A British postcode ("GU4 7HX", "EH9 3HJ") and an Indian PIN code
    // ("Bangalore - 560076") are each their country's own form: with
    // one, a town's name alone before it is a place.
    const UK: &str = UK_POSTCODE;
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?:[0-9]{{4,6}}|[0-9]{{4}} ?[A-Z]{{2}}|[0-9]{{3}} [0-9]{{2}}|{UK})$"
        ))
        .expect("valid")
    });
    static CODE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?: -)? (?:[0-9]{{4,6}}|{UK})$")).expect("valid"));
    static OWN_FORM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^(?:[0-9]{{6}}|{UK})$")).expect("valid"));
    let own_form = |code: &str| OWN_FORM.is_match(code.trim_start_matches([' ', '-']));
    static CODE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9]{5}|[0-9]{4} ?[A-Z]{2}|[0-9]{4}|[0-9]{3} [0-9]{2}) ").expect("valid")
    });
    let all: Vec<&str> = part.split(',').map(str::trim).collect();
    // "Sonnige Lehne 10, 95466 Weidenberg": a street's name, then its
    // house's number, as Europe writes them, before the postcode and the
    // town (and maybe the country): the place is the postcode's group on.
    if let [street, town, country @ ..] = &all[..]
        && country.len() <= 1
        && country.iter().all(|c| is_country(c))
        && ends_with_house_number(street)
        && let Some(code) = CODE_BEFORE.find(town)
        && let name = town[code.end()..].trim()
        && (1..=3).contains(&name.split_whitespace().count())
        && place_words(name)
        && !names_a_job(name)
    {
        return Some(part.get(part.find(town)?..)?.to_owned());
    }
    let mut postal = false;
    // A postcode after the first group: a number that opens the first is
    // the house's ("15317 Oaktree Estates Dr. Chesterfield MO, 63017").
    let code_after = all[1..]
        .iter()
        .any(|g| CODE.is_match(g) || CODE_AFTER.is_match(g));
    // A postcode after the first group's town: one of its country's own
    // form, or before the country ("Kyiv 04208, Ukraine"), or after a
    // state's code ("Toowoomba QLD 4350").
    let first_code_after = CODE_AFTER.find(all[0]).filter(|code| {
        let town = &all[0][..code.start()];
        own_form(code.as_str())
            || all.len() > 1 && all.last().is_some_and(|g| is_country(g))
            || town.rsplit(' ').next().is_some_and(state_before_code)
    });
    let mut own = false;
    let mut groups: Vec<&str> = Vec::with_capacity(all.len());
    for (i, g) in all.iter().enumerate() {
        if i > 0 && CODE.is_match(g) {
            postal = true;
            own |= own_form(g);
            continue;
        }
        let mut g = *g;
        if let Some(code) = CODE_AFTER
            .find(g)
            .filter(|_| i > 0)
            .or(first_code_after.filter(|_| i == 0))
        {
            postal = true;
            own |= own_form(code.as_str());
            g = &g[..code.start()];
        }
        if i == 0
            && !code_after
            && all.len() <= 2
            && let Some(code) = CODE_BEFORE.find(g)
        {
            postal = true;
            g = &g[code.end()..];
        }
        groups.push(g);
    }
    let mut shown = part;
    // "St Helens" opens with its saint, no street.
    let street = |g: &str| {
        g.split_whitespace()
            .enumerate()
            .any(|(i, w)| is_street_word(w) && !(i == 0 && matches!(w, "St" | "St.")))
    };
    // "150 Font Blvd, Apt MH, San Francisco": a flat's number after its
    // street is the street's.
    let unit =
        |g: &str| g.starts_with('#') || g.split_whitespace().next().is_some_and(is_unit_word);
    let last_street = groups.iter().rposition(|g| ends_a_street(g) || unit(g));
    if postal && let Some(at) = last_street.filter(|&at| at + 1 < groups.len()) {
        // "6 Crawford Ave, Exeter, NH 03833", "LnT Southcity, C3 1801,
        // Bannerghatta Road, Bangalore - 560076": the town follows its
        // street, the street's own group.
        groups.drain(..=at);
        shown = part.get(part.find(groups[0])?..)?;
    } else if postal
        && let Some(first) = groups.first_mut()
        && first.contains(|c: char| c.is_ascii_digit())
    {
        let city = city_of(first);
        if city.len() < first.len() && (code_after || !CODE_BEFORE.is_match(first)) {
            shown = part.get(part.find(city)?..)?;
            *first = city;
        }
    }
    if postal && !groups.is_empty() {
        let named = groups.iter().all(|g| {
            // "34170 Gorizia (GO)": an Italian town's province after it.
            let g: &str = g;
            let g = g
                .strip_suffix(')')
                .and_then(|g| g.rsplit_once(" ("))
                .filter(|(_, code)| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
                .map_or(g, |(town, _)| town);
            place_words(g) && !names_a_job(g) && heading_section(g).is_none()
        });
        let town = !groups.iter().any(|g| street(g));
        // One group ("Golden CO" of "Golden CO, 80401") ends in a state's
        // code, as without the postcode; a town after its postcode alone
        // is a word or two ("30757 Timberlake Village Cir" is a street).
        let alone = groups.len() > 1
            || (CODE_BEFORE.is_match(part) && groups[0].split_whitespace().count() <= 2)
            || own && groups[0].split_whitespace().count() <= 3
            || groups[0]
                .rsplit(' ')
                .next()
                .is_some_and(|code| groups[0].contains(' ') && state_before_code(code));
        if named && town && alone {
            return Some(shown.to_owned());
        }
    }
    // "QLD Australia": a region's code before its country.
    let coded = |g: &str| {
        g.rsplit_once(' ').is_some_and(|(code, country)| {
            PLACES.contains(&country)
                && (2..=3).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_uppercase())
        })
    };
    let known = |g: &str| REGIONS.contains(&g) || PLACES.contains(&g) || coded(g);
    let no_job = |g: &str| !names_a_job(g) && heading_section(g).is_none();
    // "Greater San Diego Area": a city's metropolitan area, as LinkedIn
    // names it.
    if let [g] = groups[..]
        && let Some(city) = g
            .strip_prefix("Greater ")
            .and_then(|rest| rest.strip_suffix(" Area"))
        && place_words(city)
        && (1..=3).contains(&city.split_whitespace().count())
        && no_job(city)
    {
        return Some(part.to_owned());
    }
    // "Birmingham, West Midlands, GB": a country's code after a city and
    // its region (alone after a name, "Acme, AG" is a legal form's).
    let coded_country = groups.len() >= 3
        && groups
            .last()
            .is_some_and(|g| g.len() == 2 && is_country_code(g));
    let place = if (2..=4).contains(&groups.len()) {
        groups.iter().all(|g| place_words(g) && no_job(g))
            && (groups[1..].iter().any(|g| known(g)) || coded_country)
    } else {
        // "Seattle WA": a city, then a state's code.
        let words: Vec<&str> = part.split_whitespace().collect();
        words.len() >= 2
            && REGIONS.contains(words.last().expect("two words"))
            && place_words(&words[..words.len() - 1].join(" "))
            && no_job(part)
    };
    place.then(|| part.to_owned())
}

/// A state's code, as a postal address sets it before the postcode
/// ("Golden CO 80401", "Toowoomba QLD 4350").
fn state_before_code(code: &str) -> bool {
    REGIONS.contains(&code) || AU_STATES.contains(&code)
}

/// One to four words a place's name is made of, the first capitalized
/// ("Halifax", "Nova Scotia", "Stratford upon Avon").
fn place_words(group: &str) -> bool {
    // "'s-Hertogenbosch": Dutch names open with an elided article.
    let capitalized = |w: &str| {
        ["'s-", "’s-"]
            .iter()
            .find_map(|a| w.strip_prefix(a))
            .unwrap_or(w)
            .starts_with(char::is_uppercase)
    };
    let place_word = |w: &str| {
        let w = w.trim_end_matches('.');
        capitalized(w) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
            || matches!(
                w,
                "of" | "de" | "du" | "la" | "le" | "am" | "upon" | "on" | "city"
            )
    };
    (1..=4).contains(&group.split_whitespace().count())
        && group.split_whitespace().all(place_word)
        && group.split_whitespace().next().is_some_and(capitalized)
}

/// The place on the contact line outside the top ("e-mail • phone" at the
/// end of a page, the place on the next line): the e-mail's line when it
/// also holds a phone number, and the lines right around it.
fn contact_line_place(text: &NormText) -> Option<String> {
    let lines = &text.lines;
    let at = lines
        .iter()
        .position(|l| EMAIL.is_match(&l.text) && phone_in(&l.text).is_some())?;
    (at.saturating_sub(1)..(at + 2).min(lines.len()))
        .find_map(|i| place_in_contact_line(&lines[i].text))
}

/// Words that open a city's name of several words ("San", "New", "Palo").
const CITY_OPENERS: &[&str] = &[
    "San", "Santa", "Santo", "São", "Sao", "Los", "Las", "La", "Le", "El", "New", "Salt",
    "Mountain", "Palo", "Redwood", "Menlo", "Fort", "Ft.", "Saint", "St.", "Ste.", "Mount", "Mt.",
    "Des", "Baton", "Grand", "Ann", "Cedar", "Kuala", "Hong", "Tel", "Rio", "Buenos", "Little",
    "Long", "Silicon", "Sioux", "Palm", "West", "East", "North", "South", "Lake", "Half", "Foster",
    "Daly", "Culver", "Beverly", "Cape", "Port", "Kansas", "Jersey", "Union", "College", "Boca",
    "Coral", "Overland", "Mexico", "Panama", "Abu", "Addis", "Sri", "Ho", "Chi", "Navi", "Greater",
    "Upper", "Lower", "Round", "Rancho", "Bowling", "Corpus", "Chapel", "Cherry", "Oak", "Eden",
    "Glen", "Virginia", "Thousand", "Pembroke", "Winter", "Sugar", "Elk", "Iowa", "Belo", "Porto",
    "Ciudad", "Villa", "Nova", "Den",
];

/// Last words of a city's name of two ("Mountain View", "Menlo Park").
const CITY_ENDINGS: &[&str] = &[
    "City", "Park", "Beach", "Springs", "Falls", "Heights", "Valley", "View", "Island", "Hills",
    "Creek", "Harbor", "Point", "Alto", "Rapids", "Rouge", "Arbor", "Haven", "Grove", "Bay",
    "Town", "Village", "Area", "Ridge", "Hill", "Oaks", "Pines", "Rock", "Green", "Station",
    "Forest", "Prairie", "Lakes", "Gardens", "Mills", "Cove", "Junction", "Plains", "Shores",
    "Meadows", "Bluffs", "Woods", "Township", "Borough", "Crossing", "Lake",
];

/// Whether a name's last word is one towns' names end with ("Hilton Head
/// Island", "Rock Hill").
fn ends_as_towns_do(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| CITY_ENDINGS.contains(&w))
}

/// A street's kind, the word that ends its name ("Greenway Blvd").
const STREETS: &[&str] = &[
    "Blvd",
    "Ave",
    "Avenue",
    "St",
    "Street",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Way",
    "Ct",
    "Court",
    "Pkwy",
    "Parkway",
    "Pl",
    "Place",
    "Hwy",
    "Highway",
    "Crescent",
    "Cres",
    "Terrace",
    "Boulevard",
    "Square",
    "Cir",
    "Circle",
    "Trail",
    "Trl",
];

/// Whether a word names a street's kind ("Ave.", "Crescent"), in capitals
/// too ("1209 CHARELENE DR").
fn is_street_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    STREETS.contains(&word)
        || word.len() > 1
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && STREETS
                .iter()
                .any(|s| s.len() == word.len() && s.eq_ignore_ascii_case(word))
}

/// Whether a line is a postal address that opens with its street: a
/// house's number, then a street's name ("32, Randle Avenue, Surulere,
/// Lagos", "6 Crawford Ave, Boston").
pub(crate) fn is_street_address(line: &str) -> bool {
    let line = line.trim();
    let number = line
        .find(|c: char| c == ',' || c.is_whitespace())
        .map_or(line, |end| &line[..end]);
    let house = (1..=6).contains(&number.len())
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/');
    house
        && line[number.len()..]
            .trim_start_matches([',', ' '])
            .split(',')
            .next()
            .is_some_and(|street| ends_a_street(street.trim()))
}

/// Whether a group is a street's name, then the house's number, as
/// continental Europe writes it ("Stadelstrasse 22", "Sonnige Lehne 10",
/// "Singelstraat 51c"): capitalized words, then a number with at most a
/// letter after it.
fn ends_with_house_number(group: &str) -> bool {
    let words: Vec<&str> = group.split_whitespace().collect();
    let Some((number, name)) = words.split_last() else {
        return false;
    };
    let digits = number.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (1..=4).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
        && (1..=4).contains(&digits.len())
        && number.len() <= digits.len() + 1
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a group's last words end a street's name: its kind ("6
/// Crawford Ave"), or its kind and a quarter of the town ("303 3rd Ave
/// S", "1200 Main St NW").
fn ends_a_street(group: &str) -> bool {
    let mut words = group.rsplit(' ');
    match (words.next(), words.next()) {
        (Some(last), _) if is_street_word(last) => true,
        (Some(quarter), Some(kind)) => {
            matches!(
                quarter.trim_end_matches('.'),
                "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW"
            ) && is_street_word(kind)
        }
        _ => false,
    }
}

/// A flat's or a suite's word before its number ("Apt. B", "Suite 200").
fn is_unit_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Apt" | "Apartment" | "Suite" | "Ste" | "Unit" | "Flat"
    )
}

/// The city of the capitalized words before ", Region": the words a city's
/// name is made of, without the employer or street the text layer ran into
/// it ("Google Mountain View" → "Mountain View", "Technology Atlanta" →
/// "Atlanta", "Salt Lake City" whole).
pub(crate) fn city_of(words: &str) -> &str {
    // Each word with where it starts, so the city is a slice from one.
    let ws: Vec<(usize, &str)> = words
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - words.as_ptr() as usize, w))
        .collect();
    let Some(&(_, last)) = ws.last() else {
        return words;
    };
    // "Greenway Blvd Valley Stream": the city follows its street.
    // ("St. Paul" opens with its saint.)
    if let Some(at) = ws[..ws.len() - 1]
        .iter()
        .rposition(|(_, w)| is_street_word(w))
        .filter(|&at| at > 0 || !matches!(ws[0].1, "St." | "St"))
    {
        // "1531 NW 10th Street Apt. B": a flat's number after its street
        // is the street's, no city.
        let from = if is_unit_word(ws[at + 1].1) {
            at + 3
        } else {
            at + 1
        };
        return ws
            .get(from)
            .map_or(&words[words.len()..], |(start, _)| &words[*start..]);
    }
    let mut keep = 1;
    while keep < ws.len() {
        let next = ws[ws.len() - keep - 1].1;
        let ending = keep == 1 && CITY_ENDINGS.contains(&last);
        if CITY_OPENERS.contains(&next) || ending {
            keep += 1;
        } else {
            break;
        }
    }
    &words[ws[ws.len() - keep].0..]
}

/// [`location_in`], for a line in capitals too ("GOIN POSTAL. LAKE ST.
/// LOUIS, MO"): read as if in title case, the states' codes kept, and
/// given back as written.
pub(crate) fn location_in_any_case(line: &str) -> Option<String> {
    if !line.is_ascii() || line.chars().any(|c| c.is_ascii_lowercase()) {
        return location_in(line);
    }
    let shape: String = line
        .split(' ')
        .map(|w| {
            // "ST." is a saint's short form, "MO" a state's code, "EL" a
            // city's first word ("EL PASO").
            let opener = w.len() == 2
                && !is_region_code(w)
                && CITY_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w));
            if w.chars().filter(char::is_ascii_alphabetic).count() >= 3
                || w.ends_with('.')
                || opener
            {
                let (first, rest) = w.split_at(1);
                format!("{first}{}", rest.to_ascii_lowercase())
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let place = location_in(&shape)?;
    let at = shape.find(&place)?;
    line.get(at..at + place.len()).map(str::to_owned)
}

/// "Mountain View, CA", "Münster, Germany": a place, never a job line.
/// A country after a region is the place's ("Silicon Valley, CA, USA").
pub(crate) fn location_in(line: &str) -> Option<String> {
    let mut from = 0;
    while let Some(caps) = LOCATION.captures_at(line, from) {
        // A region that is no place may be the next place's city ("1806
        // Dwight Way, Berkeley, CA 94703"): the search goes on from it.
        from = caps.get(2).map_or(line.len(), |m| m.start());
        // "1672 Greenway Blvd  Valley Stream, NY 11580": words a field's
        // separator (two spaces, a bar, a comma, an icon) sets apart after
        // other text are the city's, all of them; at the line's start
        // they may be an employer's run into the city ("Google Mountain
        // View, CA").
        let set_apart = caps.get(1).is_some_and(|m| {
            let before = line[..m.start()].trim_end_matches(' ');
            before.chars().any(char::is_alphanumeric)
                && (line[..m.start()].ends_with("  ")
                    // "Monmouth Telecom - Red Bank, NJ": a spaced dash,
                    // before a city's two words at most ("… - Real Estate
                    // Webmasters, BC" names the employer and its province),
                    // or three that end as towns' names do ("Hilton Head
                    // Island, SC").
                    || ([" -", " –", " —"].iter().any(|d| before.ends_with(d))
                        && match m.as_str().split_whitespace().count() {
                            ..=2 => true,
                            3 => ends_as_towns_do(m.as_str()),
                            _ => false,
                        })
                    || before
                        .chars()
                        .next_back()
                        .is_some_and(|c| !c.is_alphanumeric() && !".-'’&".contains(c))
                    // "Goin Postal. Lake St. Louis, MO": a full stop after
                    // a word (not "St.") sets the town apart too.
                    || before.strip_suffix('.').is_some_and(|b| {
                        b.rsplit(' ')
                            .next()
                            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                    }))
        });
        let city = if set_apart {
            &caps[1]
        } else {
            city_of(&caps[1])
        };
        let region = &caps[2];
        let (start, end) = caps.get(0).map_or((0, 0), |m| (m.start(), m.end()));
        // "All Star Code, New York, NY": a city and its state's code after
        // the name; the name's last word is no city. The place is read
        // from the city on.
        if region.len() > 2
            && line[end..].strip_prefix(", ").is_some_and(|rest| {
                let code = rest.get(..2).unwrap_or("");
                is_region_code(code)
                    && !is_country_code(code)
                    && !rest[2..].starts_with(char::is_alphanumeric)
            })
        {
            continue;
        }
        // "San Francisco, Ca 94117", "CA-94115": a state in any case before
        // its ZIP code.
        let zip = line[end..]
            .trim_start()
            .trim_start_matches('-')
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|d| d.len() == 5);
        // "WTL Enterprises, Monett, Mo": a state's code in title case that
        // ends the line, after a name and its comma ("Acme, Ca" alone, and
        // "Smith Brothers, Co", are no place).
        let last = line[end..].trim_start_matches('.').trim().is_empty()
            && line[..start].trim_end().ends_with(',')
            && region.len() == 2
            && region != "Co"
            && region.ends_with(|c: char| c.is_ascii_lowercase());
        let known_region = REGIONS.contains(&region)
            || PLACES.contains(&region)
            || ((zip || last) && REGIONS.contains(&region.to_uppercase().as_str()));
        // "Research Intern, MD Anderson": a job's name is no city's. A
        // town's three words that end as towns' names do, the first no
        // job's word, may hold one ("Hilton Head Island").
        let job_word = |w: &str| names_a_job(w) || crate::parse::resume::is_position(w);
        let town = city.split_whitespace().count() == 3
            && ends_as_towns_do(city)
            && city.split(' ').next().is_some_and(|w| !job_word(w));
        if known_region
            && (town || !job_word(&caps[1]))
            // "MUREX S.A.S Pvt Ltd, Singapore", "Jimma University,
            // Ethiopia": a company's or an institution's name ("College
            // Park" and "Red Bank" are towns).
            && !city.split_whitespace().any(crate::parse::resume::is_company_suffix)
            // "Next Digital Hub, Spain": nor is a company's last word.
            && !city.rsplit(' ').next().is_some_and(|w| {
                INSTITUTION_KINDS.contains(&w)
                    || [
                    "Hub",
                    "Labs",
                    "Group",
                    "Solutions",
                    "Systems",
                    "Technologies",
                    "Studio",
                    "Agency",
                ]
                .contains(&w)
            })
            && heading_section(city).is_none()
        {
            let country = line[end..]
                .strip_prefix(", ")
                .and_then(|rest| {
                    PLACES
                        .iter()
                        .chain(REGIONS)
                        .filter(|p| {
                            rest.starts_with(**p)
                                && !rest[p.len()..].starts_with(char::is_alphanumeric)
                        })
                        .max_by_key(|p| p.len())
                })
                .map_or(String::new(), |c| format!(", {c}"));
            return Some(format!("{city}, {region}{country}"));
        }
    }
    None
}

/// Something an ATS would not read as an e-mail address: an `@` with
/// spaces around it, `(at)` / `[at]`, or "AT" spelled out in capitals
/// ("chris AT ashton.codes"; "worked at acme.com" is a sentence).
fn broken_email(line: &str) -> Option<String> {
    static BROKEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[A-Za-z0-9._%+-]+(?:\s*(?:@|\(at\)|\[at\])\s*|\s+(?-i:AT)\s+)[A-Za-z0-9()._-]+(?:\s?\.\s?[A-Za-z0-9()_-]+)+")
            .expect("valid regex")
    });
    BROKEN
        .find(line)
        .map(|m| m.as_str().to_owned())
        .filter(|m| !EMAIL.is_match(m) || m.contains(' '))
}

/// A CJK unified ideograph (a Han character).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// A Hangul syllable, as Korean names are written.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// The name a line gives with its label ("Name: Jane Doe", "姓名：王小明",
/// "Nom : Jean Dupont"), or in the Chinese personal-details form of name,
/// gender and birth year ("胶布帝/男/1990").
fn labelled_name(line: &str) -> Option<String> {
    // The EU's CV sets the name beside the label of the personal details,
    // with no colon ("Personal information  SERGEY ALYAEV").
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:full\s+name|name|姓名|nom|nombre|vorname und name|nome e cognome|cognome e nome|nome(?:\s+completo)?|nombre(?:\s+completo|\s+y\s+apellidos?)|nom et prénom|prénom et nom)(?:\s*[:：]|\s{2,})|personal\s+(?:information|details)\s*[:：]?)\s*(\S.*)$")
            .expect("valid regex")
    });
    static GENDERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Han}{2,4})\s*[/／|｜,，]\s*[男女]").expect("valid regex")
    });
    let line = crate::vocab::bullet_body(line).unwrap_or(line).trim();
    if let Some(caps) = GENDERED.captures(line) {
        return Some(caps[1].to_owned());
    }
    // The value reads as a name would at the top ("王小明" too).
    name_in_line(LABELLED.captures(line)?.get(1)?.as_str().trim())
}

/// A name written in lowercase at the start of a line ("eric fritz
/// (I build software)"): two or three plain words that the e-mail address
/// spells out, its punctuation aside ("eric@eric-fritz.com"), in either
/// order within the address's own part ("pamela vandepeutte" and
/// "vandepeutte.pamela@…"; "built tools" is not "tools@built.dev").
fn lowercase_name(line: &str, email: &str) -> Option<String> {
    let first = line.split(NAME_ENDS).next()?.trim();
    let words: Vec<&str> = first.split_whitespace().collect();
    // An address's letters and digits, in lowercase.
    let folded = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let spelled = folded(email);
    let local = folded(email.split('@').next().unwrap_or_default());
    // ("Amy nicole Pate" over "Amypate85@…": a middle name typed in
    // lowercase, the address spelling the first and the last.)
    let plain = |w: &&str| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic);
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mixed = words.iter().any(|w| w.starts_with(char::is_uppercase));
    ((2..=3).contains(&words.len())
        && words.iter().all(plain)
        && (mixed || words.iter().all(|w| w.chars().all(char::is_lowercase)))
        && (spelled.contains(&lower.concat())
            || local.contains(&lower.iter().rev().map(String::as_str).collect::<String>())
            || (lower.len() == 3 && local.contains(&format!("{}{}", lower[0], lower[2]))))
        && !NOT_NAMES.contains(&lower[0].as_str())
        && !names_a_job(first))
    .then(|| words.join(" "))
}

/// Whether a word ranks or qualifies a job title ("Sr.", "Senior", a
/// tool's name with a capital inside it such as "DevOps"), never a
/// person's name ("Julia" may be either: it is left a name).
fn qualifies_a_title(word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    matches!(
        bare.as_str(),
        "sr" | "jr" | "senior" | "junior" | "principal" | "staff" | "chief" | "head" | "lead"
    ) || (word.chars().skip(1).any(char::is_uppercase) && crate::spelling::is_known_term(word))
}

/// The name a line starts with, if it reads like one.
/// How far down a name after a sidebar printed first is looked for.
const SIDEBAR_NAME_LINES: usize = 120;

/// "Contact" / "Top Skills" / … / "Miloš Milunović" / headline /
/// "Summary": a sidebar printed before the main column (LinkedIn's profile
/// export; an HTML page's contacts and skills aside). The name opens the
/// main column: a line alone after a blank one, the whole line a name,
/// with the main column's first section (Summary, Experience, Projects,
/// Education) within the next few lines and no other heading before it.
fn name_after_sidebar(text: &NormText) -> Option<String> {
    use crate::vocab::Section;
    let lines: Vec<&str> = text
        .lines
        .iter()
        .take(SIDEBAR_NAME_LINES)
        .map(|l| l.text.trim())
        .collect();
    // The page opens with a heading: the sidebar's, maybe under a
    // monogram of the name's initials ("M.C" over "OBJECTIVE").
    let mut opening = lines.iter().filter(|l| !l.is_empty());
    let first = opening.next()?;
    let monogram = |l: &str| {
        let letters: Vec<char> = l.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
        (1..=3).contains(&letters.len()) && letters.iter().all(char::is_ascii_uppercase)
    };
    if heading_section(first).is_none() {
        heading_section(opening.next().filter(|_| monogram(first))?)?;
    }
    (1..lines.len()).find_map(|i| {
        let line = lines[i];
        if !lines[i - 1].is_empty() || heading_section(line).is_some() {
            return None;
        }
        // The name alone, or before a headline its dash or bar sets
        // apart ("HELENE SCHRECK- INTEGRATEUR WEB").
        let name = name_in_line(line).filter(|n| {
            line.strip_prefix(n.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.trim_start().starts_with(['-', '–', '—', '|'])
            })
        })?;
        let below = lines[i + 1..].iter().filter(|l| !l.is_empty()).take(5);
        for l in below {
            match heading_section(l) {
                Some(
                    Section::Summary | Section::Experience | Section::Projects | Section::Education,
                ) => return Some(name),
                Some(_) => return None,
                None => {}
            }
        }
        None
    })
}

/// The particles of family names ("van der", "de la", "von", "bin"),
/// written in lower case between a name's words.
const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "la", "le", "von", "zu", "da", "das", "dos", "di",
    "du", "ten", "ter", "bin", "binti", "al", "el",
];

/// A word that says what the document is ("CV", "Résumé", "Lebenslauf").
fn is_document_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "resume" | "résumé" | "curriculum" | "vitae" | "cv" | "lebenslauf" | "резюме"
    )
}

fn name_in_line(line: &str) -> Option<String> {
    // "Timothy (T.J.) King", "Robert \"Bob\" Smith": a nickname between
    // the names is the name's, as printed.
    static NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(\p{Lu}[\p{L}'’.-]+) (\([^()\s]{1,12}\)|"[^"\s]{1,12}"|“[^”\s]{1,12}”) (\p{Lu}[\p{L}'’.-]+)"#)
            .expect("valid")
    });
    if let Some(c) = NICKNAME.captures(line.trim_start()) {
        let without = format!(
            "{} {}",
            &c[1],
            &line.trim_start()[c[2].len() + c[1].len() + 2..]
        );
        if let Some(name) = name_in_line(&without)
            && let Some(rest) = name.strip_prefix(&format!("{} ", &c[1]))
        {
            return Some(format!("{} {} {rest}", &c[1], &c[2]));
        }
    }
    // "Hello" / "I'm Brandon Heinrich": a page that introduces its owner;
    // "Curriculum Vitae of Waldo Ackerman", "CURRICULUM VITAE - JENNY
    // HÖGLAUER", "Curriculum Vitae: Daniel A. Svedberg": a document that
    // names its.
    static GREETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?i:(?:hello|hi|hey)[,!.]?\s+)?(?i:i['’]m|i\s+am|my\s+name\s+is)|(?i:curriculum\s+vitae|r[eé]sum[eé]|cv)(?:\s+of|\s*:|\s+[-–—]))\s+(\p{Lu})")
            .expect("valid")
    });
    let line = match GREETING.captures(line).and_then(|c| c.get(1)) {
        Some(name) => &line[name.start()..],
        None => line,
    };
    // "Ms. Ruth Nthenya Wambua", "Dr. Maximilian Wittmann": a form of
    // address is no part of the name (the degree after it goes too).
    let line = line
        .split_once(' ')
        .filter(|(title, rest)| {
            matches!(
                title.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof"
            ) && rest.starts_with(char::is_uppercase)
        })
        .map_or(line, |(_, rest)| rest);
    // "AWE, Taiwo Oluwole": the surname in capitals first, a comma, then
    // the given names, alone on the line (not "LONDON, United Kingdom",
    // nor "ACME, Inc").
    static SURNAME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})?, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$")
            .expect("valid")
    });
    let whole = line.trim();
    if SURNAME_FIRST.is_match(whole)
        && location_in(whole).is_none()
        && !is_place(whole)
        && !whole
            .split_whitespace()
            .any(|w| crate::parse::resume::is_company_suffix(w.trim_end_matches(',')))
        && !names_a_job(whole)
    {
        return Some(whole.to_owned());
    }
    let first = line.split(NAME_ENDS).next()?.trim();
    // "ARTHUR L. - Software Engineer": a spaced hyphen sets the headline
    // apart as a dash would, and so does a dash typed as two or three
    // hyphens ("Hong Minhee --- Résumé").
    let first = first
        .split("  ")
        .next()?
        .split(" --")
        .next()?
        .split(" - ")
        .next()?
        .trim();
    // "HELENE SCHRECK- INTEGRATEUR WEB": so does one typed against the
    // name, a capital after it.
    let first = match first.find("- ") {
        Some(at)
            if first[..at].ends_with(char::is_alphabetic)
                && first[at + 2..].starts_with(char::is_uppercase) =>
        {
            &first[..at]
        }
        _ => first,
    };
    if heading_section(first).is_some() {
        return None;
    }
    // "王小明": a Chinese name is two to four Han characters, a Korean one
    // two to four Hangul syllables ("강효준"), alone on its line or before
    // a headline set apart by a spaced dash ("강효준 - 소프트웨어
    // 엔지니어"); "首先，一份好的简历…" starts a sentence.
    let letters = first.chars().count();
    let headline = line
        .trim()
        .strip_prefix(first)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(" - "));
    if (2..=4).contains(&letters)
        && (first.chars().all(is_han) || first.chars().all(is_hangul))
        && headline
    {
        return Some(first.to_owned());
    }
    let namelike = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || ".'-’".contains(c))
    };
    // "Sourabh Bajaj Email: sourabh@...", "Alfred Pennyworth alfred.p...":
    // the name is the run of name-like words before the contact details.
    let words: Vec<&str> = first.split_whitespace().collect();
    let run = words.iter().take_while(|w| namelike(w)).count();
    // A plain word in lowercase goes on a sentence ("Erfahrener
    // Softwareentwickler mit Schwerpunkt…"), not a name.
    let stops = words.get(run).is_some_and(|w| {
        w.contains([':', '@', '/'])
            || w.starts_with(|c: char| c.is_ascii_digit() || c == '+')
            || (w.starts_with(char::is_lowercase) && w.contains('.'))
    });
    let mut words: Vec<&str> = if stops && run >= 2 {
        words[..run].to_vec()
    } else {
        words
    };
    // "ANDREW ASCONE Middletown, NJ": a name set in capitals ends where
    // the words in lower case begin (the town, the headline).
    let capitals = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let caps_run = words.iter().take_while(|w| capitals(w)).count();
    if caps_run >= 2 && caps_run < words.len() && words[caps_run].chars().any(char::is_lowercase) {
        words.truncate(caps_run);
    }
    // "Dmitry Safonov Kernel Engineer Last update on …": the headline on
    // the name's line, with nothing between them. A job's word after two
    // name-like words ends the name before the words that qualify it:
    // the name is its first two words (three with a middle initial).
    // A title's own words are no name's ("DevOps Site Reliability
    // Engineer", "Sr. System Reliability Engineer"): a rank, or a tool's
    // or practice's name.
    if let Some(job) = words[..run.min(words.len())]
        .iter()
        .position(|w| crate::parse::resume::is_position(w))
        && job >= 3
    {
        let initial = words[1].trim_end_matches('.').chars().count() == 1;
        // "KAREN LOBIN PERKINS SOFTWARE ENGINEER": the field of the work
        // right before the job's word begins the title; the name is all
        // before it.
        let three = initial
            || (job == 4
                && crate::parse::resume::names_a_field(words[3])
                && !qualifies_a_title(words[2]));
        words.truncate(if three { 3 } else { 2 });
        if words.iter().any(|w| qualifies_a_title(w)) {
            return None;
        }
    }
    // "RickSullivan": a name whose two words a template sets apart by
    // colour alone, with no space between them, alone on its line.
    static CAMEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$").expect("valid"));
    if let [word] = words[..]
        && line.trim() == word
        && let Some(c) = CAMEL.captures(word)
        && !NOT_NAMES.contains(&c[1].to_lowercase().as_str())
        && !names_a_job(word)
        && !crate::spelling::is_known_term(word)
    {
        return Some(format!("{} {}", &c[1], &c[2]));
    }
    // "Jasmine Smith BSN, RN, OCN", "Jane Doe PhD": the letters of a
    // degree or a licence after a name in mixed case are no part of it
    // ("YO-YO MA" is all name).
    let mixed = words.iter().any(|w| w.chars().any(char::is_lowercase));
    while mixed
        && words.len() > 2
        && words
            .last()
            .is_some_and(|w| POST_NOMINALS.contains(&w.replace('.', "").as_str()))
    {
        words.pop();
    }
    // "Patrick Smyth CV", "Jane Doe Curriculum Vitae": a document's
    // title, the name and then what the document is.
    // ("Curriculum" ends no title: "Vitae" does, and takes it along.)
    while mixed
        && words.len() > 2
        && words
            .last()
            .is_some_and(|w| is_document_word(w) && !w.eq_ignore_ascii_case("curriculum"))
    {
        words.pop();
        if words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("curriculum"))
        {
            words.pop();
        }
        // "Axel Jacquin's CV": the name's, whose.
        if let Some(last) = words.last_mut() {
            *last = last
                .strip_suffix("'s")
                .or_else(|| last.strip_suffix("’s"))
                .unwrap_or(last);
        }
    }
    let first = words.join(" ");
    let first = first.as_str();
    // ("JESSICA THAMIRES SOUZA DOS SANTOS": a family name's particle
    // between the words makes room for one word more, up to two.)
    let particles = words
        .get(1..words.len().saturating_sub(1))
        .unwrap_or_default()
        .iter()
        .filter(|w| NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
        .count()
        .min(2);
    if !(2..=4 + particles).contains(&words.len()) || first.chars().count() > 40 {
        return None;
    }
    // "Wesley Van der Klomp", "Ana de la Cruz": a family name's particle
    // in lower case between the name's words.
    let last = words.len() - 1;
    let particle = |i: usize, w: &str| i > 0 && i < last && NAME_PARTICLES.contains(&w);
    if !words
        .iter()
        .enumerate()
        .all(|(i, w)| namelike(w) || particle(i, w))
    {
        return None;
    }
    // "This Curriculum Vitae - Automatically deploys…": a document's word
    // anywhere in the words is no name's.
    let document = |w: &&str| is_document_word(w);
    // "DEVELOPPEUSE WEB": a headline that opens with a job's word, in
    // any language the titles are read in, is no name ("Carpenter" may
    // end one).
    // "West Forsyth High School", "Stanford University": an
    // institution's kind ends no person's name.
    let institution = |w: &str| INSTITUTION_KINDS.iter().any(|k| k.eq_ignore_ascii_case(w));
    if NOT_NAMES.contains(&words[0].to_lowercase().as_str())
        || words.iter().any(document)
        || names_a_job(first)
        || crate::parse::resume::is_position(words[0])
        || institution(words[last])
    {
        return None;
    }
    // "Silicon Valley, CA" and "Mountain View" before a region are places.
    if location_in(line).is_some_and(|l| l.starts_with(first)) {
        return None;
    }
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;

    fn candidate(lines: &[&str]) -> Candidate {
        find(&normalize(&Document::from_lines(lines.iter().copied())))
    }

    #[test]
    fn a_web_address_broken_over_lines_is_read_whole() {
        let c = candidate(&[
            "Elmer Jabutay",
            "https://www.facebook.co",
            "m/elmer.jabz",
            "https://www.linkedin.com",
            "/in/elmer-jabutay-",
            "114a0b272/",
            "Python",
        ]);
        assert_eq!(
            c.linkedin.as_deref(),
            Some("https://www.linkedin.com/in/elmer-jabutay-114a0b272")
        );
        let text = normalize(&Document::from_lines([
            "https://www.facebook.co",
            "m/elmer.jabz",
            "2019/2020",
        ]));
        let lines = &text.lines;
        // (Digits after the address whole are no piece of it.)
        assert_eq!(address_run(lines, 0), "https://www.facebook.com/elmer.jabz");
        assert_eq!(address_run(lines, 1), "m/elmer.jabz");
        // Nor is a word in capitals after a slash.
        let text = normalize(&Document::from_lines([
            "https://www.linkedin.com",
            "/in/elmer-jabutay-",
            "114a0b272/",
            "Python",
        ]));
        assert_eq!(
            address_run(&text.lines, 0),
            "https://www.linkedin.com/in/elmer-jabutay-114a0b272/"
        );
    }

    #[test]
    fn a_name_run_together_or_introduced_is_the_name() {
        assert_eq!(
            name_in_line("RickSullivan").as_deref(),
            Some("Rick Sullivan")
        );
        // Not a name's shape, or more on the line: no name.
        assert_eq!(name_in_line("McDonald"), None);
        assert_eq!(name_in_line("JavaScript"), None);
        assert_eq!(name_in_line("RickSullivan, Engineer"), None);
        // A page that introduces its owner.
        assert_eq!(
            name_in_line("Hello I'm Brandon Heinrich").as_deref(),
            Some("Brandon Heinrich")
        );
        assert_eq!(
            name_in_line("My name is Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(name_in_line("I am passionate about code"), None);
        // A document that names its owner after a dash or a colon.
        assert_eq!(
            name_in_line("CURRICULUM VITAE - JENNY HOFER").as_deref(),
            Some("JENNY HOFER")
        );
        assert_eq!(
            name_in_line("Curriculum Vitae: Daniel A. Berg  Email: dan@example.com").as_deref(),
            Some("Daniel A. Berg")
        );
        // A name in capitals, then the town or the headline.
        assert_eq!(
            name_in_line("ANDREW ASCONE Middletown, NJ ▪ (848)218-3402").as_deref(),
            Some("ANDREW ASCONE")
        );
        assert_eq!(
            name_in_line("Jean DUPONT Lyon").as_deref(),
            Some("Jean DUPONT Lyon"),
            "a surname in capitals after the first name is not cut"
        );
    }

    #[test]
    fn a_state_s_code_in_title_case_ends_a_place_only_at_the_line_s_end() {
        assert_eq!(
            location_in("WTL Enterprises, Monett, Mo").as_deref(),
            Some("Monett, Mo")
        );
        assert_eq!(
            location_in("Clovis Unified, Fresno, Ca.").as_deref(),
            Some("Fresno, Ca")
        );
        assert_eq!(location_in("Acme, Ca"), None);
        // A company, and a code in the middle of a line, are no place.
        assert_eq!(location_in("Acme, Smith Brothers, Co"), None);
        assert_eq!(location_in("Monett, Mo and more"), None);
    }

    #[test]
    fn a_town_spelt_with_central_europe_s_letters_is_a_place() {
        assert_eq!(
            location_in("Aug 2023 - Sep 2023, Wrocław, Poland").as_deref(),
            Some("Wrocław, Poland")
        );
    }

    #[test]
    fn a_postal_address_s_town_keeps_its_postcode_and_loses_its_street() {
        for (line, want) in [
            ("jane@example.com | 14199 Berlin", Some("14199 Berlin")),
            ("8031 KJ Zwolle", Some("8031 KJ Zwolle")),
            (
                "Vilbeler Landstrasse 83 | 60388 Frankfurt | Germany",
                Some("60388 Frankfurt, Germany"),
            ),
            (
                "m.b@tudelft.nl Ó 39-639490352 R Singelstraat 51c 2613 EN Delft, NL",
                Some("2613 EN Delft, NL"),
            ),
            (
                "4 Lester PL, #3 | Jamaica Plain MA, 02130",
                Some("Jamaica Plain MA, 02130"),
            ),
            (
                "New South Wales, 2006, Australia",
                Some("New South Wales, 2006, Australia"),
            ),
            (
                "Address: 6/8 Cottonwood Crescent Macquarie Park, Sydney 2113",
                Some("Macquarie Park, Sydney 2113"),
            ),
            ("La Granja, Córdoba, 5115", Some("La Granja, Córdoba, 5115")),
            // A street's name before its house's number, then the
            // postcode and the town.
            (
                "Address: Sonnige Lehne 10, 95466 Weidenberg",
                Some("95466 Weidenberg"),
            ),
            (
                "Stadelstrasse 22, 6373 Ennetbürgen",
                Some("6373 Ennetbürgen"),
            ),
            (
                "Hauptstraße 5a, 10315 Berlin, Germany",
                Some("10315 Berlin, Germany"),
            ),
            ("6 Crawford Ave, Exeter, NH 03833", Some("Exeter, NH 03833")),
            // A house's number before the street, the postcode after the
            // town.
            (
                "15317 Oaktree Estates Dr. Chesterfield MO, 63017 | (636) 577-3501",
                Some("Chesterfield MO, 63017"),
            ),
            // A country's code after a city and a region it does not
            // know.
            (
                "alfred@example.com | Birmingham, West Midlands, GB",
                Some("Birmingham, West Midlands, GB"),
            ),
            // The street's quarter of the town after its kind.
            (
                "303 3rd Ave S, Lake Worth, Fl 33460",
                Some("Lake Worth, Fl 33460"),
            ),
            (
                "Wake Forest, NC 27587, USA",
                Some("Wake Forest, NC 27587, USA"),
            ),
            // A British postcode, an Indian PIN code, an Australian
            // state's code before its postcode; the town after its street
            // and a flat's number.
            (
                "18 Glendale Drive, Guildford, Surrey, GU4 7HX",
                Some("Guildford, Surrey, GU4 7HX"),
            ),
            (
                "72 Birchington Avenue, Huddersfield, HD3 3RB",
                Some("Huddersfield, HD3 3RB"),
            ),
            ("London SW1A 1AA", Some("London SW1A 1AA")),
            (
                "Mobile: 07952 441578 Address: 18 Glendale Drive, Guildford, GU4 7HX",
                Some("Guildford, GU4 7HX"),
            ),
            (
                "Address  LnT Southcity, C3 1801, Bannerghatta Road, Bangalore - 560076",
                Some("Bangalore - 560076"),
            ),
            (
                "Kokra, Khoksa, Raiganj, Uttar Dinajpur, West Bengal, 733134",
                Some("Kokra, Khoksa, Raiganj, Uttar Dinajpur, West Bengal, 733134"),
            ),
            ("Toowoomba QLD 4350", Some("Toowoomba QLD 4350")),
            ("Kyiv 04208, Ukraine", Some("Kyiv 04208, Ukraine")),
            (
                "via Androna della Pergola 14 | 34170 Gorizia (GO), Italy",
                Some("34170 Gorizia (GO), Italy"),
            ),
            (
                "Parr, St Helens, Merseyside WA9 1RU",
                Some("Parr, St Helens, Merseyside WA9 1RU"),
            ),
            (
                "150 Font Blvd, Apt MH, San Francisco, CA - 94132",
                Some("San Francisco, CA - 94132"),
            ),
            // A street's number is no postcode; a name and a code no town.
            ("30757 Timberlake Village Cir", None),
            ("Acme Labs 80401", None),
            ("1209 CHARELENE DR", None),
            ("Acme Labs, 80401", None),
        ] {
            assert_eq!(
                candidate(&["Jane Doe", line]).location.as_deref(),
                want,
                "{line}"
            );
        }
    }

    #[test]
    fn a_nationality_is_no_place_the_candidate_lives() {
        let found = |lines: &[&str]| candidate(lines).location;
        // An economist's margin: "Citizenship" over "Singapore".
        for label in ["Citizenship", "Nationality:", "Nationalité"] {
            assert_eq!(
                found(&["Wei Yang Tham", &format!("{label}  Singapore"), "Education"]),
                None,
                "{label}"
            );
            assert_eq!(
                found(&[
                    "Wei Yang Tham",
                    "Contact Information",
                    "175 N. Harvard St",
                    label,
                    "Singapore",
                    "Education"
                ]),
                None,
                "{label}"
            );
        }
        // A town under the contact heading is the candidate's.
        assert_eq!(
            found(&["Wei Yang Tham", "Contact", "Singapore", "Education"]).as_deref(),
            Some("Singapore")
        );
    }

    #[test]
    fn a_street_and_its_town_on_two_lines_give_the_town() {
        let found = |lines: &[&str]| candidate(lines).location;
        assert_eq!(
            found(&[
                "Jane Doe",
                "Skills",
                "Java",
                "Am Tierpark 15",
                "10315 Berlin",
                "0176 30442431"
            ])
            .as_deref(),
            Some("10315 Berlin")
        );
        // Far from a phone or an e-mail, a number after words is no
        // house's.
        assert_eq!(
            found(&[
                "Jane Doe",
                "Skills",
                "Windows 10",
                "12345 Users",
                "Java",
                "Go"
            ]),
            None
        );
    }

    #[test]
    fn a_city_set_apart_keeps_all_its_words() {
        // After a street, two spaces or an icon: the whole city.
        assert_eq!(
            location_in("1672 Greenway Blvd Valley Stream, NY 11580").as_deref(),
            Some("Valley Stream, NY")
        );
        assert_eq!(
            location_in("1672 Greenway Blvd \u{F097} Valley Stream, NY 11580").as_deref(),
            Some("Valley Stream, NY")
        );
        assert_eq!(
            location_in("2010 | Legal Intern | David Kallus | The Woodlands, TX").as_deref(),
            Some("The Woodlands, TX")
        );
        assert_eq!(
            location_in("Monmouth Telecom - Red Bank, NJ May 2022 - Oct 2022").as_deref(),
            Some("Red Bank, NJ")
        );
        assert_eq!(
            location_in("Frontend Developer 11/17 to 05/19 - Real Estate Webmasters, BC")
                .as_deref(),
            Some("Webmasters, BC"),
            "three words after a dash are an employer's, its last the city's"
        );
        // Run into other words, or at the line's start, the city is its
        // own last words.
        assert_eq!(
            location_in("Software Engineer at Acme Seattle, WA").as_deref(),
            Some("Seattle, WA")
        );
        assert_eq!(
            location_in("• Amazon Seattle, WA").as_deref(),
            Some("Seattle, WA")
        );
    }

    #[test]
    fn a_region_s_code_before_its_country_ends_a_place() {
        assert!(is_place("Brisbane, QLD Australia"));
        assert!(is_place("Hamilton, Brisbane, QLD Australia"));
        assert!(!is_place("Greenlight, ACME Corp"));
        assert!(!is_place("Brisbane, QLDX Australia"));
    }

    #[test]
    fn canadian_provinces_codes_end_a_place() {
        assert!(is_place("Saint John, NB"));
        assert!(is_place("Regina, SK"));
        assert!(is_place("Halifax, NS"));
    }

    #[test]
    fn a_town_and_its_country_s_code_in_brackets_is_a_place() {
        assert!(is_place("Bolzano (IT)"));
        assert!(is_place("San Vendemiano (IT)"));
        assert!(is_place("Eindhoven (Netherlands)"));
        // A French town and its département's number.
        assert!(is_place("Paris (75)"));
        assert!(is_place("Montrouge (92)"));
        assert!(!is_place("Paris (1999)"));
        assert!(!is_place("Team Lead (12)"));
        assert!(!is_place("Zenika Lyon (FR)"));
        assert!(!is_place("Electronics Engineering (EE)"));
        assert!(!is_place("Registered Nurse (RN)"));
    }

    #[test]
    fn a_greater_city_area_is_a_place() {
        assert!(is_place("Greater San Diego Area"));
        assert!(is_place("Greater Seattle Area"));
        assert!(!is_place("Greater Area"));
        assert!(!is_place("Greater impact area"));
        let c = candidate(&[
            "JOSH HUMPHERYS",
            "Greater San Diego Area",
            "josh@example.com | 442-888-9000",
        ]);
        assert_eq!(c.location.as_deref(), Some("Greater San Diego Area"));
    }

    #[test]
    fn name_and_email_from_the_top() {
        let c = candidate(&[
            "Jane Q. Doe",
            "Backend Engineer · jane.doe@example.com · +1 555 010 0199",
            "Experience",
        ]);
        assert_eq!(c.name.as_deref(), Some("Jane Q. Doe"));
        assert_eq!(c.email.as_deref(), Some("jane.doe@example.com"));
        // A family name's particle in lower case is the name's; the town
        // on the contact line below is not.
        for name in [
            "Wesley Van der Klomp",
            "Ana de la Cruz",
            "Ludwig van Beethoven",
        ] {
            let c = candidate(&[
                name,
                "Los Angeles (818) 397-9956 wes.vdk@icloud.com github.com/wvdk",
                "Experience",
            ]);
            assert_eq!(c.name.as_deref(), Some(name));
        }
        // Not a sentence's words ("Seasoned engineer de facto …").
        let c = candidate(&["Building tools for the web", "jane@doe.co"]);
        assert_eq!(c.name, None);
    }

    #[test]
    fn an_email_broken_at_the_margin_is_whole_again() {
        // A narrow sidebar breaks "…@gmail.com" before its last letter.
        let c = candidate(&["Isabella Weiler", "isabellaweiler2004@gmail.co", "m"]);
        assert_eq!(c.email.as_deref(), Some("isabellaweiler2004@gmail.com"));
        // A site of its own ("jane@doe.co") is whole; a word under it is
        // no part of it.
        let c = candidate(&["Jane Doe", "jane@doe.co", "uk"]);
        assert_eq!(c.email.as_deref(), Some("jane@doe.co"));
    }

    #[test]
    fn a_name_after_a_link_on_its_line_is_read() {
        let c = candidate(&[
            "Orlando, FL",
            "https://github.com/0xhjohnson HUNTER JOHNSON",
            "(407) 493-0685",
        ]);
        assert_eq!(c.name.as_deref(), Some("HUNTER JOHNSON"));
        // A sentence after the link is no name.
        let c = candidate(&["https://example.com Built with Love", "Experience"]);
        assert_eq!(c.name, None);
    }

    #[test]
    fn a_lowercase_name_is_read_only_where_the_email_spells_it() {
        let c = candidate(&[
            "eric fritz (I build software)",
            "(608) 555-0120 · eric@eric-fritz.com",
        ]);
        assert_eq!(c.name.as_deref(), Some("eric fritz"));
        let c = candidate(&["eric fritz", "jobs@example.com"]);
        assert_eq!(c.name, None);
        let c = candidate(&[
            "pamela vandepeutte",
            "Développeuse web",
            "vandepeutte.pamela@gmail.com",
        ]);
        assert_eq!(c.name.as_deref(), Some("pamela vandepeutte"));
        // A middle name typed in lowercase; the address spells the first
        // and the last.
        let c = candidate(&[
            "amypate85@gmail.com",
            "Amy nicole Pate",
            "Hard working, detail oriented",
        ]);
        assert_eq!(c.name.as_deref(), Some("Amy nicole Pate"));
        let c = candidate(&["Amy nicole Pate", "jobs@example.com"]);
        assert_eq!(c.name, None);
        // A first name alone, which the address spells.
        let c = candidate(&[
            "RYAN",
            "AI Quality and Human-Data Operations",
            "hello@ryandesigns.dev",
        ]);
        assert_eq!(c.name.as_deref(), Some("RYAN"));
        let c = candidate(&["Portfolio", "hello@ryandesigns.dev"]);
        assert_eq!(c.name, None);
        // The name in the cell after the place.
        let c = candidate(&["Cambridge, MA 01242  Erica Ruggiero", "(413) 464-4238"]);
        assert_eq!(c.name.as_deref(), Some("Erica Ruggiero"));
        let c = candidate(&["built tools", "tools@built.dev"]);
        assert_eq!(c.name, None);
        let c = candidate(&["about me", "me@about.me"]);
        assert_eq!(c.name, None);
    }

    #[test]
    fn a_chinese_name_is_two_to_four_han_characters_alone() {
        let c = candidate(&["王小明", "xm@example.cn · (+86) 131-2218-7000"]);
        assert_eq!(c.name.as_deref(), Some("王小明"));
        let c = candidate(&["강효준 - 소프트웨어 엔지니어", "* 메일: hj@example.com"]);
        assert_eq!(c.name.as_deref(), Some("강효준"));
        // A Korean heading is no name.
        let c = candidate(&["경력 사항", "Query Delivery"]);
        assert_eq!(c.name, None);
        // A sentence's first words before a comma are no name.
        let c = candidate(&["首先,一份好的简历不光说明事实"]);
        assert_eq!(c.name, None);
    }

    #[test]
    fn a_labelled_name_is_read_below_the_top() {
        let c = candidate(&[
            "Personal details",
            "Name: John Smith",
            "Email: john@example.com",
        ]);
        assert_eq!(c.name.as_deref(), Some("John Smith"));
        let c = candidate(&[
            "# 联系方式",
            "- 手机：135",
            "# 个人信息",
            " - 胶布帝/男/1990",
        ]);
        assert_eq!(c.name.as_deref(), Some("胶布帝"));
        let c = candidate(&["# 个人信息", "姓名：王小明"]);
        assert_eq!(c.name.as_deref(), Some("王小明"));
        // An institution's name is no person's.
        let c = candidate(&["West Forsyth High School", "mendoza@example.com"]);
        assert_eq!(c.name, None);
        // The name's label in other languages, under the personal
        // details' heading (no name itself).
        let c = candidate(&[
            "Curriculum Vitae",
            "Informazioni Personali",
            "",
            "Nome e Cognome:  Giorgia Piacentini",
            "Indirizzo:  Vicolo Portone 1, Novate Milanese (MI) 20026",
        ]);
        assert_eq!(c.name.as_deref(), Some("Giorgia Piacentini"));
        let c = candidate(&[
            "Datos personales",
            "Nombre y Apellido: Rodriguez Milagros Sofia",
            " DNI:  39176354",
        ]);
        assert_eq!(c.name.as_deref(), Some("Rodriguez Milagros Sofia"));
        // The EU's CV: the name beside the personal details' label, the
        // details' labels beside their values.
        let c = candidate(&[
            "Curriculum Vitae",
            "Personal information SERGEI IVANOV",
            "Telephone(s) +47 400 00 000",
            "Gender Male",
            "Nationality(-ies) Norway",
        ]);
        assert_eq!(c.name.as_deref(), Some("SERGEI IVANOV"));
        // A table's row, its cells two spaces apart.
        let c = candidate(&["Resume", "Name  K. C. Juntunen", "Email  kc@example.com"]);
        assert_eq!(c.name.as_deref(), Some("K. C. Juntunen"));
        let c = candidate(&["Curriculum Vitae", "Gender Male", "Nationality Norway"]);
        assert_eq!(c.name, None);
        // A label with no name after it, or a name-like word list, is none.
        let c = candidate(&["Project name: Data Platform Migration Tool Suite Now"]);
        assert_eq!(c.name, None);
        let c = candidate(&["- 本科/萌鹿大学计算机系"]);
        assert_eq!(c.name, None);
    }

    #[test]
    fn an_address_only_behind_a_link_is_read_and_reported() {
        let text = normalize(&Document::from_lines([
            "Hervé Beraud",
            "herveberaud.pro@",
            "gmail.com",
        ]));
        let links = ["mailto:herveberaud.pro@gmail.com".to_owned()];
        let c = contact_of(&text, &links);
        assert_eq!(
            c.candidate.email.as_deref(),
            Some("herveberaud.pro@gmail.com")
        );
        let found = findings(&c, false);
        assert!(
            found
                .iter()
                .any(|p| p.message.contains("only behind a link")),
            "{found:?}"
        );
        // An address in the text is the one; a placeholder link is none.
        let text = normalize(&Document::from_lines(["Jane Doe", "jane@example.org"]));
        let c = contact_of(&text, &["mailto:other@example.org".to_owned()]);
        assert_eq!(c.candidate.email.as_deref(), Some("jane@example.org"));
        assert!(findings(&c, false).is_empty());
        let text = normalize(&Document::from_lines(["Jane Doe"]));
        let c = contact_of(&text, &["mailto:youremail@example.com".to_owned()]);
        assert_eq!(c.candidate.email, None);
    }

    #[test]
    fn name_after_the_document_s_title_in_its_line() {
        // "Curriculum Vitae\hfill Andrej Lamov", under a title and a
        // contact block of five lines (an Org file's HTML header over its
        // LaTeX one).
        let c = candidate(&[
            "Curriculum Vitae",
            "Riksdalersgatan 25C",
            "414 81 Gothenburg",
            "073 767 50 03",
            "andrej.lamov@gmail.com",
            "https://github.com/andrejlamov",
            "Curriculum Vitae  Andrej Lamov",
            "Riksdalersgatan 25C",
        ]);
        assert_eq!(c.name.as_deref(), Some("Andrej Lamov"));
    }

    #[test]
    fn name_before_a_separator_and_in_capitals() {
        let c = candidate(&["MARÍA LÓPEZ-GARCÍA | maria@example.org | Madrid"]);
        assert_eq!(c.name.as_deref(), Some("MARÍA LÓPEZ-GARCÍA"));
        assert_eq!(c.email.as_deref(), Some("maria@example.org"));
        // Five words when a family name's particle is among them; five
        // without one are no name.
        let c = candidate(&[
            "JESSICA THAMIRES SOUZA DOS SANTOS",
            "Francisco Morato - SP | jessy@example.org",
        ]);
        assert_eq!(c.name.as_deref(), Some("JESSICA THAMIRES SOUZA DOS SANTOS"));
        let c = candidate(&["Ana Maria Souza Lima Costa", "Jane Doe | jane@example.org"]);
        assert_eq!(c.name.as_deref(), Some("Jane Doe"));
        // A nickname between the names, in brackets or quotes.
        let c = candidate(&[
            "Timothy (T.J.) King",
            "836 Maple Street · Middleport, OH 45760 · timking451@gmail.com",
        ]);
        assert_eq!(c.name.as_deref(), Some("Timothy (T.J.) King"));
        let c = candidate(&["Robert \"Bob\" Smith | bob@example.org"]);
        assert_eq!(c.name.as_deref(), Some("Robert \"Bob\" Smith"));
        // The letters of degrees and licences after the name.
        let c = candidate(&["Jasmine Smith BSN, RN, OCN", "2103 Ridgebrook Way"]);
        assert_eq!(c.name.as_deref(), Some("Jasmine Smith"));
        let c = candidate(&["Maria Lopez Ph.D. | maria@example.org"]);
        assert_eq!(c.name.as_deref(), Some("Maria Lopez"));
        // The document's title: the name, then what the document is.
        let c = candidate(&["Patrick Smyth CV", "Education"]);
        assert_eq!(c.name.as_deref(), Some("Patrick Smyth"));
        let c = candidate(&["Jane Doe Curriculum Vitae", "Education"]);
        assert_eq!(c.name.as_deref(), Some("Jane Doe"));
        let c = candidate(&["Axel Jacquin's CV", "Education"]);
        assert_eq!(c.name.as_deref(), Some("Axel Jacquin"));
        let c = candidate(&["Certified Yoga Instructor · Murcia, Spain", "GRACIÁN BAENA"]);
        assert_eq!(c.name.as_deref(), Some("GRACIÁN BAENA"));
        // The surname first, in capitals, before a comma.
        let c = candidate(&["AWE, Taiwo Oluwole", "3, Itoko Avenue, Igando, Lagos"]);
        assert_eq!(c.name.as_deref(), Some("AWE, Taiwo Oluwole"));
        let c = candidate(&["LONDON, United Kingdom", "Jane Doe"]);
        assert_eq!(c.name.as_deref(), Some("Jane Doe"));
        let c = candidate(&["LI XIAO MA", "li.ma@example.org"]);
        assert_eq!(c.name.as_deref(), Some("LI XIAO MA"));
    }

    #[test]
    fn contact_details_on_the_name_line_and_places_are_not_the_name() {
        let c = candidate(&[
            "Sourabh Bajaj Email: sourabh@sourabhbajaj.com",
            "sourabhbajaj.com Mobile: +1-123-456-7890",
        ]);
        assert_eq!(c.name.as_deref(), Some("Sourabh Bajaj"));
        assert_eq!(c.phone.as_deref(), Some("+1-123-456-7890"));
        let c = candidate(&[
            "Silicon Valley, CA, USA",
            "Alfred Pennyworth alfred@example.org",
        ]);
        assert_eq!(c.name.as_deref(), Some("Alfred Pennyworth"));
        assert_eq!(c.location.as_deref(), Some("Silicon Valley, CA, USA"));
        // An icon before the place is no part of it.
        let c = candidate(&[
            "Jane Doe",
            "📍 Île-de-France, France | 📞 +33 6 51 98 52 79 | ✉ jane@proton.me",
        ]);
        assert_eq!(c.location.as_deref(), Some("Île-de-France, France"));
        // A map pin marks the place, whatever its form.
        let c = candidate(&[
            "Alexandre Roux",
            "📧 ar@example.com / 📱 07 00 00 00 00 / 📍 Nantes (44)",
        ]);
        assert_eq!(c.location.as_deref(), Some("Nantes (44)"));
        // So does a place's label, a city alone after it.
        let c = candidate(&[
            "Kracekumar Ramaraju",
            "Email: me@example.com Phone: +918553029521 Location: Bangalore",
        ]);
        assert_eq!(c.location.as_deref(), Some("Bangalore"));
        // Nor is an icon font's glyph that the text layer wrote as a letter.
        let c = candidate(&[
            "Teemu Laajala",
            "FICAN Cancer Researcher",
            "B Turku, Finland",
            "T (+358) 400 842 893",
        ]);
        assert_eq!(c.location.as_deref(), Some("Turku, Finland"));
        // "city" in lowercase ends a city's name.
        let c = candidate(&[
            "Pedro Alanis",
            "pj.alanis@example.com • (+52) 55-5403-1937 •",
            "pedrojma.github.io • Mexico city, Mexico",
        ]);
        assert_eq!(c.location.as_deref(), Some("Mexico city, Mexico"));
        // A postal address above the name, its postcode at the end.
        let c = candidate(&[
            "Brgy. Alangilan, Batangas City, Phiilippines 4200",
            "+639276315606",
            "JEREMY IAN M. ARQUIZA",
        ]);
        assert_eq!(c.name.as_deref(), Some("JEREMY IAN M. ARQUIZA"));
        // A line that names the document is no name, whatever its first word.
        let c = candidate(&[
            "This Curriculum Vitae - Automatically deploys the latest version",
            "Jane Doe",
            "jane@example.com",
        ]);
        assert_eq!(c.name.as_deref(), Some("Jane Doe"));
        // A headline that opens with a job's word, French's too, is no
        // name; a name may end in one.
        let c = candidate(&["DEVELOPPEUSE WEB", "Sandrine JULIEN", "mail : j@sfr.fr"]);
        assert_eq!(c.name.as_deref(), Some("Sandrine JULIEN"));
        let c = candidate(&["Karen Carpenter", "karen@example.com"]);
        assert_eq!(c.name.as_deref(), Some("Karen Carpenter"));
        // A LinkedIn handle after its label names the profile.
        let linkedin = |lines: &[&str], links: &[String]| {
            let text = normalize(&Document::from_lines(lines.iter().copied()));
            contact_of(&text, links).candidate.linkedin
        };
        let lines = [
            "Philip Nelson",
            "LinkedIn://PhilipNelson5 | GitHub://PhilipNelson5",
        ];
        assert_eq!(
            linkedin(&lines, &[]).as_deref(),
            Some("linkedin.com/in/PhilipNelson5")
        );
        // A link's address comes first; a printed address is the one; a
        // label's next word in a sentence is no handle.
        let links = ["https://www.linkedin.com/in/philip-nelson".to_owned()];
        assert_eq!(
            linkedin(&lines, &links).as_deref(),
            Some("https://www.linkedin.com/in/philip-nelson")
        );
        let lines = ["Jane Doe", "LinkedIn: https://linkedin.com/in/janedoe"];
        assert_eq!(
            linkedin(&lines, &[]).as_deref(),
            Some("https://linkedin.com/in/janedoe")
        );
        let lines = ["Senior Engineer pasted from LinkedIn: top card (location)"];
        assert_eq!(linkedin(&lines, &[]), None);
        // A handle may have letters beyond ASCII, as LinkedIn allows.
        let links = ["https://www.linkedin.com/in/andrés-gonzález-santa-cruz".to_owned()];
        assert_eq!(
            linkedin(&["Andrés González"], &links).as_deref(),
            Some("https://www.linkedin.com/in/andrés-gonzález-santa-cruz")
        );
        let lines = ["Andrés González", "LinkedIn: andrés-gonzález"];
        assert_eq!(
            linkedin(&lines, &[]).as_deref(),
            Some("linkedin.com/in/andrés-gonzález")
        );
        // The name's line is no place, whatever its initials spell.
        let c = candidate(&["Athul AR", "athul@example.com"]);
        assert_eq!(c.name.as_deref(), Some("Athul AR"));
        assert_eq!(c.location, None);
        // A saint's city, its word abbreviated.
        let c = candidate(&[
            "An Nguyen",
            "St. Paul, MN (Willing to relocate) | (651) 233-7619",
        ]);
        assert_eq!(c.location.as_deref(), Some("St. Paul, MN"));
        // A headline after the name, set apart by a spaced hyphen or by
        // nothing at all.
        let c = candidate(&["ARTHUR L. - Software Engineer | Web3 Specialist"]);
        assert_eq!(c.name.as_deref(), Some("ARTHUR L."));
        // Or by a dash typed as hyphens.
        let c = candidate(&["Hong Minhee --- Résumé", "hong@minhee.org"]);
        assert_eq!(c.name.as_deref(), Some("Hong Minhee"));
        let c = candidate(&["HELENE SCHRECK- INTEGRATEUR WEB"]);
        assert_eq!(c.name.as_deref(), Some("HELENE SCHRECK"));
        let c = candidate(&["Dmitry Safonov Kernel Engineer Last update on 20th October 2023"]);
        assert_eq!(c.name.as_deref(), Some("Dmitry Safonov"));
        let c = candidate(&["Jane Q. Doe Senior Software Engineer"]);
        assert_eq!(c.name.as_deref(), Some("Jane Q. Doe"));
        // A flat's number after its street is no town.
        let c = candidate(&[
            "TOBY MAXWELL",
            "1531 NW 10th Street Apt. B ⋄ Bend, OR 97703",
        ]);
        assert_eq!(c.location.as_deref(), Some("Bend, OR 97703"));
        // The work's field begins the title: a name of three words.
        let c = candidate(&["KAREN LOBIN PERKINS SOFTWARE ENGINEER"]);
        assert_eq!(c.name.as_deref(), Some("KAREN LOBIN PERKINS"));
        let c = candidate(&["Dmitry Safonov Data Engineer"]);
        assert_eq!(c.name.as_deref(), Some("Dmitry Safonov"));
        let c = candidate(&["Eva Pace (she/her)", "+91 97242 00396"]);
        assert_eq!(c.name.as_deref(), Some("Eva Pace"));
        assert_eq!(c.phone.as_deref(), Some("+91 97242 00396"));
        // The country code in brackets is part of the number.
        let c = candidate(&[
            "Byungjin Park",
            "📱 (+82) 10-9030-1843 | posquit0.bj@gmail.com",
        ]);
        assert_eq!(c.phone.as_deref(), Some("(+82) 10-9030-1843"));
        // A referee's number, read before a sidebar's contact block, is
        // not the candidate's.
        let c = candidate(&[
            "Carli Johansen",
            "EXPERIENCE",
            "Substitute Teacher, North Sanpete School District",
            "REFERENCES",
            "Mark Goaslind - Arizona Tempe Mission, Former President",
            "(801)-953-5031",
            "(435) 469-1870",
            "SKILLS",
            "carli@example.com",
        ]);
        assert_eq!(c.phone.as_deref(), Some("(435) 469-1870"));
        // Middle dots and dashes run together by the text layer.
        for (line, want) in [
            (
                "(650) · 861 · 1054 | luba@example.com",
                "(650) · 861 · 1054",
            ),
            ("(909) 555---5555", "(909) 555---5555"),
            // Argentina's mobile 9 inside the area code's brackets.
            ("+54 (9 351) 316 0670", "+54 (9 351) 316 0670"),
            // The trunk's 0 in brackets after the country's code.
            ("+33 (0)2 38 21 30 57", "+33 (0)2 38 21 30 57"),
            // A German area code's slash, after a label's colon.
            ("Telefon:0163/2055604", "0163/2055604"),
            ("Teléfono celular: (03525) 15529346", "(03525) 15529346"),
            (
                "https://vimeo.com/295213010 | (650) 861 1054",
                "(650) 861 1054",
            ),
            ("☎</span>(312) 555-0163", "(312) 555-0163"),
            ("Mobile No.: 98765 43210", "98765 43210"),
            ("Mob.9876543210", "9876543210"),
        ] {
            let c = candidate(&["Luba Gloukhov", line]);
            assert_eq!(c.phone.as_deref(), Some(want), "{line}");
        }
        // Digits of a web address are no phone number.
        let c = candidate(&["Luba Gloukhov", "Talk: https://vimeo.com/295213010"]);
        assert_eq!(c.phone, None);
        // Nor are an identifier's: a Wikidata item, a book's number.
        for line in [
            "Q106806285 · https://orcid.org/0000-0003-1307-2508",
            ": Technical Editor; ISBN-13: 978-0470414644; 2009.",
            "Christian Bär (2. Auflage), ISBN 978-3-11-022458-0, ab Seite 281",
            "Drug and alcohol dependence, 1, 221, /j.drugalcdep.2020.108405",
            // A journal's pages, an arXiv paper's number.
            "Physical Review B, 2007; 76: 245327-245332",
            "2024 \"HyperbolicLR: Epoch insensitive learning rate\", T.-G. Kim, [2407.15200]",
        ] {
            assert_eq!(candidate(&["Luba Gloukhov", line]).phone, None, "{line}");
        }
        // A number's digits to their end: five and six ("07952 441578").
        for (line, want) in [
            (
                "Mobile: 07952 441578 Address: 18 Glendale Drive, Guildford",
                "07952 441578",
            ),
            ("Phone: 086-13167017220", "086-13167017220"),
            ("(+86) 131-221-87xxx | jane@example.com", "(+86) 131-221-87"),
        ] {
            assert_eq!(
                candidate(&["Kane Taylor", line]).phone.as_deref(),
                Some(want),
                "{line}"
            );
        }
    }

    #[test]
    fn a_phone_written_as_one_wins_over_a_postcode_s_digits_above_it() {
        let c = candidate(&[
            "ASHTARI, Babak",
            "Address:  Unit 12, Amini alley, Younesyan st,",
            "Damavand ave, Tehran 1731783685",
            "Phone numbers:  +98-21-77991579",
        ]);
        assert_eq!(c.phone.as_deref(), Some("+98-21-77991579"));
        // Digits inside a postal address give way to a labelled number.
        let c = candidate(&[
            "Olga Kosilova",
            "Profsouznaja 91 - 252 117279, Moscow, Russia",
            "Tel. +79104062206",
        ]);
        assert_eq!(c.phone.as_deref(), Some("+79104062206"));
        // A bare number alone is the phone.
        let c = candidate(&["Jane Doe", "4153414372", "jane@example.com"]);
        assert_eq!(c.phone.as_deref(), Some("4153414372"));
    }

    #[test]
    fn a_mastodon_handle_is_no_e_mail() {
        let c = candidate(&[
            "Leon Adato",
            "@leonadato@infosec.exchange",
            "leon@adatosystems.com",
        ]);
        assert_eq!(c.email.as_deref(), Some("leon@adatosystems.com"));
    }

    #[test]
    fn a_word_run_into_the_address_s_end_is_no_part_of_it() {
        let c = candidate(&[
            "MARIAMA SOSSEH BAH",
            "(+220) 7627205   mariamasbah05@gmail.comSukuta, The Gambia",
        ]);
        assert_eq!(c.email.as_deref(), Some("mariamasbah05@gmail.com"));
        let c = candidate(&["Jane Doe", "Jane.Doe@Example.Com"]);
        assert_eq!(c.email.as_deref(), Some("Jane.Doe@Example.Com"));
    }

    #[test]
    fn the_location_is_the_contact_block_s_not_a_school_s() {
        // (top lines, location)
        let cases: &[(&[&str], Option<&str>)] = &[
            (
                &[
                    "Brendan Herger",
                    "1209 Page Street No. 7 San Francisco, Ca 94117",
                ],
                Some("San Francisco, Ca"),
            ),
            (
                &[
                    "Sourabh Bajaj",
                    "Education",
                    "Georgia Institute of Technology",
                    "Atlanta, GA",
                ],
                None,
            ),
            (
                &["Jane Doe", "Austin, TX | jane@example.com"],
                Some("Austin, TX"),
            ),
            // A heading, whatever state its last word spells.
            (&["Elmer Jabutay", "CONTACT ME", "+63 966 9360 803"], None),
            // The name's line, its credentials after it ("MS" is no
            // state there).
            (
                &[
                    "Chelsea Avery, MS, CCC-SLP",
                    "CHELSEA.AVERY@EXAMPLE.COM | (720) 555-2051 | Denver, Colorado",
                ],
                Some("Denver, Colorado"),
            ),
            (
                &[
                    "Catherine Stark",
                    "CONTACT",
                    "(123) 456-7890",
                    "Birmingham, AL",
                    "EDUCATION",
                ],
                Some("Birmingham, AL"),
            ),
            // A title-case pair without a ZIP code is no state.
            (&["Jane Doe", "Acme, Ca"], None),
            // A line that is a place, with the district before the city.
            (
                &[
                    "Byungjin Park",
                    "DevOps Engineer · Software Architect",
                    "Mapo-gu, Seoul, Republic of Korea",
                ],
                Some("Mapo-gu, Seoul, Republic of Korea"),
            ),
            (
                &["Jane Doe", "jane@example.com | Halifax, Nova Scotia, CA"],
                Some("Halifax, Nova Scotia, CA"),
            ),
            // A label, and a state's code without a comma.
            (
                &["Emily Spahn", "based in Seattle WA Email: e@example.com"],
                Some("Seattle WA"),
            ),
            (
                &["Jane Doe", "Location: Berlin, Germany"],
                Some("Berlin, Germany"),
            ),
            // Any country, and a country's code among the contact details.
            (
                &["Arash Eslami", "Tehran, Iran", "+98 912 388 4101"],
                Some("Tehran, Iran"),
            ),
            (
                &["Arthur L.", "Nice, FR | a@example.com | GitHub"],
                Some("Nice, FR"),
            ),
            (
                &["Mostafa Safwat", "| 🇪🇬 El Giza - Egypt | GitHub: mostafa |"],
                Some("El Giza - Egypt"),
            ),
            // A code alone after a word that names a job is no place.
            (&["Jane Doe", "Engineer, IT | jane@example.com"], None),
            // A country alone among the contact details is the place.
            (
                &[
                    "Abdel Elissaoui",
                    "abdel@example.fr | 06.88.23.43.20 | France",
                ],
                Some("France"),
            ),
            (
                &["Jane Doe", "Backend Developer", "Singapore"],
                Some("Singapore"),
            ),
            // The contact line at the end of the resume, the place under it.
            (
                &[
                    "Martin Piegay",
                    "Experience",
                    "Backend developer, Zenika",
                    "martin@example.fr • +33 6 25 97 03 83 • 24 ans",
                    "- Lyon, France",
                ],
                Some("Lyon, France"),
            ),
            // A job title and an employer are no place, nor is a word pair
            // whose last word names no region.
            (&["Jane Doe", "Software Engineer, Acme Corp"], None),
            (&["Jane Doe", "Hard Working, Team Player"], None),
            (&["Jane Doe", "Senior Engineer WA"], None),
            // A place the next place's city was taken for; no commas.
            (
                &[
                    "Michaela Hull",
                    "1806 Dwight Way, Berkeley, CA 94703 | mh@example.com",
                ],
                Some("Berkeley, CA 94703"),
            ),
            (
                &["Ron Adams", "Somerville MA USA ron@example.com"],
                Some("Somerville MA USA"),
            ),
            (
                &[
                    "Weiwei Zhang",
                    "Phone: (310) 729-1915. Address: 550 Battery St San Francisco CA 94111",
                ],
                Some("San Francisco CA 94111"),
            ),
            (
                &[
                    "John Doe",
                    "hello@example.com 123-456-7890 NYC, NY linkedin.com/in/john-doe",
                ],
                Some("NYC, NY"),
            ),
            // The address above the contact line, under a heading.
            (
                &[
                    "ALICE BENZIGER",
                    "EDUCATION",
                    "Apt 202, 2261 Sacramento St, San Francisco, CA-94115",
                    "Tel: 415-900-6883| Email: alice@example.com",
                ],
                Some("San Francisco, CA"),
            ),
            // A known town alone among the contact details, or before the
            // phone number, with the country after it when written.
            (
                &[
                    "Wes van der Klomp",
                    "Los Angeles (818) 397-9956 wes@example.com",
                ],
                Some("Los Angeles"),
            ),
            (
                &["Roger Birkin", "Bristol  Email - roger@example.com"],
                Some("Bristol"),
            ),
            (
                &["Agustín Pivetta", "Kiruna | Sweden", "+46 760-338525"],
                Some("Kiruna, Sweden"),
            ),
            (
                &[
                    "Berno van Greunen",
                    "Pretoria, South-Africa",
                    "065 388 5534",
                ],
                Some("Pretoria, South-Africa"),
            ),
            (
                &[
                    "pamela vandepeutte",
                    "jane@example.com",
                    "• mouscron, Belgique",
                ],
                Some("mouscron, Belgique"),
            ),
            // Not a label that is a town's name too, not a line far from
            // any contact detail, not the first line when no name is read.
            (&["Jane Doe", "Mobile (818) 397-9956"], None),
            (
                &[
                    "Jane Doe",
                    "jane@example.com",
                    "Engineer",
                    "Builds things",
                    "For people",
                    "Bristol",
                ],
                None,
            ),
            (&["ANDERSON", "Engineer", "jane@example.com"], None),
        ];
        for (lines, want) in cases {
            let c = candidate(lines);
            assert_eq!(c.location.as_deref(), *want, "{lines:?}");
        }
    }

    #[test]
    fn placeholders_are_never_the_candidate() {
        let contact = contact(&normalize(&Document::from_lines([
            "YOUR NAME HERE",
            "info@resumementor.com | 555-010-0199",
        ])));
        assert_eq!(contact.candidate.name, None);
        assert_eq!(contact.candidate.email, None);
        assert_eq!(contact.placeholders.len(), 2, "{:?}", contact.placeholders);
        let codes: Vec<_> = findings(&contact, false).iter().map(|p| p.code).collect();
        assert_eq!(
            codes,
            vec![
                crate::rules::Code::PlaceholderContact,
                crate::rules::Code::PlaceholderContact
            ]
        );
    }

    #[test]
    fn an_email_with_at_spelled_out_is_named_and_a_sentence_is_not() {
        assert_eq!(
            broken_email("chris AT ashton.codes Cambridge, UK").as_deref(),
            Some("chris AT ashton.codes")
        );
        assert_eq!(broken_email("Built tools used at acme.com daily"), None);
    }

    #[test]
    fn an_unreadable_email_is_named() {
        let contact = contact(&normalize(&Document::from_lines([
            "Jane Doe",
            "jane.doe @ example.com | +1 555 010 0199",
        ])));
        assert_eq!(contact.candidate.email, None);
        let problems = findings(&contact, false);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].code, crate::rules::Code::EmailMissing);
        assert!(
            problems[0].message.contains("jane.doe @ example.com"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn titles_headings_and_sentences_are_not_names() {
        for lines in [
            &["Curriculum Vitae", "Experience"][..],
            &["Senior Backend Engineer", "Experience"][..],
            // A title's first words are no name, cut where they may be.
            &["DevOps Site Reliability Engineer", "Summary"][..],
            &["Sr. System Reliability EngineerSr. System Reliability Engineer"][..],
            &["Professional Experience", "Built things"][..],
            &["Built 40 services in Go", "Skills"][..],
            &["=cmd|' /C calc'!A0"][..],
            &["I build reliable backend systems for fintech companies"][..],
        ] {
            assert_eq!(candidate(lines).name, None, "{lines:?}");
        }
        // A running head's date above the name.
        assert_eq!(
            candidate(&["Last Updated May 2026", "NICHOLAS J. HALLMAN"])
                .name
                .as_deref(),
            Some("NICHOLAS J. HALLMAN")
        );
        assert_eq!(
            candidate(&["Resume", "Sam Lee"]).name.as_deref(),
            Some("Sam Lee")
        );
        // A document's title that names its owner; a form's label is no
        // name.
        assert_eq!(
            candidate(&["Curriculum Vitae of Waldo Ackerman", "Surname  Ackerman"])
                .name
                .as_deref(),
            Some("Waldo Ackerman")
        );
        assert_eq!(candidate(&["Surname  Ackerman", "Skills"]).name, None);
        // A form of address is no part of the name, labelled or not.
        assert_eq!(
            candidate(&["CURRICULUM VITAE", "Name: Ms. Ruth Nthenya Wambua"])
                .name
                .as_deref(),
            Some("Ruth Nthenya Wambua")
        );
        assert_eq!(
            candidate(&["Mr John Smith", "Experience"]).name.as_deref(),
            Some("John Smith")
        );
        // LinkedIn's export: the sidebar first, then the name over the
        // headline and the summary.
        let profile = [
            "Contact",
            "(+381) 64 107 6650 (Mobile)",
            "milos@example.com",
            "",
            "Top Skills",
            "Research",
            "Python",
            "",
            "Miloš Milunović",
            "",
            "Chief of Artificial Intelligence at LazyBrain",
            "",
            "Summary",
            "",
            "Winning hackathons.",
        ];
        assert_eq!(candidate(&profile).name.as_deref(), Some("Miloš Milunović"));
        // So under a monogram of the name's initials.
        let monogram = [
            "M.C",
            "",
            "OBJECTIVE",
            "To gain long-term employment.",
            "",
            "0455 435 395",
            "",
            "MATHEW STONE-CARDWELL",
            "STUDENT | YEAR 12",
            "",
            "EXPERIENCE",
        ];
        assert_eq!(
            candidate(&monogram).name.as_deref(),
            Some("MATHEW STONE-CARDWELL")
        );
        // A skill's list under its heading names no one.
        let mut skills = profile;
        skills[12] = "Interests";
        assert_eq!(candidate(&skills).name, None);
        // An HTML page's aside, then the name over the headline, a summary
        // without its heading and the projects.
        let aside = [
            "Contacts",
            "alena@example.com",
            "",
            "Soft Skills",
            "• Teamwork",
            "",
            "Maliushchenko Alona",
            "Junior JavaScript Developer",
            "I consider myself a responsible and purposeful person.",
            "",
            "Projects",
        ];
        assert_eq!(
            candidate(&aside).name.as_deref(),
            Some("Maliushchenko Alona")
        );
        // The name before its headline, a dash typed against it.
        let mut aside = aside;
        aside[6] = "HELENE SCHRECK- INTEGRATEUR WEB";
        assert_eq!(candidate(&aside).name.as_deref(), Some("HELENE SCHRECK"));
        assert_eq!(
            candidate(&["Dr. Maximilian Wittmann", "> Doctor of Computer Science"])
                .name
                .as_deref(),
            Some("Maximilian Wittmann")
        );
        // A sentence under a section's heading is no name; a name set over
        // two lines is one.
        assert_eq!(
            candidate(&[
                "Lebenslauf",
                "Profil",
                "Erfahrener Softwareentwickler mit Schwerpunkt Backend und Cloud."
            ])
            .name,
            None
        );
        let wrapped = candidate(&[
            "CHRISTIAN",
            "LARICO DEPAZ",
            "Villa el salvador",
            "https://www.linkedin.com/in/christianl",
            "arico/",
        ]);
        assert_eq!(wrapped.name.as_deref(), Some("CHRISTIAN LARICO DEPAZ"));
        assert_eq!(
            wrapped.linkedin.as_deref(),
            Some("https://www.linkedin.com/in/christianlarico")
        );
        assert_eq!(
            candidate(&["Lebenslauf", "Max Mustermann", "Berlin"])
                .name
                .as_deref(),
            Some("Max Mustermann")
        );
        // The document's word over the name, in Russian.
        assert_eq!(
            candidate(&[
                "Резюме",
                "Долгинин Максим Сергеевич",
                "e-mail: m@example.ru"
            ])
            .name
            .as_deref(),
            Some("Долгинин Максим Сергеевич")
        );
        // A profile page's job line at the top: neither the name nor the
        // candidate's place.
        let pasted = candidate(&[
            "Sr. Engineer",
            "Disney Experiences · Full-time Jul 2025 - Present · 3 mos Orlando, Florida, United States",
        ]);
        assert_eq!(pasted.name, None);
        assert_eq!(pasted.location, None);
    }
}
