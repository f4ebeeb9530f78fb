//! The form an ATS fills: a resume's normalized text and sections read into
//! the fields of the [JSON Resume](https://jsonresume.org/schema) schema.
//!
//! In: a [`NormText`] and its [`Segments`]. Out: a [`Resume`] whose every
//! entry carries the source line it came from (`_line`, a key JSON Resume
//! tools ignore).
//!
//! How the fields are read:
//! - **basics**: the contact search of `candidate.rs` (name, e-mail, phone,
//!   LinkedIn, location), plus the first personal site or GitHub address.
//! - **work**: in the Experience section, each line with a date range (or a
//!   short line with one date) is a job. Its header is that line without the
//!   dates and the lines next to it that are not bullets, up to the previous
//!   job's bullets: split at `|`, `•`, ` — `, ` at `, commas and wide gaps
//!   into parts. A "City, ST" part is the location; a part with a job word
//!   ("Engineer", "Intern", "Nurse") is the position; the other part is the
//!   employer. With no job word in either, the first part is the employer
//!   (the common "Employer / Title" layout). The job's bullets are its
//!   highlights.
//! - **education**: in the Education section, a line naming a school
//!   ("University", "College", "Institute", ...) opens an entry, and so does
//!   a degree when the entry has one already; a degree ("B.S.", "Master of",
//!   "PhD", ...) gives `studyType` and what follows it `area`; one date is
//!   the graduation (`endDate`).
//! - **skills**: each line of the Skills section, "Label: a, b, c" as one
//!   skill group named Label, else a group named "Skills".
//! - **certificates** and **projects**: the lines of their sections that are
//!   not bullets, one entry each; where Projects is a list alone, each
//!   item's run-in label ("• Mac Setup: A book on…").
//!
//! Pure: no I/O.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::dates::{self, Date, End, Form};
use crate::candidate::{self, Candidate};
use crate::extract::{Stated, StatedJob, StatedSchool};
use crate::normalize::{NormLine, NormText};
use crate::segment::{self, Section, Segments};
use crate::vocab::{self, bullet_body, heading_section};

/// The parsed resume, in the JSON Resume schema's shape.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Resume {
    pub basics: Basics,
    pub work: Vec<Work>,
    pub education: Vec<Education>,
    pub skills: Vec<Skill>,
    pub certificates: Vec<Named>,
    pub projects: Vec<Named>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Basics {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    pub profiles: Vec<Profile>,
    /// The source line of each field found.
    #[serde(rename = "_lines")]
    pub lines: std::collections::BTreeMap<&'static str, u32>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Location {
    /// The place as written ("Berlin, Germany", "Austin, TX").
    pub address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postalCode", skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
}

/// A place as written, read into its city, its region and its postcode:
/// "Chicago, IL 60616" is Chicago, IL and 60616; "48167 Münster, Germany"
/// is Münster, Germany and 48167; "10315 Berlin" is Berlin. The last code
/// is the postcode ("4207 Greenville SC 29615": the first is a house's).
fn located(address: String) -> Location {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        // A ZIP code (and its four more digits), a postcode of four to
        // six digits, Canada's and Britain's.
        Regex::new(&format!(
            r"(?:^|[\s,\-])(?:[0-9]{{5}}-[0-9]{{4}}|[0-9]{{4,6}}|{}|{})(?:$|[\s,])",
            candidate::CA_POSTCODE,
            candidate::UK_POSTCODE
        ))
        .expect("valid")
    });
    let code = CODE.find_iter(&address).last();
    let (rest, postal_code) = match code {
        Some(m) => {
            let code = m
                .as_str()
                .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '-');
            let rest = format!("{} {}", &address[..m.start()], &address[m.end()..]);
            (rest, Some(code.to_owned()))
        }
        None => (address.clone(), None),
    };
    let part = |s: &str| {
        let s = s
            .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '-')
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!s.is_empty()).then_some(s)
    };
    let (city, region) = match rest.split_once(',') {
        Some((city, region)) => (part(city), part(region)),
        None if postal_code.is_some() => (part(&rest), None),
        None => (None, None),
    };
    Location {
        address,
        city,
        region,
        postal_code,
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Profile {
    pub network: String,
    pub username: String,
    pub url: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Work {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// `None` for a current job ("Present") and when not written.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub highlights: Vec<String>,
    /// The source line of the job's dates (or of its header).
    #[serde(rename = "_line")]
    pub line: u32,
    /// What the dates say, for the checks: start, end (`None` = present or
    /// not written), whether the end is "Present", how they were written.
    #[serde(skip)]
    pub dates: Option<JobDates>,
    /// Line indexes (not source lines) of the header and of the bullets.
    #[serde(skip)]
    pub header_lines: Vec<usize>,
    #[serde(skip)]
    pub bullet_lines: Vec<usize>,
    /// Line index of the job's dates.
    #[serde(skip)]
    pub date_line: usize,
    /// How the header was read: `Some(true)` when a job word showed the
    /// title before the employer, `Some(false)` after it, `None` when the
    /// order was guessed (employer first).
    #[serde(skip)]
    title_first: Option<bool>,
    /// Which part is the title was guessed: no job word, no organization
    /// word, no " at ", and no other job of the resume showing the order.
    #[serde(skip)]
    pub order_guessed: bool,
    /// The title and the employer when the header reads "Cloud, Kubernetes
    /// Engineer - IBM" (a title with a comma of its own, then a dash and
    /// the employer), taken where the resume's other headers show the
    /// title first ("GitLab, Technical Marketing Manager - Cloud Native"
    /// among employer-first headers is read as they are).
    #[serde(skip)]
    dashed: Option<(String, String)>,
}

impl Work {
    /// Whether the job's header lines are all at or below its dated line
    /// (the dates first, the title or employer under them).
    fn header_below_dates(&self) -> bool {
        self.header_lines.iter().all(|&h| h >= self.date_line)
    }
}

/// The dates of a job as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JobDates {
    pub start: Date,
    pub end: Option<Date>,
    pub present: bool,
    pub form: Form,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Education {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(rename = "studyType", skip_serializing_if = "Option::is_none")]
    pub study_type: Option<String>,
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(rename = "_line")]
    pub line: u32,
}

impl Education {
    /// Whether the entry has its dates: a start ("2020 - present") or an
    /// end.
    fn dated(&self) -> bool {
        self.start_date.is_some() || self.end_date.is_some()
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Skill {
    pub name: String,
    pub keywords: Vec<String>,
    #[serde(rename = "_line")]
    pub line: u32,
}

/// A certificate or a project: its name and line.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Named {
    pub name: String,
    #[serde(rename = "_line")]
    pub line: u32,
}

/// Words that make a part of a job's header its title.
const JOB_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "manager",
    "analyst",
    "maintainer",
    "designer",
    "specialist",
    "administrator",
    "architect",
    "scientist",
    "writer",
    "nurse",
    "teacher",
    "accountant",
    "representative",
    "consultant",
    "lead",
    "director",
    "principal",
    "officer",
    "technician",
    "coordinator",
    "assistant",
    "associate",
    "intern",
    "internship",
    "trainee",
    "apprentice",
    "head",
    "president",
    "vp",
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "ceo",
    "cto",
    "cfo",
    "researcher",
    "fellow",
    "instructor",
    "trainer",
    "tutor",
    "lecturer",
    "professor",
    "clerk",
    "executive",
    "supervisor",
    "auditor",
    "bookkeeper",
    "controller",
    "therapist",
    "editor",
    "advisor",
    "adviser",
    "strategist",
    "recruiter",
    "partner",
    "volunteer",
    "contractor",
    "freelancer",
    "freelance",
    "freelancing",
    "sde",
    "swe",
    "sre",
    "dba",
    "mgr",
    "attorney",
    "paralegal",
    "pharmacist",
    "physician",
    "operator",
    "mechanic",
    "electrician",
    "cashier",
    "driver",
    "attendant",
    "receptionist",
    "barista",
    "bartender",
    "courier",
    "dispatcher",
    "caregiver",
    "chemist",
    "economist",
    "statistician",
    "planner",
    "buyer",
    "agent",
    "producer",
    "tester",
    "inspector",
    "translator",
    "interpreter",
    "author",
    "coach",
    "captain",
    "pilot",
    "entrepreneur",
    "co-op",
    // Work outside offices and software, and research's own words.
    "postdoc",
    "post-doc",
    "investigator",
    "scholar",
    "welder",
    "seaman",
    "labourer",
    "laborer",
    "librarian",
    "substitute",
    "counselor",
    "counsellor",
    "educator",
    "artist",
    "animator",
    "photographer",
    "journalist",
    "reporter",
    "copywriter",
    "geologist",
    "biologist",
    "physicist",
    "psychologist",
    "technologist",
    "paramedic",
    "carpenter",
    "plumber",
    "machinist",
    "foreman",
    "superintendent",
    "estimator",
    "secretary",
    "waiter",
    "waitress",
    "housekeeper",
    "janitor",
    "custodian",
    // French, Spanish and German resumes: dates.rs reads their months, so
    // their titles are read too (and Dutch, Italian and Portuguese ones
    // below).
    "ingénieur",
    "ingénieure",
    "développeur",
    "développeuse",
    // The same in capitals, whose accents some fonts drop ("DEVELOPPEUSE
    // WEB").
    "developpeur",
    "developpeuse",
    "ingenieure",
    "chef",
    "stagiaire",
    "alternant",
    "architecte",
    "responsable",
    "administrateur",
    "administratrice",
    "directeur",
    "directrice",
    "consultante",
    "analyste",
    "technicien",
    "technicienne",
    "chargé",
    "chargée",
    "gestionnaire",
    "formateur",
    "formatrice",
    "conseiller",
    "conseillère",
    "assistante",
    "comptable",
    "ingeniero",
    "ingeniera",
    "desarrollador",
    "desarrolladora",
    "analista",
    "jefe",
    "jefa",
    "gerente",
    "consultor",
    "consultora",
    "practicante",
    "asistente",
    "coordinador",
    "coordinadora",
    "técnico",
    "programador",
    "programadora",
    "entwickler",
    "entwicklerin",
    "softwareentwickler",
    "ingenieur",
    "ingenieurin",
    "berater",
    "beraterin",
    "leiter",
    "leiterin",
    "werkstudent",
    "praktikant",
    "praktikantin",
    // An apprenticeship ("kaufmännische Lehre", "Lehre als Koch").
    "lehre",
    "lehrling",
    "auszubildender",
    "auszubildende",
    // Dutch, Italian and Portuguese.
    "ontwikkelaar",
    "medewerker",
    "stagiair",
    "beheerder",
    "adviseur",
    "sviluppatore",
    "ingegnere",
    "desenvolvedor",
    "desenvolvedora",
    "engenheiro",
    "engenheira",
    "estagiário",
    "estagiária",
    // Russian.
    "специалист",
    "начальник",
    "руководитель",
    "менеджер",
    "инженер",
    "разработчик",
    "программист",
    "директор",
    "аналитик",
    "консультант",
    "бухгалтер",
    "администратор",
    "заместитель",
    "стажер",
    "стажёр",
    "тестировщик",
    "архитектор",
    "преподаватель",
    // Korean.
    "프로그래머",
    "개발자",
    "엔지니어",
    "창업자",
    "인턴",
    "디자이너",
    "매니저",
    "연구원",
    "팀장",
    "멘티",
    "컨설턴트",
];

/// The legal form that ends a company's name ("Acme, Inc."): a part of its
/// own after a comma joins the part before it.
const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "llc",
    "ltd",
    "ltd.",
    "corp",
    "corp.",
    "corporation",
    "gmbh",
    "gbr",
    "gdbr",
    "ag",
    "sa",
    "sas",
    "plc",
    "pvt",
    "pvt.",
    "b.v.",
    "bv",
    "n.v.",
    "s.a.",
    "s.l.",
    "srl",
    "s.r.l.",
    "s.p.a.",
    "sarl",
    "oy",
    "oyj",
    "kg",
    "llp",
    "pty",
    "pte",
    "ltda",
    "limited",
    // Poland's "sp. z o.o.", Czechia's and Slovakia's "s.r.o.".
    "o.o.",
    "s.r.o.",
];

/// Words that make a part of a job's header its employer (besides
/// [`COMPANY_SUFFIXES`]).
const EMPLOYER_WORDS: &[&str] = &[
    "co.",
    "company",
    "university",
    "college",
    "hospital",
    "bank",
    "labs",
    "laboratory",
    "technologies",
    "systems",
    "group",
    "solutions",
    "institute",
    "school",
    "agency",
    "studio",
    "foundation",
    "department",
    "center",
    "centre",
    "clinic",
    // "Container Works", "Public Works".
    "works",
    // Russia's legal forms, before the name ("ООО «Открытый код»").
    "ооо",
    "зао",
    "оао",
    "пао",
];

/// Words that name a school.
static SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:university|universit[éäa]t?|univ|universiteit|universidad|universidade|universiti|universitas|universitet|università|uniwersytet|istituto|escuela|colegio|liceo|sekolah|college|institute|institut|school|academy|polytechnic|politecnico|politechnika|polit[eé]cnica|polytechnique|école|ecole|hochschule|\p{{L}}*schule|\p{{L}}*kolleg|hogeschool|lycée|lycee|gymnasium|conservatory|iit|(?-i:MIT)|vidyalaya|mahavidyalaya|vidyapeeth|vidyapith|vidyapee?tham|chs)\b|\p{{Han}}(?:{kinds})", kinds = vocab::either_han_form(CJK_SCHOOL_KINDS)))
        .expect("valid")
});

/// Whether a school's kind alone, lowercased, is all a text names: it
/// names no school ("attending Roseburg High" / "School.").
fn is_school_kind(text: &str) -> bool {
    BARE_KINDS.contains(&text) || SCHOOLING_KINDS.contains(&text)
}

/// The kinds that say nothing of the schooling had.
const BARE_KINDS: &[&str] = &["university", "college", "school", "institute", "academy"];

/// The kinds that over a school's name name the schooling
/// ("Grundschule  2008 - 2012" / "Graf-Konrad-Grundschule").
const SCHOOLING_KINDS: &[&str] = &[
    "high school",
    "secondary school",
    "primary school",
    "middle school",
    "elementary school",
    "grundschule",
    "realschule",
    "hauptschule",
    "gesamtschule",
    "gymnasium",
    "berufskolleg",
    "berufsschule",
    "weiterführende schule",
];

/// What a Chinese school's name ends in.
/// (Taiwan's and Hong Kong's traditional characters as well.)
const CJK_SCHOOL_KINDS: &str = "大学|学院|学校|中学";

/// A Chinese school's name: the run of Han characters that ends in its
/// kind ("上海交通大学", "萌鹿大学" of "本科/萌鹿大学计算机系").
static CJK_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\p{{Han}}{{1,12}}?(?:{kinds})",
        kinds = vocab::either_han_form(CJK_SCHOOL_KINDS)
    ))
    .expect("valid")
});

/// A Chinese degree ("学士", "本科", "在读硕士研究生"), with the words run
/// into it.
static CJK_DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&vocab::either_han_form(
        r"(?P<type>\p{Han}{0,4}?(?:博士后|博士|硕士|学士|本科|研究生|大专|专科)\p{Han}{0,3})",
    ))
    .expect("valid")
});

/// A Chinese degree as read, without the "graduated" run into it
/// ("学士毕业" is a 学士).
fn cjk_degree(read: &str) -> String {
    // Both forms take the same bytes ("畢業" and "毕业").
    let degree = if vocab::simplified(read).ends_with("毕业") {
        &read[..read.len() - "毕业".len()]
    } else {
        read
    };
    degree.to_owned()
}

/// A degree: its abbreviation or its name, with what it is in.
static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|[\s,(|]|\s-)
        (?P<type>(?:
            (?i:(?:bachelor|master|doctor|associate)(?:['’]?s|d)?(?:\s+of\s+(?:science|arts|engineering|business\s+administration|fine\s+arts?|technology|laws|education|philosophy|applied\s+science|commerce|computer\s+applications|computer\s+science|information\s+technology))?(?:\s+degree)?)
            # Bachelor of Science (B.S.): the letters it goes by.
            # Bachelor of Technology (BTech): or as it is written short.
            (?:\s?\((?:(?:[A-Z]\.?\s?){1,4}|[A-Z][a-z]?[A-Z][A-Za-z.]{0,5})\))?
          | (?i:engineer['’]s\s+degree|m\.?sci(?:\s?\(hons\.?\))?)
          | (?i:ph\.?\s?d\.?|d\.?\s?phil\.?|doctorate
              # A graduate's diploma, and Latin America's specialization
              # (Specialization: Networks in English names a field).
              |post[-\s]?graduate\s+(?:diploma|degree|certificate)|especializaci[oó]n|especializa[cç][aã]o
              |higher\s+(?:national\s+)?diploma|mba|m\.?b\.?a\.|diploma|dipl[oô]me(?:\s+d['’]ing[ée]nieur)?|licence|ma[iî]trise|doctorat|licenciatura|ged|high\s+school\s+(?:diploma|certificate)|exchange\s+(?:program(?:me)?|semester|student|year)
              # India's school-leaving grades: 12th PCM, HSC, Class XII.
              |1[02]th|hsc|sslc|ssc|matriculation
              # Germany's school-leaving certificates.
              |(?:fach)?abitur|mittlere\s+reife|(?:real|haupt)schulabschluss
              # South Africa's: the matric and the FET certificate.
              |matric(?:\s+certificate)?|fet\s+certificate|national\s+senior\s+certificate
              |(?:higher|senior)\s+secondary(?:\s+(?:school\s+)?(?:certificate|education))?|class\s+(?:xii|x)
              # East Africa's school-leaving certificates (KCSE, UACE; UCE is
              # also a university's initials).
              |(?:kenya\s+)?certificate\s+of\s+secondary\s+education|(?:uganda\s+)?(?:advanced\s+)?certificate\s+of\s+education|kcse|uace
              # The International Baccalaureate's diploma.
              |international\s+baccalaureate(?:\s+(?:diploma(?:\s+program(?:me)?)?|program(?:me)?))?
              # A certificate in a field, of a level (Certificate III in
              # Discipleship).
              |certificate(?:\s+of\s+completion|\s+(?:iv|iii|ii|i)\b)?
              # A US state's licence to teach (California's Multiple
              # Subject Teaching Credential).
              |(?:(?:multiple|single)\s+subjects?\s+|preliminary\s+|clear\s+)?teaching\s+credential)
          # A business degree's letters, spaced: B. B. A.
          | B\.\s?B\.\s?A\.?
          | B\.\s?SC\.?|B\.?\s?S\.?c?\.?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|B\.?\s?E\.?|BSN|B\.?Com\.?
          # The letters a degree and its field go by: BCS, BSCS, MCA.
          # Architecture's degrees (M.Arch, B.Arch), and Britain's
          # postgraduate diploma and certificate (PGDip, PGCert, PGCE).
          | [MB]\.?\s?Arch\.?|P[Gg]\s?Dip\.?|P[Gg]\s?Cert\.?|PGCE
          | BCS|BSCS|BSIT|BSEE|BSME|BSCE|BBA|BFA|BCA|MCS|MSCS|MSIT|MSEE|MFA|MCA|MPH|MPA|MLIS|MSW|MPhil|MRes
          # Engineering's science degrees (Duke's, Princeton's, Penn's).
          | BSE|MSE|B\.S\.E\.?|M\.S\.E\.?
          # The Latin order of MIT's and Harvard's letters (S.B., S.M., A.B.).
          | S\.[BM]\.|A\.B\.
          # England's school-leaving exams, its Higher National Diploma
          # and Certificate, and its vocational qualifications.
          | A-[Ll]evels?|A\ [Ll]evels|O-[Ll]evels?|O\ [Ll]evels|GCSEs?|HND|HNC|NVQ(?:\ Level\ [1-7])?
          | BTEC(?:\ National)?(?:\ Extended)?(?:\ (?:Diploma|Certificate))?
          # France's: the two-year diplomas (BTS, DUT, DEUG), the old
          # graduate ones (DEA, DESS), the baccalauréat and the years of
          # study after it (Bac+5).
          | BTS|DUT|DEUG|DEUST|DESS|DEA|(?i:baccalaur[ée]at)|Bac\s?\+\s?[2-8]
          # Bsc (Hons): the letters in any case.
          | Bsc|Msc
          # Pakistan's higher secondary certificate in science.
          | FSc|F\.Sc\.?
          | M\.\s?SC\.?|M\.?\s?S\.?c?\.?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|MSN|M\.?Ed\.?|LL\.?[BM]\.?|J\.?D\.?|M\.?D\.?|A\.?\s?A\.?S?\.?|A\.?\s?S\.?N?\.?
        )
        # B.Tech (Hons): with honours.
        (?:\s?\((?i:hons\.?|honours|honors)\))?)
        (?:$|[\s,|:)\-–—]|;(?P<semi>))
        \s*(?:(?:in|of|,|:|-|–|—|\|)\s*)?
        (?P<area>[A-Z][^,|;()\d]{1,60})?",
    )
    .expect("valid")
});

/// Words a degree's letters may follow ("Honours BA", "Joint MD").
const DEGREE_WORDS: &[&str] = &[
    "honours",
    "honors",
    "joint",
    "dual",
    "combined",
    "integrated",
];

/// The first degree a line names. "MA" after a city's comma ("Amherst,
/// MA") is the state, no Master of Arts.
fn degree_in(line: &str) -> Option<regex::Captures<'_>> {
    DEGREE.captures_iter(line).find(|c| {
        let Some(t) = c.name("type") else {
            return true;
        };
        // So is "MD" after a town's name that ends the field ("Rockville
        // MD", "Bethesda MD | 2013"; "Informatics MS, Media Arts" is a
        // degree in its field).
        let after_town = || {
            let before = &line[..t.start()];
            let town = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next());
            town.is_some_and(|w| {
                w.len() >= 3
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !DEGREE_WORDS.contains(&w.to_lowercase().as_str())
            }) && {
                let after = &line[t.end()..];
                after.trim_start().is_empty()
                    || after.trim_start().starts_with('|')
                    || after.starts_with("  ")
            }
        };
        let state = t.as_str().len() == 2
            && candidate::is_region_code(t.as_str())
            && (line[..t.start()].trim_end().ends_with(',') || after_town());
        // "BCS-accredited": the letters are a body's, not a degree's.
        let body = t.as_str().len() >= 3
            && t.as_str().chars().all(|c| c.is_ascii_uppercase())
            && line[t.end()..]
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase));
        // A certificate names a credential only before its field ("in"),
        // or as a course's ("Certificate of Completion").
        let award = t.as_str().to_lowercase().starts_with("certificate")
            && !t.as_str().to_lowercase().ends_with("completion")
            && !line[t.end()..].to_lowercase().starts_with(" in ");
        // "Maîtrise d'outils essentiels", "Maîtrise de l'anglais": French
        // for mastery, of what follows.
        let mastery = ["maîtrise", "maitrise"].contains(&t.as_str().to_lowercase().as_str())
            && ["d'", "d’", "de ", "du ", "des "]
                .iter()
                .any(|w| line[t.end()..].trim_start().to_lowercase().starts_with(w));
        // "Solon-Biet, S.M., Cogger, V.C.", "… & Solon-Biet, S.M. 2020": a
        // name's initials in a list of authors (three or more initials
        // after a surname's comma), no Latin degree's letters.
        let initials = ["S.B.", "S.M.", "A.B."].contains(&t.as_str())
            && (line[t.end()..].trim_start().starts_with([',', '&'])
                || line
                    .match_indices(", ")
                    .filter(|(k, _)| {
                        let mut after = line[k + 2..].chars();
                        after.next().is_some_and(|c| c.is_ascii_uppercase())
                            && after.next() == Some('.')
                    })
                    .count()
                    >= 3);
        !state && !body && !award && !mastery && !initials
    })
}

/// A degree's kind and field, as a line names them.
type Degree = (Option<String>, Option<String>);

/// The degrees of a line that names two or more, each opening a part of
/// its own: "BS Computer Science | BS Applied Mathematics | BA
/// Mathematics", "BS and MS from the University of Chicago", "B. B. A.
/// in Accounting, B. B. A. in Finance". Each is its
/// kind and field; none when the line names one.
fn degrees_apart(line: &str) -> Vec<Degree> {
    let body = bullet_body(line).unwrap_or(line).trim();
    let parts: Vec<&str> = if body.contains(" | ") {
        body.split(" | ").collect()
    } else {
        let head = body.split(" from ").next().unwrap_or(body);
        // "B. B. A. in Accounting, B. B. A. in Finance": a comma between
        // two degrees named with their fields sets them apart too (not in
        // a sentence: "PhD students seminar series at SAMM, PhD students
        // representative").
        let plain = |p: &str| {
            !p.split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase) && !matches!(w, "in" | "of" | "and"))
        };
        let commas: Vec<&str> = head.split(", ").collect();
        if commas.len() >= 2 && commas.iter().all(|p| plain(p)) {
            commas.iter().flat_map(|p| p.split(" and ")).collect()
        } else {
            head.split(" and ").collect()
        }
    };
    let degrees: Vec<Degree> = parts
        .iter()
        .map_while(|p| {
            let p = p.trim();
            let c = degree_in(p)?;
            let kind = c.name("type").filter(|t| t.start() == 0)?;
            Some((
                Some(kind.as_str().trim().to_owned()),
                c.name("area")
                    .map(|a| clean_area(a.as_str()))
                    .filter(|a| !a.is_empty()),
            ))
        })
        .collect();
    if degrees.len() < 2 {
        return Vec::new();
    }
    degrees
}

/// Whether a line names a school or a degree.
pub(crate) fn names_school_or_degree(line: &str) -> bool {
    SCHOOL.is_match(line) || CJK_DEGREE.is_match(line) || degree_in(line).is_some()
}

/// A personal site or a profile's address.
/// A web address: with a scheme or `www.`, any top-level domain
/// ("https://0xadada.pub/"); without, one of [`COMMON_TLDS`] must be in it
/// ("jdoe.dev", "jdoe.com.au"), so that "Node.js" and "resume.pdf" are not.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<scheme>https?://|www\.)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?P<path>/[A-Za-z0-9._~%/-]*)?")
        .expect("valid")
});

const COMMON_TLDS: &[&str] = &[
    "com", "io", "dev", "me", "org", "net", "co", "ai", "app", "page", "site", "xyz", "tech",
    "info", "de", "fr", "uk", "ca", "in",
    // The vanity domains people name their sites with ("ashton.codes"),
    // and more countries' ("bigo.lu").
    "codes", "blog", "cloud", "online", "website", "works", "space", "design", "ninja", "rocks",
    "pro", "name", "live", "life", "zone", "engineer", "software", "systems", "digital", "email",
    "studio", "lu", "nl", "se", "ch", "eu", "us", "au", "es", "it", "pl", "be", "at", "fi", "dk",
    "ie", "nz", "br", "jp",
];

/// Reads the form out of a resume's text alone (tests, and callers without
/// the document: a PDF's links are added by [`candidate::contact_of`],
/// which `check` and `ats parse` pass to [`read`]).
pub fn parse(text: &NormText, segments: &Segments) -> Resume {
    read(text, segments, candidate::find(text), &Stated::default())
}

/// Reads the form with the contact details already found (`check` has
/// them from the contact checks: they are not searched for twice). A
/// structured source's jobs and education entries (`stated`, from a JSON
/// Resume) are taken as stated: a job's fields replace what its title line
/// reads as (its highlights are still the statements below it, as
/// `check` reads them); without them the lines are read.
pub fn read(text: &NormText, segments: &Segments, contact: Candidate, stated: &Stated) -> Resume {
    let lines = lines(text, segments);
    let mixed = mixed_entries(text, segments, &lines);
    let entries = mixed.as_ref().unwrap_or(segments);
    Resume {
        basics: basics(text, contact),
        work: {
            let mut jobs = work(text, entries, &lines);
            if jobs.is_empty() {
                jobs = undated_jobs(text, entries, &lines);
            }
            restate(text, segments, &mut jobs, &stated.jobs);
            jobs
        },
        education: if stated.schools.is_empty() {
            let unheaded = unheaded_education(entries, &lines);
            education(text, unheaded.as_ref().unwrap_or(entries), &lines)
        } else {
            stated
                .schools
                .iter()
                .map(|s| stated_school(text, s))
                .collect()
        },
        skills: skills(text, segments),
        certificates: named(text, segments, &lines, Section::Certifications),
        projects: named(text, segments, &lines, Section::Projects),
    }
}

/// "Education & Employment", "Experience and Education": a heading that
/// names both over one list of dated entries, as an academic CV has. An
/// entry whose dated line names a position and no degree ("2016 - 2019
/// Lab Manager, Yale University.") is a job; the others are schools'.
/// The sections each line is read in, where the resume has such a
/// heading.
fn mixed_entries(text: &NormText, segments: &Segments, lines: &[Line<'_>]) -> Option<Segments> {
    let names_both = |heading: &str| {
        let named: Vec<Section> = heading
            .split(['&', '/', ',', '+', '|'])
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" And "))
            .filter_map(|p| heading_section(p.trim().trim_end_matches(':')))
            .collect();
        named.contains(&Section::Education) && named.contains(&Section::Experience)
    };
    let spans: Vec<(usize, usize)> = segments
        .headings
        .iter()
        .enumerate()
        .filter(|(_, (h, section))| {
            matches!(section, Section::Education | Section::Experience)
                && names_both(&text.lines[*h].text)
        })
        .map(|(k, (h, _))| {
            let end = segments
                .headings
                .get(k + 1)
                .map_or(lines.len(), |(next, _)| *next);
            (h + 1, end)
        })
        .collect();
    if spans.is_empty() {
        return None;
    }
    let mut read = segments.clone();
    for (from, to) in spans {
        let mut job = false;
        let to = to.min(lines.len());
        for (line, section) in lines[from..to].iter().zip(&mut read.sections[from..to]) {
            // A dated line opens an entry; the lines under it are its.
            if !line.bullet && dates::find(line.text).is_some() {
                job = degree_in(line.text).is_none() && is_position(line.text);
            }
            *section = if job {
                Section::Experience
            } else {
                Section::Education
            };
        }
    }
    Some(read)
}

/// "Ph.D.  University of Wisconsin-Madison, Madison, WI  2021 - 2026"
/// under the contact details, where no heading opens an education
/// section: a CV that opens with its degrees, unheaded. From the first
/// line above every heading that opens with a degree and names a school
/// and a date, to the first heading, the lines are read as the education
/// section.
fn unheaded_education(segments: &Segments, lines: &[Line<'_>]) -> Option<Segments> {
    if segments.sections.contains(&Section::Education) {
        return None;
    }
    let top = segments
        .sections
        .iter()
        .take_while(|s| **s == Section::Top)
        .count();
    let first = (0..top).find(|&i| {
        let line = lines[i].text.trim_start();
        degree_in(line)
            .and_then(|c| c.name("type"))
            .is_some_and(|t| t.start() == 0)
            && SCHOOL.is_match(line)
            && dates::find(line).is_some()
    })?;
    let mut unheaded = segments.clone();
    for section in &mut unheaded.sections[first..top] {
        *section = Section::Education;
    }
    Some(unheaded)
}

/// The source line of the first line holding `value`, or ending in its
/// start (an e-mail address broken at the margin).
fn line_of(text: &NormText, value: &str) -> Option<u32> {
    text.lines
        .iter()
        .find(|l| l.text.contains(value))
        .or_else(|| {
            text.lines.iter().find(|l| {
                l.text.split_whitespace().next_back().is_some_and(|w| {
                    w.contains('@') && w.len() + 3 >= value.len() && value.starts_with(w)
                })
            })
        })
        .map(|l| l.source_line)
}

fn basics(text: &NormText, c: Candidate) -> Basics {
    let mut b = Basics::default();
    let note = |key: &'static str, value: &Option<String>, b: &mut Basics| {
        if let Some(line) = value.as_deref().and_then(|v| line_of(text, v)) {
            b.lines.insert(key, line);
        }
    };
    note("name", &c.name, &mut b);
    note("email", &c.email, &mut b);
    note("phone", &c.phone, &mut b);
    note("location", &c.location, &mut b);
    b.name = c.name;
    b.email = c.email.clone();
    b.phone = c.phone;
    // "San Francisco, CA 94117", "CA-94115", "Sunderland, MA, 01375": the
    // ZIP code written after the place; "48167 Münster, Germany": a postcode before it.
    let location = c.location.map(|place| {
        text.lines
            .iter()
            .find_map(|l| {
                let start = l.text.find(&place)?;
                let after = &l.text[start + place.len()..];
                let (sep, rest) = if let Some(rest) = after.strip_prefix('-') {
                    ("-", rest)
                } else if let Some(rest) = after.strip_prefix(" - ") {
                    (" - ", rest)
                } else if let Some(rest) = after.strip_prefix(", ") {
                    // "Sunderland, MA, 01375".
                    (", ", rest)
                } else {
                    (" ", after.trim_start())
                };
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if digits.len() == 5 && !rest[5..].starts_with(|c: char| c.is_alphanumeric()) {
                    return Some(format!("{place}{sep}{digits}"));
                }
                // "Toronto, ON M2R 1Z9": a Canadian postal code.
                static POSTAL: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(&format!(r"^{}(?-u:\b)", candidate::CA_POSTCODE)).expect("valid")
                });
                if let Some(code) = POSTAL.find(rest) {
                    return Some(format!("{place}{sep}{}", code.as_str()));
                }
                // (Not when the place holds its code: "Apt 1303 Kansas
                // City, MO 64105" has the flat's number before it.)
                if place.contains(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                let before = l.text[..start].strip_suffix(' ')?;
                let code_len = before
                    .chars()
                    .rev()
                    .take_while(char::is_ascii_digit)
                    .count();
                let head = &before[..before.len() - code_len];
                ((4..=5).contains(&code_len)
                    && (head.is_empty() || head.ends_with([' ', ',', '|', '\t'])))
                .then(|| format!("{} {place}", &before[head.len()..]))
            })
            .unwrap_or(place)
    });
    b.location = location.map(located);
    if let Some(url) = &c.linkedin {
        let username = url
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        if let Some(line) = line_of(text, url) {
            b.lines.insert("linkedin", line);
        }
        b.profiles.push(Profile {
            network: "LinkedIn".to_owned(),
            username,
            url: url.clone(),
        });
    }
    // The first address that is not in an e-mail or LinkedIn: GitHub
    // as a profile, anything else as the personal site.
    // A site below the contact block (in Projects, say) is the site only
    // when the top names neither a site nor a GitHub profile: one there is
    // as often a course's or a certificate's ("Coursera.org").
    let mut later: Option<(String, u32)> = None;
    // The sites named under Projects, and whether `later` is one: among
    // two or more, each is a project's (a client's site), none the
    // candidate's.
    let mut project_hosts: Vec<String> = Vec::new();
    let mut later_in_projects = false;
    let mut github_top = false;
    let mut in_top = true;
    // The section a line is in: a site in a job's or a school's lines is
    // theirs ("Pagar.me", the employer under its title).
    let mut section = None;
    // Under "Publications and Talks" a site is where a work is, not the
    // candidate's own ("slideshare.net/…").
    let mut works = false;
    // The contact block wherever the page sets it (a footer's or a
    // sidebar's, read amid the jobs): the lines up to three from the
    // e-mail's or the phone's, none blank between.
    let contact_at: Vec<usize> = [b.email.as_deref(), b.phone.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|v| text.lines.iter().position(|l| l.text.contains(v)))
        .collect();
    let beside_contact = |k: usize| {
        contact_at.iter().any(|&at| {
            at.abs_diff(k) <= 3
                && text.lines[at.min(k)..=at.max(k)]
                    .iter()
                    .all(|l| !l.text.trim().is_empty())
        })
    };
    // The GitHub profile named as the e-mail address is.
    let own_github = c
        .email
        .as_deref()
        .and_then(|e| e.split('@').next())
        .map(|user| format!("github.com/{}", user.to_lowercase()));
    for (k, line) in text.lines.iter().enumerate() {
        // An address that goes on over the next lines, whole
        // ("https://www.facebook.co" / "m/elmer.jabz").
        let whole;
        let line = match candidate::address_run(&text.lines, k) {
            std::borrow::Cow::Owned(joined) => {
                whole = NormLine {
                    text: joined,
                    ..line.clone()
                };
                &whole
            }
            std::borrow::Cow::Borrowed(_) => line,
        };
        let trimmed = line.text.trim();
        let heading = heading_section(bullet_body(trimmed).unwrap_or(trimmed));
        if heading.is_some() {
            section = heading;
            let name = trimmed.to_lowercase();
            works = ["publication", "talk", "presentation", "paper", "press"]
                .iter()
                .any(|w| name.contains(w));
        }
        if works {
            continue;
        }
        if in_top && heading.is_some_and(|s| s != Section::Other) {
            in_top = false;
        }
        // The candidate's own GitHub profile, named as their e-mail is
        // ("github.com/ehames" beside "ehames@gmail.com"), is theirs
        // wherever the page sets the contact block.
        let own_profile = || {
            own_github.as_ref().is_some_and(|own| {
                trimmed
                    .trim_end_matches('/')
                    .to_lowercase()
                    .ends_with(own.as_str())
            })
        };
        // A certificate's line names its issuer's site ("PSM I
        // (scrum.org)", "Certificates: Credly | Scrum.org").
        let certificates = trimmed
            .split_once(':')
            .is_some_and(|(label, _)| heading_section(label) == Some(Section::Certifications));
        if certificates {
            continue;
        }
        if !in_top
            && matches!(
                section,
                Some(Section::Experience | Section::Education | Section::Certifications)
            )
            && !own_profile()
            && !beside_contact(k)
        {
            continue;
        }
        // "• Developed a proof of concept to compare ratings from
        // Amazon.com, eBay.com and …": a site a statement names is not the
        // candidate's.
        let separated = line
            .text
            .contains(['|', '•', '·', '●', '∙', '⋅', '◆', '♦', '■', '▪']);
        // Nor is a product's name in a list of skills ("crossbar.io"): a
        // bare name.tld there is no one's site; "athular.notion.site" and
        // "jdoe.github.io/cv" may be. So is one among a project's tools
        // ("(React.js, Express, Socket.io, Peer.js)"): a list of three
        // items or more.
        let skills = !in_top
            && (section == Some(Section::Skills)
                || (line.text.matches(',').count() >= 2 && !separated));
        let statement = bullet_body(trimmed).is_some_and(|b| b.split_whitespace().count() > 6)
            || (line.text.split_whitespace().count() > 12 && !separated)
            // Its last line ("Goodreads.com using APIs and python.").
            || (line.text.trim_end().ends_with('.') && line.text.split_whitespace().count() >= 4);
        if statement {
            continue;
        }
        for m in URL.captures_iter(&line.text) {
            let whole = m.get(0).map_or("", |w| w.as_str());
            let host = m.name("host").map_or("", |h| h.as_str()).to_lowercase();
            let before = &line.text[..m.get(0).map_or(0, |w| w.start())];
            // Part of a longer word or an e-mail address: not a site.
            let after = line.text[m.get(0).map_or(0, |w| w.end())..].chars().next();
            // "…to upload files.Tech Stack:": two sentences the text layer
            // ran together, not a site (a host is written in one case).
            let written = m.name("host").map_or("", |h| h.as_str());
            let tld = written.rsplit('.').next().unwrap_or_default();
            let run_together = tld.starts_with(char::is_uppercase)
                && written.chars().any(|c| c.is_lowercase())
                && tld.chars().skip(1).all(char::is_lowercase);
            // "VB.NET", "ASP.NET": the framework, not a site.
            let framework = tld == "NET" && !written.chars().any(char::is_lowercase);
            // "Fixya.com 2009-2010": an employer on its job's line.
            let dated = dates::find(&line.text).is_some();
            // A template maker's footer ("resumementor.com"), or the
            // domain of an address broken over two lines ("jane.doe@" /
            // "gmail.com"): a mail provider is no one's site.
            let vendor = candidate::is_template_domain(&host)
                || candidate::is_mail_host(host.trim_start_matches("www."));
            let known = m.name("scheme").is_some()
                || host
                    .split('.')
                    .skip(1)
                    .any(|label| COMMON_TLDS.contains(&label));
            let product = skills && m.name("path").is_none() && host.matches('.').count() == 1;
            // A network's profile ("facebook.com/robin.m") is no personal
            // site.
            let network_profile = matches!(
                host.trim_start_matches("www."),
                "facebook.com" | "twitter.com" | "x.com" | "instagram.com" | "youtube.com"
            );
            // "facebook.com (Other)": a network's home page, no one's
            // profile in it.
            let network_home = m
                .name("path")
                .is_none_or(|p| p.as_str().trim_matches('/').is_empty())
                && matches!(
                    host.trim_start_matches("www."),
                    "facebook.com"
                        | "twitter.com"
                        | "x.com"
                        | "instagram.com"
                        | "github.com"
                        | "gitlab.com"
                        | "youtube.com"
                        | "medium.com"
                        | "stackoverflow.com"
                );
            if before.ends_with(['@', '.'])
                || before.ends_with(|c: char| c.is_alphanumeric())
                || product
                || network_home
                || network_profile
                || after.is_some_and(|c| c.is_alphanumeric() || c == '@')
                || host.ends_with("linkedin.com")
                || run_together
                || framework
                || dated
                || vendor
                || !known
            {
                continue;
            }
            if host == "github.com" {
                let user = m
                    .name("path")
                    .map(|p| p.as_str().trim_matches('/'))
                    .unwrap_or_default();
                if !user.is_empty() && !b.profiles.iter().any(|p| p.network == "GitHub") {
                    b.lines.entry("github").or_insert(line.source_line);
                    github_top = in_top;
                    b.profiles.push(Profile {
                        network: "GitHub".to_owned(),
                        username: user.split('/').next().unwrap_or(user).to_owned(),
                        url: whole.to_owned(),
                    });
                }
                continue;
            }
            if !in_top && section == Some(Section::Projects) && !project_hosts.contains(&host) {
                project_hosts.push(host.clone());
            }
            if b.url.is_none() && m.name("path").is_none_or(|p| p.as_str().len() < 40) {
                if in_top {
                    b.lines.insert("url", line.source_line);
                    b.url = Some(whole.to_owned());
                } else if later.is_none()
                    // Under Projects, a page of a site ("jdoe.github.io/
                    // slot-machine") is a project's.
                    && (section != Some(Section::Projects)
                        || m
                            .name("path")
                            .is_none_or(|p| p.as_str().trim_matches('/').is_empty()))
                {
                    later = Some((whole.to_owned(), line.source_line));
                    later_in_projects = section == Some(Section::Projects);
                }
            }
        }
    }
    // No personal site: the form's website field gets the GitHub profile,
    // as a candidate fills it in (one in the top before a site below it);
    // a repository's address below the top ("github.com/jdoe/kernel-
    // exploits" under Projects) is a project's.
    let github = b
        .profiles
        .iter()
        .find(|p| {
            p.network == "GitHub"
                && (github_top
                    || p.url
                        .split_once("github.com/")
                        .is_some_and(|(_, path)| !path.trim_matches('/').contains('/')))
        })
        .map(|p| (p.url.clone(), b.lines.get("github").copied().unwrap_or(0)));
    if later_in_projects && project_hosts.len() >= 2 {
        later = None;
    }
    let order = if github_top {
        [github, later]
    } else {
        [later, github]
    };
    if b.url.is_none()
        && let Some((site, line)) = order.into_iter().flatten().next()
    {
        b.url = Some(site);
        b.lines.insert("url", line);
    }
    b
}

/// Where a line stands for the job search: its text, whether it is a
/// bullet, its section.
#[derive(Clone)]
struct Line<'a> {
    text: &'a str,
    bullet: bool,
    blank: bool,
    /// A bullet's wrapped line, indented in a text source.
    indented: bool,
    /// The line opened with a title's label ("Position:"), now off.
    title_label: bool,
}

fn lines<'a>(text: &'a NormText, segments: &Segments) -> Vec<Line<'a>> {
    let mut bullet = vec![false; text.lines.len()];
    for b in &segments.bullets {
        for flag in &mut bullet[b.line..=b.last_line.min(text.lines.len() - 1)] {
            *flag = true;
        }
    }
    text.lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l, link_only(l.text.trim())))
        .map(|(i, l, link)| Line {
            text: without_job_label(l.text.trim()),
            bullet: !link && (bullet[i] || bullet_body(l.text.trim()).is_some()),
            blank: link || l.text.trim().is_empty(),
            indented: bullet[i] && l.text.starts_with(char::is_whitespace),
            title_label: job_label(&l.text)
                .is_some_and(|(label, _)| labelled_field(label) == Some(true)),
        })
        .collect()
}

/// A line that holds one web address and nothing else ("•
/// https://www.linkedin.com/company/akkodis/" between an employer's line
/// and its dates): a link a theme prints, no part of a job's header, so
/// the lines around it are read as if it were blank.
fn link_only(line: &str) -> bool {
    let body = bullet_body(line).unwrap_or(line).trim();
    !body.contains(char::is_whitespace)
        && ["https://", "http://", "www."]
            .iter()
            .any(|scheme| body.len() > scheme.len() && body.starts_with(scheme))
}

/// A line without the label of a job's field it starts with ("Position:
/// Software Developer, Vega Software", "Year: August 2009 to Present"):
/// the value is the header's, the label no part of it.
fn without_job_label(line: &str) -> &str {
    match job_label(line) {
        Some((_, value)) if !value.trim().is_empty() => value.trim(),
        _ => line,
    }
}

/// The label of a job's field a line starts with, and its value, set
/// apart by a colon or a spaced dash ("Position: Software Developer",
/// "Position held - Mechanical Test Engineer", "Year: August 2009").
fn job_label(line: &str) -> Option<(&str, &str)> {
    const DATE_LABELS: &[&str] = &["year", "years", "date", "dates", "duration", "period"];
    // ("Employer  Adswizz": a table's cells apart by two spaces.)
    [":", " - ", " – ", " — ", "  "].iter().find_map(|sep| {
        let (label, value) = line.split_once(sep)?;
        (DATE_LABELS
            .iter()
            .any(|l| l.eq_ignore_ascii_case(label.trim()))
            || labelled_field(label).is_some())
        .then_some((label, value))
    })
}

/// "TL, big data, scala (10/2017 - present)" over a table of labelled
/// fields ("Employer  Adswizz", "Business  Audio Advertising", "Position
/// held  Senior Developer for Big Data Apps, Team Lead"), as a Europass
/// CV sets each job out: the fields a label names under a job's dates,
/// before its first bullet and the next job, are its employer and title,
/// whatever the line of its dates reads as.
fn labelled_fields(text: &NormText, lines: &[Line<'_>], jobs: &mut [Work]) {
    // How many lines from a job's first the fields are looked for in.
    const REACH: usize = 12;
    let starts: Vec<usize> = jobs
        .iter()
        .map(|j| {
            j.header_lines
                .iter()
                .copied()
                .chain([j.date_line])
                .min()
                .unwrap_or(j.date_line)
        })
        .collect();
    for (k, job) in jobs.iter_mut().enumerate() {
        // (The header's own lines too: a label may have put one there.)
        let from = starts[k];
        let to = starts[k + 1..]
            .iter()
            .copied()
            .filter(|&s| s > from)
            .min()
            .unwrap_or(lines.len())
            .min(from + REACH)
            .min(lines.len());
        let (mut title, mut employer) = (None, None);
        for (line, printed) in lines[from..to].iter().zip(&text.lines[from..to]) {
            if line.bullet {
                break;
            }
            let Some((label, value)) = job_label(printed.text.trim()) else {
                continue;
            };
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            if value.is_empty() {
                continue;
            }
            match labelled_field(label) {
                Some(true) => title = title.or(Some(value)),
                Some(false) => employer = employer.or(Some(value)),
                None => {}
            }
        }
        if title.is_some() && employer.is_some() {
            job.position = title;
            job.name = employer;
        }
    }
}

/// What a field's label names: the title (true: "Role", "Position") or
/// the employer (false: "Company", "Organization").
fn labelled_field(label: &str) -> Option<bool> {
    const TITLE: &[&str] = &[
        "position",
        "position held",
        "post held",
        "job role",
        "title",
        "job title",
        "role",
        "designation",
        "poste",
        "fonction",
        "funktion",
        "cargo",
        "puesto",
    ];
    const EMPLOYER: &[&str] = &[
        "company",
        "company name",
        "employer",
        "organization",
        "organisation",
        "entreprise",
        "société",
        "employeur",
        "firma",
        "arbeitgeber",
        "unternehmen",
        "empresa",
    ];
    let label = label.trim();
    let is = |list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(label));
    if is(TITLE) {
        Some(true)
    } else if is(EMPLOYER) {
        Some(false)
    } else {
        None
    }
}

/// Whether a part of a header names a job ("Senior Engineer", "Intern").
pub(crate) fn is_position(part: &str) -> bool {
    let words: Vec<String> = part
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| JOB_WORDS.contains(&w.as_str()))
        // A profession's ending: "Speech-Language Pathologist",
        // "Audiologist", "Clinician", "Dietician", "Videographer",
        // "Geneticist", "Physicist".
        || words.iter().any(|w| {
            w.len() > 7
                && ["ologist", "ician", "ographer", "icist"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
        // A German or Scandinavian compound that ends in a job's noun:
        // "Gebietsverkaufsleiter", "Verkaufskoordinator",
        // "Lagermedarbetare", "Barnskötare".
        || words.iter().any(|w| {
            COMPOUND_JOB_ENDINGS
                .iter()
                .any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
        })
        || techs_title(&words)
        || crew_title(part, &words)
        // ("经理: 高富帅": a label, the manager's name after it.)
        || !part.contains([':', '：'])
            && words.iter().any(|w| {
                w.chars().all(candidate::is_han) && {
                    let w = vocab::simplified(w);
                    CJK_TITLES.iter().any(|t| w.ends_with(t))
                }
            })
}

/// The job's noun a German, Dutch or Scandinavian compound title ends
/// with ("Produktions|medarbetare", "Software|entwickler"), in lowercase.
const COMPOUND_JOB_ENDINGS: &[&str] = &[
    // German.
    "leiter",
    "leiterin",
    "entwickler",
    "entwicklerin",
    "berater",
    "beraterin",
    "ingenieur",
    "ingenieurin",
    "mitarbeiter",
    "mitarbeiterin",
    "koordinator",
    "koordinatorin",
    "spezialist",
    "spezialistin",
    "techniker",
    "technikerin",
    "mechaniker",
    "mechatroniker",
    "assistent",
    "assistentin",
    "sachbearbeiter",
    "sachbearbeiterin",
    "verkäufer",
    "verkäuferin",
    "helfer",
    "helferin",
    "kaufmann",
    "kauffrau",
    // Dutch.
    "medewerker",
    "ontwikkelaar",
    // Swedish, Norwegian and Danish.
    "medarbetare",
    "arbetare",
    "utvecklare",
    "ledare",
    "skötare",
    "säljare",
    "handläggare",
    "kodare",
    "ingenjör",
    "tekniker",
    "medarbeider",
    "utvikler",
    "medarbejder",
    "udvikler",
];

/// What a Chinese job's title ends with: "工程师" (engineer), "秘书"
/// (secretary), "老师" (teacher), "士官" (a sergeant). Written in
/// simplified characters; a title in traditional ones ("老師") is read
/// through [`vocab::simplified`].
const CJK_TITLES: &[&str] = &[
    "工程师",
    "经理",
    "秘书",
    "老师",
    "教师",
    "助理",
    "主任",
    "专员",
    "总监",
    "顾问",
    "设计师",
    "实习",
    "实习生",
    "士官",
    "主管",
    "组长",
    "架构师",
    "分析师",
    "研究员",
    "会计",
    "护士",
    "医师",
];

/// "Bar Staff", "Event Waiting Staff", "Staff": a short title in
/// capitals that ends in the crew's word ("Supervised a staff of 10" and
/// "Worked kitchen staff" say what was done).
fn crew_title(part: &str, words: &[String]) -> bool {
    words.len() <= 4
        && words.last().is_some_and(|w| w == "staff" || w == "crew")
        && part
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
}

/// "Network Operations Tech", "Pharmacy Tech": a technician's short
/// word after the field of the work names a job ("Georgia Tech", "HCL
/// Tech" are a school and a company).
fn techs_title(words: &[String]) -> bool {
    const TECH_FIELDS: &[&str] = &[
        "operations",
        "support",
        "field",
        "it",
        "network",
        "computer",
        "service",
        "pharmacy",
        "lab",
        "laboratory",
        "surgical",
        "veterinary",
        "vet",
        "maintenance",
        "repair",
        "hvac",
        "electronics",
        "avionics",
        "dental",
        "radiology",
        "emergency",
        "bench",
        "desktop",
        "helpdesk",
        "desk",
    ];
    matches!(words, [.., field, last] if last == "tech" && TECH_FIELDS.contains(&field.as_str()))
}

/// Whether a word is a company's suffix ("Inc.", "Ltd", "GmbH").
pub(crate) fn is_company_suffix(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    // "黑科技公司", "阿里巴巴集团", "靈鷲山佛教基金會": a Chinese
    // company's kind ends its name.
    is_legal_form(word)
        || !word.is_ascii() && {
            let word = vocab::simplified(word);
            ["公司", "集团", "银行", "基金会", "协会", "补习班", "陆军"]
                .iter()
                .any(|s| word.ends_with(s))
        }
}

/// Whether a word is one of [`COMPANY_SUFFIXES`], in any case, with or
/// without a full stop after it ("KABI, LLC.").
fn is_legal_form(word: &str) -> bool {
    let word = word.to_lowercase();
    COMPANY_SUFFIXES.contains(&word.as_str())
        || COMPANY_SUFFIXES.contains(&word.trim_end_matches('.'))
}

/// Whether a part of a header reads as an organization's name beside a
/// title: its kind or legal form, or a first word in capitals ("IBM",
/// "ACS Umwelttechnik", "URPS Pays de la Loire").
fn names_organization(part: &str) -> bool {
    is_employer(part)
        || part.split_whitespace().next().is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        })
}

/// The header's field that ends at byte `at`: the text after the last
/// bar, comma, bullet, semicolon or tab before it.
fn field_before(line: &str, at: usize) -> &str {
    line[..at]
        .rsplit(['|', ',', '•', '·', ';', '\t'])
        .next()
        .unwrap_or_default()
}

/// The same, a column's gap (two spaces) also ending a field.
fn cell_before(line: &str, at: usize) -> &str {
    field_before(line, at)
        .rsplit("  ")
        .next()
        .unwrap_or_default()
}

/// Whether the words around an "at" name a unit and the school it
/// belongs to ("International Center" at "The University of Utah"): one
/// name, no title at an employer.
fn unit_at_school(unit: &str, school: &str) -> bool {
    let unit = unit.trim();
    let school = school.trim_start();
    let school = school
        .strip_prefix("the ")
        .or_else(|| school.strip_prefix("The "))
        .unwrap_or(school);
    is_employer(unit) && !is_position(unit) && SCHOOL.find(school).is_some_and(|k| k.start() == 0)
}

/// Whether a part of a header names an organization ("Acme Inc.", "City
/// of Seattle").
fn is_employer(part: &str) -> bool {
    static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:City|County|State|Town|Village|Province|Government|Republic) of \p{Lu}")
            .expect("valid")
    });
    // "Senior Information Systems Specialist", "Senior SAS Analyst": a
    // name ending in a job's word names the job, whatever organization's
    // word or legal form it holds.
    // Each of two titles joined by a slash ("Linux systems
    // administrator/MySQL DBA") counts.
    // A bracket after the title ("(contract)") is no part of its head.
    // So does one whose words before "at" end in one ("Seaman at the
    // deck department").
    let head = without_bracket(part);
    let head = head.split_once(" at ").map_or(head, |(title, _)| title);
    let head_is_job = head.split('/').any(|title| {
        title
            .split_whitespace()
            .next_back()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .is_some_and(|w| JOB_WORDS.contains(&w.as_str()))
    });
    // "Saint John's University.": the full stop that ends a sentence is
    // no part of the word.
    GOVERNMENT.is_match(part)
        || part.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            let w = w.trim_end_matches(',');
            let bare = w.trim_end_matches('.');
            (COMPANY_SUFFIXES.contains(&w)
                || EMPLOYER_WORDS.contains(&w)
                || EMPLOYER_WORDS.contains(&bare))
                && !head_is_job
        })
}

/// A part without the bracket that ends it ("Lockheed Martin
/// (Contractor)" → "Lockheed Martin").
fn without_bracket(part: &str) -> &str {
    match part.rfind(" (") {
        Some(open) if part.ends_with(')') => &part[..open],
        _ => part,
    }
}

/// An organization's initials: two to five capitals ("MND", "NHS").
fn is_initials(part: &str) -> bool {
    (2..=5).contains(&part.len()) && part.chars().all(|c| c.is_ascii_uppercase())
}

/// The parts of a header line: split at separators, with a comma-split
/// company suffix ("Acme, Inc.") joined back.
fn parts(line: &str) -> Vec<String> {
    parts_with_joints(line)
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// What set a part of a header apart from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joint {
    /// ", ": "Registered Nurse, Telemetry Unit".
    Comma,
    /// " - " (or an en or em dash): "Director - IT Operations".
    Dash,
    /// ": ": "Team Lead: Storage Support".
    Colon,
    /// Anything else, or the start of a line.
    Other,
}

/// The parts of a header line, each with what set it apart from the one
/// before.
fn parts_with_joints(line: &str) -> Vec<(String, Joint)> {
    // "Research Fellow, Advisor: Dr. John Assad": a person a label names
    // after the job's fields (an advisor, a supervisor) is no field.
    static PERSON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,|;|\s\|)\s*\p{Lu}[\p{L}-]*(?: \p{L}+)?:\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+\p{Lu}.*$")
            .expect("valid")
    });
    let line = PERSON.find(line).map_or(line, |m| &line[..m.start()]);
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*(?:\||•|●|·|⋅|∙|\t| {2,}| [—–_-] |, |; | @ ?| at | bei | beim | working for | employed by | ?[-–—.·]{3,} ?| \[|: | / |[—–-] | l )\s*")
            .expect("valid")
    });
    // "Backend Engineer (Freelance, Part-time)": a separator inside a
    // bracket that closes on the line splits nothing.
    let enclosed = enclosed_spans(line);
    // "Web Developer Intern @Qu Analytics": an "@" run into the next word
    // after a title is "at"; after a name it is the name's ("Energy
    // Research Institute @NTU").
    let at_word = |m: &regex::Match<'_>| {
        m.as_str().trim_start().starts_with('@') && !m.as_str().ends_with(' ')
    };
    let separators: Vec<regex::Match<'_>> = SPLIT
        .find_iter(line)
        // "BUT KINGERSHEIM- Conseillère de vente": a dash typed against
        // the word before it, a capital after it, sets the parts apart
        // ("full- and part-time" is one part's).
        .filter(|m| {
            !m.as_str().starts_with(['-', '–', '—'])
                || line[..m.start()].ends_with(char::is_alphabetic)
                    && line[m.end()..].starts_with(char::is_uppercase)
        })
        .filter(|m| {
            !enclosed
                .iter()
                .any(|r| r.start < m.start() && m.end() < r.end)
        })
        .filter(|m| {
            !at_word(m)
                || line[..m.start()]
                    .rsplit(['|', ',', '•', '·', ';'])
                    .next()
                    .is_some_and(is_position)
        })
        // "PUCIT - University of the Punjab": a school's initials, a dash
        // and its university are one name; so are a unit's name and its
        // university ("Complex Systems Institute - University of
        // Orléans", "MEMPHYS - University of Southern Denmark").
        .filter(|m| {
            let left = cell_before(line, m.start()).trim();
            let right = &line[m.end()..];
            // (A title before the dash still sets its employer apart.)
            let unit = is_initials(left)
                || is_employer(left)
                || (left.len() > 1 && !left.chars().any(char::is_lowercase));
            !matches!(m.as_str().trim(), "-" | "–" | "—")
                || !unit
                || is_position(left)
                || SCHOOL.find(right).is_none_or(|k| k.start() != 0)
                || !right.starts_with(char::is_uppercase)
        })
        // "Department of Resources, Energy, and Tourism", "Ministry of
        // Trade, Industry and Energy", "Center for Audiology, Speech,
        // Language, and Learning (NUCASLL)": a comma inside a series of
        // words that a name "of" or "for" lists is the name's.
        .filter(|m| {
            static SERIES: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(
                    r"^(?:\p{Lu}[\p{L}-]*,? )*(?:and|&) \p{Lu}[\p{L}-]*(?:$|[,;|(]| \(|\s{2})",
                )
                .expect("valid")
            });
            m.as_str().trim() != "," || {
                let left = line[..m.start()]
                    .rsplit(['|', ';', '•', '·', '\t'])
                    .next()
                    .unwrap_or_default();
                !((left.contains(" of ") || left.contains(" for "))
                    && SERIES.is_match(&line[m.end()..]))
            }
        })
        // "Technical Writer: Adjust": a colon after a title sets its
        // employer apart ("Project: Payments Gateway" is a label's); so
        // does one spaced from a name before the title ("Spoqa : 풀스택
        // 프로그래머").
        .filter(|m| {
            m.as_str().trim() != ":" || {
                let left = field_before(line, m.start());
                let right = &line[m.end()..];
                let capital = |s: &str| {
                    s.starts_with(|c: char| {
                        c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase()
                    })
                };
                // ("Projet : Développeur web" is a French label's.)
                let label = labelled_field(left).is_some()
                    || [
                        "project", "projet", "projekt", "proyecto", "mission", "client", "kunde",
                    ]
                    .contains(&left.trim().to_lowercase().as_str());
                // (A list item's mark before the name is no part of it.)
                let name = left
                    .trim_start()
                    .trim_start_matches(['-', '*', '•', '–', '·'])
                    .trim_start();
                // "Miltenyi Imaging GmbH: Working student", "ACS
                // Umwelttechnik: Internship in environmental technology":
                // so does one typed against an organization's name, its
                // legal form or a first word in capitals.
                let title_after = (m.as_str().starts_with(' ') || names_organization(name))
                    && !label
                    && capital(name)
                    && !is_position(left)
                    && is_position(
                        right
                            .split(['|', ',', ';', '\t'])
                            .next()
                            .unwrap_or_default(),
                    );
                is_position(left) && capital(right) && !is_position(right) || title_after
            }
        })
        // "Social Media Manager / CAMPING-CAR-PARK", "IBM / DB2 Support
        // Engineer": a slash between a title and a name sets them apart;
        // between two titles ("Charter Pilot / Captain") or two names
        // it is one part's.
        .filter(|m| {
            m.as_str().trim() != "/" || {
                let left = cell_before(line, m.start());
                let right = line[m.end()..]
                    .split(['|', ',', '•', '·', ';', '\t'])
                    .next()
                    .and_then(|r| r.split("  ").next())
                    .unwrap_or_default();
                // The other side names an organization: its kind or legal
                // form, or a first word in capitals ("IBM", "URPS Pays de
                // la Loire"); "Architecte applicatif / Chef de projet"
                // are two titles whatever the list of titles knows.
                match (is_position(left), is_position(right)) {
                    (true, false) => names_organization(right),
                    (false, true) => names_organization(left),
                    _ => false,
                }
            }
        })
        // "International Center at The University of Utah": a unit's
        // name at the university it belongs to is one name, no title at
        // an employer.
        .filter(|m| {
            m.as_str().trim() != "at" || {
                let left = field_before(line, m.start());
                !unit_at_school(left, &line[m.end()..])
            }
        })
        // "University of Colorado at Boulder", "University of Texas at
        // Austin": the campus is the university's name; so is one after a
        // comma, with the title after it ("University of Nevada, Reno,
        // Long-Term Substitute").
        .filter(|m| {
            static CAMPUS_OF: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"University of \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?$").expect("valid")
            });
            let after = &line[m.end()..];
            let comma_campus = m.as_str().trim() == "," && {
                let (campus, rest) = after.split_once(", ").unwrap_or((after, ""));
                (1..=2).contains(&campus.split_whitespace().count())
                    && campus.split_whitespace().all(|w| {
                        w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                    })
                    && is_position(rest.split([',', '|', ';']).next().unwrap_or_default())
            };
            !(m.as_str().trim() == "at" || comma_campus)
                || !CAMPUS_OF.is_match(&line[..m.start()])
                || !after.starts_with(char::is_uppercase)
        })
        // "Seaman at the deck department", "Graduate intern at the
        // department of Sediment transport": a place named in lowercase
        // words is the title's own, no employer's name.
        .filter(|m| {
            let after = &line[m.end()..];
            let after = after.strip_prefix("the ").unwrap_or(after);
            m.as_str().trim() != "at" || !after.starts_with(char::is_lowercase)
        })
        .collect();
    let mut pieces = Vec::with_capacity(separators.len() + 1);
    let mut from = 0;
    for m in &separators {
        pieces.push(&line[from..m.start()]);
        from = m.end();
    }
    pieces.push(&line[from..]);
    // "ООО «Самара криптосервис» г. Самара": the town a Russian header
    // names after "г." is a part of its own.
    let pieces: Vec<&str> = pieces
        .into_iter()
        .flat_map(|p| {
            const MARK: &str = " г. ";
            let Some(at) = p.find(MARK) else {
                return vec![p];
            };
            // The town's words: capitalized, up to what is not one.
            let name_at = at + MARK.len();
            let name = &p[name_at..];
            let end = name
                .split(' ')
                .take_while(|w| candidate::is_town_word(w))
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .min(name.len());
            let town = p[at + 1..name_at + end].trim_end();
            if candidate::russian_town(town) {
                vec![
                    p[..at].trim_end().trim_end_matches(" в"),
                    town,
                    &p[name_at + end..],
                ]
            } else {
                vec![p]
            }
        })
        .collect();
    let mut out: Vec<(String, Joint)> = Vec::new();
    let mut seps = separators.iter().map(|m| match m.as_str().trim() {
        "," => Joint::Comma,
        "-" | "–" | "—" => Joint::Dash,
        ":" | "：" => Joint::Colon,
        _ => Joint::Other,
    });
    let mut joint = Joint::Other;
    for p in pieces {
        let before = std::mem::replace(&mut joint, seps.next().unwrap_or(Joint::Other));
        let p = trim_part(p);
        if p.is_empty() {
            continue;
        }
        // "Air Sciences, Inc. NETWORK ADMINISTRATOR (INTERN)": a title set
        // in small capitals after the employer's name (Awesome-CV's
        // entries) is a part of its own.
        // "Apple, Inc. Product Design Engineering Co-Op": the employer's
        // legal form after its comma, and the title run on after it ("SA
        // Energy Group" is a name that begins with the letters of one).
        let run_on = p
            .split_once(' ')
            .filter(|(form, rest)| {
                !out.is_empty()
                    && is_legal_form(form)
                    && rest.starts_with(char::is_uppercase)
                    && is_position(rest)
            })
            .map(|(form, _)| form.len());
        let pieces = match (
            small_caps_title(p),
            run_on.or_else(|| sentence_case_title(p)),
        ) {
            (Some(at), _) => vec![(p[..at].trim_end(), before), (&p[at..], Joint::Other)],
            (None, Some(at)) => vec![
                (p[..at].trim_end(), before),
                (p[at..].trim_start(), Joint::Other),
            ],
            (None, None) => vec![(p, before)],
        };
        for (p, before) in pieces {
            // "Silicon Graphics, Inc. (SGI)": the legal form keeps the
            // short name in brackets after it.
            let suffix = is_legal_form(p)
                || p.split_once(" (").is_some_and(|(form, short)| {
                    is_legal_form(form)
                        && short
                            .strip_suffix(')')
                            .is_some_and(|s| !s.is_empty() && !s.contains(['(', ')', ',']))
                });
            match out.last_mut() {
                Some(last) if suffix => {
                    last.0.push_str(", ");
                    last.0.push_str(p);
                }
                _ => out.push((p.to_owned(), before)),
            }
        }
    }
    out
}

/// A word in title case: a capital, then only small letters ("Alumni";
/// not "JUNiOR", "CSM" or "A").
fn title_cased(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase)
        && letters.clone().count() > 0
        && letters.all(char::is_lowercase)
}

/// Where a title in capitals begins after a name in mixed case ("CSM
/// Alumni Association SOFTWARE DEVELOPER"): two or more words in
/// capitals that name a job, ending the part.
/// Where a title in sentence case ends when the employer's name runs on
/// after it ("Web developer Learning and Teaching Scotland", "Shift
/// supervisor Students Association"): after its job's word in lower case,
/// before a capital. None when the part is not so.
fn sentence_case_title(part: &str) -> Option<usize> {
    if !part.starts_with(char::is_uppercase) {
        return None;
    }
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    let job = words.iter().position(|(_, w)| {
        let w = w.trim_end_matches(',');
        w.starts_with(char::is_lowercase)
            && !w.chars().any(char::is_uppercase)
            && JOB_WORDS.contains(&w)
    })?;
    let next = words.get(job + 1)?;
    (job >= 1
        && words[0].1.starts_with(char::is_uppercase)
        && words[1..job]
            .iter()
            .all(|(_, w)| w.starts_with(char::is_lowercase))
        && next.1.starts_with(char::is_uppercase)
        && !is_position(&part[next.0..]))
    .then_some(next.0)
}

fn small_caps_title(part: &str) -> Option<usize> {
    // "&" and other marks go with the capitals around them.
    let capitals = |w: &str| !w.chars().any(char::is_lowercase);
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    let run = words.iter().rev().take_while(|(_, w)| capitals(w)).count();
    let mut k = words.len() - run;
    while k < words.len() && !words[k].1.chars().any(char::is_alphabetic) {
        k += 1;
    }
    let lettered = words[k..]
        .iter()
        .filter(|(_, w)| w.chars().any(char::is_alphabetic))
        .count();
    (lettered >= 2
        && words[..k].iter().any(|(_, w)| title_cased(w))
        && is_position(&part[words[k].0..]))
    .then(|| words[k].0)
}

/// The byte ranges of `line`'s round and square brackets that close on it,
/// each from its opening to its closing bracket, outermost pairs only.
fn enclosed_spans(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, c) in line.char_indices() {
        match c {
            '(' | '[' => open.push((i, c)),
            ')' | ']' => {
                let want = if c == ')' { '(' } else { '[' };
                if let Some(k) = open.iter().rposition(|&(_, o)| o == want) {
                    let (start, _) = open[k];
                    open.truncate(k);
                    if open.is_empty() {
                        spans.push(start..i + 1);
                    }
                }
            }
            _ => {}
        }
    }
    spans
}

/// "Jesuit Novice": one to five words, each capitalized.
fn title_case(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// A part as written, without the separators and dates around it.
fn clean_part(part: &str) -> String {
    let cut = dates::find(part).map_or(part.len(), |f| f.start);
    trim_part(without_date_intro(&part[..cut])).to_owned()
}

/// A part without the words that led into the dates cut from after it:
/// "… Inc) from December'21 to now", "… since 2019", "Batch 2007 - 2011",
/// "Seit 01.09.2022", "Руководитель проектов в период" of "… в период с
/// 2011 по 2012 годы" ("in the period from … to … years").
fn without_date_intro(part: &str) -> &str {
    // ("De 2013 a 2015": French's "from".)
    const INTRO: &[&str] = &["from", "de", "du", "batch", "в", "период"];
    let mut part = part.trim_end();
    for _ in 0..3 {
        let (head, last) = part.rsplit_once(char::is_whitespace).unwrap_or(("", part));
        // ("Wilmington, DE Oct 2022": Delaware's code, no "de".)
        let state = last.len() == 2 && last.chars().all(|c| c.is_ascii_uppercase());
        if last.is_empty()
            || state
            || !(INTRO.contains(&last.to_lowercase().as_str()) || dates::since(last, last.len()))
        {
            break;
        }
        // "Object Edge (Desde": the bracket the word opens stays, to be
        // closed after the dates.
        let bracket = last.len() - last.trim_start_matches(['(', '[']).len();
        part = if bracket > 0 {
            &part[..part.len() - last.len() + bracket]
        } else {
            head.trim_end()
        };
    }
    part
}

/// A header part without the marks around it; "(The Princeton Review)"
/// loses its opening bracket with the dates before it, so a closing one
/// without its pair goes too; a remark in brackets at the end, in
/// lowercase ("EGS Inc. (for the Oregon Military Department)", its
/// bracket left open or mistyped), is no part of a name, where a name in
/// brackets is ("Danggeun Pay Inc. (KarrotPay)").
fn trim_part(part: &str) -> &str {
    static KIND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^(?:{EMPLOYMENT_KINDS})\)?$")).expect("valid"));
    let mut part = part.trim();
    static FORMER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:ex|formerly|previously|now|acquired by)\b").expect("valid")
    });
    // A remark in lowercase after the name goes; the kind of employment
    // stays with a title ("Backend developer (contract)"), and so does
    // what a title's bracket says of the job ("Senior developer (backend
    // and integrations)"), or an organization's of its other name
    // ("Ongres Inc. (ex 8kdata)").
    if let Some(open) = part.rfind(" (")
        && (part.ends_with(')') || !part[open + 2..].contains(')'))
        && part[open + 2..].starts_with(char::is_lowercase)
        && !KIND.is_match(&part[open + 2..])
        && !FORMER.is_match(&part[open + 2..])
        && (!is_position(&part[..open]) || is_employer(&part[..open]))
    {
        part = &part[..open];
    }
    // "Dunamu Inc. Seoul", "黑科技公司 上海": one or two capitalized words
    // (or a short Han word) after a company's suffix are the place the text
    // layer ran into it ("Senior SAS Analyst": not a job's word; "SA
    // Energy Group" begins with a legal form's letters, no name before
    // them).
    let words: Vec<&str> = part.split_whitespace().collect();
    if let Some(at) = words.iter().rposition(|w| is_company_suffix(w))
        && (at >= 1 || !is_legal_form(words[at]))
        && (1..=2).contains(&(words.len() - at - 1))
        && !is_position(&words[at + 1..].join(" "))
        && words[at + 1..].iter().all(|w| {
            (w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
                || (w.chars().count() <= 3 && w.chars().all(candidate::is_han))
        })
    {
        let cut = words[at];
        if let Some(end) = part.rfind(cut).map(|i| i + cut.len()) {
            part = &part[..end];
        }
    }
    let whole = part;
    let mut part = part
        .trim_matches(|c: char| !c.is_alphanumeric() && !".)>&+#!".contains(c))
        .trim();
    // "ООО «АйТи Таск»", "LLC \"Leasing Finance\"": a name's closing
    // quotation mark stays with its opening one.
    // (`part` is a slice of `whole`: its offset is exact.)
    let at = part.as_ptr() as usize - whole.as_ptr() as usize;
    if let Some(close) = whole[at + part.len()..].chars().next()
        && let Some(open) = match close {
            '»' => Some('«'),
            '”' => Some('“'),
            '’' => Some('‘'),
            '"' => Some('"'),
            // ("national park 'Sächsische Schweiz'": a single quotation
            // mark after a word's letter is no apostrophe.)
            '\'' => Some('\''),
            _ => None,
        }
        && part
            .char_indices()
            .filter(|&(i, c)| {
                // (An apostrophe between letters, "Schumpeter's", opens
                // nothing.)
                c == open
                    && (c != '\''
                        || !part[..i].ends_with(char::is_alphanumeric)
                        || !part[i + 1..].starts_with(char::is_alphanumeric))
            })
            .count()
            % 2
            == 1
    {
        part = &whole[at..at + part.len() + close.len_utf8()];
    }
    // "Saint John's University.", "Université Côte d'Azur.",
    // "Panthéon-Sorbonne.": a sentence's full stop after a word, where
    // "Inc." and "Co." keep theirs.
    if let Some(stem) = part.strip_suffix('.')
        && let Some(last) = stem.split_whitespace().next_back()
        && last.chars().count() >= 4
        && last
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && !is_company_suffix(&format!("{last}."))
        && !is_company_suffix(last)
    {
        part = stem;
    }
    while (part.ends_with(')') && part.matches('(').count() < part.matches(')').count())
        || (part.ends_with('>') && part.matches('<').count() < part.matches('>').count())
    {
        part = part[..part.len() - 1].trim_end();
    }
    // "auprès de l'ONG Coopi", "Cooperative Sociale Tuttinsieme à" (its
    // town taken as the place): French's "with" and "in" are no part of
    // a name.
    for with in [
        "auprès de l'",
        "auprès de l’",
        "auprès de la ",
        "auprès du ",
        "auprès de ",
    ] {
        if let Some(rest) = part.strip_prefix(with)
            && rest.starts_with(char::is_uppercase)
        {
            part = rest;
        }
    }
    if let Some(stem) = part.strip_suffix(" à")
        && stem.contains(' ')
    {
        part = stem.trim_end();
    }
    part
}

/// Gives a job the dates found for it.
/// A job's fields read from its header's lines and its dates (its lines
/// and statements already set).
fn read_job(mut job: Work, lines: &[Line<'_>], found: &dates::Found) -> Work {
    set_dates(&mut job, found);
    let (header, date_line) = (job.header_lines.clone(), job.date_line);
    fill_header(&mut job, lines, &header, date_line, found);
    job.position = job.position.map(without_hours);
    job
}

fn set_dates(job: &mut Work, found: &dates::Found) {
    let d = dates_of(found);
    if d.start == NO_START {
        // Ongoing, its start not written: no dates to read or judge.
        job.dates = None;
    } else {
        job.start_date = Some(d.start.iso());
        job.end_date = d.end.filter(|_| !d.present).map(|e| e.iso());
        job.dates = Some(d);
    }
}

fn dates_of(found: &dates::Found) -> JobDates {
    let (end, present) = match found.to {
        Some(End::Date(d)) => (Some(d), false),
        Some(End::Present) => (None, true),
        // A single date: a season or a year the job was all in.
        None => (Some(found.from), false),
    };
    JobDates {
        start: found.from,
        end,
        present,
        form: found.form,
    }
}

/// The words after the end of a range that opens a line ("June 2012
/// International Programs Operations Manager", "Present  Project
/// Manager"), when there are any.
fn after_range_end(line: &str) -> Option<&str> {
    let at = match dates::find(line) {
        Some(f) if f.start == 0 && f.to.is_none() => f.end,
        Some(_) => return None,
        None => {
            let word = line.split_whitespace().next()?;
            if !dates::is_now(word) {
                return None;
            }
            line.find(word)? + word.len()
        }
    };
    let rest = line[at..].trim_start();
    rest.chars().any(char::is_alphabetic).then_some(rest)
}

/// The start of a range that only says it goes on (see [`ongoing_only`]).
const NO_START: Date = Date {
    year: 0,
    month: None,
};

/// A short header line that ends in a dash or a bracket and a word for
/// now, with no date ("Doctoral Assistant, EPFL - (current)", "…, El Paso,
/// Texas. - CURRENT"): a range from [`NO_START`] to now.
fn ongoing_only(line: &str) -> Option<dates::Found> {
    static ONGOING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\s[-–—|]\s*[_*]*\(?|\s\(|\s[_*]+\()\s*(?:current|present|ongoing|now)\s*\)?[_*]*\s*$")
            .expect("valid")
    });
    let m = ONGOING.find(line)?;
    let head = &line[..m.start()];
    let words = head
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    ((1..=16).contains(&words) && !reads_as_statement(head)).then_some(dates::Found {
        start: m.start(),
        end: line.len(),
        from: NO_START,
        to: Some(End::Present),
        form: dates::Form::Year,
    })
}

fn work(text: &NormText, segments: &Segments, lines: &[Line<'_>]) -> Vec<Work> {
    // A resume without an Experience heading often is a list of jobs from
    // the top ("7/2022-Present, Cybersecurity Assessment Manager, State of
    // Oregon").
    // Nor has one whose jobs follow its summary ("Summary" / "• …" /
    // "Cerebras Systems Inc" / "Wafer Bringup Engineer" / "Jan 2022 -
    // Present").
    // An Experience heading over lines with no dates ("Additional
    // Experience" / "Interned at Khan Academy, Mozilla…") leaves the jobs
    // above it where they are.
    // Each line's dates, read once for the passes below.
    // A header that says only that the job goes on ("Software Engineer,
    // Acme ; El Paso, Texas. - CURRENT") stands for dates too: a range
    // from no year (see `NO_START`).
    let mut line_dates: Vec<Option<dates::Found>> = lines
        .iter()
        .map(|l| {
            if l.blank {
                None
            } else {
                dates::find(l.text).or_else(|| ongoing_only(l.text))
            }
        })
        .collect();
    let lines = &month_over_year(lines, &mut line_dates)[..];
    let headed = line_dates
        .iter()
        .enumerate()
        .any(|(i, f)| segments.sections.get(i) == Some(&Section::Experience) && f.is_some());
    let aside = lists_aside(text, segments);
    let in_experience = |i: usize| match segments.sections.get(i) {
        Some(Section::Experience) => !aside[i],
        Some(Section::Top | Section::Summary) => !headed,
        _ => false,
    };
    // "Frontend Developer - frog design (2014)" among lines that end in
    // their range in brackets the same way: a lone date in a job's place
    // without an Experience heading.
    let bracketed = |t: &str, f: &dates::Found| {
        t.get(..f.start)
            .is_some_and(|b| b.trim_end().ends_with('('))
            && t.get(f.end..).is_some_and(|a| a.trim() == ")")
    };
    let bracketed_ranges = lines
        .iter()
        .zip(&line_dates)
        .filter(|(l, f)| f.is_some_and(|f| f.to.is_some() && bracketed(l.text, &f)))
        .count();
    // The jobs' date lines: a range, or one date on a short line.
    // A line that comes back on every page, its page number aside
    // ("Curriculum Vitae 2 · Claud D. Park · February 2026"), is a running
    // header or footer, not a job.
    let key = |t: &str| -> String { t.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in lines.iter().filter(|l| !l.blank && !l.bullet) {
        *seen.entry(key(line.text)).or_default() += 1;
    }
    let mut dated: Vec<(usize, dates::Found)> = Vec::new();
    // Lines that ended a range begun on the line above: no job's dates,
    // no part of a header.
    let mut range_end = vec![false; lines.len()];
    // Dated lines that are a job's statement, its header above them.
    let mut in_statement = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if range_end[i] {
            continue;
        }
        // A bulleted line that reads as a job's header ("• Backend
        // Engineer, Acme — 2019–2021") is one: `check` does not count it
        // as a statement either.
        // A bullet's line indented under its text ("  2015-2017") is none.
        // Read only for a dated line of Experience (this runs on every
        // line).
        // "• HackUPC | Web developer director, March 2019 - Present" over
        // "◦ Developed…": an outer item whose range ends it, over items
        // marked as inner ones, heads them.
        let over_inner = || {
            let mark = |t: &str| t.trim_start().chars().next();
            line_dates[i].is_some_and(|f| {
                f.to.is_some() && line.text[f.end..].trim().trim_end_matches(')').is_empty()
            }) && (i + 1..lines.len())
                .find(|&k| !lines[k].blank)
                .is_some_and(|k| {
                    lines[k].bullet
                        && line_dates[k].is_none()
                        && mark(lines[k].text) != mark(line.text)
                        && mark(lines[k].text).is_some_and(|c| !c.is_alphanumeric())
                })
        };
        let header_bullet = || {
            line.bullet
                && !line.indented
                && (segment::is_header_line(bullet_body(line.text).unwrap_or(line.text))
                    || dated_role(line.text).is_some()
                    || over_inner())
        };
        // "Assistant Coach, Alta Loma High School Boys Tennis Team, Alta
        // Loma, California" / "- Coached, organized practice…, August 2006
        // - June 2007": the job's dates end its first statement, under a
        // header line that has none.
        // "Graduate Research Assistant" / "• Researching formal methods
        // and Blockchain  Jan. 2023-Jan. 2024" / "• Researching …  May
        // 2024-Present": a title alone over statements whose ranges stand
        // in a column beside them; the job runs from the first range's
        // start to the last one's end.
        let told_below = || {
            let mut f = line_dates[i]?;
            join_periods(line.text, &mut f);
            let text = line.text.trim_end().trim_end_matches('.');
            let before = &line.text[..f.start];
            let comma = before.trim_end().ends_with(',');
            let column = |t: &str, f: &dates::Found| {
                f.to.is_some() && t[..f.start].ends_with("  ") && t[f.end..].trim().is_empty()
            };
            let told = f.end >= text.len()
                && (comma || column(line.text, &f))
                && (f.to.is_some() || f.from.month.is_some())
                && (0..i).rev().find(|&k| !lines[k].blank).is_some_and(|k| {
                    !lines[k].bullet
                        && in_experience(k)
                        && line_dates[k].is_none()
                        && if comma {
                            lines[k].text.contains(',') && segment::is_header_line(lines[k].text)
                        } else {
                            is_position(lines[k].text)
                        }
                });
            if told && !comma {
                for k in i + 1..lines.len() {
                    if lines[k].blank || !lines[k].bullet {
                        break;
                    }
                    if let Some(g) = line_dates[k].filter(|g| column(lines[k].text, g))
                        && g.from >= f.from
                    {
                        f.to = g.to;
                    }
                }
            }
            told.then_some(f)
        };
        if !in_experience(i) || line.blank || line_dates[i].is_none() {
            continue;
        }
        if line.bullet && !header_bullet() {
            if let Some(found) = told_below() {
                in_statement[i] = true;
                dated.push((i, found));
            }
            continue;
        }
        if let Some(mut found) = line_dates[i] {
            // "Jan 2019 - Aug 2019, May 2020 - Aug 2020": two periods of
            // one job.
            join_periods(line.text, &mut found);
            // Words, not the bars between a source's fields; a sentence
            // run in after the names ("2014: Automation Engineer, Cox
            // Media Group. Improved and maintained tools…") is no header.
            // (A header's dates are not counted: "Fourth Grade Student
            // Teacher, Los Molinos Elementary School, Los Molinos, CA:
            // Spring 2014" names its job in twelve words; a sentence's
            // are, "WeTransfer was founded in 2009 as …".)
            // (The header test, which reads the line's dates again, runs
            // only for a line over twelve words.)
            let kept = without_description(line.text);
            let words = header_words(kept);
            let own = || {
                line.text
                    .get(found.start..found.end)
                    .filter(|_| found.end <= kept.len() && segment::is_header_line(kept))
                    .map_or(0, header_words)
            };
            let short = words <= 12 || words.saturating_sub(own()) <= 12;
            // "Dec. 2011, 2012, 2013", "Summer 2014, 2015": a seasonal
            // job's later years after its first date; it ends in the
            // last, in the same month.
            // (Not the years a paragraph lists inside a sentence: "…Economic
            // Census 1989, 1994, 1999 and 2004"; "…structural geology.
            // Spring 2013, 2014 & 2015" opens its own.)
            let before = line.text[..found.start].trim_end();
            let opens_sentence = before.is_empty() || before.ends_with('.');
            if found.to.is_none() && (opens_sentence || short) {
                static MORE_YEARS: LazyLock<Regex> =
                    LazyLock::new(|| Regex::new(r"^,\s*((?:19|20)\d\d)\b").expect("valid"));
                let mut last = found.from.year;
                while let Some(caps) = line
                    .text
                    .get(found.end..)
                    .and_then(|r| MORE_YEARS.captures(r))
                    && let Ok(year) = caps[1].parse::<i32>()
                    && year > last
                {
                    last = year;
                    found.end += caps.get(0).map_or(0, |m| m.end());
                }
                if last > found.from.year {
                    found.to = Some(End::Date(Date {
                        year: last,
                        month: found.from.month,
                    }));
                }
            }
            // "Sept 2014 - Dec 2014" / "Sept 2015 - Dec 2015" / "Aug 2016
            // - Jan 2022": the periods of one job on lines of their own,
            // from the first's start to the last's end.
            let bare = |text: &str, f: &dates::Found| {
                without_dates(text, f).is_some_and(|r| !r.chars().any(char::is_alphanumeric))
            };
            let mut k = i + 1;
            while found.to.is_some()
                && bare(line.text, &found)
                && let Some(next) = lines.get(k)
                && !next.blank
                && !next.bullet
                && let Some(period) = line_dates[k]
                    .filter(|f| f.to.is_some() && f.from >= found.from && bare(next.text, f))
            {
                found.to = period.to;
                range_end[k] = true;
                k += 1;
            }
            // A range broken over two lines by a narrow margin column
            // ("Dec. 16 -" / "Juin 17"): the next line's first date ends it.
            // (The date reader leaves "Apr 2018 -" at a line's end open.)
            let dangling = match found.to {
                None => line.text[found.end..]
                    .trim_start()
                    .starts_with(['-', '–', '—']),
                Some(End::Present) => line.text[..found.end].ends_with(['-', '–', '—']),
                Some(End::Date(_)) => false,
            };
            // ("2018 -  FICAN West  Post-doc" over "2018 -  University of
            // Colorado  Post-doc": two open ranges, each a job's.)
            let opens_own = |f: &dates::Found| {
                f.to.is_some()
                    || lines[i + 1].text[f.end..]
                        .trim_start()
                        .starts_with(['-', '–', '—'])
            };
            if dangling
                && let Some(end) = line_dates
                    .get(i + 1)
                    .copied()
                    .flatten()
                    .filter(|f| f.start == 0 && !opens_own(f))
            {
                // "Sep 2015 - December" / "2016": the end's month ends the
                // line, its year opens the next.
                let tail = line.text[found.end..]
                    .trim_start()
                    .trim_start_matches(['-', '–', '—'])
                    .trim();
                let month = end
                    .from
                    .month
                    .is_none()
                    .then(|| dates::month_word(tail))
                    .flatten();
                found.to = Some(End::Date(Date {
                    month: month.or(end.from.month),
                    ..end.from
                }));
                if month.is_some() {
                    found.end = line.text.trim_end().len();
                }
                range_end[i + 1] = true;
            } else if (found.to.is_none() || dangling)
                && let Some(present) = present_split_over_lines(
                    line.text,
                    line.text[..found.end]
                        .trim_end_matches(['-', '–', '—'])
                        .trim_end()
                        .len(),
                    lines.get(i + 1),
                )
            {
                // "Juin 17 - Au-" / "jourd'hui": the word broken at the
                // margin.
                found.to = Some(End::Present);
                found.end = present;
                range_end[i + 1] = true;
            }
            // (A date alone, "01/2019:", is no running header: it has no
            // words to repeat.)
            let running = seen.get(&key(line.text)).is_some_and(|n| *n > 1)
                && line.text.chars().any(char::is_alphabetic);
            // Without an Experience heading, a lone date at the top is
            // as often a birth year or a document's date: ranges only.
            // "Since 2009, we have built…" in a paragraph is no job's
            // dates; "Since September 2017" on a short line is.
            // "I assisted in the instruction of eight courses, … and was
            // the Graduate Student Representative for 2007--2008.": a
            // range a long sentence leads to is no job's.
            // So is a year a paragraph of more than 25 words names after
            // eight words ("Under the leadership of Santiago Levy and the
            // direction of Chang-tai Hsieh, … Mexican Economic Census
            // (1999-2004-2009).").
            let before = &line.text[..found.start];
            let words = word_count;
            // (A header of many fields ends in its dates, or sets them
            // apart: "… | Bolzano (IT) | 2021-", "Full-time Feb 2022 - Jul
            // 2025 · 3 yrs 6 mos".)
            let paragraph = words(line.text) > 25
                && words(before) >= 8
                && lowercase_words(before) >= 4
                && words(&line.text[found.end..]) >= 5
                && !before.trim_end().ends_with(['|', '·', '•', ',', ':']);
            let told = !short
                && !before.ends_with("  ")
                && (paragraph
                    || lowercase_words(before) >= 6
                        && before.ends_with(' ')
                        && before
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| w.chars().all(|c| c.is_lowercase())));
            let ranged =
                found.to.is_some() && !told && (short || !dates::since(line.text, found.start));
            // "2016 - Now FocusVision" / "Lead Software Engineer (Lead
            // since 2019, Senior since 2017)": a note in brackets of when
            // the job changed, under its dates, is no job of its own.
            let note = dates::since(line.text, found.start)
                && line.text[..found.start.min(line.text.len())]
                    .rsplit_once('(')
                    .is_some_and(|(_, inside)| !inside.contains(')'))
                && dated.last().is_some_and(|(k, above)| {
                    above.to.is_some()
                        && above.from <= found.from
                        && (*k + 1..i).all(|m| lines[m].blank)
                });
            let in_place = bracketed_ranges >= 2 && bracketed(line.text, &found);
            // "and web applications on AWS. Launched at Re:Invent 2023.":
            // a line that goes on with a sentence wrapped above it holds
            // no job's lone date.
            let goes_on = line.text.split_whitespace().next().is_some_and(|w| {
                [
                    "and", "or", "but", "the", "of", "to", "in", "for", "with", "on", "at", "by",
                ]
                .contains(&w)
            });
            // "Open Source: Attended Kubecon 2023. Contributions to Argo
            // projects": a lone date that a full stop ends, more sentences
            // after it, is a statement's.
            // So is one in a Chinese sentence, which its full stop ends
            // ("…例如:2019年高雄巨蛋法會, 參與人數均超過數千人。").
            // So is one at the end of a sentence begun after another's
            // full stop ("IBEX-Lo detector. The IBEX space probe was
            // launched October 19, 2008.").
            let stated = found.to.is_none()
                && (line.text.get(found.end..).is_some_and(|after| {
                    after.starts_with(". ") && after.split_whitespace().count() >= 3
                }) || line.text.trim_end().ends_with('。')
                    || line.text.get(..found.start).is_some_and(|before| {
                        before
                            .split_once(". ")
                            .is_some_and(|(_, sentence)| lowercase_words(sentence) >= 3)
                    }));
            // "Since August 2023 I have managed the two teams of…", "From
            // May of 2022 to August of 2023 I managed six teams": a
            // paragraph's sentence, its subject in the first person right
            // after the dates, under a job's header ("2015 - 2018
            // Engineer I at Acme" is a title's level).
            static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(
                    r"\b(?:(?:I|[Ww]e) (?:at|in|for|with|of|and|on|to|from)\b|(I|[Ww]e|[Mm]y|[Oo]ur) [a-z])",
                )
                .expect("valid")
            });
            // (Within the first words after them: "… to August of 2023 I
            // managed"; not a sentence after the header's "Under the
            // leadership of S. Levy, I performed".)
            let personal = line.text.get(found.end..).is_some_and(|after| {
                let first: Vec<&str> = after.split_whitespace().take(7).collect();
                FIRST_PERSON
                    .captures_iter(&first.join(" "))
                    .any(|c| c.get(1).is_some())
            });
            if (ranged || (short && !running && !goes_on && !stated && (headed || in_place)))
                && !note
                && !personal
            {
                dated.push((i, found));
            }
        }
    }
    // An outer list's bullet that reads as a header ("• Google Mountain
    // View, CA" above "Software Engineer Oct 2016 - Present", the job's
    // statements marked "◦") is one; `check` does not judge it as a
    // statement either. One marked as the statements are is a statement.
    let marker = |j: usize| {
        lines[j]
            .text
            .chars()
            .next()
            .filter(|c| !c.is_alphanumeric())
    };
    // Whether a line is right over a dated line that is no list item and
    // names more than its dates.
    // (One pass from the end: each line looks at the next that is not
    // blank.)
    let mut names_dates = vec![false; lines.len()];
    for (d, f) in &dated {
        names_dates[*d] = !lines[*d].bullet && !dates_alone(lines[*d].text, f);
    }
    let mut over_dated = vec![false; lines.len()];
    let mut next = None;
    for j in (0..lines.len()).rev() {
        over_dated[j] = next.is_some_and(|k: usize| names_dates[k]);
        if !lines[j].blank {
            next = Some(j);
        }
    }
    // A run-in label ("◦ TensorFlow:" above its statement) starts a
    // statement, whatever its few capitalized words.
    let header_like: Vec<bool> = lines
        .iter()
        .map(|l| {
            let body = bullet_body(l.text).unwrap_or(l.text);
            l.bullet && segment::is_header_line(body) && !body.trim_end().ends_with(':')
        })
        .collect();
    // The marker of the next statement bullet after each line (one pass
    // from the end).
    let mut inner_marker: Vec<Option<Option<char>>> = vec![None; lines.len()];
    let mut next = None;
    for j in (0..lines.len()).rev() {
        inner_marker[j] = next;
        if lines[j].bullet && !header_like[j] {
            next = Some(marker(j));
        }
    }
    // A bullet that reads as a header among a job's statements marked as
    // it is ("• Led the migration…" / "• Interim Director of
    // Infrastructure, October 2021 - March 2022"), or first under a
    // dated header ("May 2010 - Mar 2012" / "• Infrastructure Team Lead,
    // July 2011 - March 2012" / "• Led…"), is one of them: a role within
    // the job, not a job.
    let dated_lines: std::collections::HashSet<usize> = dated.iter().map(|(i, _)| *i).collect();
    // A role's dates fall within its job's: "• Web Developer Intern @Qu
    // Analytics (July 2022 - Sept 2022)" among the statements of a job
    // begun in Sept 2022 is a job before it.
    // A role named among statements that read as headers ("• Kubernetes"
    // / "• 2013 - 2015 : Lead Dev on Lord of the Dumbs") is one when its
    // whole range falls inside the job's and is shorter.
    let ends_by = |inner: Option<End>, outer: Option<End>| match (inner, outer) {
        (_, Some(End::Present)) => true,
        (Some(End::Date(a)), Some(End::Date(b))) => a <= b,
        (None, Some(End::Date(_))) => true,
        _ => false,
    };
    let mut last_kept: Option<dates::Found> = None;
    dated.retain(|(i, found)| {
        let i = *i;
        let above = (0..i).rev().find(|&k| !lines[k].blank);
        let role = lines[i].bullet
            && !mark_only(lines[i].text)
            && above.is_some_and(|above| {
                let within = last_kept.is_none_or(|job| found.from >= job.from);
                let nested = last_kept.is_some_and(|job| {
                    found.from >= job.from
                        && ends_by(found.to, job.to)
                        && (found.from, found.to) != (job.from, job.to)
                });
                // (Not under a bullet that is itself a dated job's header:
                // "• Research Assistant - Dr. Shea  Jan 2016-June 2019" /
                // "• Lincoln Financial Group - Actuarial Intern  Summer
                // 2017" are two jobs of one list.)
                let among = lines[above].bullet
                    && (!header_like[above] || (nested && !dated_lines.contains(&above)))
                    && marker(above) == marker(i)
                    && within;
                // The job's dated line, or its header's last line under
                // it ("2009 - 2016" / "IsCool Entertainment" / "Paris,
                // France" / "• 2015 - 2016 : Data Scientist").
                let under_header = (above.saturating_sub(3)..=above)
                    .rev()
                    .take_while(|&d| !lines[d].bullet && !lines[d].blank)
                    .any(|d| dated_lines.contains(&d) && (d == above || within));
                let first = !lines[above].bullet
                    && under_header
                    && (i + 1..lines.len())
                        .find(|&k| !lines[k].blank)
                        .is_some_and(|k| {
                            lines[k].bullet && (!header_like[k] || nested) && marker(k) == marker(i)
                        });
                among || first
            });
        if !role {
            last_kept = Some(*found);
        }
        !role
    });
    // "• Senior Engine Programmer — Brink Gaming" / "Solna, Sweden" /
    // "Jan 2025 – Present": a bullet that reads as a header over dates
    // that name nothing (a place between them at most) is that job's
    // header, whatever marks the statements, unless a header follows the
    // dates ("Jan. 15 - Mai 15" / "Développement AdminSys; SAVE
    // Diffusion").
    let reads_over_dates = |j: usize| {
        let mut below = (j + 1..lines.len()).filter(|&k| !lines[k].blank);
        let Some(mut k) = below.next() else {
            return false;
        };
        if candidate::is_place(without_work_mode(lines[k].text).trim()) {
            let Some(next) = below.next() else {
                return false;
            };
            k = next;
        }
        // (A section's heading below ends the job.)
        let header_below = (k + 1..lines.len())
            .find(|&m| !lines[m].blank)
            .is_some_and(|m| {
                !lines[m].bullet
                    && segment::is_header_line(lines[m].text)
                    && !segments.headings.iter().any(|(h, _)| *h == m)
            });
        !header_below
            && dated
                .iter()
                .find(|(d, _)| *d == k)
                .is_some_and(|(_, found)| dates_alone(lines[k].text, found))
    };
    let heads_dates: Vec<bool> = (0..lines.len())
        .map(|j| header_like[j] && reads_over_dates(j))
        .collect();
    let statement = |j: usize| {
        if mark_only(lines[j].text) {
            return false;
        }
        if !header_like[j] {
            return lines[j].bullet;
        }
        if heads_dates[j] {
            return false;
        }
        // "• Consilio | Portland, OR" over "Staff Cloud Engineer | May
        // 2025 - Present", no statement marked after it (they are plain
        // lines): the job's header too.
        marker(j).is_none()
            || match inner_marker[j] {
                None => !over_dated[j],
                Some(m) => m == marker(j),
            }
    };
    let mut jobs: Vec<Work> = Vec::new();
    // Whether the job before took its employer from below its dated
    // title, past a blank line (see "06/2023-present Researcher" below).
    let mut employer_was_below = false;
    for (n, (i, found)) in dated.iter().enumerate() {
        // What the dated line names besides its dates.
        let rest = without_dates(lines[*i].text, found);
        // "• Software Engineering Intern (SDK Java Node C#)" / "Splunk |
        // Seattle, WA | June 2015 - Sept 2015": a list item that names the
        // job, right over a dated line that names none, is its title.
        // The job's own statements are not under it then: the list goes on
        // with the next title, or ends.
        let titles = |j: usize| {
            bullet_body(lines[j].text).is_some_and(|b| {
                is_position(b)
                    && b.split_whitespace().count() <= 8
                    && !reads_as_statement(b)
                    && !described(b)
            })
        };
        // So is one over its dates alone in an inner item ("• Data
        // Scientist" / "◦ Oct 2021 - Jul 2023").
        let mark = |t: &str| t.trim_start().chars().next();
        let inner_dates = *i > 0
            && lines[*i].bullet
            && mark(lines[*i].text) != mark(lines[*i - 1].text)
            && dates_alone(lines[*i].text, found);
        let titling = *i > 0
            && lines[*i - 1].bullet
            && titles(*i - 1)
            && (inner_dates
                || (!lines[*i].bullet
                    && lines
                        .get(*i + 1)
                        .is_none_or(|l| l.blank || !l.bullet || titles(*i + 1))
                    && rest
                        .as_ref()
                        .is_some_and(|t| t.chars().any(char::is_alphabetic) && !is_position(t))));
        // The header: this line, the non-bullet lines just above it (not
        // past the previous job's lines or a heading) and just below it.
        let floor = if n == 0 {
            segments
                .headings
                .iter()
                .filter(|(h, _)| h < i)
                .map(|(h, _)| h + 1)
                .next_back()
                .unwrap_or(0)
        } else {
            let prev = dated[n - 1].0;
            // Past the previous job's header and bullets.
            (prev + 1..*i)
                .rev()
                .find(|&j| statement(j) && !(titling && j + 1 == *i))
                .map_or(prev + 1, |j| j + 1)
        };
        // The lines below the previous job's dates that it took as its
        // header ("09-16 - 03-17" / "DevOps architect" / "Squad / CNES").
        let taken_below = |k: usize| {
            jobs.last()
                .is_some_and(|p: &Work| k > p.date_line && p.header_lines.contains(&k))
        };
        // Dates alone over their header, job after job ("Sep. 2019 - Aug.
        // 2022" / "Research Engineer" / "University Côte d'Azur." / "Oct.
        // 2017 - Aug. 2019" / …): the previous job's header is all below
        // its dates, and so is this one's.
        let all_below =
            dates_alone(lines[*i].text, found) && jobs.last().is_some_and(Work::header_below_dates);
        // Employers beside their dates, each title below ("State
        // University of New York, September 2022-Current" / "Associate
        // Professor" / "Baruch College, July 2015-July 2017" / …): the
        // previous job's header starts on its dated line, which names
        // more than dates, as this one's does; the title it took below
        // is its own, when it names a job's title.
        // (A job of dates alone over its header between, "09.1995-
        // 10.1997" / "Babypause", keeps the layout.)
        let named_beside = !dates_alone(lines[*i].text, found)
            && jobs
                .iter()
                .rev()
                .find(|p| {
                    !(p.header_below_dates()
                        && line_dates[p.date_line]
                            .is_some_and(|f| dates_alone(lines[p.date_line].text, &f)))
                })
                .is_some_and(|p: &Work| {
                    p.header_below_dates()
                        && p.header_lines.contains(&p.date_line)
                        && line_dates[p.date_line]
                            .is_some_and(|f| !dates_alone(lines[p.date_line].text, &f))
                });
        let mut header: Vec<usize> = Vec::new();
        let mut j = *i;
        // A line of dates alone ("April 2009 - April 2010 (1 year 1
        // month)") has its header above, past blank lines (the rendered
        // page of an AsciiDoc text leaves two, where its underline was).
        // So has one with where the job was beside them ("*12.2014 -
        // present* | Remote job", "08.2014 - 12.2014 | Saint-Petersburg").
        let past_blanks = dates_alone(lines[*i].text, found) || where_beside(lines[*i].text, found);
        // Two lines that name things; a line that is a place alone ("Seoul,
        // S.Korea" between "R.O.K Cyber Command, MND" and the dates, or
        // "Amsterdam, Netherlands (Remote)") is no more than where.
        let named = |header: &[usize]| {
            header
                .iter()
                .filter(|&&h| !candidate::is_place(without_work_mode(lines[h].text).trim()))
                .count()
        };
        let mut description = false;
        let mut crossed = false;
        // Chinese writes a sentence without spaces: its characters count.
        let sentence = |text: &str| {
            text.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                > 12
                || text.chars().filter(|c| candidate::is_han(*c)).count() > 20
                || described(text)
                || reads_as_statement(text)
        };
        // A short name on a line of its own between blank lines (or a
        // heading), no title, no dates, no sentence; a unit and a place
        // may follow its comma ("M1 Support Services - 57TH MAINTENANCE
        // GROUP, Nellis Air Force Base, Nevada").
        let words = word_count;
        let set_apart = |k: usize| {
            let t = lines[k].text.trim();
            in_experience(k)
                && !lines[k].blank
                && !lines[k].bullet
                && !statement(k)
                && !sentence(t)
                && dates::find(t).is_none()
                && (k == 0
                    || lines[k - 1].blank
                    || !in_experience(k - 1)
                    || segments.headings.iter().any(|(h, _)| *h + 1 == k))
        };
        let employer_alone = |k: usize| {
            let t = lines[k].text.trim();
            // (Its first part: "ЗАО «ЛЕТА» представительство в г. Самара
            // (www.leta.ru)" names a town after it.)
            let name = t
                .split([',', '|'])
                .next()
                .and_then(|n| n.split(" - ").next())
                .unwrap_or(t);
            let name = parts(name).into_iter().next().unwrap_or_default();
            set_apart(k) && (1..=6).contains(&words(&name)) && words(t) <= 14 && !is_position(t)
        };
        // The same for a title ("### Senior Software Development Engineer").
        let title_alone = |k: usize| {
            let t = lines[k].text.trim();
            set_apart(k) && (1..=6).contains(&words(t)) && is_position(t)
        };
        while j > floor && named(&header) < 2 && header.len() < 3 {
            j -= 1;
            let l = &lines[j];
            // A bullet's mark the text layer set on a line of its own.
            if mark_only(l.text) {
                continue;
            }
            if l.blank && header.is_empty() && past_blanks {
                crossed = true;
                continue;
            }
            // "### Janrain, Inc." / "" / "**Engineering Lead** Feb 2013 -
            // Jan 2014": an employer's name standing alone, a blank line
            // over the dated title that names no employer; and the other
            // way round ("### Senior Software Development Engineer" / "" /
            // "**Glympse, Inc** | 2021 – Present"). (Past several blank
            // lines: an Org heading's property drawer prints as blank.)
            let name_above = (floor..j).rev().find(|&m| !lines[m].blank);
            if l.blank
                && header.is_empty()
                && j + 1 == *i
                && let Some(m) = name_above
                && ((employer_alone(m)
                    && rest.as_ref().is_some_and(|t| {
                        is_position(t)
                            // A name with a dash in it may hold a title
                            // ("RedSocks - Malicious Threat Detection").
                            || (how_only(t) && !lines[m].text.contains(" - "))
                    }))
                    || (title_alone(m)
                        && rest.as_ref().is_some_and(|t| {
                            t.chars().any(char::is_alphabetic) && !is_position(t)
                        })))
            {
                j = m + 1;
                continue;
            }
            // "#### Data Scientist" / "" / "Gyan Data, Chennai, India" /
            // "Sep 2019 – Jun 2021": the title alone over a blank line,
            // above the employer's line over the dates alone; a blank line
            // may part each ("=== Principal Architect" / "" / "Parsec
            // Labs, LLC" / "" / "November, 2017 -> April 9th, 2020").
            if l.blank
                && past_blanks
                && header.len() == 1
                && (j + 2 == *i
                    || (crossed
                        && j + 3 == *i
                        && lines[*i - 1].blank
                        && ![" - ", " – ", " — ", " | ", " at ", " @ "]
                            .iter()
                            .any(|sep| lines[header[0]].text.contains(sep))))
                && j > floor
                && title_alone(j - 1)
                && !is_position(lines[header[0]].text)
            {
                continue;
            }
            if header.is_empty() && j + 1 == *i && titling {
                header.insert(0, j);
                // "### Novo Nordisk, DK (Pharma)" / "" / "• Product
                // Owner" / "◦ Jan 2025 - Present": the employer's name
                // alone over the first title's item.
                if inner_dates
                    && j > floor
                    && lines[j - 1].blank
                    && let Some(m) = (floor..j).rev().find(|&m| !lines[m].blank)
                    && employer_alone(m)
                {
                    header.insert(0, m);
                    break;
                }
                continue;
            }
            // "Quiz of Kings" / "Quiz of Kings is a social trivia game…" /
            // "Tehran, Iran" / "04/2015 - 10/2018": a sentence describing
            // the employer, between its name and the place and dates, when
            // a short line that names something stands right above it.
            if !description
                && named(&header) == 0
                && sentence(l.text)
                && j > floor
                && let Some(above) = lines.get(j - 1)
                && !above.blank
                && !statement(j - 1)
                && !taken_below(j - 1)
                && in_experience(j - 1)
                && above.text.split_whitespace().count() <= 6
                && !sentence(above.text)
                && line_dates[j - 1].is_none()
            {
                description = true;
                continue;
            }
            // "Ansible, CI/CD, Docker, Elixir, GraphQL" above "Punters
            // Lounge | Technical Director | 2016-2021": the tools of the
            // job before, when this line names its job whole.
            // So is "Ruby • Elixir • ES6 • Python • AWS" above "2014 - 2016
            // Accenture Technology", whatever the dated line names.
            // So is "C# | SQL Server | OpenShift | Angular | Android |
            // Kafka | Rails" (a header's fields are fewer, a title among
            // them).
            let piped = l.text.split('|').filter(|p| !p.trim().is_empty()).count() >= 6
                && !l.text.split('|').any(|p| is_position(p.trim()));
            let dotted = piped
                || l.text
                    .split(['•', '·'])
                    .filter(|p| !p.trim().is_empty())
                    .count()
                    >= 4;
            if header.is_empty()
                && (l.text.matches(',').count() >= 3 || dotted)
                && crate::vocab::is_list_line(l.text)
                && !candidate::is_place(l.text)
                && (dotted || names_title_and_employer(lines[*i].text, found))
                && !in_statement[*i]
            {
                break;
            }
            // A paragraph above is the previous job's, not this one's
            // header; so is a line past blank lines that it took as its
            // header below its dates ("2025 - Now Atlassian" / "Principal
            // Engineer, Bitbucket" / "" / "2023 - 2025 Render"). A line
            // with an e-mail address is the page's running header ("Darrell
            // Piner  +1 (303) 578-0035  darpin1963@gmail.com").
            // Nor is a section's heading ("Other work history"), nor the
            // tools the job before names after their label ("Environnement
            // technique : Java EE, Struts, Angular").
            if l.blank
                || labels_detail(l.text)
                || crate::readability::EMAIL.is_match(l.text)
                || ((crossed || employer_was_below || all_below) && taken_below(j))
                || (named_beside
                    && taken_below(j)
                    && (is_position(l.text)
                        || jobs
                            .last()
                            .is_some_and(|p| p.header_lines == [p.date_line, j])))
                || statement(j)
                || sentence(l.text)
                || !in_experience(j)
                || line_dates[j].is_some()
                || segments.headings.iter().any(|(h, _)| *h == j)
            {
                break;
            }
            header.insert(0, j);
        }
        // A title wrapped at the margin: the line above the header ends
        // with a joiner ("Architecte applicatif / Chef de projet API /"
        // above "Full Stack Devops").
        let above = header.len();
        while let Some(&top) = header.first()
            && top > floor
            && let Some(above) = lines.get(top - 1)
            && above.text.trim_end().ends_with(['/', '&'])
            && !above.blank
            && !statement(top - 1)
            && in_experience(top - 1)
            && line_dates[top - 1].is_none()
        {
            header.insert(0, top - 1);
        }
        let named_above = named(&header);
        if !in_statement[*i] {
            header.push(*i);
        }
        let next = dated.get(n + 1).map_or(lines.len(), |(k, _)| *k);
        // "An accountant" / "Leasing company LLC" / "2012-2023" / "An
        // accountant" / "Audit firm LLC" / "" / "2010-2011": dates alone
        // under the title and the employer, job after job with no
        // statements between them: the lines down to the next dates alone
        // are that job's header, none of this one's.
        let leaves_below = named_above >= 2
            && dates_alone(lines[*i].text, found)
            && dated
                .get(n + 1)
                .is_some_and(|(m, f)| dates_alone(lines[*m].text, f))
            && (*i + 1..next).any(|m| !lines[m].blank)
            && (*i + 1..next).all(|m| {
                lines[m].blank
                    || (!lines[m].bullet
                        && !sentence(lines[m].text)
                        && words(lines[m].text) <= 14
                        && line_dates[m].is_none())
            });
        // "CEO/President, Pied Piper, Palo Alto, CA, 2013 - 2014" names
        // the job whole: a phrase below in plain words ("Awesome
        // compression company") describes it.
        let whole = header.len() == 1 && names_title_and_employer(lines[*i].text, found);
        // "Business Intelligence Analyst | March 2013 - February 2016" /
        // "Barracuda Networks | Ann Arbor, MI" / "Founding member of
        // Analytics Department within Network Operations": under a dated
        // line that names the job and a line of names, a phrase in plain
        // words describes the job.
        let names_beside_dates = rest
            .as_ref()
            .is_some_and(|t| t.chars().any(char::is_alphabetic));
        let wrapped = header.len() - above;
        let mut k = *i + 1;
        // "WTL Enterprises, Monett, Mo" / "January 2020 - present" / "" /
        // "Fullstack Engineer": the title a word processor's empty
        // paragraph sets apart under the employer's dates; its statements
        // may follow past a blank line too (reStructuredText's paragraphs:
        // "Riverstone Software" / "" / "2017 - present" / "" / "Software
        // Engineer" / "" / "• Implemented REST APIs…").
        if header.len() == 2
            && dates_alone(lines[*i].text, found)
            && let Some(m) = (k..next).find(|&m| !lines[m].blank)
            && m > k
            && !lines[m].bullet
            && is_position(lines[m].text)
            && lines[m].text.split_whitespace().count() <= 6
            && (m + 1..next).find(|&b| !lines[b].blank).is_some_and(|b| {
                lines[b].bullet || !segment::is_header_line(lines[b].text) || {
                    let t = lines[b].text.trim_end();
                    t.ends_with(':') && words(t) <= 8
                }
            })
        {
            k = m;
        }
        // "Software Engineer" / "August 2018 - Present" / "" / "Hudson's
        // Bay Company | New York, NY" / "Managed backend servers…": the
        // employer so set apart under the title's dates.
        if header.len() == 2
            && dates_alone(lines[*i].text, found)
            && is_position(lines[header[0]].text)
            && let Some(m) = (k..next).find(|&m| !lines[m].blank)
            && m > k
            && !lines[m].bullet
            && !is_position(lines[m].text)
            && words(lines[m].text) <= 8
            && !sentence(lines[m].text)
            && line_dates[m].is_none()
            && lines
                .get(m + 1)
                .is_some_and(|l| l.bullet || sentence(l.text))
        {
            k = m;
        }
        // "06/2023-present Researcher" / "" / "Senckenberg Biodiversity
        // and Climate Research Centre" / "01/2024-present Associated
        // Researcher": a dated title with nothing above it in the section
        // has its employer below, past the blank line a PDF's spacing
        // leaves, however close the next job's dates follow; so have the
        // dated titles after it, down the section.
        let title_only = rest
            .as_ref()
            .is_some_and(|t| is_position(t) && !is_employer(t) && parts_with_joints(t).len() == 1);
        let was_below = std::mem::take(&mut employer_was_below);
        if header == [*i]
            && title_only
            && (j == floor || was_below)
            && let Some(m) = (k..next).find(|&m| !lines[m].blank)
            && m > k
            && !lines[m].bullet
            && line_dates[m].is_none()
            && !is_position(lines[m].text)
            && !sentence(lines[m].text)
            && words(lines[m].text) <= 14
            && segment::is_header_line(lines[m].text)
        {
            k = m;
            employer_was_below = true;
        }
        // "Oct 2014 -" / "Present" / "" / "Inventory Specialist  Best
        // Buy": dates with nothing above them in the section have their
        // header below, past blank lines.
        // So have dates under the previous job's last sentence ("…what
        // they need." / "" / "Nov 2013 - Dec 2017" / "" / "Integrity Net -
        // Software Developer").
        // So have dates under the header the previous job took below its
        // own dates ("June 2017 - May 2018" / "" / "Position: Lead Data
        // Scientist" / "ITS, Austrade" / "" / "September 2015 - June
        // 2017" / "" / "Position: Data Scientist"), or under other dates.
        let under_text = (floor..*i)
            .rev()
            .find(|&m| !lines[m].blank)
            .is_some_and(|m| {
                lines[m].bullet
                    || statement(m)
                    || sentence(lines[m].text)
                    || taken_below(m)
                    || line_dates[m].is_some()
            });
        if header.len() == 1 && dates_alone(lines[*i].text, found) && (j == floor || under_text) {
            let mut m = k;
            while m < next && (lines[m].blank || range_end[m]) {
                m += 1;
            }
            // Not a list of tools (a line its label names a title is
            // none), nor the next dates' own header.
            let own = m < next
                && segment::is_header_line(lines[m].text)
                && (lines[m].title_label || !crate::vocab::is_list_line(lines[m].text))
                && line_dates.get(m + 1).is_none_or(Option::is_none);
            if own {
                k = m;
            }
        }
        // "THE UNIVERSITY OF TEXAS AUSTIN" / "2023 - Present | Associate
        // Professor" / "2016 - 2023 | Assistant Professor" / "SALEM CENTER
        // FOR POLICY" / "2023 - Present | Senior Scholar": a role stacked
        // right under the one before, which took its employer from above,
        // its dated line a title alone, leaves the line over the next
        // role's dates to that role.
        let stacked = title_only
            && n > 0
            && dated[n - 1].0 + 1 == *i
            && jobs
                .last()
                .is_some_and(|p: &Work| p.header_lines.iter().any(|&h| h < p.date_line));
        while k < next && header.len() < 4 + wrapped && !in_statement[*i] && !leaves_below {
            let l = &lines[k];
            if stacked && k + 1 == next && !l.blank {
                break;
            }
            // A line that is only a date (the end of a range broken over
            // two lines) is no part of the header.
            // One that goes on after the date ("September 2013- King Ace
            // Hardware" / "Present  Project Manager"): the rest is the
            // header's.
            let rest_after_end = range_end[k] && after_range_end(l.text).is_some();
            if !rest_after_end
                && (range_end[k]
                    || line_dates[k].is_some_and(|f| f.start == 0 && f.end >= l.text.len()))
            {
                k += 1;
                continue;
            }
            // "32, Randle Avenue, Surulere, Lagos" / "" / "Operations
            // Manager": the employer's street address, and the title past
            // the blank line after it.
            if !l.blank && candidate::is_street_address(l.text) {
                k += 1;
                if let Some(m) = (k..next).find(|&m| !lines[m].blank)
                    && !lines[m].bullet
                    && is_position(lines[m].text)
                    && words(lines[m].text) <= 6
                {
                    k = m;
                }
                continue;
            }
            // "University of Wisconsin-Madison  2021 - 2026" / "Advisor:
            // Jesse N. Weber" / "Doctoral Research Associate": the person
            // the work was done under is no part of the header; the title
            // follows.
            if names_supervisor(l.text) {
                k += 1;
                continue;
            }
            // "2014 to present - GE Oil and Gas Controls Ltd." / "" /
            // "Position held - Mechanical Test Engineer": a title its label
            // names, past the blank line under the employer's.
            if l.blank
                && let Some(m) = (k..next).find(|&m| !lines[m].blank)
                && lines[m].title_label
                && !lines[m].bullet
            {
                k = m;
                continue;
            }
            // "Web application architecture and implementation, product
            // dev, leadership.": a sentence describing the job, no header.
            if l.blank
                || l.bullet
                || described(l.text)
                || labels_detail(l.text)
                || reads_as_statement(l.text)
                || !in_experience(k)
                || (words(l.text) > 10
                    && !names_then_place(l.text)
                    && !(lowercase_words(l.text) == 0 && words(l.text) <= 16))
                || (whole && in_words(l.text))
                // "Duties and responsibilities include:": a phrase that
                // labels the lines after it.
                || (l.text.trim_end().ends_with([':', '：']) && lowercase_words(l.text) >= 2)
                || (names_beside_dates
                    && header.len() >= 2
                    && in_words(l.text)
                    && !is_position(l.text))
            {
                break;
            }
            header.push(k);
            k += 1;
        }
        // Its statements (the bullets that are not header lines, or the
        // sentences of a job written as a paragraph: what `check` judges),
        // to the next job's date line.
        let mut bullets: Vec<usize> = Vec::new();
        let mut highlights: Vec<String> = Vec::new();
        // They are in line order: those after this job's dates and
        // before the next job's (a binary search, then a walk).
        let from = segments
            .statements
            .partition_point(|b| b.line < *i || (b.line == *i && !in_statement[*i]));
        for b in segments.statements[from..]
            .iter()
            .take_while(|b| b.line < next)
        {
            if in_experience(b.line) && !header.contains(&b.line) {
                bullets.push(b.line);
                highlights.push(b.text.trim().to_owned());
            }
        }
        let job = Work {
            line: text.lines[*i].source_line,
            header_lines: header,
            date_line: *i,
            bullet_lines: bullets,
            highlights,
            ..Work::default()
        };
        jobs.push(read_job(job, lines, found));
    }
    // "Postdoctoral Researcher" / "Stanford Graduate School of Business" /
    // … / "Research Assistant" / "Newgate Research" / "" / "Oct 2023 -
    // Current" / "" / "Oct 2022 - Oct 2023" / …: a date column the text
    // layer read after its rows. The lines over the first dates, in as
    // many equal groups of two or three as there are dates, are the
    // jobs' headers in order. ("Weiss Architecture" / "Design Intern" /
    // "Austin, Texas, USA" over three summers' dates is one job's header.)
    let alone = |job: &Work| {
        dated
            .iter()
            .find(|(i, _)| *i == job.date_line)
            .filter(|(i, f)| dates_alone(lines[*i].text, f))
            .map(|(_, f)| *f)
    };
    let mut n = 0;
    while n < jobs.len() {
        let mut m = n + 1;
        while m < jobs.len()
            && alone(&jobs[m]).is_some()
            && jobs[m].name.is_none()
            && jobs[m].position.is_none()
            && (jobs[m - 1].date_line + 1..jobs[m].date_line).all(|k| lines[k].blank)
        {
            m += 1;
        }
        let count = m - n;
        if count < 2 || alone(&jobs[n]).is_none() {
            n = m;
            continue;
        }
        let mut end = jobs[n].date_line;
        while end > 0 && lines[end - 1].blank {
            end -= 1;
        }
        let mut top = end;
        while top > 0
            && !lines[top - 1].blank
            && !lines[top - 1].bullet
            && line_dates[top - 1].is_none()
            && in_experience(top - 1)
            && !segments.headings.iter().any(|(h, _)| *h == top - 1)
        {
            top -= 1;
        }
        let rows = end - top;
        if rows.is_multiple_of(count) && (2..=3).contains(&(rows / count)) {
            let per = rows / count;
            for (g, job) in jobs[n..m].iter_mut().enumerate() {
                let Some(found) = alone(job) else { continue };
                let header: Vec<usize> = (top + g * per..top + (g + 1) * per).collect();
                let fresh = Work {
                    line: job.line,
                    header_lines: header,
                    date_line: job.date_line,
                    bullet_lines: std::mem::take(&mut job.bullet_lines),
                    highlights: std::mem::take(&mut job.highlights),
                    ..Work::default()
                };
                *job = read_job(fresh, lines, &found);
            }
        }
        n = m;
    }
    // "December 2020 - Present: Embedded Linux Engineer" / "Permanent
    // job in Bootlin, Toulouse.": a sentence under a header without an
    // employer says where the job was; the header's name is the title.
    for job in &mut jobs {
        if job.name.is_some() && job.position.is_some() {
            continue;
        }
        // The first line under the dates that is no bullet (a header may
        // have taken it).
        let Some(k) = (job.date_line + 1..lines.len()).find(|&k| !lines[k].blank) else {
            continue;
        };
        if lines[k].bullet {
            continue;
        }
        let mut sentence = lines[k].text.trim().to_owned();
        // Wrapped at the margin: "…in Office National Études et de
        // Recherches" / "Aérospatiales, Toulouse."
        if !sentence.ends_with('.')
            && let Some(next) = lines.get(k + 1)
            && !next.blank
            && !next.bullet
        {
            sentence = format!("{sentence} {}", next.text.trim());
        }
        if let Some(employer) = employed_in(&sentence) {
            if job.position.is_none() {
                job.position = job.name.take();
            }
            job.name = Some(employer);
        }
    }
    // "General Chemistry Tutor: Group and one-on-one tutoring…" above
    // "• 2010-2014 (University of Minnesota)" and "• 2007-2010 (Oberlin
    // College)": a job without a title takes the run-in title that heads
    // its paragraph, for each employer listed under it.
    // The lines of a job that has its title end the search (the dated
    // lines of its siblings under the same title do not).
    let taken: std::collections::HashSet<usize> = jobs
        .iter()
        .filter(|j| j.position.is_some())
        .flat_map(|j| j.header_lines.iter().copied().chain([j.date_line]))
        .collect();
    for job in &mut jobs {
        if job.position.is_some() {
            continue;
        }
        let mut k = job.date_line;
        while k > 0 && job.date_line - k < 12 {
            k -= 1;
            let t = lines[k].text.trim();
            if segments.headings.iter().any(|(h, _)| *h == k)
                || !in_experience(k)
                || (taken.contains(&k) && !job.header_lines.contains(&k))
            {
                break;
            }
            if let Some((head, rest)) = t.split_once(": ")
                && (1..=8).contains(&head.split_whitespace().count())
                && !head.contains(['|', '•', '·'])
                && is_position(head)
                && !rest.trim().is_empty()
                && dates::find(head).is_none()
            {
                job.position = Some(clean_part(head));
                break;
            }
        }
    }
    // A header with no job word is read in the order the resume's other
    // headers show: "Cybersecurity Assessor, State of Oregon" under
    // "Cybersecurity Assessment Manager, State of Oregon".
    let plain = |j: &&Work| j.dashed.is_none();
    let title_first = jobs
        .iter()
        .filter(plain)
        .filter(|j| j.title_first == Some(true))
        .count();
    let employer_first = jobs
        .iter()
        .filter(plain)
        .filter(|j| j.title_first == Some(false))
        .count();
    if title_first > employer_first {
        for job in &mut jobs {
            if let Some((title, employer)) = job.dashed.take() {
                job.position = Some(title);
                job.name = Some(employer);
                job.title_first = Some(true);
            }
        }
    }
    if title_first + employer_first == 0 {
        for job in &mut jobs {
            job.order_guessed = job.name.is_some() && job.position.is_some();
        }
    }
    if title_first > employer_first {
        for job in &mut jobs {
            if job.title_first.is_none() && job.name.is_some() && job.position.is_some() {
                std::mem::swap(&mut job.name, &mut job.position);
            }
        }
    }
    // "Lead Software Engineer | Jan 2020 - Jan 2021" / "Senior Software
    // Engineer | Mar 2019 - Jan 2020" / "Carbon Lighthouse | San
    // Francisco, CA": roles stacked over the employer's line below them
    // all take it (from the last up, so three stacked roles do too).
    for k in (0..jobs.len().saturating_sub(1)).rev() {
        let (before, after) = jobs.split_at_mut(k + 1);
        let (job, next) = (&mut before[k], &after[0]);
        let employer_below = next.header_lines.iter().any(|&h| h > next.date_line);
        if job.name.is_none()
            && job.position.is_some()
            && job.header_lines == [job.date_line]
            && next.date_line == job.date_line + 1
            && employer_below
            && next.name.is_some()
        {
            job.name.clone_from(&next.name);
            if job.location.is_none() {
                job.location.clone_from(&next.location);
            }
        }
    }
    // "Google (2013-Present)" / "Senior Staff Software Engineer
    // (2022-Present)" / "Staff Software Engineer (2020-2022)": an
    // employer's dated line, no job's word on it and nothing under it,
    // over dated roles within its years is no job of its own; the roles
    // take its name.
    // "Cigital Inc.  (June 2007 - June 2013)" / "I performed numerous
    // different roles at Cigital, …" / "Senior Software Engineer
    // (January 2012 - June 2013)": a sentence that describes the employer
    // may stand between its line and the first role.
    let alone = |j: &Work| j.header_lines == [j.date_line];
    let describes = |m: usize| {
        !lines[m].bullet
            && (described(lines[m].text)
                || reads_as_statement(lines[m].text)
                || lines[m].text.split_whitespace().count() > 12)
    };
    let mut k = 0;
    while k + 1 < jobs.len() {
        let group = &jobs[k];
        let named = match (&group.name, &group.position) {
            (Some(n), None) | (None, Some(n)) => Some(n.clone()),
            _ => None,
        };
        let Some(name) = named.filter(|n| {
            alone(group) && group.bullet_lines.iter().all(|&m| describes(m)) && !is_position(n)
        }) else {
            k += 1;
            continue;
        };
        let start = group.dates.map(|d| d.start.year);
        let mut last = group.date_line;
        let mut roles = 0;
        // Between two roles, the statements of the one above.
        let mut above: &[usize] = &[];
        for role in &jobs[k + 1..] {
            let close = (last + 1..role.date_line)
                .all(|m| lines[m].blank || (roles == 0 && describes(m)) || above.contains(&m));
            let within = role.dates.map(|d| d.start.year) >= start;
            // "Tata Consulting Services (February ’12 – December ‘13)" /
            // "Senior Agile Consultant (July ’12 – December ‘13) – Lloyds
            // Bank": a role whose whole period lies in the employer's
            // names its client.
            let inside = group.dates.zip(role.dates).is_some_and(|(g, r)| {
                r.start >= g.start
                    && (g.present || (!r.present && r.end.zip(g.end).is_some_and(|(a, b)| a <= b)))
            });
            if !(close
                && within
                && alone(role)
                && (role.name.is_none() || inside)
                && role.position.as_deref().is_some_and(is_position))
            {
                break;
            }
            last = role.date_line;
            above = &role.bullet_lines;
            roles += 1;
        }
        if roles == 0 {
            k += 1;
            continue;
        }
        for role in &mut jobs[k + 1..=k + roles] {
            role.name = Some(name.clone());
        }
        jobs.remove(k);
        k += roles;
    }
    // "Bull / EDF", "Bull / French Navy": a consultancy and its client.
    // The employer is the part before the slash that several jobs share.
    let firms: Vec<Option<String>> = jobs
        .iter()
        .map(|j| {
            j.name
                .as_deref()
                .and_then(|n| n.split_once(" / "))
                .map(|(firm, _)| firm.trim().to_owned())
        })
        .collect();
    for (job, firm) in jobs.iter_mut().zip(&firms) {
        if let Some(firm) = firm
            && firms.iter().flatten().filter(|f| *f == firm).count() >= 2
        {
            job.name = Some(firm.clone());
        }
    }
    // "Behin Samaneh Farda Co……" / "Embedded System Engineer 2016 – 2023"
    // / … / "Software Engineer 2016 – 2023": a second role under the
    // employer's line above the first. A job whose header is its dated
    // title alone takes the employer of the job before, when that one's
    // employer was on a line of its own.
    // The jobs that took the employer of the job before (a third role
    // under the employer's line takes it from the second).
    let mut took = vec![false; jobs.len()];
    for k in 1..jobs.len() {
        let (before, after) = jobs.split_at_mut(k);
        let (prev, job) = (&before[k - 1], &mut after[0]);
        // Its employer on a line without its title ("Senior Software
        // Engineer, CI/CD" names the team, no employer for the next job).
        // ("Nike" inside the title "Engineering Manager, Nike Platform"
        // is no employer on the title's line.)
        let own_line = took[k - 1]
            || prev.header_lines.len() >= 2
                && !prev.header_lines.iter().any(|&h| {
                    let line = lines[h].text.to_lowercase();
                    let Some(position) = prev.position.as_ref().map(|p| p.to_lowercase()) else {
                        return false;
                    };
                    line.contains(&position)
                        && prev.name.as_ref().is_some_and(|n| {
                            line.replacen(&position, "", 1).contains(&n.to_lowercase())
                        })
                });
        // Its header: the dated title, or the title on the line above
        // the dates ("GOOGLE" / "Software Engineer III" / "Dec 2024 -
        // Present | Atlanta" / … / "Software Engineer II-III" / "Aug 2021
        // - Dec 2024 | Hyderabad").
        // A place above a dated title ("Boulder, Colorado" / "Systems
        // Engineer 03/2017 - 04/2019") stands where an employer's line
        // would: that job's employer is missing, not the one before.
        // Or its title alone over statements that hold its dates.
        let title_only = job.header_lines == [job.date_line]
            || (job.header_lines.len() == 1 && in_statement[job.date_line])
            || (job.header_lines.len() == 2
                && job.header_lines[1] == job.date_line
                && !candidate::is_place(lines[job.header_lines[0]].text.trim()));
        // (Not when the employer stood below the dated title, and a line
        // stands below this one's where it would: "5/2016--5/2022 |
        // Postdoctoral scientist" over "… in the group of Prof Paul
        // Hudson, Science For Life Laboratory, Stockholm" names its own,
        // though not on a line of names.)
        let below_unread = !took[k - 1]
            && prev.header_below_dates()
            && lines
                .get(job.date_line + 1)
                .is_some_and(|l| !l.blank && !l.bullet && line_dates[job.date_line + 1].is_none());
        if job.name.is_none()
            && job.position.is_some()
            && title_only
            && own_line
            && !below_unread
            && prev.name.is_some()
        {
            job.name.clone_from(&prev.name);
            took[k] = true;
        }
        // "### Novo Nordisk" / "• Product Owner" / "◦ Jan 2025 - Present"
        // / "• Semantic Engineer - Ontology Steward" / "◦ Aug 2023 - Dec
        // 2024": a later role's item over its dates alone, under the
        // employer's line, is its title whole.
        if let [item, dated] = job.header_lines[..]
            && dated == job.date_line
            && lines[item].bullet
            && lines[dated].bullet
            && (prev.date_line + 1..item).all(|m| lines[m].bullet || lines[m].blank)
            && own_line
            && prev.name.is_some()
            && let Some(body) = bullet_body(lines[item].text)
            && line_dates[dated].is_some_and(|f| dates_alone(lines[dated].text, &f))
        {
            job.position = Some(clean_part(body));
            job.name.clone_from(&prev.name);
            job.location = None;
            took[k] = true;
        }
        // "### Nike" / "**Engineering Manager, Nike Communications
        // Platform** Sep 2016 - Present" / … / "**Engineering Lead, Nike+
        // Platform** Feb 2014 - Jun 2015": the roles under an employer's
        // line read their dated lines as the first one did, the whole line
        // its title.
        let whole = |j: &Work| {
            let raw = lines[j.date_line].text;
            dates::find(raw)
                .and_then(|f| without_dates(raw, &f))
                .map(|t| clean_part(&t))
        };
        if own_line
            && prev.position.as_deref().is_some_and(|p| p.contains(", "))
            && prev.position == whole(prev)
            && job.header_lines == [job.date_line]
            && let (Some(name), Some(position)) = (&job.name, &job.position)
            && let Some(title) = whole(job).filter(|t| *t == format!("{position}, {name}"))
        {
            job.position = Some(title);
            job.name.clone_from(&prev.name);
            took[k] = true;
        }
    }
    // "2017 - 2019:" over "o Part-time translator at Mazaheri Translation
    // Office" / "o Part-time instructor at Odaba Zand International
    // Center": a period over the roles held in it, each a title at an
    // employer, is a job for each, when every statement under it is one.
    let mut roles_apart: Vec<Work> = Vec::with_capacity(jobs.len());
    for job in jobs {
        let roles: Vec<(String, String)> = if job.position.is_none() {
            job.highlights.iter().map_while(|h| role_at(h)).collect()
        } else {
            Vec::new()
        };
        if roles.is_empty()
            || roles.len() != job.highlights.len()
            || roles.len() != job.bullet_lines.len()
        {
            roles_apart.push(job);
            continue;
        }
        for ((title, employer), &b) in roles.into_iter().zip(&job.bullet_lines) {
            roles_apart.push(Work {
                name: Some(employer),
                position: Some(title),
                start_date: job.start_date.clone(),
                end_date: job.end_date.clone(),
                line: text.lines[b].source_line,
                dates: job.dates,
                header_lines: vec![b],
                date_line: job.date_line,
                ..Work::default()
            });
        }
    }
    let mut jobs = roles_apart;
    labelled_fields(text, lines, &mut jobs);
    // "2014-2015: Break." among the jobs of a timeline is time between
    // them; so, outside an Experience heading, is a school's name with no
    // title or a student's ("2003-2005: Bancroft's School", "Engineering
    // Undergraduate, Peterhouse College").
    jobs.retain(|job| {
        let only = match (&job.name, &job.position) {
            (Some(one), None) | (None, Some(one)) => Some(one.as_str()),
            _ => None,
        };
        let gap = only.is_some_and(is_break);
        let studied = segments.sections.get(job.date_line) != Some(&Section::Experience)
            && job.name.as_deref().is_some_and(|n| SCHOOL.is_match(n))
            && job.position.as_deref().is_none_or(|p| {
                !is_position(p)
                    && p.split_whitespace().any(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "student" | "undergraduate" | "pupil" | "graduate"
                        )
                    })
            });
        !gap && !studied
    });
    for job in &mut jobs {
        title_beside_employer(job);
        employer_in_brackets(job);
    }
    jobs
}

/// "Research Geneticist (USDA-ARS-AGIL)", read into one field with the
/// other empty: an organization's initials in brackets after a title are
/// its employer. Not a title's own letters ("Chief Technology Officer
/// (CTO)"), a degree's ("(M.S.)"), a grade's or a country's ("(USA)").
fn employer_in_brackets(job: &mut Work) {
    static BRACKETED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\S.*?)\s*\(([A-Z][A-Z0-9&-]*[A-Z0-9])\)$").expect("valid"));
    let joined = match (&job.name, &job.position) {
        (None, Some(p)) | (Some(p), None) => p,
        _ => return,
    };
    let Some(c) = BRACKETED.captures(joined) else {
        return;
    };
    let (title, initials) = (&c[1], &c[2]);
    let letters = initials.chars().filter(char::is_ascii_alphabetic).count();
    if letters < 3
        || !is_position(title)
        || is_position(initials)
        || abbreviates(initials, title)
        || candidate::is_country_code(initials)
        || candidate::is_country(initials)
        || degree_in(initials).is_some()
    {
        return;
    }
    let (title, employer) = (title.to_owned(), initials.to_owned());
    job.position = Some(title);
    job.name = Some(employer);
}

/// "iOS Engineer Shape Games", "Software Engineer Magenta Srl": a title
/// and its employer run together with one space (a page sets them in two
/// fonts), read into one field with the other empty. The title ends at
/// its last job's word; the capitalized words after it are the employer.
fn title_beside_employer(job: &mut Work) {
    let joined = match (&job.name, &job.position) {
        (None, Some(p)) | (Some(p), None) => p,
        _ => return,
    };
    let words: Vec<&str> = joined.split(' ').collect();
    let job_word = |w: &str| {
        JOB_WORDS.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
        )
    };
    let Some(last) = words.iter().rposition(|w| job_word(w)) else {
        return;
    };
    let (title, employer) = (&words[..=last], &words[last + 1..]);
    let named = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            || segment::is_connector(w)
            || *w == "&"
    };
    if employer.is_empty()
        || !employer[0].starts_with(char::is_uppercase)
        || !employer.iter().all(named)
        || title.iter().any(|w| w.ends_with([',', ';', ':']))
        // "Administrative Officer/ Programme Support", "Independent
        // Developer (Developer Tools)": the title goes on past its word.
        || title.last().is_some_and(|w| w.ends_with(['/', '-', '–', '&']))
        || title.iter().map(|w| w.matches('(').count()).sum::<usize>()
            != title.iter().map(|w| w.matches(')').count()).sum::<usize>()
        // "Coordinator January": the month its dates begin.
        || dates::month_word(employer[0]).is_some()
        // "Engineer II", "Manager Data Platform": a grade or a team.
        || employer[0].chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        || FIELD_QUALIFIERS.contains(&employer[0].to_lowercase().as_str())
        || employer.iter().any(|w| is_position(w))
    {
        return;
    }
    let (title, employer) = (title.join(" "), employer.join(" "));
    job.position = Some(title);
    job.name = Some(employer);
}

/// The jobs of an Experience section that writes no dates ("Data
/// scientist - Wisconsin Intelligibility, Speech and Communication
/// Laboratory" over a paragraph; "Vendeuse cosmétique, espace beauté,
/// Alès" over its tasks), when no job was found by its dates: those of
/// each Experience section none of whose lines holds a date. A job's
/// header is the first line of its block (after a blank line, a bullet
/// or the heading), two to fourteen words, its parts set apart by a dash, a
/// comma or a bar, no label (":" at its end), no sentence of the first
/// person, and no paragraph's first line: the line after it is blank, a
/// bullet or short. The statements under it, to the next header, are its
/// highlights.
fn undated_jobs(text: &NormText, segments: &Segments, lines: &[Line<'_>]) -> Vec<Work> {
    static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Jj]e|[Jj]'|[Ii]ch)\b").expect("valid")
    });
    let in_experience = |i: usize| segments.sections.get(i) == Some(&Section::Experience);
    let heading = |i: usize| segments.headings.iter().any(|&(h, _)| h == i);
    // Each Experience section on its own: one that dates its lines
    // ("Clinical experience" / "• 2013: Pediatric voice clinic, …") is
    // no list of undated jobs.
    let mut experience: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !in_experience(i) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < lines.len() && in_experience(i) && !heading(i) {
            i += 1;
        }
        let section: Vec<usize> = (start..i).filter(|&k| !lines[k].blank).collect();
        if section
            .iter()
            .all(|&k| dates::find(lines[k].text).is_none())
        {
            experience.extend(section);
        }
    }
    let header = |i: usize| {
        let l = &lines[i];
        let t = undated_header_text(l.text);
        let first_in_block = i == 0 || lines[i - 1].blank || lines[i - 1].bullet || heading(i - 1);
        // (Not a sentence wrapped onto a line that goes on in lower case:
        // "Guided clients on structural efficiency, material selection,
        // and" / "project timelines.")
        let ends_block = lines.get(i + 1).is_none_or(|n| {
            n.blank
                || n.bullet
                || (word_count(n.text) <= 6 && !n.text.trim_start().starts_with(char::is_lowercase))
        });
        first_in_block
            && ends_block
            && !l.bullet
            && !heading(i)
            && (2..=14).contains(&word_count(t))
            && [" - ", " – ", " — ", ", ", " | "]
                .iter()
                .any(|j| t.contains(j))
            && !t.ends_with([':', '：'])
            && !FIRST_PERSON.is_match(t)
    };
    // "** META" over "*** Senior Staff (IC7) and Data Lead, AI Research":
    // an outline's headings at two depths under the section, the deeper a
    // job's title whole and the one above it the employer's name.
    let level = |i: usize| text.lines[i].level;
    let outline: Vec<usize> = experience
        .iter()
        .copied()
        .filter(|&i| level(i) > 0 && !heading(i))
        .collect();
    // (A section's name under a job, "**** Skills", is no title.)
    let titles = |i: &&usize| heading_section(lines[**i].text).is_none();
    let deepest = outline
        .iter()
        .filter(titles)
        .map(|&i| level(i))
        .max()
        .unwrap_or(0);
    let employer_of = |i: usize| {
        outline
            .iter()
            .rev()
            .find(|&&k| k < i && level(k) < level(i))
            .copied()
    };
    let titled: Vec<(usize, usize)> = outline
        .iter()
        .filter(titles)
        .filter(|&&i| level(i) == deepest)
        .filter_map(|&i| employer_of(i).map(|e| (i, e)))
        .collect();
    let headers: Vec<usize> = if titled.is_empty() {
        experience.iter().copied().filter(|&i| header(i)).collect()
    } else {
        titled.iter().map(|&(i, _)| i).collect()
    };
    let mut jobs = Vec::new();
    for (n, &h) in headers.iter().enumerate() {
        let next = headers.get(n + 1).copied().unwrap_or(lines.len());
        let (mut bullets, mut highlights) = (Vec::new(), Vec::new());
        for b in segments
            .statements
            .iter()
            .filter(|b| b.line > h && b.line < next && in_experience(b.line))
        {
            bullets.push(b.line);
            highlights.push(b.text.trim().to_owned());
        }
        let mut job = Work {
            line: text.lines[h].source_line,
            header_lines: vec![h],
            date_line: h,
            bullet_lines: bullets,
            highlights,
            ..Work::default()
        };
        if let Some(&(_, e)) = titled.iter().find(|&&(i, _)| i == h) {
            job.position = Some(clean_part(lines[h].text));
            job.name = Some(clean_part(lines[e].text));
            job.title_first = Some(false);
        } else {
            let (position, employer, place) = undated_header(lines[h].text);
            job.position = position;
            job.name = employer;
            job.location = place;
        }
        jobs.push(job);
    }
    jobs
}

/// An undated job's header line without the sentence after it
/// ("Centerpointe Research Institute - Software developer. Maintained a
/// Ruby on Rails ecommerce website.").
fn undated_header_text(line: &str) -> &str {
    let line = line.trim();
    match line.find(". ") {
        Some(at) if word_count(&line[..at]) >= 2 => &line[..at],
        _ => line,
    }
}

/// An undated job's header read as title, employer and place: "Data
/// scientist - Wisconsin Intelligibility, Speech and Communication
/// Laboratory" is cut at its first dash (or bar); "Assistante
/// administrative, cabinet saint martin, bertrand, canonge, Alès" at its
/// commas, a known town last the place and the parts between the
/// employer's, else the second part the employer's and the rest the
/// place. The title comes first unless the first part names an
/// organization, or only the second names a post (not "Freelance").
fn undated_header(line: &str) -> (Option<String>, Option<String>, Option<String>) {
    let text = undated_header_text(line).trim_end_matches('.').trim();
    let cut = [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|j| text.find(j).map(|at| (at, j.len())))
        .min();
    let (first, second, place) = match cut {
        // "Job Title | Company | Month 20XX - Ongoing | Location": a place
        // last, after the fields set apart by bars.
        Some((at, _)) if text[at..].starts_with(" | ") => {
            let parts: Vec<&str> = text.split(" | ").map(str::trim).collect();
            let place = parts[2..]
                .last()
                .filter(|p| !p.contains(|c: char| c.is_ascii_digit()))
                .map(|p| (*p).to_owned());
            (parts[0], parts[1].to_owned(), place)
        }
        Some((at, len)) => (&text[..at], text[at + len..].trim().to_owned(), None),
        None => {
            let parts: Vec<&str> = text.split(", ").map(str::trim).collect();
            match parts[..] {
                [first, second] => (first, second.to_owned(), None),
                [first, ref rest @ ..] if rest.len() >= 2 => {
                    let last = rest[rest.len() - 1];
                    if candidate::is_known_city(last) {
                        (
                            first,
                            rest[..rest.len() - 1].join(", "),
                            Some(last.to_owned()),
                        )
                    } else {
                        (first, rest[0].to_owned(), Some(rest[1..].join(", ")))
                    }
                }
                _ => (text, String::new(), None),
            }
        }
    };
    let first = first.trim().to_owned();
    let some = |s: String| (!s.is_empty()).then_some(s);
    // "Statistical consulting - Freelance": working for oneself, said in
    // the employer's place.
    let on_own = matches!(
        second.to_lowercase().as_str(),
        "freelance" | "self-employed" | "self employed" | "independent" | "indépendant"
    );
    let employer_first = is_employer(&first) && !is_position(&first)
        || is_position(&second) && !is_position(&first) && !on_own;
    if employer_first {
        (some(second), some(first), place)
    } else {
        (some(first), some(second), place)
    }
}

/// The lines of experience sections the resume keeps beside its work:
/// "Teaching Experience" where a "Professional Experience" lists the jobs
/// (the courses a candidate taught, each with its term, are no posts),
/// but for a school teacher's posts ("Student Teacher"). Where every experience heading is such a list, none is set aside; nor
/// where they are the parts of one list ("Experience" over "Research
/// experience", "Teaching experience", "Engineering experience").
fn lists_aside(text: &NormText, segments: &Segments) -> Vec<bool> {
    let mut aside = vec![false; text.lines.len()];
    // "Teaching", "Teaching Experience", "TEACHING POSITIONS" ("Teaching
    // Assistant" is a post's title, "Teaching Experience:" over a job's
    // bullets a label inside it).
    let beside = |h: usize| {
        let key = text.lines[h].text.trim().to_lowercase();
        if key.ends_with(':') {
            return false;
        }
        let mut words = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        words.next() == Some("teaching")
            && words.all(|w| {
                matches!(
                    w,
                    "experience" | "experiences" | "positions" | "appointments" | "history"
                )
            })
    };
    let experience: Vec<usize> = segments
        .headings
        .iter()
        .filter(|(_, s)| *s == Section::Experience)
        .map(|(h, _)| *h)
        .collect();
    let parts_of_one = experience.iter().any(|&h| {
        let next = (h + 1..text.lines.len()).find(|&k| !text.lines[k].text.trim().is_empty());
        next.is_some_and(|k| experience.contains(&k))
    });
    if parts_of_one || experience.iter().all(|&h| beside(h)) {
        return aside;
    }
    // "Teacher-of-Record, Passaic Public Schools", "Student Teacher,
    // Nottingham High School": a school teacher's posts are her work (a
    // university's "Teacher assistant", "Diploma Teacher" teach courses).
    let says = |lines: &[NormLine], words: &[&str]| {
        lines.iter().any(|l| {
            l.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| words.iter().any(|word| w.eq_ignore_ascii_case(word)))
        })
    };
    let teacher = |lines: &[NormLine]| {
        says(lines, &["teacher"])
            && says(lines, &["school", "schools"])
            && !says(lines, &["university", "college", "institute", "faculty"])
    };
    for (k, &(h, section)) in segments.headings.iter().enumerate() {
        if section != Section::Experience || !beside(h) {
            continue;
        }
        let end = segments
            .headings
            .get(k + 1)
            .map_or(text.lines.len(), |(next, _)| *next);
        if teacher(&text.lines[h + 1..end]) {
            continue;
        }
        for flag in &mut aside[h..end] {
            *flag = true;
        }
    }
    aside
}

/// An entry for time away from work: "Break", "Career break",
/// "Sabbatical", "Parental leave", "Travelling".
fn is_break(text: &str) -> bool {
    let key = text.trim().trim_end_matches(['.', ':']).to_lowercase();
    matches!(
        key.as_str(),
        "break"
            | "career break"
            | "sabbatical"
            | "gap year"
            | "parental leave"
            | "maternity leave"
            | "paternity leave"
            | "travelling"
            | "traveling"
            | "travel"
    )
}

/// A dated line (trimmed, as [`dates::find`] read it) with its range cut
/// out, two spaces where it was so the parts on each side stay apart; the
/// brackets the dates stood in go with them ("DebtBook (2022 - 2024)").
/// A header written as sentences after its dates ("2011 - 2014.
/// Statistics Advisor. Department of Zoology, University of Otago, New
/// Zealand."): each sentence is a field. A full stop after a word of four
/// letters or more ends one ("St. Louis" and "Inc." do not). None when the
/// dates do not open the line and end their own sentence.
/// The employer a sentence of how one was employed names: "Permanent
/// job in Bootlin, Toulouse." → "Bootlin", "Internship of 5 months in
/// Atelier Interuniversitaire…", "Permanent job in Airbus S.A.S on behalf
/// of Sogeti High Tech" → "Airbus S.A.S".
fn employed_in(sentence: &str) -> Option<String> {
    static EMPLOYED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:permanent|temporary|fixed[- ]term|full[- ]time|part[- ]time|freelance|seasonal|summer)\s+)?(?:job|position|post|contract|internship|apprenticeship|employment|mission)(?:\s+of\s+\d+\s+\p{L}+)?\s+(?:in|at|with)\s+(?-i:(?P<name>\p{Lu}.+))$")
            .expect("valid")
    });
    let name = EMPLOYED.captures(sentence)?.name("name")?.as_str();
    let name = name.split(" on behalf of ").next().unwrap_or(name);
    let name = name.split(", ").next().unwrap_or(name);
    let name = name.trim().trim_end_matches('.').trim();
    (!name.is_empty() && name.split_whitespace().count() <= 8).then(|| name.to_owned())
}

fn sentence_fields(line: &str, found: &dates::Found) -> Option<String> {
    static STOP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\p{Ll}{3}\p{L}|\))\.\s+(\p{Lu})").expect("valid"));
    let line = line.trim();
    let rest = line
        .get(found.end..)?
        .strip_prefix('.')
        .filter(|_| line[..found.start.min(line.len())].trim().is_empty())?;
    let rest = rest.trim().trim_end_matches('.');
    Some(STOP.replace_all(rest, "$1 | $2").into_owned())
}

fn without_dates(line: &str, found: &dates::Found) -> Option<String> {
    let line = line.trim();
    let (s, e) = (found.start.min(line.len()), found.end.min(line.len()));
    if !(line.is_char_boundary(s) && line.is_char_boundary(e) && s <= e) {
        return None;
    }
    let (mut before, mut after) = (without_date_intro(&line[..s]), &line[e..]);
    for (open, close) in [('(', ')'), ('[', ']')] {
        let (b, a) = (before.trim_end(), after.trim_start());
        if let (Some(b), Some(a)) = (b.strip_suffix(open), a.strip_prefix(close)) {
            (before, after) = (b, a);
        } else if let Some(b) = b.strip_suffix(open)
            && let Some(inside) = a.strip_prefix(',')
            && let Some((inside, rest)) = inside.split_once(close)
            && !inside.contains(open)
        {
            // "Google (2013-Present, Los Angeles)": what follows the dates
            // in their bracket (a city, often without its region, which
            // would read as a title) goes with them.
            (before, after) = (b, rest);
        }
    }
    before = without_date_intro(before);
    // "February 2015 - September 2015 (SME secondment from Austrade)": a
    // note in words after the dates says why, and names no field.
    if let Some(note) = after
        .trim()
        .strip_prefix('(')
        .and_then(|a| a.strip_suffix(')'))
        && !note.contains(['(', ')'])
        && lowercase_words(note) >= 2
    {
        after = "";
    }
    // "2008 (4 mois) : Stage – Ateme", "Jan 2020 - Oct 2020 (10 months)":
    // how long the job lasted, in brackets right after its dates, is the
    // dates' (and a colon after them too).
    static HOW_LONG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*\(\s*\d+(?:[.,]\d+)?\s*(?:mois|months?|mos?\.?|semaines|weeks?|ans?|années?|years?|yrs?\.?|monate?|jahre?|meses|años|mesi|anni)\s*\)\s*:?")
            .expect("valid")
    });
    if let Some(m) = HOW_LONG.find(after) {
        after = &after[m.end()..];
    }
    Some(format!("{before}  {after}"))
}

/// A dated line that names two things besides its dates and its place
/// ("CEO/President, Pied Piper, Palo Alto, CA, 2013-12 - 2014-12"): a
/// title and an employer.
fn names_title_and_employer(line: &str, found: &dates::Found) -> bool {
    let Some(mut rest) = without_dates(line, found) else {
        return false;
    };
    if let Some(place) = candidate::location_in(&rest) {
        rest = rest.replacen(&place, "  ", 1);
    }
    let parts = parts_with_joints(&rest);
    (0..parts.len())
        .filter(|&k| {
            let p = &parts[k].0;
            p.chars().any(char::is_alphabetic)
                && !candidate::is_place(p)
                && !town_after_organization(&parts, k)
        })
        .count()
        >= 2
}

/// "Sfeir, Lille": a known town after an organization and a comma is a
/// header's place, though no region follows it; not after a title
/// ("Analyst, Orange": the employer).
fn town_after_organization(parts: &[(String, Joint)], k: usize) -> bool {
    let (p, joint) = &parts[k];
    k > 0
        && *joint == Joint::Comma
        && candidate::is_known_city(p)
        && !is_position(p)
        && !is_employer(p)
        && !is_position(&parts[k - 1].0)
}

/// A dated line whose other text is one short part beside the dates, no
/// job's word and no employer's: where the job was, or how it was worked
/// ("12.2014 - present | Remote job").
fn where_beside(line: &str, found: &dates::Found) -> bool {
    let Some(rest) = without_dates(line, found) else {
        return false;
    };
    let bare = rest.trim().trim_matches(|c: char| !c.is_alphanumeric());
    if candidate::is_place(bare) {
        return true;
    }
    let parts: Vec<String> = parts(&rest)
        .into_iter()
        .filter(|p| p.chars().any(char::is_alphabetic))
        .collect();
    let [part] = parts.as_slice() else {
        return false;
    };
    part.split_whitespace().count() <= 3
        && (candidate::is_place(part) || !(is_position(part) || is_employer(part)))
}

/// A phrase in plain words, no list of names: two or more words in
/// lowercase (connectors aside) and no separator ("Awesome compression
/// company"; not "Millennium Entertainment - Los Angeles, CA").
fn in_words(line: &str) -> bool {
    lowercase_words(line) >= 2 && parts_with_joints(line.trim()).len() == 1
}

/// "Notable Projects: Spectra, Paralel LLC", "Tech Used: React, Node",
/// "Environment: Java, Oracle": a detail of the job its label names,
/// the projects or the tools, no part of its header.
fn labels_detail(line: &str) -> bool {
    const DETAILS: &[&str] = &[
        "project",
        "projects",
        "tech",
        "technologies",
        "technology",
        "tools",
        "stack",
        "environment",
        "skills",
        "keywords",
        "used",
        "projets",
        "outils",
        "environnement",
        "entorno",
        "umgebung",
        // "Subject:  Two-loop corrections to Bhabha scattering": what a
        // research job was about.
        "subject",
        "topic",
        "thesis",
    ];
    line.split_once(':').is_some_and(|(label, value)| {
        let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
        (1..=3).contains(&words.len())
            && !value.trim().is_empty()
            && label.trim_start().starts_with(char::is_uppercase)
            && words.iter().any(|w| DETAILS.contains(&w.as_str()))
    })
}

/// "Advisor: Jesse N. Weber", "Supervisor: Dr. Ann Lee": the person a
/// job's work was done under, named after the label of their role.
fn names_supervisor(line: &str) -> bool {
    const ROLES: &[&str] = &[
        "advisor",
        "advisors",
        "adviser",
        "advisers",
        "supervisor",
        "supervisors",
        "mentor",
        "mentors",
        "pi",
        "principal investigator",
        "reporting to",
        "reports to",
        "reported to",
    ];
    line.split_once(':').is_some_and(|(label, value)| {
        let value: Vec<&str> = value
            .split(|c: char| c.is_whitespace() || c == ',' || c == '&')
            .filter(|w| !w.is_empty() && *w != "and")
            .collect();
        ROLES.contains(&label.trim().to_lowercase().as_str())
            && (1..=8).contains(&value.len())
            && value.iter().all(|w| w.starts_with(char::is_uppercase))
    })
}

/// A line with nothing but its dates and how long they last ("April 2009
/// - April 2010 (1 year 1 month)").
fn dates_alone(line: &str, found: &dates::Found) -> bool {
    static BRACKETS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\([^()]*\)").expect("valid"));
    // ("July 2022 - currently pursuing (Distance education)": a word of
    // how the study stands is the dates'.)
    static STANDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:pursuing|ongoing|in progress|expected|anticipated)\b").expect("valid")
    });
    let Some(rest) = without_dates(line, found) else {
        return false;
    };
    !STANDING
        .replace_all(&BRACKETS.replace_all(&rest, ""), "")
        .chars()
        .any(char::is_alphanumeric)
}

/// A line that is a bullet's mark alone ("•").
fn mark_only(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().count() <= 2 && !t.chars().any(char::is_alphanumeric)
}

/// A sentence ending with its full stop ("Web application architecture
/// and implementation, leadership."), where "Global Payments Inc." is a
/// name.
fn described(line: &str) -> bool {
    // A Chinese sentence ends in its own full stop.
    if line.trim_end().ends_with('。') {
        return true;
    }
    // "Mahsan Co......": dots that lead to the margin (moderncv) end no
    // sentence.
    line.ends_with('.')
        && !line.ends_with("...")
        && !line.split_whitespace().last().is_some_and(|w| {
            is_company_suffix(w) || EMPLOYER_WORDS.contains(&w.to_lowercase().as_str())
        })
        && !names_then_place(line)
        && !all_names(line)
}

/// Whether a line names an organization in capitalized words, connectors
/// ("of", "and") and a French or Italian elided article ("d'Azur")
/// aside: "Center of Modeling, Simulation and Interactions, University
/// Côte d'Azur." names, its full stop no sentence's. ("Kubernetes and
/// Istio Service Mesh." names no employer.)
fn all_names(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words
            .iter()
            .any(|w| EMPLOYER_WORDS.contains(&w.to_lowercase().as_str()))
        && words.iter().all(|w| {
            let w = ["d'", "l'", "d’", "l’"]
                .iter()
                .find_map(|a| w.strip_prefix(a))
                .unwrap_or(w);
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || segment::is_connector(w)
        })
}

/// A line of names that ends in a place with its country ("Department
/// of Chemistry, Willamette University, Salem, OR, USA."): an employer's
/// line, its full stop no sentence's.
fn names_then_place(line: &str) -> bool {
    names_and_place(line).is_some()
}

/// The names and the place of a line `names_then_place` accepts.
fn names_and_place(line: &str) -> Option<(String, String)> {
    let groups: Vec<&str> = line
        .trim()
        .trim_end_matches('.')
        .split(',')
        .map(str::trim)
        .collect();
    let [ref names @ .., city, region, country] = groups[..] else {
        return None;
    };
    (!names.is_empty()
        && lowercase_words(line) == 0
        && names.iter().all(|n| n.starts_with(char::is_uppercase))
        && (candidate::is_country(country) || candidate::is_country_code(country))
        && candidate::is_place(&format!("{city}, {region}")))
    .then(|| (names.join(", "), format!("{city}, {region}, {country}")))
}

/// A line that says what was done ("Provided verbal and written feedback
/// for data analysis procedures"): four or more words in lowercase
/// (connectors aside), or two after a duty's verb ("Troubleshoot code and
/// configuration issues", "Execute LaserJet software tests"), and no
/// job's name; a header names things.
fn reads_as_statement(line: &str) -> bool {
    let lowercase = lowercase_words(line);
    let opens_with_duty = || {
        let first = line.split_whitespace().next().unwrap_or("");
        first.starts_with(char::is_uppercase) && vocab::duty_verb(first).is_some()
    };
    (lowercase >= 4 || (lowercase >= 2 && opens_with_duty()))
        && !is_position(line)
        && dates::find(line).is_none()
}

/// How many words of a line are in lowercase, connectors ("and", "of")
/// and web addresses ("(www.leta.ru)") aside.
fn lowercase_words(line: &str) -> usize {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && !segment::is_connector(w)
                && !w.starts_with("www.")
                && !w.contains("://")
        })
        .count()
}

/// A margin column of dates read row by row beside its entries, each
/// date's month alone over its year: "November  Harvard Medical School"
/// over "2024 - Present  Research Fellow" starts in November 2024, and
/// "May-  Brandeis University" over "October 2024  Postdoctoral
/// Associate" runs from May to October 2024. The month leaves the line
/// above, whose words are the entry's; the line below's dates take it.
/// Only where the line below opens with its dates, the line above has
/// none and goes on after the month.
fn month_over_year<'a>(
    lines: &[Line<'a>],
    line_dates: &mut [Option<dates::Found>],
) -> Vec<Line<'a>> {
    let mut out = lines.to_vec();
    for i in 1..lines.len() {
        let (above, line) = (&lines[i - 1], &lines[i]);
        let Some(mut found) = line_dates[i] else {
            continue;
        };
        if above.blank
            || above.bullet
            || line_dates[i - 1].is_some()
            || !line.text[..found.start].trim().is_empty()
        {
            continue;
        }
        let text = above.text.trim_start();
        let Some(word) = text.split_whitespace().next() else {
            continue;
        };
        let dashed = word.ends_with(['-', '–', '—']);
        let Some(month) = dates::month_word(word.trim_end_matches(['-', '–', '—'])) else {
            continue;
        };
        let rest = text[word.len()..].trim_start();
        // "November Harvard…": the entry's words go on, capitalized.
        if !rest.starts_with(char::is_uppercase) || rest.split_whitespace().count() < 2 {
            continue;
        }
        match found.to {
            // "May-" over "October 2024": the range's start.
            None if dashed && found.from.month.is_some_and(|m| m >= month) => {
                found.to = Some(dates::End::Date(found.from));
                found.from.month = Some(month);
            }
            // "November" over "2024 - Present": the start's month.
            Some(_) if !dashed && found.from.month.is_none() => found.from.month = Some(month),
            _ => continue,
        }
        line_dates[i] = Some(found);
        out[i - 1].text = rest;
    }
    out
}

/// Where a range's "present" ends when the word is on the next line of a
/// narrow date column ("2017 -" / "Present ...") or broken over two lines
/// ("Juin 17 - Au-" / "jourd'hui ..."): the end, in `line`, of the dash or
/// of the word's first half, after the date that ends at `date_end`.
fn present_split_over_lines(line: &str, date_end: usize, next: Option<&Line<'_>>) -> Option<usize> {
    let rest = &line[date_end..];
    let dash = rest.trim_start();
    let after_dash = dash.strip_prefix(['-', '–', '—'])?;
    let at = line.len() - after_dash.len();
    let second = next?.text.split_whitespace().next()?;
    let (half, end) = match after_dash.split_whitespace().next() {
        Some(fragment) if fragment.ends_with('-') => (
            &fragment[..fragment.len() - 1],
            at + after_dash.find(fragment).unwrap_or(0) + fragment.len(),
        ),
        // "April 2018-on" / "going": broken without a hyphen, the word's
        // first half ending the line.
        Some(fragment)
            if after_dash.trim() == fragment && fragment.chars().all(char::is_alphabetic) =>
        {
            (fragment, line.trim_end().len())
        }
        // A dash after the range's start, the line going on with the
        // header beside the column: the next line's first word alone.
        _ => ("", at),
    };
    dates::is_now(&format!("{half}{second}")).then_some(end)
}

/// A text with each stretch written twice over written once: a profile
/// page copied whole gives every text twice, for the eye and for a screen
/// reader ("Sr. EngineerSr. Engineer", "Orlando, FL Orlando, FL"). A
/// stretch is six characters or more and begins a word.
fn undoubled(text: &str) -> String {
    // A header is short; a longer line is left as it is (the search is
    // quadratic in the length).
    if text.len() > 400 {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let starts_word = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let mut skip = None;
        if starts_word {
            let rest = &text[i..];
            // The longest stretch first.
            let mut len = rest.len() / 2;
            while len >= 6 {
                if rest.is_char_boundary(len) {
                    let (a, b) = rest.split_at(len);
                    let b = b.strip_prefix(' ').unwrap_or(b);
                    if b.starts_with(a) && a.chars().any(char::is_alphabetic) {
                        skip = Some((len, rest.len() - b.len() + len));
                        break;
                    }
                }
                len -= 1;
            }
        }
        match skip {
            Some((keep, past)) => {
                out.push_str(&text[i..i + keep]);
                i += past;
            }
            None => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Reads employer, position and location from a job's header lines.
/// How a job was worked, as headers print it beside a place or an employer.
const WORK_MODES: &str = r"remote|hybrid|on-?site";
/// The hours a job took, as headers print them, never a name or a place.
/// ("Teilzeit 40%", "Vollzeit": German's, with the share of a week.)
const HOURS: &str =
    r"full[- ]time|part[- ]time|(?:teil|voll)zeit(?:\s+[0-9]{1,3}(?:\s*[-–]\s*[0-9]{1,3})?\s*%)?";
/// Kinds of employment that, alone, are no employer (in a title they stay:
/// "Analyst (Internship)").
/// So are a role's terms ("Permanent Role", "Contract Role").
const EMPLOYMENT_KINDS: &str = r"contract(?:ed)?|internship|seasonal|apprenticeship|(?:permanent|contract|temporary|fixed[- ]term)\s+(?:role|position|post)";

/// A header's text without how the job was worked in brackets:
/// "(Sheffield, England (Remote))" — no part of a name or a place.
/// Whether a dated line's words say only how the job was worked
/// ("January 2019 - August 2021; remote, part-time"), naming nothing.
fn how_only(rest: &str) -> bool {
    static HOW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:{WORK_MODES}|{HOURS}|{EMPLOYMENT_KINDS}|employed|freelance)$"
        ))
        .expect("valid")
    });
    let mut parts = rest
        .split([';', ',', '|', '(', ')', '·', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .peekable();
    parts.peek().is_some() && parts.all(|p| HOW.is_match(p))
}

/// A title without the hours the job took before it ("Vollzeit
/// Fachkraft technische Systemplanerin", "Part-time Cashier"): they say
/// how the job was worked, not what it was.
/// So without the professor a research post was under, after a comma
/// ("Postdoctoral Researcher, Prof. Robert Davis", "Graduate Research
/// Assistant, Profs. Robert J. Nemanich and Griff L. Bilbro").
/// So without the tools it was done with, joined by plus signs after a
/// comma ("Full-Stack Developer, python + typescript", "Frontend
/// Engineer, React/AngularJS + TypeScript").
fn without_hours(title: String) -> String {
    static STACK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r",\s+([^,]*\S \+ \S[^,]*)$").expect("valid"));
    let title = match STACK.captures(&title) {
        Some(c) if !is_position(&c[1]) => title[..c.get(0).map_or(0, |m| m.start())].to_owned(),
        _ => title,
    };
    static LEADING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{HOURS})\s+(\p{{L}}.*)$")).expect("valid"));
    static SUPERVISOR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r",\s+(?:Profs?\.|Professors?|Dr\.)\s+\p{Lu}").expect("valid"));
    let title = match SUPERVISOR.find(&title) {
        Some(m) if m.start() > 0 => title[..m.start()].to_owned(),
        _ => title,
    };
    match LEADING.captures(&title) {
        Some(c) => c[1].to_owned(),
        None => title,
    }
}

fn without_work_mode(line: &str) -> std::borrow::Cow<'_, str> {
    static WORKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)\s*[(\[](?:{WORK_MODES}|{HOURS})[)\]]")).expect("valid")
    });
    WORKED.replace_all(line, "")
}

/// A bracketed note of when a job changed, on a header line below its
/// dates: "- (Lead since 2019, Senior since 2017)".
static DATED_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s+[-–—|,])?\s*\([^()]*\b(?i:since)\s+[^()]*\b(?:19|20)\d\d\b[^()]*\)")
        .expect("valid")
});

/// Whether a line is a document's title or a page's number and nothing else:
/// "Resume", "Curriculum Vitae", "Page 1 of 2".
fn is_document_title(line: &str) -> bool {
    // "Page 1 of 2": a page's number, on its foot.
    static PAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^page\s+[0-9]+(?:\s*(?:of|/)\s*[0-9]+)?$").expect("valid")
    });
    let line = line.trim().trim_end_matches(':').to_lowercase();
    PAGE.is_match(&line)
        || matches!(
            line.as_str(),
            "resume"
                | "résumé"
                | "my resume"
                | "cv"
                | "curriculum vitae"
                | "curriculum vitæ"
                | "lebenslauf"
        )
}

/// A header line without the sentence run in after its names: "Software
/// Engineer, Speedscale. Developed Speedscale cloud service", "Software
/// Developer, Rackspace, Inc. Wrote Ansible playbooks". A sentence ends
/// at a word's period followed by a capital, where the rest has a word in
/// lowercase (a place after "Google Inc. Mountain View, CA" has none); an
/// initial ("J. P. Morgan"), a dotted abbreviation ("Ph.D.") or a short
/// one ("Sr.", "Dept.") ends none. A company's suffix keeps its period.
/// How many words a line has (a mark or a dash alone is none).
fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The words a header line names its job with: not a web address, nor a
/// sentence in the last of its fields ("2017 | Teacher in Physics | Lyceo
/// | Leiden | http://www.lyceo.nl | Giving instruction and additional
/// attention to students.", a CV class's fields joined by bars).
fn header_words(line: &str) -> usize {
    without_described_field(line)
        .split_whitespace()
        .filter(|w| {
            w.chars().any(char::is_alphanumeric)
                && !w.contains("://")
                && !w.to_lowercase().starts_with("www.")
        })
        .count()
}

/// A line of three or more fields joined by bars without its last when
/// that one describes the job in plain words ("… | Lyceo | Leiden |
/// Giving instruction and additional attention to students.").
fn without_described_field(line: &str) -> &str {
    match line.rsplit_once(" | ") {
        Some((fields, last))
            if fields.contains(" | ")
                && lowercase_words(last) >= 3
                && dates::find(last).is_none() =>
        {
            fields
        }
        _ => line,
    }
}

fn without_description(line: &str) -> &str {
    static END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\S+)\.\s+(\p{Lu})").expect("valid"));
    const SHORTENED: &[&str] = &[
        "dept", "univ", "assoc", "govt", "intl", "natl", "tech", "admin", "asst", "exec", "prof",
        "mgmt", "eng", "engr", "mgr", "dir", "rep", "sen", "coord", "spec", "ave", "blvd", "est",
        "approx", "etc", "vs", "min", "max", "dev", "jr", "sr", "st", "dr", "mr", "mrs", "ms",
        "mt", "no", "co",
    ];
    for c in END.captures_iter(line) {
        let (Some(word), Some(capital)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let bare = word.as_str().trim_start_matches(['(', '"', '“', '\'']);
        let letters = bare.trim_end_matches(')');
        let suffix = is_company_suffix(letters);
        let ends = suffix
            || bare.ends_with(')')
            || (letters.chars().count() >= 3
                && letters.chars().all(char::is_alphabetic)
                && !SHORTENED.contains(&letters.to_lowercase().as_str()));
        // (The capital may take more than a byte: "г. Самара".)
        let rest = &line[capital.start()..];
        if ends
            && word.start() > 0
            && rest.split_whitespace().count() >= 2
            && lowercase_words(rest) >= 1
            && dates::find(rest).is_none()
        {
            let cut = if suffix && !word.as_str().ends_with('.') {
                word.end() + 1
            } else {
                word.end()
            };
            return line[..cut].trim_end();
        }
    }
    line
}

/// A statement that is a role held and where: a title, " at ", the
/// employer's name ("Part-time translator at Pouyesh Magazine at Imam Ali
/// University"), short as a header is.
fn role_at(statement: &str) -> Option<(String, String)> {
    let statement = statement.trim();
    if statement.split_whitespace().count() > 20 {
        return None;
    }
    let (at, _) = statement.match_indices(" at ").next()?;
    let (title, employer) = (&statement[..at], statement[at + 4..].trim());
    (is_position(title)
        && title.split_whitespace().count() <= 12
        && employer.starts_with(char::is_uppercase))
    .then(|| (clean_part(title), trim_part(employer).to_owned()))
}

fn fill_header(
    job: &mut Work,
    lines: &[Line<'_>],
    header: &[usize],
    date_line: usize,
    found: &dates::Found,
) {
    let mut all: Vec<(String, Joint)> = Vec::new();
    // A part its label names ("Role: Weekend Sales Greeter", "Company:
    // Acme"): its place in `all`.
    let (mut labelled_title, mut labelled_employer) = (None, None);
    let mut texts: Vec<String> = header
        .iter()
        .map(|&h| {
            // The line as the job search read it (its dates were found
            // there): a field's label off.
            let raw = lines[h].text;
            if h == date_line
                && let Some(role) = dated_role(raw)
            {
                return role;
            }
            if h == date_line
                && let Some(rest) = without_dates(raw, found)
            {
                return sentence_fields(raw, found).unwrap_or(rest);
            }
            // "Position: First Mate - Tour Guide" under the employer's
            // line: the label, put back, marks the title that runs over
            // the dashes to the line's end (the line's parts read it).
            if lines[h].title_label
                && header.len() > 1
                && raw.contains(" - ")
                && !raw.contains([',', '|', '•', '·'])
            {
                return format!("Position: {raw}");
            }
            // "Present  Project Manager" under "September 2013- King Ace
            // Hardware": the end of the range, then the header's words.
            let raw = if h == date_line + 1 {
                after_range_end(raw).unwrap_or(raw)
            } else {
                raw
            };
            // "Lead Software Engineer - (Lead since 2019, Senior since
            // 2017)": a note in brackets of when the job changed is no
            // part of the title.
            DATED_NOTE.replace_all(raw.trim(), "").trim().to_owned()
        })
        .map(|t| undoubled(without_described_field(without_description(&t))))
        // "Stephen Wade Chevrolet Cadillac -Sales Representative": a dash
        // spaced on one side only between two names is a field's dash (a
        // link's label run in, "-Link", stays for the label's rule).
        .map(|t| {
            static HALF_SPACED: LazyLock<Regex> =
                LazyLock::new(|| Regex::new(r"(\S) [-–—](\p{Lu}\p{Ll}+)").expect("valid"));
            let t = HALF_SPACED.replace_all(&t, |c: &regex::Captures<'_>| {
                if matches!(&c[2], "Link" | "Website") {
                    c[0].to_owned()
                } else {
                    format!("{} - {}", &c[1], &c[2])
                }
            });
            // "Henderson State University- Arkadelphia AR": spaced on the
            // other side, before a place that ends the line ("Educator-
            // GATE CS-IT" keeps its dash).
            match t.rsplit_once("- ") {
                Some((name, place))
                    if name.ends_with(char::is_lowercase) && candidate::is_place(place.trim()) =>
                {
                    format!("{name} - {place}")
                }
                _ => t.into_owned(),
            }
        })
        // "Cornerstone Counseling Clinic (200 hours)- Nashville AR": how
        // many hours an internship took says nothing of the job, and the
        // dash after it sets the place apart.
        .map(|t| {
            static HOURS: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)\s*\(\s*[0-9][0-9,]*\+?\s*(?:hours|hrs)\s*\)(?:[-–—]\s)?")
                    .expect("valid")
            });
            HOURS
                .replace_all(&t, " - ")
                .trim_end_matches([' ', '-'])
                .to_owned()
        })
        // "Contino | London | (Retail Banking Client)": a remark in
        // brackets set apart after the line's fields (moderncv's grade
        // slot) is who the work was for, not the employer.
        .map(|t| {
            static REMARK: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(\S)(?:\s*\|\s*| {2,})\(([\p{L} &,.'’-]+)\)\s*$").expect("valid")
            });
            // A place in brackets is the job's ("(Kamloops, BC Canada)"),
            // and a name in brackets alone after the dates the employer's.
            match REMARK.captures(&t) {
                Some(c)
                    if !candidate::is_place(&c[2])
                        && candidate::location_in(&c[2]).is_none()
                        && c.get(1)
                            .is_some_and(|m| t[..m.end()].chars().any(char::is_alphabetic)) =>
                {
                    let at = c.get(1).map_or(t.len(), |m| m.end());
                    t[..at].to_owned()
                }
                _ => t,
            }
        })
        // "Hyperloop India: https://hyperloopindia.in/": the employer's
        // site after its name is no part of it.
        .map(|t| {
            static SITE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(\S)\s*[:\-–]?\s+(?:https?://|www\.)\S+\s*$").expect("valid")
            });
            SITE_AFTER.replace(&t, "$1").into_owned()
        })
        // "The Walt Disney Company logo": an image's text, pasted from a
        // profile page; the name is on the job's own line.
        .filter(|t| !t.trim_end().ends_with(" logo"))
        // "Resume": a page's title names no part of a job.
        .filter(|t| !is_document_title(t))
        // "EXPERIENCIA (10/2022-05/2023)": the dates of a section's only
        // job on its heading; the heading names no part of the job.
        // A job's word that names a section too ("Volunteer") is the
        // title of the job it stands over.
        .filter(|t| {
            let bare = t.replace(['(', ')', '[', ']'], " ");
            crate::vocab::named_heading(bare.trim()).is_none() || is_position(t.trim())
        })
        .collect();
    // A header wrapped at the margin is one line again: a bracket opened
    // and closed on the next line ("Indian Institute of Technology
    // (Mumbai," / "India)"), or "TITLE at Employer" ending where its
    // next line goes on to the place in brackets ("… International
    // Max-Planck" / "Research School (Münster, Germany)").
    let mut t = 0;
    while t + 1 < texts.len() {
        // Two columns, the employer's and the title's, set apart by a wide
        // space: a column's words that end in a joining word go on in the
        // same column of the next line ("The Retreat Assisted Living
        // Community  PCP (Personal Care Provider) and" / "Westminster, CO
        // QMAP (Qualified Medication Administration Person)").

        if let Some((left, right)) = columns_go_on(&texts[t], &texts[t + 1]) {
            texts[t] = left;
            if right.is_empty() {
                texts.remove(t + 1);
            } else {
                texts[t + 1] = right;
            }
            t += 1;
            continue;
        }
        let (a, b) = (texts[t].trim_end(), texts[t + 1].trim_start());
        let open = a.matches('(').count() > a.matches(')').count() || a.ends_with(['/', '&']);
        // "Moxie Pest Control, Norcross, Georgia - Sales" / "Representative":
        // a title wrapped after its first words, the word below a job's
        // that completes them.
        // The title is the part after the line's last spaced dash, and the
        // word below is a job's word alone.
        let tail = a.rsplit_once(" - ").map_or("", |(_, t)| t.trim());
        let title_wrapped = !b.contains(char::is_whitespace)
            && b.chars().all(char::is_alphabetic)
            && !tail.is_empty()
            && !tail.contains([',', '|', '•'])
            && tail.split_whitespace().count() <= 3
            && !is_position(tail)
            && !candidate::is_place(tail)
            && is_position(b);
        let goes_on = a.contains(" at ")
            && !a.ends_with(|c: char| ",.;:)".contains(c))
            && b.starts_with(char::is_uppercase)
            && b.split(" (")
                .next()
                .is_some_and(|w| w.split_whitespace().count() <= 4)
            && b.contains(" (");
        // "Tata Consultancy Services Pvt." / "Ltd.": a legal form alone,
        // wrapped after the name it ends.
        let form_wrapped = !b.contains(char::is_whitespace)
            && is_legal_form(b)
            && !is_legal_form(a)
            && a.split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_position(w));
        // "… - ORAU Senior Researcher, Sensors and" over "Electron Devices
        // Directorate (August 2011 - February 2016)": a header that ends
        // in a joining word goes on in the next line's words.
        let joined = ends_in_joining_word(a)
            && !ends_in_joining_word(b)
            && b.starts_with(char::is_uppercase)
            && (1..=6).contains(&word_count(b))
            && !b.contains([',', '|', '•', '·']);
        if open || goes_on || title_wrapped || form_wrapped || joined {
            texts[t] = format!("{a} {b}");
            texts.remove(t + 1);
        } else {
            t += 1;
        }
    }
    // "North Central Texas College, Flower Mound, TX, USA" over "Computer,
    // Math & Science Tutor - June 2022 to May 2024": under a line of the
    // employer's names and its place, the dated line's words are the
    // title whole, its commas and semicolons in it ("Web Developer;
    // AP/AR/Payroll; Closet Installer").
    if let [upper, title] = &texts[..]
        && header.last() == Some(&date_line)
        && let Some((names, place)) = names_and_place(upper)
        && !is_position(&names)
        && lowercase_words(title) == 0
        && (1..=10).contains(&title.split_whitespace().count())
        && !title.contains(['|', '•', '·', '@'])
        && !title.contains(" - ")
        && !title.contains(" at ")
    {
        job.name = Some(names);
        job.position = Some(clean_part(title));
        job.location.get_or_insert(place);
        job.title_first = Some(false);
        return;
    }
    let named = texts
        .iter()
        .filter(|t| t.chars().any(char::is_alphabetic) && !candidate::is_place(t.trim()))
        .count();
    // The same, a remark in brackets on a line of its own aside
    // ("(Contract via Future State Consulting)").
    let remarked = texts
        .iter()
        .filter(|t| {
            let t = t.trim();
            t.starts_with('(') && t.ends_with(')') && t.matches('(').count() == 1
        })
        .count();
    // Whether a line names both the title and the employer ("Senior Engine
    // Programmer — Brink Gaming"), and whether it names a title at all.
    let (both_named, titled): (Vec<bool>, Vec<bool>) = texts
        .iter()
        .map(|t| {
            let parts = parts_with_joints(t);
            let titled = parts.iter().any(|(p, _)| is_position(p));
            (parts.len() >= 2 && titled, titled)
        })
        .unzip();
    // "Postdoctoral Fellow, Palmer Laboratory" over "Department of
    // Biochemistry, University of Colorado, Boulder, CO, USA.": under a
    // line that starts with the title, a line of names ending in its
    // place names the employer, whatever the title's line adds.
    let mut org_parts = None;
    for (n, line) in texts.into_iter().enumerate() {
        if n > 0
            && org_parts.is_none()
            && let Some((names, place)) = names_and_place(&line)
            && !is_position(&names)
        {
            job.location.get_or_insert(place);
            org_parts = Some(all.len());
            all.push((names, Joint::Other));
            continue;
        }
        // A place on the line is its location, taken out first: "Mountain
        // View, CA" would split at its comma; so is one in parentheses at
        // the end ("(San Francisco, Ca.)").
        static PLACE_IN_PARENS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\s*\(([A-Z][^()]{1,40}, ?[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)\s?\)[\s.,;]*$")
                .expect("valid")
        });
        // "Zenika Lyon (FR)", "SAVE Diffusion - Saint-Etienne (France)":
        // a city with its country in brackets at the end.
        static CITY_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\s*(?:[-–—]\s*)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) \(([A-Z]{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)\s*$").expect("valid")
        });
        // "Software Engineer, Zaaga, CDMX, MX", "Tech Lead, Unosquare,
        // Remote OR, US": a region's or city's code and a country's right
        // after the title and the employer are the place ("Product
        // Manager, Google, Mountain View, CA, USA" names its city).
        static CODED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r",\s*((?:Remote\s+)?\p{Lu}{2,4}),\s*(\p{Lu}{2,3})[^\p{L}\p{N}]*$")
                .expect("valid")
        });
        let mut line = without_work_mode(&line).into_owned();
        // "Research Assistant for CID/CME based in Mexico city.": where
        // the job was, said in words after the employer.
        static BASED_IN: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?:,\s*|\s+)based in(?: (\p{Lu}[\p{L}'’.-]*(?:,? [\p{L}'’.-]+){0,3}))?[.\s]*$",
            )
            .expect("valid")
        });
        if let Some(caps) = BASED_IN.captures(&line.clone())
            && let Some(whole) = caps.get(0)
            && whole.start() > 0
        {
            if let Some(place) = caps.get(1) {
                job.location
                    .get_or_insert_with(|| place.as_str().trim_end_matches('.').to_owned());
            }
            line.truncate(whole.start());
        }
        if job.location.is_none()
            && let Some(caps) = CODED_PLACE.captures(&line.clone())
            && (candidate::is_country_code(&caps[2]) || candidate::is_country(&caps[2]))
            && let Some(whole) = caps.get(0)
            && line[..whole.start()].matches(',').count() == 1
        {
            job.location = Some(format!("{}, {}", &caps[1], &caps[2]));
            line.truncate(whole.start());
        }
        // "GE Oil and Gas Controls Ltd. (UK)", "Container Works (New
        // Zealand)": a country in brackets after an organization's name
        // is where the job was; the name keeps all its words.
        static NAME_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(.*\S)\s*\(([A-Z]{2,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)\s*$")
                .expect("valid")
        });
        if job.location.is_none()
            && let Some(caps) = NAME_COUNTRY.captures(&line.clone())
            && (candidate::is_country(&caps[2]) || candidate::is_country_code(&caps[2]))
            && parts(&caps[1]).len() == 1
            && is_employer(&caps[1])
            && !is_position(&caps[1])
        {
            job.location = Some(caps[2].to_owned());
            line.truncate(caps.get(1).map_or(0, |m| m.end()));
        }
        if let Some(caps) = PLACE_IN_PARENS.captures(&line.clone()) {
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            if job.location.is_none() {
                job.location = Some(caps[1].trim_end_matches('.').to_owned());
            }
            line.replace_range(whole, "  ");
        } else if let Some(caps) = CITY_COUNTRY.captures(&line.clone())
            && (caps[2].len() == 2 || candidate::is_country(&caps[2]))
            && !is_position(&caps[1])
        {
            let city = candidate::city_of(caps.get(1).map_or("", |m| m.as_str()));
            let at = caps.get(1).map_or(0, |m| m.end()) - city.len();
            if job.location.is_none() {
                job.location = Some(format!("{city} ({})", &caps[2]));
            }
            // What the city's words ran into stays: "Zenika" of "Zenika Lyon".
            line.replace_range(at.., "  ");
        }
        // "Seoul, S.Korea & LA, U.S.A": a line of two places is one place;
        // so is a line of a city, its region and its country beside a line
        // that names the title and the employer ("Senior Engine Programmer
        // — Brink Gaming" / "Solna, Stockholm County, Sweden").
        let spelled_out = both_named
            .iter()
            .enumerate()
            .any(|(m, both)| *both && m != n)
            && line.split(',').count() >= 3
            && !line.contains("  ")
            && line.split(',').all(|g| !is_employer(g.trim()))
            && line
                .rsplit(',')
                .next()
                .is_some_and(|c| candidate::is_country(c.trim()));
        if job.location.is_none()
            && (line.contains(" & ") || spelled_out)
            && candidate::is_place(line.trim())
        {
            job.location = Some(line.trim().to_owned());
            line.clear();
        }
        if job.location.is_none()
            && let Some(place) = candidate::location_in_any_case(&line)
        {
            // "Local Council of Martigues, France", "Damofli Fruits &
            // Legumes, France": a name that runs on into the city's word
            // keeps it; the place is what follows the comma.
            let before = line[..line.find(&place).unwrap_or(0)].trim_end();
            let joined = before.rsplit(' ').next().is_some_and(|w| {
                ["of", "and", "&", "for", "the", "de", "du", "des"]
                    .contains(&w.to_lowercase().as_str())
            });
            match place.split_once(", ") {
                Some((city, region)) if joined && !city.contains(' ') => {
                    line = line.replacen(&place, &format!("{city}  "), 1);
                    job.location = Some(region.to_owned());
                }
                _ => {
                    // "Cornerstone Research (Boston, MA)": the place's
                    // brackets go with it.
                    let bracketed = format!("({place})");
                    let cut = if line.contains(&bracketed) {
                        bracketed
                    } else {
                        place.clone()
                    };
                    line = line.replacen(&cut, "  ", 1);
                    job.location = Some(place);
                }
            }
        }
        // "ShopBack, VN": a country's code alone after the employer's
        // comma is where the job was (a state's code is a city's region,
        // read below).
        static COUNTRY_CODE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\S,\s*(\p{Lu}{2})[^\p{L}\p{N}]*$").expect("valid"));
        if job.location.is_none()
            && let Some(caps) = COUNTRY_CODE.captures(&line.clone())
            && candidate::is_country_code(&caps[1])
            && !candidate::is_region_code(&caps[1])
            && let Some(whole) = caps.get(0)
            && parts(&line[..=whole.start()]).len() == 1
            && !candidate::is_place(line.trim())
        {
            job.location = Some(caps[1].to_owned());
            line.truncate(whole.start() + 1);
        }
        // "Technology Director, CSM at GSW": the title, then the employer,
        // unless another line names the employer ("Game Developer Intern
        // at Global Internship Program" above "NEXON"), or a field's bar
        // comes before the "at" ("Legal Intern | David Kallus, Attorney at
        // Law": the "at" is the employer's own).
        // Nor when a later field names the employer ("Graduate intern at
        // the department of Sediment transport | Deltares").
        // ("Jahrespraktikum bei Procter & Gamble": German's "at".)
        if named == 1
            && let Some((title, employer)) = [" at ", " bei ", " beim "]
                .iter()
                .find_map(|at| line.split_once(at))
            && !title.contains(" | ")
            && !unit_at_school(title, employer)
            && !employer.split(" | ").skip(1).any(|f| {
                let f = f.trim();
                f.chars().any(char::is_alphabetic) && !candidate::is_place(f) && !how_only(f)
            })
            && (is_position(title) || title_case(title))
            && job.position.is_none()
        {
            // "Internship at Cornerstone Counseling Clinic - Nashville AR":
            // a place after the employer's dash.
            // So is a town after its comma, how the job was worked in
            // brackets aside ("bei Schindler Management AG, Ebikon
            // (Teilzeit 40%)").
            let employer = without_work_mode(employer);
            let town = |place: &str| {
                let place = place.trim();
                candidate::is_place(place)
                    || !place.contains(' ')
                        && title_cased(place)
                        && !is_legal_form(place)
                        && !is_employer(place)
            };
            let employer = match employer.rsplit_once(" - ") {
                Some((name, place)) if candidate::is_place(place.trim()) => {
                    job.location.get_or_insert(place.trim().to_owned());
                    name
                }
                _ => match employer.rsplit_once(", ") {
                    Some((name, place)) if town(place) => {
                        job.location.get_or_insert(place.trim().to_owned());
                        name
                    }
                    _ => &employer,
                },
            };
            job.position = Some(clean_part(title));
            job.name = Some(clean_part(employer));
            job.title_first = Some(true);
            continue;
        }
        // "Senior Software Engineer for Nike": a job's title, then the
        // employer's name alone after "for".
        if named - remarked == 1
            && job.position.is_none()
            && let Some((title, employer)) = line.split_once(" for ")
            && is_position(title)
            // "Adjunct Instructor, English for Academic Purposes": what
            // was taught, after the title's comma, goes on past "for"; so
            // does the name after a field's bar ("Intern | North Carolina
            // Association for Public Charter Schools").
            && !title.contains(", ")
            && !title.contains(['|', '•', '·', ';', '\t'])
            // "Freelance Translator working for Theelingo": a phrase.
            && title
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            // "Research Fellow for the Integration and Trade Department":
            // an organization's name may join its words by "and" or "of".
            && let employer = employer.strip_prefix("the ").unwrap_or(employer)
            && (title_case(&clean_part(employer))
                || is_employer(employer)
                    && employer.split_whitespace().count() <= 6
                    && employer.split_whitespace().all(|w| {
                        w.starts_with(char::is_uppercase) || ["and", "of", "&"].contains(&w)
                    }))
        {
            job.position = Some(clean_part(title));
            job.name = Some(clean_part(employer));
            job.title_first = Some(true);
            continue;
        }
        // "Unacademy Remote", "Advancedware Technologies Pvt Ltd. -Link
        // Remote": how the job was worked and a link's label, run into
        // the employer.
        static RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?:\s+-?(?:Link|Website))?\s+(?i:{WORK_MODES})\s*$|\s+-(?:Link|Website)\b"
            ))
            .expect("valid")
        });
        let line = RUN_IN.replace_all(&line, "  ").into_owned();
        // "3 yrs 6 mos": how long the job lasted, as a profile page says;
        // "4.5 years experience".
        static DURATION: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)^(?:[0-9]+(?:\.[0-9]+)?\+?\s*(?:yrs?|years?|mos?|months?)\s*){1,2}(?:of\s+)?(?:experience)?$",
            )
            .expect("valid")
        });
        static NO_EMPLOYER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"(?i)^(?:{WORK_MODES}|{HOURS}|{EMPLOYMENT_KINDS}|present|current):?$"
            ))
            .expect("valid")
        });
        // "M1 Support Services - 57TH MAINTENANCE GROUP, Nellis Air Force
        // Base, Nevada" over the title's line: on the employer's own line,
        // what a dash adds is a unit of it, not the employer.
        let mut found_parts = parts_with_joints(&line);
        if let Some(a) = (1..found_parts.len()).find(|&a| {
            found_parts[a].1 == Joint::Dash
                && initials_spelled_out(&format!("{} - {}", found_parts[a - 1].0, found_parts[a].0))
        }) {
            let (long, _) = found_parts.remove(a);
            found_parts[a - 1].0 = format!("{} - {long}", found_parts[a - 1].0);
        }
        // "Position: First Mate - Tour Guide" under the employer's line:
        // a title its label names runs to the line's end over dashes.
        if header.len() > 1
            && found_parts.len() > 1
            && found_parts[1..].iter().all(|(_, j)| *j == Joint::Dash)
            && found_parts[0]
                .0
                .split_once(": ")
                .is_some_and(|(label, _)| labelled_field(label) == Some(true))
        {
            let whole: Vec<String> = found_parts.drain(..).map(|(p, _)| p).collect();
            found_parts.push((whole.join(" - "), Joint::Other));
        }
        let unit_after_dash = !titled[n]
            && titled.iter().enumerate().any(|(m, t)| *t && m != n)
            && found_parts.get(1).is_some_and(|(_, j)| *j == Joint::Dash);
        // "Future Connections, Málaga - Spain": a town's name before a dash
        // and its country is the place, though the town is not known.
        let town = (1..found_parts.len().saturating_sub(1)).find(|&k| {
            let (p, (country, joint)) = (&found_parts[k].0, &found_parts[k + 1]);
            *joint == Joint::Dash
                && k + 2 == found_parts.len()
                && candidate::is_country(country)
                && p.split_whitespace().count() <= 3
                && p.split_whitespace().all(title_cased)
                && !is_position(p)
                && !is_employer(p)
        });
        if let Some(k) = town {
            let country = found_parts.remove(k + 1).0;
            let town = found_parts.remove(k).0;
            job.location.get_or_insert(format!("{town} - {country}"));
        }
        let towns: Vec<bool> = (0..found_parts.len())
            .map(|k| town_after_organization(&found_parts, k))
            .collect();
        for (k, (p, joint)) in found_parts.into_iter().enumerate() {
            if unit_after_dash && k > 0 && !candidate::is_place(&p) {
                continue;
            }
            // Leftovers of the dates ("(2 years)", "3 mos"), lone words such
            // as "Remote" and the kind of employment ("Full-time") are no
            // employer.
            // "Freelancer, specializing in Python and Django": a remark
            // opened by a verb's form in lowercase names nothing either.
            let remark = p.split_once(' ').is_some_and(|(first, _)| {
                first.chars().all(|c| c.is_ascii_lowercase())
                    && (first.ends_with("ing") || first.ends_with("ed"))
            });
            if !p.chars().any(char::is_alphabetic)
                || DURATION.is_match(&p)
                || NO_EMPLOYER.is_match(&p)
                || remark
            {
                continue;
            }
            // A part that is a place alone ("Singapore", "Boston MA").
            if candidate::is_place(&p) || towns[k] {
                job.location.get_or_insert(p);
                continue;
            }
            if let Some((label, value)) = p.split_once(": ")
                && !value.trim().is_empty()
                && let Some(title) = labelled_field(label)
            {
                let slot = if title {
                    &mut labelled_title
                } else {
                    &mut labelled_employer
                };
                *slot = Some(all.len());
                all.push((value.trim().to_owned(), joint));
                continue;
            }
            all.push((p, joint));
        }
    }
    if job.position.is_some() {
        return;
    }
    if labelled_title.is_some() || labelled_employer.is_some() {
        let other = |taken: Option<usize>| {
            (0..all.len()).find(|&i| Some(i) != taken && !candidate::is_place(&all[i].0))
        };
        let position = labelled_title.or_else(|| other(labelled_employer));
        let employer = labelled_employer.or_else(|| other(position));
        return set_parts(job, &all, employer, position);
    }
    if let Some(o) = org_parts
        && o > 0
        && o + 1 == all.len()
        && is_position(&all[0].0)
    {
        let mut title = all[0].0.clone();
        for (p, joint) in &all[1..o] {
            title.push_str(match joint {
                Joint::Comma => ", ",
                Joint::Dash => " - ",
                Joint::Colon => ": ",
                Joint::Other => " ",
            });
            title.push_str(p);
        }
        let employer = all[o].0.clone();
        return set_parts(
            job,
            &[(title, Joint::Other), (employer, Joint::Other)],
            Some(1),
            Some(0),
        );
    }
    // An organization's initials and the name they abbreviate are its
    // name, whatever job's word the name holds; the title is another part.
    // What commas add to the title is the title's ("Manager, Research &
    // Policy").
    if let Some(mut a) = all.iter().position(|(p, _)| initials_spelled_out(p)) {
        let position = (0..all.len()).find(|&p| p != a && is_position(&all[p].0));
        while let Some(p) = position
            && p + 1 != a
            && let Some((next, Joint::Comma)) = all.get(p + 1)
        {
            let joined = format!("{}, {next}", all[p].0);
            all[p].0 = joined;
            all.remove(p + 1);
            a -= usize::from(a > p);
        }
        return set_parts(job, &all, Some(a), position);
    }
    // "Cloud, Kubernetes Engineer & Go Developer - IBM": a title that has
    // a comma of its own, ending in a job's word, then a dash and the
    // employer alone.
    if let [first, commas @ .., last, (employer, Joint::Dash)] = all.as_slice()
        && !commas.is_empty() | (last.1 == Joint::Comma)
        && commas.iter().chain([last]).all(|(_, j)| *j == Joint::Comma)
        && first.1 == Joint::Other
        && is_position(&last.0)
        && !is_position(employer)
        && !candidate::is_place(employer)
    {
        let title: Vec<&str> = std::iter::once(first)
            .chain(commas)
            .chain([last])
            .map(|(p, _)| p.as_str())
            .collect();
        job.dashed = Some((title.join(", "), employer.clone()));
    }
    // "Développement logiciel Backend chez Enedis; Zenika": work done at a
    // client's ("chez", "pour"), then the employer; alone, the part is
    // "title at employer".
    let client = all
        .iter()
        .position(|(p, _)| p.contains(" chez ") || p.contains(" pour "));
    if let Some(c) = client {
        let (title, at) = all[c]
            .0
            .split_once(" chez ")
            .or_else(|| all[c].0.split_once(" pour "))
            .map(|(t, a)| (t.trim().to_owned(), a.trim().to_owned()))
            .expect("the part holds it");
        all[c].0 = title;
        if all.len() == 1 {
            all.push((at, Joint::Other));
        }
        let employer = (0..all.len()).find(|&i| i != c);
        return set_parts(job, &all, employer, Some(c));
    }
    // "Software Developer - Freelance": working on one's own is the
    // employer's place in the form.
    static ON_OWN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:freelance|self[- ]employed|independent)$").expect("valid")
    });
    if let Some(e) = all.iter().position(|(p, _)| ON_OWN.is_match(p))
        && let Some(p) = all
            .iter()
            .position(|(q, _)| is_position(q) && !ON_OWN.is_match(q))
    {
        return set_parts(job, &all, Some(e), Some(p));
    }
    // A job's word and no organization's first; else a job's word beside
    // an organization's ("Solutions Manager (Internship)" beside "REAL
    // TIME SYSTEMS Pvt Ltd").
    // "Lockheed Martin (Contractor)": the kind of work in brackets after
    // a name names no job; the words before the bracket decide.
    let titled = |p: &str| is_position(without_bracket(p));
    let mut position = all
        .iter()
        .position(|(p, _)| titled(p) && !is_employer(p))
        .or_else(|| {
            all.iter()
                .position(|(p, _)| is_position(p) && !is_employer(p))
        })
        .or_else(|| {
            let named = all.iter().filter(|(p, _)| is_employer(p)).count();
            (named > 1)
                .then(|| {
                    all.iter().position(|(p, _)| {
                        is_position(p) && !p.split_whitespace().any(is_company_suffix)
                    })
                })
                .flatten()
        });
    // What a dash adds to the title on its line ("Director - IT
    // Operations"), when another part may be the employer.
    let dashed = |i: usize| {
        position.is_some_and(|p| i == p + 1) && all[i].1 == Joint::Dash && !is_employer(&all[i].0)
    };
    // An organization's word wins ("Northwind Health Medical Center"), then
    // the first part that names no job and does not go on the title.
    let mut employer = all
        .iter()
        .enumerate()
        .position(|(i, (p, _))| Some(i) != position && is_employer(p))
        .or_else(|| {
            let others = |dash_too: bool| {
                all.iter().enumerate().position(|(i, (p, _))| {
                    Some(i) != position && !titled(p) && (dash_too || !dashed(i))
                })
            };
            others(false).or_else(|| others(true))
        });
    // "City of Seattle, Department of Transportation", "R.O.K Cyber
    // Command, MND": an organization's unit or its initials after a comma
    // are the employer's name.
    // "Department of Zoology, University of Otago": a unit before its
    // university is the university's; the university employs.
    let unit = |p: &str| {
        p.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "Department"
                    | "Dept"
                    | "Faculty"
                    | "Centre"
                    | "Center"
                    | "Division"
                    | "Lab"
                    | "Laboratory"
                    | "Laboratories"
            )
        }) || p.contains("School of")
    };
    if let Some(e) = employer
        && let Some((next, Joint::Comma)) = all.get(e + 1)
        && Some(e + 1) != position
        && unit(&all[e].0)
        && !unit(next)
        && SCHOOL.is_match(next)
    {
        all.remove(e);
        position = position.map(|p| if p > e { p - 1 } else { p });
    } else if let Some(e) = employer
        && let Some((next, Joint::Comma)) = all.get(e + 1)
        && Some(e + 1) != position
        && !is_position(next)
        && (is_employer(next) || is_initials(next))
    {
        let joined = format!("{}, {next}", all[e].0);
        all[e].0 = joined;
        all.remove(e + 1);
        position = position.map(|p| if p > e + 1 { p - 1 } else { p });
        employer = Some(e);
    }
    // "Analyst, Software Engineering": a field of work after the title's
    // comma is the title's, whether or not another part names the
    // employer.
    if let Some(p) = position
        && let Some((next, Joint::Comma)) = all.get(p + 1)
        && Some(p + 1) == employer
        && is_field_of_work(next)
    {
        let joined = format!("{}, {next}", all[p].0);
        all[p].0 = joined;
        all.remove(p + 1);
        let employer = all
            .iter()
            .enumerate()
            .position(|(i, (part, _))| i != p && !is_position(part));
        return set_parts(job, &all, employer, Some(p));
    }
    // "Registered Nurse, Telemetry Unit", "Director of IT - Hybrid Cloud",
    // "Developer, Frontend Architect, Consultant - Personio": what commas
    // or a dash add to the title, up to the employer.
    while let Some(p) = position
        && let Some((next, joint @ (Joint::Comma | Joint::Dash))) = all.get(p + 1)
        && Some(p + 1) != employer
        && employer.is_some()
    {
        // "Front-end/Designer - HTML, Sass, JavaScript, Python": a list
        // after the dash to the end, three short items or more, names
        // the tools, no part of the title.
        let rest = &all[p + 1..];
        if *joint == Joint::Dash
            && rest.len() >= 3
            && rest[1..].iter().all(|(_, j)| *j == Joint::Comma)
            && rest.iter().all(|(q, _)| q.split_whitespace().count() <= 3)
            && employer.is_some_and(|e| e <= p)
        {
            break;
        }
        // "Associate Professor, Faculty of Medicine, Memorial University":
        // a faculty, a department or a laboratory between them is the
        // employer's part, no title's. (After a dash it opens the
        // employer's name: "… Storage - Dept. of Industrial Engineering,
        // UniPD".)
        if *joint != Joint::Comma || !FACULTY.is_match(next) {
            let joiner = if *joint == Joint::Comma { ", " } else { " - " };
            let joined = format!("{}{joiner}{next}", all[p].0);
            all[p].0 = joined;
        }
        all.remove(p + 1);
        employer = employer.map(|e| if e > p + 1 { e - 1 } else { e });
    }
    set_parts(job, &all, employer, position);
}

/// Periods after a range on its line, set apart by a comma or "and"
/// ("Jan 2019 - Aug 2019, May 2020 - Aug 2020"): one range, from the
/// first's start to the last's end.
/// Two lines of two columns each, set apart by a wide space, where a
/// column of the first ends in a joining word ("…, Language, and",
/// "Director of Business Development at"): the first line with that
/// column whole, and what is left of the second.
fn columns_go_on(a: &str, b: &str) -> Option<(String, String)> {
    let columns = |s: &str| {
        let s = s.trim();
        s.split_once("  ")
            .map(|(l, r)| (l.trim().to_owned(), r.trim().to_owned()))
            .filter(|(l, r)| !l.is_empty() && !r.is_empty())
    };
    let joins = |s: &str| s.ends_with(',') || ends_in_joining_word(s);
    let (al, ar) = columns(a)?;
    let (bl, br) = columns(b).unwrap_or_else(|| (b.trim().to_owned(), String::new()));
    // (Each column a few words: a sentence's wide spaces are no columns.)
    if [&al, &ar, &bl, &br].iter().any(|c| word_count(c) > 10) {
        return None;
    }
    if joins(&ar) && !br.is_empty() && !joins(&al) {
        Some((format!("{al}  {ar} {br}"), bl))
    } else if joins(&al) && !joins(&ar) {
        Some((format!("{al} {bl}  {ar}"), br))
    } else {
        None
    }
}

/// A line that ends in a word that joins it to the next ("Senior
/// Researcher, Sensors and" / "Electron Devices Directorate"): a name
/// wrapped at the margin.
fn ends_in_joining_word(s: &str) -> bool {
    s.trim_end().rsplit(' ').next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "and" | "of" | "&" | "for" | "with" | "in" | "to" | "the"
        )
    })
}

fn join_periods(line: &str, found: &mut dates::Found) {
    // "August 2002; August 2003": two stints of a month each, from the
    // first to the last.
    while found.to.is_none()
        && found.from.month.is_some()
        && let Some(rest) = line.get(found.end..)
        && let Some(gap) = [" & ", " and ", "; "]
            .iter()
            .find(|g| rest.starts_with(**g))
        && let Some(next) = dates::find(&rest[gap.len()..]).filter(|f| {
            f.start == 0 && f.to.is_none() && f.from.month.is_some() && f.from > found.from
        })
    {
        found.to = Some(End::Date(next.from));
        found.end += gap.len() + next.end;
    }
    while found.to.is_some()
        && let Some(rest) = line.get(found.end..)
        && let Some(gap) = [", ", " & ", " and ", "; "]
            .iter()
            .find(|g| rest.starts_with(**g))
        && let Some(next) = dates::find(&rest[gap.len()..])
            .filter(|f| f.start == 0 && f.to.is_some() && f.from >= found.from)
    {
        found.to = next.to;
        found.end += gap.len() + next.end;
    }
}

/// "TNTP - The New Teacher Project", "ConnCAN - The Connecticut Coalition
/// for Achievement Now": an organization's initials, a dash and the name
/// they abbreviate.
fn initials_spelled_out(part: &str) -> bool {
    let Some((short, long)) = part.split_once(" - ") else {
        return false;
    };
    let capitals: String = short.chars().filter(char::is_ascii_uppercase).collect();
    short.chars().all(char::is_alphanumeric)
        && short.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && abbreviates(&capitals, long)
}

/// "• 2015-current: Research Assistant under Dr. Teo in condensed
/// matter theory…", "• 2013-current Teaching Assistant for University
/// of Virginia": an academic CV's bullet that opens with its dates and
/// names the role, then where or under whom it was. Returns the role and
/// the organization after "for" or "at" as a header's fields ("Teaching
/// Assistant  University of Virginia"), or the role alone.
fn dated_role(line: &str) -> Option<String> {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:\p{Lu}[\w&/'’-]*\s+){0,4}\p{Lu}[\w&/'’-]*)(?:\s+(under|for|at|in|with|on)\s+(.*))?$")
            .expect("valid")
    });
    let body = bullet_body(line.trim())?.trim();
    if let Some(role) = role_then_dates(body) {
        return Some(role);
    }
    let found = dates::find(body).filter(|f| f.start == 0)?;
    let rest = body[found.end..]
        .trim_start()
        .trim_start_matches([':', '-', '–', '—'])
        .trim();
    let caps = ROLE.captures(rest)?;
    let title = caps.get(1)?.as_str();
    if !is_position(title) {
        return None;
    }
    let organization = match caps.get(2).map(|m| m.as_str()) {
        Some("for" | "at") => {
            let after = caps.get(3).map_or("", |m| m.as_str());
            let after = after.strip_prefix("the ").unwrap_or(after);
            let words: Vec<&str> = after
                .split_whitespace()
                .take_while(|w| w.starts_with(char::is_uppercase) || ["of", "and", "&"].contains(w))
                .collect();
            let end = words
                .iter()
                .rposition(|w| w.starts_with(char::is_uppercase))
                .map_or(0, |k| k + 1);
            words[..end].join(" ")
        }
        _ => String::new(),
    };
    let organization = organization.trim_end_matches([',', '.', ';', ':']);
    Some(if organization.is_empty() {
        title.to_owned()
    } else {
        format!("{title}  {organization}")
    })
}

/// "2 years as Front-End Captain at Synthesio from 2014 to today", "1
/// year Professor (adjunct professor) at Ecole D'Ingénieurs from 2015 to
/// today": a bullet that tells the job in one sentence, how long it
/// lasted, the title, "at" the employer, and "from" (or "since") its
/// dates at the end. Returns the title and the employer as a header's
/// fields.
fn role_then_dates(body: &str) -> Option<String> {
    static LASTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:[0-9]+(?:[.,][0-9]+)?\+?\s*(?:years?|yrs?|months?|mos?)\s+)?(?:as\s+)?",
        )
        .expect("valid")
    });
    let body = body.trim_end_matches(['.', ';']);
    let found = dates::find_all(body)
        .into_iter()
        .rfind(|f| f.end == body.len())?;
    let before = body[..found.start].trim_end();
    let words = before.rsplit_once(' ')?;
    if !["from", "since"].contains(&words.1.to_lowercase().as_str()) {
        return None;
    }
    let told = words.0.trim();
    let told = &told[LASTED.find(told).map_or(0, |m| m.end())..];
    let (title, employer) = told.split_once(" at ")?;
    let (title, employer) = (title.trim(), employer.trim());
    let count = |t: &str| t.split_whitespace().count();
    (is_position(title)
        && title.starts_with(char::is_uppercase)
        && employer.starts_with(char::is_uppercase)
        && (1..=8).contains(&count(title))
        && (1..=8).contains(&count(employer)))
    .then(|| format!("{title}  {employer}"))
}

/// Words that end the name of a field of work or a department.
const FIELDS: &[&str] = &[
    "engineering",
    "enablement",
    "marketing",
    "sales",
    "operations",
    "development",
    "finance",
    "accounting",
    "analytics",
    "design",
    "security",
    "infrastructure",
    "support",
    "strategy",
    "science",
    "communications",
    "administration",
    "recruiting",
];

/// A word that names a field of work or qualifies one ("Software",
/// "Data", "Marketing"): before a job's word, the title's first.
pub(crate) fn names_a_field(word: &str) -> bool {
    let word = word.to_lowercase();
    FIELDS.contains(&word.as_str()) || FIELD_QUALIFIERS.contains(&word.as_str())
}

/// Words that qualify a field of work ("Software", "Data", "Site
/// Reliability").
const FIELD_QUALIFIERS: &[&str] = &[
    "software",
    "data",
    "product",
    "digital",
    "business",
    "it",
    "systems",
    "network",
    "quality",
    "hardware",
    "mechanical",
    "electrical",
    "civil",
    "chemical",
    "platform",
    "cloud",
    "web",
    "mobile",
    "backend",
    "frontend",
    "front-end",
    "back-end",
    "site",
    "reliability",
    "information",
    "customer",
    "technical",
    "financial",
    "corporate",
    "risk",
    "machine",
    "and",
    "&",
    "computer",
];

/// Whether words name a subject of study by their last word: its ending
/// ("Psychology", "Economics", "Texts and Technology", "Technical
/// Communications") or a subject's own word ("Marketing", "Law").
fn names_a_subject(field: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ology", "ics", "ence", "ences", "ation", "ations", "ism", "studies", "ture", "arts",
        "ment", "istry", "ophy", "ography",
    ];
    const SUBJECTS: &[&str] = &[
        "law",
        "business",
        "design",
        "marketing",
        "finance",
        "history",
        "nursing",
        "music",
        "medicine",
        "engineering",
        "writing",
        "accounting",
        "english",
        "french",
        "spanish",
        "german",
        "art",
        "theatre",
        "theater",
        "film",
        "media",
    ];
    field.split_whitespace().next_back().is_some_and(|w| {
        let w = w.to_lowercase();
        ENDINGS.iter().any(|e| w.ends_with(e)) || SUBJECTS.contains(&w.as_str())
    })
}

/// A field of work or a department and nothing else ("Software
/// Engineering", "Data Science", "Marketing"): a title's, never an
/// employer's.
fn is_field_of_work(part: &str) -> bool {
    // "Data Science Enablement & Operations": an ampersand is "and".
    let words: Vec<String> = part
        .split_whitespace()
        .map(|w| {
            if w == "&" {
                "and".to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    words.last().is_some_and(|w| FIELDS.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| FIELDS.contains(&w.as_str()) || FIELD_QUALIFIERS.contains(&w.as_str()))
}

/// Fills employer and position from the chosen parts.
fn set_parts(
    job: &mut Work,
    all: &[(String, Joint)],
    employer: Option<usize>,
    position: Option<usize>,
) {
    // "Team Lead: Storage Support" over "Thomson Reuters, Inc.": what a
    // colon adds to the title, when the employer is another part, is the
    // title's.
    let specialty = match (employer, position) {
        (Some(e), Some(p)) if p + 1 != e => all
            .get(p + 1)
            .filter(|(next, j)| {
                // (Not a place, an organization, a person the work was
                // done under ("Supervisor: Prof. Will Horwath"), or words
                // in capitals or an uncased script.)
                *j == Joint::Colon
                    && next.contains(char::is_lowercase)
                    && word_count(next) <= 4
                    // (Nor a phrase wrapped at a short small word:
                    // "Organização e tratamento de".)
                    && !next.rsplit(' ').next().is_some_and(|w| {
                        w.chars().count() <= 3 && w.chars().all(char::is_lowercase)
                    })
                    && !next.contains('@')
                    && !next.split_whitespace().next().is_some_and(|w| {
                        ["prof", "professor", "dr", "mr", "ms", "mrs"]
                            .contains(&w.trim_end_matches('.').to_lowercase().as_str())
                    })
                    && !candidate::is_place(next)
                    && !names_organization(next)
                    && !names_supervisor(&format!("{}: {next}", all[p].0))
            })
            .map(|(next, _)| format!("{}: {next}", all[p].0)),
        _ => None,
    };
    let all: Vec<String> = all.iter().map(|(p, _)| p.clone()).collect();
    match (employer, position) {
        (Some(e), Some(p)) => {
            job.name = Some(all[e].clone());
            job.position = Some(specialty.unwrap_or_else(|| all[p].clone()));
            job.title_first = Some(p < e);
        }
        (Some(e), None) => {
            job.name = Some(all[e].clone());
            // The other part, when there is one: the first after the employer.
            let other = (0..all.len()).find(|&i| i != e);
            job.position = other.map(|i| all[i].clone());
            // An organization's word named the employer: the order is known.
            if let Some(i) = other
                && is_employer(&all[e])
            {
                job.title_first = Some(i < e);
            }
        }
        (None, Some(p)) => job.position = Some(all[p].clone()),
        (None, None) => {}
    }
}

fn education(text: &NormText, segments: &Segments, lines: &[Line<'_>]) -> Vec<Education> {
    let mut out: Vec<Education> = Vec::new();
    let mut current: Option<Education> = None;
    let in_education = |i: usize| {
        segments.sections.get(i) == Some(&Section::Education)
            && !lines[i].blank
            && !segments.headings.iter().any(|(h, _)| *h == i)
    };
    let mut above: Option<dates::Found> = None;
    // The open entry's school was named on a line of its own.
    let mut school_alone = false;
    // The first entry opens with its degree's line ("High School
    // Certificate" / "Anglican Church Grammar School" / "Brisbane" /
    // "2014"): the others are set out the same way.
    let mut degree_leads = false;
    // The first entry opens with its school and its dates on one line
    // ("University of New Hampshire  Fall 2009 - Spring 2013").
    let mut school_heads = false;
    // The entries (by their place in `out`) whose line named more degrees.
    let mut degrees_after: Vec<(usize, Vec<Degree>)> = Vec::new();
    // "• 2012  York St John University, York" / "M.A Business Leadership":
    // list items that open with their year, two or more, one naming a
    // school: each opens an entry, and what it names first is the school.
    // Each line's text after the year it opens with, where it is such an
    // item; and whether they open entries.
    let items: Vec<Option<&str>> = (0..lines.len())
        .map(|k| {
            let text = lines[k].text;
            let body = bullet_body(text).unwrap_or(text);
            (lines[k].bullet && in_education(k))
                .then(|| {
                    dates::find(body)
                        .filter(|f| f.start == 0)
                        .map(|f| &body[f.end..])
                })
                .flatten()
        })
        .collect();
    let dated_items =
        items.iter().flatten().count() >= 2 && items.iter().flatten().any(|r| SCHOOL.is_match(r));
    let by_place = schools_by_place(lines, &in_education);
    let mut i = 0;
    while i < lines.len() {
        if !in_education(i) {
            i += 1;
            continue;
        }
        // A block of two lines set apart by blank lines, neither naming a
        // school or a degree: a course and who gave it, when.
        if (i == 0 || lines[i - 1].blank || !in_education(i - 1))
            && i + 1 < lines.len()
            && in_education(i + 1)
            && (i + 2 >= lines.len() || lines[i + 2].blank || !in_education(i + 2))
            && let Some(entry) = course_block(lines[i].text, lines[i + 1].text)
        {
            out.extend(current.take());
            out.push(Education {
                line: text.lines[i].source_line,
                ..entry
            });
            i += 2;
            continue;
        }
        let (at, line) = (i, &lines[i]);
        i += 1;
        // "Title: The Afghan Community Health Worker Program… [PhD
        // Thesis]. University of Ottawa Library", "Supervisor: …": a
        // labelled note on the open entry names none of its own.
        static NOTE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\W*(?:(?:thesis|dissertation|project)(?:\s+title)?|title|advisors?|supervisors?|mentors?)\s*:\s*\S")
                .expect("valid")
        });
        if NOTE.is_match(text.lines[at].text.trim()) {
            continue;
        }
        // "During the Ph.D., was awarded…", "While studying for his M.Sc,
        // received…": a sentence that refers to a degree names no entry.
        let named = degree_in(line.text).filter(|c| {
            c.name("type").is_none_or(|t| {
                let before = line.text[..t.start()].trim_end().to_lowercase();
                let referred = ["the", "his", "her", "my", "their", "our", "your"]
                    .iter()
                    .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
                !(referred && lowercase_words(line.text) >= 2)
            })
        });
        // "…was awarded at the Huawei Italy" / "University Challenge in
        // Pavia, aimed at inspiring research in Silicon": a sentence
        // going on names no school.
        let sentence_goes_on = at > 0
            && !lines[at - 1].blank
            && in_education(at - 1)
            && lowercase_words(lines[at - 1].text) >= 2
            && !lines[at - 1].text.trim_end().ends_with(['.', ')', ':'])
            && lowercase_words(line.text) >= 3
            && dates::find(line.text).is_none();
        // "High School Certificate" names a degree, not its school: the
        // school is named outside the degree's name.
        let school = match named.as_ref().and_then(|c| c.name("type")) {
            Some(t) => {
                SCHOOL.is_match(&line.text[..t.start()]) || SCHOOL.is_match(&line.text[t.end()..])
            }
            None => SCHOOL.is_match(line.text),
        }
        .then(|| school_name(line.text))
        .filter(|_| !sentence_goes_on)
        // "2020-2024  College Station, TX": dates, then a town whose name
        // holds a school's word, name no school.
        .filter(|_| {
            !dates::find(line.text.trim_start())
                .filter(|f| f.start == 0)
                .is_some_and(|f| {
                    let rest = line.text.trim_start()[f.end..].trim();
                    word_count(rest) <= 4 && degree_in(rest).is_none() && candidate::is_place(rest)
                })
        })
        // "• Michelin Excellency scholarship student in a double degree
        // program with UFSC University in Brazil.": a statement about the
        // entry names no school of its own.
        .filter(|_| !(line.bullet && lowercase_words(line.text) >= 4))
        // "Research assistant in the MIT AI Lab, developing machine vision
        // and natural language displays on Symbolics Lisp machines.": nor
        // does a sentence of its own, undated.
        .filter(|_| {
            !(lowercase_words(line.text) >= 6
                && line.text.trim_end().ends_with('.')
                && dates::find(line.text).is_none())
        })
        .map(|name| name.map(|n| wrapped_school(n, line.text, lines.get(at + 1))))
        .map(|name| {
            name.map(|n| {
                let above = (at > 0 && in_education(at - 1)).then(|| &lines[at - 1]);
                school_begun_above(n, line.text, above)
            })
        });
        // "attending Roseburg High" / "School.": a school's kind alone
        // names none.
        // A kind over the school's name ("High School  2011 - 2015" /
        // "North High School", "Grundschule  2008 - 2012" /
        // "Graf-Konrad-Grundschule, Dortmund") names the schooling the
        // entry had, its degree.
        let kind_alone = school.as_ref().and_then(|name| {
            let n = name
                .as_deref()?
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            is_school_kind(&n).then_some(n)
        });
        let school = school.filter(|_| kind_alone.is_none());
        let named_kind = kind_alone
            .filter(|n| SCHOOLING_KINDS.contains(&n.as_str()))
            .and_then(|_| school_name(line.text));
        let degree = named
            .map(|c| {
                (
                    c.name("type").map(|t| t.as_str().trim().to_owned()),
                    // "Diplôme d'ingénieur; Télécom Saint-Étienne": what
                    // follows a semicolon is no field of study.
                    c.name("area")
                        .filter(|_| c.name("semi").is_none())
                        .map(|a| {
                            // The place read after the field only when the
                            // field runs to it.
                            let area = clean_area(a.as_str());
                            if area == a.as_str().trim() {
                                without_town(&area, &line.text[a.end()..])
                            } else {
                                area
                            }
                        }),
                )
            })
            .or_else(|| {
                CJK_DEGREE
                    .captures(line.text)
                    .map(|c| (c.name("type").map(|t| cjk_degree(t.as_str())), None))
            })
            .or_else(|| named_kind.map(|kind| (Some(kind), None)));
        // "Diplôme d'ingénieur; Télécom Saint-Étienne (FR)": the school
        // after the degree and a semicolon, whatever its words.
        // So after a bar, where the degree's line names its field before
        // it ("Master of Applied Professional Studies | UNC Chapel Hill
        // Completed May 2025"; "Bachelor of Science | Computer Science"
        // names a field), up to its dates.
        let school = school.or_else(|| {
            let (first, second) = match line.text.split_once("; ") {
                Some(split) => split,
                None => {
                    let (first, second) = line.text.split_once(" | ")?;
                    let second = dates::find(second).map_or(second, |f| &second[..f.start]);
                    let second = second.split(" | ").next()?.split("  ").next()?;
                    // (The field in this part: the line's degree reads
                    // one past the bar, "MSc | Distinction".)
                    let field = degree_in(first).is_some_and(|c| c.name("area").is_some());
                    if !field || candidate::is_place(second.trim()) {
                        return None;
                    }
                    (first, second)
                }
            };
            let name = without_remark(second.trim()).trim();
            // "St. John's, NL": a town and a region's or a country's code
            // is where, no school.
            let coded = name.rsplit_once(", ").is_some_and(|(_, code)| {
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())
            });
            if coded {
                return None;
            }
            // "Bachelor of Science; Human Services with emphasis in
            // Sociology": words in lowercase tell a field, not a name.
            (DEGREE.is_match(first)
                && !DEGREE.is_match(second)
                && lowercase_words(name) == 0
                && name.starts_with(char::is_uppercase)
                && (1..=6).contains(&name.split_whitespace().count())
                && !name.contains(|c: char| c.is_ascii_digit() || c == ':' || c == ';'))
            .then(|| Some(name.to_owned()))
        });
        // "2 ans de Cycle Initial; Télécom Saint-Étienne (FR)": a name an
        // entry above gave as its school is a school again where a school
        // stands, first on the line or after the degree's semicolon (not
        // in a statement about the entry).
        let school = school.or_else(|| {
            let known = out
                .iter()
                .chain(current.as_ref())
                .filter_map(|e| e.institution.as_deref());
            let text = line.text.trim_start();
            known
                .filter(|k| k.split_whitespace().count() >= 2)
                .find(|k| {
                    !line.bullet && (text.starts_with(*k) || text.contains(&format!("; {k}")))
                })
                .map(|k| Some(k.to_owned()))
        });
        // "Portland State University, Sep. 2013 - Jun. 2016" / "• B.S.
        // Mechanical Engineering, Maseeh College of Engineering and
        // Computer Science": a college of the entry's university, named
        // in a degree's bullet, is no school of its own.
        // Each such bullet is a degree of the university.
        // So is one on the line under the university's, where the entry
        // has no degree yet ("Carnegie Mellon University | Aug. 2025 -
        // Aug. 2026" / "Masters in Human Computer Interaction, School of
        // Computer Science  Pittsburgh, PA").
        let college_of_university = (line.bullet
            || current.as_ref().is_some_and(|e| e.study_type.is_none()))
            && degree.is_some()
            && school.as_ref().is_some_and(|name| {
                name.as_deref().is_some_and(|n| {
                    ["College of ", "School of ", "Faculty of "]
                        .iter()
                        .any(|unit| n.contains(unit))
                        && !n.contains("Universit")
                })
            })
            && current.as_ref().is_some_and(|e| {
                e.institution
                    .as_deref()
                    .is_some_and(|i| i.contains("Universit"))
            });
        let school = school.filter(|_| !college_of_university);
        let mut found = dates::find(line.text);
        // "Sep. 2008 - Jun. 2010, Sep. 2011 - Sep. 2013": two periods at
        // one school.
        if let Some(f) = found.as_mut() {
            join_periods(line.text, f);
        }
        // "General Assembly  March 2017 - June 2017" set apart below a whole
        // entry headed the same way: a school without a school's word.
        let school = school.or_else(|| {
            let f = found.as_ref()?;
            let whole = current
                .as_ref()
                .is_some_and(|e| e.institution.is_some() && e.dated());
            // ("UC Santa Barbara  3.75 GPA | Aug. 2021 - Jun. 2025": a
            // grade before the dates is none of the name.)
            static GRADE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)\s*(?:[0-9]\.[0-9]{1,2}\s*GPA|(?:cum\.?\s*)?GPA:?\s*[0-9]\.[0-9]{1,2}(?:\s*/\s*[0-9](?:\.[0-9]{1,2})?)?)\s*[|,;–-]?\s*$")
                    .expect("valid")
            });
            let before = line.text[..f.start].trim_end().trim_end_matches(['|', ',', '–', '-']);
            let before = GRADE.find(before).map_or(before, |g| &before[..g.start()]);
            (school_heads
                && whole
                && degree.is_none()
                && !line.bullet
                // (Set apart, or right under the entry's last line, no
                // bullet of it.)
                && (at == 0 || lines[at - 1].blank || !lines[at - 1].bullet)
                && f.to.is_some()
                && line.text[f.end..].trim().is_empty())
            .then(|| named_alone(before))
            .flatten()
            .map(Some)
        });
        // "UC Berkeley | 2019" over "Bachelor of Science, Computer
        // Science": a name alone before its dates, opening an entry, over
        // a degree's line that names no school is the school, though it
        // has no school's word. So is a name alone with no dates ("The
        // Bartlett, UCL" over "PGDip in Professional Practice -- 2014"),
        // but a place's, and a list item that opens an entry so, under the
        // entry before's dates ("September 2023 - Current" / "• Atingi" /
        // "Certificate in Digital and social media marketing").
        let school = school.or_else(|| {
            let text = bullet_body(line.text).unwrap_or(line.text);
            let name = match found.as_ref() {
                Some(f) if line.text[f.end..].trim().is_empty() => &line.text[..f.start],
                Some(_) => return None,
                None if candidate::is_place(text.trim()) => return None,
                None => text,
            };
            let next = lines.get(at + 1).filter(|_| in_education(at + 1))?;
            // (Read last, only when the rest holds: it finds the line's
            // dates again.)
            let under_dates = || {
                dates::find(lines[at - 1].text).is_some_and(|f| dates_alone(lines[at - 1].text, &f))
            };
            (degree.is_none()
                && (!line.bullet || (found.is_none() && !next.bullet))
                && degree_in(next.text).is_some()
                && !SCHOOL.is_match(next.text)
                && (at == 0 || lines[at - 1].blank || !in_education(at - 1) || under_dates()))
            .then(|| named_alone(name))
            .flatten()
            .map(Some)
        });
        // "Udacity - Self Driving Car Nanodegree 2017" over "Coursera/
        // Stanford University Online - Machine Learning 2017": a provider,
        // a dash and its programme, dated, set out as a school's entry
        // beside it is, or its programme a credential ("Home&Learn.co.uk -
        // Certificate of Excellence in VB.Net 2013"), is an entry of its
        // own.
        let school = school.or_else(|| {
            let shaped = |k: usize| -> Option<(&str, bool, bool)> {
                let l = lines.get(k).filter(|l| !l.bullet && in_education(k))?;
                let f = dates::find(l.text)?;
                if !l.text[f.end..].trim().is_empty() {
                    return None;
                }
                let (name, programme) = l.text[..f.start].trim().split_once(" - ")?;
                let credential = programme.split_whitespace().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "nanodegree" | "certificate" | "certification" | "bootcamp"
                    )
                });
                (title_case(name)
                    && name.split_whitespace().count() <= 3
                    && programme.starts_with(char::is_uppercase)
                    && programme.split_whitespace().count() <= 8)
                    .then_some((name, SCHOOL.is_match(name), credential))
            };
            let (name, _, credential) = shaped(at).filter(|_| degree.is_none())?;
            let beside = [at.wrapping_sub(1), at + 1]
                .iter()
                .any(|&k| shaped(k).is_some_and(|(_, school, _)| school));
            (beside || credential).then(|| Some(name.to_owned()))
        });
        // "DigitalCrafts | Full-Stack, Immersive, Web Development Bootcamp
        // | June 2018 - Present", "ASU |  | Cum.GPA: 3.7 | Jan 2017 - Nov
        // 2017", "Texas A&M | Graduated with BS in Animal Science | …": a
        // dated row of three fields or more set apart by bars, opening
        // with a name, where no field names a school, opens with the
        // school; a programme in the field after it, where no degree is
        // named, is the degree.
        let mut programme = None;
        let school = school.or_else(|| {
            let f = found.as_ref().filter(|_| !line.bullet)?;
            let fields: Vec<&str> = line.text[..f.start].split('|').map(str::trim).collect();
            let name = *fields.first()?;
            let named = fields.len() >= 3
                && named_alone(name).is_some_and(|n| n == name)
                && name.split_whitespace().count() <= 4
                && !name.contains(|c: char| c.is_ascii_digit())
                && degree_in(name).is_none()
                && !candidate::is_place(name)
                && fields[1..].iter().all(|p| !SCHOOL.is_match(p));
            if !named {
                return None;
            }
            programme = fields
                .get(1)
                .filter(|p| {
                    degree.is_none()
                        && p.starts_with(char::is_uppercase)
                        && !p.contains(|c: char| c.is_ascii_digit() || c == ':')
                        && lowercase_words(p) <= 1
                        // ("Spirig, Heerbrugg | Heerbrugg | 04/2007": the
                        // school's town again is no programme.)
                        && !candidate::is_place(p)
                        && name.rsplit(", ").next() != Some(**p)
                })
                .map(|p| (*p).to_owned());
            Some(Some(name.to_owned()))
        });
        let degree = degree.or(programme.map(|p| (Some(p), None)));
        let item = items[at].filter(|_| dated_items);
        let school = school.or_else(|| {
            let rest = item.filter(|_| degree.is_none())?;
            named_alone(rest).map(Some)
        });
        let school = school.or_else(|| {
            (by_place[at] && degree.is_none())
                .then(|| named_alone(line.text))
                .flatten()
                .map(Some)
        });
        // A line of dates alone where the entry open has its dates, or
        // none is: the next entry's, set above it (a margin column of
        // dates, a definition list's term).
        if let Some(f) = &found
            && school.is_none()
            && degree.is_none()
            && dates_alone(line.text, f)
            && current.as_ref().is_none_or(Education::dated)
        {
            above = found;
            continue;
        }
        // "◦ PhD thesis - Agent-Based Modeling…" under "Doctor of
        // Engineering | Oct 2015 - Jun 2020": a bullet that names a degree,
        // with no school and no dates, under an entry that has both is a
        // detail of it.
        let detail = line.bullet
            && !college_of_university
            && school.is_none()
            && found.is_none()
            && current
                .as_ref()
                .is_some_and(|e| e.institution.is_some() && e.study_type.is_some());
        // "University of Batangas - BSCS" / "Bachelor of Science in
        // Computer Science": the degree's letters spelt out under it.
        let spelt = degree.is_some()
            && school.is_none()
            && found.is_none()
            && at > 0
            && !lines[at - 1].blank
            && current.as_ref().is_some_and(|e| {
                e.line == text.lines[at - 1].source_line
                    && e.study_type
                        .as_deref()
                        .is_some_and(|kind| spells(kind, line.text))
            });
        let detail = detail || spelt;
        // "University of New Hampshire  Fall 2009 - Spring 2013" /
        // "Whittemore School of Business and Economics | Finance": a school
        // right under the entry's school and dates, with no dates or degree
        // of its own, is a part of it (a list item is an entry of its own).
        // "University of Cincinnati, Cincinnati, Ohio." / "College of
        // Engineering and Applied Science, Class of April 2016.": a
        // college of it, under a school with no dates, gives the entry
        // its dates.
        let faculty = school.is_some()
            && !line.bullet
            && degree.is_none()
            && at > 0
            && !lines[at - 1].blank
            && current.as_ref().is_some_and(|e| {
                e.line == text.lines[at - 1].source_line
                    && e.institution.is_some()
                    && e.study_type.is_none()
                    && if found.is_none() {
                        e.start_date.is_some()
                    } else {
                        e.end_date.is_none()
                            && e.start_date.is_none()
                            && FACULTY.is_match(line.text)
                    }
            });
        let opens = match &current {
            None => school.is_some() || degree.is_some() || item.is_some(),
            Some(_) if detail || faculty => false,
            Some(e) => {
                item.is_some()
                    || (school.is_some() && e.institution.is_some())
                    || (degree.is_some() && e.study_type.is_some())
                    || (above.is_some() && (school.is_some() || degree.is_some()))
                    // An entry that is whole, its degree not named, ends
                    // where the next one's degree line opens it.
                    || (degree.is_some()
                        && degree_leads
                        && e.institution.is_some()
                        && e.dated())
                    // "Saylor University" / "" / "Bachelor of Science, Civil
                    // Engineering  December 2009" / "University of Southern
                    // California": a dated degree's line past a blank line
                    // opens the next entry, where the one open is a school
                    // named alone, with no dates.
                    || (degree.is_some()
                        && found.is_some()
                        && school.is_none()
                        && at > 0
                        && lines[at - 1].blank
                        && school_alone
                        && e.institution.is_some()
                        && !e.dated())
            }
        };
        if opens && current.is_none() {
            degree_leads = degree.is_some() && school.is_none();
            school_heads = found.as_ref().is_some_and(|f| {
                school
                    .as_ref()
                    .and_then(Option::as_deref)
                    .is_some_and(|name| line.text[..f.start].trim_start().starts_with(name))
            });
        }
        if opens {
            // "Stevens Institute of Technology - Hoboken, NJ" / "Master of
            // Science …" / "Bachelor of Science …": a school's own line
            // over its degrees gives each of them the school.
            let shared = (school.is_none()
                && degree.is_some()
                && (school_alone || college_of_university)
                && above.is_none()
                && at > 0
                && !lines[at - 1].blank)
                .then(|| {
                    current
                        .as_ref()
                        .filter(|e| e.study_type.is_some())
                        .and_then(|e| e.institution.clone())
                })
                .flatten();
            // The university's dates over its colleges' degrees are each
            // degree's.
            let (start_date, end_date) = current
                .as_ref()
                .filter(|_| college_of_university && shared.is_some())
                .map_or((None, None), |e| (e.start_date.clone(), e.end_date.clone()));
            if let Some(done) = current.take() {
                out.push(done);
            }
            current = Some(Education {
                line: text.lines[at].source_line,
                institution: shared,
                start_date,
                end_date,
                ..Education::default()
            });
        }
        let found = found.or_else(|| if opens { above.take() } else { None });
        let Some(entry) = current.as_mut() else {
            continue;
        };
        // "MSc in Computer Science & Engineering University of Florence":
        // the field runs into the school's name, which begins with its
        // kind and "of".
        let (school, degree) = match degree {
            Some((kind, Some(area)))
                if let Some(at) = school_of_at(&area)
                    // The field's own words, the last naming it ("California
                    // Institute of the Arts" is the school's name whole).
                    && !area[..at].contains([',', '-', '–', '.', '@', '|', '(', ':'])
                    && area[..at]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(names_a_field) =>
            {
                let area = area[..at].trim().to_owned();
                // The school read with the field before it ("in Computer
                // Science & Engineering University of Florence").
                let school = school.map(|s| match s {
                    Some(s)
                        if let Some(k) = school_of_at(&s)
                            && s[..k].trim().trim_start_matches("in ").trim() == area =>
                    {
                        Some(s[k..].to_owned())
                    }
                    other => other,
                });
                (school, Some((kind, Some(area))))
            }
            other => (school, other),
        };
        if entry.institution.is_none() {
            let school = school.flatten();
            // Over the entry's degree, not under it.
            school_alone = school.is_some() && degree.is_none() && entry.study_type.is_none();
            entry.institution = school;
        }
        if let Some((kind, area)) = degree {
            let area = area.filter(|a| !a.is_empty() && !SCHOOL.is_match(a));
            if entry.study_type.is_none() {
                // The first degree's field ends where the next degree
                // begins.
                let mut apart = degrees_apart(line.text).into_iter();
                let (kind, area) = apart.next().unwrap_or((kind, area));
                entry.study_type = kind;
                entry.area = area;
                let more: Vec<_> = apart.collect();
                if !more.is_empty() {
                    degrees_after.push((out.len(), more));
                }
            } else if spelt && entry.area.is_none() {
                entry.area = area;
            }
        }
        // An entry's dates are its first ("2020 - present" is whole, and
        // a range below it is the next entry's), but a date after an open
        // range's start ends it ("2013 - Present" / "…, expected March
        // 2016").
        let ends_open = |f: &dates::Found| {
            f.to.is_none()
                && entry.end_date.is_none()
                && entry
                    .start_date
                    .as_deref()
                    .zip(start_and_end(f).1)
                    .is_some_and(|(start, end)| end.as_str() > start)
        };
        if let Some(found) = found
            && (!entry.dated() || ends_open(&found))
        {
            let (start, end) = start_and_end(&found);
            if start.is_some() {
                entry.start_date = start;
            }
            entry.end_date = end;
        }
    }
    out.extend(current);
    // "PhD  University of Central Florida, Texts and Technology": where
    // the degree names no field, the words after the school's comma
    // that name no school and no place are the field.
    for entry in &mut out {
        if entry.study_type.is_none() || entry.area.is_some() {
            continue;
        }
        let Some((head, field)) = entry
            .institution
            .as_deref()
            .and_then(|s| s.rsplit_once(", "))
        else {
            continue;
        };
        let field = field.trim();
        let named = (1..=4).contains(&word_count(field))
            && field.starts_with(char::is_uppercase)
            && !field.contains(|c: char| c.is_ascii_digit())
            && SCHOOL.is_match(head)
            && !SCHOOL.is_match(field)
            && !FACULTY.is_match(field)
            && !candidate::is_place(field)
            && !candidate::is_country(field)
            && !field
                .split(['-', '/', ' '])
                .any(|w| candidate::is_known_city(w) || candidate::is_region_code(w))
            // ("Konrad-Adenauer-Schule, Kriftel": a small town's name.)
            && names_a_subject(field);
        if named {
            let (head, field) = (head.to_owned(), field.to_owned());
            entry.institution = Some(head);
            entry.area = Some(field);
        }
    }
    // Each further degree of a line is an entry of the same school and
    // dates.
    for (at, more) in degrees_after.into_iter().rev() {
        let Some(entry) = out.get(at).cloned() else {
            continue;
        };
        for (k, (kind, area)) in more.into_iter().enumerate() {
            out.insert(
                at + 1 + k,
                Education {
                    study_type: kind,
                    area,
                    ..entry.clone()
                },
            );
        }
    }
    // "📅 2013": an icon left beside the dates names no school.
    for entry in &mut out {
        if entry
            .institution
            .as_ref()
            .is_some_and(|s| !s.chars().any(char::is_alphanumeric))
        {
            entry.institution = None;
        }
    }
    if out.is_empty() {
        out = schools_in_profile(text, segments, lines);
    }
    out
}

/// "本科/萌鹿大学计算机系" in a Chinese resume's personal details, where
/// it has no education section: the degree and the school, with the
/// field after the school. The degree may be on a line of its own a
/// little below the school's ("华中师范大学 · 计算机科学与技术" / "本科 /
/// 2016年毕业"), with the year of graduation.
fn schools_in_profile(text: &NormText, segments: &Segments, lines: &[Line<'_>]) -> Vec<Education> {
    let profile = |i: usize| {
        !lines[i].blank
            && matches!(
                segments.sections.get(i),
                Some(Section::Top | Section::Summary | Section::Other)
            )
            && lines[i].text.chars().count() <= 40
    };
    // The parts of a line set apart by slashes, dots or bars.
    fn parts(line: &str) -> Vec<&str> {
        line.split(['/', '·', '|', '｜', '／', ':', '：'])
            .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '•'))
            .filter(|p| !p.is_empty())
            .collect()
    }
    // A part that is a degree and nothing more.
    let degree = |part: &str| {
        CJK_DEGREE
            .captures(part)
            .and_then(|c| c.name("type"))
            .map(|t| (t.as_str(), cjk_degree(t.as_str())))
            .filter(|(read, degree)| *read == part || degree != read)
            .map(|(_, degree)| degree)
    };
    let mut out = Vec::new();
    for i in (0..lines.len()).filter(|&i| profile(i)) {
        let pieces = parts(lines[i].text);
        let Some((k, school)) = pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| !vocab::simplified(p).starts_with("毕业"))
            .find_map(|(k, p)| {
                CJK_SCHOOL
                    .find(p)
                    .filter(|m| m.start() == 0)
                    .map(|m| (k, m))
            })
        else {
            continue;
        };
        // The field: what follows the school in its part, or the part
        // after it.
        let rest = pieces[k][school.end()..].trim();
        let area = if rest.is_empty() {
            pieces
                .get(k + 1)
                .filter(|p| degree(p).is_none() && dates::find(p).is_none())
        } else {
            Some(&rest)
        };
        // The degree: a part of this line, or the first part of one of
        // the next three lines.
        let here = pieces.iter().find_map(|p| degree(p)).map(|d| (d, i));
        let below = || {
            (i + 1..lines.len().min(i + 4))
                .filter(|&j| profile(j))
                .find_map(|j| {
                    parts(lines[j].text)
                        .first()
                        .and_then(|p| degree(p))
                        .map(|d| (d, j))
                })
        };
        let Some((study, at)) = here.or_else(below) else {
            continue;
        };
        let graduated = dates::find(lines[at].text).and_then(|f| start_and_end(&f).1);
        out.push(Education {
            institution: Some(school.as_str().to_owned()),
            study_type: Some(study),
            area: area.map(|a| (*a).to_owned()),
            start_date: None,
            end_date: graduated,
            line: text.lines[i].source_line,
        });
    }
    out
}

/// "Orsys" / "Docker" / "Dec 2022 - Dec 2022" beside "Université
/// d'Orsay - Paris-Sud" / "Informatique" / "Dec 1996 - Dec 1997": entries
/// set out alike, each with its dates on a line of their own, name their
/// school the same number of lines above the dates. Where a school's word
/// names it in one entry and no other line of any entry has one, the
/// line in the same place names the school in each of the others, though
/// it has no school's word. The lines so placed.
fn schools_by_place(lines: &[Line<'_>], in_education: &dyn Fn(usize) -> bool) -> Vec<bool> {
    let mut placed = vec![false; lines.len()];
    // The lines of each run of the section, blank lines left out.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for k in 0..lines.len() {
        if in_education(k) {
            match runs.last_mut() {
                Some(run) if k > 0 && (in_education(k - 1) || lines[k - 1].blank) => run.push(k),
                _ => runs.push(vec![k]),
            }
        } else if !lines[k].blank {
            runs.push(Vec::new());
        }
    }
    for run in runs {
        let dated: Vec<usize> = (0..run.len())
            .filter(|&n| {
                let text = lines[run[n]].text;
                dates::find(text).is_some_and(|f| dates_alone(text, &f))
            })
            .collect();
        if dated.len() < 2 {
            continue;
        }
        // Each entry's lines above its dates, nearest first, back to the
        // entry before's dates.
        let above: Vec<Vec<usize>> = dated
            .iter()
            .enumerate()
            .map(|(e, &n)| {
                let from = if e == 0 { 0 } else { dated[e - 1] + 1 };
                run[from..n].iter().rev().copied().collect()
            })
            .collect();
        let school =
            |k: usize| SCHOOL.is_match(lines[k].text) && degree_in(lines[k].text).is_none();
        let places: Vec<usize> = above
            .iter()
            .flat_map(|lines| {
                lines
                    .iter()
                    .enumerate()
                    .filter(|&(_, &k)| school(k))
                    .map(|(d, _)| d)
            })
            .collect();
        let Some(&d) = places.first() else {
            continue;
        };
        // (The lines between a school and its dates are short, a field or
        // a place: not a list of courses, "CS" / "Software Security |
        // Artificial Intelligence | …" / "2020-2021".)
        let short = |k: &usize| word_count(lines[*k].text) <= 5 && !lines[*k].text.contains('|');
        if places.iter().any(|&p| p != d)
            || above
                .iter()
                .any(|lines| lines.len() <= d || !lines[..d].iter().all(short))
        {
            continue;
        }
        for lines_above in &above {
            let k = lines_above[d];
            let line = &lines[k];
            if !school(k)
                && !line.bullet
                && degree_in(line.text).is_none()
                && dates::find(line.text).is_none()
            {
                placed[k] = true;
            }
        }
    }
    placed
}

/// Whether a degree's letters ("BSCS") are the initials of a line's
/// words ("Bachelor of Science in Computer Science").
fn spells(letters: &str, line: &str) -> bool {
    let initials: String = line
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "in" | "and" | "&"))
        .filter_map(|w| w.chars().next())
        .collect();
    letters.len() >= 3
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && initials.eq_ignore_ascii_case(letters)
}

/// A part of a university: its college, school, faculty or department.
static FACULTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?i:the\s+)?(?:College|School|Faculty|Department|Dept\.?|Laboratory|Division)\s+of\s",
    )
    .expect("valid")
});

/// The text before a line's dates when it is a name and nothing else:
/// capitalised words ("General Assembly", "Hack Reactor"), no digits, no
/// sentence.
fn named_alone(text: &str) -> Option<String> {
    let name = text
        .trim()
        .trim_end_matches(['|', ',', '-', '–', '—', '·', '•'])
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    ((1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&" | "de" | "the")
        })
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ';' | '.' | '(')))
    .then(|| name.to_owned())
}

/// The jobs read from their lines, with the employer, title and place a
/// structured source states for the job whose title line it is. The dates
/// stay as the line reads them: they are the line's own text.
fn restate(text: &NormText, segments: &Segments, jobs: &mut Vec<Work>, stated: &[StatedJob]) {
    for s in stated {
        if let Some(job) = jobs
            .iter_mut()
            .find(|j| j.date_line == s.line || j.header_lines.contains(&s.line))
        {
            job.name.clone_from(&s.name);
            job.position.clone_from(&s.position);
            job.location.clone_from(&s.location);
            continue;
        }
        // A job the source states that the lines did not give (a role
        // listed under its employer with the dates left empty, a title the
        // lines read as a degree's): a job as stated, its dates read as a
        // line's would be, its highlights the statements up to the empty
        // line that ends its entry.
        let Some(header) = text.lines.get(s.line) else {
            continue;
        };
        let end = text.lines[s.line..]
            .iter()
            .position(|l| l.text.trim().is_empty())
            .map_or(text.lines.len(), |n| s.line + n);
        // (The statements are in line order.)
        let all = &segments.statements;
        let statements =
            &all[all.partition_point(|b| b.line <= s.line)..all.partition_point(|b| b.line < end)];
        let at = jobs
            .iter()
            .position(|j| j.date_line > s.line)
            .unwrap_or(jobs.len());
        let mut job = Work {
            name: s.name.clone(),
            position: s.position.clone(),
            location: s.location.clone(),
            line: header.source_line,
            header_lines: vec![s.line],
            date_line: s.line,
            bullet_lines: statements.iter().map(|b| b.line).collect(),
            highlights: statements
                .iter()
                .map(|b| b.text.trim().to_owned())
                .collect(),
            ..Work::default()
        };
        if let Some(found) = s.dates.as_deref().and_then(dates::find) {
            set_dates(&mut job, &found);
        }
        jobs.insert(at, job);
    }
}

/// An education entry as a structured source states it, its dates read as
/// a line's would be.
fn stated_school(text: &NormText, school: &StatedSchool) -> Education {
    let (start_date, end_date) = school
        .dates
        .as_deref()
        .and_then(dates::find)
        .map_or((None, None), |found| start_and_end(&found));
    // `program: BFA Media Arts and Animation`: a field that opens with
    // its degree's letters or name states both.
    let (study_type, area) = match (&school.study_type, &school.area) {
        (None, Some(area)) => degree_in(area)
            .and_then(|c| {
                let t = c.name("type")?;
                area[..t.start()].trim().is_empty().then(|| {
                    (
                        Some(t.as_str().to_owned()),
                        c.name("area").map(|a| a.as_str().trim().to_owned()),
                    )
                })
            })
            .unwrap_or((None, Some(area.clone()))),
        (study_type, area) => (study_type.clone(), area.clone()),
    };
    Education {
        institution: school.institution.clone(),
        area,
        study_type,
        start_date,
        end_date,
        line: text.lines.get(school.line).map_or(0, |l| l.source_line),
    }
}

/// An education entry's start and end from its dates: a range gives both,
/// one still running its start, a single date its end (graduation).
fn start_and_end(found: &dates::Found) -> (Option<String>, Option<String>) {
    match found.to {
        Some(End::Date(end)) => (Some(found.from.iso()), Some(end.iso())),
        Some(End::Present) => (Some(found.from.iso()), None),
        None => (None, Some(found.from.iso())),
    }
}

/// An education entry of two lines that name no school and no degree
/// ("formation React JS | React JS" above "Orsys, 2019-11-18 -
/// 2019-11-21"): the line with the dates names who gave the course before
/// them, the other line what it was (its area after a bar).
fn course_block(first: &str, second: &str) -> Option<Education> {
    if [first, second]
        .iter()
        .any(|l| SCHOOL.is_match(l) || DEGREE.is_match(l) || bullet_body(l).is_some())
    {
        return None;
    }
    let (course, dated, found) = match (dates::find(first), dates::find(second)) {
        (None, Some(found)) => (first, second, found),
        (Some(found), None) => (second, first, found),
        _ => return None,
    };
    let provider = dated[..found.start]
        .trim()
        .trim_end_matches([',', '|', '-', '–', '—', ':'])
        .trim();
    if provider.is_empty() || provider.split_whitespace().count() > 8 {
        return None;
    }
    // "Full Stack Web Development Bootcamp, Lighthouse Labs  Jan 2022 -
    // Apr 2022" over "Node.js, Express, ReactJS, Testing": the dated line
    // names the programme and who gave it, the other lists what it taught.
    let programme = (course.matches(", ").count() >= 2 && crate::vocab::is_list_line(course))
        .then(|| provider.rsplit_once(", "))
        .flatten();
    let (provider, study, area) = match programme {
        Some((programme, provider)) => (provider.trim(), programme.trim(), None),
        None => {
            let mut parts = course.splitn(2, " | ");
            let study = parts.next().unwrap_or_default().trim();
            let area = parts.next().map(str::trim).filter(|a| !a.is_empty());
            (provider, study, area)
        }
    };
    let (start, end) = start_and_end(&found);
    Some(Education {
        institution: Some(provider.to_owned()),
        study_type: Some(study.to_owned()),
        area: area.map(str::to_owned),
        start_date: start,
        end_date: end,
        line: 0,
    })
}

/// Where a school's name that opens with its kind and "of" ("University
/// of Florence", "Università di Pisa", "Institute of Science") begins in
/// a field's words, after one word at least.
fn school_of_at(text: &str) -> Option<usize> {
    static KIND_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\s(?:University|Universit[àéä]t?|Universidad|Universidade|Institute|College|School|Academy)\s+(?:of|di|de|del|della|des|do|da)\s",
        )
        .expect("valid")
    });
    // (Past the space before the kind, a character of one byte or more.)
    KIND_OF
        .find(text)
        .map(|m| m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8))
}

/// The school's name on a line: the part that names it ("University of
/// California, Berkeley" keeps its comma), without a place in parentheses
/// or "Expected" before the date.
fn school_name(line: &str) -> Option<String> {
    if let Some(m) = CJK_SCHOOL.find(line) {
        return Some(m.as_str().to_owned());
    }
    // "2004 - 2005 : Maîtrise Informatique [ Université Dakar Bourguiba
    // ]": a school's name set in square brackets is the whole name.
    static SQUARE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[\s*([^\[\]]+?)\s*\]").expect("valid"));
    if let Some(name) = SQUARE
        .captures_iter(line)
        .filter_map(|c| c.get(1))
        .find(|n| SCHOOL.find(n.as_str()).is_some_and(|m| m.start() == 0))
    {
        return Some(name.as_str().to_owned());
    }
    // "Bachelor of Computer Science (GPA 3.743 of 4.0) @ Macquarie
    // University": a remark in brackets before the school's "@", "at" or
    // "from" is the degree's; the school follows.
    static REMARK_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*\([^()]*\)(\s+(?:@|at|from|presso)\s)").expect("valid"));
    let line = &*REMARK_BEFORE.replace_all(line, "$1");
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*(?:\||•|●|·|;|\t| {2,}| [—–-] | ?[-–—.·]{3,} ?)\s*").expect("valid")
    });
    let pieces: Vec<&str> = SPLIT.split(line).collect();
    // What sets each piece apart from the next.
    let joints: Vec<&str> = SPLIT.find_iter(line).map(|m| m.as_str()).collect();
    // "High school certificate | México | Escuela Secundaria Anexa": a
    // certificate that names its school's kind is the degree; the school
    // is the piece that names one.
    let certificate = |p: &str| {
        let lower = p.to_lowercase();
        ["certificate", "diploma", "degree"]
            .iter()
            .any(|w| lower.split_whitespace().any(|x| x == *w))
    };
    // "1995-2001 | Secondary school | Schule am Dohlberg": a school's kind
    // alone is what schooling it was; the school is named after it.
    let kind = |p: &str| is_school_kind(&p.trim().to_lowercase());
    let piece = pieces
        .iter()
        .position(|p| {
            SCHOOL.is_match(without_remark(p)) && !certificate(p) && !kind(p) && !p.contains('@')
        })
        .or_else(|| {
            pieces
                .iter()
                .position(|p| SCHOOL.is_match(without_remark(p)) && !certificate(p))
        })
        .or_else(|| {
            pieces
                .iter()
                .position(|p| SCHOOL.is_match(without_remark(p)))
        })?;
    let whole = pieces[piece];
    let p = without_remark(whole);
    // From the comma-separated piece that names the school to a degree
    // or the end: "MS, Civil Engineering, University of Washington",
    // "Indiana University, School of Informatics MS, Media Arts".
    let at = SCHOOL.find(p).map_or(0, |m| m.start());
    // "B.Tech. in Information Technology from Jawaharlal Nehru
    // Technological University": the school follows "from", "at" or "@".
    // "BACHELOR OF FINE ART California Institute of the Arts": the
    // school follows its degree's name.
    // ("Kamlavati Higher Secondary School": a degree's words run straight
    // into the school's word are its name's.)
    let after_degree = degree_in(&p[..at])
        .and_then(|c| c.name("type"))
        .filter(|t| !p[t.end()..at].contains(',') && !p[t.end()..at].trim().is_empty())
        .map_or(0, |t| t.end());
    // "…Computer Science, December 2010. Indiana University": a
    // sentence's end (after a year or a word, not "St.") too.
    static SENTENCE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:\d|\p{L}{4})\.\s+").expect("valid"));
    // ("Govt. Degree College", "Univ. of Melbourne": a short form's stop
    // ends no sentence.)
    let short_form = |m: &regex::Match<'_>| {
        matches!(
            m.as_str()
                .trim()
                .trim_end_matches('.')
                .to_lowercase()
                .as_str(),
            "univ" | "dept" | "inst" | "govt" | "natl" | "intl"
        )
    };
    // "Rutgers, the State University of New Jersey": a comma before
    // "the" names the same school again.
    let comma = |end: usize| p[..end].rfind(", ");
    let comma = comma(at).and_then(|i| {
        if p[i + 2..].starts_with("the ") {
            comma(i)
        } else {
            Some(i)
        }
    });
    // ("Diploma di Maturità presso Liceo artistico Lucio Fontana":
    // Italian's "at"; "Maitrise en … à l'Università di Torino": French's.)
    // ("BInfoTech: Southern Institute of Technology": a label's colon.)
    let from = [
        " from ", " at ", " @ ", " presso ", " à l'", " à l’", " à la ", " au ", " à ", ": ",
    ]
    .iter()
    .filter_map(|sep| p[..at].rfind(sep).map(|i| i + sep.len()))
    .chain(comma.map(|i| i + 2))
    .chain(
        SENTENCE
            .find_iter(&p[..at])
            .filter(|m| !short_form(m))
            .map(|m| m.end())
            .last(),
    )
    .chain([after_degree])
    .max()
    .unwrap_or(0);
    let rest = &p[from..];
    let to = DEGREE
        .find_iter(rest)
        .map(|m| m.start())
        .find(|&i| i > at - from)
        .unwrap_or(rest.len());
    let name = clean_part(&rest[..to]);
    // "Saint John's University. Expected Graduation Date", "Full
    // Sail University Salutatorian, …", "Fresno City College Studied
    // Computer Science": a sentence's end after a word (not "St."), an
    // honour, or what was studied there ends the name.
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\p{L}{4}\.\s|\s+(?:salutatorian|valedictorian|summa|magna|cum laude|with honou?rs|dean's list|gpa|studied|studying|majored|majoring)\b)")
            .expect("valid")
    });
    let name = match AFTER.find_iter(&name).find(|m| !short_form(m)) {
        Some(m) if SCHOOL.is_match(&name[..m.start() + 4.min(m.len())]) => {
            let cut = if m.as_str().starts_with(char::is_whitespace) {
                m.start()
            } else {
                m.start() + m.as_str().trim_end().len() - 1
            };
            name[..cut].to_owned()
        }
        _ => name,
    };
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().trim_end_matches([',', ':']),
            "expected" | "graduated" | "graduation" | "anticipated" | "class" | "of" | "in"
        )
    }) {
        words.pop();
    }
    // "BS and MS from the University of Chicago": an article in
    // lowercase is the sentence's, not the name's ("The Ohio State
    // University" keeps its own).
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    let name = without_place(words.join(" ").trim_end_matches(','));
    let name = match campus(whole, joints.get(piece), pieces.get(piece + 1)) {
        Some((joint, tail)) if p == whole && whole.trim_end().ends_with(name.as_str()) => {
            format!("{name} {joint} {tail}")
        }
        _ => name,
    };
    // "PUCIT - University of the Punjab": the school's initials before a
    // dash are its name's (not a degree's: "MBA - Harvard Business
    // School").
    let name = match piece
        .checked_sub(1)
        .map(|k| (pieces[k].trim(), joints[k].trim()))
    {
        Some((initials, "-" | "–" | "—"))
            if is_initials(initials)
                && degree_in(initials).is_none()
                && !is_position(initials)
                && p.starts_with(name.as_str()) =>
        {
            format!("{initials} - {name}")
        }
        _ => name,
    };
    Some(name).filter(|name| name.chars().any(char::is_alphabetic))
}

/// A school's name begun on the line above in a narrow column, whole
/// again: "Umpqua Community" / "College, Roseburg, OR", "Brigham Young" /
/// "University - Idaho". The line above is a few capitalised words and
/// nothing else; the school's line opens with its kind ("College", not
/// "College of").
fn school_begun_above(name: String, text: &str, above: Option<&Line<'_>>) -> String {
    let Some(above) = above.filter(|l| !l.blank && !l.bullet) else {
        return name;
    };
    let head = above.text.trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let kind = name.split_whitespace().next().unwrap_or_default();
    let opens = text.trim_start().starts_with(name.as_str())
        && SCHOOL.is_match(kind)
        // "University of …", "Université de Paris", "Università degli
        // Studi": a name that goes on after its kind is whole.
        && !["of ", "de ", "di ", "des ", "del ", "degli ", "della ", "do ", "da ", "van ", "für "]
            .iter()
            .any(|of| name[kind.len()..].trim_start().starts_with(of));
    if opens
        && (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !head.contains(|c: char| c.is_ascii_digit() || ",;:|()".contains(c))
        && !SCHOOL.is_match(head)
        && !DEGREE.is_match(head)
    {
        format!("{head} {name}")
    } else {
        name
    }
}

/// A school's name wrapped at the margin, whole again: "…; University
/// of" / "HomeTown (HomeTown)", "University" / "of Münster.  2018 - 2024".
/// The next line's words go on with the name up to a bracket, a comma, a
/// full stop or the dates.
fn wrapped_school(name: String, text: &str, next: Option<&Line<'_>>) -> String {
    let text = text.trim_end();
    let Some(next) = next.filter(|l| !l.blank && !l.bullet) else {
        return name;
    };
    let rest = next.text.trim();
    let joiner = ["of", "in", "at", "de"]
        .into_iter()
        .find(|j| text.ends_with(&format!("{name} {j}")));
    let rest = if joiner.is_some() {
        rest
    } else if text.ends_with(name.as_str())
        && SCHOOL.is_match(name.rsplit(' ').next().unwrap_or(""))
    {
        match rest.strip_prefix("of ") {
            Some(r) => r,
            None => return name,
        }
    } else {
        return name;
    };
    let head = rest
        .split(['(', ',', ';', '|'])
        .next()
        .unwrap_or_default()
        .split("  ")
        .next()
        .unwrap_or_default();
    let head = dates::find(head).map_or(head, |f| &head[..f.start]);
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .take_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "de" | "the" | "and"))
        .collect();
    if words.is_empty() || words.len() > 4 {
        return name;
    }
    format!("{name} {} {}", joiner.unwrap_or("of"), words.join(" "))
}

/// The campus or the initials a school's name goes on with after a dash:
/// "University of Wisconsin - Milwaukee", "University of Minnesota – Twin
/// Cities", "Université d'Orsay - Paris-Sud", "Indian Institute of
/// Technology - IIT". The school must be named after its place ("… of
/// Wisconsin", "… d'Orsay") and the words after the dash be a few
/// capitalized ones that are no field of study, degree or date
/// ("University of Toronto - Computer Science" goes on with its area).
fn campus<'a>(
    school: &str,
    joint: Option<&&'a str>,
    next: Option<&&'a str>,
) -> Option<(&'a str, &'a str)> {
    static PLACED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:\bof(?: the)?|\bd['’]|\bde) ?\p{Lu}[\p{L}'’.-]*$").expect("valid")
    });
    const AREAS: &[&str] = &[
        "science",
        "sciences",
        "engineering",
        "studies",
        "arts",
        "art",
        "mathematics",
        "math",
        "business",
        "management",
        "design",
        "technology",
        "economics",
        "physics",
        "chemistry",
        "biology",
        "law",
        "medicine",
        "education",
        "informatics",
        "computing",
        "finance",
        "accounting",
        "marketing",
        "psychology",
        "nursing",
        "administration",
        "history",
        "philosophy",
        "literature",
        "music",
        "architecture",
        "school",
        "college",
        "campus",
        "department",
        "faculty",
        "online",
    ];
    let piece = *next?;
    let joint = joint?.trim();
    if !matches!(joint, "-" | "–" | "—") {
        return None;
    }
    // "COLUMBIA (2023)": the campus without the dates after it.
    let tail = piece.split(" (").next().unwrap_or(piece);
    let tail = dates::find(tail)
        .map_or(tail, |f| &tail[..f.start])
        .trim_end();
    let school = school.trim_end();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let named = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !w.chars().any(|c| c.is_ascii_digit() || c == ',')
            && !AREAS.contains(&w.to_lowercase().as_str())
    };
    let kept = if is_initials(tail) {
        abbreviates(tail, school)
    } else {
        // "University of Nice - France": a country is where the school
        // is, not a campus of it.
        PLACED.is_match(school)
            && (1..=3).contains(&words.len())
            && words.iter().all(named)
            && degree_in(tail).is_none()
            && dates::find(tail).is_none()
            && !candidate::is_country(tail)
    };
    kept.then_some((joint, tail))
}

/// A part without a remark in brackets ("University of Washington
/// (Seattle, WA)"), where the school's initials in brackets are its name's
/// own: "Shanghai Jiao Tong University (SJTU)".
fn without_remark(part: &str) -> &str {
    let Some(open) = part.find(" (") else {
        return part;
    };
    let inside = part[open + 2..].split(')').next().unwrap_or_default();
    if is_initials(inside)
        && part[open + 2 + inside.len()..].starts_with(')')
        && abbreviates(inside, &part[..open])
    {
        return &part[..open + 3 + inside.len()];
    }
    // "Master of Science (MSc), University of Strasbourg": a remark
    // before the school's name is the degree's; the name follows it.
    let close = open + 2 + inside.len();
    if part[close..].starts_with(')')
        && !SCHOOL.is_match(&part[..open])
        && SCHOOL.is_match(&part[close + 1..])
    {
        return without_remark(&part[close + 1..]);
    }
    &part[..open]
}

/// Whether `initials` ("SJTU", "IFMR", "BJUT") abbreviate `name`: three
/// letters or more, all but one of them its words' initials in order
/// ("CZ" after "Czech Technical University" is a country's code).
fn abbreviates(initials: &str, name: &str) -> bool {
    let heads: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let mut next = 0;
    let mut matched = 0;
    for c in initials.chars() {
        if let Some(at) = heads[next..].iter().position(|&h| h == c) {
            next += at + 1;
            matched += 1;
        }
    }
    initials.len() >= 3 && matched + 1 >= initials.len()
}

/// A school's name without the grade and the place run in after it:
/// "University of San Francisco, GPA 4.00", "Stanford University,
/// Stanford, CA, USA", "Carnegie Mellon University Pittsburgh,
/// Pennsylvania", "Xidian University, Shaanxi, China"; where the place
/// is the name's own ("University of Kerala, India", "University of
/// California, Los Angeles") the name keeps it.
fn without_place(name: &str) -> String {
    static GPA: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[,;]?\s*\b(?:c?gpa|grade|percentage)\b.*$").expect("valid")
    });
    let mut name = GPA.replace(name, "").trim().to_owned();
    let school_left = |head: &str| {
        let head = head.trim_end().trim_end_matches(',').trim_end();
        let last = head.rsplit(' ').next().unwrap_or_default().to_lowercase();
        (SCHOOL.is_match(head) && !segment::is_connector(&last)).then(|| head.to_owned())
    };
    // "SOUTHWEST BAPTIST UNIVERSITY, BOLIVAR, MO": a name in capitals has
    // its place too.
    if let Some(place) = candidate::location_in_any_case(&name)
        && let Some(at) = name.find(place.as_str())
        && at > 0
        && let Some(head) = school_left(&name[..at])
    {
        name = head;
    }
    // "University of Patras, Department of Civil Engineering": a
    // department or a faculty is the school's part, not its name.
    if let Some((head, tail)) = name.split_once(", ")
        && FACULTY.is_match(tail)
        && !tail.starts_with("School")
        && !tail.starts_with("College")
        && SCHOOL.is_match(head)
    {
        name = head.to_owned();
    }
    // "Willamette University in Salem, OR", "Linköping University in
    // Linköping": a place after "in" that is a town and its region, or
    // the town the school is named after, is where it stands ("Czech
    // Technical University in Prague" is the name).
    // So is a town after a high school's or a college's name ("Liceo
    // Scientifico \"Duca degli Abruzzi\" in Gorizia").
    if let Some((head, place)) = name.rsplit_once(" in ")
        && SCHOOL.is_match(head)
        && (candidate::is_place(place)
            || (is_town(place) && (words_include(head, place) || kind_not_university(head))))
    {
        name = head.to_owned();
    }
    // "University of Padova, thesis title: …": words in lowercase after
    // a comma are a remark on the entry ("Rutgers, the State University"
    // keeps its article).
    if let Some(at) = name.find(", ")
        && name[at + 2..].starts_with(char::is_lowercase)
        && !name[at + 2..].starts_with("the ")
        && SCHOOL.is_match(&name[..at])
    {
        name.truncate(at);
    }
    // "East Central College, Union", "DAV International School,
    // Ahmedabad", "Kalinga Institute of Industrial Technology,
    // Bhubaneswar", "Boston University, Boston": the town after the comma
    // of a college, a school or an institute, or a town the school is
    // named after, is where it stands. A university's campus stays
    // ("University of California, Berkeley", "California State
    // University, Northridge"), and so does an institute's of a nation's
    // many ("Indian Institute of Technology, Bombay").
    let town_cut = |name: &mut String| {
        if let Some((head, town)) = name.rsplit_once(", ")
            && is_town(town)
            && SCHOOL.is_match(head)
            && (kind_not_university(head)
                || words_include(head, town)
                || university_in_town(head, town))
        {
            *name = head.to_owned();
        }
    };
    town_cut(&mut name);
    // "University of Minnesota-Twin Cities, Minneapolis MN": a town and
    // its state's code after the comma, a place and nothing else.
    if let Some((head, tail)) = name.rsplit_once(", ")
        && candidate::is_place(tail.trim().trim_end_matches('.'))
        && let Some(head) = school_left(head)
    {
        name = head;
    }
    // A country or a region spelled out, or a country's code in capitals
    // ("Victoria University of Wellington, NZ"), after a comma.
    while let Some((head, last)) = name.rsplit_once(", ")
        && (candidate::is_country(last.trim())
            || (last.len() == 2
                && last.chars().all(|c| c.is_ascii_uppercase())
                && candidate::is_country_code(last)))
        && let Some(head) = school_left(head)
    {
        name = head;
    }
    // "Durham University, Durham, UK": the town before the country.
    town_cut(&mut name);
    name
}

/// Whether a town after a university's name is where it stands: "Yonsei
/// University, Seoul", "Saint Louis University, Baguio City". A name
/// that goes on after its kind ("University of California, Berkeley")
/// or a state's university ("California State University, Northridge")
/// has its campus there instead.
fn university_in_town(head: &str, town: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    words
        .last()
        .is_some_and(|w| w.to_lowercase().starts_with("universit"))
        && !words
            .iter()
            .any(|w| matches!(*w, "State" | "STATE" | "of" | "OF"))
        && (candidate::is_known_city(town) || town.ends_with(" City"))
}

/// Whether `words` hold `these` as whole words, in any case ("Linköping
/// University" holds "Linköping").
fn words_include(words: &str, these: &str) -> bool {
    format!(" {words} ")
        .to_lowercase()
        .contains(&format!(" {} ", these.to_lowercase()))
}

/// Whether a school's name names a college, a school or an institute and
/// no university, nor one of a nation's many institutes whose campus is
/// the name's ("National Institute of Technology, Trichy").
fn kind_not_university(name: &str) -> bool {
    let lower = name.to_lowercase();
    // ("Goethe-Gymnasium": the kind after a hyphen.)
    let words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| {
        matches!(
            *w,
            "college" | "school" | "institute" | "academy" | "liceo" | "lycée" | "lycee"
        ) || SCHOOLING_KINDS.contains(w)
    }) && !words.iter().any(|w| w.starts_with("universit"))
        && !matches!(words.first(), Some(&("indian" | "national")))
}

/// A town's name as a school's line writes it: one to three capitalized
/// words ("Union", "St. Charles"), none of them a school's kind.
fn is_town(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
        })
        && !SCHOOL.is_match(text)
        && !FACULTY.is_match(text)
}

/// A field without the town a spaced dash sets after it, the place going
/// on after the field's end ("Inductive Biblical Studies - Kansas City" of
/// "…, USA, 2021").
fn without_town(area: &str, after: &str) -> String {
    // "Dubai, UAE; Beirut, Lebanon": the first of the places.
    // The place's parts go on right after the field, up to a year.
    let rest: Vec<&str> = after
        .split(';')
        .next()
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .skip_while(|p| p.is_empty())
        .take_while(|p| {
            is_town(p)
                || candidate::is_country(p)
                || candidate::is_country_code(p)
                || candidate::is_region_code(p)
        })
        .collect();
    let place_from = |town: &str| {
        let place = std::iter::once(town)
            .chain(rest.iter().copied())
            .collect::<Vec<_>>()
            .join(", ");
        is_town(town) && !rest.is_empty() && candidate::is_place(&place)
    };
    if let Some((field, town)) = area.rsplit_once(" - ")
        && place_from(town.trim())
    {
        return field.trim().to_owned();
    }
    // "Matriculation  Sharaqpur Sharif, Punjab, Pakistan": the town where
    // a field would be is no field.
    if place_from(area.trim()) {
        return String::new();
    }
    area.to_owned()
}

fn clean_area(area: &str) -> String {
    static LEADER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[-–—.·]{3,}").expect("valid"));
    let area = LEADER.split(area).next().unwrap_or_default();
    // "Information Technology from Jawaharlal Nehru …": the school follows.
    let area = [" from ", " at "]
        .iter()
        .fold(area, |a, sep| a.split(sep).next().unwrap_or_default());
    let area = area
        .split([',', '|', ';', '(', '•'])
        .next()
        .unwrap_or_default()
        .split("  ")
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches(['-', '–', '—'])
        .trim();
    // "English - Writing Concentration August 2013": the month of the
    // date after the field is no part of it.
    let area = match area.rsplit_once(' ').unwrap_or(("", area)) {
        (head, last) if dates::month_word(last).is_some() => head
            .trim_end()
            .trim_end_matches(['-', '–', '—', ','])
            .trim_end(),
        _ => area,
    };
    // "Software Engineering - Expected", "Expected Graduation:": what
    // leads to the date is no field either.
    static LEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:^|[\s,:–—-])(?:expected|anticipated)(?:\s+graduation)?(?:\s+date)?\s*:?$",
        )
        .expect("valid")
    });
    let area = match LEADS.find(area) {
        Some(m) => area[..m.start()]
            .trim_end()
            .trim_end_matches(['-', '–', '—', ',', ':'])
            .trim_end(),
        None => area,
    };
    area.to_owned()
}

fn skills(text: &NormText, segments: &Segments) -> Vec<Skill> {
    let mut out = Vec::new();
    for (i, line) in text.lines.iter().enumerate() {
        if segments.sections.get(i) != Some(&Section::Skills)
            || segments.headings.iter().any(|(h, _)| *h == i)
        {
            continue;
        }
        let body = bullet_body(line.text.trim()).unwrap_or(line.text.trim());
        if body.is_empty() {
            continue;
        }
        let (name, list) = match body.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 4 => {
                (label.trim().to_owned(), rest)
            }
            _ => ("Skills".to_owned(), body),
        };
        let keywords: Vec<String> = list
            .split([',', ';', '|', '•', '·'])
            .map(|k| k.trim().trim_end_matches('.').to_owned())
            .filter(|k| !k.is_empty())
            .collect();
        if !keywords.is_empty() {
            out.push(Skill {
                name,
                keywords,
                line: line.source_line,
            });
        }
    }
    out
}

fn named(text: &NormText, segments: &Segments, lines: &[Line<'_>], section: Section) -> Vec<Named> {
    let inside = |i: usize| {
        segments.sections.get(i) == Some(&section)
            && !segments.headings.iter().any(|(h, _)| *h == i)
            && !text.lines[i].text.trim().is_empty()
    };
    // "• QuantSoftware Toolkit: Open source Python library…": where every
    // line of Projects is a list item, an item's run-in label names an
    // entry.
    let items_only = section == Section::Projects
        && (0..lines.len())
            .filter(|&i| inside(i))
            .all(|i| lines[i].bullet);
    let label = |i: usize| {
        let body = bullet_body(lines[i].text.trim())?;
        let (label, _) = body.split_once(": ")?;
        let label = label.trim();
        (items_only
            && label.starts_with(char::is_uppercase)
            && (1..=6).contains(&label.split_whitespace().count()))
        .then(|| label.to_owned())
    };
    text.lines
        .iter()
        .enumerate()
        .filter(|(i, _)| inside(*i))
        .filter_map(|(i, l)| {
            let name = if lines[i].bullet && section != Section::Certifications {
                label(i)?
            } else {
                let body = bullet_body(l.text.trim()).unwrap_or(l.text.trim());
                parts(body).into_iter().next().unwrap_or_default()
            };
            Some(Named {
                name,
                line: l.source_line,
            })
        })
        .filter(|n| !n.name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn parsed(text: &str) -> Resume {
        let text = normalize(&Document::from_lines(text.lines()));
        parse(&text, &segment(&text))
    }

    #[test]
    fn a_dated_item_on_the_first_line_is_read_without_a_fault() {
        // (An inner item's dates are looked for against the line above:
        // the first line has none.)
        let r = parsed("• Jan 2020 - Present\n• Built things at Acme for five years\n");
        assert!(r.work.len() <= 1, "{:?}", r.work);
    }

    #[test]
    fn a_stated_job_the_lines_miss_keeps_its_stated_dates() {
        // al-folio's time table: the first role's line, right under its
        // section, is not read as a job; taken as the YAML states it, it
        // keeps its dates.
        let yaml = "- title: Research Experience\n  type: time_table\n  contents:\n    - title: Research Intern\n      institution: University of Cambridge (Institute of Astronomy / Kavli Institute of Cosmology)\n      year: Summer 2025\n      description:\n        - Project on Gravitational Wave Data Analysis.\n    - title: Research Intern\n      institution: University of Oxford\n      year: Summer 2024\n";
        let doc = crate::extract::source::yaml::extract(yaml.as_bytes()).expect("reads");
        let text = normalize(&doc);
        let r = read(&text, &segment(&text), candidate::find(&text), &doc.stated);
        let dates: Vec<_> = r
            .work
            .iter()
            .map(|w| (w.start_date.as_deref(), w.end_date.as_deref()))
            .collect();
        assert_eq!(
            dates,
            [
                (Some("2025-06"), Some("2025-06")),
                (Some("2024-06"), Some("2024-06"))
            ]
        );
    }

    #[test]
    fn an_outline_s_employers_over_their_titles_are_undated_jobs() {
        // Org: "** META" over "*** Senior Staff …, AI Research", no dates
        // (the drawer's properties are not printed): the deeper heading
        // is the title whole, the one above it the employer.
        let org = "#+title: CV\n#+author: Jane Doe\n#+email: jane@example.com\n* Experience\n\
                   ** META\n:PROPERTIES:\n:LOCATION: Bay Area, CA\n:END:\n\
                   *** Senior Staff (IC7) and Data Lead, AI Research\n- Scaled the data pipelines.\n\
                   ** SCAPE TECHNOLOGIES\n*** Machine Learning Engineer\n- Built the recognition pipeline.\n\
                   **** Skills\n- Rust, Go\n\
                   * Education\n** University of Michigan\n";
        let doc = crate::extract::text::extract_named(
            org.as_bytes(),
            Some(std::path::Path::new("cv.org")),
        )
        .expect("read");
        let text = normalize(&doc);
        let r = read(&text, &segment(&text), candidate::find(&text), &doc.stated);
        let jobs: Vec<_> = r
            .work
            .iter()
            .map(|w| (w.name.as_deref(), w.position.as_deref(), w.highlights.len()))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("META"),
                    Some("Senior Staff (IC7) and Data Lead, AI Research"),
                    1
                ),
                (
                    Some("SCAPE TECHNOLOGIES"),
                    Some("Machine Learning Engineer"),
                    1
                ),
            ]
        );
    }

    #[test]
    fn a_yaml_resume_s_list_of_tools_is_no_list_of_jobs_and_its_program_names_its_degree() {
        // `technicalExperience` lists tools (a name, years of use): no
        // title, no dates, so no jobs; `program` opens with its degree.
        let yaml = "name: James Holmes\nemail: jh@example.com\ntechnicalExperience:\n  - name: ActionScript\n    experience: 4\n  - name: Go\n    experience: 2\nworkExperience:\n  - company: Skyward.io\n    title: Lead Front-End Developer\n    from: '2014-08'\n    to: '2015-04'\neducation:\n  - school: Art Institute of Atlanta\n    program: BFA Media Arts and Animation\n    to: '2004-04'\n";
        let doc = crate::extract::source::yaml::extract(yaml.as_bytes()).expect("reads");
        let text = normalize(&doc);
        let r = read(&text, &segment(&text), candidate::find(&text), &doc.stated);
        let jobs: Vec<_> = r.work.iter().map(|w| w.name.as_deref()).collect();
        assert_eq!(jobs, [Some("Skyward.io")]);
        let school = &r.education[0];
        assert_eq!(
            (school.study_type.as_deref(), school.area.as_deref()),
            (Some("BFA"), Some("Media Arts and Animation"))
        );
    }

    #[test]
    fn projects_are_named_by_their_lines_or_their_items_labels() {
        let names = |text: &str| -> Vec<String> {
            parsed(text).projects.into_iter().map(|p| p.name).collect()
        };
        // A list alone: each item's run-in label names a project; an item
        // without one describes.
        assert_eq!(
            names(
                "Projects\n• QuantSoftware Toolkit: Open source Python library for finance.\n• Mac Setup: Book on setting up a developer machine.\n• Wrote the docs for both."
            ),
            ["QuantSoftware Toolkit", "Mac Setup"]
        );
        // A project's own line names it; the items under it describe it.
        assert_eq!(
            names("Projects\nqueue-lens | Rust\n• Impact: 400 stars and 30 contributors."),
            ["queue-lens"]
        );
    }

    #[test]
    fn a_title_in_small_capitals_after_a_name_is_set_apart() {
        fn at(p: &str) -> Option<&str> {
            small_caps_title(p).map(|i| &p[i..])
        }
        assert_eq!(
            at("Air Sciences, Inc. NETWORK ADMINISTRATOR (INTERN & PART-TIME)"),
            Some("NETWORK ADMINISTRATOR (INTERN & PART-TIME)")
        );
        // Capitals throughout, one capital word, no job's word, or a word
        // in odd case: nothing set apart.
        assert_eq!(at("JUNiOR WEB DEVELOPER"), None);
        assert_eq!(at("ACME CORP SOFTWARE ENGINEER"), None);
        assert_eq!(at("Acme Corp ENGINEER"), None);
        assert_eq!(at("Acme Corp NEW YORK"), None);
    }

    #[test]
    fn a_title_names_work_outside_offices_and_a_tool_names_none() {
        for title in [
            "Post-doc",
            "Postdoc",
            "Fieldworker/ welder",
            "Seaman at the deck department",
            "School Librarian",
            "Paramedic",
            "Secretary of the board",
            "Principal student investigator",
        ] {
            assert!(is_position(title), "{title}");
        }
        for name in ["Adobe Illustrator", "Cook County", "Final Cut Pro"] {
            assert!(!is_position(name), "{name}");
        }
    }

    #[test]
    fn job_headers_are_read_in_the_layouts_resumes_use() {
        // (experience section, [(employer, position, location, start, end)])
        type Job<'a> = (&'a str, &'a str, Option<&'a str>, &'a str, Option<&'a str>);
        let cases: &[(&str, &[Job<'_>])] = &[
            // A header wrapped at the margin after a joining word goes on
            // in the words before the next line's dates.
            (
                "US Army Research Laboratory - ORAU Senior Researcher, Sensors and\nElectron Devices Directorate (August 2011 - February 2016).\n\nAt ARL I have investigated radioisotope batteries.\n",
                &[(
                    "US Army Research Laboratory",
                    "ORAU Senior Researcher, Sensors and Electron Devices Directorate",
                    None,
                    "2011-08",
                    Some("2016-02"),
                )],
            ),
            // A title alone over statements whose ranges stand in a
            // column beside them: the job runs from the first range's
            // start to the last one's end, its employer the line over the
            // role before.
            (
                "University of Kansas\n\nGraduate Teaching Assistant  Jan. 2024-May 2024\n• Administering Labs and Grading\n\nGraduate Research Assistant\n• Researching formal methods and Blockchain  Jan. 2023-Jan. 2024\n• Researching applications of information entropy  May 2024-Present\n",
                &[
                    (
                        "University of Kansas",
                        "Graduate Teaching Assistant",
                        None,
                        "2024-01",
                        Some("2024-05"),
                    ),
                    (
                        "University of Kansas",
                        "Graduate Research Assistant",
                        None,
                        "2023-01",
                        None,
                    ),
                ],
            ),
            // Each title an item over its dates alone in an inner item,
            // the employer's name alone over the first: a later role's
            // item is its title whole, at the same employer.
            (
                "Novo Nordisk, DK (Pharma)\n\n• Product Owner\n◦ Jan 2025 - Present\n• Semantic Engineer - Ontology Steward\n◦ Aug 2023 - Dec 2024\n\nThegreendata, FR (FinTech)\n\n• Data Scientist\n◦ Apr 2020 - Aug 2021\n",
                &[
                    ("Novo Nordisk", "Product Owner", None, "2025-01", None),
                    (
                        "Novo Nordisk",
                        "Semantic Engineer - Ontology Steward",
                        None,
                        "2023-08",
                        Some("2024-12"),
                    ),
                    (
                        "Thegreendata",
                        "Data Scientist",
                        None,
                        "2020-04",
                        Some("2021-08"),
                    ),
                ],
            ),
            // A date column read after its rows: the lines over the first
            // dates, in equal groups, are the jobs' headers in order.
            (
                "\nPostdoctoral Researcher\nStanford Graduate School of Business\nResearch Associate\nThe McKell Institute\nResearch Assistant\nNewgate Research\n\nOct 2023 - Current\n\nMay 2021 - Jan 2022\n\nJan 2017 - March 2018\n",
                &[
                    (
                        "Stanford Graduate School of Business",
                        "Postdoctoral Researcher",
                        None,
                        "2023-10",
                        None,
                    ),
                    (
                        "The McKell Institute",
                        "Research Associate",
                        None,
                        "2021-05",
                        Some("2022-01"),
                    ),
                    (
                        "Newgate Research",
                        "Research Assistant",
                        None,
                        "2017-01",
                        Some("2018-03"),
                    ),
                ],
            ),
            // "Trainer" is a title.
            (
                "\n2019: Trainer\nLe Cnam en Grand Est - Strasbourg (67)\n\n* Tutelage of students\n",
                &[(
                    "Le Cnam en Grand Est",
                    "Trainer",
                    Some("Strasbourg (67)"),
                    "2019",
                    Some("2019"),
                )],
            ),
            // A line of many tools set apart by bars, under the job
            // before, is no part of the next header.
            (
                "\n2019: Trainer\nLe Cnam en Grand Est - Strasbourg (67)\n\n* Tutelage of students for the writing of a thesis\n\nC# | SQL Server | OpenShift | Angular | Android | Kafka | Rails\n\n2017 - 2019: IT consultant\nAmaris Consulting - Strasbourg (67)\n\n* Consumer enrollment API for partner retailers\n",
                &[
                    (
                        "Le Cnam en Grand Est",
                        "Trainer",
                        Some("Strasbourg (67)"),
                        "2019",
                        Some("2019"),
                    ),
                    (
                        "Amaris Consulting",
                        "IT consultant",
                        Some("Strasbourg (67)"),
                        "2017",
                        Some("2019"),
                    ),
                ],
            ),
            // French: the town after "à" is the place, with its country
            // as French names it; "De … a …" is a range; "auprès de" is
            // no part of the employer's name.
            (
                "Depuis 2013 | Éducatrice, Cooperative Sociale Tuttinsieme à Milan, Italie.\n• Educatrice specialisée\n\nDe 2013 a 2015 | Educatrice specialisée, Famille Dupont.\n\nDecembre 2012 | Responsable d'un groupe de bénévols, auprès de l'ONG Coopi-Cooperazione\n\nZip Code Wilmington – Wilmington, DE Oct 2011 - Nov 2012\n",
                &[
                    (
                        "Cooperative Sociale Tuttinsieme",
                        "Éducatrice",
                        Some("Milan, Italie"),
                        "2013",
                        None,
                    ),
                    (
                        "Famille Dupont",
                        "Educatrice specialisée",
                        None,
                        "2013",
                        Some("2015"),
                    ),
                    (
                        "ONG Coopi-Cooperazione",
                        "Responsable d'un groupe de bénévols",
                        None,
                        "2012-12",
                        Some("2012-12"),
                    ),
                    // Delaware's code before the dates is no French "de".
                    (
                        "Zip Code Wilmington",
                        "-",
                        Some("Wilmington, DE"),
                        "2011-10",
                        Some("2012-11"),
                    ),
                ],
            ),
            // A label over a job's statements set without marks leaves
            // the jobs after it in Experience; a phrase labelling the
            // bullets is no employer.
            (
                "Administrative Officer\nMinistry of Environment, Banjul\nJanuary 2024 - Present\nDuties and responsibilities include:\n• Record meetings for senior management.\nAchievements\nParticipated in the formulation and implementation of 3 projects for the WACA project.\nAccount Executive\nOutboost Media & Analytics, Banjul\nJune 2021 - August 2023\n• Managed accounts.\n",
                &[
                    (
                        "Ministry of Environment",
                        "Administrative Officer",
                        Some("Banjul"),
                        "2024-01",
                        None,
                    ),
                    (
                        "Outboost Media & Analytics",
                        "Account Executive",
                        Some("Banjul"),
                        "2021-06",
                        Some("2023-08"),
                    ),
                ],
            ),
            (
                "Administrative Officer\nJanuary 2024 - Present\nDuties and responsibilities include:\n• Record meetings for senior management.\n",
                &[("-", "Administrative Officer", None, "2024-01", None)],
            ),
            // How long the job lasted, in brackets after its dates, is
            // theirs; a French town with its département's number is the
            // job's place.
            (
                "2010 (4 mois) : Lead developeur - lacompany - Montrouge (92)\n        Suivi des travaux developpement\n\nJan 2020 - Oct 2020 (10 months): Developer, Acme Corp, Lyon (69)\n",
                &[
                    (
                        "lacompany",
                        "Lead developeur",
                        Some("Montrouge (92)"),
                        "2010",
                        Some("2010"),
                    ),
                    (
                        "Acme Corp",
                        "Developer",
                        Some("Lyon (69)"),
                        "2020-01",
                        Some("2020-10"),
                    ),
                ],
            ),
            // The tools the job before names after their label are none
            // of the next job's header, however far above its dates.
            (
                "Indépendant                          2011-2017\nFreeLancer et Professeur de Java\n\n• Audit et analyse des besoins\n\nEnvironnement technique : Java EE, C, C++, Python, PHP, Git, Maven\n\n\n\nBaamtu                                            2010-2011\nPython Développeur\n\nDéveloppement d'applications de gestion avec OpenERP\n",
                &[
                    (
                        "Indépendant",
                        "FreeLancer et Professeur de Java",
                        None,
                        "2011",
                        Some("2017"),
                    ),
                    ("Baamtu", "Python Développeur", None, "2010", Some("2011")),
                ],
            ),
            // A colon typed against an organization's name sets the
            // title after it apart: a legal form, or a first word in
            // capitals.
            (
                "RBR Elektroteam GdbR: Internship in electrics and construction\nOctober 2020 - April 2021\nThe activity included coordination.\n\nACS Umwelttechnik: Internship in environmental technology\nJuly - August 2019\n",
                &[
                    (
                        "RBR Elektroteam GdbR",
                        "Internship in electrics and construction",
                        None,
                        "2020-10",
                        Some("2021-04"),
                    ),
                    (
                        "ACS Umwelttechnik",
                        "Internship in environmental technology",
                        None,
                        "2019-07",
                        Some("2019-08"),
                    ),
                ],
            ),
            // An employer's name alone over blank lines (an Org heading's
            // property drawer), over the dated title.
            (
                "SpringerNature\n\n\n\n\nSenior Software Developer (April 2023 - Present)\n\n\n\n- Mentored others in functional programming.\n",
                &[(
                    "SpringerNature",
                    "Senior Software Developer",
                    None,
                    "2023-04",
                    None,
                )],
            ),
            // The person the work was done under, between the employer
            // and the title; what the research was about is a detail.
            (
                "University of Wisconsin-Madison, Madison, WI  2021 - 2026\nAdvisor: Jesse N. Weber\nDoctoral Research Associate\nDepartment of Integrative Biology\n\nAcme Labs, Madison, WI  2019 - 2020\nSupervisor: Dr. Ann Lee\nSubject: Soliton solutions\n",
                &[
                    (
                        "University of Wisconsin-Madison",
                        "Doctoral Research Associate",
                        Some("WI"),
                        "2021",
                        Some("2026"),
                    ),
                    ("Acme Labs", "-", Some("Madison, WI"), "2019", Some("2020")),
                ],
            ),
            // A table of labelled fields under the dates (a Europass CV):
            // its employer and title are the job's, whatever the dated
            // line reads as.
            (
                "TL, big data, scala (10/2017 - present)\n\nEmployer  Adswizz\nBusiness  Audio Advertising\nPosition held  Senior Developer for  Big Data Apps, Team Lead\nMain activities and responsibilities:\n• Coordinate a team of 3-5 devs\n\nproject manager (09/2016 – 02/2017)\nEmployer: Central Europe Technologies\nPosition held: Project Manager\n",
                &[
                    (
                        "Adswizz",
                        "Senior Developer for Big Data Apps, Team Lead",
                        None,
                        "2017-10",
                        None,
                    ),
                    (
                        "Central Europe Technologies",
                        "Project Manager",
                        None,
                        "2016-09",
                        Some("2017-02"),
                    ),
                ],
            ),
            // "Since" inside the dates' bracket goes with them; a list of
            // tools after the title's dash is none of the title.
            (
                "Object Edge (Desde Out/2015)\nFront-end - HTML, CSS, JavaScript\n\nGabinete Digital (2011 - 2013)\nFront-end/Designer - HTML, Sass, JavaScript, Python\n\nAcme (Since Oct 2015)\nDesigner\n",
                &[
                    ("Object Edge", "Front-end", None, "2015-10", None),
                    (
                        "Gabinete Digital",
                        "Front-end/Designer",
                        None,
                        "2011",
                        Some("2013"),
                    ),
                    ("Acme", "Designer", None, "2015-10", None),
                ],
            ),
            // A remark in brackets makes a header line no statement,
            // however long.
            (
                "- University of Toronto, Lecturer (History Dept, New College, Dept for the Study of Religion, Faculty of Information) (2010-19)\n- Max Planck Institute for History of Science, Postdoctoral Fellow (1999-2001)\n",
                &[
                    (
                        "University of Toronto",
                        "Lecturer (History Dept, New College, Dept for the Study of Religion, Faculty of Information)",
                        None,
                        "2010",
                        Some("2019"),
                    ),
                    (
                        "Max Planck Institute for History of Science",
                        "Postdoctoral Fellow",
                        None,
                        "1999",
                        Some("2001"),
                    ),
                ],
            ),
            // Employer and title in two columns, each wrapped after a
            // joining word; a series of words a name "for" lists.
            (
                "The Retreat Assisted Living Community  PCP (Personal Care Provider) and\nWestminster, CO  QMAP (Qualified Medication Administration Person)\nJune 2016 - August 2017\n• Provided meal assistance.\n\nNorthwestern University Center for Audiology, Speech, Language, and  Speech-Language Pathology Clinical Intern\nLearning (NUCASLL)  January 2018 - December 2018\nEvanston, IL\n\n• Provided therapy services to adults.\n",
                &[
                    (
                        "The Retreat Assisted Living Community",
                        "PCP (Personal Care Provider) and QMAP (Qualified Medication Administration Person)",
                        Some("Westminster, CO"),
                        "2016-06",
                        Some("2017-08"),
                    ),
                    (
                        "Northwestern University Center for Audiology, Speech, Language, and Learning (NUCASLL)",
                        "Speech-Language Pathology Clinical Intern",
                        Some("Evanston, IL"),
                        "2018-01",
                        Some("2018-12"),
                    ),
                ],
            ),
            // A profession named by its ending ("-ologist").
            (
                "Parker Adventist Hospital | Centura Health  Speech-Language Pathologist\nParker, CO  September 2020 - Present\n• Provide inpatient services.\n",
                &[(
                    "Parker Adventist Hospital",
                    "Speech-Language Pathologist",
                    Some("Parker, CO"),
                    "2020-09",
                    None,
                )],
            ),
            // A lowercase "l" set between spaces is a bar.
            (
                "Customer Service Representative  2009 - 2011\nDRM Data Center l Austin, TX\n\nwe provide excellent IT customer service.\n",
                &[(
                    "DRM Data Center",
                    "Customer Service Representative",
                    Some("Austin, TX"),
                    "2009",
                    Some("2011"),
                )],
            ),
            // A scholar's post is a title.
            (
                "Visiting Scholar, Seminar für Ästhetik (1994-95)\nTaught a seminar on aesthetics.\n",
                &[(
                    "Seminar für Ästhetik",
                    "Visiting Scholar",
                    None,
                    "1994",
                    Some("1995"),
                )],
            ),
            // Chinese titles and organizations, in traditional
            // characters, by their last characters; a year inside a
            // sentence is no job's.
            (
                "工作經歷\n• 行政秘書-專案活動規劃執行 | 靈鷲山佛教基金會\n2014~現在\n●社群媒體經營:\n管理Facebook 和 LINE 群組,根據不同活動撰寫推廣文案,成功吸引新人參與活動。\n• ●大型活動執行:\n(2)快速處理活動中臨時狀況,成功執行專案,例如:2019年高雄巨蛋法會, 參與人數均超過數千人。\n• 國中(小)數學老師 | 明冠文理補習班\n2013~2014\n",
                &[
                    (
                        "靈鷲山佛教基金會",
                        "行政秘書-專案活動規劃執行",
                        None,
                        "2014",
                        None,
                    ),
                    (
                        "明冠文理補習班",
                        "國中(小)數學老師",
                        None,
                        "2013",
                        Some("2014"),
                    ),
                ],
            ),
            // A black circle sets the title and the employer apart.
            (
                "2018 - 2020\nVolunteer ● Youth club Wollewei\n-Most of the time I organise parties.\n\n2018 - 2019\nOrder picking ● All-Sports Turnhout\n-I took products out of the warehouse.\n",
                &[
                    (
                        "Youth club Wollewei",
                        "Volunteer",
                        None,
                        "2018",
                        Some("2020"),
                    ),
                    (
                        "All-Sports Turnhout",
                        "Order picking",
                        None,
                        "2018",
                        Some("2019"),
                    ),
                ],
            ),
            // A line labelled as the job's projects or tools is a detail,
            // no employer; freelancing is the work, not an employer.
            (
                "Freelancing\nJan 2020 - Oct 2020 (10 months)\nNotable Projects: HunarPro\nTech Used: React, Next.js\n\nWeb Developer, Opinta Solutions\nSep 2018 - Jan 2020\nTech Used: React, Gatsby.js\n",
                &[
                    ("-", "Freelancing", None, "2020-01", Some("2020-10")),
                    (
                        "Opinta Solutions",
                        "Web Developer",
                        None,
                        "2018-09",
                        Some("2020-01"),
                    ),
                ],
            ),
            // A known town after the employer and a comma is the place,
            // with no region after it: the title is the line below, though
            // its words are in lowercase. Not after a title.
            (
                "Sfeir, Lille Janvier 2017 -> Mars 2018\nIngénieur étude et développement\n* Ansible\n\nAcme, Paris 2015 - 2016\nSoftware engineer and developer\n* Go\n",
                &[
                    (
                        "Sfeir",
                        "Ingénieur étude et développement",
                        Some("Lille"),
                        "2017-01",
                        Some("2018-03"),
                    ),
                    (
                        "Acme",
                        "Software engineer and developer",
                        Some("Paris"),
                        "2015",
                        Some("2016"),
                    ),
                ],
            ),
            (
                "Data Analyst, Orange 2015 - 2016\n* Built reports.\n",
                &[("Orange", "Data Analyst", None, "2015", Some("2016"))],
            ),
            // A spaced colon between the employer and the title; a dotted
            // month of one digit; a doubled dash at the line's end leaves
            // the range open.
            (
                "Query Delivery (https://run.query.delivery) : 공동 창업자 2020.12 --\n- 데이터베이스를 쉽게 씁니다.\n\nSpoqa (https://spoqa.com/) : 풀스택 프로그래머 2015.2 -- 2020.12\n- 매장과 손님을 연결합니다.\n",
                &[
                    ("Query Delivery", "공동 창업자", None, "2020-12", None),
                    (
                        "Spoqa",
                        "풀스택 프로그래머",
                        None,
                        "2015-02",
                        Some("2020-12"),
                    ),
                ],
            ),
            (
                "Acme Corp : Backend Engineer 2015.02 -- 2020.12\n• Built the payments API.\n",
                &[(
                    "Acme Corp",
                    "Backend Engineer",
                    None,
                    "2015-02",
                    Some("2020-12"),
                )],
            ),
            // The same, one list item a job.
            (
                "- H Labs (http://zari.me/) : 파트 타임 프로그래머 2014.10 -- 2015.1\n- Beatpacking Company : 백엔드 프로그래머 인턴 2013.06 -- 2013.12\n",
                &[
                    (
                        "H Labs",
                        "파트 타임 프로그래머",
                        None,
                        "2014-10",
                        Some("2015-01"),
                    ),
                    (
                        "Beatpacking Company",
                        "백엔드 프로그래머 인턴",
                        None,
                        "2013-06",
                        Some("2013-12"),
                    ),
                ],
            ),
            // A university's campus after its comma, then the title.
            (
                "University of Nevada, Reno, Long-Term Substitute  Aug 2019 - May 2020\n• Taught reading.\n",
                &[(
                    "University of Nevada, Reno",
                    "Long-Term Substitute",
                    None,
                    "2019-08",
                    Some("2020-05"),
                )],
            ),
            // A title that ends in the crew's word, under the employer and
            // its town (Cumnock, too small a town to be known, stays
            // unread).
            (
                "June 2014 -- October 2014\nArta, Glasgow\nBar Staff\n\nJune 2013 -- August 2013\nDumfries House, Cumnock\nEvent Waiting Staff\n",
                &[
                    (
                        "Arta",
                        "Bar Staff",
                        Some("Glasgow"),
                        "2014-06",
                        Some("2014-10"),
                    ),
                    (
                        "Dumfries House",
                        "Event Waiting Staff",
                        None,
                        "2013-06",
                        Some("2013-08"),
                    ),
                ],
            ),
            // A French title in capitals that lost its accents.
            (
                "DEVELOPPEUSE WEB\nREDSYSTEM\n12/2022 - 04/2023,\nExpert en cybersécurité et informatique.\n",
                &[(
                    "REDSYSTEM",
                    "DEVELOPPEUSE WEB",
                    None,
                    "2022-12",
                    Some("2023-04"),
                )],
            ),
            // Russian: the employer with its legal form and town over the
            // title "в период с … по … годы" ("in the period from … to …
            // years").
            (
                "ООО «Самара криптосервис» г. Самара\n\nСпециалист отдела информационной безопасности в период с 2003 по 2005 годы.\n\nОбязанности::\n* Администрирование удостоверяющего центра.\n\nООО «АйТи Таск» (www.it-task.ru)\n\nРуководитель проектов в период с 2014 г. – по настоящее время\n\n* Руководство проектами по защите информации.\n",
                &[
                    (
                        "ООО «Самара криптосервис»",
                        "Специалист отдела информационной безопасности",
                        Some("г. Самара"),
                        "2003",
                        Some("2005"),
                    ),
                    (
                        "ООО «АйТи Таск»",
                        "Руководитель проектов",
                        None,
                        "2014",
                        None,
                    ),
                ],
            ),
            // An employer's line with its web address in brackets names,
            // it says nothing ("www" is no word in lowercase).
            (
                "* Последняя обязанность.\n\nЗАО «ЛЕТА» представительство в г. Самара (www.leta.ru)\n\nРуководитель проектов в период с 2011 по 2012 годы\n\n* Взаимодействие с заказчиками.\n",
                &[(
                    "ЗАО «ЛЕТА» представительство",
                    "Руководитель проектов",
                    Some("г. Самара"),
                    "2011",
                    Some("2012"),
                )],
            ),
            // Title, employer, dates alone, job after job with no
            // statements: the lines under one job's dates are the next
            // job's header (a section's heading below is none).
            (
                "An accountant\nLeasing company LLC \"Leasing Finance\"\n\n2012-2023\nAn accountant\nAudit firm LLC \"Zakhidauditservis\"\n\n2010-2011\nEducation\nIvan Franko National University of Lviv, Master\n2006-2011\n",
                &[
                    (
                        "Leasing company LLC \"Leasing Finance\"",
                        "An accountant",
                        None,
                        "2012",
                        Some("2023"),
                    ),
                    (
                        "Audit firm LLC \"Zakhidauditservis\"",
                        "An accountant",
                        None,
                        "2010",
                        Some("2011"),
                    ),
                ],
            ),
            // A theme's link to the employer's page between the employer's
            // line and its dates.
            (
                "Akkodis  Heerbrugg, Switzerland\n• https://www.linkedin.com/company/akkodis/\nMay 2022 - December 2024\n\nEmbedded Software Developer (Consultant)\nDeveloped handheld devices.\n",
                &[(
                    "Akkodis",
                    "Embedded Software Developer (Consultant)",
                    Some("Heerbrugg, Switzerland"),
                    "2022-05",
                    Some("2024-12"),
                )],
            ),
            // A season's date after a header of twelve words: the date's
            // words are not the header's.
            (
                "Fourth Grade Student Teacher, Los Molinos Elementary School, Los Molinos, CA: Spring 2014\n• Planned lessons.\n",
                &[(
                    "Los Molinos Elementary School",
                    "Fourth Grade Student Teacher",
                    Some("Los Molinos, CA"),
                    "2014-03",
                    Some("2014-03"),
                )],
            ),
            // A list of dated jobs, one bullet each: a job inside the
            // period of the one above is a job of its own.
            (
                "• Research Assistant - Odum Institute  Jan 2016 - June 2019\n• Lincoln Financial Group - Actuarial Intern  Jun 2017 - Aug 2017\n",
                &[
                    (
                        "Odum Institute",
                        "Research Assistant",
                        None,
                        "2016-01",
                        Some("2019-06"),
                    ),
                    (
                        "Lincoln Financial Group",
                        "Actuarial Intern",
                        None,
                        "2017-06",
                        Some("2017-08"),
                    ),
                ],
            ),
            // A place in brackets after the employer takes its brackets.
            (
                "• Cornerstone Research (Boston, MA) - Summer Associate  Jun 2023 - Aug 2023\n",
                &[(
                    "Cornerstone Research",
                    "Summer Associate",
                    Some("Boston, MA"),
                    "2023-06",
                    Some("2023-08"),
                )],
            ),
            // The hours a job took before its title are no part of it.
            (
                "Vollzeit Fachkraft technische Systemplanerin\n2025.02 - heute\nAFRY Deutschland GmbH\n",
                &[(
                    "AFRY Deutschland GmbH",
                    "Fachkraft technische Systemplanerin",
                    None,
                    "2025-02",
                    None,
                )],
            ),
            (
                "Part-time Cashier, Trader Joe's, 2019 - 2020\n",
                &[("Trader Joe's", "Cashier", None, "2019", Some("2020"))],
            ),
            // German's "bei" is "at" (and "beim", "at the"); "Seit"
            // before the dates opens them.
            (
                "01.08.2002 - 31.07.2005  kaufmännische Lehre beim Elektrizitätswerk Nidwalden\n",
                &[(
                    "Elektrizitätswerk Nidwalden",
                    "kaufmännische Lehre",
                    None,
                    "2002-08",
                    Some("2005-07"),
                )],
            ),
            (
                "Seit 01.09.2022  FSJ im OK Weinstraße\n01.08.2020 - 10.07.21  Jahrespraktikum bei Procter & Gamble\n",
                &[
                    ("FSJ im OK Weinstraße", "-", None, "2022-09", None),
                    (
                        "Procter & Gamble",
                        "Jahrespraktikum",
                        None,
                        "2020-08",
                        Some("2021-07"),
                    ),
                ],
            ),
            // The town after the employer's comma is where, the hours in
            // brackets no part of either.
            (
                "01.07.2019 - 31.12.2019  Trainee in Robotic Process Automation bei Schindler Management AG, Ebikon (Teilzeit 40%)\n• Prozesse analysieren\n",
                &[(
                    "Schindler Management AG",
                    "Trainee in Robotic Process Automation",
                    Some("Ebikon"),
                    "2019-07",
                    Some("2019-12"),
                )],
            ),
            // A unit, a dash and its university are one employer.
            (
                "2015-2018 Complex Systems Institute - University of Orléans  Orléans, France\nResearch associate - computational/data science\n• Statistical analysis of neural data\n2014-2015 MEMPHYS - University of Southern Denmark  Odense, Denmark\nResearch associate - computational biophysics\n",
                &[
                    (
                        "Complex Systems Institute - University of Orléans",
                        "Research associate - computational/data science",
                        Some("Orléans, France"),
                        "2015",
                        Some("2018"),
                    ),
                    (
                        "MEMPHYS - University of Southern Denmark",
                        "Research associate - computational biophysics",
                        Some("Odense, Denmark"),
                        "2014",
                        Some("2015"),
                    ),
                ],
            ),
            // A slash between a title and an employer's name, either way
            // round; between two titles it is the title's.
            (
                "Social Media Manager / CAMPING-CAR-PARK\nOct 2023 - Sept 2024\n• Ran the accounts\n\nLasertex sp. z o.o. / Software Engineer\nAug 2023 - Sep 2023\n• Wrote the UI\n\nIBM / Db2 Support Engineer (L2)\nNov 2022 - Sep 2023\n• Solved cases\n\nCharter Pilot / Captain  Silverhawk Aviation\n2021 - 2022\n• Flew charters\n",
                &[
                    (
                        "CAMPING-CAR-PARK",
                        "Social Media Manager",
                        None,
                        "2023-10",
                        Some("2024-09"),
                    ),
                    (
                        "Lasertex sp. z o.o.",
                        "Software Engineer",
                        None,
                        "2023-08",
                        Some("2023-09"),
                    ),
                    (
                        "IBM",
                        "Db2 Support Engineer (L2)",
                        None,
                        "2022-11",
                        Some("2023-09"),
                    ),
                    (
                        "Silverhawk Aviation",
                        "Charter Pilot / Captain",
                        None,
                        "2021",
                        Some("2022"),
                    ),
                ],
            ),
            // A city of two words, the first "Belo".
            (
                "Analyst\nState Secretariat of Planning\nBelo Horizonte, Brazil\n2010 - 2013\n• Planned budgets\n",
                &[(
                    "State Secretariat of Planning",
                    "Analyst",
                    Some("Belo Horizonte, Brazil"),
                    "2010",
                    Some("2013"),
                )],
            ),
            // Dates alone, each month and year on a line of its own, are
            // no running header however many there are.
            (
                "01/2019:\nTeaching Assistant\nMassachusetts Institute of Technology, China\n\n01/2017:\nWorkshop Lecturer\nTamkang University, Taiwan\n\n03/2016:\nWorkshop Teaching Assistant\nStuttgart University, Germany\n",
                &[
                    (
                        "Massachusetts Institute of Technology",
                        "Teaching Assistant",
                        Some("China"),
                        "2019-01",
                        Some("2019-01"),
                    ),
                    (
                        "Tamkang University",
                        "Workshop Lecturer",
                        Some("Taiwan"),
                        "2017-01",
                        Some("2017-01"),
                    ),
                    (
                        "Stuttgart University",
                        "Workshop Teaching Assistant",
                        Some("Germany"),
                        "2016-03",
                        Some("2016-03"),
                    ),
                ],
            ),
            // A period over the roles held in it, each a title at an
            // employer: a job each.
            (
                "2019 - Present:\n• Full-time interpreter and business manager at Kowsar Baft Novin Co.\n• Full-time translator and business coordinator at Kowsar Baft Novin Co.\n2017 - 2019:\n• Part-time translator at Mazaheri Translation Office\n• Part-time translator at Pouyesh Magazine at Imam Ali University\n",
                &[
                    (
                        "Kowsar Baft Novin Co.",
                        "Full-time interpreter and business manager",
                        None,
                        "2019",
                        None,
                    ),
                    (
                        "Kowsar Baft Novin Co.",
                        "Full-time translator and business coordinator",
                        None,
                        "2019",
                        None,
                    ),
                    (
                        "Mazaheri Translation Office",
                        "Part-time translator",
                        None,
                        "2017",
                        Some("2019"),
                    ),
                    (
                        "Pouyesh Magazine at Imam Ali University",
                        "Part-time translator",
                        None,
                        "2017",
                        Some("2019"),
                    ),
                ],
            ),
            // A faculty between the title and the employer is neither's
            // words.
            (
                "Sep 2024 – Present\t\tAssociate Professor, Faculty of Medicine, Memorial University of Newfoundland\n",
                &[(
                    "Memorial University of Newfoundland",
                    "Associate Professor",
                    None,
                    "2024-09",
                    None,
                )],
            ),
            // An advisor a label names after the title is no field.
            (
                "Harvard Medical School  2020 - 2022\nResearch Fellow, Advisor: Dr. John Assad\n• Studied dopamine in movement\nBrandeis University  2018 - 2020\nLab Manager; Supervisor: Prof. Donald Katz\n• Ran the lab\n",
                &[
                    (
                        "Harvard Medical School",
                        "Research Fellow",
                        None,
                        "2020",
                        Some("2022"),
                    ),
                    (
                        "Brandeis University",
                        "Lab Manager",
                        None,
                        "2018",
                        Some("2020"),
                    ),
                ],
            ),
            // Dates alone over their header, job after job: each job's
            // header is below its dates, the employer's line names with a
            // full stop.
            (
                "Sep. 2022 - to date\nJunior Professor in Archaeology\nUniversity Côte d'Azur.\nSep. 2019 - Aug. 2022\nResearch Engineer\nInria Sophia Antipolis Laboratory.\nOct. 2017 - Aug. 2019\nTeaching Assistant\nUniversity of Paris 1 Panthéon-Sorbonne.\n",
                &[
                    (
                        "University Côte d'Azur",
                        "Junior Professor in Archaeology",
                        None,
                        "2022-09",
                        None,
                    ),
                    (
                        "Inria Sophia Antipolis Laboratory",
                        "Research Engineer",
                        None,
                        "2019-09",
                        Some("2022-08"),
                    ),
                    (
                        "University of Paris 1 Panthéon-Sorbonne",
                        "Teaching Assistant",
                        None,
                        "2017-10",
                        Some("2019-08"),
                    ),
                ],
            ),
            // A margin column of dates read row by row, each month alone
            // over its year: the month starts the range, and leaves the
            // employer's line.
            (
                "November  Harvard Medical School\n2024 - Present  Research Fellow\nStudied the role of dopamine\nMay-  Brandeis University\nOctober 2024  Postdoctoral Associate\nStudied taste\n",
                &[
                    (
                        "Harvard Medical School",
                        "Research Fellow",
                        None,
                        "2024-11",
                        None,
                    ),
                    (
                        "Brandeis University",
                        "Postdoctoral Associate",
                        None,
                        "2024-05",
                        Some("2024-10"),
                    ),
                ],
            ),
            // Two ranges left open, one over the other: two jobs, not one
            // range broken over two lines; "Post-doc" is a title.
            (
                "2018 -  FICAN West (Läntinen Syöpäkeskus, UTU)  Post-doc\n2018 -  University of Colorado  Post-doc\n2013 - 2018 Department of Mathematics & Statistics (UTU)  PhD student\n",
                &[
                    (
                        "FICAN West (Läntinen Syöpäkeskus, UTU)",
                        "Post-doc",
                        None,
                        "2018",
                        None,
                    ),
                    ("University of Colorado", "Post-doc", None, "2018", None),
                    (
                        "Department of Mathematics & Statistics (UTU)",
                        "PhD student",
                        None,
                        "2013",
                        Some("2018"),
                    ),
                ],
            ),
            // Years a paragraph names are no job's dates, nor a list of
            // them a seasonal job's.
            (
                "Feb'21-May'23 : Chief economist, National Minimum Wage Commission.\nUnder the leadership of Santiago Levy, I used data from the Mexican Economic Census (1999-2004-2009) to estimate how the misallocation of inputs is related to informality and aggregate productivity.\nUnder the direction of Carmen Pages and using Mexican Economic Census 1989, 1994, 1999 and 2004, INEGI, I estimated productivity measures by firm size, state and selected sectors of the economy.\n",
                &[(
                    "National Minimum Wage Commission",
                    "Chief economist",
                    None,
                    "2021-02",
                    Some("2023-05"),
                )],
            ),
            // Where the job was said in words, and "for the" before the
            // employer.
            (
                "Sep'11-Jun'12: Research Assistant for CID/CME based in Mexico city.\nWe analyze the effects of financial access.\n\nSep'05-Jun'07: Research Fellow for the Integration and Trade Department, based in Washington, DC.\nPerforming empirical research in trade.\n",
                &[
                    (
                        "CID/CME",
                        "Research Assistant",
                        Some("Mexico city"),
                        "2011-09",
                        Some("2012-06"),
                    ),
                    (
                        "Integration and Trade Department",
                        "Research Fellow",
                        Some("Washington, DC"),
                        "2005-09",
                        Some("2007-06"),
                    ),
                ],
            ),
            // A CV class's fields joined by bars: a web address and a
            // description do not make the line long; a place in lowercase
            // words after "at" is the title's.
            (
                "2021 | Research Assistant | Institute for Marine and Antarctic Studies (IMAS) | Hobart, Australia | https://www.imas.utas.edu.au\n2017 | Teacher in Physics | Lyceo | Leiden, Netherlands | http://www.lyceo.nl | Giving instruction and additional attention to secondary school students.\n2013 - 2014 | Graduate intern at the department of Sediment transport and Morphology | Deltares | Delft, Netherlands\n",
                &[
                    (
                        "Institute for Marine and Antarctic Studies (IMAS)",
                        "Research Assistant",
                        Some("Hobart, Australia"),
                        "2021",
                        Some("2021"),
                    ),
                    (
                        "Lyceo",
                        "Teacher in Physics",
                        Some("Leiden, Netherlands"),
                        "2017",
                        Some("2017"),
                    ),
                    (
                        "Deltares",
                        "Graduate intern at the department of Sediment transport and Morphology",
                        Some("Delft, Netherlands"),
                        "2013",
                        Some("2014"),
                    ),
                ],
            ),
            // Dated titles, each employer below past a blank line, the
            // next dates right under it.
            (
                "06/2023-present Researcher\n\nSenckenberg Research Centre\n01/2024-present Associated Researcher\n\nUniversity of Zurich\n03/2017-12/2023 Research Assistant\n\nPlant Conservation Unit\n",
                &[
                    (
                        "Senckenberg Research Centre",
                        "Researcher",
                        None,
                        "2023-06",
                        None,
                    ),
                    (
                        "University of Zurich",
                        "Associated Researcher",
                        None,
                        "2024-01",
                        None,
                    ),
                    (
                        "Plant Conservation Unit",
                        "Research Assistant",
                        None,
                        "2017-03",
                        Some("2023-12"),
                    ),
                ],
            ),
            // A city's two words in capitals ("EL PASO") stay together.
            (
                "MECHANICAL TECHNICIAN, FLEET SERVICE SOLUTIONS ;\nEL PASO, TEXAS. - 2015-2017\n\nI serviced all forms of vehicles.",
                &[(
                    "FLEET SERVICE SOLUTIONS",
                    "MECHANICAL TECHNICIAN",
                    Some("EL PASO, TEXAS"),
                    "2015",
                    Some("2017"),
                )],
            ),
            // A margin's range broken over two lines: its end opens the
            // title's line.
            (
                "September 2013- King Ace Hardware, Middleport, OH\nPresent  Project Manager, Sales Associate\n■ Improved inventory tracking\n\nNovember 2007- National Business Incubation Association (NBIA), Athens, OH\nDecember 2009 Development Manager\n■ Solicited sponsors",
                &[
                    (
                        "King Ace Hardware",
                        "Project Manager, Sales Associate",
                        Some("Middleport, OH"),
                        "2013-09",
                        None,
                    ),
                    (
                        "National Business Incubation Association (NBIA)",
                        "Development Manager",
                        Some("Athens, OH"),
                        "2007-11",
                        Some("2009-12"),
                    ),
                ],
            ),
            // A header that says only that the job goes on is a job with
            // no dates written.
            (
                "Software Engineer, Acme Controls, Inc. ; Horizon City, Texas. - CURRENT\n\nAt Acme I design interfaces for building automation.\n\nMechanical Technician, Fleet Service Solutions ; Horizon City, Texas. - 2015-2017\n\nI serviced all forms of vehicles.",
                &[
                    (
                        "Acme Controls, Inc.",
                        "Software Engineer",
                        Some("Horizon City, Texas"),
                        "-",
                        None,
                    ),
                    (
                        "Fleet Service Solutions",
                        "Mechanical Technician",
                        Some("Horizon City, Texas"),
                        "2015",
                        Some("2017"),
                    ),
                ],
            ),
            // The end's month ends the line, its year opens the next; an
            // initial after an ampersand stays apart; what was taught goes
            // on past "for" after the title's comma.
            (
                "BROWN MACKIE COLLEGE, Phoenix, AZ\nAdjunct Instructor, English Composition 1/2 Sep 2015 - December\n2016\n• Researched lessons.\nT & J INTERNATIONAL LLC, Indianapolis, IN\nJune 2013 - February 2014\n• Translated Mandarin.\nDEPAUW UNIVERSITY, Greencastle, IN\nAdjunct Instructor, English for Academic Purposes January 2013 - May 2013\n• Taught small groups.",
                &[
                    (
                        "BROWN MACKIE COLLEGE",
                        "Adjunct Instructor, English Composition 1/2",
                        Some("Phoenix, AZ"),
                        "2015-09",
                        Some("2016-12"),
                    ),
                    (
                        "T & J INTERNATIONAL LLC",
                        "-",
                        Some("Indianapolis, IN"),
                        "2013-06",
                        Some("2014-02"),
                    ),
                    (
                        "DEPAUW UNIVERSITY",
                        "Adjunct Instructor, English for Academic Purposes",
                        Some("Greencastle, IN"),
                        "2013-01",
                        Some("2013-05"),
                    ),
                ],
            ),
            // A sentence under a header that names no employer says where
            // the job was, wrapped or not; the header's words are the
            // title, job's word or not.
            (
                "April 2014 - July 2015: Android System Integrator\n\nPermanent job in Intel Android SI NPI on behalf of Celad, Toulouse.\n\n- Published releases.\n\nFebruary 2011 - August 2011: Research assistant\n\nTemporary job of 5 months in Office National Études et de Recherches\nAérospatiales, Toulouse.\n\n- Designed a tool.",
                &[
                    (
                        "Intel Android SI NPI",
                        "Android System Integrator",
                        None,
                        "2014-04",
                        Some("2015-07"),
                    ),
                    (
                        "Office National Études et de Recherches Aérospatiales",
                        "Research assistant",
                        None,
                        "2011-02",
                        Some("2011-08"),
                    ),
                ],
            ),
            // A school's initials, a dash and its university make one
            // employer; "Continue" ends a range that has not ended.
            (
                "Teaching Assistant (Operating System)  January, 2024 - Continue\nPUCIT - University of the Punjab  Lahore, Pakistan\n• Redesigned the lab.\nCEO - Acme Robotics  2019 - 2021\n• Founded the company.",
                &[
                    (
                        "PUCIT - University of the Punjab",
                        "Teaching Assistant (Operating System)",
                        Some("Lahore, Pakistan"),
                        "2024-01",
                        None,
                    ),
                    ("Acme Robotics", "CEO", None, "2019", Some("2021")),
                ],
            ),
            // A place in brackets with its country after the state's
            // code; a job's word over the dated line is the title though
            // it names a section too.
            (
                "Medical Equipment Technician\nCanadian Red Cross (Kamloops, BC Canada)  Oct 2018 - July 2020\nMaintained the inventory.\n\nVolunteer\nBC SPCA & Canadian Red Cross  (Kamloops, BC Canada)  Mar 2017 - Apr 2019\nDeveloped a network.",
                &[
                    (
                        "Canadian Red Cross",
                        "Medical Equipment Technician",
                        Some("Kamloops, BC Canada"),
                        "2018-10",
                        Some("2020-07"),
                    ),
                    (
                        "BC SPCA & Canadian Red Cross",
                        "Volunteer",
                        Some("Kamloops, BC Canada"),
                        "2017-03",
                        Some("2019-04"),
                    ),
                ],
            ),
            // Under the employer's names and place, the dated line's words
            // are the title, commas and semicolons in it.
            (
                "North Central Texas College, Flower Mound, TX, USA\nComputer, Math & Science Tutor - June 2022 to May 2024\n• Tutored students.\nClassy Closets of DFW, Grapevine, TX, USA\nWeb Developer; AP/AR/Payroll; Closet Installer - October 2020 to May 2022\n• Built an app.",
                &[
                    (
                        "North Central Texas College",
                        "Computer, Math & Science Tutor",
                        Some("Flower Mound, TX, USA"),
                        "2022-06",
                        Some("2024-05"),
                    ),
                    (
                        "Classy Closets of DFW",
                        "Web Developer; AP/AR/Payroll; Closet Installer",
                        Some("Grapevine, TX, USA"),
                        "2020-10",
                        Some("2022-05"),
                    ),
                ],
            ),
            // The employer's site after its name is no part of it; a
            // range's "ongoing" broken at the margin without a hyphen.
            (
                "Hyperloop India: https://hyperloopindia.in/\n\nMay 2017 -\nAugust 2017\nSoftware Engineer\nWorked as a software engineer on the pod UI.\n\nInbe Paisool: https://www.inbe.com\n\nApril 2018-on\ngoing\nIntern\nWorking on a pricing engine.",
                &[
                    (
                        "Hyperloop India",
                        "Software Engineer",
                        None,
                        "2017-05",
                        Some("2017-08"),
                    ),
                    ("Inbe Paisool", "Intern", None, "2018-04", None),
                ],
            ),
            // An outer item whose range ends it heads the inner items
            // under it, though its title is in lowercase.
            (
                "• HackUPC | Web developer director, March 2019 - Present\n◦ Developed the mentorship platform.\n◦ Developed a check-in app.\n• YMCA of Greater Indianapolis | Junior Summer Camp Counselor, June 2018 - August 2018\n◦ Supervised groups of 12 campers.",
                &[
                    ("HackUPC", "Web developer director", None, "2019-03", None),
                    (
                        "YMCA of Greater Indianapolis",
                        "Junior Summer Camp Counselor",
                        None,
                        "2018-06",
                        Some("2018-08"),
                    ),
                ],
            ),
            // A town and its country's code in brackets is the place; the
            // title and the employer share the field before it.
            (
                "IT Security Officer - Sparkasse | Bolzano (IT) | 2021 - 2024\n• Wrote the security policies.",
                &[(
                    "Sparkasse",
                    "IT Security Officer",
                    Some("Bolzano (IT)"),
                    "2021",
                    Some("2024"),
                )],
            ),
            // The employer and its town on the dated line, the title on
            // a labelled line below; the title runs over its dash, and a
            // town's three words end as towns' names do.
            (
                "May, 2009 - Aug, 2010: Marshgrass Adventures - Hilton Head Island, SC\nPosition: Kayak Tour Guide\n• Taught how to kayak.\n\nJan, 2005 - Aug, 2009: Hilton Head Dolphin Tours - Hilton Head Island, SC\nPosition: First Mate - Tour Guide\n• Ensured safety of passengers.",
                &[
                    (
                        "Marshgrass Adventures",
                        "Kayak Tour Guide",
                        Some("Hilton Head Island, SC"),
                        "2009-05",
                        Some("2010-08"),
                    ),
                    (
                        "Hilton Head Dolphin Tours",
                        "First Mate - Tour Guide",
                        Some("Hilton Head Island, SC"),
                        "2005-01",
                        Some("2009-08"),
                    ),
                ],
            ),
            // moderncv: the dates, the title, then the employer's line
            // with its town (a city alone, not known) and a remark in
            // brackets of the client (no employer); a run-in label over
            // the paragraph is no title.
            (
                "June 2016 - November 2016\nSenior Automation Engineer\nIPsoft | London | (Media Agency Client)\nClient facing role writing requirements documents.\n\nApril 2022 - October 2023\nSenior Technical Principal\nContino | London | (Retail Banking Client)\nEngineering Lead\nCloud and automation-focused engineering lead across multiple work-streams for a client.",
                &[
                    (
                        "IPsoft",
                        "Senior Automation Engineer",
                        None,
                        "2016-06",
                        Some("2016-11"),
                    ),
                    (
                        "Contino",
                        "Senior Technical Principal",
                        None,
                        "2022-04",
                        Some("2023-10"),
                    ),
                ],
            ),
            // A legal form alone, wrapped after the employer's name in a
            // narrow column.
            (
                "Tata Consultancy Services Pvt.\nLtd.\nOct. 2015 - Jul. 2018\nSystems Engineer\n• Built the webstore's modules.",
                &[(
                    "Tata Consultancy Services Pvt. Ltd.",
                    "Systems Engineer",
                    None,
                    "2015-10",
                    Some("2018-07"),
                )],
            ),
            // A job's dates at the end of its first statement, under a
            // header line that has none.
            (
                "Work-Study Student Assistant, University of Colorado Physics Department\n- Assisted department in academic planning and event organizing, August 2007 - April 2009\nAssistant Coach, Alta Loma High School Boys Tennis Team, Alta Loma, California\n- Coached, organized practice and strung tennis rackets, August 2006 - June 2007\nNetworking Assistant, Kirkhill Aircraft Parts Company, Brea, California\n- Repaired and maintained computer hardware, August 2002; August 2003",
                &[
                    (
                        "University of Colorado Physics Department",
                        "Work-Study Student Assistant",
                        None,
                        "2007-08",
                        Some("2009-04"),
                    ),
                    (
                        "Alta Loma High School Boys Tennis Team",
                        "Assistant Coach",
                        Some("Alta Loma, California"),
                        "2006-08",
                        Some("2007-06"),
                    ),
                    // Two stints of a month each: from the first to the
                    // last.
                    (
                        "Kirkhill Aircraft Parts Company",
                        "Networking Assistant",
                        Some("Brea, California"),
                        "2002-08",
                        Some("2003-08"),
                    ),
                ],
            ),
            // An internship's hours in brackets say nothing of the job; a
            // dash spaced on one side before a place sets it apart.
            (
                "Internship at Cornerstone Counseling Clinic (200 hours)- Nashville AR    Spring 2019\n• Reviewed and organized client files.\n\nHenderson State University- Arkadelphia AR    August 2017- Present\nGame Day Management\n• Organized events for residents.",
                &[
                    (
                        "Cornerstone Counseling Clinic",
                        "Internship",
                        Some("Nashville AR"),
                        "2019-03",
                        Some("2019-03"),
                    ),
                    (
                        "Henderson State University",
                        "Game Day Management",
                        Some("Arkadelphia AR"),
                        "2017-08",
                        None,
                    ),
                ],
            ),
            // A part its label names: the title after "Role:", the
            // employer the other part.
            (
                "UPMC Healthcare; Pittsburgh, PA; 2018; Role: Contact Center Specialist I\nSynopsys of role: Worked part time for the answering service.\nToll Brothers, Blue Bell, PA; 2019-Present; Role: Weekend Sales Greeter\nSynopsys of role: Greeted customers at the studio.",
                &[
                    (
                        "UPMC Healthcare",
                        "Contact Center Specialist I",
                        Some("Pittsburgh, PA"),
                        "2018",
                        Some("2018"),
                    ),
                    (
                        "Toll Brothers",
                        "Weekend Sales Greeter",
                        Some("Blue Bell, PA"),
                        "2019",
                        None,
                    ),
                ],
            ),
            // Lines in capitals: the town after a full stop or a comma,
            // a saint's short form inside it.
            (
                "GOIN POSTAL. LAKE ST. LOUIS, MO\nAugust 2015- 2017\n• Assisted customers with their shipments.\nBARISTA, STARBUCKS, LAKE ST. LOUIS, MO\nSeptember 2012- 2015\n• Created customer experiences.",
                &[
                    (
                        "GOIN POSTAL",
                        "-",
                        Some("LAKE ST. LOUIS, MO"),
                        "2015-08",
                        Some("2017"),
                    ),
                    (
                        "STARBUCKS",
                        "BARISTA",
                        Some("LAKE ST. LOUIS, MO"),
                        "2012-09",
                        Some("2015"),
                    ),
                ],
            ),
            // A line of names under the dates, eleven words long and none
            // in lowercase; a university's campus after "at" is its name's.
            (
                "Consultant Programmer\nApril 2012 - September 2012\nLaboratory for Atmospheric and Space Physics, University of Colorado at Boulder\n- Developed a graphical user interface to an empirical model.",
                &[(
                    "University of Colorado at Boulder",
                    "Consultant Programmer",
                    None,
                    "2012-04",
                    Some("2012-09"),
                )],
            ),
            // "Title for Employer", a remark in brackets on the line below
            // aside.
            (
                "08/20 -- Present\nSenior Software Engineer for Nike • Beaverton, Oregon\n(Contract via Future State Consulting)\n\n• Built the login service.\n\n06/17 -- 05/18\nSoftware Engineer for Harmonic • Beaverton, Oregon\n\n• Wrote the encoder.",
                &[
                    (
                        "Nike",
                        "Senior Software Engineer",
                        Some("Beaverton, Oregon"),
                        "2020-08",
                        None,
                    ),
                    (
                        "Harmonic",
                        "Software Engineer",
                        Some("Beaverton, Oregon"),
                        "2017-06",
                        Some("2018-05"),
                    ),
                ],
            ),
            // sb2nov's list: the employer a list item over the title's
            // dated line, the statements plain lines (their labels run
            // in); a small word among the employer's names. A year a full
            // stop ends inside a statement dates no job.
            (
                "• Consilio | Portland, OR (Remote)\nStaff Cloud Engineer | May 2025 - Present\nAutomation: Worked with the architects on cluster tooling.\n• Ride with GPS | Portland, OR\nSite Reliability Engineer | Feb 2024 - Apr 2025\nOpen Source: Attended Kubecon 2023. Contributions to Argo projects.\nOn-Call: Took part in the incident rotation.",
                &[
                    (
                        "Consilio",
                        "Staff Cloud Engineer",
                        Some("Portland, OR"),
                        "2025-05",
                        None,
                    ),
                    (
                        "Ride with GPS",
                        "Site Reliability Engineer",
                        Some("Portland, OR"),
                        "2024-02",
                        Some("2025-04"),
                    ),
                ],
            ),
            // Under the title's dated line, a line of names ending in the
            // place and its country, with a full stop: the employer, the
            // title's line whole the title.
            (
                "Postdoctoral Fellow, Palmer Laboratory | 2014 - 2018\nDepartment of Biochemistry, University of Colorado, Boulder, CO, USA.\nDeveloped light-sheet microscopes.\n\nFounder | 2019 - Present\nDiscovery Imaging Systems, LLC, Dallas, TX, USA.\nEstablished an LLC.",
                &[
                    (
                        "Department of Biochemistry, University of Colorado",
                        "Postdoctoral Fellow, Palmer Laboratory",
                        Some("Boulder, CO, USA"),
                        "2014",
                        Some("2018"),
                    ),
                    (
                        "Discovery Imaging Systems, LLC",
                        "Founder",
                        Some("Dallas, TX, USA"),
                        "2019",
                        None,
                    ),
                ],
            ),
            // A city and its state's code after the employer: the name's
            // last word is no city ("Code, New York").
            (
                "All Star Code, New York, NY  July 2015-July 2016\nCohort Alumni Ambassador\n• Planned alumni reunions",
                &[(
                    "All Star Code",
                    "Cohort Alumni Ambassador",
                    Some("New York, NY"),
                    "2015-07",
                    Some("2016-07"),
                )],
            ),
            // A town before a dash and its country is the place, and a
            // company's last word is no town; the employer's line over
            // its roles' dated lines.
            (
                "Next Digital Hub, Spain (Remote)  may. 2021 - Present\nSenior Data Engineer  feb. 2024 - Present\n• Defined data governance.\n\nFuture Connections, Málaga - Spain (Hybrid)  jun. 2019 - may. 2021\nData Engineer  jun. 2019 - may. 2021\n• Developed use cases.",
                &[
                    (
                        "Next Digital Hub",
                        "Senior Data Engineer",
                        None,
                        "2024-02",
                        None,
                    ),
                    (
                        "Future Connections",
                        "Data Engineer",
                        None,
                        "2019-06",
                        Some("2021-05"),
                    ),
                ],
            ),
            // A title wrapped after its first word, the job's word
            // below; a dash spaced on one side only is a field's dash.
            (
                "Moxie Pest Control, Norcross, Georgia - Sales\nRepresentative\n\nJanuary 2023 - August 2023\n\nI recruited a sales team.\n\nStephen Wade Chevrolet Cadillac -Sales Representative\n\nJune 2017 - February 2018\n\nI sold cars.",
                &[
                    (
                        "Moxie Pest Control",
                        "Sales Representative",
                        Some("Norcross, Georgia"),
                        "2023-01",
                        Some("2023-08"),
                    ),
                    (
                        "Stephen Wade Chevrolet Cadillac",
                        "Sales Representative",
                        None,
                        "2017-06",
                        Some("2018-02"),
                    ),
                ],
            ),
            // A page's number over a blank line names no employer.
            (
                "Web Developer, Booster Association  December 2018 - Present\n• Built the site\n\nPage 1 of 2\n\nSmartThings Support Specialist, Alorica, Greenville, South Carolina  December 2018 - April 2019\n• Provided phone support",
                &[
                    (
                        "Booster Association",
                        "Web Developer",
                        None,
                        "2018-12",
                        None,
                    ),
                    (
                        "Alorica",
                        "SmartThings Support Specialist",
                        Some("Greenville, South Carolina"),
                        "2018-12",
                        Some("2019-04"),
                    ),
                ],
            ),
            // A title its label names after a spaced dash, past the blank
            // line under the employer's; a country in brackets after the
            // employer's name is where the job was.
            (
                "2014 to present - GE Oil and Gas Controls Ltd. (UK)\n\nPosition held - Mechanical Test Engineer\n\n• Building hydraulic systems.\n\n2010 to 2011 - Container Works (New Zealand)\n\n• Loading containers.",
                &[
                    (
                        "GE Oil and Gas Controls Ltd.",
                        "Mechanical Test Engineer",
                        Some("UK"),
                        "2014",
                        None,
                    ),
                    (
                        "Container Works",
                        "-",
                        Some("New Zealand"),
                        "2010",
                        Some("2011"),
                    ),
                ],
            ),
            // A dash typed against the employer's name, a capital after
            // it; a suspended hyphen ("full- and part-time") splits nothing.
            (
                "BUT KINGERSHEIM- Conseillère de vente en électroménager\nJuillet 2019 - Mai 2022\n• Satisfaction de la clientèle\n\nFull- and part-time Cashier, Walmart\nJune 2015 - May 2017\n• Served customers",
                &[
                    (
                        "BUT KINGERSHEIM",
                        "Conseillère de vente en électroménager",
                        None,
                        "2019-07",
                        Some("2022-05"),
                    ),
                    (
                        "Walmart",
                        "Full- and part-time Cashier",
                        None,
                        "2015-06",
                        Some("2017-05"),
                    ),
                ],
            ),
            // A bullet that tells the job in a sentence: how long, the
            // title, "at" the employer, "from" the dates.
            (
                "* 2 years as Front-End Captain at Synthesio from 2014 to today\n\n* 9 years as Enthusiast Developer at Airbus Defence & Space From 2005 to 2014",
                &[
                    ("Synthesio", "Front-End Captain", None, "2014", None),
                    (
                        "Airbus Defence & Space",
                        "Enthusiast Developer",
                        None,
                        "2005",
                        Some("2014"),
                    ),
                ],
            ),
            // An organization's initials, a dash and the name they stand
            // for are one employer, though the name holds a job's word
            // ("Teacher"); the title is on the dated line below.
            (
                "TNTP - The New Teacher Project  New York, NY\nAnalyst  2014-2015\n\nSupported teacher pay reform.\n\nConnCAN - The Connecticut Coalition for Achievement Now  New Haven, CT\nManager, Research & Policy  2012-2014\n\nDeveloped original research.",
                &[
                    (
                        "TNTP - The New Teacher Project",
                        "Analyst",
                        Some("New York, NY"),
                        "2014",
                        Some("2015"),
                    ),
                    (
                        "ConnCAN - The Connecticut Coalition for Achievement Now",
                        "Manager, Research & Policy",
                        Some("New Haven, CT"),
                        "2012",
                        Some("2014"),
                    ),
                ],
            ),
            // A country's code after the employer's comma is the place;
            // a state's code is not read so.
            (
                "ShopBack, VN, March 2017 - March 2019\nSoftware Engineer\n• Built the deals app.\n\nAcme, LP, 2015 - 2016\nSoftware Engineer\n• Built tools.",
                &[
                    (
                        "ShopBack",
                        "Software Engineer",
                        Some("VN"),
                        "2017-03",
                        Some("2019-03"),
                    ),
                    ("Acme, LP", "Software Engineer", None, "2015", Some("2016")),
                ],
            ),
            // An academic CV's sentences after the dates are its fields;
            // a department before its university is the university's.
            (
                "2018 - Present. ARC DECRA Fellow. Charles Perkins Centre and School of Life and Environmental Sciences, University of Sydney, Australia.\n2011 - 2014. Statistics Advisor. Department of Zoology, University of Otago, New Zealand.",
                &[
                    (
                        "University of Sydney",
                        "ARC DECRA Fellow",
                        Some("Australia"),
                        "2018",
                        None,
                    ),
                    (
                        "University of Otago",
                        "Statistics Advisor",
                        Some("New Zealand"),
                        "2011",
                        Some("2014"),
                    ),
                ],
            ),
            // An employer's name alone over a blank line and its dates,
            // with only how the job was worked beside them.
            (
                "Peppels.net\n\nJanuary 2019 - August 2021; remote, part-time\n\n• Maintained the code base.\n\nSF Metrics\n\nAugust 2015 - October 2019; remote\n\n• Wrote crawlers.",
                &[
                    ("Peppels.net", "-", None, "2019-01", Some("2021-08")),
                    ("SF Metrics", "-", None, "2015-08", Some("2019-10")),
                ],
            ),
            // A title alone over a blank line, above the employer's line
            // over the dates alone (a Markdown page's boxes).
            (
                "Data Scientist\n\nGyan Data, Chennai, India\nSep 2019 - Jun 2021\n\nImplemented fault detection with ML.\n\nBusiness Analytics Consultant\n\nCrayon Data, Chennai, India\nJun 2018 - Sep 2019\n\nScaled a recommender engine.",
                &[
                    (
                        "Gyan Data",
                        "Data Scientist",
                        Some("Chennai, India"),
                        "2019-09",
                        Some("2021-06"),
                    ),
                    (
                        "Crayon Data",
                        "Business Analytics Consultant",
                        Some("Chennai, India"),
                        "2018-06",
                        Some("2019-09"),
                    ),
                ],
            ),
            // A title in sentence case with the employer run on after
            // it; a title "working for" its employer.
            (
                "Web developer Learning and Teaching Scotland 1999 - 2001\n• Built sites.\n\nFreelance Translator working for Theelingo 2014 - 2014\n• Translated contracts.",
                &[
                    (
                        "Learning and Teaching Scotland",
                        "Web developer",
                        None,
                        "1999",
                        Some("2001"),
                    ),
                    (
                        "Theelingo",
                        "Freelance Translator",
                        None,
                        "2014",
                        Some("2014"),
                    ),
                ],
            ),
            // A legal form after the employer's comma, the title run on
            // after it; a co-op is a job.
            (
                "Apple, Inc. Product Design Engineering Co-Op, Cupertino, CA | Sept 2019 - Current\n• Designed fixtures.\n\nPCC Structurals, Process Engineering Co-Op, Groton, CT | June 2018 - January 2019\n• Ran trials.",
                &[
                    (
                        "Apple, Inc.",
                        "Product Design Engineering Co-Op",
                        Some("Cupertino, CA"),
                        "2019-09",
                        None,
                    ),
                    (
                        "PCC Structurals",
                        "Process Engineering Co-Op",
                        Some("Groton, CT"),
                        "2018-06",
                        Some("2019-01"),
                    ),
                ],
            ),
            // A sentence wrapped onto a line with a lone year is no job,
            // nor is a long sentence that leads to a range.
            (
                "Research & Teaching Assistant   Stanford University, 2007--2012\n\nI assisted in the instruction of eight courses, some of them graduate-level, and was the Graduate Student Representative for 2007--2008.\n\nGerman Instructor   Georgetown University, 2003--2005",
                &[
                    (
                        "Stanford University",
                        "Research & Teaching Assistant",
                        None,
                        "2007",
                        Some("2012"),
                    ),
                    (
                        "Georgetown University",
                        "German Instructor",
                        None,
                        "2003",
                        Some("2005"),
                    ),
                ],
            ),
            (
                "Jan 2021 - Jan 2023\nSoftware Development Engineer II at AWS\nDeveloped the Amplify service and CLI tools for mobile\nand web applications on AWS. Launched at Re:Invent 2023.\n\nAug 2019 - Jan 2021\nSoftware Development Engineer II at Amazon",
                &[
                    (
                        "AWS",
                        "Software Development Engineer II",
                        None,
                        "2021-01",
                        Some("2023-01"),
                    ),
                    (
                        "Amazon",
                        "Software Development Engineer II",
                        None,
                        "2019-08",
                        Some("2021-01"),
                    ),
                ],
            ),
            // Labelled blocks: each field's label is no part of its value;
            // a university before the country is the employer, not a town.
            (
                "Year: August 2009 to Present\nPosition: Senior ICT Officer (MIS), The University of Nairobi\nResponsibility: Software Developer and System Analyst.\n\nYear: March 08 - April 04, 2010\nPosition: PHP Symfony Trainee, Jimma University, Ethiopia\nResponsibility: Developing software with PHP Symfony.",
                &[
                    (
                        "The University of Nairobi",
                        "Senior ICT Officer (MIS)",
                        None,
                        "2009-08",
                        None,
                    ),
                    (
                        "Jimma University",
                        "PHP Symfony Trainee",
                        Some("Ethiopia"),
                        "2010-03",
                        Some("2010-04"),
                    ),
                ],
            ),
            (
                "Company: Larsen & Toubro Ltd\nDesignation: Site Engineer\nDuration: June 2015 - May 2018\n• Supervised concrete works.",
                &[(
                    "Larsen & Toubro Ltd",
                    "Site Engineer",
                    None,
                    "2015-06",
                    Some("2018-05"),
                )],
            ),
            // Underscores typed as separators (a LibreOffice CV).
            (
                "Laterooms _ Manchester, UK\nNov 2018 - September 2019 _ Platform Engineer\n• Managed Linux systems.",
                &[(
                    "Laterooms",
                    "Platform Engineer",
                    Some("Manchester, UK"),
                    "2018-11",
                    Some("2019-09"),
                )],
            ),
            // A sentence run in after the names is no part of them, nor a
            // remark opened by a verb's form; a long line of a single year
            // is a job's when its names are short.
            (
                "2014-2017: Software Developer, Rackspace, Inc. Wrote Ansible playbooks and roles for installing OpenStack.\n\n* Led the upgrade.\n\n2014: Automation Engineer, Cox Media Group. Improved and maintained tools for a large (40+) developer team.\n\n* Maintained tools.\n\n2011-2012: Freelancer, specializing in Python and Django.  Clients included: Eldarion, Red Post\n\n* Built a tracker.\n\n2006-2010: Network Administrator - MapleTronics Computers.  Managed internal network, as well as servers.\n\n2004-2006: Sr. Analyst, J. P. Morgan Chase\n\n2002-2004: Engineer, Google Inc. Mountain View, CA",
                &[
                    (
                        "Rackspace, Inc.",
                        "Software Developer",
                        None,
                        "2014",
                        Some("2017"),
                    ),
                    (
                        "Cox Media Group",
                        "Automation Engineer",
                        None,
                        "2014",
                        Some("2014"),
                    ),
                    ("-", "Freelancer", None, "2011", Some("2012")),
                    (
                        "MapleTronics Computers",
                        "Network Administrator",
                        None,
                        "2006",
                        Some("2010"),
                    ),
                    (
                        "J. P. Morgan Chase",
                        "Sr. Analyst",
                        None,
                        "2004",
                        Some("2006"),
                    ),
                    (
                        "Google Inc.",
                        "Engineer",
                        Some("Mountain View, CA"),
                        "2002",
                        Some("2004"),
                    ),
                ],
            ),
            // A title with a comma of its own, ending in a job's word, then
            // a dash and the employer; Word's "o" bullets are statements.
            (
                "Cloud, Kubernetes Engineer & Go Developer - IBM, San Diego, CA (remote)\nMar 2020 - Present\no Cloud Developer working at the Cloud Ecosystem team.\n\nEngineer, Google - Mountain View\nJan 2018 - Feb 2020\no Built search.",
                &[
                    (
                        "IBM",
                        "Cloud, Kubernetes Engineer & Go Developer",
                        Some("San Diego, CA"),
                        "2020-03",
                        None,
                    ),
                    ("Google", "Engineer", None, "2018-01", Some("2020-02")),
                ],
            ),
            // Among headers that name the employer first, the same shape
            // is the employer, then the title and what it covers.
            (
                "GitLab, Technical Marketing Manager - Cloud Native  03/2019 - 01/2020\nCreated workshops.\nRed Hat, Software Engineer  01/2017 - 02/2019\nBuilt tools.",
                &[
                    (
                        "GitLab",
                        "Technical Marketing Manager - Cloud Native",
                        None,
                        "2019-03",
                        Some("2020-01"),
                    ),
                    (
                        "Red Hat",
                        "Software Engineer",
                        None,
                        "2017-01",
                        Some("2019-02"),
                    ),
                ],
            ),
            // An employer's line set apart over the title's: its first part
            // is the employer, what a dash adds its unit.
            (
                "M1 Support Services - 57TH MAINTENANCE GROUP, Las Vegas, NV\n\nComputer Systems Analyst, 11/2019 - 05/2020\n\nEnsured servers were configured.\n\nU.S. Air Force - 757th AIRCRAFT MAINTENANCE SQUADRON, Goldsboro, NC\n\nAircraft Section Lead, 12/2012 - 2/2015\n\nSupported the wing.",
                &[
                    (
                        "M1 Support Services",
                        "Computer Systems Analyst",
                        Some("Las Vegas, NV"),
                        "2019-11",
                        Some("2020-05"),
                    ),
                    (
                        "U.S. Air Force",
                        "Aircraft Section Lead",
                        Some("Goldsboro, NC"),
                        "2012-12",
                        Some("2015-02"),
                    ),
                ],
            ),
            // Dates under the previous job's last sentence have their
            // header below them, past a blank line.
            (
                "Jan 2018 - Present\n\nVanriix International - Web Application Developer\nImproves the business process of clients\n\ndeveloping web applications that caters on what they need.\n\nNov 2013 - Dec 2017\n\nIntegrity Net - Software Developer\nPlanned, designed and developed new software.",
                &[
                    (
                        "Vanriix International",
                        "Web Application Developer",
                        None,
                        "2018-01",
                        None,
                    ),
                    (
                        "Integrity Net",
                        "Software Developer",
                        None,
                        "2013-11",
                        Some("2017-12"),
                    ),
                ],
            ),
            // A list item that names the job right over a dated line that
            // names none is its title, when the job's statements are not
            // under it.
            (
                "• Software Engineering Intern (SDK)\nSplunk | Seattle, WA | June 2015 - Sept 2015\n• Web Application Intern\nTyemill | Seattle, WA | June 2014 - Sept 2014\n\nRonin 48 | 2013 - 2014 | ML Architect | Remote\n• Consulting Architect for AI Startup\nSemperDucked, LLC | 2012 - 2013 | Producer | Worldwide\n• Documented the stories of veterans for the podcast",
                &[
                    (
                        "Splunk",
                        "Software Engineering Intern (SDK)",
                        Some("Seattle, WA"),
                        "2015-06",
                        Some("2015-09"),
                    ),
                    (
                        "Tyemill",
                        "Web Application Intern",
                        Some("Seattle, WA"),
                        "2014-06",
                        Some("2014-09"),
                    ),
                    ("Ronin 48", "ML Architect", None, "2013", Some("2014")),
                    ("SemperDucked, LLC", "Producer", None, "2012", Some("2013")),
                ],
            ),
            // A title standing alone over a blank line and the dated
            // employer's line; a label before the dates names no employer.
            (
                "Senior Software Development Engineer\n\nGlympse, Inc | 2021 – Present\n\n• Designed a pipeline\n\nSenior Software Engineer\n\nXinova | Contracted: 2019 - 2020\n\n• Reduced costs",
                &[
                    (
                        "Glympse, Inc",
                        "Senior Software Development Engineer",
                        None,
                        "2021",
                        None,
                    ),
                    (
                        "Xinova",
                        "Senior Software Engineer",
                        None,
                        "2019",
                        Some("2020"),
                    ),
                ],
            ),
            // "LLC." ends the employer's name, not a sentence; working on
            // one's own is the employer's place.
            (
                "Staff Developer, Technical Officer - KABI, LLC.\nApril 2022 – Present\n• Built things\n\nSoftware Developer - Freelance\nMay 2008 – December 2015\n• Built sites",
                &[
                    (
                        "KABI, LLC.",
                        "Staff Developer, Technical Officer",
                        None,
                        "2022-04",
                        None,
                    ),
                    (
                        "Freelance",
                        "Software Developer",
                        None,
                        "2008-05",
                        Some("2015-12"),
                    ),
                ],
            ),
            // An employer's dated line, a sentence about it, then its
            // dated roles with their statements: each role takes the
            // employer, while its years are within the employer's.
            (
                "Cigital Inc.  (June 2007 - June 2013)\nI performed numerous different roles at Cigital, most of which were related to the security industry.\nSenior Software Engineer  (January 2012 - June 2013)\n• Worked with customers to define roadmaps.\nSecurity Consultant  (January 2010 - December 2010)\n• Conducted security reviews.\nSoftware Intern  (June 2006 - August 2006)\n• Wrote test tools.",
                &[
                    (
                        "Cigital Inc.",
                        "Senior Software Engineer",
                        None,
                        "2012-01",
                        Some("2013-06"),
                    ),
                    (
                        "Cigital Inc.",
                        "Security Consultant",
                        None,
                        "2010-01",
                        Some("2010-12"),
                    ),
                    ("-", "Software Intern", None, "2006-06", Some("2006-08")),
                ],
            ),
            // The employer set apart by an empty paragraph under the
            // title's dates, its statements below it.
            (
                "Software Engineer\nAugust 2018 - Present\n\nHudson's Bay Company | New York, NY\nManaged backend servers for the checkout component.\nTook initiative to reduce errors in the logs.\n\nSoftware Engineer Intern\nJune - August 2017\n\nGilt | New York, NY\nCreated a microservice for a survey.",
                &[
                    (
                        "Hudson's Bay Company",
                        "Software Engineer",
                        Some("New York, NY"),
                        "2018-08",
                        None,
                    ),
                    (
                        "Gilt",
                        "Software Engineer Intern",
                        Some("New York, NY"),
                        "2017-06",
                        Some("2017-08"),
                    ),
                ],
            ),
            // A page's running header with the e-mail address is no part
            // of the job under it.
            (
                "Mersive, Denver, CO - Senior Software Engineer 2/20-7/21\n• Built the sharing service\n\n2 of 5\n\nDarrell Piner  +1 (303) 578-0035  darpin1963@gmail.com\n\nJumpCloud, Boulder, CO - Senior Software Engineer 7/18-1/20\n• Built directory services",
                &[
                    (
                        "Mersive",
                        "Senior Software Engineer",
                        Some("Denver, CO"),
                        "2020-02",
                        Some("2021-07"),
                    ),
                    (
                        "JumpCloud",
                        "Senior Software Engineer",
                        Some("Boulder, CO"),
                        "2018-07",
                        Some("2020-01"),
                    ),
                ],
            ),
            // A Dutch company's "B.V." ends no sentence: the line names the
            // employer.
            (
                "Topicus Finan B.V.\n| Software Engineer\nFebruari 2014 - 2016 | Zwolle\n• Built a back office.",
                &[(
                    "Topicus Finan B.V.",
                    "Software Engineer",
                    None,
                    "2014-02",
                    Some("2016"),
                )],
            ),
            // Roles under an employer's name standing alone read their
            // dated lines as the first one did: the whole line the title.
            (
                "Nike\n\nSr. Engineering Manager, Nike Communications Platform Sep 2016 - Present\n\nLeading a group of teams that provide a unified communications platform.\n\nEngineering Manager, Nike+ Platform Jun 2015 - Sep 2016\n\nManaged a team of engineers building the activity platform.\n\nEngineering Lead, Nike+ Platform Feb 2014 - Jun 2015\n\nBuilt the next generation of web services.",
                &[
                    (
                        "Nike",
                        "Sr. Engineering Manager, Nike Communications Platform",
                        None,
                        "2016-09",
                        None,
                    ),
                    (
                        "Nike",
                        "Engineering Manager, Nike+ Platform",
                        None,
                        "2015-06",
                        Some("2016-09"),
                    ),
                    (
                        "Nike",
                        "Engineering Lead, Nike+ Platform",
                        None,
                        "2014-02",
                        Some("2015-06"),
                    ),
                ],
            ),
            // A note in brackets of when the job changed is neither a job
            // nor part of its title; a list of tools set apart by dots is
            // no part of the next job's header.
            (
                "2016 - Now FocusVision  Portland, Oregon\nLead Software Engineer - (Lead since 2019, Senior since 2017)\n• Led teams of engineers.\nRuby • Elixir • ES6 • Python • AWS\n2014 - 2016 Accenture Technology  San Francisco, California\nTechnology Architecture Analyst\n• Designed the search.",
                &[
                    (
                        "FocusVision",
                        "Lead Software Engineer",
                        Some("Portland, Oregon"),
                        "2016",
                        None,
                    ),
                    (
                        "Accenture Technology",
                        "Technology Architecture Analyst",
                        Some("San Francisco, California"),
                        "2014",
                        Some("2016"),
                    ),
                ],
            ),
            // An employer's name standing alone over a blank line (a
            // Markdown heading) and the dated title under it.
            (
                "Janrain, Inc.\n\nEngineering Lead, Architect Feb 2013 - Jan 2014\n\nDeveloped the architecture of the user-management platform for new projects.\n\nSimple\n\nEngineer Aug 2010 - Oct 2011\n\nDesigned the accounting system.",
                &[
                    (
                        "Janrain, Inc.",
                        "Engineering Lead, Architect",
                        None,
                        "2013-02",
                        Some("2014-01"),
                    ),
                    ("Simple", "Engineer", None, "2010-08", Some("2011-10")),
                ],
            ),
            // An employer's line over roles, each a title line over its
            // dates; a field of work after a title's comma is the title's.
            (
                "JP MORGAN CHASE & CO.\nAssociate, Software Engineering\nJan 2021 - Aug 2021 | Mumbai, India\n• Delivered a secure chatbot for trade clients\nAnalyst, Software Engineering\nJan 2020 - Jan 2021 | Mumbai, India\n• Implemented a chatbot with alerting abilities",
                &[
                    (
                        "JP MORGAN CHASE & CO.",
                        "Associate, Software Engineering",
                        Some("Mumbai, India"),
                        "2021-01",
                        Some("2021-08"),
                    ),
                    (
                        "JP MORGAN CHASE & CO.",
                        "Analyst, Software Engineering",
                        Some("Mumbai, India"),
                        "2020-01",
                        Some("2021-01"),
                    ),
                ],
            ),
            // A phrase under the dated title and the employer's line
            // describes the job.
            (
                "Business Intelligence Analyst | March 2013 - February 2016\nBarracuda Networks | Ann Arbor, MI\nFounding member of Analytics Department within Network Operations\n• Processed terabytes of data in R",
                &[(
                    "Barracuda Networks",
                    "Business Intelligence Analyst",
                    Some("Ann Arbor, MI"),
                    "2013-03",
                    Some("2016-02"),
                )],
            ),
            // An academic CV's bullets that open with their dates and name
            // the role, then where or under whom it was.
            (
                "• 2015-current: Research Assistant under Dr. Teo in condensed matter theory\nproblems, and modular tensor category theory.\n\n• 2010-2011: Research Assistant under Dr. Levichev\n\n• 2013-current Teaching Assistant for University of Virginia\n\n• 2014: Wrote a paper on topological phases",
                &[
                    ("-", "Research Assistant", None, "2015", None),
                    ("-", "Research Assistant", None, "2010", Some("2011")),
                    (
                        "University of Virginia",
                        "Teaching Assistant",
                        None,
                        "2013",
                        None,
                    ),
                ],
            ),
            // A seasonal job's years after its first date.
            (
                "Call Receptionist, Acme Events, Dec. 2011, 2012, 2013\n• Answered calls\nCamp Counselor, Camp Kern, Summer 2014, 2015\n• Led hikes",
                &[
                    (
                        "Acme Events",
                        "Call Receptionist",
                        None,
                        "2011-12",
                        Some("2013-12"),
                    ),
                    (
                        "Camp Kern",
                        "Camp Counselor",
                        None,
                        "2014-06",
                        Some("2015-06"),
                    ),
                ],
            ),
            // A heading between jobs is no part of the next one's header.
            (
                "Engineer | Acme | 2019 - 2020\n• Built tools\nPrevious work experience\nTechnical Leader - Electronic Arts, Nov 2012 - Sep 2013\n• Ran servers",
                &[
                    ("Acme", "Engineer", None, "2019", Some("2020")),
                    (
                        "Electronic Arts",
                        "Technical Leader",
                        None,
                        "2012-11",
                        Some("2013-09"),
                    ),
                ],
            ),
            // A title set in small capitals after the employer's name.
            (
                "Air Sciences, Inc. NETWORK ADMINISTRATOR (INTERN & PART-TIME)  November 2011 - March 2014\n• Ran the network\nCSM Alumni Association SOFTWARE DEVELOPER - WEBSITE, NEWSLETTER  August 2010 - April 2014\n• Built the website",
                &[
                    (
                        "Air Sciences, Inc.",
                        "NETWORK ADMINISTRATOR (INTERN & PART-TIME)",
                        None,
                        "2011-11",
                        Some("2014-03"),
                    ),
                    (
                        "CSM Alumni Association",
                        "SOFTWARE DEVELOPER - WEBSITE, NEWSLETTER",
                        None,
                        "2010-08",
                        Some("2014-04"),
                    ),
                ],
            ),
            // A department joined by an ampersand is a field of work too.
            (
                "Staff Data Engineer, Data Science Enablement & Operations | June 2022 - January 2023\nSocure | Remote\n• Maintained the onboarding pipeline",
                &[(
                    "Socure",
                    "Staff Data Engineer, Data Science Enablement & Operations",
                    None,
                    "2022-06",
                    Some("2023-01"),
                )],
            ),
            // Two periods of one job: from the first's start to the
            // last's end.
            (
                "CACI, Software Engineer Intern - Florham Park, NJ    Jan 2019 - Aug 2019, May 2020 - Aug 2020\n• Aided in research for a DARPA program",
                &[(
                    "CACI",
                    "Software Engineer Intern",
                    Some("Florham Park, NJ"),
                    "2019-01",
                    Some("2020-08"),
                )],
            ),
            // Roles stacked over the employer's line below them.
            (
                "Lead Engineer | Jan 2020 - Jan 2021\nSenior Engineer | Mar 2019 - Jan 2020\nCarbon Lighthouse | San Francisco, CA\n• Built a suite of tools\nEngineer | June 2015 - Feb 2016\nGoogle | Mountain View, CA\n• Built features",
                &[
                    (
                        "Carbon Lighthouse",
                        "Lead Engineer",
                        Some("San Francisco, CA"),
                        "2020-01",
                        Some("2021-01"),
                    ),
                    (
                        "Carbon Lighthouse",
                        "Senior Engineer",
                        Some("San Francisco, CA"),
                        "2019-03",
                        Some("2020-01"),
                    ),
                    (
                        "Google",
                        "Engineer",
                        Some("Mountain View, CA"),
                        "2015-06",
                        Some("2016-02"),
                    ),
                ],
            ),
            // An Australian state between the city and the country.
            (
                "Lead Software Engineer (Mobile Applications) Melbourne, Victoria, Australia\nZetifi September 2023 - October 2024\n• Led a team of developers",
                &[(
                    "Zetifi",
                    "Lead Software Engineer (Mobile Applications)",
                    Some("Melbourne, Victoria, Australia"),
                    "2023-09",
                    Some("2024-10"),
                )],
            ),
            // A word processor's empty paragraph between the employer's
            // dates and the title; a state's code typed in title case.
            (
                "WTL Enterprises, Monett, Mo\nJanuary 2020 - present\n\nFullstack Engineer\n• Designed and implemented a delivery app\n\nMEA Financial, Joplin, Mo\nMay 2017 - January 2020\n\nSecurity Analyst\n• Provided safety reports to managers",
                &[
                    (
                        "WTL Enterprises",
                        "Fullstack Engineer",
                        Some("Monett, Mo"),
                        "2020-01",
                        None,
                    ),
                    (
                        "MEA Financial",
                        "Security Analyst",
                        Some("Joplin, Mo"),
                        "2017-05",
                        Some("2020-01"),
                    ),
                ],
            ),
            // Each field a paragraph of its own (reStructuredText): the
            // employer, the dates, the title, then the statements.
            (
                "Riverstone Software\n\n  2017 - present\n\n  Software Engineer\n\n  • Implemented REST APIs\n\nNCR\n\n  2005 - 2011\n\n  Customer Engineer II\n\n  Installation, service and support of ATMs and printers.\n\nMonmouth Telecom\n\n  2022 - 2022\n\n  Network Operations Tech\n\n  • Resolved routing issues",
                &[
                    (
                        "Riverstone Software",
                        "Software Engineer",
                        None,
                        "2017",
                        None,
                    ),
                    ("NCR", "Customer Engineer II", None, "2005", Some("2011")),
                    // A technician's short word names the job.
                    (
                        "Monmouth Telecom",
                        "Network Operations Tech",
                        None,
                        "2022",
                        Some("2022"),
                    ),
                ],
            ),
            // A source's fields between bars: a lone year on a short line
            // (counted in words, not bars) dates a job.
            (
                "2006 - 2012 | Admissions Assistant | Austin Community College | Austin, TX\n• Assisted students in admissions\n2010 | Legal Intern | Kallus Law Firm | Houston, TX\n• Drafted settlement agreements",
                &[
                    (
                        "Austin Community College",
                        "Admissions Assistant",
                        Some("Austin, TX"),
                        "2006",
                        Some("2012"),
                    ),
                    (
                        "Kallus Law Firm",
                        "Legal Intern",
                        Some("Houston, TX"),
                        "2010",
                        Some("2010"),
                    ),
                ],
            ),
            // A name that runs on into the city's word keeps it.
            (
                "12-01 - 11-04\nLandscape Architect\nLocal Council of Martigues, France\nDesigned parks.",
                &[(
                    "Local Council of Martigues",
                    "Landscape Architect",
                    Some("France"),
                    "2001-12",
                    Some("2004-11"),
                )],
            ),
            // The header above a blank line, over dates with where the job
            // was beside them.
            (
                "Software engineer at Redgage LLC\n\n12.2014 - present | Remote job\n\n• Design and implementation of an API from the backend side;\n\nSoftware developer at Reksoft\n\n07.2012 - 08.2014 | Saint-Petersburg\n\n• Development of the billing service for a bank;",
                &[
                    ("Redgage LLC", "Software engineer", None, "2014-12", None),
                    (
                        "Reksoft",
                        "Software developer",
                        None,
                        "2012-07",
                        Some("2014-08"),
                    ),
                ],
            ),
            (
                "Software Development Intern | Edifixio\n\nDec 2018 – Jan 2019 | Kolkata, India\n\n• Developed an Android application for real-time IoT data monitoring.",
                &[(
                    "Edifixio",
                    "Software Development Intern",
                    Some("Kolkata, India"),
                    "2018-12",
                    Some("2019-01"),
                )],
            ),
            // Dates, then title, then employer, then a sentence: the lines
            // below the dates of one job are not the next one's header.
            (
                "09-16 - 03-17\nDevOps architect and Python lead developer\nSquad / CNES, Toulouse, France\nArchitect, design, develop and deliver european space program ISIS guidance system. Manage project workflow.\n05-16 - Now\nDevOps Technical Leader\nSquad (internal), Toulouse, France\nTeam Technical management, manage DevOps community, animate technical events.",
                &[
                    (
                        "Squad / CNES",
                        "DevOps architect and Python lead developer",
                        Some("Toulouse, France"),
                        "2016-09",
                        Some("2017-03"),
                    ),
                    (
                        "Squad",
                        "DevOps Technical Leader",
                        Some("Toulouse, France"),
                        "2016-05",
                        None,
                    ),
                ],
            ),
            (
                "Senior Engineer | Acme Corp | Austin, TX\nMar 2021 – Present\n• Built the billing API.",
                &[(
                    "Acme Corp",
                    "Senior Engineer",
                    Some("Austin, TX"),
                    "2021-03",
                    None,
                )],
            ),
            (
                "Viasat Inc.    June 2022 – Sept. 2022\nSoftware Engineer Intern    Carlsbad, CA\n• Wrote tests.",
                &[(
                    "Viasat Inc.",
                    "Software Engineer Intern",
                    Some("Carlsbad, CA"),
                    "2022-06",
                    Some("2022-09"),
                )],
            ),
            (
                "Technology Director, CSM at GSW\nFebruary 2013 - Present\nManage a team of developers on many brands and strategies across the company.",
                &[("GSW", "Technology Director, CSM", None, "2013-02", None)],
            ),
            (
                "Registered Nurse, Telemetry Unit | Northwind Health Medical Center\n06/2019 - 05/2023\n• Cared for 5 patients per shift.",
                &[(
                    "Northwind Health Medical Center",
                    "Registered Nurse, Telemetry Unit",
                    None,
                    "2019-06",
                    Some("2023-05"),
                )],
            ),
            // No job word in the second header: read in the first one's order.
            (
                "7/2022-Present, Cybersecurity Assessment Manager, State of Oregon\n• Led assessments.\n11/2018-7/2022, Cybersecurity Assessor, State of Oregon\n• Ran assessments.",
                &[
                    (
                        "State of Oregon",
                        "Cybersecurity Assessment Manager",
                        None,
                        "2022-07",
                        None,
                    ),
                    (
                        "State of Oregon",
                        "Cybersecurity Assessor",
                        None,
                        "2018-11",
                        Some("2022-07"),
                    ),
                ],
            ),
            (
                "Perkins + Will Architecture (San Francisco, Ca.)\nSummer Intern    06/12 - 08/12\n• Drew plans.",
                &[(
                    "Perkins + Will Architecture",
                    "Summer Intern",
                    Some("San Francisco, Ca"),
                    "2012-06",
                    Some("2012-08"),
                )],
            ),
            // A header written as a bullet is a header, not a highlight.
            (
                "• Platform Engineer, Acme Corp — Jan 2019 – Dec 2021
• Ran 40 clusters.",
                &[(
                    "Acme Corp",
                    "Platform Engineer",
                    None,
                    "2019-01",
                    Some("2021-12"),
                )],
            ),
            // A profile page pasted whole: every text twice, an image's
            // text, the kind of employment and how long it lasted.
            (
                "The Walt Disney Company logo\nSr. System Reliability EngineerSr. System Reliability Engineer\nThe Walt Disney Company · Full-time The Walt Disney Company · Full-time Feb 2022 - Jul 2025 · 3 yrs 6 mos Orlando, Florida, United StatesOrlando, Florida, United States\n• Ran the parks' platform.",
                &[(
                    "The Walt Disney Company",
                    "Sr. System Reliability Engineer",
                    Some("Orlando, Florida, United States"),
                    "2022-02",
                    Some("2025-07"),
                )],
            ),
            // A line of dates alone: the header is above, past a blank.
            (
                "Web Developer at Empathy Lab\n\nApril 2009 - April 2010 (1 year 1 month)\n• Built the sites.\n\nIT Director at Artisan Custom Doorworks\n\n\nDecember 2005 - April 2009 (3 years 5 months)\n• Ran the network.",
                &[
                    (
                        "Empathy Lab",
                        "Web Developer",
                        None,
                        "2009-04",
                        Some("2010-04"),
                    ),
                    (
                        "Artisan Custom Doorworks",
                        "IT Director",
                        None,
                        "2005-12",
                        Some("2009-04"),
                    ),
                ],
            ),
            // A title wrapped at the margin after a joiner.
            (
                "Architecte applicatif / Chef de projet API /\nFull Stack Devops\nLe Figaro\nSep 2001 - Present\nFrance\n• Mise en place du portail.",
                &[(
                    "Le Figaro",
                    "Architecte applicatif / Chef de projet API / Full Stack Devops",
                    Some("France"),
                    "2001-09",
                    None,
                )],
            ),
            // A section's only job, its dates on the heading.
            (
                "EXPERIENCIA (10/2022-05/2023)\nConsultor Practicante en Sap Business One | CFR BUSINESS & SOLUTIONS\n• Desarrollé consultas en SQL.",
                &[(
                    "CFR BUSINESS & SOLUTIONS",
                    "Consultor Practicante en Sap Business One",
                    None,
                    "2022-10",
                    Some("2023-05"),
                )],
            ),
            // A title ending in a job's word, an organization's word in it.
            (
                "7/2011-11/2013, Senior Information Systems Specialist, Oregon Army National Guard\n• Ran the WAN.",
                &[(
                    "Oregon Army National Guard",
                    "Senior Information Systems Specialist",
                    None,
                    "2011-07",
                    Some("2013-11"),
                )],
            ),
            // Run-in titles heading a paragraph, their employers listed
            // under it with the dates.
            (
                "General Chemistry Tutor: Group and one-on-one tutoring for students.\n• 2010-2014 (University of Minnesota)\n• 2007-2010 (Oberlin College)\nResearch Assistant: Laboratory chemistry researcher.\n• 2007-2010 (Oberlin College)",
                &[
                    (
                        "University of Minnesota",
                        "General Chemistry Tutor",
                        None,
                        "2010",
                        Some("2014"),
                    ),
                    (
                        "Oberlin College",
                        "General Chemistry Tutor",
                        None,
                        "2007",
                        Some("2010"),
                    ),
                    (
                        "Oberlin College",
                        "Research Assistant",
                        None,
                        "2007",
                        Some("2010"),
                    ),
                ],
            ),
            // A place alone between the header and the dates.
            (
                "Software Engineer & Security Researcher\nR.O.K Cyber Command, MND\nSeoul, S.Korea\nAug. 2014 - Apr. 2016\n• Led the backtracking system.",
                &[(
                    "R.O.K Cyber Command, MND",
                    "Software Engineer & Security Researcher",
                    Some("Seoul, S.Korea"),
                    "2014-08",
                    Some("2016-04"),
                )],
            ),
            // Chinese: the company's kind ends its name, the city after it.
            (
                "黑科技公司 上海 | 2015年3月 - 2015年5月\n实习 | 经理: 高富帅\n• 实现了 xxx 特性",
                &[("黑科技公司", "实习", None, "2015-03", Some("2015-05"))],
            ),
            // Two places joined by "&"; "at" in a title above the line that
            // names the employer.
            (
                "Game Developer Intern at Global Internship Program\nNEXON\nSeoul, S.Korea & LA, U.S.A\nJan. 2013 - Feb. 2013\n• Built a puzzle game.",
                &[(
                    "NEXON",
                    "Game Developer Intern",
                    Some("Seoul, S.Korea & LA, U.S.A"),
                    "2013-01",
                    Some("2013-02"),
                )],
            ),
            // A unit or initials after the employer's name are its name's.
            (
                "Construction Hub Project Coordinator, City of Seattle, Department of Transportation - 2019 - current\n• Ran the hub.",
                &[(
                    "City of Seattle, Department of Transportation",
                    "Construction Hub Project Coordinator",
                    None,
                    "2019",
                    None,
                )],
            ),
            (
                "R.O.K Cyber Command, MND   Seoul, S.Korea\nSoftware Engineer & Security Researcher   Aug. 2014 - Apr. 2016\n• Led the backtracking system.",
                &[(
                    "R.O.K Cyber Command, MND",
                    "Software Engineer & Security Researcher",
                    Some("Seoul, S.Korea"),
                    "2014-08",
                    Some("2016-04"),
                )],
            ),
            // What a dash adds to the title is the title's; the employer
            // is on its own line.
            (
                "Director - IT Operations    November 2010 - May 2012\nMillennium Entertainment - Los Angeles, CA\n• Led the network team.",
                &[(
                    "Millennium Entertainment",
                    "Director - IT Operations",
                    Some("Los Angeles, CA"),
                    "2010-11",
                    Some("2012-05"),
                )],
            ),
            (
                "Director of IT - Hybrid Cloud    March 2019 - November 2021    The Walt Disney Company - Los Angeles, CA\n• Led the platform.",
                &[(
                    "The Walt Disney Company",
                    "Director of IT - Hybrid Cloud",
                    Some("Los Angeles, CA"),
                    "2019-03",
                    Some("2021-11"),
                )],
            ),
            // A line naming the job whole: the line below describes it.
            (
                "CEO/President, Pied Piper, Palo Alto, CA, 2013-12-01 - 2014-12-01\nAwesome compression company\n• Won Techcrunch Disrupt",
                &[(
                    "Pied Piper",
                    "CEO/President",
                    Some("Palo Alto, CA"),
                    "2013-12",
                    Some("2014-12"),
                )],
            ),
            // "Present" on the next line of a narrow date column.
            (
                "2017 - Product Manager, Google, Mountain View, CA, USA\nPresent Leading teams to launch products.\n2012 - 2017 Engineer, Amazon, Seattle, WA, USA\nLed a team.",
                &[
                    (
                        "Google",
                        "Product Manager",
                        Some("Mountain View, CA, USA"),
                        "2017",
                        None,
                    ),
                    (
                        "Amazon",
                        "Engineer",
                        Some("Seattle, WA, USA"),
                        "2012",
                        Some("2017"),
                    ),
                ],
            ),
            // A range broken over two lines by a narrow date column.
            (
                "Dec. 16 -   Fullstack Developer, Gattefosse\nJuin 17\n• Built the shop.",
                &[(
                    "Gattefosse",
                    "Fullstack Developer",
                    None,
                    "2016-12",
                    Some("2017-06"),
                )],
            ),
            // A city run into the employer by the text layer.
            (
                "Dunamu Inc. Seoul   Software Engineer\nMar 2021 – Present\n• Ran the exchange.",
                &[("Dunamu Inc.", "Software Engineer", None, "2021-03", None)],
            ),
            // A remark in brackets is no part of the employer's name.
            (
                "EGS Inc. (for the Oregon Military Department) | Network Engineer\n2016 - 2018\n• Ran the network.",
                &[("EGS Inc.", "Network Engineer", None, "2016", Some("2018"))],
            ),
            // The remark's bracket left open (a typo of the source).
            (
                "2/2009-7/2009, Program Manager, EGS Inc. (for the Oregon Military Department(\n• Ran the program.",
                &[(
                    "EGS Inc.",
                    "Program Manager",
                    None,
                    "2009-02",
                    Some("2009-07"),
                )],
            ),
            // Dates before a bracketed employer: the bracket goes with them.
            (
                "Research Assistant
• 2007-2010 (Oberlin College)",
                &[(
                    "Oberlin College",
                    "Research Assistant",
                    None,
                    "2007",
                    Some("2010"),
                )],
            ),
            // An outer list's bullet is the header, its inner list the
            // statements; the employer ran into its city.
            (
                "• Google Mountain View, CA\nSoftware Engineer Oct 2016 - Present\n◦ TensorFlow: worked on APIs for training models.\n• Lucena Research Atlanta, GA\nData Scientist Summer 2012 and 2013\n◦ QuantDesk: Python backend for a web application.",
                &[
                    (
                        "Google",
                        "Software Engineer",
                        Some("Mountain View, CA"),
                        "2016-10",
                        None,
                    ),
                    (
                        "Lucena Research",
                        "Data Scientist",
                        Some("Atlanta, GA"),
                        "2012-06",
                        Some("2013-06"),
                    ),
                ],
            ),
            // The same, from a LaTeX source: the inner items are run-in
            // labels whose statements go on below.
            (
                "• Google | Mountain View, CA\nSoftware Engineer | Oct 2016 - Present\n◦ TensorFlow:\nAn open source library. Worked on APIs.\n• Coursera | Mountain View, CA\nSenior Software Engineer | Jan 2014 - Oct 2016\n◦ Notifications:\nService for sending e-mail.",
                &[
                    (
                        "Google",
                        "Software Engineer",
                        Some("Mountain View, CA"),
                        "2016-10",
                        None,
                    ),
                    (
                        "Coursera",
                        "Senior Software Engineer",
                        Some("Mountain View, CA"),
                        "2014-01",
                        Some("2016-10"),
                    ),
                ],
            ),
            // Bullets marked as the statements are, header-like or not, are
            // the previous job's statements.
            (
                "01/2014-01/2022, Cyber Operations NCO, Oregon Army National Guard\n• Built the cyber range for the brigade\n• Oregon Threat Information Gathering Team\n06/2012-06/2016, Network Engineer, Oregon Military Department\n• Managed all WAN sites",
                &[
                    (
                        "Oregon Army National Guard",
                        "Cyber Operations NCO",
                        None,
                        "2014-01",
                        Some("2022-01"),
                    ),
                    (
                        "Oregon Military Department",
                        "Network Engineer",
                        None,
                        "2012-06",
                        Some("2016-06"),
                    ),
                ],
            ),
            // A job's name before a state's code is no city.
            (
                "Research Intern, MD Anderson Cancer Center Summer 2011\n• Analyzed data using Matlab.",
                &[(
                    "MD Anderson Cancer Center",
                    "Research Intern",
                    None,
                    "2011-06",
                    Some("2011-06"),
                )],
            ),
            // Work done at a client's ("chez", "pour"), then the employer;
            // a city with its country in brackets; "Au-" / "jourd'hui"
            // broken at the margin.
            (
                "Juin 17 - Au- Développement logiciel Backend chez Enedis; Zenika Lyon (FR)\njourd'hui\n• Tech: Java 7, JUnit.\n\nJan. 15 - Développement AdminSys; SAVE Diffusion - Saint-Etienne (France)\nMai 15\n• Tech: Linux, Shell.",
                &[
                    (
                        "Zenika",
                        "Développement logiciel Backend",
                        Some("Lyon (FR)"),
                        "2017-06",
                        None,
                    ),
                    (
                        "SAVE Diffusion",
                        "Développement AdminSys",
                        Some("Saint-Etienne (France)"),
                        "2015-01",
                        Some("2015-05"),
                    ),
                ],
            ),
            // A city the text layer ran into the employer, after a name
            // in brackets or none; a place in brackets with a space.
            (
                "Danggeun Pay Inc. (KarrotPay) Seoul, S.Korea\nSite Reliability Engineer Mar. 2021 - Jun. 2023\n• Ran the clusters.\n\nKasa Seoul, S.Korea\nDirector of Infrastructure Jun. 2018 - Jan. 2021\n• Ran the network.",
                &[
                    (
                        "Danggeun Pay Inc. (KarrotPay)",
                        "Site Reliability Engineer",
                        Some("Seoul, S.Korea"),
                        "2021-03",
                        Some("2023-06"),
                    ),
                    (
                        "Kasa",
                        "Director of Infrastructure",
                        Some("Seoul, S.Korea"),
                        "2018-06",
                        Some("2021-01"),
                    ),
                ],
            ),
            (
                "Editorial Intern\nThe Riordan Crusader (San Francisco, Ca. ) 08/08 - 05/10\n• Edited the paper.",
                &[(
                    "The Riordan Crusader",
                    "Editorial Intern",
                    Some("San Francisco, Ca"),
                    "2008-08",
                    Some("2010-05"),
                )],
            ),
            // Markdown's link brackets left in the text.
            (
                "Project Hydrologist [Confluence Environmental Company] - 2013 - 2014\n• Modeled the river.",
                &[(
                    "Confluence Environmental Company",
                    "Project Hydrologist",
                    None,
                    "2013",
                    Some("2014"),
                )],
            ),
            (
                "Yahoo! | President & CEO\nJuly 2012 - Present\n• Led the company.",
                &[("Yahoo!", "President & CEO", None, "2012-07", None)],
            ),
            (
                "Developpeur chez Enedis\n2019 - 2021\n• Built the meters.",
                &[("Enedis", "Developpeur", None, "2019", Some("2021"))],
            ),
            // A sentence about the employer between its name and the place
            // and dates (clean-cv's \cventry); how the job was worked is no
            // part of the place.
            (
                "Senior Full-stack Engineer\nWeTransfer\nWeTransfer was founded in 2009 as the simplest way to send big files.\nAmsterdam, Netherlands (Remote)\n07/2022 - Present\n• Cut storage costs by 20%.",
                &[(
                    "WeTransfer",
                    "Senior Full-stack Engineer",
                    Some("Amsterdam, Netherlands"),
                    "2022-07",
                    None,
                )],
            ),
            // moderncv's dots that lead the employer to the margin.
            (
                "Mahsan Co.......................................\nSenior Software Engineer 2022/10-2024/07\nContributed to the Data Loss Prevention project in C++.",
                &[(
                    "Mahsan Co",
                    "Senior Software Engineer",
                    None,
                    "2022-10",
                    Some("2024-07"),
                )],
            ),
            // A second role under the employer's line of the first.
            (
                "Behin Samaneh Farda Co.............................\nEmbedded System Engineer 2016/12-2023/11\nEngineered multi-task telephony software on a DSP.\n\nSoftware Engineer 2016/12-2023/11\nBuilt a C++11 middle-ware module for the CTI hardware.",
                &[
                    (
                        "Behin Samaneh Farda Co",
                        "Embedded System Engineer",
                        None,
                        "2016-12",
                        Some("2023-11"),
                    ),
                    (
                        "Behin Samaneh Farda Co",
                        "Software Engineer",
                        None,
                        "2016-12",
                        Some("2023-11"),
                    ),
                ],
            ),
            // The brackets the dates stand in go with them.
            (
                "Staff Software Engineer at DebtBook (2022 - 2024)\n• Built the ledger.",
                &[(
                    "DebtBook",
                    "Staff Software Engineer",
                    None,
                    "2022",
                    Some("2024"),
                )],
            ),
            // The tools of the job before above a line that names its job
            // whole are no part of its header.
            (
                "Combo Tech | Senior Consultant | 2021-current\n• Reviewed Rust code\nCI/CD, Docker, Elixir, Go, Kubernetes, Linux\nPunters Lounge | Technical Director | 2016-2021\n• Modernised the servers",
                &[
                    ("Combo Tech", "Senior Consultant", None, "2021", None),
                    (
                        "Punters Lounge",
                        "Technical Director",
                        None,
                        "2016",
                        Some("2021"),
                    ),
                ],
            ),
            // "Since" a date: from it to now; a paragraph's "since" dates
            // no job.
            (
                "Ongres Inc. - Principal Data Engineer\nRemote. New York/Madrid\nSince September 2017 as OnGres\n\nSince 2009, our customers have included dozens of banks, insurers and retailers across Europe and Asia.",
                &[(
                    "Ongres Inc.",
                    "Principal Data Engineer",
                    None,
                    "2017-09",
                    None,
                )],
            ),
            // A role named in a bullet among the job's statements, or
            // first under its dates, is not a job; a bullet's line
            // indented under its text is part of it.
            (
                "Petal Card, Inc.\nSenior Staff Engineer\nApril 2018 - Present\n* Lead code quality efforts\n* Interim Director of Infrastructure, October 2021 - March 2022\nOak Ridge National Laboratory\nHPC Systems Administrator\nJune 2010 - March 2012\n* Infrastructure Team Lead, July 2011-March 2012\n* Led the move to Bcfg2 for configuration management,\n  2011-2012",
                &[
                    (
                        "Petal Card, Inc.",
                        "Senior Staff Engineer",
                        None,
                        "2018-04",
                        None,
                    ),
                    (
                        "Oak Ridge National Laboratory",
                        "HPC Systems Administrator",
                        None,
                        "2010-06",
                        Some("2012-03"),
                    ),
                ],
            ),
            // First under the job's header, below its dates: a role too.
            (
                "Web architect\n2009 - 2016\nIsCool Entertainment\nParis, France\n• 2015 - 2016 : Data Scientist\n• Google BigQuery\n• 2013 - 2015 : Lead Dev on Lord of the Dumbs\n• Python\nCore Developer\n2008 - 2009\nDailymotion\nParis, France\n• Localization",
                &[
                    (
                        "IsCool Entertainment",
                        "Web architect",
                        Some("Paris, France"),
                        "2009",
                        Some("2016"),
                    ),
                    (
                        "Dailymotion",
                        "Core Developer",
                        Some("Paris, France"),
                        "2008",
                        Some("2009"),
                    ),
                ],
            ),
            // An employer's name ending in "Technologies" opens no
            // section of skills.
            (
                "Luxoft •\nSenior Software Developer\nApr 2018 -\nJul 2018 •\n• Coded in C\nDextra Technologies •\nEmbedded Software Developer\nNov 2015 -\nApr 2018 •\n• Developed drivers",
                &[
                    (
                        "Luxoft",
                        "Senior Software Developer",
                        None,
                        "2018-04",
                        Some("2018-07"),
                    ),
                    (
                        "Dextra Technologies",
                        "Embedded Software Developer",
                        None,
                        "2015-11",
                        Some("2018-04"),
                    ),
                ],
            ),
            // An employer's name ending in "Education" opens no section.
            (
                "Amplify Education\nSenior Software Engineer, CI/CD\nJune 2014 - April 2018\n• Ran the CI team\nSystems Engineer\nMarch 2012 - May 2014\n• Wrote templates",
                &[
                    (
                        "Amplify Education",
                        "Senior Software Engineer, CI/CD",
                        None,
                        "2014-06",
                        Some("2018-04"),
                    ),
                    (
                        "Amplify Education",
                        "Systems Engineer",
                        None,
                        "2012-03",
                        Some("2014-05"),
                    ),
                ],
            ),
            // An employer's dated line over its dated roles: each role
            // takes the employer, which is no job of its own; years in
            // brackets are a range.
            (
                "Google (2013-Present, Los Angeles)\n\nSenior Staff Software Engineer (2022-Present)\nStaff Software Engineer (2020-2022)\n\nGoogle Insights Finder (2013-2020)\n• Led the backend",
                &[
                    (
                        "Google",
                        "Senior Staff Software Engineer",
                        None,
                        "2022",
                        None,
                    ),
                    (
                        "Google",
                        "Staff Software Engineer",
                        None,
                        "2020",
                        Some("2022"),
                    ),
                    ("Google Insights Finder", "-", None, "2013", Some("2020")),
                ],
            ),
            // Dates first in the section, their header below past a blank
            // line.
            (
                "Oct 2014 -\nPresent\n\nInventory Specialist/Sales Associate  Best Buy\n• Oversaw the store's logistics",
                &[(
                    "Best Buy",
                    "Inventory Specialist/Sales Associate",
                    None,
                    "2014-10",
                    None,
                )],
            ),
            // The kind of work in brackets after a name names no job;
            // how long the job lasted is no part of the header.
            (
                "Lockheed Martin (Contractor) | Full Stack Web Developer | Jan 2020 - Present\n• Built the portal\nWeb Engineer\nAugust 2012 - Feb 2015, 4.5 years experience\n• Built sites",
                &[
                    (
                        "Lockheed Martin (Contractor)",
                        "Full Stack Web Developer",
                        None,
                        "2020-01",
                        None,
                    ),
                    ("-", "Web Engineer", None, "2012-08", Some("2015-02")),
                ],
            ),
            // "@" run into the employer's name after a title is "at"; a
            // header among a job's statements dated before the job is a
            // job of its own, not a role within it.
            (
                "• Full Stack Developer Intern @Metaworks  (Sept 2022 to Apr 2023)\n• Developed a website of 3D models.\n• Web Developer Intern @Qu Analytics  (July 2022 - Sept 2022)\n• Developed a feature that increased traffic by 12%.\nEnergy Research Institute @NTU | Research Engineer | 2019 - 2020\n• Built models",
                &[
                    (
                        "Metaworks",
                        "Full Stack Developer Intern",
                        None,
                        "2022-09",
                        Some("2023-04"),
                    ),
                    (
                        "Qu Analytics",
                        "Web Developer Intern",
                        None,
                        "2022-07",
                        Some("2022-09"),
                    ),
                    (
                        "Energy Research Institute @NTU",
                        "Research Engineer",
                        None,
                        "2019",
                        Some("2020"),
                    ),
                ],
            ),
            // A region's code and a country's after title and employer
            // are the place; after a city they are the city's.
            (
                "Software Engineer, Kemist, CA, US (Oct 2011 - Dec 2011)\n• Built the app\nTech Lead, Unosquare, Remote OR, US (Jul 2015 - Jan 2018)\n• Led the team\nProduct Manager, Google, Mountain View, CA, USA (2007 - 2011)\n• Shipped Maps",
                &[
                    (
                        "Kemist",
                        "Software Engineer",
                        Some("CA, US"),
                        "2011-10",
                        Some("2011-12"),
                    ),
                    (
                        "Unosquare",
                        "Tech Lead",
                        Some("Remote OR, US"),
                        "2015-07",
                        Some("2018-01"),
                    ),
                    (
                        "Google",
                        "Product Manager",
                        Some("Mountain View, CA, USA"),
                        "2007",
                        Some("2011"),
                    ),
                ],
            ),
            // A list item that reads as a header over where and when, the
            // job told in a paragraph: the item is the header, the line of
            // city, region and country its place; a header's words are
            // counted without its marks.
            (
                "Work Experience\n\n- Real-time 3D Developer & Open Source Contributor — AlanGameDev / Various Projects\nVerona, Veneto, Italy (remote)\nJan 2015 – Jun 2019\nCollaborated with artists and designers worldwide using the Unity engine.\n\n- Lead Software Engineer — Archimep Construções e Instalações\nCampinas, São Paulo, Brazil\nSep 2012 – Jan 2015\nLed the development of real-time rendering software for architects.",
                &[
                    (
                        "AlanGameDev / Various Projects",
                        "Real-time 3D Developer & Open Source Contributor",
                        Some("Verona, Veneto, Italy"),
                        "2015-01",
                        Some("2019-06"),
                    ),
                    (
                        "Archimep Construções e Instalações",
                        "Lead Software Engineer",
                        Some("Campinas, São Paulo, Brazil"),
                        "2012-09",
                        Some("2015-01"),
                    ),
                ],
            ),
            // The kind of employment in brackets stays with the title, and
            // so does what the title's bracket says of the job; an
            // organization's former name stays with it.
            (
                "Finiper | Linux systems administrator (contract) | 2015-2016\n• Built a Rust backend\nAcme | Data Analyst (part of the data team) | 2012-2015\n• Built reports\nOngres Inc. (ex 8kdata) | DBA | 2010-2012\n• Ran databases",
                &[
                    (
                        "Finiper",
                        "Linux systems administrator (contract)",
                        None,
                        "2015",
                        Some("2016"),
                    ),
                    (
                        "Acme",
                        "Data Analyst (part of the data team)",
                        None,
                        "2012",
                        Some("2015"),
                    ),
                    ("Ongres Inc. (ex 8kdata)", "DBA", None, "2010", Some("2012")),
                ],
            ),
            // A consultancy and its clients: the firm the jobs share is
            // the employer.
            (
                "Bull / EDF\nDevOps Engineer\n09-16 - 03-17\n• Ran the builds\nBull / DCNS\nDevOps Engineer\n03-15 - 09-16\n• Ran the tests",
                &[
                    ("Bull", "DevOps Engineer", None, "2016-09", Some("2017-03")),
                    ("Bull", "DevOps Engineer", None, "2015-03", Some("2016-09")),
                ],
            ),
            // Two titles joined by a slash, the second an abbreviation;
            // a title with two parts before its employer.
            (
                "Buongiorno | Linux systems administrator/MySQL DBA | 2008-2011\n• Tuned 150 MySQL instances\nCo-founder, Sr Eng Mgr, Bitlogic 2016 - Current\n• Led multiple teams",
                &[
                    (
                        "Buongiorno",
                        "Linux systems administrator/MySQL DBA",
                        None,
                        "2008",
                        Some("2011"),
                    ),
                    ("Bitlogic", "Co-founder, Sr Eng Mgr", None, "2016", None),
                ],
            ),
            // The title under one job's dates, past blank lines, is no
            // part of the next job's header.
            (
                "2025 - Now Atlassian\nPrincipal Software Engineer, Bitbucket Cloud\nComing soon!\n\n2023 - 2025 Render\nSoftware Engineer, Datastores Team\n· Introduced dynamic Postgres configuration per instance.",
                &[
                    (
                        "Atlassian",
                        "Principal Software Engineer, Bitbucket Cloud",
                        None,
                        "2025",
                        None,
                    ),
                    (
                        "Render",
                        "Software Engineer, Datastores Team",
                        None,
                        "2023",
                        Some("2025"),
                    ),
                ],
            ),
            // Fields at a word processor's tab stops, two spaces apart in
            // a PDF's text as in a text file.
            (
                "Mid-Level Software Engineer  Squarespace  2019-2021\n• Helped develop a CMS.\nSoftware Engineering Intern  Meta (Facebook)  Summer 2018\n• Developed a web application.",
                &[
                    (
                        "Squarespace",
                        "Mid-Level Software Engineer",
                        None,
                        "2019",
                        Some("2021"),
                    ),
                    (
                        "Meta (Facebook)",
                        "Software Engineering Intern",
                        None,
                        "2018-06",
                        Some("2018-06"),
                    ),
                ],
            ),
            // A colon after a title sets its employer apart; a job's label
            // over what it taught is no heading that ends the jobs.
            (
                "2019 - Present\nProject Maintainer and Steering Committee Member: Funkwhale Association\n• Planned releases.\nSkills Acquired\n• Conflict resolution\n2016 - 2017\nHelpdesk Technician: Exeter College\n• Fixed laptops.",
                &[
                    (
                        "Funkwhale Association",
                        "Project Maintainer and Steering Committee Member",
                        None,
                        "2019",
                        None,
                    ),
                    (
                        "Exeter College",
                        "Helpdesk Technician",
                        None,
                        "2016",
                        Some("2017"),
                    ),
                ],
            ),
            // A note in words after the dates names nothing; the title
            // below them is the header's.
            (
                "June 2017 - May 2018\n\nPosition: Lead Data Scientist\nAustrade\n\nFebruary 2015 - September 2015 (SME secondment from Austrade)\n\nPosition: Executive Advisor - Data SME\nBureau of Communications Research\n\nJanuary 2013 - January 2015 (move due to MoG)\n\nJanuary 2007 - December 2012 (move due to Industry, Tourism, and Resources)\n\nPosition: Manager (EL2), Department of Resources, Energy, and Tourism\n",
                &[
                    (
                        "Austrade",
                        "Lead Data Scientist",
                        None,
                        "2017-06",
                        Some("2018-05"),
                    ),
                    (
                        "Bureau of Communications Research",
                        "Executive Advisor - Data SME",
                        None,
                        "2015-02",
                        Some("2015-09"),
                    ),
                    ("-", "-", None, "2013-01", Some("2015-01")),
                    (
                        "Department of Resources, Energy, and Tourism",
                        "Manager (EL2)",
                        None,
                        "2007-01",
                        Some("2012-12"),
                    ),
                ],
            ),
            // A legal form's letters inside a title ("SAS") make it no
            // employer.
            (
                "September 2020 - March 2021 Senior SAS Analyst, National Health Funding Body\n• Modelled costs.",
                &[(
                    "National Health Funding Body",
                    "Senior SAS Analyst",
                    None,
                    "2020-09",
                    Some("2021-03"),
                )],
            ),
            // "for" inside the employer's name after a bar.
            (
                "Intern | North Carolina Association for Public Charter Schools | Chapel Hill, NC  August 2025 - Present\n• Researched 225 charter schools.",
                &[(
                    "North Carolina Association for Public Charter Schools",
                    "Intern",
                    Some("Chapel Hill, NC"),
                    "2025-08",
                    None,
                )],
            ),
            // The employer's street address under its line is no title.
            (
                "December 2017 - till date  Bismid Cosmetics Ltd\n32, Randle Avenue, Surulere, Lagos\n\nOperations Manager\n• Oversaw daily operations.",
                &[(
                    "Bismid Cosmetics Ltd",
                    "Operations Manager",
                    None,
                    "2017-12",
                    None,
                )],
            ),
            // An employer's dated line, its terms aside, over roles whose
            // periods lie in its own: the roles are its, each naming a
            // client.
            (
                "Harbor Consulting Ltd (February 2012 – December 2013) Permanent Role\nSenior Agile Consultant (July 2012 – December 2013) – Lloyds Bank, London:\n• Delivered software to a banking forum.\nAgile Coach (February 2012 – June 2012) – JP Morgan Chase:\n• Led a programme of Agile transformation.\n",
                &[
                    (
                        "Harbor Consulting Ltd",
                        "Senior Agile Consultant",
                        Some("London"),
                        "2012-07",
                        Some("2013-12"),
                    ),
                    (
                        "Harbor Consulting Ltd",
                        "Agile Coach",
                        None,
                        "2012-02",
                        Some("2012-06"),
                    ),
                ],
            ),
            // A name that begins with a legal form's letters.
            (
                "Junior Pipeline Project Engineer, SA Energy Group  Jun 2019 - Mar 2021 | Calgary, AB\n• Built site drawings.\n",
                &[(
                    "SA Energy Group",
                    "Junior Pipeline Project Engineer",
                    Some("Calgary, AB"),
                    "2019-06",
                    Some("2021-03"),
                )],
            ),
            // Two roles stacked under their employer's line: the second
            // leaves the next employer's line to the role under it.
            (
                "RIVER STATE UNIVERSITY\n2023 - Present | Associate Professor\n2016 - 2023 | Assistant Professor\nHARBOR CENTER FOR POLICY\n2023 - Present | Senior Scholar\n",
                &[
                    (
                        "RIVER STATE UNIVERSITY",
                        "Associate Professor",
                        None,
                        "2023",
                        None,
                    ),
                    (
                        "RIVER STATE UNIVERSITY",
                        "Assistant Professor",
                        None,
                        "2016",
                        Some("2023"),
                    ),
                    (
                        "HARBOR CENTER FOR POLICY",
                        "Senior Scholar",
                        None,
                        "2023",
                        None,
                    ),
                ],
            ),
            // The courses taught, under a heading of their own beside the
            // jobs, are no jobs.
            (
                "Analyst  Acme Corp  2019 - 2021\n• Built pricing models.\n\nTeaching Experience\nEngineering Ethics  Fall 2023\nRiver State University\n",
                &[("Acme Corp", "Analyst", None, "2019", Some("2021"))],
            ),
            // A paragraph's sentences in the first person, their dates
            // the periods of one job, are no jobs; nor is a date ending a
            // sentence after another's full stop. A title's level "I" is
            // no pronoun.
            (
                "Capital One - Senior Manager (March 2019 - Present).\n\nSince August 2023 I have managed the two teams of the\napplication.\n\nFrom May of 2022 to August of 2023 I managed six teams.\n\nnumber, etc. In 2021 my teams processed 100 PB.\n\nIBEX-Lo detector. The IBEX space probe was launched October 19, 2008.\n\n2015 - 2018 Software Engineer I at Acme\n\nAug'13-Apr'14: Research Assistant for the VPS. Under the leadership of S. Levy, I performed research.\n",
                &[
                    ("Capital One", "Senior Manager", None, "2019-03", None),
                    ("Acme", "Software Engineer I", None, "2015", Some("2018")),
                    (
                        "VPS",
                        "Research Assistant",
                        None,
                        "2013-08",
                        Some("2014-04"),
                    ),
                ],
            ),
            // The professor a research post was under is no part of its
            // title.
            (
                "Carnegie Mellon University - Postdoctoral Researcher, Prof. Robert\nDavis (June 2008 - July 2011).\n\nNC State University - Undergraduate Researcher, Prof. Lubos Mitas\n(August 2001 - May 2002).\n",
                &[
                    (
                        "Carnegie Mellon University",
                        "Postdoctoral Researcher",
                        None,
                        "2008-06",
                        Some("2011-07"),
                    ),
                    (
                        "NC State University",
                        "Undergraduate Researcher",
                        None,
                        "2001-08",
                        Some("2002-05"),
                    ),
                ],
            ),
            // A school teacher's posts are her work, whatever the heading.
            (
                "Camp Counselor  Acme Camp  2014 - 2019\n\nTeaching Experience\nSeptember 2020-Present Teacher-of-Record, Passaic Public Schools\n• Teaching biology.\n",
                &[
                    ("Acme Camp", "Camp Counselor", None, "2014", Some("2019")),
                    (
                        "Passaic Public Schools",
                        "Teacher-of-Record",
                        None,
                        "2020-09",
                        None,
                    ),
                ],
            ),
            // A university's teacher teaches courses.
            (
                "Camp Counselor  Acme Camp  2014 - 2019\n\nTeaching Experience\n2018-2020 Diploma Teacher\nData Curation\nSchool of Mathematics, University of Córdoba\n",
                &[("Acme Camp", "Camp Counselor", None, "2014", Some("2019"))],
            ),
            // Unless they are a part of one list of the work, under its
            // heading.
            (
                "Engineering experience\nAnalyst  Acme Corp  2019 - 2021\n\nTeaching experience\nTutor in Physics  Lyceo  2017 - 2018\n",
                &[
                    ("Acme Corp", "Analyst", None, "2019", Some("2021")),
                    ("Lyceo", "Tutor in Physics", None, "2017", Some("2018")),
                ],
            ),
            // A duty opening with its verb under the dates is no title,
            // however few its words ("Execute LaserJet software tests").
            (
                "\nBluehost\nFeb 2009 through present\nTroubleshoot code and configuration issues\n\nQuality Logic, Inc.\nMay 2000 through Oct 2000\nExecute LaserJet software tests\n",
                &[
                    ("Bluehost", "-", None, "2009-02", None),
                    ("Quality Logic, Inc.", "-", None, "2000-05", Some("2000-10")),
                ],
            ),
            // Employers beside their dates, each title below: a title
            // the job above took is not the next one's.
            (
                "Acme Corp, September 2022-Current\nAssociate Professor\nBeta University, September 2017-2022\nAssistant Professor of Biology\nGamma College, July 2015-July 2017\nResearch Associate\n",
                &[
                    ("Acme Corp", "Associate Professor", None, "2022-09", None),
                    (
                        "Beta University",
                        "Assistant Professor of Biology",
                        None,
                        "2017-09",
                        Some("2022"),
                    ),
                    (
                        "Gamma College",
                        "Research Associate",
                        None,
                        "2015-07",
                        Some("2017-07"),
                    ),
                ],
            ),
            // A title and its employer run together with one space: the
            // title ends at its last job's word.
            (
                "iOS Engineer Shape Games - Copenhagen, Denmark  Jan 2024 - present\n• Working on modular iOS apps\n\nSoware Engineer Magenta Srl - Florence, Italy  Sep 2021 - Dec 2023\n• Built the greenApes iOS app\n",
                &[
                    (
                        "Shape Games",
                        "iOS Engineer",
                        Some("Copenhagen, Denmark"),
                        "2024-01",
                        None,
                    ),
                    (
                        "Magenta Srl",
                        "Soware Engineer",
                        Some("Florence, Italy"),
                        "2021-09",
                        Some("2023-12"),
                    ),
                ],
            ),
            // Not a grade, a month, a team or a bracket's words after it.
            (
                "Software Engineer II  Jan 2020 - Dec 2021\n• Built the API\n\nIndependent Developer (Developer Tools)  2018 - 2019\n• Built tools\n",
                &[
                    (
                        "-",
                        "Software Engineer II",
                        None,
                        "2020-01",
                        Some("2021-12"),
                    ),
                    (
                        "-",
                        "Independent Developer (Developer Tools)",
                        None,
                        "2018",
                        Some("2019"),
                    ),
                ],
            ),
            // A laboratory after the title is the employer's part.
            (
                "Brookhaven National Laboratory, September 2014-January 2015\nResearch Assistant, Laboratory of Global Change Biology\n",
                &[(
                    "Brookhaven National Laboratory",
                    "Research Assistant",
                    None,
                    "2014-09",
                    Some("2015-01"),
                )],
            ),
            // The title, the employer and the dates each on a line of
            // its own, a blank line between each (AsciiDoc's headings and
            // sidebar blocks print so).
            (
                "Principal Architect\n\nParsec Labs, LLC\n\nNovember, 2017 -> April 9th, 2020\n\n* Built the storage appliance.\n\nDirector, Engineering\n\nBitwise IO, Inc.\n\nMay 17, 2016 -> June 23, 2017",
                &[
                    (
                        "Parsec Labs, LLC",
                        "Principal Architect",
                        None,
                        "2017-11",
                        Some("2020-04"),
                    ),
                    (
                        "Bitwise IO, Inc.",
                        "Director, Engineering",
                        None,
                        "2016-05",
                        Some("2017-06"),
                    ),
                ],
            ),
            // (Not when the employer's line names the title too: the
            // heading above is no title.)
            (
                "\nDairy Queen, Lakewood, CO - Crew Member\n\nJuly 2018- April 2019\n\n• I clean around the store.\n\nEXTRACURRICULARS/ VOLUNTEER WORK\n\nBoys & Girls Club, Denver, CO - Peer Leader\n\nJune 2013- June 2015\n\n• I supervised the kids.",
                &[
                    (
                        "Dairy Queen",
                        "Crew Member",
                        Some("Lakewood, CO"),
                        "2018-07",
                        Some("2019-04"),
                    ),
                    (
                        "Boys & Girls Club",
                        "Peer Leader",
                        Some("Denver, CO"),
                        "2013-06",
                        Some("2015-06"),
                    ),
                ],
            ),
            // An organization's initials in brackets after a title, the
            // employer named nowhere else; a title's own letters stay.
            (
                "Research Geneticist (USDA-ARS-AGIL) - Beltsville, MD, USA   01/2022 - Present\n\nChief Technology Officer (CTO) - Austin, TX   01/2019 - 12/2021",
                &[
                    (
                        "USDA-ARS-AGIL",
                        "Research Geneticist",
                        Some("Beltsville, MD, USA"),
                        "2022-01",
                        None,
                    ),
                    (
                        "-",
                        "Chief Technology Officer (CTO)",
                        Some("Austin, TX"),
                        "2019-01",
                        Some("2021-12"),
                    ),
                ],
            ),
            // The tools a job was done with, after the title's comma.
            (
                "Crunchbase\nFull-Stack Developer, python + typescript\nJan 2020 - Mar 2022\n\nAcme\nDeveloper, Kafka + Sales Engineer\nJan 2018 - Dec 2019",
                &[
                    (
                        "Crunchbase",
                        "Full-Stack Developer",
                        None,
                        "2020-01",
                        Some("2022-03"),
                    ),
                    (
                        "Acme",
                        "Developer, Kafka + Sales Engineer",
                        None,
                        "2018-01",
                        Some("2019-12"),
                    ),
                ],
            ),
            // A German or Swedish compound that ends in a job's noun is a
            // title, whichever line it is on.
            (
                "Barnskötare  jun 2017 - jul 2017\nStockholm stad, Stockholm\nSommarjobb i en förskola.\n\nMathem, Stockholm  mar 2021 - jun 2021\nProduktionsmedarbetare\nEtt deltidsjobb.",
                &[
                    (
                        "Stockholm stad",
                        "Barnskötare",
                        Some("Stockholm"),
                        "2017-06",
                        Some("2017-07"),
                    ),
                    (
                        "Mathem",
                        "Produktionsmedarbetare",
                        Some("Stockholm"),
                        "2021-03",
                        Some("2021-06"),
                    ),
                ],
            ),
            // The employer below a dated title is no later job's when a
            // line below that one's stands where its employer would; a
            // name's single quotation marks stay paired.
            (
                "8/2022 - now | Staff scientist\nBioinformatics Platform, Laboratory of Emmanuelle Charpentier, Berlin\n5/2016 - 5/2022 | Postdoctoral scientist\nSystem-wide analysis of autotrophic bacteria in the group of Prof Paul Hudson, Science For Life Laboratory, Stockholm\n2004 - 2005 | Voluntary service 'Freiwilliges Ökologisches Jahr'\nnational park 'Sächsische Schweiz'",
                &[
                    (
                        "Laboratory of Emmanuelle Charpentier",
                        "Staff scientist",
                        Some("Berlin"),
                        "2022-08",
                        None,
                    ),
                    (
                        "-",
                        "Postdoctoral scientist",
                        None,
                        "2016-05",
                        Some("2022-05"),
                    ),
                    (
                        "national park 'Sächsische Schweiz'",
                        "Voluntary service 'Freiwilliges Ökologisches Jahr'",
                        None,
                        "2004",
                        Some("2005"),
                    ),
                ],
            ),
            // Dates and the employer on one line, the title below, job
            // after job with no blank line between: the line below a
            // job's dates is its own, not the next job's header, though
            // no known job's word names it, and a job of dates alone
            // between keeps the layout.
            (
                "10.1997 - 03.2000 Givaudan Roure\nVerkaufskoordinator\n09.1995 - 10.1997\nFreelance Translator\n02.1995 - 09.1995 IBM\nKäufer\n05.1994 - 02.1995 RosInter\nStellvertreter des Direktors",
                &[
                    (
                        "Givaudan Roure",
                        "Verkaufskoordinator",
                        None,
                        "1997-10",
                        Some("2000-03"),
                    ),
                    (
                        "-",
                        "Freelance Translator",
                        None,
                        "1995-09",
                        Some("1997-10"),
                    ),
                    ("IBM", "Käufer", None, "1995-02", Some("1995-09")),
                    (
                        "RosInter",
                        "Stellvertreter des Direktors",
                        None,
                        "1994-05",
                        Some("1995-02"),
                    ),
                ],
            ),
            // What a colon adds to the title is the title's when the
            // employer is on a line of its own; a person the work was done
            // under is not.
            (
                "Team Lead: Storage Support\nThomson Reuters, Inc.\nDecember 2010 - March 2011\n* Ran the team.\n\nResearch Assistant: Prof. Ann Lee\nUniversity of Utah\nMay 2008 - June 2010\n* Ran the lab.",
                &[
                    (
                        "Thomson Reuters, Inc.",
                        "Team Lead: Storage Support",
                        None,
                        "2010-12",
                        Some("2011-03"),
                    ),
                    (
                        "University of Utah",
                        "Research Assistant",
                        None,
                        "2008-05",
                        Some("2010-06"),
                    ),
                ],
            ),
            // A unit at the university it belongs to is one name.
            (
                "International Center at The University of Utah\nJune 2003 - April 2006\n* Redesigned the logo.",
                &[(
                    "International Center at The University of Utah",
                    "-",
                    None,
                    "2003-06",
                    Some("2006-04"),
                )],
            ),
            // A legal form with the short name in brackets after it ends
            // the name before its comma.
            (
                "Senior System Administrator\nSilicon Graphics, Inc. (SGI)\nJuly 1996 -> December 2000\n* Ran the backups.",
                &[(
                    "Silicon Graphics, Inc. (SGI)",
                    "Senior System Administrator",
                    None,
                    "1996-07",
                    Some("2000-12"),
                )],
            ),
            // A comma inside a closed bracket separates nothing.
            (
                "Backend Engineer (Freelance, Part-time) (Remote) Feb 2024 - May 2025\nDAYLIGHT\n• Built the API.",
                &[(
                    "DAYLIGHT",
                    "Backend Engineer (Freelance, Part-time)",
                    None,
                    "2024-02",
                    Some("2025-05"),
                )],
            ),
        ];
        for (section, want) in cases {
            let r = parsed(&format!(
                "Jane Doe\njane@example.com\n\nExperience\n{section}\n"
            ));
            let got: Vec<Job<'_>> = r
                .work
                .iter()
                .map(|w| {
                    (
                        w.name.as_deref().unwrap_or("-"),
                        w.position.as_deref().unwrap_or("-"),
                        w.location.as_deref(),
                        w.start_date.as_deref().unwrap_or("-"),
                        w.end_date.as_deref(),
                    )
                })
                .collect();
            assert_eq!(got, *want, "{section:?}");
        }
    }

    /// Each job's employer and title.
    fn employers_and_titles(r: &Resume) -> Vec<(Option<&str>, Option<&str>)> {
        r.work
            .iter()
            .map(|w| (w.name.as_deref(), w.position.as_deref()))
            .collect()
    }

    #[test]
    fn a_seasonal_job_s_years_opening_a_sentence_after_its_description_are_its_dates() {
        // "…in structural geology. Spring 2013, 2014 & 2015": the dates
        // open a sentence of their own at the paragraph's end; inside a
        // sentence ("Census 1989, 1994, 1999 and 2004") years are no job's.
        let r = parsed(
            "Jane Doe\n\nEmployment\n\nTeaching Assistant\nDepartment of Geoscience, University of Copenhagen\n\nHosting practical exercises and evaluating weekly mandatory assignments, undergraduate course in structural geology (3rd year). Spring 2013, 2014 & 2015, 10-15 hours weekly\n",
        );
        let starts: Vec<Option<&str>> = r.work.iter().map(|w| w.start_date.as_deref()).collect();
        assert_eq!(starts, vec![Some("2013-03")]);
    }

    #[test]
    fn a_timeline_without_headings_keeps_its_jobs_apart_from_breaks_and_schools() {
        // A nested list's items under each dated entry; a break between
        // jobs and the schools at the end are no jobs.
        let r = parsed(
            "Jane Doe\n\nPhone: 07809 395 832\nEmail: jane@example.com\n\nAn experienced and adaptable engineer.\n\nHighlights/Timeline:\n\n• Notable Open Source work:\n◦ cargo-quickinstall - pre-compiled rust binary installer.\n\n• 2019-Present: Red Badger\n◦ Overhauled payments ledger, to meet regulatory approval.\n◦ Mentored other engineers on GraphQL and Rust.\n• 2014-2015: Break.\n◦ Volunteering with Children's Society and Epping Forest.\n◦ Personal software projects.\n\n• 2009-2011: Software Engineer at Collabora Ltd.\n◦ Developed Highly Scalable XMPP-SIP VoIP gateway.\n• 2005-2009: Engineering Undergraduate, Peterhouse College, Cambridge University:\n◦ 4th year: MEng (Hons) Information\n◦ 3rd year BA (Hons) Engineering: 2:2\n• 2003-2005: Bancroft's School:\n◦ Maths: A, Further Maths: A, Physics: A.\n• 1995-2003: Highams Park School:\n◦ 11 GCSEs including 6 at A*\n",
        );
        assert_eq!(
            employers_and_titles(&r),
            [
                (Some("Red Badger"), None),
                (Some("Collabora Ltd"), Some("Software Engineer"))
            ]
        );
    }

    #[test]
    fn a_teaching_label_inside_a_job_keeps_the_job_s_bullets() {
        let r = parsed(
            "Jane Doe\njane@example.com\n\nExperience\nArt Teacher  Landon School  2013 - Present\n\nTeaching Experience:\n• Taught ceramics in a multi-level classroom.\n• Ran a summer photography camp.\n",
        );
        assert_eq!(
            employers_and_titles(&r),
            [(Some("Landon School"), Some("Art Teacher"))]
        );
        assert_eq!(r.work[0].highlights.len(), 2, "{:?}", r.work[0].highlights);
    }

    /// A job's employer, title, start and end.
    type Read<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );

    /// Each job's employer, title, start and end.
    fn jobs_of(r: &Resume) -> Vec<Read<'_>> {
        r.work
            .iter()
            .map(|w| {
                (
                    w.name.as_deref(),
                    w.position.as_deref(),
                    w.start_date.as_deref(),
                    w.end_date.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn without_an_experience_heading_jobs_in_the_same_shape_are_read() {
        let r = parsed(
            "Resume\n\n\nContent Creator - University of Applied Sciences Zwickau (2021 - 2022)\n\nPlanned and produced a video series.\n\nDeveloper, Frontend Architect, Consultant - Personio (2019 - 2020)\n\nStarted with design work.\n\nFrontend Developer - frog design (2014)\n\nBuilt pages.\n\nWorking Student - AutoScout24 GmbH (2010 - 2011)",
        );
        // A page's title names no employer; commas go on with the title up
        // to the dash before the employer; a lone year in brackets where
        // the other jobs have their ranges is a job's.
        assert_eq!(
            jobs_of(&r),
            [
                (
                    Some("University of Applied Sciences Zwickau"),
                    Some("Content Creator"),
                    Some("2021"),
                    Some("2022")
                ),
                (
                    Some("Personio"),
                    Some("Developer, Frontend Architect, Consultant"),
                    Some("2019"),
                    Some("2020")
                ),
                (
                    Some("frog design"),
                    Some("Frontend Developer"),
                    Some("2014"),
                    Some("2014")
                ),
                (
                    Some("AutoScout24 GmbH"),
                    Some("Working Student"),
                    Some("2010"),
                    Some("2011")
                ),
            ]
        );
    }

    #[test]
    fn without_an_experience_heading_the_jobs_may_follow_the_summary() {
        let r = parsed(
            "Jane Doe\nSummary\n• Six years of post-silicon validation\n•\nCerebras Systems Inc\nWafer Bringup Engineer\nJan 2022 - Present\n• Developed the wafer bringup flow\nApple Inc\nSilicon Validation Engineer\nSept 2014 - Dec 2014\nSept 2015 - Dec 2015\nAug 2016 - Jan 2022\n• Maintained the validation tools\nEducation\nUniversity of Waterloo\n2010 - 2016",
        );
        // The periods of one job on lines of their own are one range.
        assert_eq!(
            jobs_of(&r),
            [
                (
                    Some("Cerebras Systems Inc"),
                    Some("Wafer Bringup Engineer"),
                    Some("2022-01"),
                    None
                ),
                (
                    Some("Apple Inc"),
                    Some("Silicon Validation Engineer"),
                    Some("2014-09"),
                    Some("2022-01")
                ),
            ]
        );
    }

    #[test]
    fn an_experience_heading_over_undated_lines_leaves_the_jobs_above_it() {
        let r = parsed(
            "John Sullivan\njohn@example.com\n\nElicit - Senior Engineer  2024 - Present\n\n• Led many projects.\n\nKhan Academy - Software Engineer  2014 - 2016\n\n• Built the frontend.\n\nAdditional Experience\n\nInterned at Khan Academy and Mozilla.\n",
        );
        assert_eq!(
            employers_and_titles(&r),
            [
                (Some("Elicit"), Some("Senior Engineer")),
                (Some("Khan Academy"), Some("Software Engineer"))
            ]
        );
        // With a dated job under the heading, the lines above it are no jobs.
        let r = parsed(
            "John Sullivan\nLed teams 2014 - 2016 at scale\n\nExperience\n\nKhan Academy - Software Engineer  2014 - 2016\n",
        );
        assert_eq!(r.work.len(), 1);
        assert_eq!(r.work[0].name.as_deref(), Some("Khan Academy"));
    }

    #[test]
    fn an_experience_section_without_dates_gives_its_jobs_from_their_headers() {
        // (Experience lines, [(employer, title, place)]; "-" for none.)
        type Job = (&'static str, &'static str, &'static str);
        let cases: &[(&str, &[Job])] = &[
            // A title, a dash and the employer over a paragraph.
            (
                "Data scientist - Wisconsin Intelligibility, Speech and Communication Laboratory\n\nI study how children learn to talk.\n\nStatistical consulting - Freelance.\n\nI have consulted on mixed-effects models.\n",
                &[
                    (
                        "Wisconsin Intelligibility, Speech and Communication Laboratory",
                        "Data scientist",
                        "-",
                    ),
                    ("Freelance", "Statistical consulting", "-"),
                ],
            ),
            // Title, employer and town set apart by commas, over tasks;
            // a label of a group of jobs is none.
            (
                "Secteur de la vente :\n\nVendeuse artisanat sud-américain, El galapagos, Alès.\nConseil et vente\nAgencement de la boutique\n\nAssistante de notaire, cabinet saint martin, bertrand, Alès\nGestion du courrier\n\nEmployée de crèche, les pitchounets, Mairie d'Alès\nNettoyage des locaux\n",
                &[
                    ("El galapagos", "Vendeuse artisanat sud-américain", "Alès"),
                    (
                        "cabinet saint martin, bertrand",
                        "Assistante de notaire",
                        "Alès",
                    ),
                    ("les pitchounets", "Employée de crèche", "Mairie d'Alès"),
                ],
            ),
            // The employer first, then the title and a sentence.
            (
                "Analog Analytics - Software developer. Developed a Ruby on Rails platform for clients.\n\nBabeland - Programmer and marketing analyst. Developed internal applications.\n",
                &[
                    ("Analog Analytics", "Software developer", "-"),
                    ("Babeland", "Programmer and marketing analyst", "-"),
                ],
            ),
            // A sentence's first line, wrapped, is no header.
            (
                "Guided clients on structural efficiency, material selection, and\nproject timelines.\n",
                &[],
            ),
        ];
        let none = |s: &'static str| (s != "-").then_some(s);
        for (lines, want) in cases {
            let r = parsed(&format!(
                "Jane Doe\njane@example.com\n\nExperience\n\n{lines}"
            ));
            let got: Vec<_> = r
                .work
                .iter()
                .map(|j| {
                    (
                        j.name.as_deref(),
                        j.position.as_deref(),
                        j.location.as_deref(),
                    )
                })
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|&(e, t, p)| (none(e), none(t), none(p)))
                .collect();
            assert_eq!(got, want, "{lines}");
            assert!(r.work.iter().all(|j| j.start_date.is_none()), "{lines}");
        }
        // A header whose comma ends it ("Developer, .") reads without a
        // fault.
        assert_eq!(
            undated_header("Developer, ."),
            (Some("Developer,".to_owned()), None, None)
        );
        // A section that dates its lines is read by its dates, or not at all.
        let r = parsed(
            "Jane Doe\n\nExperience\n\nDeveloper - Acme\n\nBuilt things.\n\nClinical experience\n\n• 2013: Pediatric voice clinic, Children's Hospital.\n",
        );
        assert_eq!(
            employers_and_titles(&r),
            [(Some("Acme"), Some("Developer"))]
        );
    }

    #[test]
    fn a_role_takes_the_employer_above_only_from_a_line_of_its_own() {
        // "CI/CD" after the title's comma is read from the title's line:
        // the next role under it does not take it.
        let r = parsed(
            "Jane Doe\njane@example.com\n\nExperience\nSenior Software Engineer, CI/CD\nJune 2014 - April 2018\n• Ran the CI team\n\nSystems Engineer\nMarch 2012 - May 2014\n• Wrote templates\n",
        );
        assert_eq!(r.work.len(), 2);
        assert_eq!(r.work[1].position.as_deref(), Some("Systems Engineer"));
        assert_eq!(r.work[1].name, None);
    }

    #[test]
    fn an_at_after_a_field_s_bar_does_not_split_title_from_employer() {
        let r = parsed(
            "Jane Doe\njane@example.com\n\nExperience\n2010 | Legal Intern | Kallus, Attorney at Law | Houston, TX\n• Drafted settlement agreements\n",
        );
        assert_eq!(r.work.len(), 1);
        assert_eq!(r.work[0].position.as_deref(), Some("Legal Intern"));
    }

    #[test]
    fn a_place_is_read_into_city_region_and_postcode() {
        // (address, city, region, postcode)
        type Place<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
        let cases: &[Place<'_>] = &[
            (
                "Chicago, IL 60616",
                Some("Chicago"),
                Some("IL"),
                Some("60616"),
            ),
            (
                "San Francisco, CA-94115",
                Some("San Francisco"),
                Some("CA"),
                Some("94115"),
            ),
            (
                "Sunderland, MA, 01375",
                Some("Sunderland"),
                Some("MA"),
                Some("01375"),
            ),
            (
                "48167 Münster, Germany",
                Some("Münster"),
                Some("Germany"),
                Some("48167"),
            ),
            ("10315 Berlin", Some("Berlin"), None, Some("10315")),
            (
                "Macleod, VIC 3085",
                Some("Macleod"),
                Some("VIC"),
                Some("3085"),
            ),
            (
                "Toronto, ON M2R 1Z9",
                Some("Toronto"),
                Some("ON"),
                Some("M2R 1Z9"),
            ),
            (
                "Edinburgh EH9 3HJ",
                Some("Edinburgh"),
                None,
                Some("EH9 3HJ"),
            ),
            ("Austin, TX", Some("Austin"), Some("TX"), None),
            ("Berlin", None, None, None),
        ];
        for &(address, city, region, code) in cases {
            let l = located(address.to_owned());
            assert_eq!(
                (
                    l.city.as_deref(),
                    l.region.as_deref(),
                    l.postal_code.as_deref()
                ),
                (city, region, code),
                "{address}"
            );
            assert_eq!(l.address, address);
        }
    }

    #[test]
    fn education_entries_give_school_degree_and_graduation() {
        // The school begins past the space before its kind, a no-break
        // space too (two bytes).
        assert_eq!(school_of_at("Physics University of Florence"), Some(8));
        assert_eq!(school_of_at("Physics\u{a0}University of Florence"), Some(9));
        assert_eq!(school_of_at("Physics, Stanford University"), None);
        // (education section, [(school, degree, area, graduation)])
        type Entry<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[(&str, &[Entry<'_>])] = &[
            // MIT's letters in their Latin order; a sentence of its own
            // under the entry names no school.
            // French's "at" before the school; its country as French
            // names it.
            (
                "2014 | Maitrise en \"Politiques et Services Sociaux\" à l'Università di Torino, Italie (Bac + 5)\n",
                &[(
                    Some("Università di Torino"),
                    Some("Maitrise"),
                    None,
                    Some("2014"),
                )],
            ),
            // The field runs into a school's name that opens with its
            // kind and "of"; a place before the kind is the school's.
            (
                "MSc in Computer Science & Engineering University of Florence - Florence, Italy Sep 2019 - Apr 2022\n\nBFA California Institute of the Arts  2012 - 2016\n",
                &[
                    (
                        Some("University of Florence"),
                        Some("MSc"),
                        Some("Computer Science & Engineering"),
                        Some("2022-04"),
                    ),
                    (
                        Some("California Institute of the Arts"),
                        Some("BFA"),
                        None,
                        Some("2016"),
                    ),
                ],
            ),
            // A name's initials in a list of authors are no degree.
            (
                "Senior, A.M., Solon-Biet, S.M., Cogger, V.C. 2019. Dietary macronutrient content. Proceedings B.\n",
                &[],
            ),
            (
                "Freire, T., Senior, A.M., Le Couteur, D.G. & Solon-Biet, S.M. 2020. Sex-specific effects. Cell.\n",
                &[],
            ),
            (
                "Massachusetts Institute of Technology\nS.B. Computer Science and Engineering 1988 Cambridge, Massachusetts\nConcentration in Political Philosophy.\nResearch assistant in the MIT AI Lab, developing machine vision and natural language displays on Symbolics Lisp machines.\n",
                &[(
                    Some("Massachusetts Institute of Technology"),
                    Some("S.B."),
                    Some("Computer Science and Engineering"),
                    Some("1988"),
                )],
            ),
            // The field after the school's comma, where the degree names
            // none; a campus is the school's.
            (
                "PhD  University of Central Florida, Texts and Technology   June 2021-Present\n\nBS  University of Central Florida, Psychology  Aug 2010\n\nBS  University of California, Berkeley  May 2006\n",
                &[
                    (
                        Some("University of Central Florida"),
                        Some("PhD"),
                        Some("Texts and Technology"),
                        None,
                    ),
                    (
                        Some("University of Central Florida"),
                        Some("BS"),
                        Some("Psychology"),
                        Some("2010-08"),
                    ),
                    (
                        Some("University of California, Berkeley"),
                        Some("BS"),
                        None,
                        Some("2006-05"),
                    ),
                ],
            ),
            // Entries set out alike, school / field / dates / course: a
            // school's word in one names the school's line in each.
            (
                "Orsys\nDocker\nDec 2022 - Dec 2022\n\nDocker : créer des conteneurs\n\nCLEVER INSTITUTE\nGraphQL\nDec 2020 - Dec 2020\n\nFormation GraphQL\n",
                &[
                    (Some("Orsys"), None, None, Some("2022-12")),
                    (Some("CLEVER INSTITUTE"), None, None, Some("2020-12")),
                ],
            ),
            // But courses set out so, under a school's entry, are no
            // schools.
            (
                "Brown University\nProvidence, RI\nSep 2017 - May 2021\nCS\nSoftware Security | Artificial Intelligence | Operating Systems\n2020-2021\nApplied Math\nStochastic Differential Equations | Wavelets\n2020-2021\n",
                &[(Some("Brown University"), None, None, Some("2021-05"))],
            ),
            // A university written short ("Univ."); a year and the next
            // one's last digits after a dot.
            (
                "2017.18 Master's thesis,  Univ. of Melbourne\nNeuropsychology  Melbourne, Australia\n",
                &[(
                    Some("Univ. of Melbourne"),
                    Some("Master's"),
                    None,
                    Some("2018"),
                )],
            ),
            // Each entry's dates on the line above it, the first still
            // running ("currently pursuing"); India's SSLC.
            (
                "July 2022 - currently pursuing (Distance education)\nMBA (Information Technology), Tamilnadu Open University\n\nAUGUST 2016 - July 2020\nB.E (Computer Science), Kings Engineering College, Chennai\nMARCH 2013 - MARCH 2014\nSSLC (CBSE), Kamlavati Higher Secondary School, Thoothukudi\n",
                &[
                    (Some("Tamilnadu Open University"), Some("MBA"), None, None),
                    (
                        Some("Kings Engineering College"),
                        Some("B.E"),
                        None,
                        Some("2020-07"),
                    ),
                    (
                        Some("Kamlavati Higher Secondary School"),
                        Some("SSLC"),
                        None,
                        Some("2014-03"),
                    ),
                ],
            ),
            // France's two-year diploma, and its years of study after the
            // baccalauréat; a remark in brackets before the school's name
            // is the degree's.
            (
                "BTS Management des Unités Commerciales, Lycée Schweitzer\nSept 2013 - Sept 2015\n\nMaster Informatique (Bac+5), Université de Strasbourg  2019\n",
                &[
                    (
                        Some("Lycée Schweitzer"),
                        Some("BTS"),
                        Some("Management des Unités Commerciales"),
                        Some("2015-09"),
                    ),
                    (
                        Some("Université de Strasbourg"),
                        Some("Master"),
                        Some("Informatique"),
                        Some("2019"),
                    ),
                ],
            ),
            // A teaching credential is a degree of its own, beside the
            // bachelor's under the same school.
            (
                "California State University Chico\nMultiple Subject Teaching Credential  May 2014\nBachelor of Arts in Liberal Studies with a minor in Special Education  May 2013\n• GPA: 3.84\n",
                &[
                    (
                        Some("California State University Chico"),
                        Some("Multiple Subject Teaching Credential"),
                        None,
                        Some("2014-05"),
                    ),
                    (
                        Some("California State University Chico"),
                        Some("Bachelor of Arts"),
                        Some("Liberal Studies with a minor in Special Education"),
                        Some("2013-05"),
                    ),
                ],
            ),
            // "Courses" under each degree labels its courses; the next
            // school's entry is still Education's. Two years a space
            // apart are the entry's range.
            (
                "2012 2017  Universitat Politècnica de Catalunya\n• Bachelor's Degree\nAerospace Engineering\nCourses\nSpecialized in air navigation.\n2018 2019  Universidade de Santiago de Compostela\n• Master's Degree\nCourses\nSpecialized in drones.\n",
                &[
                    (
                        Some("Universitat Politècnica de Catalunya"),
                        Some("Bachelor's Degree"),
                        None,
                        Some("2017"),
                    ),
                    (
                        Some("Universidade de Santiago de Compostela"),
                        Some("Master's Degree"),
                        None,
                        Some("2019"),
                    ),
                ],
            ),
            // A German school's name ends in "schule"; the Abitur is its
            // certificate.
            (
                "2020-2022  Fachabitur\nKonrad-Adenauer-Schule, Kriftel\n2014-2020  Elisabethenschule (Realschule)\nHofheim am Taunus\n",
                &[
                    (
                        Some("Konrad-Adenauer-Schule, Kriftel"),
                        Some("Fachabitur"),
                        None,
                        Some("2022"),
                    ),
                    // (The kind of school in brackets is a remark.)
                    (Some("Elisabethenschule"), None, None, Some("2020")),
                ],
            ),
            // A polytechnic named in its own language is a school.
            (
                "Politechnika Wrocławska  / Bachelor's in Computer Engineering\nOct 2020 - Jan 2024\n",
                &[(
                    Some("Politechnika Wrocławska"),
                    Some("Bachelor's"),
                    Some("Computer Engineering"),
                    Some("2024-01"),
                )],
            ),
            // An icon beside a degree's year names no school.
            (
                "BTS Management\n📅 2013\n",
                &[(None, Some("BTS"), Some("Management"), Some("2013"))],
            ),
            // A name alone, with no school's word and no dates, over a
            // degree's line is its school; architecture's and Britain's
            // postgraduate degrees are degrees.
            (
                "The Lighthouse, GSA\nPGCert in Urban Design -- 2016\n\nNorthfield School of Architecture\nM.Arch in Architecture (Part 2) -- 2012\nB.Arch Architecture -- 2009\n",
                &[
                    (
                        Some("The Lighthouse, GSA"),
                        Some("PGCert"),
                        Some("Urban Design"),
                        Some("2016"),
                    ),
                    (
                        Some("Northfield School of Architecture"),
                        Some("M.Arch"),
                        Some("Architecture"),
                        Some("2012"),
                    ),
                    (
                        Some("Northfield School of Architecture"),
                        Some("B.Arch"),
                        Some("Architecture"),
                        Some("2009"),
                    ),
                ],
            ),
            // A town and its region's code after the degree's dates and a
            // bar is where, no school.
            (
                "Bachelors of Mechanical Engineering,  Sep 2014 - Apr 2019 | St. John's, NL\nMemorial University of Newfoundland\n",
                &[(
                    Some("Memorial University of Newfoundland"),
                    Some("Bachelors"),
                    Some("Mechanical Engineering"),
                    Some("2019-04"),
                )],
            ),
            // A school-leaving certificate leads its entry as a degree
            // does, over its grade, its school and its years.
            (
                "Bachelor of Business Information Technology (BBIT)\nGPA (66.7)\nRift Valley University\n2019-2023\nKenya Certificate of Secondary Education\nB- (54 Points)\nHillside High School\n2014 -2018\n",
                &[
                    (
                        Some("Rift Valley University"),
                        Some("Bachelor"),
                        Some("Business Information Technology"),
                        Some("2023"),
                    ),
                    (
                        Some("Hillside High School"),
                        Some("Kenya Certificate of Secondary Education"),
                        None,
                        Some("2018"),
                    ),
                ],
            ),
            // Two degrees on one line, a comma between them, each an
            // entry of the school above.
            (
                "University of Houston  Houston, TX\nB. B. A. in Accounting, B. B. A. in Finance  1998 - 2003\n",
                &[
                    (
                        Some("University of Houston"),
                        Some("B. B. A."),
                        Some("Accounting"),
                        Some("2003"),
                    ),
                    (
                        Some("University of Houston"),
                        Some("B. B. A."),
                        Some("Finance"),
                        Some("2003"),
                    ),
                ],
            ),
            // A sentence's commas set no degrees apart.
            (
                "PhD students seminar series at SAMM, PhD students representative.\n",
                &[(None, Some("PhD"), None, None)],
            ),
            // A programme and who gave it, dated, over what it taught.
            (
                "Full Stack Web Development Bootcamp, Northern Labs  Jan 2022 - Apr 2022\nNode.js, Express, ReactJS, Testing, Ruby on Rails, PostgreSQL\n",
                &[(
                    Some("Northern Labs"),
                    Some("Full Stack Web Development Bootcamp"),
                    None,
                    Some("2022-04"),
                )],
            ),
            // List items that open entries, each a provider's name over
            // its certificate, under the entry before's dates.
            (
                "• Riverside University\nBachelor of Science in Applied Computer Science\nSeptember 2023 - Current\n• Atingi\nCertificate in Digital Marketing\nAugust, 2024\n• Alison\nDiploma in Virtual Assistance\nMay, 2024\n",
                &[
                    (
                        Some("Riverside University"),
                        Some("Bachelor of Science"),
                        Some("Applied Computer Science"),
                        None,
                    ),
                    (
                        Some("Atingi"),
                        Some("Certificate"),
                        Some("Digital Marketing"),
                        Some("2024-08"),
                    ),
                    (
                        Some("Alison"),
                        Some("Diploma"),
                        Some("Virtual Assistance"),
                        Some("2024-05"),
                    ),
                ],
            ),
            // A place alone over a degree's line is no school.
            (
                "Glasgow, UK\nPGDip in Planning -- 2015\n",
                &[(None, Some("PGDip"), Some("Planning"), Some("2015"))],
            ),
            // List items that open with their year each open an entry,
            // the degree on the line under each.
            (
                "• 2020  IBM Professional Certificate Program\nProfessional Certificate in Data Science\n\n• 2012  York St John University, York, United Kingdom\nM.A Business Leadership and Management\nMerit\n",
                &[
                    (
                        Some("IBM Professional Certificate Program"),
                        Some("Certificate"),
                        Some("Data Science"),
                        Some("2020"),
                    ),
                    (
                        Some("York St John University"),
                        Some("M.A"),
                        Some("Business Leadership and Management"),
                        Some("2012"),
                    ),
                ],
            ),
            // A thesis's title under its degree, labelled, names no school
            // of its own.
            (
                "2016\t\tPh.D., Population Health, University of Ottawa, Ottawa, Ontario.\n\nTitle: The Afghan Community Health Worker Program [PhD Thesis]. University of Ottawa Library.\n\n2011\t\tM.A., Health Communication, University of Ottawa\n\nThesis: Health content of Afghan media. University of Ottawa Library.\n",
                &[
                    (
                        Some("University of Ottawa"),
                        Some("Ph.D."),
                        Some("Population Health"),
                        Some("2016"),
                    ),
                    (
                        Some("University of Ottawa"),
                        Some("M.A."),
                        Some("Health Communication"),
                        Some("2011"),
                    ),
                ],
            ),
            // A town and its state's code after the school's comma; a
            // country after its town with a full stop.
            (
                "BA 2017  University of Minnesota-Twin Cities, Minneapolis MN\nPhysiology Major\n\nMSc in Agronomy, 2012\nUniversity of California in Davis, USA.\n",
                &[
                    (
                        Some("University of Minnesota-Twin Cities"),
                        Some("BA"),
                        None,
                        Some("2017"),
                    ),
                    (
                        Some("University of California in Davis"),
                        Some("MSc"),
                        Some("Agronomy"),
                        Some("2012"),
                    ),
                ],
            ),
            // Dates and a town named for a college under the school.
            (
                "Ph.D. Statistics\nTexas A&M University\n2020-2024  College Station, TX\n\nM.S. Mathematics\nOklahoma State University\n2016 - 2018  Stillwater OK\n\n2000  B.Sc. Agronomy  Purdue University, USA\n",
                &[
                    (
                        Some("Texas A&M University"),
                        Some("Ph.D."),
                        Some("Statistics"),
                        Some("2024"),
                    ),
                    (
                        Some("Oklahoma State University"),
                        Some("M.S."),
                        Some("Mathematics"),
                        Some("2018"),
                    ),
                    (
                        Some("Purdue University"),
                        Some("B.Sc."),
                        Some("Agronomy"),
                        Some("2000"),
                    ),
                ],
            ),
            // South Africa's school-leaving certificates, labelled.
            (
                "ALEXANDER ROAD HIGH SCHOOL\nCertification:  Matric Certificate (2020)\n\nCTU TRAINING SOLUTION COLLEGE\nCertification:  FET Certificate (2023)\n",
                &[
                    (
                        Some("ALEXANDER ROAD HIGH SCHOOL"),
                        Some("Matric Certificate"),
                        None,
                        Some("2020"),
                    ),
                    (
                        Some("CTU TRAINING SOLUTION COLLEGE"),
                        Some("FET Certificate"),
                        None,
                        Some("2023"),
                    ),
                ],
            ),
            // The school after a bar, the degree's field before it.
            (
                "Master of Applied Professional Studies | UNC Chapel Hill  Completed May 2025\nBachelor of Arts in Women's and Gender Studies | UNC Chapel Hill  Completed August 2024\nBachelor of Science | Computer Science  2019\n",
                &[
                    (
                        Some("UNC Chapel Hill"),
                        Some("Master"),
                        Some("Applied Professional Studies"),
                        Some("2025-05"),
                    ),
                    (
                        Some("UNC Chapel Hill"),
                        Some("Bachelor of Arts"),
                        Some("Women's and Gender Studies"),
                        Some("2024-08"),
                    ),
                    (
                        None,
                        Some("Bachelor of Science"),
                        Some("Computer Science"),
                        Some("2019"),
                    ),
                ],
            ),
            // So is a post graduate certificate, the words apart.
            (
                "2007  Post Graduate Certificate Geography  Kansas State University, USA\n",
                &[(
                    Some("Kansas State University"),
                    Some("Post Graduate Certificate"),
                    Some("Geography"),
                    Some("2007"),
                )],
            ),
            // A postgraduate diploma is named whole.
            (
                "Postgraduate Diploma in Education, Trinity College Dublin    2015",
                &[(
                    Some("Trinity College Dublin"),
                    Some("Postgraduate Diploma"),
                    Some("Education"),
                    Some("2015"),
                )],
            ),
            // Degrees' letters over their schools: a librarian's MLIS.
            (
                "MLIS    2017\nUniversity of Alabama\nBA    2006\nHollins University",
                &[
                    (
                        Some("University of Alabama"),
                        Some("MLIS"),
                        None,
                        Some("2017"),
                    ),
                    (Some("Hollins University"), Some("BA"), None, Some("2006")),
                ],
            ),
            // A programme's name over a school named whole ("Université
            // de …") is no part of it.
            (
                "Life Sciences Specialization\nUniversité de Paris | Paris, France\nSeptember 2016 – September 2017",
                &[(Some("Université de Paris"), None, None, Some("2017-09"))],
            ),
            // A statement in a bullet names no school; Portuguese's
            // "Universidade" is a school's word.
            (
                "University of Lisbon  Lisbon, Portugal\nMaster's Degree in Engineering  September 2016 - August 2019\n• Scholarship student in a double degree program with UFSC University in Brazil.\nUniversidade Federal de Santa Catarina (UFSC)  Florianópolis, Brazil\nBachelor's Degree in Chemical Engineering  March 2014 - March 2020",
                &[
                    (
                        Some("University of Lisbon"),
                        Some("Master's Degree"),
                        Some("Engineering"),
                        Some("2019-08"),
                    ),
                    (
                        Some("Universidade Federal de Santa Catarina (UFSC)"),
                        Some("Bachelor's Degree"),
                        Some("Chemical Engineering"),
                        Some("2020-03"),
                    ),
                ],
            ),
            // A sentence that refers to a degree, or runs on past a
            // school's word, is no entry; a remark in lowercase after the
            // school's comma and a high school's town are no part of its
            // name.
            (
                "Oct. 2016 - Oct. 2019 | Ph.D. in Information Engineering,\nUniversity of Padova\nNov. 2018 | During the Ph.D., was awarded at the Huawei Italy\nUniversity Challenge in Pavia, aimed at inspiring research in Silicon\n2014 - 2016 | Master's degree in Electronics Engineering\nUniversity of Padova, thesis title: \"Project of a Class J Power\nAmplifier\"\nJune 2015 | While studying for his M.Sc, received the Rocca scholarship.\n2006 - 2011 | Liceo Scientifico \"Duca degli Abruzzi\" in Gorizia",
                &[
                    (
                        Some("University of Padova"),
                        Some("Ph.D."),
                        Some("Information Engineering"),
                        Some("2019-10"),
                    ),
                    (
                        Some("University of Padova"),
                        Some("Master's degree"),
                        Some("Electronics Engineering"),
                        Some("2016"),
                    ),
                    (
                        Some("Liceo Scientifico \"Duca degli Abruzzi\""),
                        None,
                        None,
                        Some("2011"),
                    ),
                ],
            ),
            // A dated degree's line past a blank line opens the next
            // entry, under a school named alone; a course's certificate
            // after a dash; the date's month is no part of the field.
            (
                "Business Administration Program\nSaylor University  www.saylor.org\n\nBachelor of Science, Civil Engineering  December 2009\nUniversity of Southern California  Los Angeles, California\n\nMaster of Arts in English - Writing Concentration August 2013\nIndiana University at Indianapolis, Indianapolis, IN\n\nUniversity of Utah\nBachelor of Science in Software Engineering - Expected May 2025\n\nMandarin Basic Course -Certificate of Completion July 2008\nDefense Language Institute Monterey, CA",
                &[
                    (Some("Saylor University"), None, None, None),
                    (
                        Some("University of Southern California"),
                        Some("Bachelor of Science"),
                        Some("Civil Engineering"),
                        Some("2009-12"),
                    ),
                    (
                        Some("Indiana University at Indianapolis"),
                        Some("Master of Arts"),
                        Some("English - Writing Concentration"),
                        Some("2013-08"),
                    ),
                    (
                        Some("University of Utah"),
                        Some("Bachelor of Science"),
                        Some("Software Engineering"),
                        Some("2025-05"),
                    ),
                    (
                        Some("Defense Language Institute"),
                        Some("Certificate of Completion"),
                        None,
                        Some("2008-07"),
                    ),
                ],
            ),
            // A school's initials and a dash before its university's name
            // are the school's; a degree's are not.
            (
                "PUCIT - University of the Punjab  December, 2020 - Present\nBachelor of Science - Information Technology  Lahore, Pakistan\n\nMBA - Harvard Business School  2012",
                &[
                    (
                        Some("PUCIT - University of the Punjab"),
                        Some("Bachelor of Science"),
                        Some("Information Technology"),
                        None,
                    ),
                    (
                        Some("Harvard Business School"),
                        Some("MBA"),
                        None,
                        Some("2012"),
                    ),
                ],
            ),
            // A degree as written short in brackets after its name; "B.SC"
            // in capitals.
            (
                "Lovely Professional University\nBachelor of Technology (BTech), Computer Science  July 2019 - June 2023\n\nGIFT University, Gujranwala, Pakistan (2009 - 2013)\nB.SC (Hons) Computer Science",
                &[
                    (
                        Some("Lovely Professional University"),
                        Some("Bachelor of Technology (BTech)"),
                        Some("Computer Science"),
                        Some("2023-06"),
                    ),
                    (
                        Some("GIFT University"),
                        Some("B.SC (Hons)"),
                        Some("Computer Science"),
                        Some("2013"),
                    ),
                ],
            ),
            // A school without a school's word, its year beside it, over
            // its degree's line.
            (
                "UC Berkeley | 2019\nBachelor of Science, Computer Science",
                &[(
                    Some("UC Berkeley"),
                    Some("Bachelor of Science"),
                    Some("Computer Science"),
                    Some("2019"),
                )],
            ),
            // England's vocational diploma, its old school-leaving exams,
            // and a bachelor's letters in lower case.
            (
                "Acme College  2002 - 2004\nBTEC National Diploma in Computing\n\nSeptember 2005 - July 2008\nNorthumbria University\nBsc (Hons):\n\nArmy Public School  2008 - 2010\nO Levels",
                &[
                    (
                        Some("Acme College"),
                        Some("BTEC National Diploma"),
                        Some("Computing"),
                        Some("2004"),
                    ),
                    (
                        Some("Northumbria University"),
                        Some("Bsc (Hons)"),
                        None,
                        Some("2008-07"),
                    ),
                    (
                        Some("Army Public School"),
                        Some("O Levels"),
                        None,
                        Some("2010"),
                    ),
                ],
            ),
            // A remark in brackets between the degree and the school's
            // "@".
            (
                "> 2005-2007:\nBachelor of Computer Science with Honors (First Class) @ Macquarie University, Australia\n> 2001-2005:\nBachelor of Computer Science (GPA 3.743 of 4.0) @ Macquarie University, Australia",
                &[
                    (
                        Some("Macquarie University"),
                        Some("Bachelor of Computer Science"),
                        None,
                        Some("2007"),
                    ),
                    (
                        Some("Macquarie University"),
                        Some("Bachelor of Computer Science"),
                        None,
                        Some("2005"),
                    ),
                ],
            ),
            // A provider, a dash and a credential, dated, alone: an entry
            // of its own; what was studied at a college ends its name.
            (
                "Udacity - Full Stack Web Developer Nanodegree  2019\n\nHome&Learn.co.uk - Certificate of Excellence in VB.Net  2013\n\nFresno City College Studied Computer Science and Mathematics",
                &[
                    (Some("Udacity"), None, None, Some("2019")),
                    (Some("Home&Learn.co.uk"), None, None, Some("2013")),
                    (Some("Fresno City College"), None, None, None),
                ],
            ),
            // A provider, a dash and its programme, dated, beside a
            // school's entry set out the same way: an entry of its own.
            (
                "Udacity - Self Driving Car Nanodegree 2017\nCoursera/Stanford University Online - Machine Learning 2017\nUniversity of Melbourne - Bachelor of Computer Science 2002 - 2005",
                &[
                    (Some("Udacity"), None, None, Some("2017")),
                    (
                        Some("Coursera/Stanford University Online"),
                        None,
                        None,
                        Some("2017"),
                    ),
                    (
                        Some("University of Melbourne"),
                        Some("Bachelor of Computer Science"),
                        None,
                        Some("2005"),
                    ),
                ],
            ),
            // Degrees a line names apart, by bars or "and": an entry each,
            // of the same school and dates; a school in capitals with its
            // town; "the" of a sentence is no part of the name.
            (
                "JOHNS HOPKINS UNIVERSITY, BALTIMORE, MARYLAND May 2023\nBS COMPUTER SCIENCE | BA MATHEMATICS\n\n• BS and MS from the University of Chicago. GPA 3.98",
                &[
                    (
                        Some("JOHNS HOPKINS UNIVERSITY"),
                        Some("BS"),
                        Some("COMPUTER SCIENCE"),
                        Some("2023-05"),
                    ),
                    (
                        Some("JOHNS HOPKINS UNIVERSITY"),
                        Some("BA"),
                        Some("MATHEMATICS"),
                        Some("2023-05"),
                    ),
                    (Some("University of Chicago"), Some("BS"), None, None),
                    (Some("University of Chicago"), Some("MS"), None, None),
                ],
            ),
            // A field after the degree's semicolon, in words that tell it
            // (not a school's name).
            (
                "Henderson State University, Arkadelphia, AR; Major GPA: 3.2\nBachelor of Science; Human Services with emphasis in Sociology (to be conferred May 2019)",
                &[(
                    Some("Henderson State University"),
                    Some("Bachelor of Science"),
                    None,
                    Some("2019-05"),
                )],
            ),
            // Degrees in a university's colleges, each a bullet under the
            // university's line and dates: the university's degrees.
            (
                "Portland State University, Sep. 2013 - Jun. 2016\n• B.S. Mechanical Engineering, Maseeh College of Engineering and Computer Science\n• Focus: heat and mass transfer\n• B.S. Physics, College of Liberal Arts and Sciences\nPortland Community College, Sep. 2008 - Jun. 2010, Sep. 2011 - Sep. 2013",
                &[
                    (
                        Some("Portland State University"),
                        Some("B.S."),
                        Some("Mechanical Engineering"),
                        Some("2016-06"),
                    ),
                    (
                        Some("Portland State University"),
                        Some("B.S."),
                        Some("Physics"),
                        Some("2016-06"),
                    ),
                    (
                        Some("Portland Community College"),
                        None,
                        None,
                        Some("2013-09"),
                    ),
                ],
            ),
            // The school after "@", as after "at".
            (
                "• Bachelor Degree in Telecommunication Technologies Engineering @ University of Malaga - UMA",
                &[(
                    Some("University of Malaga - UMA"),
                    Some("Bachelor Degree"),
                    None,
                    None,
                )],
            ),
            // A university named in Malay, Italian, Swedish.
            (
                "Universiti Teknologi MARA (UiTM), Jasin, Melaka  October 2024 - Present\n• Diploma in Computer Science, CGPA: 3.76\n\nUniversità di Bologna, 2015 - 2018",
                &[
                    (
                        Some("Universiti Teknologi MARA"),
                        Some("Diploma"),
                        Some("Computer Science"),
                        None,
                    ),
                    (Some("Università di Bologna"), None, None, Some("2018")),
                ],
            ),
            (
                "2007-2010 | High school certificate | Escuela Secundaria Anexa a la Normal Superior",
                &[(
                    Some("Escuela Secundaria Anexa a la Normal Superior"),
                    Some("High school certificate"),
                    None,
                    Some("2010"),
                )],
            ),
            // The International Baccalaureate; a Catholic high school's
            // letters.
            (
                "International Baccalaureate Program\nSt. Robert CHS\nSeptember 2019 - Ongoing",
                &[(
                    Some("St. Robert CHS"),
                    Some("International Baccalaureate Program"),
                    None,
                    None,
                )],
            ),
            // A state's code after a town is no degree ("Rockville MD").
            (
                "Montgomery Community College | Engineering Course Credit | Rockville MD | 2014 - 2015\n\nJohns Hopkins University | MD | 2010",
                &[
                    (
                        Some("Montgomery Community College"),
                        None,
                        None,
                        Some("2015"),
                    ),
                    (
                        Some("Johns Hopkins University"),
                        Some("MD"),
                        None,
                        Some("2010"),
                    ),
                ],
            ),
            // A college's town, and a town the school is named after, are
            // where it stands; a university's campus is part of its name.
            (
                "East Central College, Union\nAssociate of Arts, 2016\n\nBoston University, Boston\nBA in Physics, 2013\n\nUniversity of Washington, Seattle\nBS in Biology, 2010\n\nNorth Andover High School, North Andover\nHigh School Diploma, 2006",
                &[
                    (
                        Some("East Central College"),
                        Some("Associate of Arts"),
                        None,
                        Some("2016"),
                    ),
                    (
                        Some("Boston University"),
                        Some("BA"),
                        Some("Physics"),
                        Some("2013"),
                    ),
                    (
                        Some("University of Washington, Seattle"),
                        Some("BS"),
                        Some("Biology"),
                        Some("2010"),
                    ),
                    (
                        Some("North Andover High School"),
                        Some("High School Diploma"),
                        None,
                        Some("2006"),
                    ),
                ],
            ),
            // A school's kind over its name names the schooling; a town
            // after a kind joined by a hyphen is where it stands.
            (
                "Grundschule  2008 - 2012\nGraf-Konrad-Grundschule, Dortmund\n(Gemeinsam mit der Ausbildung)\n\nHigh School  2011 - 2015\nNorth High School, Denver\n\n1995-2001 | Secondary school | Schule am Dohlberg | Buedingen",
                &[
                    (
                        Some("Graf-Konrad-Grundschule"),
                        Some("Grundschule"),
                        None,
                        Some("2012"),
                    ),
                    (
                        Some("North High School"),
                        Some("High School"),
                        None,
                        Some("2015"),
                    ),
                    (Some("Schule am Dohlberg"), None, None, Some("2001")),
                ],
            ),
            // A label's colon before the school's name; a country's code
            // after it.
            (
                "BInfoTech: Southern Institute of Technology\n2015\n\nVictoria University of Wellington, NZ\nBachelor of Architecture, 2012",
                &[
                    (
                        Some("Southern Institute of Technology"),
                        None,
                        None,
                        Some("2015"),
                    ),
                    (
                        Some("Victoria University of Wellington"),
                        Some("Bachelor"),
                        Some("Architecture"),
                        Some("2012"),
                    ),
                ],
            ),
            // A known town after a university's name is where it stands
            // (a town's name may hold an apostrophe, and stand before the
            // country); a state's university keeps its campus.
            (
                "Yonsei University, Seoul\nBS in Physics, 2017\n\nSaint Louis University, Baguio City\nBA in History, 2012\n\nXi'an Jiaotong University, Xi'an\nMS in Physics, 2010\n\nDurham University, Durham, UK\nMA in History, 2008\n\nCalifornia State University, Northridge\nBA in Music, 2006",
                &[
                    (
                        Some("Yonsei University"),
                        Some("BS"),
                        Some("Physics"),
                        Some("2017"),
                    ),
                    (
                        Some("Saint Louis University"),
                        Some("BA"),
                        Some("History"),
                        Some("2012"),
                    ),
                    (
                        Some("Xi'an Jiaotong University"),
                        Some("MS"),
                        Some("Physics"),
                        Some("2010"),
                    ),
                    (
                        Some("Durham University"),
                        Some("MA"),
                        Some("History"),
                        Some("2008"),
                    ),
                    (
                        Some("California State University, Northridge"),
                        Some("BA"),
                        Some("Music"),
                        Some("2006"),
                    ),
                ],
            ),
            // A college of the school above, with the dates; "Rutgers, the
            // State University": one school named twice; a department after
            // the school.
            (
                "University of Cincinnati, Cincinnati, Ohio.\nCollege of Engineering and Applied Science, Class of April 2016.\nMajor: Computer Science\n\nBA in Economics, Rutgers, the State University of New Jersey, 2010\n\nMSc, University of Patras, Department of Civil Engineering, 2015",
                &[
                    (
                        Some("University of Cincinnati"),
                        None,
                        None,
                        Some("2016-04"),
                    ),
                    (
                        Some("Rutgers, the State University of New Jersey"),
                        Some("BA"),
                        Some("Economics"),
                        Some("2010"),
                    ),
                    // A department is the school's part, not its name.
                    (
                        Some("University of Patras"),
                        Some("MSc"),
                        None,
                        Some("2015"),
                    ),
                ],
            ),
            // A country after the dash is no campus; HND, A-level, a
            // Higher Diploma and an NVQ are degrees.
            (
                "University of Nice - France (2007 - 2009)\n• HND in Quality, Logistics and Organisation\n\nLycée Albert 1er - Monaco (2007)\n• A-level in Electrotechnics\n\nMusic Academy of Monaco  (2001 - 2007)\n• Higher Diploma in Music Theory\n\nStafford College\nNVQ Level 2 Catering and Hospitality",
                &[
                    (
                        Some("University of Nice"),
                        Some("HND"),
                        Some("Quality"),
                        Some("2009"),
                    ),
                    (
                        Some("Lycée Albert 1er"),
                        Some("A-level"),
                        Some("Electrotechnics"),
                        Some("2007"),
                    ),
                    (
                        Some("Music Academy of Monaco"),
                        Some("Higher Diploma"),
                        Some("Music Theory"),
                        Some("2007"),
                    ),
                    (
                        Some("Stafford College"),
                        Some("NVQ Level 2"),
                        Some("Catering and Hospitality"),
                        None,
                    ),
                ],
            ),
            // A narrow column's school begun on the line above; a
            // school's kind alone, the end of a sentence, names none.
            (
                "Brigham Young\nUniversity - Idaho,\nRexburg, ID\nSeptember 2019 - Present\n\nUmpqua Community\nCollege, Roseburg, OR\n2014 - 2017\n\nCompleted many of my\ngeneral credits while\nattending Roseburg High\nSchool.",
                &[
                    (Some("Brigham Young University"), None, None, None),
                    (Some("Umpqua Community College"), None, None, Some("2017")),
                ],
            ),
            // A degree's letters, spelt out under them, are one degree;
            // "Batch" introduces the years; "BCS-accredited" names no
            // degree; D.Phil.
            (
                "Batch 2007 - 2011\n\nUniversity of Batangas - BSCS\nBachelor of Science in Computer Science\n\nBCS, Honours Computer Science | 2015\nUniversity of Waterloo | Waterloo, ON\n1st class, BCS-accredited\n\nD.Phil. in Atmospheric Physics\nUniversity of Oxford\nSept 1994 - June 1998",
                &[
                    (
                        Some("University of Batangas"),
                        Some("BSCS"),
                        Some("Computer Science"),
                        Some("2011"),
                    ),
                    (
                        Some("University of Waterloo"),
                        Some("BCS"),
                        Some("Honours Computer Science"),
                        Some("2015"),
                    ),
                    (
                        Some("University of Oxford"),
                        Some("D.Phil."),
                        Some("Atmospheric Physics"),
                        Some("1998-06"),
                    ),
                ],
            ),
            // India's school-leaving grades; a campus after a dash in
            // capitals.
            (
                "Jawahar Navodaya Vidyalaya, Bilaspur - 12th PCM\nJUL 2009 - APR 2010\n\nUNIVERSITY OF MISSOURI - COLUMBIA (2023)",
                &[
                    (
                        Some("Jawahar Navodaya Vidyalaya, Bilaspur"),
                        Some("12th"),
                        Some("PCM"),
                        Some("2010-04"),
                    ),
                    (
                        Some("UNIVERSITY OF MISSOURI - COLUMBIA"),
                        None,
                        None,
                        Some("2023"),
                    ),
                ],
            ),
            // A school an entry above named, after the next entry's
            // semicolon.
            (
                "Diplôme d'ingénieur; Télécom Saint-Étienne (FR)  2013 - 2016\n\n2 ans de Cycle Initial; Télécom Saint-Étienne (FR)  2011 - 2013",
                &[
                    (
                        Some("Télécom Saint-Étienne"),
                        Some("Diplôme d'ingénieur"),
                        None,
                        Some("2016"),
                    ),
                    (Some("Télécom Saint-Étienne"), None, None, Some("2013")),
                ],
            ),
            // A school's name wrapped at the margin.
            (
                "BSc, Computer Science and Electrical Engineering; University of\nHomeTown (HomeTown)\n\nPhD in Biology, Department of Biology. University\nof Münster.  2018 -2024",
                &[
                    (
                        Some("University of HomeTown"),
                        Some("BSc"),
                        Some("Computer Science and Electrical Engineering"),
                        None,
                    ),
                    (
                        Some("University of Münster"),
                        Some("PhD"),
                        Some("Biology"),
                        Some("2024"),
                    ),
                ],
            ),
            // The school after the sentence that gives the degree.
            (
                "Bachelor of Science in Informatics and Computer Science, December 2010. Indiana University",
                &[(
                    Some("Indiana University"),
                    Some("Bachelor of Science"),
                    Some("Informatics and Computer Science"),
                    Some("2010-12"),
                )],
            ),
            // A campus after a dash is the name's own where the school is
            // named after its place; a field of study after a dash is not.
            (
                "B.Sc. Computer Science, University of Wisconsin - Milwaukee  2006-2010\n\nUniversity of Minnesota – Twin Cities  2012\n\nIndian Institute of Technology - IIT  2001\n\nUniversity of Toronto - Computer Science  2015\n\nUniversity of Washington - Seattle, WA  2016",
                &[
                    (
                        Some("University of Wisconsin - Milwaukee"),
                        Some("B.Sc."),
                        Some("Computer Science"),
                        Some("2010"),
                    ),
                    (
                        Some("University of Minnesota - Twin Cities"),
                        None,
                        None,
                        Some("2012"),
                    ),
                    (
                        Some("Indian Institute of Technology - IIT"),
                        None,
                        None,
                        Some("2001"),
                    ),
                    (Some("University of Toronto"), None, None, Some("2015")),
                    (Some("University of Washington"), None, None, Some("2016")),
                ],
            ),
            // A school's part right under its school and dates is no entry
            // of its own; a name with its dates set apart like the first
            // entry's line opens the next, school word or not.
            (
                "University of New Hampshire  Fall 2009 - Spring 2013\nWhittemore School of Business and Economics | Finance  Durham, NH\nGraduated with Honors\n\nGeneral Assembly  March 2017 - June 2017\nCoding Bootcamp  Boston, MA",
                &[
                    (
                        Some("University of New Hampshire"),
                        None,
                        None,
                        Some("2013-03"),
                    ),
                    (Some("General Assembly"), None, None, Some("2017-06")),
                ],
            ),
            // The school after its degree's name on one line, the two set
            // apart by a space alone; a Master of Fine Art is a degree.
            (
                "BACHELOR OF FINE ART California Institute of the Arts  Music Technology\n• Minor in Digital Arts.",
                &[(
                    Some("California Institute of the Arts"),
                    Some("BACHELOR OF FINE ART"),
                    None,
                    None,
                )],
            ),
            // A list item naming a school is an entry of its own.
            (
                "• Helmholtz Association | Stuttgart, Germany\nMember of the Helmholtz Research School on Energy Scenarios | May 2015 - Sep 2017\n• Delft University of Technology | Delft, The Netherlands\nVisiting Researcher | Oct 2016 - Dec 2016",
                &[
                    (
                        Some("Member of the Helmholtz Research School on Energy Scenarios"),
                        None,
                        None,
                        Some("2017-09"),
                    ),
                    (
                        Some("Delft University of Technology"),
                        None,
                        None,
                        Some("2016-12"),
                    ),
                ],
            ),
            // Degree, school, place, dates (Awesome-CV's \cventry): each
            // degree's line opens the next entry; "High School
            // Certificate" is a degree, not a school.
            (
                "High School Certificate\nAnglican Church Grammar School\nBrisbane, QLD Australia\n2014\nExchange Program in Game Design\nKTH Royal Institute of Technology\nStockholm, Sweden\nAug 2016 – Jan 2017\nRobotics Summer Course\nSwiss Federal Institute of Technology\nZurich, Switzerland\nJul 2019 – Aug 2019\nMaster of Cyber Security\nUniversity of Queensland\nBrisbane, QLD Australia\nAug 2020 - Present",
                &[
                    (
                        Some("Anglican Church Grammar School"),
                        Some("High School Certificate"),
                        None,
                        Some("2014"),
                    ),
                    // An exchange program is read as the entry's degree.
                    (
                        Some("KTH Royal Institute of Technology"),
                        Some("Exchange Program"),
                        Some("Game Design"),
                        Some("2017-01"),
                    ),
                    // An entry whose degree is no known kind ends with its
                    // dates.
                    (
                        Some("Swiss Federal Institute of Technology"),
                        None,
                        None,
                        Some("2019-08"),
                    ),
                    (
                        Some("University of Queensland"),
                        Some("Master"),
                        Some("Cyber Security"),
                        None,
                    ),
                ],
            ),
            // A sentence's end after the school's name, or an honour,
            // ends it ("St." does not).
            (
                "Saint John's University. Expected graduation date: May 2026\nB.Sc., Computer Science | Full Sail University Salutatorian, Advanced Achievement Award\nSt. Olaf College, 2010",
                &[
                    (Some("Saint John's University"), None, None, Some("2026-05")),
                    (
                        Some("Full Sail University"),
                        Some("B.Sc."),
                        Some("Computer Science"),
                        None,
                    ),
                    (Some("St. Olaf College"), None, None, Some("2010")),
                ],
            ),
            // A bullet naming a degree under an entry with its school and
            // degree is a detail of it.
            (
                "• University of Stuttgart | Stuttgart, Germany\nDoctor of Engineering; Summa Cum Laude | Oct 2015 - Jun 2020\n◦ PhD thesis - Agent-Based Modeling of Markets\n• RWTH Aachen University | Aachen, Germany\nBachelor of Science in Physics | Oct 2007 - Sep 2010",
                &[
                    (
                        Some("University of Stuttgart"),
                        Some("Doctor of Engineering"),
                        None,
                        Some("2020-06"),
                    ),
                    (
                        Some("RWTH Aachen University"),
                        Some("Bachelor of Science"),
                        Some("Physics"),
                        Some("2010-09"),
                    ),
                ],
            ),
            // A school's own line over its degrees gives each the school;
            // one under its degree is that degree's only.
            (
                "Stevens Institute of Technology - Hoboken, NJ, USA\nMaster of Science in Computer Science | 4.0    May 2021\nBachelor of Science in Cybersecurity | 3.94    May 2020",
                &[
                    (
                        Some("Stevens Institute of Technology"),
                        Some("Master of Science"),
                        Some("Computer Science"),
                        Some("2021-05"),
                    ),
                    (
                        Some("Stevens Institute of Technology"),
                        Some("Bachelor of Science"),
                        Some("Cybersecurity"),
                        Some("2020-05"),
                    ),
                ],
            ),
            (
                "Master of Business Administration\nUniversity of Delhi    Jul 2011 - May 2013\nBachelor of Technology, Computer Engineering    Ahmedabad, India\nNirma University    Aug 2005 - Jun 2009",
                &[
                    (
                        Some("University of Delhi"),
                        Some("Master of Business Administration"),
                        None,
                        Some("2013-05"),
                    ),
                    (
                        Some("Nirma University"),
                        Some("Bachelor of Technology"),
                        Some("Computer Engineering"),
                        Some("2009-06"),
                    ),
                ],
            ),
            // The word "degree" and the letters a degree goes by are the
            // degree's.
            (
                "University of Massachusetts, Amherst    May 2022\nMaster of Science (M.S.) in Data Analytics",
                &[(
                    Some("University of Massachusetts, Amherst"),
                    Some("Master of Science (M.S.)"),
                    Some("Data Analytics"),
                    Some("2022-05"),
                )],
            ),
            (
                "Master's degree in Computer Science    2020 - 2022\nUniversité Côte d'Azur",
                &[(
                    Some("Université Côte d'Azur"),
                    Some("Master's degree"),
                    Some("Computer Science"),
                    Some("2022"),
                )],
            ),
            // A short form's stop ends no school's name; Pakistan's
            // school certificates are degrees; a town where the field
            // would be is no field.
            (
                "Govt. Degree College for Boys Sharaqpur Sharif  2018 - 2020\nFSc Pre-Engineering  Sharaqpur Sharif, Punjab, Pakistan\nGovt. Pilot Secondary School  2015 - 2017\nMatriculation  Sharaqpur Sharif, Punjab, Pakistan",
                &[
                    (
                        Some("Govt. Degree College for Boys Sharaqpur Sharif"),
                        Some("FSc"),
                        Some("Pre-Engineering"),
                        Some("2020"),
                    ),
                    (
                        Some("Govt. Pilot Secondary School"),
                        Some("Matriculation"),
                        None,
                        Some("2017"),
                    ),
                ],
            ),
            // A certificate in a field is a degree; the town after its
            // field's dash is where it was taken.
            (
                "University of the Nations\n• Certificate in Inductive Biblical Studies - Kansas City, USA, 2021\n• Certificate III in Discipleship - Newcastle, Australia; Gorkha, Nepal, 2019",
                &[
                    (
                        Some("University of the Nations"),
                        Some("Certificate"),
                        Some("Inductive Biblical Studies"),
                        Some("2021"),
                    ),
                    (
                        Some("University of the Nations"),
                        Some("Certificate III"),
                        Some("Discipleship"),
                        Some("2019"),
                    ),
                ],
            ),
            // An open range is the entry's dates: a range below it is the
            // next entry's, a later date its end.
            (
                "Pisa University  2020 - Present\nBachelor in Computer Science\n\nITS Tullio Buzzi  2015 - 2020\nHigh School Diploma",
                &[
                    (
                        Some("Pisa University"),
                        Some("Bachelor"),
                        Some("Computer Science"),
                        None,
                    ),
                    (
                        Some("ITS Tullio Buzzi"),
                        Some("High School Diploma"),
                        None,
                        Some("2020"),
                    ),
                ],
            ),
            (
                "Shanghai Jiao Tong University  2013 - Present\nMaster of Science in Electronics, expected March 2016",
                &[(
                    Some("Shanghai Jiao Tong University"),
                    Some("Master of Science"),
                    Some("Electronics"),
                    Some("2016-03"),
                )],
            ),
            // The town after a school's or an institute's comma, or a
            // town and its region after "in", is where it stands.
            (
                "DAV International School, Ahmedabad - Higher Secondary Education\n(JULY 2017 - MARCH 2019)",
                &[(
                    Some("DAV International School"),
                    Some("Higher Secondary Education"),
                    None,
                    Some("2019-03"),
                )],
            ),
            (
                "Kalinga Institute of Industrial Technology, Bhubaneswar\nB.Tech in Computer Science\n2019 - 2023",
                &[(
                    Some("Kalinga Institute of Industrial Technology"),
                    Some("B.Tech"),
                    Some("Computer Science"),
                    Some("2023"),
                )],
            ),
            (
                "B.A. in Computer Science, Willamette University in Salem, OR, 2008",
                &[(
                    Some("Willamette University"),
                    Some("B.A."),
                    Some("Computer Science"),
                    Some("2008"),
                )],
            ),
            (
                "Czech Technical University in Prague\nMaster of Science in Cybernetics\n2016 - 2018",
                &[(
                    Some("Czech Technical University in Prague"),
                    Some("Master of Science"),
                    Some("Cybernetics"),
                    Some("2018"),
                )],
            ),
            // With honours; a state after a city's comma is no degree.
            (
                "Indian Institute of Technology, Bombay\nB.Tech (Hons) in Electrical Engineering\n2014 - 2018",
                &[(
                    Some("Indian Institute of Technology, Bombay"),
                    Some("B.Tech (Hons)"),
                    Some("Electrical Engineering"),
                    Some("2018"),
                )],
            ),
            (
                "Bachelor of Arts (B.A.) - Political Science  Aug 2019 - May 2022\nUniversity of Massachusetts, Amherst, MA",
                &[(
                    Some("University of Massachusetts, Amherst"),
                    Some("Bachelor of Arts (B.A.)"),
                    Some("Political Science"),
                    Some("2022-05"),
                )],
            ),
            (
                "2004–2005 | Informatics Science | Universiteit van Amsterdam | Amsterdam",
                &[(Some("Universiteit van Amsterdam"), None, None, Some("2005"))],
            ),
            // "Degree in Area from School": the school after "from".
            (
                "2012      B.Tech. in Information Technology from Jawaharlal Nehru Technological University",
                &[(
                    Some("Jawaharlal Nehru Technological University"),
                    Some("B.Tech."),
                    Some("Information Technology"),
                    Some("2012"),
                )],
            ),
            (
                "B.S. Computer Science, University of Colorado Boulder    2016",
                &[(
                    Some("University of Colorado Boulder"),
                    Some("B.S."),
                    Some("Computer Science"),
                    Some("2016"),
                )],
            ),
            (
                "University of California, Berkeley\nBachelor of Science in Economics    May 2015",
                &[(
                    Some("University of California, Berkeley"),
                    Some("Bachelor of Science"),
                    Some("Economics"),
                    Some("2015-05"),
                )],
            ),
            (
                "University of California Los Angeles    Expected June 2023\nBS in Computer Engineering",
                &[(
                    Some("University of California Los Angeles"),
                    Some("BS"),
                    Some("Computer Engineering"),
                    Some("2023-06"),
                )],
            ),
            (
                "MS, Civil Engineering, University of Washington (Seattle, WA)    2012\nBA, Physics, Johns Hopkins University    2008",
                &[
                    (
                        Some("University of Washington"),
                        Some("MS"),
                        Some("Civil Engineering"),
                        Some("2012"),
                    ),
                    (
                        Some("Johns Hopkins University"),
                        Some("BA"),
                        Some("Physics"),
                        Some("2008"),
                    ),
                ],
            ),
            // The grade and the place run in after the school's name are
            // not the name; a place that is the name's own is.
            (
                "University of San Francisco, GPA 4.00    2015\nM.S. in Analytics",
                &[(
                    Some("University of San Francisco"),
                    Some("M.S."),
                    Some("Analytics"),
                    Some("2015"),
                )],
            ),
            (
                "Stanford University, Stanford, CA, USA    2018\nMaster of Business Administration",
                &[(
                    Some("Stanford University"),
                    Some("Master of Business Administration"),
                    None,
                    Some("2018"),
                )],
            ),
            (
                "Carnegie Mellon University Pittsburgh, Pennsylvania    2010\nB.S. in Physics",
                &[(
                    Some("Carnegie Mellon University"),
                    Some("B.S."),
                    Some("Physics"),
                    Some("2010"),
                )],
            ),
            // The school's initials in brackets are its name's own; leader
            // dashes set the school apart from the degree.
            (
                "Shanghai Jiao Tong University (SJTU), Shanghai    2013\nMaster of Engineering",
                &[(
                    Some("Shanghai Jiao Tong University (SJTU)"),
                    Some("Master of Engineering"),
                    None,
                    Some("2013"),
                )],
            ),
            // Dates above their entries; the degree and the school apart
            // by a semicolon.
            (
                "2013 - 2016\nDiplôme d'ingénieur; Télécom Saint-Étienne (FR)\n\n2015 - 2016\nprogramme Erasmus; Czech Technical University in Prague (CZ)",
                &[
                    (
                        Some("Télécom Saint-Étienne"),
                        Some("Diplôme d'ingénieur"),
                        None,
                        Some("2016"),
                    ),
                    (
                        Some("Czech Technical University in Prague"),
                        None,
                        None,
                        Some("2016"),
                    ),
                ],
            ),
            // Chinese: the school's name ends in its kind, the degree is
            // a word of its own.
            (
                "上海交通大学, 上海 | 2013 - 至今\n在读硕士研究生 信息与通信工程, 预计 2016 年 3 月毕业\n西安电子科技大学, 西安, 陕西 | 2009 - 2013\n学士 通信工程",
                &[
                    (
                        Some("上海交通大学"),
                        Some("在读硕士研究生"),
                        None,
                        Some("2016-03"),
                    ),
                    (Some("西安电子科技大学"), Some("学士"), None, Some("2013")),
                ],
            ),
            // Engineering's science degrees go by their letters.
            (
                "Duke University, Durham, NC  Expected May 2029\nBSE - Mechanical Engineering\n\nPrinceton University  2019 - 2021\nM.S.E. in Computer Science\n",
                &[
                    (
                        Some("Duke University"),
                        Some("BSE"),
                        Some("Mechanical Engineering"),
                        Some("2029-05"),
                    ),
                    (
                        Some("Princeton University"),
                        Some("M.S.E."),
                        Some("Computer Science"),
                        Some("2021"),
                    ),
                ],
            ),
            // A school of the university on the degree's line under it is
            // A row of fields set apart by bars whose second field is the
            // school's town again names no programme.
            (
                "Spirig, Heerbrugg | Heerbrugg | 04/2007 - 07/2007\n",
                &[(Some("Spirig, Heerbrugg"), None, None, Some("2007-07"))],
            ),
            // A school's name set in square brackets; France's master's
            // ("Maîtrise"), not its word for mastery.
            (
                "2004 - 2005 : Maîtrise Informatique [ Université Dakar Bourguiba ]\n2003 - 2004 : Licence Informatique [ Université Dakar Bourguiba ]\n",
                &[
                    (
                        Some("Université Dakar Bourguiba"),
                        Some("Maîtrise"),
                        None,
                        Some("2005"),
                    ),
                    (
                        Some("Université Dakar Bourguiba"),
                        Some("Licence"),
                        None,
                        Some("2004"),
                    ),
                ],
            ),
            (
                "Université de Lyon  2022\n• Maîtrise d'outils essentiels de l'intégration\n",
                &[(Some("Université de Lyon"), None, None, Some("2022"))],
            ),
            // Italian's "at" before the school; the school year in
            // brackets is the degree's remark.
            (
                "Diploma di Maturità (a.s.2015-16) presso Liceo artistico Lucio Fontana, Arese\n",
                &[(
                    Some("Liceo artistico Lucio Fontana"),
                    Some("Diploma"),
                    None,
                    Some("2016"),
                )],
            ),
            // no school of its own; the next entry, set out the same way,
            // names its school without a school's word, a grade before
            // its dates.
            (
                "Carnegie Mellon University  4.0 GPA | Aug. 2025 - Aug. 2026\nMasters in Human Computer Interaction, School of Computer Science  Pittsburgh, PA\nUC Santa Barbara  3.75 GPA | Aug. 2021 - Jun. 2025\nB.S. Computer Science, Statistical Science Minor  Santa Barbara, CA\n",
                &[
                    (
                        Some("Carnegie Mellon University"),
                        Some("Masters"),
                        Some("Human Computer Interaction"),
                        Some("2026-08"),
                    ),
                    (
                        Some("UC Santa Barbara"),
                        Some("B.S."),
                        Some("Computer Science"),
                        Some("2025-06"),
                    ),
                ],
            ),
            // Rows of fields set apart by bars open with the school, though
            // it has no school's word; a programme after it is the degree.
            (
                "DigitalCrafts | Full-Stack, Immersive, Web Development Bootcamp  | June 2018 - Present\n▪ 16-week intensive, full-time accelerated learning program\nASU |  | Cum.GPA: 3.7  | Jan 2017 - Nov 2017\nTexas A&M | Graduated with BS in Animal Science | Cum.GPA: 3.2  | Aug 2012 - May 2016\n",
                &[
                    (
                        Some("DigitalCrafts"),
                        Some("Full-Stack, Immersive, Web Development Bootcamp"),
                        None,
                        None,
                    ),
                    (Some("ASU"), None, None, Some("2017-11")),
                    (
                        Some("Texas A&M"),
                        Some("BS"),
                        Some("Animal Science"),
                        Some("2016-05"),
                    ),
                ],
            ),
            // Taiwan's traditional characters; "graduated" run into the
            // degree is none of it.
            (
                "東海大學 | 環境科學暨工程學系 學士畢業\n2008 - 2012",
                &[(Some("東海大學"), Some("學士"), None, Some("2012"))],
            ),
            // Courses: two lines set apart, who gave it on the dated one.
            (
                "formation React JS | React JS\nOrsys, 2019-11-18 - 2019-11-21\n\nFormation GraphQL | GraphQL\nHuman Coders, 2020-12-17 - 2020-12-18",
                &[
                    (
                        Some("Orsys"),
                        Some("formation React JS"),
                        Some("React JS"),
                        Some("2019-11"),
                    ),
                    (
                        Some("Human Coders"),
                        Some("Formation GraphQL"),
                        Some("GraphQL"),
                        Some("2020-12"),
                    ),
                ],
            ),
            // Two lines without dates are no course.
            ("Relevant coursework\nAlgorithms, Databases", &[]),
            (
                "Czech Technical University in Prague (CZ)    2016\nMaster of Science",
                &[(
                    Some("Czech Technical University in Prague"),
                    Some("Master of Science"),
                    None,
                    Some("2016"),
                )],
            ),
            (
                "2004 BS Computer Science & Cognitive Psychology -------- Northeastern University",
                &[(
                    Some("Northeastern University"),
                    Some("BS"),
                    Some("Computer Science & Cognitive Psychology"),
                    Some("2004"),
                )],
            ),
            (
                "University of Kerala, India    2009\nBachelors in Commerce",
                &[(
                    Some("University of Kerala"),
                    Some("Bachelors"),
                    Some("Commerce"),
                    Some("2009"),
                )],
            ),
        ];
        for (section, want) in cases {
            let r = parsed(&format!(
                "Jane Doe\njane@example.com\n\nEducation\n{section}\n"
            ));
            let got: Vec<Entry<'_>> = r
                .education
                .iter()
                .map(|e| {
                    (
                        e.institution.as_deref(),
                        e.study_type.as_deref(),
                        e.area.as_deref(),
                        e.end_date.as_deref(),
                    )
                })
                .collect();
            assert_eq!(got, *want, "{section:?}");
        }
    }

    #[test]
    fn schools_are_read_where_no_education_section_names_them() {
        // (resume, [(school, degree, field, graduation)])
        type Entry<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);
        let cases: &[(&str, &[Entry<'_>])] = &[
            (
                "# 个人信息\n\n - 胶布帝/男/1990\n - 本科/萌鹿大学计算机系\n - 工作年限：3年\n",
                &[("萌鹿大学", "本科", Some("计算机系"), None)],
            ),
            (
                "李文博/男/1995\n\n本科/忻州师范学院/计算机系网络工程\n",
                &[("忻州师范学院", "本科", Some("计算机系网络工程"), None)],
            ),
            // The degree a line below, with the year of graduation.
            (
                "吴浩麟\n男 / 1993.10\n华中师范大学 · 计算机科学与技术\n本科 / 2016年毕业\n",
                &[(
                    "华中师范大学",
                    "本科",
                    Some("计算机科学与技术"),
                    Some("2016"),
                )],
            ),
            // A school's kind in a label names no school; a school
            // without a degree is no entry.
            ("毕业学校：萌鹿大学\n工作年限：3年\n", &[]),
            ("萌鹿大学计算机系\n", &[]),
            // An education section's entries are the resume's.
            (
                "本科/萌鹿大学计算机系\n\n教育经历\n西安电子科技大学, 西安 | 2009 - 2013\n学士 通信工程\n",
                &[("西安电子科技大学", "学士", None, Some("2013"))],
            ),
            // A CV that opens with its degrees under the contact details,
            // unheaded.
            (
                "Ph.D.  University of Wisconsin-Madison, Madison, WI  2021 - 2026\nDepartment of Integrative Biology\n\nB.S.  University of North Florida, Jacksonville, FL  2015 - 2018\nBiology\n\nRESEARCH EXPERIENCE\nAcme Labs  2019 - 2020\nTechnician\n",
                &[
                    (
                        "University of Wisconsin-Madison",
                        "Ph.D.",
                        None,
                        Some("2026"),
                    ),
                    ("University of North Florida", "B.S.", None, Some("2018")),
                ],
            ),
            // A headline that names a degree is no entry; nor is a degree
            // above an education section that has its own.
            (
                "Ph.D. candidate in Biology\n\nExperience\nAcme Labs  2019 - 2020\nTechnician\n",
                &[],
            ),
            (
                "B.S. University of Florida 2018\n\nEducation\nM.S.  Yale University  2020\n",
                &[("Yale University", "M.S.", None, Some("2020"))],
            ),
        ];
        for (resume, want) in cases {
            let r = parsed(&format!("胶布帝\njane@example.com\n\n{resume}"));
            let got: Vec<Entry<'_>> = r
                .education
                .iter()
                .map(|e| {
                    (
                        e.institution.as_deref().unwrap_or(""),
                        e.study_type.as_deref().unwrap_or(""),
                        e.area.as_deref(),
                        e.end_date.as_deref(),
                    )
                })
                .collect();
            assert_eq!(got, *want, "{resume:?}");
        }
    }

    #[test]
    fn a_section_of_schools_and_jobs_has_each_entry_read_as_what_it_names() {
        let r = parsed(
            "Jane Doe\njane@example.com\n\nEducation & Employment\n\n2025 - present  Postdoctoral Scholar, Psychology, Harvard University\nPI: Ashley Thomas\n2019 - 2025  Ph.D., Psychology, Stanford University\nAdvisor: Hyowon Gweon\n2016 - 2019  Lab Manager, Yale University.\n2013 - 2016  B.A., Philosophy & Cognitive Science, University of Michigan\n\nHonors & Awards\n2019  Frankena Prize. University of Michigan\n",
        );
        let jobs: Vec<(Option<&str>, Option<&str>)> = r
            .work
            .iter()
            .map(|w| (w.name.as_deref(), w.start_date.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (Some("Harvard University"), Some("2025")),
                (Some("Yale University"), Some("2016"))
            ]
        );
        let schools: Vec<(Option<&str>, Option<&str>)> = r
            .education
            .iter()
            .map(|e| (e.institution.as_deref(), e.study_type.as_deref()))
            .collect();
        assert_eq!(
            schools,
            [
                (Some("Stanford University"), Some("Ph.D.")),
                (Some("University of Michigan"), Some("B.A."))
            ]
        );
    }

    #[test]
    fn contact_fields_carry_their_lines() {
        let r = parsed(
            "Jane Doe\nSan Francisco, CA 94117 | (415) 555-0100\njane@janedoe.dev | linkedin.com/in/janedoe | github.com/janedoe | janedoe.dev\n",
        );
        let b = &r.basics;
        assert_eq!(b.name.as_deref(), Some("Jane Doe"));
        assert_eq!(
            b.location.as_ref().map(|l| l.address.as_str()),
            Some("San Francisco, CA 94117")
        );
        assert_eq!(b.url.as_deref(), Some("janedoe.dev"));
        let networks: Vec<&str> = b.profiles.iter().map(|p| p.network.as_str()).collect();
        assert_eq!(networks, ["LinkedIn", "GitHub"]);
        assert_eq!(b.lines.get("name"), Some(&1));
        assert_eq!(b.lines.get("phone"), Some(&2));
        assert_eq!(b.lines.get("email"), Some(&3));
        // A ZIP code after a comma is the place's too.
        let r = parsed("Jane Doe\n10 Main St., Sunderland, MA, 01375 | (413) 555-0100\n");
        assert_eq!(
            r.basics.location.as_ref().map(|l| l.address.as_str()),
            Some("Sunderland, MA, 01375")
        );
        // A Canadian postal code, and a city in capitals before its
        // state's code and ZIP code.
        for (line, want) in [
            (
                "6030 Bathurst Street, Toronto, ON M2R 1Z9",
                "Toronto, ON M2R 1Z9",
            ),
            ("PO BOX 28 MINDEN, NE 68959", "MINDEN, NE 68959"),
            // A flat's number before the town is no postcode.
            (
                "210 W 2nd St. Apt 1303 Kansas City, MO 64105",
                "Kansas City, MO 64105",
            ),
        ] {
            let r = parsed(&format!("Jane Doe\n{line}\njane@example.com\n"));
            assert_eq!(
                r.basics.location.as_ref().map(|l| l.address.as_str()),
                Some(want)
            );
        }
    }

    #[test]
    fn the_website_is_the_personal_site_else_the_github_profile() {
        // (resume, website)
        let cases = [
            (
                "Jane Doe\njane@example.com | github.com/janedoe | janedoe.dev",
                Some("janedoe.dev"),
            ),
            (
                "Jane Doe\njane@example.com | github.com/janedoe",
                Some("github.com/janedoe"),
            ),
            ("Jane Doe\njane@example.com | linkedin.com/in/janedoe", None),
            // Two sentences run together are no site.
            (
                "Jane Doe\njane@example.com\n\nProjects\n- Uploads images with multer to store files.Tech Stack: Node",
                None,
            ),
            ("Jane Doe\njane@example.com | Nara.me", Some("Nara.me")),
            // A network's home page is no one's site.
            (
                "Jane Doe\njane@example.com\nfacebook.com (Other)\ngithub.com (Portfolio)",
                None,
            ),
            // A long contact line set apart by round bullets is no
            // statement.
            (
                "Kyle Franke\n51 Chestnut St, Binghamton, NY 13905 ● (845) 522-3208 ● kfranke1@binghamton.edu ● https://grawlixes.github.io/",
                Some("https://grawlixes.github.io/"),
            ),
            // With a scheme, any top-level domain; without, a common one.
            (
                "Ron Adams\ndev@0xadada.pub | https://0xadada.pub/ | Somerville, MA",
                Some("https://0xadada.pub/"),
            ),
            (
                "Jane Doe\njane@example.com | jdoe.com.au",
                Some("jdoe.com.au"),
            ),
            ("Jane Doe\njane@example.com | Node.js | resume.pdf", None),
            // A contact block a footer sets amid the jobs keeps its site;
            // a job's own site is the job's.
            (
                "Jane Doe\n\nExperience\nAcme Corp\nTeacher  2012-2021\n• Taught math to 90 students.\n\n49 N Decter Dr - Kerhonkson, NY 12446\nM (929) 244-0482 • E jane@example.com\nW janedoe.github.io/portfolio • in jane-doe\n\nBeta Corp\nTeacher  2010-2012\nbeta.org\n",
                Some("janedoe.github.io/portfolio"),
            ),
            (
                "Jane Doe\njane@example.com\n\nExperience\nBeta Corp\nTeacher  2010-2012\nbeta.org\n",
                None,
            ),
            // A site a statement names is not the candidate's.
            (
                "Jane Doe\njane@example.com | github.com/ayadav3\n\nProjects\n• Developed a proof of concept to compare ratings from Amazon.com and eBay.com",
                Some("github.com/ayadav3"),
            ),
            // A framework, and an employer on its job's line, are no site.
            (
                "Jane Doe\njane@example.com\n\nExperience\nFixya.com 2009-2010\n• Built macros in VB.NET for 4 teams.\n\nProjects\nlubagloukhov.github.io",
                Some("lubagloukhov.github.io"),
            ),
            // An employer's site under its job's title is the employer's.
            (
                "Eva Pace\neva@example.com\n\nExperience\nSoftware Engineer   2018/01 - 2019/06\nPagar.me   São Paulo, Brazil\n• Built the payments API.",
                None,
            ),
            // The domain of an address broken over two lines is a mail
            // provider's, no site.
            ("Hervé Beraud\nherveberaud.pro@\ngmail.com", None),
            // A framework in a list of skills is no site.
            (
                "Jane Doe\njane@example.com\n\nTechnologies\ncrossbar.io\nnginx\n\nProjects\ngithub.com/janedoe",
                Some("github.com/janedoe"),
            ),
            // A vanity domain in the contact block.
            (
                "Chris Ashton\nchris AT ashton.codes  Cambridge, UK  ashton.codes\n\nProjects\nStudentMunch.com - food review site",
                Some("ashton.codes"),
            ),
            // The candidate's GitHub profile, named as the e-mail is, in
            // a contact block the page sets below the jobs.
            (
                "Jane Doe\n\nExperience\nEngineer, Acme 2019-2021\n• Built the API\n\njanedoe@gmail.com\nhttp://github.com/janedoe\nhttps://github.com/acme",
                Some("http://github.com/janedoe"),
            ),
            // A tool among a project's, a project's page, a repository
            // below the top, a certificate's issuer and a network's
            // profile are no one's site.
            (
                "Jane Doe\njane@example.com\n\nProjects\nSkip or Meet\n• Video chat\n(React.js, Express, Socket.io, Peer.js)\nSlot machine https://jdoe.github.io/slot-machine/\nhttps://github.com/jdoe/kernel-exploits",
                None,
            ),
            (
                "Jane Doe\njane@example.com\nCertificates: Credly | Scrum.org | Coursera\nhttps://www.facebook.com/jane.doe",
                None,
            ),
            // Under Projects, one site among two or more is a client's.
            (
                "Jane Doe\njane@example.com\n\nProjets récents\nLead Dev refonte merignac.com\nwww.merignac.com\n\nLead Dev refonte lcp.fr\nwww.lcp.fr",
                None,
            ),
            (
                "Jane Doe\njane@example.com\n\nProjects\nMy portfolio\nwww.janedoe.dev",
                Some("www.janedoe.dev"),
            ),
            (
                "Tom Jacobs\nhttps://github.com/tjacobs/Tom | tom@example.com",
                Some("https://github.com/tjacobs/Tom"),
            ),
            // A site under the publications is a work's.
            (
                "Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme 2019-2021\n\nPublications and Talks\nhttps://slideshare.net/janedoe\n\nLinks\nhttp://github.com/janedoe",
                Some("http://github.com/janedoe"),
            ),
        ];
        for (text, want) in cases {
            let r = parsed(text);
            assert_eq!(r.basics.url.as_deref(), want, "{text:?}");
        }
        let r = parsed("Jane Doe\njane@example.com\ngithub.com/janedoe");
        assert_eq!(r.basics.lines.get("url"), Some(&3));
    }
}
