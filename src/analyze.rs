//! The analysis of one document against one role: checks 1–5 and the score.
//!
//! In: an extracted [`Document`] (and its file name and format, for the
//! report). Out: a [`Report`] with its findings settled (`.ats.toml` ignores
//! applied). Runs normalize → segment → match → checks → score; pure and
//! deterministic, no I/O.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap, HashSet};

use crate::candidate;
use crate::extract::text::split_lines;
use crate::extract::{Document, Format};
use crate::matcher::{FormKind, Hit, Matcher, Target};
use crate::normalize::{NormText, normalize};
use crate::quantify::is_quantified;
use crate::readability::{self, count_words};
use crate::report::{
    AcronymReport, AcronymSource, AvoidReport, BulletRef, Detail, HeadingRef, HiddenPart,
    KeywordReport, LayoutSummary, Occurrence, Page, Quantification, Report, RoleRef,
    SCHEMA_VERSION, VariantReport, settle,
};
use crate::roles::{AcronymPair, Role, Tier, Weights};
use crate::rules::{Code, Ignores, Severity};
use crate::score::{Counts, Match, credit, score};
use crate::segment::{Segments, segment};
use crate::tenure;
use crate::variants::Variants;
use crate::vocab::{Section, is_list_line};

/// Advice for an avoid term that has none in the data.
const DEFAULT_INSTEAD: &str = "Replace it with what you did and a measured result.";

/// Occurrences a report lists for one keyword or one term to avoid, and
/// bullets without a measure it lists; the counts stay exact. A real resume
/// is far below these; a file of one keyword a million times gets a report
/// of bounded size, so no process holds more than a few megabytes for it.
pub const MAX_LISTED: usize = 100;
pub const MAX_LISTED_BULLETS: usize = 500;
/// Characters of a listed bullet's text (the rest is `…`).
pub const MAX_BULLET_CHARS: usize = 400;
/// Characters of each piece of hidden text a page shows.
pub const MAX_HIDDEN_CHARS: usize = 2_000;

/// What the settings change about an analysis (`.ats.toml`).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Options {
    /// `[scoring]`: weights that replace the role's.
    pub weights: Option<Weights>,
    /// `[ignore]`: avoid terms not searched, findings silenced.
    pub ignores: Ignores,
    /// Build for one or a few documents: quicker to build, slower per
    /// document (see [`Matcher::for_few_searches`]).
    pub few_documents: bool,
    /// The month "Present" means in a resume's dates, as months since year
    /// 0; `None`: this month, from the clock.
    pub today: Option<i32>,
    /// Keep the analyzed text and where the report's places are in it
    /// ([`Detail::page`], for `--format html`).
    pub page: bool,
    /// Look for misspelt words ([`crate::spelling`]): on in `check` and
    /// `screen` unless turned off, off in `Options::default()`.
    pub spelling: bool,
}

/// A role compiled for analysis; build once, analyze many documents.
#[derive(Debug)]
pub struct Analyzer {
    role: Role,
    pairs: Vec<AcronymPair>,
    matcher: Matcher,
    variants: Variants,
    ignores: Ignores,
    today: i32,
    /// With the spelling check on: the role's own words, known to it.
    spelling: Option<HashSet<String>>,
    /// The role's entries ([`Role::entries`]) when it has a one-of group:
    /// computed once, folded per document.
    groups: Option<Vec<Vec<usize>>>,
    /// [`Options::page`].
    page: bool,
}

impl Analyzer {
    /// Compiles a role and the common acronym pairs.
    pub fn new(role: Role, pairs: Vec<AcronymPair>) -> Analyzer {
        Analyzer::with_options(role, pairs, Options::default())
    }

    /// Compiles a role with the settings' weights and ignores.
    pub fn with_options(mut role: Role, pairs: Vec<AcronymPair>, options: Options) -> Analyzer {
        if let Some(weights) = options.weights {
            role.weights = weights;
        }
        role.avoid.retain(|a| {
            let forms: Vec<&str> = std::iter::once(a.term.as_str())
                .chain(a.aliases.iter().map(String::as_str))
                .collect();
            !options.ignores.skips_avoid(&forms)
        });
        let matcher = if options.few_documents {
            Matcher::for_few_searches(&role, &pairs)
        } else {
            Matcher::new(&role, &pairs)
        };
        let variants = Variants::new(&role.keywords);
        let groups = role
            .keywords
            .iter()
            .any(|k| k.one_of.is_some())
            .then(|| role.entries());
        let spelling = options.spelling.then(|| {
            crate::spelling::prepare();
            let mut words = HashSet::new();
            for k in &role.keywords {
                let forms = std::iter::once(&k.term).chain(&k.aliases).chain(&k.acronym);
                for form in forms {
                    crate::spelling::add_words(&mut words, form);
                }
            }
            words
        });
        Analyzer {
            role,
            pairs,
            matcher,
            variants,
            ignores: options.ignores,
            page: options.page,
            today: options.today.unwrap_or_else(tenure::this_month),
            spelling,
            groups,
        }
    }

    pub fn role(&self) -> &Role {
        &self.role
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Analyzes one document.
    pub fn analyze(&self, file: &str, format: Format, doc: &Document) -> Report {
        let text = normalize(doc);
        let segments = segment(&text);
        let hits = self.matcher.find(&text);
        let words = count_words(&text);
        let mut readability = readability::check(doc, format, &text, &segments, words);
        let contact = candidate::contact_of(&text, &doc.links);
        let no_text = readability
            .iter()
            .any(|p| p.code == Code::NoText && p.severity == Severity::Error);
        if !no_text {
            let contact_missing = readability.iter().any(|p| p.code == Code::ContactMissing);
            readability.extend(candidate::findings(&contact, contact_missing));
        }

        // A keyword on a line of courses taken is not found.
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|h| {
                !(matches!(self.matcher.form(h).target, Target::Keyword(_))
                    && segments.courses[text.line_index(h.start)])
            })
            .collect();
        let mut by_target: HashMap<Target, Vec<Hit>> = HashMap::new();
        for hit in &hits {
            by_target
                .entry(self.matcher.form(hit).target)
                .or_default()
                .push(*hit);
        }
        let ctx = Context {
            text: &text,
            segments: &segments,
            matcher: &self.matcher,
            by_target,
            sources: Sources::new(doc),
            in_context: (0..text.lines.len()).map(|_| OnceCell::new()).collect(),
            columns: RefCell::new(HashMap::new()),
        };
        // The form an ATS fills (`ats parse`): its jobs give a keyword's
        // years and its bullets the writing checks, so the two agree.
        let form = (!no_text).then(|| {
            crate::parse::resume::read(&text, &segments, contact.candidate.clone(), &doc.stated)
        });
        // Dated jobs, read only when the role asks for years.
        let jobs = match &form {
            Some(form) if self.role.keywords.iter().any(|k| k.years.is_some()) => {
                tenure::jobs(&text, &segments, &form.work, self.today)
            }
            _ => Vec::new(),
        };
        let mut keywords = self.keywords(&ctx, &jobs);
        let avoid = self.avoid(&ctx, &hits);
        let acronyms = self.acronyms(&ctx, &mut keywords);
        self.variants(&ctx, &mut keywords);
        let quantification = quantification(&ctx);

        let weights = &self.role.weights;
        let mut counts = Counts {
            no_text,
            statements: quantification.bullets,
            quantified: quantification.quantified,
            avoid_distinct: avoid.iter().map(|a| &a.term).collect::<BTreeSet<_>>().len(),
            ..Counts::default()
        };
        for k in &mut keywords {
            let list_only = k.found && !k.in_context;
            k.credit = credit(k.how, list_only, k.one_form, weights);
        }
        let keywords = self.fold_groups(keywords);
        for k in &keywords {
            let (earned, total) = match k.tier {
                Tier::MustHave => (&mut counts.must_credit, &mut counts.must_total),
                Tier::Strong => (&mut counts.strong_credit, &mut counts.strong_total),
            };
            *total += k.weight;
            *earned += k.weight * k.credit;
        }
        let score = score(&counts, weights);

        let writing = if let Some(form) = &form {
            let mut writing = crate::writing::check(&text, &segments, form, doc.pages, self.today);
            if let Some(words) = &self.spelling {
                writing.extend(crate::spelling::check(&text, &segments, words));
            }
            // A weak opener the role's avoid terms already report on
            // that line ("Responsible for") is said once, as the avoid
            // term.
            writing.retain(|p| {
                p.code != crate::writing::Code::WeakOpener
                    || !avoid
                        .iter()
                        .any(|a| a.line == p.line && a.text.eq_ignore_ascii_case(&p.subject))
            });
            writing
        } else {
            Vec::new()
        };
        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            file: file.to_owned(),
            format,
            role: RoleRef {
                id: self.role.id.clone(),
                name: self.role.name.clone(),
                source: self.role.source,
                jd: self.role.jd.clone(),
            },
            score: score.value,
            parts: score.parts,
            keywords,
            avoid,
            acronyms,
            quantification,
            readability,
            writing,
            words,
            pages: doc.pages,
            headings: segments
                .headings
                .iter()
                .map(|&(i, section)| HeadingRef {
                    line: text.lines[i].source_line,
                    text: text.lines[i].text.trim().to_owned(),
                    section,
                })
                .collect(),
            layout: doc.layout.as_ref().map(LayoutSummary::of),
            candidate: contact.candidate,
            ignored: 0,
            rank: None,
            duplicates: Vec::new(),
            status: None,
            group: Vec::new(),
            reasons: Vec::new(),
            detail: Detail {
                findings: Vec::new(),
                weights: *weights,
                counts,
                page: None,
            },
            change: None,
        };
        settle(&mut report, &self.ignores);
        if self.page {
            report.detail.page = Some(Box::new(page(&report, &text, doc)));
        }
        report
    }

    fn keywords(&self, ctx: &Context<'_>, jobs: &[tenure::Job]) -> Vec<KeywordReport> {
        self.role
            .keywords
            .iter()
            .enumerate()
            .map(|(i, keyword)| {
                let mine = ctx.hits_of(Target::Keyword(i));
                let mut forms: Vec<String> = Vec::new();
                for hit in mine {
                    let form = &ctx.matcher.form(hit).text;
                    if !forms.contains(form) {
                        forms.push(form.clone());
                    }
                }
                let occurrences: Vec<Occurrence> = mine
                    .iter()
                    .take(MAX_LISTED)
                    .map(|h| ctx.occurrence(h))
                    .collect();
                let in_context = mine.iter().any(|h| ctx.in_context(h));
                let alternatives = keyword
                    .acronym
                    .iter()
                    .chain(&keyword.aliases)
                    .cloned()
                    .collect();
                KeywordReport {
                    term: keyword.term.clone(),
                    tier: keyword.tier,
                    found: !mine.is_empty(),
                    how: if mine.is_empty() {
                        Match::Missing
                    } else {
                        Match::Exact
                    },
                    count: mine.len(),
                    forms,
                    in_context,
                    credit: 0.0,
                    occurrences,
                    variants: Vec::new(),
                    weight: keyword.weight,
                    alternatives,
                    years: keyword.years,
                    years_shown: keyword.years.and_then(|_| {
                        let lines: Vec<usize> =
                            mine.iter().map(|h| ctx.text.line_index(h.start)).collect();
                        tenure::years_in(jobs, &lines)
                    }),
                    one_of: Vec::new(),
                    one_form: false,
                }
            })
            .collect()
    }

    /// One report per entry of the role: the members of a one-of group
    /// ("Go or Java") become their best member (most credit, then the first),
    /// listing the group, so the group counts once.
    fn fold_groups(&self, keywords: Vec<KeywordReport>) -> Vec<KeywordReport> {
        let Some(entries) = &self.groups else {
            return keywords;
        };
        let mut slots: Vec<Option<KeywordReport>> = keywords.into_iter().map(Some).collect();
        let mut out = Vec::with_capacity(entries.len());
        for entry in entries {
            if let [only] = entry[..] {
                out.extend(slots[only].take());
                continue;
            }
            let names: Vec<String> = entry
                .iter()
                .map(|&i| self.role.keywords[i].term.clone())
                .collect();
            let mut members: Vec<KeywordReport> =
                entry.iter().filter_map(|&i| slots[i].take()).collect();
            // The first member with the most credit; a stable sort keeps file order.
            members.sort_by(|a, b| b.credit.total_cmp(&a.credit));
            if let Some(mut best) = members.into_iter().next() {
                best.one_of = names;
                out.push(best);
            }
        }
        out
    }

    /// Marks the keywords with no exact form that the resume states in
    /// other words ([`Variants`]), with where and how.
    fn variants(&self, ctx: &Context<'_>, keywords: &mut [KeywordReport]) {
        let missing = |i: usize| keywords[i].how == Match::Missing;
        let places = self
            .variants
            .find(ctx.text, &missing, &ctx.segments.courses);
        for place in places {
            let index = ctx.text.line_index(place.start);
            let line = &ctx.text.lines[index];
            let text = &ctx.text.text[place.start..place.end];
            let offset = place.start - ctx.text.line_range(index).start;
            let first_line = text.split('\n').next().unwrap_or(text);
            let k = &mut keywords[place.keyword];
            k.how = Match::Variant;
            k.count += 1;
            k.in_context |= ctx.in_context_at(index);
            k.variants.push(VariantReport {
                line: line.source_line,
                section: ctx.segments.sections[index],
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
                how: place.how,
                column: ctx.column(index, offset, first_line),
                file: ctx.sources.file_name(line.source_file),
                bytes: place.start..place.end,
            });
        }
    }

    fn avoid(&self, ctx: &Context<'_>, hits: &[Hit]) -> Vec<AvoidReport> {
        let mut listed: HashMap<usize, usize> = HashMap::new();
        hits.iter()
            .filter_map(|hit| match ctx.matcher.form(hit).target {
                Target::Avoid(i) => {
                    let n = listed.entry(i).or_default();
                    *n += 1;
                    if *n > MAX_LISTED {
                        return None;
                    }
                    let term = &self.role.avoid[i];
                    let occurrence = ctx.occurrence(hit);
                    Some(AvoidReport {
                        term: term.term.clone(),
                        line: occurrence.line,
                        text: occurrence.text,
                        instead: term
                            .instead
                            .clone()
                            .unwrap_or_else(|| DEFAULT_INSTEAD.to_owned()),
                        column: occurrence.column,
                        file: occurrence.file,
                        bytes: occurrence.bytes,
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The acronym entries; marks the keywords found with one form only.
    fn acronyms(&self, ctx: &Context<'_>, keywords: &mut [KeywordReport]) -> Vec<AcronymReport> {
        let mut out = Vec::new();
        let mut covered: BTreeSet<String> = BTreeSet::new();
        for (i, keyword) in self.role.keywords.iter().enumerate() {
            let Some(acronym) = &keyword.acronym else {
                continue;
            };
            covered.insert(acronym.to_lowercase());
            covered.insert(keyword.term.to_lowercase());
            if !keywords[i].found {
                continue;
            }
            let (acronym_found, full_found) = ctx.forms_seen(Target::Keyword(i));
            keywords[i].one_form = !(acronym_found && full_found);
            let at = ctx.first_form(Target::Keyword(i), acronym_found && !full_found);
            out.push(AcronymReport {
                term: keyword.term.clone(),
                acronym: acronym.clone(),
                acronym_found,
                full_found,
                source: AcronymSource::Role,
                line: at.as_ref().map(|o| o.line),
                column: at.as_ref().and_then(|o| o.column),
                file: at.and_then(|o| o.file),
            });
        }
        for (i, pair) in self.pairs.iter().enumerate() {
            if covered.contains(&pair.acronym.to_lowercase())
                || covered.contains(&pair.term.to_lowercase())
            {
                continue;
            }
            let (acronym_found, full_found) = ctx.forms_seen(Target::Pair(i));
            if acronym_found || full_found {
                let at = ctx.first_form(Target::Pair(i), acronym_found && !full_found);
                out.push(AcronymReport {
                    term: pair.term.clone(),
                    acronym: pair.acronym.clone(),
                    acronym_found,
                    full_found,
                    source: AcronymSource::Common,
                    line: at.as_ref().map(|o| o.line),
                    column: at.as_ref().and_then(|o| o.column),
                    file: at.and_then(|o| o.file),
                });
            }
        }
        out
    }
}

/// What the per-hit helpers need to see.
///
/// What the helpers work out for a line is kept, so that no work is done
/// once per hit over a whole line: a resume with one long line of keywords
/// is analyzed in time linear in its length.
struct Context<'a> {
    text: &'a NormText,
    segments: &'a Segments,
    matcher: &'a Matcher,
    /// The hits of each keyword, avoid term and acronym pair, in text order.
    by_target: HashMap<Target, Vec<Hit>>,
    sources: Sources<'a>,
    /// Whether each line is a sentence or bullet in context, once asked.
    in_context: Vec<OnceCell<bool>>,
    /// Where a needle is written on a line: in the normalized text (byte
    /// offsets) and in the source (columns), by (line index, needle).
    columns: RefCell<HashMap<(usize, String), Columns>>,
}

/// The occurrences of one needle on one line.
struct Columns {
    /// Byte offsets in the normalized line.
    normalized: Vec<usize>,
    /// 1-based columns, in characters, in the source line.
    source: Vec<u32>,
}

/// The lines of the files a source document came from, to give findings
/// a column and the name of an included file.
struct Sources<'a> {
    files: Vec<(&'a str, Vec<&'a str>)>,
}

impl<'a> Sources<'a> {
    fn new(doc: &'a Document) -> Sources<'a> {
        Sources {
            files: doc
                .sources
                .iter()
                .map(|s| (s.path.as_str(), split_lines(&s.text)))
                .collect(),
        }
    }

    /// The raw text of a source line, when the document has sources.
    fn line(&self, file: u16, line: u32) -> Option<&'a str> {
        let (_, lines) = self.files.get(usize::from(file))?;
        lines.get((line as usize).checked_sub(1)?).copied()
    }

    /// The name of an included file (none for the input itself).
    fn file_name(&self, file: u16) -> Option<String> {
        if file == 0 {
            return None;
        }
        self.files
            .get(usize::from(file))
            .map(|(p, _)| (*p).to_owned())
    }
}

impl Context<'_> {
    fn hits_of(&self, target: Target) -> &[Hit] {
        self.by_target.get(&target).map_or(&[], Vec::as_slice)
    }

    fn occurrence(&self, hit: &Hit) -> Occurrence {
        let index = self.text.line_index(hit.start);
        let line = &self.text.lines[index];
        let found = &self.text.text[hit.start..hit.end];
        let offset = hit.start - self.text.line_range(index).start;
        let first_line = found.split('\n').next().unwrap_or(found);
        Occurrence {
            line: line.source_line,
            section: self.segments.sections[index],
            text: found.split_whitespace().collect::<Vec<_>>().join(" "),
            column: self.column(index, offset, first_line),
            file: self.sources.file_name(line.source_file),
            bytes: hit.start..hit.end,
        }
    }

    /// The column where `needle`, found at byte `offset` of normalized line
    /// `index`, is written in the source line: the same match counted from
    /// the left, compared case-insensitively on word boundaries. None when
    /// the source writes it differently (markup inside the words, an
    /// escaped character) or the document has no source text.
    fn column(&self, index: usize, offset: usize, needle: &str) -> Option<u32> {
        let line = &self.text.lines[index];
        let raw = self.sources.line(line.source_file, line.source_line)?;
        let mut columns = self.columns.borrow_mut();
        let found = columns
            .entry((index, needle.to_owned()))
            .or_insert_with(|| Columns {
                normalized: find_words(&line.text, needle),
                source: char_columns(raw, &find_words(raw, needle)),
            });
        let nth = found.normalized.partition_point(|&start| start < offset);
        found.source.get(nth).or(found.source.first()).copied()
    }

    /// The first occurrence of a target: of its acronym when `acronym`,
    /// else of its full term (or any form, when that one is absent).
    fn first_form(&self, target: Target, acronym: bool) -> Option<Occurrence> {
        let hits = self.hits_of(target);
        let wanted = |h: &&Hit| (self.matcher.form(h).kind == FormKind::Acronym) == acronym;
        let hit = hits.iter().find(wanted).or(hits.first())?;
        Some(self.occurrence(hit))
    }

    /// In a sentence or bullet of Summary, Experience or Projects (or a
    /// sentence above the first heading, where untitled summaries sit), not
    /// in a list of skills.
    fn in_context(&self, hit: &Hit) -> bool {
        self.in_context_at(self.text.line_index(hit.start))
    }

    /// Whether line `index` is a sentence or bullet in context.
    fn in_context_at(&self, index: usize) -> bool {
        *self.in_context[index].get_or_init(|| {
            let line = &self.text.lines[index].text;
            if is_list_line(line) {
                return false;
            }
            match self.segments.sections[index] {
                Section::Summary | Section::Experience | Section::Projects => true,
                // Elsewhere a sentence counts too ("Proficient in building
                // REST APIs in Go and deploying them on Kubernetes"), a
                // course title never.
                Section::Coursework => false,
                _ => is_sentence(line),
            }
        })
    }

    /// (acronym seen, full form seen) for a target. An acronym defined in
    /// the text — "Amazon Web Services (AWS)", "CI/CD (continuous
    /// integration and delivery)" — counts as both.
    fn forms_seen(&self, target: Target) -> (bool, bool) {
        let mut acronym = false;
        let mut full = false;
        for hit in self.hits_of(target) {
            match self.matcher.form(hit).kind {
                FormKind::Acronym => {
                    acronym = true;
                    if defined(&self.text.text, hit.start, hit.end) {
                        full = true;
                    }
                }
                FormKind::Term | FormKind::Alias => full = true,
            }
        }
        (acronym, full)
    }
}

/// The 1-based columns, in characters, of byte offsets `starts` (sorted) in
/// `line`, counted in one pass.
fn char_columns(line: &str, starts: &[usize]) -> Vec<u32> {
    let mut out = Vec::with_capacity(starts.len());
    let mut chars = line.char_indices().enumerate().peekable();
    for &start in starts {
        while chars.next_if(|(_, (byte, _))| *byte < start).is_some() {}
        let column = chars
            .peek()
            .map_or_else(|| line.chars().count(), |(n, _)| *n);
        out.push(u32::try_from(column + 1).unwrap_or(u32::MAX));
    }
    out
}

/// Byte offsets in `hay` where `needle` starts, compared case-insensitively
/// and only where it is not part of a longer word.
fn find_words(hay: &str, needle: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut starts = Vec::new();
    if needle.is_empty() {
        return starts;
    }
    for (i, _) in hay.char_indices() {
        if word(hay[..i].chars().next_back()) && word(needle.chars().next()) {
            continue;
        }
        let mut rest = hay[i..].chars();
        let same = needle.chars().all(|n| {
            rest.next()
                .is_some_and(|h| h == n || h.to_lowercase().eq(n.to_lowercase()))
        });
        if same && !(word(rest.next()) && word(needle.chars().next_back())) {
            starts.push(i);
        }
    }
    starts
}

/// Small words skipped when reading initials ("Department of Defense").
const INITIALS_SKIP: &[&str] = &["and", "of", "the", "for", "to", "in", "on", "&", "a"];

/// Whether the acronym at `start..end` is defined next to it: followed by a
/// parenthesized expansion, or in parentheses after words whose initials
/// spell it.
fn defined(text: &str, start: usize, end: usize) -> bool {
    let acronym = &text[start..end];
    let after = text[end..].trim_start_matches([' ', '\n']);
    if let Some(inside) = after.strip_prefix('(')
        && let Some(close) = inside.find(')')
        && close <= 100
    {
        let words = inside[..close].split_whitespace().count();
        if words >= 2 {
            return true;
        }
    }
    let before = text[..start].trim_end_matches([' ', '\n']);
    if let Some(prefix) = before.strip_suffix('(')
        && text[end..].starts_with(')')
    {
        let window_start = prefix.len().saturating_sub(120);
        let window_start = (window_start..=prefix.len())
            .find(|&i| prefix.is_char_boundary(i))
            .unwrap_or(prefix.len());
        let words: Vec<&str> = prefix[window_start..]
            .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
            .filter(|w| !w.is_empty() && !INITIALS_SKIP.contains(&w.to_lowercase().as_str()))
            .collect();
        let letters: Vec<char> = acronym
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        // Loose on purpose: "continuous integration and delivery (CI/CD)"
        // spells C, I, D. The last word must give the last letter and a word
        // in reach the first one.
        if let (Some(&first), Some(&last)) = (letters.first(), letters.last())
            && letters.len() >= 2
            && words.len() >= 2
        {
            let reach = letters.len().min(words.len());
            let initials: Vec<char> = words[words.len() - reach..]
                .iter()
                .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
                .map(|c| c.to_ascii_lowercase())
                .collect();
            return initials.last() == Some(&last) && initials.contains(&first);
        }
    }
    false
}

/// A line that reads as a sentence: eight words or more, with words in
/// lowercase beyond connectors (not a title, not a list).
fn is_sentence(line: &str) -> bool {
    let body = crate::vocab::bullet_body(line).unwrap_or(line);
    let words: Vec<&str> = body.split_whitespace().collect();
    let lowercase = words
        .iter()
        .filter(|w| w.len() > 3 && w.starts_with(char::is_lowercase))
        .count();
    words.len() >= 8 && lowercase >= 2
}

/// The text of a settled report as analyzed, with its marks and the
/// document's hidden text ([`Page`]).
fn page(report: &Report, text: &NormText, doc: &Document) -> Page {
    let lines = (0..text.lines.len())
        .map(|i| (text.line_range(i).start, text.lines[i].source_line))
        .collect();
    // Bounded as the report's lists are: a page of hidden stuffing shows
    // enough of it to be seen.
    let hidden = doc
        .hidden
        .iter()
        .take(MAX_LISTED)
        .map(|h| HiddenPart {
            text: clip(&h.text, MAX_HIDDEN_CHARS),
            how: h.how.describe().to_owned(),
            page: h.page,
        })
        .collect();
    Page::of(report, text.text.clone(), lines, hidden)
}

/// `text` cut to `max` characters, with `…` when cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// Bullets of Experience and Projects and how many state a measure. When the
/// resume has neither heading, every bullet outside Skills, Education and
/// Certifications counts, so an unusual layout is not scored as "no bullets".
fn quantification(ctx: &Context<'_>) -> Quantification {
    let (text, segments) = (ctx.text, ctx.segments);
    let scoped =
        segments.has_section(Section::Experience) || segments.has_section(Section::Projects);
    let mut q = Quantification::default();
    for bullet in &segments.statements {
        let counted = if scoped {
            matches!(bullet.section, Section::Experience | Section::Projects)
        } else {
            !matches!(
                bullet.section,
                Section::Skills | Section::Education | Section::Certifications
            )
        };
        if !counted || bullet.text.is_empty() {
            continue;
        }
        q.bullets += 1;
        if is_quantified(&bullet.text) {
            q.quantified += 1;
        } else if q.unquantified.len() < MAX_LISTED_BULLETS {
            let line = &text.lines[bullet.line];
            let first_word = bullet.text.split_whitespace().next().unwrap_or("");
            let offset = line.text.find(first_word).unwrap_or(0);
            q.unquantified.push(BulletRef {
                line: line.source_line,
                text: clip(&bullet.text, MAX_BULLET_CHARS),
                column: ctx.column(bullet.line, offset, first_word),
                file: ctx.sources.file_name(line.source_file),
                index: bullet.line,
            });
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::{Shared, load_role};

    fn analyze(lines: &[&str]) -> Report {
        let shared = Shared::builtin().expect("shared data");
        let role = load_role(
            "t",
            "t.toml",
            "name = \"T\"\nextends = [\"generic\"]\n[[must_have]]\nterm = \"Kubernetes\"\n[[strong]]\nterm = \"Amazon Web Services\"\nacronym = \"AWS\"\n",
            &shared,
        )
        .expect("role");
        let doc = Document::from_lines(lines.iter().copied());
        Analyzer::new(role, shared.acronyms).analyze("cv.txt", Format::Text, &doc)
    }

    #[test]
    fn check_and_the_parse_read_the_same_jobs_and_bullets() {
        let shared = Shared::builtin().expect("shared data");
        let role = load_role(
            "t",
            "t.toml",
            "name = \"T\"\n[[must_have]]\nterm = \"Kubernetes\"\nyears = 3\n",
            &shared,
        )
        .expect("role");
        let lines = [
            "Experience",
            // A job header written as a bullet, and a season range: both
            // jobs for the parse, so both for the years and the statements.
            "• Platform Engineer, Acme — Jan 2019 – Dec 2021",
            "• Ran Kubernetes clusters for 40 teams",
            "• Wrote the runbooks of the on-call rotation",
            "Intern, Globex",
            "Summer 2017 – Fall 2017",
            "• Kept Kubernetes jobs green for the data team",
        ];
        let doc = Document::from_lines(lines.iter().copied());
        let report = Analyzer::new(role, shared.acronyms).analyze("cv.txt", Format::Text, &doc);
        let text = normalize(&doc);
        let segments = segment(&text);
        let form = crate::parse::resume::parse(&text, &segments);
        assert_eq!(form.work.len(), 2, "{:?}", form.work);
        assert_eq!(form.work[0].highlights.len(), 2);
        // The header is no statement without a measured result.
        let q = &report.quantification;
        assert_eq!(q.bullets, 3, "{q:?}");
        let statements: Vec<usize> = segments.statements.iter().map(|b| b.line).collect();
        let highlights: Vec<usize> = form
            .work
            .iter()
            .flat_map(|w| w.bullet_lines.clone())
            .collect();
        assert_eq!(statements, highlights);
        // Jan 2019 – Dec 2021 (36 months) and Summer – Fall 2017 (June to
        // November: 6 months).
        assert_eq!(report.keywords[0].years_shown, Some(3.5));
    }

    #[test]
    fn skills_section_numbers_and_bullets_do_not_count_as_results() {
        let report = analyze(&[
            "Experience",
            "• Migrated 40 services to Kubernetes",
            "• Improved the deployment process",
            "Skills",
            "• Kubernetes (5 years), AWS: 12 certifications, 99% uptime tooling",
        ]);
        let q = &report.quantification;
        assert_eq!((q.bullets, q.quantified), (2, 1), "{q:?}");
        assert_eq!(q.unquantified[0].line, 3);
    }

    #[test]
    fn a_report_lists_a_bounded_number_of_occurrences_with_exact_counts() {
        let line = "Kubernetes team player ".repeat(3 * MAX_LISTED);
        let bullet = format!("• Ran {}", "builds ".repeat(MAX_BULLET_CHARS));
        let mut lines = vec!["Experience".to_owned(), line];
        lines.extend(std::iter::repeat_n(bullet, MAX_LISTED_BULLETS + 7));
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let report = analyze(&lines);
        let k = &report.keywords[0];
        assert_eq!((k.count, k.occurrences.len()), (3 * MAX_LISTED, MAX_LISTED));
        assert_eq!(
            report.avoid.len(),
            MAX_LISTED,
            "one term, listed at most {MAX_LISTED} times"
        );
        let q = &report.quantification;
        assert_eq!(q.bullets, MAX_LISTED_BULLETS + 7, "the count stays exact");
        assert_eq!(q.unquantified.len(), MAX_LISTED_BULLETS);
        let text = &q.unquantified[0].text;
        assert_eq!(text.chars().count(), MAX_BULLET_CHARS + 1, "cut, with …");
        assert!(text.ends_with('…'));
    }

    #[test]
    fn keywords_only_in_skills_lists_are_not_in_context() {
        let report = analyze(&[
            "Summary",
            "Backend engineer.",
            "Skills",
            "Kubernetes, AWS, Docker",
        ]);
        let k = &report.keywords[0];
        assert!(k.found && !k.in_context, "{k:?}");
        let report = analyze(&["Experience", "• Ran Kubernetes clusters for payments"]);
        assert!(report.keywords[0].in_context);
    }

    #[test]
    fn acronym_defined_in_text_shows_both_forms_and_avoid_terms_have_advice() {
        let report = analyze(&[
            "Summary",
            "Team player who ships on AWS (Amazon Web Services).",
        ]);
        let a = &report.acronyms[0];
        assert!(a.acronym_found && a.full_found, "{a:?}");
        assert_eq!(report.avoid[0].term, "team player");
        assert_eq!(report.avoid[0].line, 2);
        assert!(!report.avoid[0].instead.is_empty());
        let report = analyze(&["Summary", "Ships on AWS every day."]);
        let a = &report.acronyms[0];
        assert!(a.acronym_found && !a.full_found, "{a:?}");
    }

    #[test]
    fn source_findings_carry_the_column_as_written() {
        let shared = Shared::builtin().expect("shared data");
        let role = load_role(
            "t",
            "t.toml",
            "name = \"T\"\nextends = [\"generic\"]\n[[strong]]\nterm = \"Amazon Web Services\"\nacronym = \"AWS\"\n",
            &shared,
        )
        .expect("role");
        let src = "# Jane\n\n## Experience\n\n* **Team player** on AWS, a *team player* on aws\n* Ran the `AWS` team\n";
        let doc = crate::extract::source::markdown::extract(src.as_bytes()).expect("markdown");
        let report = Analyzer::new(role, shared.acronyms).analyze("cv.md", Format::Markdown, &doc);
        let avoid: Vec<(u32, Option<u32>)> =
            report.avoid.iter().map(|a| (a.line, a.column)).collect();
        assert_eq!(avoid, vec![(5, Some(5)), (5, Some(30))]);
        let aws = &report.keywords[0].occurrences;
        let at: Vec<(u32, Option<u32>)> = aws.iter().map(|o| (o.line, o.column)).collect();
        assert_eq!(at, vec![(5, Some(22)), (5, Some(46)), (6, Some(12))]);
        assert_eq!(
            (report.acronyms[0].line, report.acronyms[0].column),
            (Some(5), Some(22))
        );
        let bullet = &report.quantification.unquantified[0];
        assert_eq!((bullet.line, bullet.column), (5, Some(5)));
    }

    #[test]
    fn find_words_respects_word_boundaries_and_case() {
        assert_eq!(find_words("Go, go-to, going, GO", "go"), vec![0, 4, 18]);
        assert_eq!(find_words("C++ and C", "C++"), vec![0]);
        assert_eq!(find_words("Écoles école", "école"), vec![8]);
        assert_eq!(find_words("ÉCOLE", "école"), vec![0]);
        assert!(find_words("anything", "").is_empty());
    }

    #[test]
    fn acronym_definitions_count_as_both_forms() {
        let cases: &[(&str, &str, bool)] = &[
            ("AWS (Amazon Web Services) on EC2", "AWS", true),
            ("Amazon Web Services (AWS)", "AWS", true),
            ("continuous integration and delivery (CI/CD)", "CI/CD", true),
            ("Department of Defense (DoD)", "DoD", true),
            ("built pipelines (CI/CD)", "CI/CD", false),
            ("AWS (EC2)", "AWS", false),
            ("AWS", "AWS", false),
        ];
        for (text, acronym, want) in cases {
            let start = text.find(acronym).expect("acronym in text");
            assert_eq!(defined(text, start, start + acronym.len()), *want, "{text}");
        }
    }
}
