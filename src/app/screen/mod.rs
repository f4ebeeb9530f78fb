//! `ats screen`: rank a folder of resumes against one target.
//!
//! In: the settings (paths, target, format, limits, jobs). Out: the ranking
//! as [`Event`]s to the printer of the format (table, CSV, JSON Lines) on
//! standard output or in `-o FILE` (written whole or not at all), the
//! summary on standard error, and an [`Exit`].
//!
//! A pool of `jobs` threads takes file indexes from a shared counter. Each
//! thread owns a [`Worker`], so each has its own worker process, started on
//! its first file and reused until it dies (then the next file starts a
//! fresh one); the worker reads and analyzes each file under the memory and
//! time limits. A thread reads a file (`read_file`), and skips the work
//! when an identical file (same bytes, same format) was already claimed;
//! otherwise its worker analyzes it and the thread sends back the report. The
//! calling thread collects: with `--unordered` it prints each file as it
//! comes; it keeps each outcome in the state file ([`State`]; with `-o`,
//! the one `--resume` continues from) and only its rank key in memory, so
//! memory stays flat however many files a batch has. At the end it groups
//! identical files under their first path, ranks (score, must-have share,
//! path) and prints the reports in rank order, then the failures. Nothing depends on which thread
//! finished first, so `-j 1` and `-j 8` print the same bytes.

mod facts;
mod inputs;
mod person;
mod state;

use std::collections::{BTreeMap, HashMap};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{Filters, Screen, ScreenFormat, display_name};
use crate::exit::{Exit, SetupError};
use crate::extract::{ErrorCode, FileError, Input, Limits};
use crate::output::AtomicFile;
use crate::report::csv::Csv;
use crate::report::diagnostics::{Diagnostics, Mode};
use crate::report::html::ScreenPage;
use crate::report::jsonl::Jsonl;
use crate::report::table::Table;
use crate::report::{Event, FileFailure, Printer, RankKey, Report, Status, Summary, rank};
use crate::roles::{Role, Shared};
use crate::worker::{Analysis, Worker};

use super::{
    Claims, Purpose, Read, analysis, ats_exe, interrupt_flag, read_file, targets, terminal_width,
    worker,
};
use facts::{Facts, Filtered};
use inputs::Inputs;
pub(super) use state::Entry;
use state::{Key, Span, State};

pub(super) fn run(
    s: &Screen,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, SetupError> {
    let shared = Shared::builtin()?;
    let roles = {
        let mut worker = worker(s.limits)?.with_include_root(s.include_root.clone());
        targets::resolve(&s.targets, &shared, &mut worker, &s.limits)?
    };
    let filters = Filters {
        require: facts::resolve_required(&roles[0], &s.filters.require)
            .map_err(SetupError::Usage)?,
        ..s.filters.clone()
    };
    let analysis = analysis(roles, &shared, s.analysis.clone());

    let mut paths = s.paths.clone();
    if let Some(list) = &s.files_from {
        let listed = inputs::read_list(list).map_err(|e| {
            SetupError::Usage(format!(
                "cannot read the file list {}: {e}",
                display_name(list)
            ))
        })?;
        paths.extend(listed);
    }
    let found = inputs::gather(&paths);
    if found.files.is_empty() && found.unreadable.is_empty() {
        return Err(SetupError::Usage(format!(
            "no resumes to screen in {} (looked for .{} files)",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            inputs::RESUME_EXTENSIONS.join(", .")
        )));
    }
    let file = match &s.output {
        Some(path) => Some(
            AtomicFile::create(path)
                .map_err(|e| SetupError::Usage(format!("cannot write {}: {e}", path.display())))?,
        ),
        None => None,
    };
    let run = Run {
        settings: s,
        filters,
        analysis,
        exe: ats_exe()?,
        cancel: interrupt_flag(),
    };
    Ok(run.run(found, file, out, err)?)
}

/// `-o FILE`: replaced only when the run completes. The table's colors
/// are for a terminal (standard output strips them itself when it is not
/// one); a file always gets plain text, so a table is stripped on its way.
enum FileOut {
    Plain(AtomicFile),
    Stripped(anstream::StripStream<Vec<u8>>, AtomicFile),
}

impl FileOut {
    fn new(file: AtomicFile, format: ScreenFormat) -> FileOut {
        match format {
            ScreenFormat::Table => FileOut::Stripped(anstream::StripStream::new(Vec::new()), file),
            ScreenFormat::Csv | ScreenFormat::Jsonl | ScreenFormat::Html => FileOut::Plain(file),
        }
    }

    /// The file, with everything written so far in it.
    fn into_file(self) -> io::Result<AtomicFile> {
        match self {
            FileOut::Plain(f) => Ok(f),
            FileOut::Stripped(text, mut f) => {
                f.write_all(&text.into_inner())?;
                Ok(f)
            }
        }
    }
}

impl Write for FileOut {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            FileOut::Plain(f) => f.write(buf),
            FileOut::Stripped(text, _) => text.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            FileOut::Plain(f) => f.flush(),
            FileOut::Stripped(text, _) => text.flush(),
        }
    }
}

/// One `screen` run, its setup done.
struct Run<'a> {
    settings: &'a Screen,
    /// The settings' filters, with `--require` names as the role writes them.
    filters: Filters,
    /// One target.
    analysis: Arc<Analysis>,
    /// The `ats` binary, started as the extraction worker.
    exe: PathBuf,
    cancel: Arc<AtomicBool>,
}

/// What a pool thread reports for one file.
enum Done {
    /// A report, stored whole (encoded here, in the pool), with what it is
    /// ranked by; with `--unordered` also the report itself, to print as it
    /// comes.
    Screened {
        index: usize,
        key: Key,
        facts: Box<Facts>,
        stored: Vec<u8>,
        streamed: Option<Box<Report>>,
    },
    /// An earlier, interrupted run's report of the same content.
    Earlier {
        index: usize,
        span: Span,
        facts: Box<Facts>,
    },
    /// Same bytes and format as the file at the second index.
    Duplicate(usize, usize),
    /// A file that could not be read; with the key of its content when the
    /// content was read, so a resumed run need not try again.
    Failed(usize, FileFailure, Option<Key>),
}

/// What the collector keeps of one file.
enum Slot {
    Pending,
    /// A report in the state file, and what the ranking keeps of it.
    Screened {
        span: Span,
        facts: Box<Facts>,
    },
    Duplicate(usize),
    Failed(FileError),
}

impl Run<'_> {
    /// The state of the batch: beside `-o FILE` (and read back with
    /// `--resume`), or anonymous.
    fn state(&self, output: Option<&std::path::Path>) -> io::Result<State> {
        let s = self.settings;
        let key = self.state_key()?;
        match output {
            Some(path) => State::beside(path, &key, s.resume).map_err(io::Error::other),
            None => State::anonymous(&key),
        }
    }

    /// What decides a file's outcome, hashed: the targets and options, the
    /// limits, whether reports are trimmed, where `\input` may reach, and
    /// this version of `ats`.
    fn state_key(&self) -> io::Result<String> {
        let s = self.settings;
        let decided = serde_json::json!({
            "analysis": &*self.analysis,
            "filters": [self.filters.min_score, Some(u32::from(self.filters.require_must_have))],
            "require": &self.filters.require,
            "trim": s.format != ScreenFormat::Jsonl,
            "max_file_size": s.limits.max_file_size,
            "timeout": s.limits.timeout.as_secs_f64(),
            "memory": s.limits.memory,
            "include_root": s.include_root.as_ref().map(|p| display_name(p)),
            "version": env!("CARGO_PKG_VERSION"),
        });
        let bytes = serde_json::to_vec(&decided)?;
        Ok(blake3::hash(&bytes).to_hex().to_string())
    }

    /// The target (settings allow exactly one).
    fn role(&self) -> &Role {
        &self.analysis.roles[0]
    }

    fn run(
        &self,
        inputs: Inputs,
        file: Option<AtomicFile>,
        stdout: &mut dyn Write,
        err: &mut dyn Write,
    ) -> io::Result<Exit> {
        let s = self.settings;
        let started = Instant::now();
        let names: Vec<String> = inputs.files.iter().map(|p| display_name(p)).collect();
        let mut state = self.state(file.as_ref().map(AtomicFile::target))?;
        let file_given = file.is_some();
        let earlier = state.take_earlier();
        let mut file = file.map(|f| FileOut::new(f, s.format));
        let out: &mut dyn Write = match file.as_mut() {
            Some(f) => f,
            None => stdout,
        };
        let mut format: Box<dyn Printer + '_> = match s.format {
            ScreenFormat::Table => Box::new(Table::new(out, table_width(s, file_given))),
            ScreenFormat::Csv => Box::new(Csv::new(out)),
            ScreenFormat::Jsonl => Box::new(Jsonl::new(out, s.unordered)),
            ScreenFormat::Html => Box::new(ScreenPage::new(out)),
        };
        let (slots, resumed) =
            self.collect(&inputs.files, &names, &mut state, &earlier, &mut *format)?;
        if self.cancel.load(Ordering::Relaxed) {
            drop(format);
            let what = match file {
                Some(f) => format!(
                    "; {} was not written (run again with --resume to go on from {})",
                    f.into_file()?.target().display(),
                    state
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ),
                None => String::new(),
            };
            writeln!(err, "ats: interrupted{what}")?;
            return Ok(Exit::Interrupted);
        }

        let outcome = Outcome::new(slots, &names, inputs.unreadable);
        let rows = outcome.rows(&names, s.group && !s.unordered);
        let mut summary = Summary {
            files: inputs.files.len() + outcome.failed_reading,
            duplicates: outcome.duplicates,
            failed: outcome.failed.iter().map(|f| f.error.code).collect(),
            skipped: inputs.skipped,
            skipped_names: inputs
                .skipped_names
                .iter()
                .map(|p| display_name(p))
                .collect(),
            resumed,
            target: Some(self.role().id.clone()),
            ranked: rows.ranked.len(),
            grouped: rows.grouped,
            no_text: rows.no_text.len(),
            hidden_text: rows.hidden_text,
            filtered: rows
                .filtered
                .iter()
                .map(|(why, n)| (why.label(&self.filters), *n))
                .collect(),
            ..Summary::default()
        };
        if !s.unordered {
            let shown = s
                .top
                .map_or(rows.ranked.len(), |n| n.min(rows.ranked.len()));
            summary.hidden = rows.ranked.len() - shown;
            self.print_rows(&outcome, &rows, shown, &names, &mut state, &mut *format)?;
        }
        summary.elapsed = started.elapsed();
        format.print(Event::Finish(&summary))?;
        drop(format);
        if let Some(f) = file {
            f.into_file()?.commit()?;
        }
        state.finish()?;
        if !s.quiet {
            Diagnostics::new(err, Mode::Screen).print(Event::Finish(&summary))?;
        }
        Ok(if outcome.failed.is_empty() {
            Exit::Success
        } else {
            Exit::Error
        })
    }

    /// The ranking, in order: the rows `--top` shows, the files with no
    /// text, the failures.
    fn print_rows(
        &self,
        outcome: &Outcome,
        rows: &Rows,
        shown: usize,
        names: &[String],
        state: &mut State,
        format: &mut dyn Printer,
    ) -> io::Result<()> {
        let role = self.role();
        let ranked = &rows.ranked[..shown];
        // What every row misses is said once, above the rows.
        let mut everywhere = Vec::new();
        if let [first, _, ..] = ranked {
            let mask = ranked.iter().fold(u128::MAX, |m, row| {
                m & outcome.screened[row.index].facts.missing
            });
            if mask != 0 {
                let report = state.read(outcome.screened[first.index].span)?;
                let must = report
                    .keywords
                    .iter()
                    .filter(|k| k.tier == crate::roles::Tier::MustHave);
                everywhere = must
                    .enumerate()
                    .filter(|(i, _)| *i < 128 && mask & (1 << i) != 0)
                    .map(|(_, k)| k.label())
                    .collect();
            }
        }
        format.print(Event::Start {
            target: (&role.name, &role.id),
            missing_everywhere: &everywhere,
        })?;
        let with_copies = |i: usize| {
            let screened = &outcome.screened[i];
            std::iter::once(names[screened.first].clone()).chain(screened.copies.iter().cloned())
        };
        for row in ranked {
            let screened = &outcome.screened[row.index];
            let mut report = self.report(state, screened, names)?;
            report.rank = Some(row.rank);
            report.group = row.members.iter().flat_map(|&m| with_copies(m)).collect();
            // The row is the person's best file; another may hide text.
            let hiding = row
                .members
                .iter()
                .find(|&&m| outcome.screened[m].facts.status == Status::HiddenText);
            if let (Some(&m), false) = (hiding, report.status == Some(Status::HiddenText)) {
                let file = &names[outcome.screened[m].first];
                report
                    .reasons
                    .insert(0, format!("hidden text in another of their files ({file})"));
                report.reasons.truncate(crate::report::REASONS);
            }
            format.print(Event::Report(&report))?;
        }
        for &i in &rows.no_text {
            let report = self.report(state, &outcome.screened[i], names)?;
            format.print(Event::Report(&report))?;
        }
        for failure in &outcome.failed {
            format.print(Event::Failed(failure))?;
        }
        Ok(())
    }

    /// A screened file's report as a row shows it: under its first path,
    /// with its copies, status and reasons.
    fn report(
        &self,
        state: &mut State,
        screened: &Screened,
        names: &[String],
    ) -> io::Result<Report> {
        let mut report = state.read(screened.span)?;
        report.file.clone_from(&names[screened.first]);
        report.duplicates = screened.copies.clone();
        label(&mut report);
        Ok(report)
    }

    /// Runs the pool and collects what it sends. With `--unordered`, prints
    /// each file as it comes.
    fn collect(
        &self,
        files: &[PathBuf],
        names: &[String],
        state: &mut State,
        earlier: &HashMap<Key, Entry>,
        format: &mut dyn Printer,
    ) -> io::Result<(Vec<Slot>, usize)> {
        let s = self.settings;
        let pool = Pool {
            files,
            names,
            next: AtomicUsize::new(0),
            claims: Claims::default(),
            earlier,
            limits: s.limits,
            filters: &self.filters,
            cancel: &self.cancel,
            streamed: s.unordered,
            rows_only: s.format != ScreenFormat::Jsonl,
        };
        let show_progress = !s.quiet && io::stderr().is_terminal();
        let bar = progress_bar(show_progress, files.len());
        let jobs = s.jobs.clamp(1, files.len().max(1));
        let collected = std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel();
            for _ in 0..jobs {
                let tx = tx.clone();
                let pool = &pool;
                scope.spawn(move || {
                    let mut worker = Worker::isolated(self.exe.clone(), s.limits)
                        .with_include_root(s.include_root.clone())
                        .cancel_on(Arc::clone(&self.cancel));
                    worker.set_analysis(Arc::clone(&self.analysis));
                    pool.work(&mut worker, &tx);
                });
            }
            drop(tx);
            let mut collector = Collector {
                slots: (0..files.len()).map(|_| Slot::Pending).collect(),
                state,
                stream: s.unordered.then_some(format),
                names,
                bar: &bar,
                resumed: 0,
            };
            let result = collector.collect(&rx);
            if result.is_err() {
                // Stop the pool; it drains into the closed channel.
                self.cancel.store(true, Ordering::Relaxed);
            }
            drop(rx);
            result.map(|()| (collector.slots, collector.resumed))
        });
        bar.finish_and_clear();
        collected
    }
}

/// Read-only state the pool threads share.
struct Pool<'a> {
    files: &'a [PathBuf],
    names: &'a [String],
    next: AtomicUsize,
    claims: Claims,
    /// What an earlier, interrupted run found (`--resume`), by content.
    earlier: &'a HashMap<Key, Entry>,
    limits: Limits,
    filters: &'a Filters,
    cancel: &'a AtomicBool,
    /// `--unordered`: reports go to the printer as they come.
    streamed: bool,
    /// The format prints one row per file (table, CSV): reports are kept
    /// trimmed to what a row shows.
    rows_only: bool,
}

impl Pool<'_> {
    fn work(&self, worker: &mut Worker, tx: &Sender<Done>) {
        while !self.cancel.load(Ordering::Relaxed) {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if index >= self.files.len() {
                break;
            }
            if tx.send(self.screen(index, worker)).is_err() {
                break;
            }
        }
    }

    /// One file: an identical one already claimed, an earlier run's
    /// outcome, or the worker's.
    fn screen(&self, index: usize, worker: &mut Worker) -> Done {
        let mut key: Option<Key> = None;
        let mut from_earlier = false;
        let known = |input: &Input| {
            let k = (input.digest(), input.format);
            key = Some(k);
            if let Some(of) = self.claims.claim(k, index) {
                return Some(Read::Duplicate(of));
            }
            let entry = self.earlier.get(&k)?;
            from_earlier = true;
            Some(Read::Earlier(entry.clone()))
        };
        let purpose = Purpose::Analyze {
            trim: self.rows_only,
        };
        let read = read_file(
            &self.files[index],
            &self.names[index],
            worker,
            &self.limits,
            purpose,
            known,
        );
        let Some(key) = key else {
            // The content was never read: nothing to remember of it.
            return match read {
                Err(failure) => Done::Failed(index, failure, None),
                Ok(_) => Done::Failed(
                    index,
                    FileFailure {
                        file: self.names[index].clone(),
                        error: FileError::new(ErrorCode::Crashed, "read without its content"),
                    },
                    None,
                ),
            };
        };
        match read {
            Ok(Read::Reports(mut reports)) => {
                let Some(report) = reports.pop() else {
                    return Done::Failed(
                        index,
                        FileFailure {
                            file: self.names[index].clone(),
                            error: FileError::new(ErrorCode::Crashed, "no report"),
                        },
                        None,
                    );
                };
                let facts = Box::new(Facts::of(&report, self.filters));
                match state::encode(&report) {
                    Ok(stored) => Done::Screened {
                        index,
                        key,
                        // A file the filters leave out is not printed.
                        streamed: (self.streamed && facts.filtered.is_none())
                            .then(|| Box::new(report)),
                        facts,
                        stored,
                    },
                    Err(e) => Done::Failed(
                        index,
                        FileFailure {
                            file: self.names[index].clone(),
                            error: FileError::new(ErrorCode::Io, e.to_string()),
                        },
                        None,
                    ),
                }
            }
            Ok(Read::Earlier(Entry::Report { span, facts })) => {
                Done::Earlier { index, span, facts }
            }
            Ok(Read::Duplicate(of)) => Done::Duplicate(index, of),
            Ok(Read::Document(_) | Read::Earlier(Entry::Error(_))) => Done::Failed(
                index,
                FileFailure {
                    file: self.names[index].clone(),
                    error: FileError::new(ErrorCode::Crashed, "read without a report"),
                },
                None,
            ),
            // An earlier run's failure is in the state already.
            Err(failure) => Done::Failed(index, failure, (!from_earlier).then_some(key)),
        }
    }
}

/// The width a table fits: the terminal's, or `COLUMNS` (see
/// [`terminal_width`]). `None` (every cell whole) with `--wide`, `-o`, or
/// a pipe without `COLUMNS`.
fn table_width(s: &Screen, to_file: bool) -> Option<usize> {
    if s.wide || to_file {
        return None;
    }
    terminal_width()
}

fn progress_bar(show: bool, total: usize) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files · {rate} · {elapsed} (ETA {eta})")
    {
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} files/s", state.per_sec());
            },
        ));
    }
    bar
}

/// The collecting side of the pool.
struct Collector<'a, 'p> {
    slots: Vec<Slot>,
    state: &'a mut State,
    /// `--unordered`: the printer files go to as they arrive.
    stream: Option<&'a mut (dyn Printer + 'p)>,
    names: &'a [String],
    bar: &'a ProgressBar,
    /// Reports taken from an earlier run's state.
    resumed: usize,
}

impl Collector<'_, '_> {
    fn collect(&mut self, rx: &Receiver<Done>) -> io::Result<()> {
        loop {
            let done = match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(done) => done,
                Err(RecvTimeoutError::Timeout) => {
                    self.bar.tick();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            };
            self.bar.inc(1);
            match done {
                Done::Screened {
                    index,
                    key,
                    facts,
                    stored,
                    streamed,
                } => {
                    let span = self.state.push_report(&key, &facts, &stored)?;
                    if let (Some(stream), Some(mut report)) = (self.stream.as_mut(), streamed) {
                        label(&mut report);
                        stream.print(Event::Report(&report))?;
                    }
                    self.slots[index] = Slot::Screened { span, facts };
                }
                Done::Earlier { index, span, facts } => {
                    self.resumed += 1;
                    if let Some(stream) = self.stream.as_mut().filter(|_| facts.filtered.is_none())
                    {
                        let mut report = self.state.read(span)?;
                        report.file.clone_from(&self.names[index]);
                        label(&mut report);
                        stream.print(Event::Report(&report))?;
                    }
                    self.slots[index] = Slot::Screened { span, facts };
                }
                Done::Duplicate(index, of) => {
                    if let Some(stream) = self.stream.as_mut() {
                        stream.print(Event::Duplicate {
                            file: &self.names[index],
                            of: &self.names[of],
                        })?;
                    }
                    self.slots[index] = Slot::Duplicate(of);
                }
                Done::Failed(index, failure, key) => {
                    if let Some(key) = key {
                        self.state.push_error(&key, &failure.error)?;
                    }
                    if let Some(stream) = self.stream.as_mut() {
                        stream.print(Event::Failed(&failure))?;
                    }
                    self.slots[index] = Slot::Failed(failure.error);
                }
            }
        }
    }
}

/// Sets what a row says of a file beyond its report: its status and the
/// first things to know.
fn label(report: &mut Report) {
    report.status = Some(report.screen_status());
    report.reasons = report.reasons();
}

/// A screened file as the ranking sees it.
struct Screened {
    /// Index of the path it is reported under: the first of its copies.
    first: usize,
    span: Span,
    facts: Box<Facts>,
    /// Paths of identical copies.
    copies: Vec<String>,
}

/// The collected results, grouped.
struct Outcome {
    screened: Vec<Screened>,
    /// Failed files, sorted by path.
    failed: Vec<FileFailure>,
    /// Of `failed`, how many are folders the walk could not read.
    failed_reading: usize,
    duplicates: usize,
}

/// One row of the ranking: a screened file, and the other files of the
/// same person ranked under it.
struct Row {
    index: usize,
    rank: crate::report::Rank,
    members: Vec<usize>,
}

/// What is printed, in order, and what is only counted.
struct Rows {
    ranked: Vec<Row>,
    /// Files with no text (scans): listed after the ranking, unranked.
    no_text: Vec<usize>,
    /// Files ranked under another file of the same person.
    grouped: usize,
    /// Ranked files flagged for hidden text.
    hidden_text: usize,
    filtered: BTreeMap<Filtered, usize>,
}

impl Outcome {
    fn new(slots: Vec<Slot>, names: &[String], unreadable: Vec<(PathBuf, FileError)>) -> Outcome {
        let mut copies: Vec<Vec<usize>> = vec![Vec::new(); slots.len()];
        for (index, slot) in slots.iter().enumerate() {
            if let Slot::Duplicate(of) = slot {
                copies[*of].push(index);
            }
        }
        let mut screened = Vec::new();
        let mut failed = Vec::new();
        let mut duplicates = 0;
        for (index, slot) in slots.into_iter().enumerate() {
            let file = names[index].clone();
            match slot {
                Slot::Screened { span, facts } => {
                    // Paths are sorted, so the smallest index is the first path.
                    let mut group = std::mem::take(&mut copies[index]);
                    group.push(index);
                    group.sort_unstable();
                    duplicates += group.len() - 1;
                    screened.push(Screened {
                        first: group[0],
                        span,
                        facts,
                        copies: group[1..].iter().map(|&i| names[i].clone()).collect(),
                    });
                }
                Slot::Failed(error) => failed.push(FileFailure { file, error }),
                Slot::Pending => failed.push(FileFailure {
                    file,
                    error: FileError::new(
                        ErrorCode::Crashed,
                        "not screened (the run stopped early)",
                    ),
                }),
                Slot::Duplicate(_) => {}
            }
        }
        let failed_reading = unreadable.len();
        failed.extend(unreadable.into_iter().map(|(p, error)| FileFailure {
            file: display_name(&p),
            error,
        }));
        failed.sort_by(|a, b| a.file.cmp(&b.file));
        Outcome {
            screened,
            failed,
            failed_reading,
            duplicates,
        }
    }

    /// The rows, best first: files with text that the filters keep, one
    /// per person when `group`; then the files with no text, by path.
    fn rows(&self, names: &[String], group: bool) -> Rows {
        let mut filtered = BTreeMap::new();
        let mut no_text = Vec::new();
        let mut rankable = Vec::new();
        for (i, s) in self.screened.iter().enumerate() {
            if let Some(why) = s.facts.filtered {
                *filtered.entry(why).or_insert(0) += 1;
            } else if s.facts.status == Status::NoText {
                no_text.push(i);
            } else {
                rankable.push(i);
            }
        }
        let key = |i: usize| RankKey {
            score: self.screened[i].facts.score,
            must_share: self.screened[i].facts.must_share,
            role: "",
            file: &names[self.screened[i].first],
        };
        let order: Vec<usize> = rank(&rankable.iter().map(|&i| key(i)).collect::<Vec<_>>())
            .into_iter()
            .map(|(k, _)| rankable[k])
            .collect();
        // The best file of each person is their row; the others go under it.
        let mut heads: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut grouped = 0;
        if group {
            let people: Vec<&person::Person> = order
                .iter()
                .map(|&i| &self.screened[i].facts.person)
                .collect();
            let roots = person::group(&people);
            let mut head_of: HashMap<usize, usize> = HashMap::new();
            for (k, &i) in order.iter().enumerate() {
                match head_of.get(&roots[k]) {
                    Some(&h) => {
                        heads[h].1.push(i);
                        grouped += 1;
                    }
                    None => {
                        head_of.insert(roots[k], heads.len());
                        heads.push((i, Vec::new()));
                    }
                }
            }
        } else {
            heads = order.into_iter().map(|i| (i, Vec::new())).collect();
        }
        let ranks = rank(&heads.iter().map(|(i, _)| key(*i)).collect::<Vec<_>>());
        let mut ranked: Vec<Row> = ranks
            .into_iter()
            .map(|(k, rank)| Row {
                index: heads[k].0,
                rank,
                members: std::mem::take(&mut heads[k].1),
            })
            .collect();
        ranked.shrink_to_fit();
        let hidden_text = ranked
            .iter()
            .filter(|r| self.screened[r.index].facts.status == Status::HiddenText)
            .count();
        Rows {
            ranked,
            no_text,
            grouped,
            hidden_text,
            filtered,
        }
    }
}
