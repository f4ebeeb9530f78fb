//! `ats screen`: rank a folder of resumes against one target.
//!
//! In: the files ([`inputs::gather`]), one compiled target ([`Analyzer`]) and
//! the settings. Out: a ranked table, CSV or JSON Lines on the destination,
//! a summary on standard error, and an [`Exit`].
//!
//! A pool of `jobs` threads takes file indexes from a shared counter. Each
//! thread owns an [`Extractor`], so each has its own isolated worker process,
//! started on its first PDF or DOCX and reused until it dies (then the next
//! file starts a fresh one). A thread reads a file, hashes it, and skips the
//! work when an identical file (same bytes, same format) was already claimed;
//! otherwise it extracts, analyzes and sends back a compact [`Row`] (and, for
//! JSON Lines, the report's JSON, which waits in an anonymous spill file).
//! The calling thread collects, draws the progress bar and, at the end,
//! groups identical files under their first path, ranks (score, must-have
//! share, path) and prints. Nothing depends on which thread finished first,
//! so `-j 1` and `-j 8` print the same bytes.

pub mod inputs;
pub mod rows;

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::analyze::Analyzer;
use crate::cli::ScreenFormat;
use crate::exit::Exit;
use crate::extract::worker::Extractor;
use crate::extract::{ErrorCode, FileError, Format, Limits, read_input, sniff};
use crate::output::AtomicFile;
use crate::report;
use inputs::Inputs;
use rows::{Failed, Ranked, Row};

/// How one `screen` run prints and runs.
#[derive(Clone, Debug)]
pub struct Settings {
    pub format: ScreenFormat,
    /// JSON Lines as files finish, without ranks.
    pub unordered: bool,
    pub top: Option<usize>,
    pub jobs: usize,
    pub quiet: bool,
    pub limits: Limits,
    /// The `ats` binary, started as the extraction worker.
    pub exe: PathBuf,
    /// Print a progress bar on standard error (a terminal, not `--quiet`).
    pub progress: bool,
}

/// Where the ranked output goes.
pub enum Destination<'a> {
    Stdout(&'a mut dyn Write),
    /// `-o FILE`, replaced only when the run completes.
    File(AtomicFile),
}

impl Destination<'_> {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Destination::Stdout(w) => *w,
            Destination::File(f) => f,
        }
    }
}

/// What a pool thread reports for one file.
enum Done {
    Screened {
        index: usize,
        row: Box<Row>,
        json: Option<String>,
    },
    /// Same bytes and format as the file `of`, which is screened instead.
    Duplicate {
        index: usize,
        of: usize,
    },
    Failed {
        index: usize,
        error: FileError,
    },
}

/// What the collector knows of one file.
enum Slot {
    Pending,
    Screened(Box<Row>, Option<Span>),
    Duplicate(usize),
    Failed(FileError),
}

/// Where a report's JSON sits in the spill file.
#[derive(Clone, Copy)]
struct Span {
    offset: u64,
    len: usize,
}

/// How reports become JSON in the pool.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Json {
    /// Table and CSV need none.
    None,
    /// Ordered JSON Lines: serialized with an empty file name, filled in later.
    Spilled,
    /// Unordered JSON Lines: printed as is.
    Streamed,
}

/// Read-only state the pool threads share.
struct Pool<'a> {
    files: &'a [PathBuf],
    names: &'a [String],
    next: AtomicUsize,
    seen: Mutex<HashMap<([u8; 32], Format), usize>>,
    analyzer: &'a Analyzer,
    limits: Limits,
    json: Json,
    cancel: &'a AtomicBool,
}

impl Pool<'_> {
    fn work(&self, extractor: &mut Extractor, tx: &Sender<Done>) {
        while !self.cancel.load(Ordering::Relaxed) {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if index >= self.files.len() {
                break;
            }
            if tx.send(self.screen(index, extractor)).is_err() {
                break;
            }
        }
    }

    fn screen(&self, index: usize, extractor: &mut Extractor) -> Done {
        let path = &self.files[index];
        let failed = |error| Done::Failed { index, error };
        let bytes = match read_input(path, self.limits.max_file_size) {
            Ok(b) => b,
            Err(e) => return failed(e),
        };
        let format = match sniff(&bytes, path) {
            Ok(f) => f,
            Err(e) => return failed(e),
        };
        let key = (*blake3::hash(&bytes).as_bytes(), format);
        {
            let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(&of) = seen.get(&key) {
                return Done::Duplicate { index, of };
            }
            seen.insert(key, index);
        }
        let doc = match extractor.extract(&bytes, format) {
            Ok(d) => d,
            Err(e) => return failed(e),
        };
        drop(bytes);
        let label = match self.json {
            Json::Spilled => "",
            Json::None | Json::Streamed => &self.names[index],
        };
        let report = self.analyzer.analyze(label, format, &doc);
        let json = match self.json {
            Json::None => None,
            Json::Spilled | Json::Streamed => match serde_json::to_string(&report) {
                Ok(json) => Some(json),
                Err(e) => return failed(FileError::new(ErrorCode::Io, e.to_string())),
            },
        };
        Done::Screened {
            index,
            row: Box::new(Row::new(&report)),
            json,
        }
    }
}

/// Screens `inputs` and prints the ranking. I/O errors on the destination
/// end the run; a file that cannot be read is a row, never an error here.
pub fn run(
    settings: &Settings,
    analyzer: &Analyzer,
    inputs: Inputs,
    mut dest: Destination<'_>,
    err: &mut dyn Write,
    cancel: &Arc<AtomicBool>,
) -> io::Result<Exit> {
    let started = Instant::now();
    let names: Vec<String> = inputs
        .files
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let json = match (settings.format, settings.unordered) {
        (ScreenFormat::Jsonl, true) => Json::Streamed,
        (ScreenFormat::Jsonl, false) => Json::Spilled,
        _ => Json::None,
    };
    let pool = Pool {
        files: &inputs.files,
        names: &names,
        next: AtomicUsize::new(0),
        seen: Mutex::new(HashMap::new()),
        analyzer,
        limits: settings.limits,
        json,
        cancel,
    };
    let bar = progress_bar(settings.progress, inputs.files.len());
    let mut spill = match json {
        Json::Spilled => Some(Spill::new()?),
        Json::None | Json::Streamed => None,
    };
    let jobs = settings.jobs.clamp(1, inputs.files.len().max(1));
    let collected = std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..jobs {
            let tx = tx.clone();
            let pool = &pool;
            scope.spawn(move || {
                let mut extractor = Extractor::isolated(settings.exe.clone(), settings.limits)
                    .cancel_on(Arc::clone(cancel));
                pool.work(&mut extractor, &tx);
            });
        }
        drop(tx);
        let mut collector = Collector {
            slots: (0..inputs.files.len()).map(|_| Slot::Pending).collect(),
            spill: spill.as_mut(),
            stream: (json == Json::Streamed).then(|| dest.writer()),
            names: &names,
            bar: &bar,
        };
        let result = collector.collect(&rx);
        if result.is_err() {
            // Stop the pool; it drains into the closed channel.
            cancel.store(true, Ordering::Relaxed);
        }
        drop(rx);
        result.map(|()| collector.slots)
    });
    bar.finish_and_clear();
    let slots = collected?;
    if cancel.load(Ordering::Relaxed) {
        let what = match &dest {
            Destination::File(f) => format!("; {} was not written", f.target().display()),
            Destination::Stdout(_) => String::new(),
        };
        writeln!(err, "ats: interrupted{what}")?;
        return Ok(Exit::Interrupted);
    }

    let outcome = Outcome::new(slots, &names, inputs.unreadable);
    let ranked = outcome.ranked(&names);
    let failed: Vec<Failed<'_>> = outcome
        .failed
        .iter()
        .map(|(file, error)| Failed { file, error })
        .collect();
    let shown = settings.top.map_or(ranked.len(), |n| n.min(ranked.len()));
    // The table's colors are for a terminal: standard output strips them
    // itself when it is not one (AutoStream); a file always gets plain text.
    let to_file = matches!(dest, Destination::File(_));
    let w = dest.writer();
    match (settings.format, json) {
        (ScreenFormat::Table, _) => {
            let role = analyzer.role();
            let target = format!("{} ({})", role.name, role.id);
            let hidden = ranked.len() - shown;
            if to_file {
                let mut plain = anstream::StripStream::new(Vec::new());
                rows::write_table(&mut plain, &target, &ranked[..shown], hidden, &failed)?;
                w.write_all(&plain.into_inner())?;
            } else {
                rows::write_table(w, &target, &ranked[..shown], hidden, &failed)?;
            }
        }
        (ScreenFormat::Csv, _) => rows::write_csv(w, &ranked[..shown], &failed)?,
        (ScreenFormat::Jsonl, Json::Spilled) => {
            let spill = spill
                .as_mut()
                .ok_or_else(|| io::Error::other("no spill file"))?;
            for r in &ranked[..shown] {
                let span = outcome.spans.get(&r.index).copied();
                let spilled = span.map(|s| spill.read(s)).transpose()?.unwrap_or_default();
                writeln!(w, "{}", rows::jsonl_line(&spilled, r)?)?;
            }
            for f in &failed {
                writeln!(w, "{}", rows::jsonl_failure(f)?)?;
            }
        }
        (ScreenFormat::Jsonl, _) => {}
    }
    w.flush()?;
    if let Destination::File(file) = dest {
        file.commit()?;
    }
    if !settings.quiet {
        let summary = Summary {
            files: inputs.files.len() + outcome.failed_reading,
            ranked: ranked.len(),
            duplicates: outcome.duplicates,
            failed: &outcome.failed,
            skipped: inputs.skipped,
            elapsed: started.elapsed(),
        };
        summary.write(err, &analyzer.role().id)?;
    }
    Ok(if outcome.failed.is_empty() {
        Exit::Success
    } else {
        Exit::Error
    })
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

/// The anonymous file that holds reports' JSON until they are ranked, so
/// memory stays flat however many files a batch has.
struct Spill {
    writer: BufWriter<File>,
    end: u64,
}

impl Spill {
    fn new() -> io::Result<Spill> {
        Ok(Spill {
            writer: BufWriter::new(tempfile::tempfile()?),
            end: 0,
        })
    }

    fn push(&mut self, json: &str) -> io::Result<Span> {
        self.writer.write_all(json.as_bytes())?;
        let span = Span {
            offset: self.end,
            len: json.len(),
        };
        self.end += json.len() as u64;
        Ok(span)
    }

    fn read(&mut self, span: Span) -> io::Result<String> {
        self.writer.flush()?;
        let mut buf = vec![0; span.len];
        self.writer.get_ref().read_exact_at(&mut buf, span.offset)?;
        String::from_utf8(buf).map_err(io::Error::other)
    }
}

/// The collecting side of the pool.
struct Collector<'a, 'w> {
    slots: Vec<Slot>,
    spill: Option<&'a mut Spill>,
    /// `--unordered`: where lines go as they arrive.
    stream: Option<&'a mut (dyn Write + 'w)>,
    names: &'a [String],
    bar: &'a ProgressBar,
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
                Done::Screened { index, row, json } => {
                    let mut span = None;
                    if let Some(json) = json {
                        if let Some(stream) = self.stream.as_mut() {
                            writeln!(stream, "{json}")?;
                            stream.flush()?;
                        } else if let Some(spill) = self.spill.as_mut() {
                            span = Some(spill.push(&json)?);
                        }
                    }
                    self.slots[index] = Slot::Screened(row, span);
                }
                Done::Duplicate { index, of } => {
                    if let Some(stream) = self.stream.as_mut() {
                        let line = serde_json::json!({
                            "file": self.names[index],
                            "duplicate_of": self.names[of],
                        });
                        writeln!(stream, "{line}")?;
                        stream.flush()?;
                    }
                    self.slots[index] = Slot::Duplicate(of);
                }
                Done::Failed { index, error } => {
                    if let Some(stream) = self.stream.as_mut() {
                        let failed = Failed {
                            file: &self.names[index],
                            error: &error,
                        };
                        writeln!(stream, "{}", rows::jsonl_failure(&failed)?)?;
                        stream.flush()?;
                    }
                    self.slots[index] = Slot::Failed(error);
                }
            }
        }
    }
}

/// The collected results, grouped and sorted.
struct Outcome {
    /// Screened files: (index of the path they are reported under, row,
    /// paths of identical copies).
    screened: Vec<(usize, Box<Row>, Vec<String>)>,
    /// Spill spans by the index a row is reported under.
    spans: HashMap<usize, Span>,
    /// Failed files by path, sorted.
    failed: Vec<(String, FileError)>,
    /// Of `failed`, how many are folders the walk could not read.
    failed_reading: usize,
    duplicates: usize,
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
        let mut spans = HashMap::new();
        let mut failed = Vec::new();
        let mut duplicates = 0;
        for (index, slot) in slots.into_iter().enumerate() {
            match slot {
                Slot::Screened(row, span) => {
                    // Paths are sorted, so the smallest index is the first path.
                    let mut group = std::mem::take(&mut copies[index]);
                    group.push(index);
                    group.sort_unstable();
                    let first = group[0];
                    duplicates += group.len() - 1;
                    let others = group[1..].iter().map(|&i| names[i].clone()).collect();
                    if let Some(span) = span {
                        spans.insert(first, span);
                    }
                    screened.push((first, row, others));
                }
                Slot::Failed(error) => failed.push((names[index].clone(), error)),
                Slot::Pending => failed.push((
                    names[index].clone(),
                    FileError::new(ErrorCode::Crashed, "not screened (the run stopped early)"),
                )),
                Slot::Duplicate(_) => {}
            }
        }
        let failed_reading = unreadable.len();
        failed.extend(
            unreadable
                .into_iter()
                .map(|(p, e)| (p.display().to_string(), e)),
        );
        failed.sort_by(|a, b| a.0.cmp(&b.0));
        Outcome {
            screened,
            spans,
            failed,
            failed_reading,
            duplicates,
        }
    }

    /// The screened rows, best first.
    fn ranked<'a>(&'a self, names: &'a [String]) -> Vec<Ranked<'a>> {
        let keys: Vec<report::RankKey<'_>> = self
            .screened
            .iter()
            .map(|(first, row, _)| row.rank_key(&names[*first]))
            .collect();
        let order = report::rank(&keys);
        let mut per_rank: BTreeMap<u32, usize> = BTreeMap::new();
        for (_, rank) in &order {
            *per_rank.entry(*rank).or_default() += 1;
        }
        order
            .into_iter()
            .map(|(i, rank)| {
                let (first, row, others) = &self.screened[i];
                Ranked {
                    rank,
                    tied: per_rank.get(&rank).is_some_and(|&n| n > 1),
                    file: &names[*first],
                    index: *first,
                    row,
                    duplicates: others,
                }
            })
            .collect()
    }
}

/// The closing line on standard error.
struct Summary<'a> {
    files: usize,
    ranked: usize,
    duplicates: usize,
    failed: &'a [(String, FileError)],
    skipped: usize,
    elapsed: Duration,
}

impl Summary<'_> {
    fn write(&self, err: &mut dyn Write, target: &str) -> io::Result<()> {
        let secs = self.elapsed.as_secs_f64();
        let rate = if secs > 0.0 {
            self.files as f64 / secs
        } else {
            0.0
        };
        let mut line = format!(
            "screened {} file{} against {target} in {secs:.1} s ({rate:.0} files/s): {} ranked",
            self.files,
            rows::plural(self.files),
            self.ranked
        );
        if self.duplicates > 0 {
            line.push_str(&format!(
                ", {} identical cop{} ranked once",
                self.duplicates,
                if self.duplicates == 1 { "y" } else { "ies" }
            ));
        }
        if !self.failed.is_empty() {
            let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, e) in self.failed {
                *reasons.entry(e.code.as_str()).or_default() += 1;
            }
            let reasons: Vec<String> = reasons.iter().map(|(c, n)| format!("{n} {c}")).collect();
            line.push_str(&format!(
                ", {} failed ({})",
                self.failed.len(),
                reasons.join(", ")
            ));
        }
        if self.skipped > 0 {
            line.push_str(&format!(
                "; {} other file{} in the folders skipped",
                self.skipped,
                rows::plural(self.skipped)
            ));
        }
        writeln!(err, "{line}")
    }
}
