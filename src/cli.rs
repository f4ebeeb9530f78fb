//! Command-line flags (clap derive): the only place that knows the command
//! line. [`Cli::into_flags`] hands them to the library as [`Flags`], which
//! `ats::config` merges with `.ats.toml` and checks.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use ats::config::{
    self, CheckFlags, ConfigChoice, ExtractFlags, Flags, ParseFlags, RolesFlags, ScreenFlags,
    TargetFlags,
};
use ats::extract::Limits;
use ats::worker::WORKER_COMMAND;

const EXAMPLES: &str = "\
Examples:
  ats check resume.pdf --role backend-developer
  ats check resume.docx --role backend-developer --format json
  ats check cv.md --keywords my-role.toml --fail-under 70
  ats check resume.tex --role backend-developer --format github --require-must-have
  ats check resume.tex --format sarif > ats.sarif        # settings from .ats.toml
  ats check resume.json --baseline main.json --fail-on-regression
  ats check resume.pdf --jd job.txt
  ats check resume.pdf --role backend-developer --role devops-engineer --jd acme.pdf
  ats check resume.pdf --role all
  ats check resume.pdf --role backend-developer --format html -o report.html
  ats screen inbox/ --role backend-developer
  ats screen inbox/ --jd job.pdf --format csv -o ranked.csv
  ats extract resume.pdf --line-numbers
  ats roles list
  ats roles show backend-developer
  ats roles lint keywords/*.toml
  ats roles match resume.pdf
  ats roles from-jd job.txt > my-role.toml
  ats completions bash > ~/.local/share/bash-completion/completions/ats
  ats man > ~/.local/share/man/man1/ats.1

Settings: .ats.toml in this folder or a parent (up to the repository root)
may set role, keywords, jd, fail_under, require_must_have, spelling, format,
[scoring] and [ignore]; flags win over it.

Exit codes: 0 all inputs analyzed and no gate failed; 1 a gate failed
(--fail-under, --require-must-have, --fail-on-regression; not with
--exit-zero); 2 usage, configuration or keyword-data error, or an input that
could not be read.";

/// Offline ATS resume keyword analyzer: score a resume against a role and
/// see exactly what to fix.
#[derive(Debug, Parser)]
#[command(name = "ats", version, after_help = EXAMPLES, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    /// When to use colors: auto (a terminal, and NO_COLOR unset), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub(crate) color: ColorWhen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Score resumes against a role and list what to fix.
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// Rank a folder of resumes against one role or job description.
    #[command(after_help = SCREEN_EXAMPLES)]
    Screen(ScreenArgs),
    /// Print the text of a resume exactly as the analyzer sees it.
    Extract(ExtractArgs),
    /// Show the fields an ATS form would get: contact, jobs, education, skills.
    #[command(after_help = PARSE_EXAMPLES)]
    Parse(ParseArgs),
    /// List, show and check role keyword files.
    #[command(subcommand)]
    Roles(RolesCommand),
    /// Print a shell completion script (see the examples to install it).
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff): every command, option and example.
    #[command(after_help = MAN_EXAMPLES)]
    Man,
    /// Internal: the isolated extraction worker.
    #[command(name = WORKER_COMMAND, hide = true)]
    Worker(WorkerArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Resumes to check: PDF, DOCX, text, Markdown, LaTeX or JSON Resume
    /// ("-" reads standard input).
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,

    /// Role to check against (see `ats roles list`). Repeat it to compare
    /// several roles; `all` ranks every role.
    #[arg(short, long, value_name = "ID")]
    pub(crate) role: Vec<String>,

    /// Your own role file, or a folder of them (then pick with --role).
    #[arg(short, long, value_name = "PATH")]
    pub(crate) keywords: Option<PathBuf>,

    /// A job description (text, Markdown, PDF, DOCX, ODT or RTF) to check against.
    /// With exactly one role the two are merged into one target; otherwise
    /// it is a target of its own. Repeatable.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) jd: Vec<PathBuf>,

    /// Output format [default: text, or `format` in .ats.toml].
    #[arg(short, long, value_enum)]
    pub(crate) format: Option<CheckFormat>,

    /// Write the output to FILE (replaced only when the run completes).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// Exit with code 1 when a score is below N (0-100).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub(crate) fail_under: Option<u32>,

    /// Exit with code 1 when any must-have keyword is missing (ignored
    /// findings aside).
    #[arg(long)]
    pub(crate) require_must_have: bool,

    /// No spelling check (misspelt words of the statements and the
    /// summary, info findings). `.ats.toml`: spelling = false.
    #[arg(long)]
    pub(crate) no_spelling: bool,

    /// Compare with an earlier JSON report (`--format json` of main, say):
    /// the output leads with the score change and must-haves lost or won.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,

    /// With --baseline: exit with code 1 when the score dropped or a
    /// must-have keyword found before is now missing.
    #[arg(long, requires = "baseline")]
    pub(crate) fail_on_regression: bool,

    /// Report only: exit 0 even when a gate fails (inputs that cannot be
    /// read still exit 2).
    #[arg(long)]
    pub(crate) exit_zero: bool,

    /// Settings file to use instead of the .ats.toml found in this folder
    /// or a parent (up to the repository root).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,

    /// Do not read any .ats.toml.
    #[arg(long)]
    pub(crate) no_config: bool,

    #[command(flatten)]
    pub(crate) limits: LimitArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// A readable report (colored on a terminal).
    Text,
    /// The JSON report, schema_version 2 (schemas/report-v2.json).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other viewers.
    Sarif,
    /// GitHub Actions annotations (::warning file=...,line=...::).
    Github,
    /// One self-contained page: the score, the keywords, and the text as
    /// analyzed with every keyword marked (works offline).
    Html,
}

const SCREEN_EXAMPLES: &str = "\
Examples:
  ats screen inbox/ --role backend-developer
  ats screen inbox/ --jd job.pdf --top 20
  ats screen inbox/ --role data-engineer --min-score 60 --require-must-have
  ats screen inbox/ --role devops-engineer --require Kubernetes --require Terraform
  ats screen inbox/ --role data-engineer --format csv -o ranked.csv
  ats screen inbox/ --role data-engineer --format html -o ranked.html
  ats screen inbox/ --keywords my-role.toml --format jsonl --unordered | jq .score
  find inbox -name '*.pdf' -newer last-run | ats screen --files-from - --role devops-engineer
  ats screen inbox/ --role data-engineer --format csv -o ranked.csv --resume   # after a kill

Folders are walked recursively; hidden files and files that are not resumes
(by extension) are skipped and counted. Every other file is accounted for:
- one row per person: files with the same e-mail, LinkedIn or phone, or the
  same name and another matching detail, are ranked once under the best
  (--no-group: one row per file); identical files are ranked once;
- status: ok, hidden-text (ranked on the visible text, flagged), no-text
  (a scan: listed after the ranking, not ranked), or the file's error code;
- filtered-out files are counted in the summary.
The table fits the terminal (COLUMNS when piped); --wide, -o and a pipe
keep every cell whole.

Exit codes: 0 every file screened; 2 usage or keyword-data error, or any file
could not be read (after the complete output is written); 130 interrupted.";

#[derive(Debug, Args)]
pub(crate) struct ScreenArgs {
    /// Resumes, and folders of them (walked recursively).
    #[arg(value_name = "PATH", required_unless_present = "files_from")]
    pub(crate) paths: Vec<PathBuf>,

    /// Also screen the paths listed in FILE, one per line ("-" reads
    /// standard input).
    #[arg(long, value_name = "FILE")]
    pub(crate) files_from: Option<PathBuf>,

    /// Role to rank against (see `ats roles list`).
    #[arg(short, long, value_name = "ID")]
    pub(crate) role: Option<String>,

    /// Your own role file, or a folder of them (then pick with --role).
    #[arg(short, long, value_name = "PATH")]
    pub(crate) keywords: Option<PathBuf>,

    /// A job description (text, Markdown, PDF, DOCX, ODT or RTF) to rank against;
    /// with --role the two are merged.
    #[arg(long, value_name = "FILE")]
    pub(crate) jd: Option<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ScreenFormat::Table)]
    pub(crate) format: ScreenFormat,

    /// With --format jsonl: print each file as soon as it is done, without
    /// ranks (for piping into other tools).
    #[arg(long)]
    pub(crate) unordered: bool,

    /// Write the output to FILE (replaced only when the run completes).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// Continue a run to the same -o FILE that was killed or interrupted:
    /// files it already read (by content) are not read again, and the
    /// output is the same as an uninterrupted run's.
    #[arg(long, requires = "output")]
    pub(crate) resume: bool,

    /// Show only the best N ranked rows (failed files are always listed;
    /// the summary counts every file).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub(crate) top: Option<u64>,

    /// Keep only files scoring at least N (0-100); the others are counted
    /// in the summary as filtered out.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub(crate) min_score: Option<u32>,

    /// Keep only files that have every must-have keyword (found exactly or
    /// as a variant).
    #[arg(long)]
    pub(crate) require_must_have: bool,

    /// No spelling check (its findings are in the JSON Lines reports).
    #[arg(long)]
    pub(crate) no_spelling: bool,

    /// Keep only files that have this keyword of the role (repeat for
    /// several; found exactly or as a variant).
    #[arg(long, value_name = "KEYWORD")]
    pub(crate) require: Vec<String>,

    /// One row per file: do not group the files of one person (same e-mail,
    /// phone, or name with matching evidence) under their best one.
    #[arg(long)]
    pub(crate) no_group: bool,

    /// The table with every column and full cells, whatever the terminal's
    /// width.
    #[arg(long)]
    pub(crate) wide: bool,

    /// Files read at once, each by its own worker process [default: number
    /// of cores].
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=256))]
    pub(crate) jobs: Option<u64>,

    /// No progress bar and no summary on standard error.
    #[arg(short, long)]
    pub(crate) quiet: bool,

    /// Settings file to use instead of the .ats.toml found in this folder
    /// or a parent (up to the repository root).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,

    /// Do not read any .ats.toml.
    #[arg(long)]
    pub(crate) no_config: bool,

    #[command(flatten)]
    pub(crate) limits: LimitArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ScreenFormat {
    /// A ranked table (colored on a terminal).
    Table,
    /// One row per person (per file with --no-group), for spreadsheets.
    Csv,
    /// One JSON report per line, in rank order (SPEC).
    Jsonl,
    /// One self-contained page: the ranked table (sortable, filtered by
    /// status), and a section per file.
    Html,
}

/// Limits that keep hostile files from hanging or exhausting the machine.
#[derive(Clone, Debug, Args)]
pub(crate) struct LimitArgs {
    /// Refuse inputs larger than this (e.g. 20MB, 500KB).
    #[arg(long, value_name = "SIZE", default_value = "20MB", value_parser = parse_size)]
    pub(crate) max_file_size: u64,

    /// Stop reading a file after this many seconds (the one limit that
    /// depends on the machine's speed; the others are counted).
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_seconds, env = "ATS_TIMEOUT")]
    pub(crate) timeout: Duration,

    /// Memory limit of the process that reads each file (e.g. 1GiB, 512MB).
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    pub(crate) max_memory: u64,
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// The resume to read ("-" reads standard input).
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,

    /// Prefix each line with its number (and its origin when not the body).
    #[arg(short = 'n', long)]
    pub(crate) line_numbers: bool,

    /// Show how the pages were read instead of the text: columns, blocks
    /// in reading order, hidden text.
    #[arg(long)]
    pub(crate) layout: bool,

    #[command(flatten)]
    pub(crate) limits: LimitArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ParseArgs {
    /// The resume to read ("-" reads standard input).
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,

    /// Output format: a readable form, or JSON Resume with each entry's line.
    #[arg(short, long, value_enum, default_value_t = ParseFormat::Text)]
    pub(crate) format: ParseFormat,

    #[command(flatten)]
    pub(crate) limits: LimitArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ParseFormat {
    Text,
    Json,
}

const PARSE_EXAMPLES: &str = "\
Examples:
  ats parse resume.pdf                 the form, with the line of each field
  ats parse resume.docx --format json  JSON Resume (basics, work, education, skills, ...)";

#[derive(Debug, Subcommand)]
pub(crate) enum RolesCommand {
    /// List the built-in roles (and those in --keywords).
    List {
        #[arg(short, long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Also list the roles in this file or folder.
        #[arg(short, long, value_name = "PATH")]
        keywords: Option<PathBuf>,
    },
    /// Show a role's keywords, avoid terms and score weights.
    Show {
        /// Role id (see `ats roles list`).
        #[arg(value_name = "ID")]
        id: String,
        /// Look in this role file or folder too.
        #[arg(short, long, value_name = "PATH")]
        keywords: Option<PathBuf>,
    },
    /// Check role files and report every problem as path:line:col.
    Lint {
        /// Role files, or folders of them.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Rank every role by how well a resume fits it (same as `check --role all`).
    Match {
        /// Resumes: PDF, DOCX, text or Markdown.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also rank the roles in this file or folder.
        #[arg(short, long, value_name = "PATH")]
        keywords: Option<PathBuf>,
        #[arg(short, long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Turn a job description into a role file (TOML on standard output).
    FromJd {
        /// The job description: text, Markdown, PDF, DOCX, ODT or RTF.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        limits: LimitArgs,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub(crate) shell: clap_complete::Shell,
}

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  ats completions bash > ~/.local/share/bash-completion/completions/ats
  ats completions zsh > ~/.zfunc/_ats     # with fpath+=~/.zfunc before compinit in ~/.zshrc
  ats completions fish > ~/.config/fish/completions/ats.fish
  ats completions powershell >> $PROFILE

The script completes commands, flags and their values (roles are not
listed: see `ats roles list`). Open a new shell to use it.";

const MAN_EXAMPLES: &str = "\
Examples:
  ats man > ~/.local/share/man/man1/ats.1 && man ats
  ats man | man -l -

One page, ats(1), with a section for each command.";

#[derive(Debug, Args)]
pub(crate) struct WorkerArgs {
    /// Address-space limit in bytes (0: none).
    #[arg(long, default_value_t = 0)]
    pub(crate) memory_limit: u64,
}

impl Cli {
    /// The command as the library takes it. `None` for the worker, the
    /// completions and the manual, which the binary runs itself.
    pub(crate) fn into_flags(self) -> Option<Flags> {
        Some(match self.command {
            Command::Check(a) => Flags::Check(CheckFlags {
                files: a.files,
                target: TargetFlags {
                    roles: a.role,
                    keywords: a.keywords,
                    jds: a.jd,
                },
                format: a.format.map(CheckFormat::into_library),
                output: a.output,
                fail_under: a.fail_under,
                require_must_have: a.require_must_have,
                baseline: a.baseline,
                fail_on_regression: a.fail_on_regression,
                exit_zero: a.exit_zero,
                no_spelling: a.no_spelling,
                config: config_choice(a.config, a.no_config),
                limits: a.limits.into(),
            }),
            Command::Screen(a) => Flags::Screen(ScreenFlags {
                paths: a.paths,
                files_from: a.files_from,
                target: TargetFlags {
                    roles: a.role.into_iter().collect(),
                    keywords: a.keywords,
                    jds: a.jd.into_iter().collect(),
                },
                format: match a.format {
                    ScreenFormat::Table => config::ScreenFormat::Table,
                    ScreenFormat::Csv => config::ScreenFormat::Csv,
                    ScreenFormat::Jsonl => config::ScreenFormat::Jsonl,
                    ScreenFormat::Html => config::ScreenFormat::Html,
                },
                unordered: a.unordered,
                output: a.output,
                resume: a.resume,
                top: a.top.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
                filters: config::Filters {
                    min_score: a.min_score,
                    require_must_have: a.require_must_have,
                    require: a.require,
                },
                group: !a.no_group,
                wide: a.wide,
                jobs: a.jobs.map(|n| usize::try_from(n).unwrap_or(1)),
                quiet: a.quiet,
                no_spelling: a.no_spelling,
                config: config_choice(a.config, a.no_config),
                limits: a.limits.into(),
            }),
            Command::Extract(a) => Flags::Extract(ExtractFlags {
                file: a.file,
                line_numbers: a.line_numbers,
                layout: a.layout,
                limits: a.limits.into(),
            }),
            Command::Parse(a) => Flags::Parse(ParseFlags {
                file: a.file,
                json: a.format == ParseFormat::Json,
                limits: a.limits.into(),
            }),
            Command::Roles(command) => Flags::Roles(match command {
                RolesCommand::List { format, keywords } => RolesFlags::List {
                    json: format == ListFormat::Json,
                    keywords,
                },
                RolesCommand::Show { id, keywords } => RolesFlags::Show { id, keywords },
                RolesCommand::Lint { paths } => RolesFlags::Lint { paths },
                RolesCommand::Match {
                    files,
                    keywords,
                    format,
                    limits,
                } => RolesFlags::Match {
                    files,
                    keywords,
                    format: format.into_library(),
                    limits: limits.into(),
                },
                RolesCommand::FromJd { file, limits } => RolesFlags::FromJd {
                    file,
                    limits: limits.into(),
                },
            }),
            Command::Worker(_) | Command::Completions(_) | Command::Man => return None,
        })
    }
}

impl CheckFormat {
    fn into_library(self) -> config::CheckFormat {
        match self {
            CheckFormat::Text => config::CheckFormat::Text,
            CheckFormat::Json => config::CheckFormat::Json,
            CheckFormat::Sarif => config::CheckFormat::Sarif,
            CheckFormat::Github => config::CheckFormat::Github,
            CheckFormat::Html => config::CheckFormat::Html,
        }
    }
}

impl From<LimitArgs> for Limits {
    fn from(args: LimitArgs) -> Limits {
        Limits {
            max_file_size: args.max_file_size,
            timeout: args.timeout,
            memory: args.max_memory,
        }
    }
}

fn config_choice(file: Option<PathBuf>, no_config: bool) -> ConfigChoice {
    match (file, no_config) {
        (_, true) => ConfigChoice::Ignore,
        (Some(path), false) => ConfigChoice::File(path),
        (None, false) => ConfigChoice::Discover,
    }
}

/// Parses `20MB`, `500K`, `1GiB`, `1048576` into bytes.
pub(crate) fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("\"{s}\" is not a size (try 20MB, 512KB or 1GiB)"))?;
    let multiplier = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => {
            return Err(format!(
                "unknown size unit in \"{s}\" (use B, KB, MB, GB, KiB, MiB, GiB)"
            ));
        }
    };
    let bytes = number * multiplier;
    if !(1.0..1e15).contains(&bytes) {
        return Err(format!("\"{s}\" is out of range"));
    }
    Ok(bytes as u64)
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    let secs: f64 = s
        .trim()
        .trim_end_matches('s')
        .parse()
        .map_err(|_| format!("\"{s}\" is not a number of seconds"))?;
    if !(secs > 0.0 && secs <= 86_400.0) {
        return Err("the timeout must be between 0 and 86400 seconds".to_owned());
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_size_accepts_common_units() {
        assert_eq!(parse_size("20MB"), Ok(20_000_000));
        assert_eq!(parse_size("512k"), Ok(512_000));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("1048576"), Ok(1_048_576));
        assert!(parse_size("twenty").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("0").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
