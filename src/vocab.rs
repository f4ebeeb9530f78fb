//! Shared vocabulary: what the words and lines of a resume are, for the
//! stages that must agree on it.
//!
//! Section headings and the [`Section`] each opens, bullet marks, lines that
//! are lists, and the plural rule of keyword matching. The segmenter uses
//! these to split a resume; the JSON Resume reader uses them to write lines
//! the segmenter reads as intended; the role loader uses the plural rule to
//! reject aliases that would match twice; job descriptions and the candidate
//! check read headings and bullets the same way.
//!
//! A leaf: pure functions and word lists, importing nothing from the crate.

use std::borrow::Cow;

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The sections a resume is split into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Before the first heading: name, contact, often an untitled summary.
    Top,
    Summary,
    Experience,
    Projects,
    Skills,
    Education,
    Certifications,
    /// Courses taken: their titles name subjects, not skills shown.
    Coursework,
    /// A recognized heading of another kind (Awards, Languages, Interests...).
    Other,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Top => "top",
            Section::Summary => "summary",
            Section::Experience => "experience",
            Section::Projects => "projects",
            Section::Skills => "skills",
            Section::Education => "education",
            Section::Certifications => "certifications",
            Section::Coursework => "coursework",
            Section::Other => "other",
        }
    }
}

/// Heading names by section, compared after [`heading_key`].
const HEADINGS: &[(Section, &[&str])] = &[
    (
        Section::Summary,
        &[
            "summary",
            "professional summary",
            "career summary",
            "executive summary",
            "summary of qualifications",
            "qualifications summary",
            "profile",
            "professional profile",
            "career profile",
            "personal profile",
            "about",
            "about me",
            "objective",
            "career objective",
            "professional objective",
            "overview",
            "personal statement",
            "自我评价",
            "个人简介",
            "个人总结",
            "自我介绍",
            "요약",
            "자기소개",
            "о себе",
            "обо мне",
            "цель",
        ],
    ),
    (
        Section::Experience,
        &[
            "experience",
            "experiences",
            "work experience",
            "work experiences",
            // Paid work and unpaid in one list: the jobs are in it.
            "work and volunteer experience",
            "work and volunteer experiences",
            "professional experience",
            "professional experiences",
            "relevant experience",
            "industry experience",
            "technical experience",
            "employment",
            "employment history",
            "work history",
            "history",
            "career history",
            // The work's account under one word ("== Career").
            "career",
            "professional career",
            "professional background",
            "internships",
            "internship",
            "internship experience",
            "military experience",
            "military service",
            "teaching experience",
            "research",
            "research experience",
            "research and experience",
            "experience and projects",
            "experience and internships",
            "work",
            "jobs",
            "positions",
            // An academic CV's list of its posts.
            "positions held",
            "current position",
            "current positions",
            "previous position",
            "previous positions",
            "past positions",
            "prior positions",
            "former positions",
            "other positions",
            "academic positions",
            "appointments",
            "academic appointments",
            "professional appointments",
            "professional history",
            // The singular, as European CVs name the work; "Professional
            // Activities" is an academic CV's service (reviewing, boards).
            "professional activity",
            "activité professionnelle",
            "expérience professionnelle",
            "experience professionnelle",
            "expériences professionnelles",
            "experiences professionnelles",
            "parcours professionnel",
            "werdegang",
            "trayectoria profesional",
            "percorso professionale",
            "expérience",
            "expériences",
            "berufserfahrung",
            "berufliche erfahrung",
            "praktische erfahrungen",
            "praktische erfahrung",
            "praktika",
            "beruflicher werdegang",
            "experiencia",
            "experiencia profesional",
            "experiencia laboral",
            "werkervaring",
            "werkervaringen",
            "ervaring",
            // Swedish, Norwegian and Danish.
            "erfarenhet",
            "arbetslivserfarenhet",
            "arbetserfarenhet",
            "yrkeserfarenhet",
            "arbeidserfaring",
            "erhvervserfaring",
            "stages",
            "esperienza",
            "esperienze lavorative",
            "esperienza lavorativa",
            "esperienza professionale",
            "esperienze professionali",
            "experiência",
            "experiência profissional",
            "工作经历",
            "经历",
            "工作经验",
            "实习经历",
            "实习经验",
            "职业经历",
            "경력",
            "이전 경력",
            "경력 사항",
            "경력사항",
            "опыт работы",
            "трудовая деятельность",
            "профессиональный опыт",
            "места работы",
            "实习 项目经历",
            "工作 实习经历",
            "实习",
        ],
    ),
    (
        Section::Projects,
        &[
            "projects",
            "personal projects",
            "selected projects",
            "key projects",
            "academic projects",
            "side projects",
            "technical projects",
            "project experience",
            "open source",
            "open source contributions",
            "open source projects",
            "open-source",
            "project",
            "portfolio",
            "research projects",
            "projects and publications",
            "projets",
            "projets récents",
            "projets recents",
            "recent projects",
            "projekte",
            "proyectos",
            "项目经历",
            "项目经验",
            "专案经历",
            "专案经验",
            "开源项目",
            "个人项目",
            "프로젝트",
            "오픈 소스",
            "проекты",
        ],
    ),
    (
        Section::Skills,
        &[
            "skills",
            "technical skills",
            "key skills",
            "core skills",
            "skills summary",
            "skill set",
            "skillset",
            "core competencies",
            "competencies",
            "areas of expertise",
            "expertise",
            "technical expertise",
            "technologies",
            "technology",
            "tech stack",
            "tools",
            "tools and technologies",
            "technologies and tools",
            "skills and tools",
            "skills and abilities",
            "skills and expertise",
            "strengths",
            "key strengths",
            "technical proficiencies",
            "proficiencies",
            "programming languages",
            "languages and tools",
            "languages and technologies",
            "qualifications",
            "kvalifikationer",
            "technical qualifications",
            "skills and certifications",
            "technical knowledge",
            "computer skills",
            "software",
            "software skills",
            "technical strengths",
            "compétences",
            "competences",
            "compétences techniques",
            "kenntnisse",
            "fachkenntnisse",
            "it kenntnisse",
            "edv kenntnisse",
            "zusätzliche qualifikationen",
            "weitere qualifikationen",
            "fähigkeiten",
            "vaardigheden",
            "competenze",
            "competências",
            "habilidades",
            "conocimientos",
            "技能",
            "专业技能",
            "it 技能",
            "技术技能",
            "技能清单",
            "기술",
            "기술 스택",
            "보유 기술",
            "навыки",
            "ключевые навыки",
            "профессиональные навыки",
            "специализация и профессиональные навыки",
            "технические навыки",
        ],
    ),
    (
        Section::Education,
        &[
            "education",
            "academic background",
            "educational background",
            "education and training",
            "academics",
            "academic qualifications",
            "academic details",
            "academic profile",
            "academic history",
            "academic studies",
            "educational history",
            "education background",
            "education and qualifications",
            "academic record",
            "academic formation",
            "education history",
            "educational qualifications",
            "education and certifications",
            "formation",
            "formations",
            "études",
            "etudes",
            "diplômes",
            "formation et diplômes",
            "formations et diplômes",
            "diplômes et formations",
            "ausbildung",
            "bildung",
            "schulbildung",
            "schulische ausbildung",
            "aus und weiterbildung",
            "ausbildung and weiterbildung",
            "ausbildung und weiterbildung",
            "weiterbildung",
            "degrees",
            "earned degrees",
            "degrees earned",
            "academic degrees",
            "bildungsweg",
            "studium",
            // "Akademische Laufbahn": the academic career, a German CV's
            // studies.
            "akademische laufbahn",
            "schulische laufbahn",
            "akademischer werdegang",
            "schulischer werdegang",
            "hochschulbildung",
            "educación",
            "educacion",
            "formación",
            "formacion",
            "formación académica",
            "estudios",
            "estudios cursados",
            "estudios realizados",
            "estudos",
            "opleiding",
            "utbildning",
            "utbildningar",
            "utdanning",
            "uddannelse",
            "opleidingen",
            "onderwijs",
            "istruzione",
            "formazione",
            "istruzione e formazione",
            "formação",
            "formação académica",
            "formação acadêmica",
            "教育背景",
            "教育经历",
            "学历",
            "教育",
            "학력",
            "학력 사항",
            "образование",
            "образование и повышение квалификации",
        ],
    ),
    (
        Section::Certifications,
        &[
            "certifications",
            "자격증",
            "повышение квалификации",
            "курсы",
            "сертификаты",
            "дополнительное образование",
            "certification",
            "certificates",
            "licenses",
            "licenses and certifications",
            "certifications and licenses",
            "certifications and training",
            "professional certifications",
            "training",
            "trainings",
            "additional training",
            "professional training",
            "extracurricular courses",
            "additional courses",
            "courses and seminars",
            "seminars and workshops",
            "workshops and seminars",
            "credentials",
            "professional development",
            "certifications and awards",
            "licenses and certificates",
            "certificaten",
            "certificados",
            "证书",
            "资格证书",
        ],
    ),
    (
        Section::Coursework,
        &[
            "courses",
            "coursework",
            "course work",
            "relevant coursework",
            "relevant courses",
            "selected coursework",
            "key coursework",
            "related coursework",
            "graduate coursework",
            "undergraduate coursework",
            "courses taken",
        ],
    ),
    (
        Section::Other,
        &[
            "awards",
            "awards and recognitions",
            "recognitions",
            "fellowships",
            "fellowships and recognitions",
            "fellowships and awards",
            "professional memberships",
            "scholarly contributions",
            "workshops",
            "relevant workshop",
            "relevant workshops",
            "miscellaneous",
            "campus involvement",
            "involvement",
            "contact details",
            "awards and achievements",
            "achievements and awards",
            "scholastic achievements",
            "honors and achievements",
            "positions of responsibility",
            "links",
            "profiles",
            "online profiles",
            "social",
            "extra curricular activities",
            "extracurriculars",
            "leadership and activities",
            "leadership experience",
            "activities and leadership",
            "community involvement",
            "conferences",
            "talks and presentations",
            "honors",
            "honors and awards",
            "awards and honors",
            "achievements",
            "accomplishments",
            "publications",
            "peer reviewed publications",
            "peer-reviewed publications",
            "refereed publications",
            // A writer's list of articles ("** Writing", "Selected Writing").
            "writing",
            "writings",
            "selected writing",
            "selected writings",
            "working papers",
            "work in progress",
            // An economist's or a scientist's CV: the fields of research,
            // the papers under way, citizenship for a visa.
            "research in progress",
            "works in progress",
            "research interests",
            "areas of interest",
            "fields",
            "research fields",
            "primary fields",
            "secondary fields",
            "fields of specialization",
            "white paper",
            "white papers",
            "citizenship",
            "patents",
            "presentations",
            "invited presentations",
            "invited talks",
            "conference presentations",
            "conferences and workshops",
            "conferences workshops",
            "editorial boards",
            "editorial board",
            "professional service",
            "talks",
            "volunteer",
            "volunteering",
            "volunteer experience",
            "volunteering experience",
            "volunteer history",
            "volunteering history",
            "volunteer work",
            "leadership",
            "activities",
            "extracurricular activities",
            "extracurricular involvement",
            "extracurricular activity",
            "extracurricular",
            "interests",
            "hobbies",
            "hobbies and interests",
            "languages",
            "references",
            "contact",
            "contacts",
            "contact me",
            "contact information",
            "personal information",
            "personal details",
            "persönliche daten",
            "persönliche angaben",
            "persönliche informationen",
            "sprachkenntnisse",
            "publikationen",
            "relevante publikationen",
            "veröffentlichungen",
            // The same form's label in the EU's other languages.
            "informazioni personali",
            "dati personali",
            "datos personales",
            "información personal",
            "informations personnelles",
            "données personnelles",
            "dados pessoais",
            "informações pessoais",
            "persoonlijke gegevens",
            "additional information",
            "memberships",
            "affiliations",
            "professional affiliations",
            "langues",
            "sprachen",
            "idiomas",
            "loisirs",
            "centres d intérêt",
            "hobbys",
            "intereses",
            "联系方式",
            "个人信息",
            "언어",
            "수상",
            "языки",
            "владение языками",
            "знание языков",
            "контакты",
            "контактная информация",
            "личная информация",
            "хобби",
            "награды",
            "публикации",
            "基本信息",
            "获奖情况",
            "荣誉奖项",
            "兴趣爱好",
            "社团",
            "志工",
            "社团 志工",
            "社团经历",
            "语言能力",
            "致谢",
        ],
    ),
];

/// Traditional Chinese characters, as Taiwan and Hong Kong write them,
/// and the simplified forms this tool's Chinese words are written in:
/// those of sections' names, schools, degrees, titles and companies.
/// Each pair takes three bytes in UTF-8, so a line read through
/// [`simplified`] keeps its byte offsets.
const TRADITIONAL: &[(char, char)] = &[
    ('經', '经'),
    ('歷', '历'),
    ('驗', '验'),
    ('實', '实'),
    ('習', '习'),
    ('職', '职'),
    ('學', '学'),
    ('項', '项'),
    ('專', '专'),
    ('業', '业'),
    ('證', '证'),
    ('書', '书'),
    ('獎', '奖'),
    ('興', '兴'),
    ('團', '团'),
    ('願', '愿'),
    ('績', '绩'),
    ('術', '术'),
    ('個', '个'),
    ('開', '开'),
    ('碩', '硕'),
    ('畢', '毕'),
    ('後', '后'),
    ('師', '师'),
    ('總', '总'),
    ('監', '监'),
    ('顧', '顾'),
    ('問', '问'),
    ('設', '设'),
    ('計', '计'),
    ('員', '员'),
    ('構', '构'),
    ('組', '组'),
    ('長', '长'),
    ('會', '会'),
    ('護', '护'),
    ('醫', '医'),
    ('銀', '银'),
    ('協', '协'),
    ('補', '补'),
    ('陸', '陆'),
    ('軍', '军'),
];

/// The simplified form of a traditional Chinese character, if this tool
/// knows it.
fn simple_form(c: char) -> Option<char> {
    (!c.is_ascii())
        .then(|| TRADITIONAL.iter().find(|(t, _)| *t == c))
        .flatten()
        .map(|&(_, s)| s)
}

/// A text with its traditional Chinese characters in their simplified
/// forms ("東海大學" → "東海大学"), at the same byte offsets.
pub(crate) fn simplified(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| simple_form(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| simple_form(c).unwrap_or(c)).collect())
}

/// A regular expression written in simplified characters that matches
/// the traditional forms as well: "大学" becomes "大[学學]".
pub(crate) fn either_han_form(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    for c in pattern.chars() {
        match TRADITIONAL.iter().find(|&&(_, s)| s == c) {
            Some(&(t, s)) => {
                out.push('[');
                out.push(s);
                out.push(t);
                out.push(']');
            }
            None => out.push(c),
        }
    }
    out
}

/// Lower-cases, turns `&` into `and`, drops punctuation and collapses
/// spaces; traditional Chinese characters become simplified.
fn heading_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    for word in line
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        if word == "&" {
            key.push_str("and");
        } else {
            for c in word.chars() {
                if c == '&' {
                    key.push_str(" and ");
                } else if let Some(simple) = simple_form(c) {
                    // "工作經歷": Taiwan's and Hong Kong's traditional
                    // characters named as the simplified ones.
                    key.push(simple);
                } else {
                    key.extend(c.to_lowercase());
                }
            }
        }
    }
    key
}

/// A word with its first letter in capitals ("организация" →
/// "Организация"), whatever bytes that letter takes.
pub(crate) fn upper_first(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A form's labels for a personal detail or a qualification ("Surname",
/// "Contact number", "Date of Birth", "Geburtsdatum"), in lowercase.
const FORM_LABELS: &[&str] = &[
    "surname",
    "name",
    "first name",
    "first names",
    "last name",
    "full name",
    "names",
    "contact number",
    "contact no",
    "phone",
    "phone number",
    "telephone",
    "mobile",
    "cell",
    "cell number",
    "e-mail",
    "email",
    "e-mail address",
    "email address",
    "id number",
    "date of birth",
    "birth date",
    "gender",
    "sex",
    "drivers licence",
    "drivers license",
    "driver's licence",
    "driver's license",
    "nationality",
    "citizenship",
    "home address",
    "address",
    "postal address",
    "marital status",
    "matrimonial status",
    "civil status",
    "place of birth",
    "date and place of birth",
    "age",
    "religion",
    "passport",
    "passport no",
    "father's name",
    "phone numbers",
    "mobile number",
    "mobile no",
    "telephone number",
    "languages",
    "home language",
    "health",
    "school",
    "high school",
    "grade",
    "subjects passed",
    "university",
    "institution",
    "qualification",
    "field of study",
    "degree",
    "year",
    "year completed",
    // The German CV's table (Lebenslauf), and the French and
    // Spanish forms of the same details.
    "adresse",
    "anschrift",
    "wohnort",
    "telefon",
    "handy",
    "geburtsdatum",
    "geburtsort",
    "geboren",
    "staatsangehörigkeit",
    "nationalität",
    "familienstand",
    "eltern",
    "geschwister",
    "konfession",
    "date de naissance",
    "lieu de naissance",
    "nationalité",
    "situation familiale",
    "téléphone",
    "fecha de nacimiento",
    "lugar de nacimiento",
    "nacionalidad",
    "estado civil",
    "dirección",
    "teléfono",
];

/// Whether a line is a form's label alone ("Date of Birth:",
/// "Geburtsort"), in any case, its colon aside.
pub(crate) fn is_form_label(line: &str) -> bool {
    let key = line
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    FORM_LABELS.contains(&key.as_str())
}

/// The section a heading line opens, if the line is a heading.
pub(crate) fn heading_section(line: &str) -> Option<Section> {
    let trimmed = without_rule(line.trim());
    // "Projects [available on my GitHub; see top of document]": a common
    // heading's name with a remark of a few words in brackets after it
    // ("Experience (ongoing)" is a phrase's end).
    // "Degrees (Qualifications):": or a heading's other name.
    let remarked = trimmed
        .trim_end_matches([':', '：'])
        .strip_suffix([']', ')'])
        .and_then(|t| t.rsplit_once(['[', '(']))
        .filter(|(_, remark)| {
            remark.split_whitespace().count() >= 3 || named_heading(remark).is_some()
        })
        .and_then(|(head, _)| named_heading(head));
    if remarked.is_some() {
        return remarked;
    }
    // "- Education & Credentials -", "- Professional Experience-": a
    // heading set between dashes is no list item.
    let trimmed = trimmed
        .strip_prefix("- ")
        .and_then(|t| t.strip_suffix('-'))
        .map_or(trimmed, str::trim);
    // "Mexican government work experience: 3 years and 8 months": how
    // long the work lasted after a heading's name makes it one, of the
    // section its noun names, however many words it has.
    if let Some(head) = without_duration(trimmed) {
        let key = heading_key(head);
        return named_section(&key).or_else(|| {
            key.split(' ').find_map(|word| {
                SECTION_NOUNS
                    .iter()
                    .find(|(noun, _)| *noun == word && ENTRY_NOUNS.contains(noun))
                    .map(|(_, section)| *section)
            })
        });
    }
    if trimmed.is_empty() || too_long(trimmed) || bullet_body(trimmed).is_some() {
        return None;
    }
    // "Skills: Python, Go" is a labelled list, not a heading.
    if let Some((_, after)) = trimmed.split_once(':')
        && !after.trim().is_empty()
    {
        return None;
    }
    // "projects." alone on a line ends a wrapped sentence: a heading has
    // no full stop.
    if trimmed.ends_with('.') && !trimmed.ends_with("..") {
        return None;
    }
    // "Work Experience (5)": a template's count of the entries below.
    let trimmed = trimmed
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .filter(|(_, count)| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
        .map_or(trimmed, |(heading, _)| heading.trim_end());
    let key = heading_key(trimmed);
    // "Strategic Architecture Leadership:" above a job's bullets labels
    // them: a line that only holds a section's noun is a heading when it
    // does not end in a colon ("Work Experience:" is named whole), or is
    // set in capitals ("ANALYTICS PROJECTS:").
    let capitals = !trimmed.chars().any(char::is_lowercase);
    // "Other work history", "Relevant Work and Academic History",
    // "Employment / Experience Record:": a short heading that ends in
    // "history" or "record" and names the work ("Career/Education
    // history" is left as it was: a section of both). Up to four words
    // may end in a colon.
    let words: Vec<&str> = key.split(' ').collect();
    let work_record = words.len() <= 6
        && words
            .last()
            .is_some_and(|w| ["history", "record"].contains(w))
        && words
            .iter()
            .any(|w| ["work", "employment", "career", "job", "experience"].contains(w))
        && !words
            .iter()
            .any(|w| PHRASE_WORDS.contains(w) || *w == "education")
        && (words.len() <= 4 || !trimmed.ends_with([':', '：']));
    if work_record {
        return Some(Section::Experience);
    }
    // "Berufliche Tätigkeiten", "Beruflicher Hintergrund", "Berufliche
    // Stationen": German's "professional" and one noun name the work,
    // whichever noun; one that names a section of its own names that
    // ("Berufliche Weiterbildung" is training).
    if let [professional, noun] = words[..]
        && ["berufliche", "beruflicher", "berufliches"].contains(&professional)
    {
        let work = !["bildung", "qualifikation", "kenntnis", "ziel"]
            .iter()
            .any(|n| noun.contains(n));
        if let Some(section) = named_section(noun).or(work.then_some(Section::Experience)) {
            return Some(section);
        }
    }
    // "R Jobs", "_ Experiences": an icon font's glyph that the text layer
    // wrote as a capital or a mark, before a heading's name ("A" and "I"
    // are words).
    let after_icon = || {
        let (icon, rest) = trimmed.split_once(' ')?;
        let mut chars = icon.chars();
        let c = chars.next()?;
        (chars.next().is_none()
            && (c.is_ascii_uppercase() && c != 'A' && c != 'I'
                || !c.is_alphanumeric() && !c.is_whitespace()))
        .then(|| named_section(&heading_key(rest.trim())))
        .flatten()
    };
    // "Experience & Education:": two sections' names joined name a
    // heading, colon or not, of the first's section ("Utbildningar och
    // Kvalifikationer": joined by another language's "and").
    let joined = || {
        let (first, second) = [
            " and ", " och ", " und ", " og ", " en ", " et ", " y ", " e ",
        ]
        .iter()
        .find_map(|and| key.split_once(and))?;
        named_section(second).and(named_section(first))
    };
    named_section(&key)
        .or_else(joined)
        .or_else(|| {
            (capitals || !trimmed.ends_with([':', '：']))
                .then(|| titled_heading(trimmed, &key))
                .flatten()
        })
        .or_else(after_icon)
}

/// Whether a line is longer than any heading's name: 48 characters (not
/// bytes: a Russian heading takes two a letter).
fn too_long(line: &str) -> bool {
    line.len() > 48 && line.chars().count() > 48
}

/// The line without a rule typed before or after its words
/// ("EDUCATION_______", "______ Professional Work Experience"): a run of
/// three or more underscores, dashes or equals signs at either end.
fn without_rule(line: &str) -> &str {
    const RULE: [char; 5] = ['_', '-', '=', '\u{2500}', '\u{2014}'];
    let mut words = line;
    let head = words.trim_end_matches(RULE);
    if words[head.len()..].chars().count() >= 3 {
        words = head.trim_end();
    }
    let tail = words.trim_start_matches(RULE);
    if words[..words.len() - tail.len()].chars().count() >= 3 {
        words = tail.trim_start();
    }
    if words.chars().any(char::is_alphanumeric) {
        words
    } else {
        line
    }
}

/// The heading before a remark of how long its work lasted ("Academic
/// Experience: 1 year and 6 months", "Work Experience (5 years)"), a
/// heading's name of at most eight words.
fn without_duration(line: &str) -> Option<&str> {
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?P<head>[^:()]+?)\s*(?::\s*|\()(?:\d+(?:\.\d+)?\+?\s*(?:years?|yrs?)(?:\s*(?:and|,)?\s*\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?))\)?$",
        )
        .expect("valid")
    });
    let head = DURATION.captures(line)?.name("head")?.as_str().trim();
    // "Total Experience: 8 years", "Professional experience: 10+ years":
    // a profile's label of how long the candidate has worked.
    let first = head.split_whitespace().next()?.to_lowercase();
    let label = [
        "total",
        "overall",
        "relevant",
        "professional",
        "work",
        "industry",
    ]
    .contains(&first.as_str());
    (!label && (2..=8).contains(&head.split_whitespace().count())).then_some(head)
}

/// The section a line opens when it is one of the common heading names
/// exactly ("EDUCATION", "Work Experience"), not a longer title.
pub(crate) fn named_heading(line: &str) -> Option<Section> {
    let trimmed = without_rule(line.trim());
    if trimmed.is_empty() || too_long(trimmed) {
        return None;
    }
    named_section(&heading_key(trimmed))
}

/// The section a heading name (as [`heading_key`] writes it) opens.
///
/// "EMPLOYMENTHISTORY": a letter-spaced heading ("E M P L O Y M E N T
/// H I S T O R Y") whose words the page set no wider apart than its
/// letters comes out as one word, which names the heading it spells.
fn named_section(key: &str) -> Option<Section> {
    // (Compared byte by byte, spaces skipped: this runs for every line
    // of one word that names no heading.)
    let spells =
        |name: &&str| name.contains(' ') && name.bytes().filter(|&b| b != b' ').eq(key.bytes());
    HEADINGS
        .iter()
        .find(|(_, names)| names.contains(&key))
        .or_else(|| {
            if key.contains(' ') {
                return None;
            }
            HEADINGS.iter().find(|(_, names)| names.iter().any(spells))
        })
        .map(|(section, _)| *section)
}

/// The section a bullet line opens when its text, after the mark, is one of
/// the common heading names exactly ("• Education" where a template draws
/// an icon before each heading). The caller decides from the next line
/// whether it is a heading or an item of a list.
pub(crate) fn marked_heading(line: &str) -> Option<Section> {
    let body = bullet_body(line)?.trim();
    if too_long(body) || body.contains(':') {
        return None;
    }
    named_section(&heading_key(body))
}

/// Nouns that name a section inside a longer heading ("Programming Skills",
/// "Research Experience", "Education & Certifications").
const SECTION_NOUNS: &[(&str, Section)] = &[
    ("experience", Section::Experience),
    ("experiences", Section::Experience),
    ("employment", Section::Experience),
    ("skills", Section::Skills),
    ("competencies", Section::Skills),
    ("technologies", Section::Skills),
    ("proficiencies", Section::Skills),
    ("projects", Section::Projects),
    ("education", Section::Education),
    ("certifications", Section::Certifications),
    ("certificates", Section::Certifications),
    ("licenses", Section::Certifications),
    ("coursework", Section::Coursework),
    ("courses", Section::Coursework),
    ("internships", Section::Experience),
    ("positions", Section::Experience),
    ("summary", Section::Summary),
    ("profile", Section::Summary),
    ("objective", Section::Summary),
    ("awards", Section::Other),
    ("honors", Section::Other),
    ("publications", Section::Other),
    ("interests", Section::Other),
    ("activities", Section::Other),
    ("activity", Section::Other),
    ("achievements", Section::Other),
    ("volunteering", Section::Other),
    ("leadership", Section::Other),
    ("mentorship", Section::Other),
    ("mentoring", Section::Other),
    ("committees", Section::Other),
    ("memberships", Section::Other),
    ("grants", Section::Other),
    ("scholarships", Section::Other),
    ("fellowships", Section::Other),
    ("distinctions", Section::Other),
    ("links", Section::Other),
    ("hobbies", Section::Other),
    ("references", Section::Other),
];

/// Section nouns that end a heading written in sentence case.
const ENTRY_NOUNS: &[&str] = &[
    "experience",
    "employment",
    "positions",
    "projects",
    "education",
];

/// Words a heading does not contain: with them the line is a phrase
/// ("Experience with Python"), not a title.
const PHRASE_WORDS: &[&str] = &[
    "with", "in", "of", "for", "at", "to", "on", "by", "from", "as", "the", "a", "an", "my", "our",
    "is", "are", "was", "i",
];

/// A short title-case line holding a section noun: up to four words, each
/// capitalized (or `&`/`and`), no phrase words.
fn titled_heading(line: &str, key: &str) -> Option<Section> {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let capital = |w: &&str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    };
    let titled = words.iter().all(|w| *w == "and" || capital(w));
    // "Current positions", "Past experience": a heading in sentence case
    // is up to three words that end with the noun of a section of
    // entries ("Excellent communication skills" is a strength).
    let sentence_case = words.len() <= 3 && capital(&words[0]);
    if !(titled || sentence_case) || key.split(' ').any(|w| PHRASE_WORDS.contains(&w)) {
        return None;
    }
    // "Skills Acquired", "Tools Used": a label inside a job over what it
    // taught or took, not a section of the resume.
    if key.split(' ').next_back().is_some_and(|w| {
        matches!(
            w,
            "acquired" | "gained" | "learned" | "learnt" | "used" | "utilized" | "applied"
        )
    }) {
        return None;
    }
    // "Self-Employment": a noun inside a compound names no section.
    let whole: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_lowercase())
        .collect();
    let noun = |w: &str| {
        SECTION_NOUNS
            .iter()
            .find(|(noun, _)| *noun == w && whole.iter().any(|x| x == noun))
    };
    // "Extracurricular and Volunteer Experience": unpaid work is a list
    // of its own (a title such as "Volunteer Swim Coach" names none).
    let unpaid = key.split(' ').any(|w| {
        matches!(
            w,
            "volunteer" | "volunteering" | "extracurricular" | "extracurriculars"
        )
    });
    // "Teaching & Leadership Experience": after two words joined, the
    // last names the kind of entries, the words before it what they were;
    // where no word before it names a section of its own ("Education &
    // Experience" is the first's, "Certifications and Post-Academic
    // Education" too).
    let last_entries = || {
        let (before, last) = key.rsplit_once(' ')?;
        (ENTRY_NOUNS.contains(&last)
            && before.split(' ').any(|w| w == "and")
            && !before
                .split(' ')
                .any(|w| noun(w).is_some_and(|(_, s)| *s != Section::Other)))
        .then(|| noun(last))
        .flatten()
    };
    if titled {
        last_entries().or_else(|| key.split(' ').find_map(noun))
    } else {
        key.split(' ')
            .next_back()
            .filter(|w| ENTRY_NOUNS.contains(w))
            .and_then(noun)
    }
    .map(|(_, section)| if unpaid { Section::Other } else { *section })
}

const BULLET_GLYPHS: &[char] = &[
    '•', '◦', '▪', '▫', '■', '□', '●', '○', '◆', '◇', '►', '▸', '▹', '‣', '⁃', '·', '∙', '➢', '➤',
    '✓', '✔', '❖', '✦', '★', '»', '→', '⦿', '⚬',
];

/// A character that is a bullet mark wherever it stands: a bullet glyph or
/// a private-use icon (Word's Symbol bullet).
pub(crate) fn is_bullet_glyph(c: char) -> bool {
    BULLET_GLYPHS.contains(&c) || matches!(c, '\u{E000}'..='\u{F8FF}')
}

/// The text after a bullet mark when the line is a bullet.
pub(crate) fn bullet_body(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let rest_at = first.len_utf8();
    if is_bullet_glyph(first) {
        // "▪️ Led…": the selector of the mark's emoji form is no text.
        let rest = line[rest_at..].trim_start_matches(['\u{FE0E}', '\u{FE0F}']);
        return Some(rest.trim_start());
    }
    if matches!(first, '-' | '*' | '+') {
        let rest = &line[rest_at..];
        return rest
            .starts_with(char::is_whitespace)
            .then(|| rest.trim_start());
    }
    // "o Development of KubeKit…": Word's second-level bullet, a letter o
    // in Courier, before a capital (no English line opens with the word);
    // "ó Developed a Web App": an icon font's arrow that the text layer
    // wrote as the accented letter.
    if matches!(first, 'o' | 'ó')
        && let Some(rest) = line[rest_at..].strip_prefix([' ', '\t'])
        && rest
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return Some(rest.trim_start());
    }
    if first.is_ascii_digit() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &line[digits..];
        if digits <= 2
            && let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
            && after.starts_with(char::is_whitespace)
            && after.trim_start().starts_with(char::is_alphabetic)
        {
            return Some(after.trim_start());
        }
    }
    None
}

/// Verbs a duty opens with, in their base form ("Manage", "Troubleshoot").
const DUTY_VERBS: &[&str] = &[
    "manage",
    "develop",
    "lead",
    "build",
    "design",
    "create",
    "maintain",
    "implement",
    "own",
    "drive",
    "write",
    "review",
    "improve",
    "deliver",
    "run",
    "operate",
    "support",
    "coordinate",
    "prepare",
    "conduct",
    "ensure",
    "provide",
    "perform",
    "handle",
    "analyze",
    "analyse",
    "monitor",
    "test",
    "train",
    "mentor",
    "oversee",
    "plan",
    "organize",
    "organise",
    "teach",
    "administer",
    "process",
    "resolve",
    "troubleshoot",
    "configure",
    "deploy",
    "automate",
    "reduce",
    "increase",
    "collaborate",
    "partner",
    "communicate",
    "negotiate",
    "sell",
    "supervise",
    "track",
    "report",
    "research",
    "establish",
    "launch",
    "ship",
    "execute",
];

/// The past forms of the duty verbs that do not end in "-ed".
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("led", "lead"),
    ("built", "build"),
    ("wrote", "write"),
    ("drove", "drive"),
    ("ran", "run"),
    ("taught", "teach"),
    ("sold", "sell"),
    ("oversaw", "oversee"),
    ("troubleshot", "troubleshoot"),
];

/// The tense a duty verb is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    /// "Manage", "Manages".
    Present,
    /// "Managed", "Led".
    Past,
}

/// The tense of a word that is a duty verb ("Troubleshoot", "Manages",
/// "Developed", "Led"), in any case; None for any other word.
pub(crate) fn duty_verb(word: &str) -> Option<Tense> {
    let word = word.to_lowercase();
    let is = |base: &str| DUTY_VERBS.contains(&base);
    let present = is(&word)
        || word.strip_suffix('s').is_some_and(is)
        || word.strip_suffix("es").is_some_and(is);
    if present {
        return Some(Tense::Present);
    }
    let past = IRREGULAR_PAST.iter().any(|(past, _)| *past == word)
        || word.strip_suffix('d').is_some_and(is)
        || word.strip_suffix("ed").is_some_and(is)
        // "Planned", "Shipped": the last consonant doubled.
        || word.strip_suffix("ed").is_some_and(|w| {
            let mut last = w.chars().rev();
            match (last.next(), last.next()) {
                (Some(a), Some(b)) if a == b => is(&w[..w.len() - a.len_utf8()]),
                _ => false,
            }
        })
        // "Analyzed" ("analyze" + "d") is above; "Supplied": "-y" as "-ied".
        || word.strip_suffix("ied").is_some_and(|w| is(&format!("{w}y")));
    past.then_some(Tense::Past)
}

/// Whether a line is a list of items ("Languages: Go, Rust, SQL",
/// "Docker | Kubernetes | Terraform") rather than a sentence. Keywords in
/// such lines are not "in context".
pub(crate) fn is_list_line(line: &str) -> bool {
    let body = bullet_body(line).unwrap_or(line).trim();
    let separators = body
        .chars()
        .filter(|c| matches!(c, ',' | '|' | ';' | '•' | '·'))
        .count();
    let words = body.split_whitespace().count();
    // Short items: at most three words each on average.
    let short_items = |words: usize, separators: usize| words <= (separators + 1) * 3;
    if let Some((label, rest)) = body.split_once(':')
        && label.split_whitespace().count() <= 4
        && separators >= 1
        && !rest.trim().is_empty()
    {
        // "Languages: Go, Rust, SQL" is a list; "Dev Environment: Analytics
        // environment based on Docker and AWS, standardized ..." is a sentence.
        let rest_words = rest.split_whitespace().count();
        return short_items(rest_words, separators);
    }
    separators >= 2 && short_items(words, separators)
}

/// The simple English plural of the last word, if it takes one.
pub(crate) fn plural(form: &str) -> Option<String> {
    let last = form.rsplit(' ').next().unwrap_or(form);
    let tail: Vec<char> = last.chars().collect();
    let &end = tail.last()?;
    if tail.len() < 2 || !end.is_ascii_alphabetic() {
        return None;
    }
    let letters: Vec<char> = tail
        .iter()
        .copied()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if letters.len() >= 2 && letters.iter().all(char::is_ascii_uppercase) {
        return Some(format!("{form}s"));
    }
    let lower = last.to_ascii_lowercase();
    if ["ss", "x", "z", "ch", "sh"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        return Some(format!("{form}es"));
    }
    if lower.ends_with('s') {
        return None;
    }
    if lower.ends_with('y') {
        let before = lower.chars().rev().nth(1)?;
        if !"aeiou".contains(before) {
            return Some(format!("{}ies", &form[..form.len() - 1]));
        }
    }
    Some(format!("{form}s"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_chinese_is_read_as_simplified_at_the_same_offsets() {
        // Every pair takes the same bytes, so a match found in the
        // simplified text is a range of the text as written.
        for &(t, s) in TRADITIONAL {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t} → {s}");
            assert_ne!(t, s);
        }
        let written = "東海大學 | 環境科學暨工程學系 學士畢業";
        let read = simplified(written);
        assert_eq!(read, "東海大学 | 環境科学暨工程学系 学士毕业");
        assert_eq!(read.len(), written.len());
        assert!(matches!(simplified("Acme Corp 公司"), Cow::Borrowed(_)));

        let degree = Regex::new(&either_han_form("(?:硕士|学士)毕业")).expect("valid");
        assert_eq!(degree.find(written).map(|m| m.as_str()), Some("學士畢業"));
        assert_eq!(
            degree.find("计算机 学士毕业").map(|m| m.as_str()),
            Some("学士毕业")
        );
        assert!(!degree.is_match("學院"));
    }

    #[test]
    fn a_duty_verb_is_known_in_its_present_and_past_forms() {
        use Tense::{Past, Present};
        for (word, want) in [
            ("Troubleshoot", Some(Present)),
            ("manages", Some(Present)),
            ("Processes", Some(Present)),
            ("Execute", Some(Present)),
            ("Developed", Some(Past)),
            ("analyzed", Some(Past)),
            ("Planned", Some(Past)),
            ("Led", Some(Past)),
            ("troubleshot", Some(Past)),
            // Nouns and other words are none.
            ("Bluehost", None),
            ("Engineer", None),
            ("Tested", Some(Past)),
            ("Testing", None),
            ("Ünited", None),
            ("ed", None),
            ("", None),
        ] {
            assert_eq!(duty_verb(word), want, "{word}");
        }
    }

    #[test]
    fn heading_section_recognizes_common_variants() {
        let cases: &[(&str, Option<Section>)] = &[
            ("EXPERIENCE", Some(Section::Experience)),
            ("Work Experience:", Some(Section::Experience)),
            ("Aus- und Weiterbildung", Some(Section::Education)),
            ("ESTUDIOS", Some(Section::Education)),
            ("Estudios Cursados:", Some(Section::Education)),
            ("Formation et Diplômes", Some(Section::Education)),
            ("AUSBILDUNG & WEITERBILDUNG", Some(Section::Education)),
            ("Schulische Laufbahn", Some(Section::Education)),
            ("Degrees (Qualifications):", Some(Section::Education)),
            ("Istruzione e Formazione", Some(Section::Education)),
            ("Esperienza Lavorativa", Some(Section::Experience)),
            ("Career", Some(Section::Experience)),
            ("Current position", Some(Section::Experience)),
            ("Previous Positions", Some(Section::Experience)),
            // After two words joined, the last names the entries.
            (
                "Teaching & Leadership Experience",
                Some(Section::Experience),
            ),
            (
                "Leadership and Management Experience",
                Some(Section::Experience),
            ),
            ("HOBBIES EXPERIENCE", Some(Section::Other)),
            (
                "Certifications and Post-Academic Education",
                Some(Section::Certifications),
            ),
            ("Writing", Some(Section::Other)),
            ("Primary Fields", Some(Section::Other)),
            ("Research in Progress", Some(Section::Other)),
            ("Citizenship", Some(Section::Other)),
            ("Akademische Laufbahn", Some(Section::Education)),
            ("Zusätzliche Qualifikationen", Some(Section::Skills)),
            ("IT-Kenntnisse", Some(Section::Skills)),
            ("Sprachkenntnisse", Some(Section::Other)),
            ("PROJETS RECENTS", Some(Section::Projects)),
            ("Selected Writings", Some(Section::Other)),
            ("Professional Career", Some(Section::Experience)),
            ("Informazioni Personali", Some(Section::Other)),
            ("DATOS PERSONALES", Some(Section::Other)),
            ("EARNED DEGREES", Some(Section::Education)),
            ("Contacts", Some(Section::Other)),
            ("CONTACT ME", Some(Section::Other)),
            ("PARCOURS PROFESSIONNEL :", Some(Section::Experience)),
            // Two sections' names joined: the first names the section.
            ("Experience & Education:", Some(Section::Experience)),
            ("Education and Experience", Some(Section::Education)),
            // Korean and Russian headings.
            ("경력", Some(Section::Experience)),
            // Traditional characters, as Taiwan writes them.
            ("工作經歷", Some(Section::Experience)),
            ("學歷", Some(Section::Education)),
            ("專案經歷", Some(Section::Projects)),
            ("社團/志工", Some(Section::Other)),
            ("이전 경력", Some(Section::Experience)),
            ("학력", Some(Section::Education)),
            ("ОПЫТ РАБОТЫ", Some(Section::Experience)),
            (
                "Образование и повышение квалификации",
                Some(Section::Education),
            ),
            ("ВЛАДЕНИЕ ЯЗЫКАМИ", Some(Section::Other)),
            ("UTBILDNING", Some(Section::Education)),
            ("Arbetslivserfarenhet", Some(Section::Experience)),
            // A letter-spaced heading whose words were set no wider apart
            // than its letters comes out as one word; it still names its
            // heading, a phrase that only begins one does not.
            ("EMPLOYMENTHISTORY", Some(Section::Experience)),
            ("PROFESSIONALSUMMARY", Some(Section::Summary)),
            ("VOLUNTEERINGHISTORY", Some(Section::Other)),
            ("EMPLOYMENTHISTORYOF", None),
            ("Additional Training", Some(Section::Certifications)),
            ("Selected Scholarships", Some(Section::Other)),
            ("  Professional Experience  ", Some(Section::Experience)),
            ("Technical Skills", Some(Section::Skills)),
            ("Skills & Tools", Some(Section::Skills)),
            ("Licenses & Certifications", Some(Section::Certifications)),
            ("PROFESSIONAL SUMMARY", Some(Section::Summary)),
            ("Education", Some(Section::Education)),
            ("Personal Projects", Some(Section::Projects)),
            ("— Awards —", Some(Section::Other)),
            ("Programming Skills", Some(Section::Skills)),
            ("Research Experience", Some(Section::Experience)),
            ("Academic Studies:", Some(Section::Education)),
            // An academic CV's other lists end its positions.
            ("PEER REVIEWED PUBLICATIONS", Some(Section::Other)),
            ("WORKING PAPERS", Some(Section::Other)),
            ("CONFERENCES  WORKSHOPS", Some(Section::Other)),
            ("EDITORIAL BOARDS", Some(Section::Other)),
            // Courses taken outside a degree are training, not school.
            ("Extracurricular courses:", Some(Section::Certifications)),
            ("Seminars and Workshops", Some(Section::Certifications)),
            // An academic CV's other lists end its positions.
            ("Scientific Mentorship", Some(Section::Other)),
            ("Dissertation Committees", Some(Section::Other)),
            ("Professional Memberships", Some(Section::Other)),
            // The singular is the work, with a symbol after it; the plural
            // an academic CV's service.
            ("Professional Activity 🤺", Some(Section::Experience)),
            ("Professional Activities", Some(Section::Other)),
            ("RELEVANT EXPERIENCES", Some(Section::Experience)),
            ("Jobs", Some(Section::Experience)),
            ("Positions held", Some(Section::Experience)),
            // How long the work lasted after the heading's name; a
            // profile's label of the years worked is none.
            (
                "Mexican government work experience: 3 years and 8 months",
                Some(Section::Experience),
            ),
            (
                "IDB consultant experience and research fellowship: 5 years and 3 months",
                Some(Section::Experience),
            ),
            ("Academic Experience (2 years)", Some(Section::Experience)),
            ("Total Experience: 8+ years", None),
            ("Experience: 5 years", None),
            ("Academic formation", Some(Section::Education)),
            // A rule typed after the name; a job's label over what it taught.
            (
                "WORK EXPERIENCE _________________________________________________________",
                Some(Section::Experience),
            ),
            (
                "EDUCATION______________________________",
                Some(Section::Education),
            ),
            (
                "______________________________ Professional Work Experience",
                Some(Section::Experience),
            ),
            ("Skills Acquired", None),
            ("Tools Used", None),
            ("EDUCATIONAL HISTORY", Some(Section::Education)),
            ("Education background", Some(Section::Education)),
            (
                "Extracurricular and Volunteer Experience",
                Some(Section::Other),
            ),
            ("Volunteer Swim Coach", None),
            ("Work & Volunteer experience", Some(Section::Experience)),
            ("EXTRACURRICULAR INVOLVEMENT", Some(Section::Other)),
            ("- Education & Credentials -", Some(Section::Education)),
            ("- Professional Experience-", Some(Section::Experience)),
            ("ACADEMIC APPOINTMENTS", Some(Section::Experience)),
            // An icon's glyph written as a capital or a mark.
            ("R Jobs", Some(Section::Experience)),
            ("_ Experiences & Co.", None),
            ("¶ Education", Some(Section::Education)),
            ("A History", None),
            ("GRANTS & FUNDING", Some(Section::Other)),
            // A resume's History is its work history; an academic one is
            // Education.
            ("History", Some(Section::Experience)),
            ("Academic History", Some(Section::Education)),
            ("Other work history", Some(Section::Experience)),
            (
                "Relevant Work and Academic History",
                Some(Section::Experience),
            ),
            ("Career/Education history", None),
            ("Self-Employment  WWW", None),
            ("HONORS/AWARDS", Some(Section::Other)),
            ("Relevant Employment History", Some(Section::Experience)),
            ("History of the work history of my team", None),
            ("Employment / Experience Record:", Some(Section::Experience)),
            ("Work Record", Some(Section::Experience)),
            ("Track record:", None),
            ("Relevant Work and Research Experience Record:", None),
            // A template's count of the entries below.
            ("Work Experience (5)", Some(Section::Experience)),
            ("Education (2)", Some(Section::Education)),
            ("Experience (ongoing)", None),
            (
                "Projects [available on my GitHub; see top of document]",
                Some(Section::Projects),
            ),
            ("Experiences", Some(Section::Experience)),
            ("EDUCATION & CERTIFICATIONS", Some(Section::Education)),
            ("Skills & Interests", Some(Section::Skills)),
            ("Experience with Python", None),
            // A run-in label above a job's bullets.
            ("Strategic Architecture Leadership:", None),
            ("Leadership", Some(Section::Other)),
            ("ANALYTICS PROJECTS:", Some(Section::Projects)),
            // Activities of the same shape as jobs are not jobs.
            ("Extracurricular Activity", Some(Section::Other)),
            ("Volunteer Activity", Some(Section::Other)),
            // French, German, Spanish, Dutch, Italian and Portuguese
            // resumes: dates.rs reads their
            // months, so their headings are read too.
            ("Expérience professionnelle", Some(Section::Experience)),
            ("Etudes", Some(Section::Education)),
            ("BERUFSERFAHRUNG", Some(Section::Experience)),
            ("Berufliche Stationen", Some(Section::Experience)),
            ("Utbildningar och Kvalifikationer", Some(Section::Education)),
            ("BERUFLICHER HINTERGRUND", Some(Section::Experience)),
            ("Berufliche Weiterbildung", Some(Section::Education)),
            ("Formación académica", Some(Section::Education)),
            ("Werkervaring", Some(Section::Experience)),
            ("Opleiding", Some(Section::Education)),
            ("Esperienza professionale", Some(Section::Experience)),
            ("Formação académica", Some(Section::Education)),
            ("Compétences", Some(Section::Skills)),
            ("TECHNICAL STRENGTHS", Some(Section::Skills)),
            // Chinese: dates.rs reads "2015年3月" and "至今".
            ("工作经历", Some(Section::Experience)),
            ("经历", Some(Section::Experience)),
            ("实习/项目经历", Some(Section::Experience)),
            ("项目经验", Some(Section::Projects)),
            ("教育背景", Some(Section::Education)),
            ("IT 技能", Some(Section::Skills)),
            ("联系方式", Some(Section::Other)),
            ("上海交通大学", None),
            ("relevant experience includes", None),
            ("Senior Software Engineer", None),
            ("Skills: Python, Go, SQL", None),
            ("Experienced backend engineer", None),
            ("• Skills", None),
            // Sentence case: up to three words ending with the noun.
            ("Current positions", Some(Section::Experience)),
            ("Past experience", Some(Section::Experience)),
            ("Excellent communication skills", None),
            // The last word of a wrapped sentence.
            ("projects.", None),
            ("Experience designer", None),
        ];
        for (line, want) in cases {
            assert_eq!(heading_section(line), *want, "{line:?}");
        }
    }

    #[test]
    fn bullet_body_recognizes_marks() {
        let cases: &[(&str, Option<&str>)] = &[
            ("• Built APIs", Some("Built APIs")),
            ("◦ nested", Some("nested")),
            ("▪ square", Some("square")),
            ("▪\u{FE0F} emoji form", Some("emoji form")),
            ("- dash", Some("dash")),
            ("* star", Some("star")),
            ("\u{F0B7} symbol font", Some("symbol font")),
            ("\u{F0A7}wingdings", Some("wingdings")),
            ("1. First", Some("First")),
            ("12) Twelfth", Some("Twelfth")),
            ("o Development of KubeKit", Some("Development of KubeKit")),
            ("ó Developed a Web App", Some("Developed a Web App")),
            ("ó fue", None),
            ("o\tSetup of ECS", Some("Setup of ECS")),
            ("o and then", None),
            ("oracle DBA", None),
            ("-5% cost", None),
            ("2019 - 2021", None),
            ("3.5 GPA", None),
            ("Plain line", None),
        ];
        for (line, want) in cases {
            assert_eq!(bullet_body(line), *want, "{line:?}");
        }
    }

    #[test]
    fn list_lines_are_not_sentences() {
        let cases: &[(&str, bool)] = &[
            ("Languages: Go, Rust, SQL", true),
            ("Go, Python, Java, SQL", true),
            ("Docker | Kubernetes | Terraform", true),
            ("• Tech: Java, Spring", true),
            (
                "Built REST APIs in Go, Python and Java serving 1M users",
                false,
            ),
            (
                "Designed, built, and shipped the billing service used by 40 teams",
                false,
            ),
            ("Led the migration to Kubernetes", false),
            (
                "Dev Environment: Analytics environment based on Docker and AWS, standardized the Python and R dependencies.",
                false,
            ),
            (
                "Data Warehousing: Setup, schema design and management of Amazon Redshift. Built an internal app.",
                false,
            ),
            ("Cloud: AWS (EC2, S3, Lambda), GCP", true),
        ];
        for (line, want) in cases {
            assert_eq!(is_list_line(line), *want, "{line:?}");
        }
    }
}
