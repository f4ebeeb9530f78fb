//! Settings: the command line's flags and `.ats.toml`, merged and checked
//! before any input is read.
//!
//! In: [`Flags`], what the binary's command line parsed (the library knows
//! no command-line parser), and the `.ats.toml` found from the current
//! folder ([`mod@file`]). Out: one [`Settings`] value, or a [`SetupError`] that
//! lists every problem. Flags win over the file; `--role` or `--jd` replace
//! the file's target as a whole; paths in the file are relative to it.
//! Nothing here reads a resume, a role file or a job description: that is
//! [`crate::app`]'s job, with these settings.

pub mod file;

use std::path::{Path, PathBuf};

use crate::analyze::Options;
use crate::exit::SetupError;
use crate::extract::Limits;

pub use file::{Config, ConfigError, FILE_NAME, discover};

/// Which `.ats.toml` to read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ConfigChoice {
    /// The one in the current folder or a parent, up to the repository root.
    #[default]
    Discover,
    /// `--config FILE`.
    File(PathBuf),
    /// `--no-config`.
    Ignore,
}

/// What to check resumes against, as the flags name it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TargetFlags {
    /// `--role`, repeatable; `all` ranks every role.
    pub roles: Vec<String>,
    /// `--keywords`: a role file or a folder of them.
    pub keywords: Option<PathBuf>,
    /// `--jd`, repeatable.
    pub jds: Vec<PathBuf>,
}

/// The output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Text,
    Json,
    Sarif,
    Github,
    Html,
}

impl CheckFormat {
    /// The names `--format` and `.ats.toml` take, in order.
    pub const NAMES: [&'static str; 5] = ["text", "json", "sarif", "github", "html"];

    pub fn parse(name: &str) -> Option<CheckFormat> {
        match name {
            "text" => Some(CheckFormat::Text),
            "json" => Some(CheckFormat::Json),
            "sarif" => Some(CheckFormat::Sarif),
            "github" => Some(CheckFormat::Github),
            "html" => Some(CheckFormat::Html),
            _ => None,
        }
    }
}

/// The output formats of `screen`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScreenFormat {
    Table,
    Csv,
    Jsonl,
    Html,
}

/// `ats check` as the command line gives it.
#[derive(Clone, Debug)]
pub struct CheckFlags {
    pub files: Vec<PathBuf>,
    pub target: TargetFlags,
    pub format: Option<CheckFormat>,
    /// `-o FILE`: the output, written whole or not at all.
    pub output: Option<PathBuf>,
    pub fail_under: Option<u32>,
    pub require_must_have: bool,
    pub baseline: Option<PathBuf>,
    pub fail_on_regression: bool,
    pub exit_zero: bool,
    /// `--no-spelling`: no spelling check.
    pub no_spelling: bool,
    pub config: ConfigChoice,
    pub limits: Limits,
}

/// `ats screen` as the command line gives it.
#[derive(Clone, Debug)]
pub struct ScreenFlags {
    pub paths: Vec<PathBuf>,
    pub files_from: Option<PathBuf>,
    pub target: TargetFlags,
    pub format: ScreenFormat,
    pub unordered: bool,
    pub output: Option<PathBuf>,
    /// Continue a run that was killed, from the state beside `output`.
    pub resume: bool,
    pub top: Option<usize>,
    pub filters: Filters,
    /// Group the files of one person under their best one.
    pub group: bool,
    /// The table with every column and full cells.
    pub wide: bool,
    pub jobs: Option<usize>,
    pub quiet: bool,
    /// `--no-spelling`: no spelling check.
    pub no_spelling: bool,
    pub config: ConfigChoice,
    pub limits: Limits,
}

/// Which screened files a ranking keeps (`--min-score`, `--require-must-have`,
/// `--require`); the rest are counted, never silently lost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub min_score: Option<u32>,
    pub require_must_have: bool,
    /// Keywords of the role every kept file has, as the user wrote them.
    pub require: Vec<String>,
}

impl Filters {
    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        self.min_score.is_some() || self.require_must_have || !self.require.is_empty()
    }
}

/// `ats extract`.
#[derive(Clone, Debug)]
pub struct ExtractFlags {
    pub file: PathBuf,
    pub line_numbers: bool,
    /// Show the layout stage's decisions instead of the text.
    pub layout: bool,
    pub limits: Limits,
}

/// `ats parse`.
#[derive(Clone, Debug)]
pub struct ParseFlags {
    pub file: PathBuf,
    /// JSON Resume instead of the text form.
    pub json: bool,
    pub limits: Limits,
}

/// `ats roles ...`.
#[derive(Clone, Debug)]
pub enum RolesFlags {
    List {
        json: bool,
        keywords: Option<PathBuf>,
    },
    Show {
        id: String,
        keywords: Option<PathBuf>,
    },
    Lint {
        paths: Vec<PathBuf>,
    },
    /// Every role ranked for resumes: `check --role all`.
    Match {
        files: Vec<PathBuf>,
        keywords: Option<PathBuf>,
        format: CheckFormat,
        limits: Limits,
    },
    FromJd {
        file: PathBuf,
        limits: Limits,
    },
}

/// A command as the command line gives it.
#[derive(Clone, Debug)]
pub enum Flags {
    Check(CheckFlags),
    Screen(ScreenFlags),
    Extract(ExtractFlags),
    Parse(ParseFlags),
    Roles(RolesFlags),
}

/// What to check against, with paths resolved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TargetSpec {
    /// Role ids (never `all`).
    pub roles: Vec<String>,
    /// `--role all`: every role, ranked; nothing else may be named.
    pub all: bool,
    pub keywords: Option<PathBuf>,
    pub jds: Vec<PathBuf>,
}

/// What makes `check` exit 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gates {
    pub fail_under: Option<u32>,
    pub require_must_have: bool,
    pub fail_on_regression: bool,
    /// Report gate failures but exit 0.
    pub exit_zero: bool,
}

/// `check` (and `roles match`), ready to run.
#[derive(Clone, Debug)]
pub struct Check {
    pub files: Vec<PathBuf>,
    pub targets: TargetSpec,
    pub format: CheckFormat,
    /// `-o FILE` (none is standard output).
    pub output: Option<PathBuf>,
    pub gates: Gates,
    pub baseline: Option<PathBuf>,
    /// `[scoring]` and `[ignore]` of `.ats.toml`.
    pub analysis: Options,
    pub limits: Limits,
    /// Where LaTeX `\input`s may come from: the folder of the `.ats.toml`
    /// in use (the repository root), else each resume's own folder.
    pub include_root: Option<PathBuf>,
}

/// `screen`, ready to run.
#[derive(Clone, Debug)]
pub struct Screen {
    pub paths: Vec<PathBuf>,
    pub files_from: Option<PathBuf>,
    pub targets: TargetSpec,
    pub format: ScreenFormat,
    pub unordered: bool,
    /// `-o FILE` (`-` and none are standard output).
    pub output: Option<PathBuf>,
    /// `--resume`: continue from the state an earlier run of `output` left.
    pub resume: bool,
    pub top: Option<usize>,
    pub filters: Filters,
    /// Group the files of one person under their best one.
    pub group: bool,
    /// The table with every column and full cells.
    pub wide: bool,
    /// Files read at once (at least 1).
    pub jobs: usize,
    pub quiet: bool,
    pub analysis: Options,
    pub limits: Limits,
    /// As for [`Check::include_root`].
    pub include_root: Option<PathBuf>,
}

/// `roles list | show | lint | from-jd`, ready to run.
#[derive(Clone, Debug)]
pub enum Roles {
    List {
        json: bool,
        keywords: Option<PathBuf>,
    },
    Show {
        id: String,
        keywords: Option<PathBuf>,
    },
    Lint {
        paths: Vec<PathBuf>,
    },
    FromJd {
        file: PathBuf,
        limits: Limits,
    },
}

/// A command, ready to run.
#[derive(Clone, Debug)]
pub enum Settings {
    Check(Check),
    Screen(Screen),
    Extract(ExtractFlags),
    Parse(ParseFlags),
    Roles(Roles),
}

/// Merges the flags with `.ats.toml` (found from the current folder) and
/// checks them. Reads nothing but the settings file.
pub fn settings(flags: Flags) -> Result<Settings, SetupError> {
    match flags {
        Flags::Check(flags) => check(flags).map(Settings::Check),
        Flags::Screen(flags) => screen(flags).map(Settings::Screen),
        Flags::Extract(flags) => Ok(Settings::Extract(flags)),
        Flags::Parse(flags) => Ok(Settings::Parse(flags)),
        Flags::Roles(RolesFlags::Match {
            files,
            keywords,
            format,
            limits,
        }) => Ok(Settings::Check(Check {
            files,
            targets: TargetSpec {
                all: true,
                keywords,
                ..TargetSpec::default()
            },
            format,
            output: None,
            gates: Gates::default(),
            baseline: None,
            analysis: Options::default(),
            limits,
            include_root: None,
        })),
        Flags::Roles(RolesFlags::List { json, keywords }) => {
            Ok(Settings::Roles(Roles::List { json, keywords }))
        }
        Flags::Roles(RolesFlags::Show { id, keywords }) => {
            Ok(Settings::Roles(Roles::Show { id, keywords }))
        }
        Flags::Roles(RolesFlags::Lint { paths }) => Ok(Settings::Roles(Roles::Lint { paths })),
        Flags::Roles(RolesFlags::FromJd { file, limits }) => {
            Ok(Settings::Roles(Roles::FromJd { file, limits }))
        }
    }
}

fn check(flags: CheckFlags) -> Result<Check, SetupError> {
    let config = read_config(&flags.config)?.unwrap_or_default();
    let include_root = config.folder();
    let targets = targets(flags.target, &config)?;
    let format = flags.format.or(config.format).unwrap_or(CheckFormat::Text);
    let several = targets.all || targets.roles.len() + targets.jds.len() > 1;
    let merged = targets.roles.len() == 1 && targets.jds.len() == 1;
    if several && !merged && matches!(format, CheckFormat::Sarif | CheckFormat::Github) {
        return Err(SetupError::Usage(
            "--format sarif and github report findings against one target; pick one role"
                .to_owned(),
        ));
    }
    Ok(Check {
        files: flags.files,
        targets,
        format,
        output: flags.output.filter(|p| p.as_os_str() != "-"),
        gates: Gates {
            fail_under: flags.fail_under.or(config.fail_under),
            require_must_have: flags.require_must_have || config.require_must_have == Some(true),
            fail_on_regression: flags.fail_on_regression,
            exit_zero: flags.exit_zero,
        },
        baseline: flags.baseline,
        analysis: Options {
            spelling: !flags.no_spelling && config.spelling != Some(false),
            ..analysis(config)
        },
        limits: flags.limits,
        include_root,
    })
}

fn screen(flags: ScreenFlags) -> Result<Screen, SetupError> {
    let usage = |m: &str| Err(SetupError::Usage(m.to_owned()));
    if flags.unordered && flags.format != ScreenFormat::Jsonl {
        return usage("--unordered needs --format jsonl");
    }
    if flags.unordered && flags.top.is_some() {
        return usage("--top needs the whole ranking; it cannot be used with --unordered");
    }
    if flags.wide && flags.format != ScreenFormat::Table {
        return usage("--wide is for the table; CSV and JSON Lines always carry every field");
    }
    let output = flags.output.filter(|p| p.as_os_str() != "-");
    if flags.resume && output.is_none() {
        return usage("--resume continues a run written with -o FILE; give the same -o FILE");
    }
    let config = read_config(&flags.config)?.unwrap_or_default();
    let include_root = config.folder();
    let targets = targets(flags.target, &config)?;
    if targets.all {
        return usage(
            "screen ranks files against one role; use `ats check FILE --role all` to rank roles",
        );
    }
    if targets.roles.len() > 1 || targets.jds.len() > 1 {
        return usage(
            "screen ranks files against one target: one --role, one --jd, or one of each (merged)",
        );
    }
    let jobs = flags.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    Ok(Screen {
        paths: flags.paths,
        files_from: flags.files_from,
        targets,
        format: flags.format,
        unordered: flags.unordered,
        output,
        resume: flags.resume,
        top: flags.top,
        filters: flags.filters,
        group: flags.group,
        wide: flags.wide,
        jobs: jobs.max(1),
        quiet: flags.quiet,
        analysis: Options {
            spelling: !flags.no_spelling && config.spelling != Some(false),
            ..analysis(config)
        },
        limits: flags.limits,
        include_root,
    })
}

/// The `.ats.toml` to use: `--config`, or the one found from the current
/// folder up to the repository root, unless `--no-config`.
fn read_config(choice: &ConfigChoice) -> Result<Option<Config>, SetupError> {
    let path = match choice {
        ConfigChoice::Ignore => return Ok(None),
        ConfigChoice::File(path) => path.clone(),
        ConfigChoice::Discover => {
            let Some(found) = std::env::current_dir().ok().and_then(|dir| discover(&dir)) else {
                return Ok(None);
            };
            found
        }
    };
    match file::load(&path) {
        Ok(config) => Ok(Some(config)),
        Err(ConfigError::Read(path, e)) => Err(SetupError::Usage(format!(
            "cannot read the settings file {}: {e}",
            path.display()
        ))),
        Err(ConfigError::Invalid(errors)) => Err(SetupError::Config(errors)),
    }
}

/// The targets: the flags', or the file's when no flag names one (`--role`
/// or `--jd` replace the file's target as a whole); `--keywords` wins over
/// the file's `keywords`.
fn targets(flags: TargetFlags, config: &Config) -> Result<TargetSpec, SetupError> {
    let flags_pick = !flags.roles.is_empty() || !flags.jds.is_empty();
    let (roles, jds) = if flags_pick {
        (flags.roles, flags.jds)
    } else {
        (
            config.role.clone(),
            config.jd.iter().map(|j| config.resolve(j)).collect(),
        )
    };
    let keywords = flags
        .keywords
        .or_else(|| config.keywords.as_deref().map(|k| config.resolve(k)));
    let all = roles.iter().any(|r| r == "all");
    if all && (roles.len() > 1 || !jds.is_empty()) {
        return Err(SetupError::Usage(
            "--role all ranks every role on its own; drop the other --role and --jd flags"
                .to_owned(),
        ));
    }
    let mut unique: Vec<String> = Vec::new();
    for role in roles.into_iter().filter(|r| r != "all") {
        if unique.contains(&role) {
            return Err(SetupError::Usage(format!("--role {role} is given twice")));
        }
        unique.push(role);
    }
    Ok(TargetSpec {
        roles: unique,
        all,
        keywords,
        jds,
    })
}

/// What the file changes about the analysis.
fn analysis(config: Config) -> Options {
    Options {
        weights: config.scoring,
        ignores: config.ignore,
        few_documents: false,
        // One month for the whole run, read once.
        today: Some(crate::tenure::this_month()),
        page: false,
        spelling: config.spelling != Some(false),
    }
}

/// A path as reports name it: `<stdin>` for `-`, the path itself when it
/// is UTF-8. A name that is not (Linux allows any bytes) is written with
/// each byte of its invalid sequences as `%XX` and `%` itself as `%25`, so
/// the row can be mapped back to its file.
pub fn display_name(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    if path.as_os_str() == "-" {
        return "<stdin>".to_owned();
    }
    if let Some(name) = path.to_str() {
        return name.to_owned();
    }
    let mut out = String::new();
    let mut rest = path.as_os_str().as_bytes();
    while !rest.is_empty() {
        let (valid, bad) = match std::str::from_utf8(rest) {
            Ok(valid) => (valid, 0),
            Err(e) => (
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                e.error_len().unwrap_or(rest.len() - e.valid_up_to()),
            ),
        };
        out.push_str(&valid.replace('%', "%25"));
        let after = valid.len();
        for b in &rest[after..after + bad] {
            out.push_str(&format!("%{b:02X}"));
        }
        rest = &rest[after + bad..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str, path: &str) -> Config {
        let mut config = file::parse(path, text).expect("valid config");
        config.path = PathBuf::from(path);
        config
    }

    #[test]
    fn flags_that_pick_a_target_replace_the_files_target() {
        let c = config(
            "role = \"backend-developer\"\njd = \"job.txt\"\nkeywords = \"roles\"\n",
            "cv/.ats.toml",
        );
        let from_file = targets(TargetFlags::default(), &c).expect("targets");
        assert_eq!(from_file.roles, ["backend-developer"]);
        assert_eq!(from_file.jds, [PathBuf::from("cv/job.txt")]);
        assert_eq!(from_file.keywords, Some(PathBuf::from("cv/roles")));
        let flags = TargetFlags {
            roles: vec!["devops-engineer".to_owned()],
            ..TargetFlags::default()
        };
        let picked = targets(flags, &c).expect("targets");
        assert_eq!(picked.roles, ["devops-engineer"]);
        assert!(picked.jds.is_empty(), "--role replaces the file's jd too");
        assert_eq!(picked.keywords, Some(PathBuf::from("cv/roles")));
    }

    #[test]
    fn a_name_that_is_not_utf8_is_written_so_it_can_be_found_again() {
        use std::os::unix::ffi::OsStrExt;
        let cases: &[(&[u8], &str)] = &[
            (b"inbox/jane doe.pdf", "inbox/jane doe.pdf"),
            (b"100% real.pdf", "100% real.pdf"),
            (b"\xff\xfebad r0603.docx", "%FF%FEbad r0603.docx"),
            (b"caf\xe9 50%.pdf", "caf%E9 50%25.pdf"),
            (b"\xc3\xa9t\xc3.pdf", "\u{e9}t%C3.pdf"),
        ];
        for (bytes, want) in cases {
            let path = Path::new(std::ffi::OsStr::from_bytes(bytes));
            assert_eq!(display_name(path), *want, "{bytes:?}");
        }
        assert_eq!(display_name(Path::new("-")), "<stdin>");
    }

    #[test]
    fn role_all_stands_alone_and_roles_are_named_once() {
        let c = Config::default();
        let flags = |roles: &[&str]| TargetFlags {
            roles: roles.iter().map(|r| (*r).to_owned()).collect(),
            ..TargetFlags::default()
        };
        assert!(targets(flags(&["all"]), &c).expect("all").all);
        assert!(targets(flags(&["all", "teacher"]), &c).is_err());
        assert!(targets(flags(&["teacher", "teacher"]), &c).is_err());
    }
}
