//! The per-file pipeline behind a wall: reading any format, and analyzing
//! it, in a worker process under one memory limit and one time limit.
//!
//! In: an [`Input`] (bytes, format, path) and, for analysis, the targets
//! ([`Analysis`]). Out: its [`Document`], or its [`Report`]s (one per
//! target), or a [`FileError`]. Third-party parsers can panic, overflow the
//! stack, loop or allocate without bound on hostile files, and our own
//! readers and checks are bounded only by the input's size; so with
//! [`Worker::isolated`] every format is read, and every file analyzed, in a
//! worker process. A file that takes longer than the time limit, or more
//! memory than the limit, stops its worker and becomes a per-file error
//! (`timeout`, `out-of-memory`, `crashed`); the next file gets a fresh
//! worker, and one file can never stall a batch. [`Worker::in_process`]
//! does the same work in the calling process, for trusted files (tests,
//! benches).
//!
//! The worker is this same binary started with a hidden subcommand
//! ([`WORKER_COMMAND`]). It limits its own address space (`RLIMIT_AS`),
//! turns off core dumps, then answers requests on standard input until it
//! reads end-of-file. Protocol (integers little-endian): a request is
//! `[kind: u8][header: u64 length + JSON][body: u64 length + bytes]`, kind 0
//! the targets (answered with an empty frame once they are compiled), kind
//! 1 a file (to extract, to analyze, or a job description to derive a role
//! from); an answer is `[u64 length][tag: u8][payload]`, tag 0 a document
//! (JSON), 1 reports ([`report::encode`]), 2 a [`FileError`] (JSON), 3 a
//! derived role (JSON).

use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::analyze::{Analyzer, Options};
use crate::extract::{
    Document, ErrorCode, FileError, Format, Input, Limits, extract_bytes, human_size,
};
use crate::jd::{Derived, Lexicon, derive};
use crate::report::{self, Report};
use crate::roles::{AcronymPair, Role, Shared};

/// The hidden subcommand that starts a worker.
pub const WORKER_COMMAND: &str = "__extract-worker";

/// Bytes of the worker's standard error kept, at its start and at its end,
/// to explain a crash.
const STDERR_TAIL: usize = 4096;

/// How often a wait for the worker looks at the cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// What the files are analyzed against: compiled once per worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Analysis {
    pub roles: Vec<Role>,
    /// The common acronym pairs.
    pub pairs: Vec<AcronymPair>,
    pub options: Options,
}

impl Analysis {
    fn compile(&self) -> Vec<Analyzer> {
        self.roles
            .iter()
            .map(|role| {
                Analyzer::with_options(role.clone(), self.pairs.clone(), self.options.clone())
            })
            .collect()
    }
}

/// One file to read, and how.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Request {
    format: Format,
    /// The file on disk (for LaTeX `\input`s), when it is one.
    #[serde(with = "path_bytes")]
    file: Option<PathBuf>,
    #[serde(with = "path_bytes")]
    include_root: Option<PathBuf>,
    max_size: u64,
    /// Analyze it under this name; without, only extract it.
    analyze: Option<String>,
    /// Keep only what a ranking row shows ([`Report::trim_for_ranking`]).
    trim: bool,
    /// A job description: derive a role with this id and name from it.
    #[serde(default)]
    derive: Option<(String, String)>,
}

/// Paths as their bytes: a file name need not be UTF-8.
mod path_bytes {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::path::PathBuf;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(super) fn serialize<S: Serializer>(
        path: &Option<PathBuf>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        path.as_ref().map(|p| p.as_os_str().as_bytes()).serialize(s)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<PathBuf>, D::Error> {
        let bytes: Option<Vec<u8>> = Option::deserialize(d)?;
        Ok(bytes.map(|b| PathBuf::from(OsStr::from_bytes(&b))))
    }
}

/// What a request gives.
enum Answer {
    Document(Document),
    Reports(Vec<Report>),
    Derived(Box<Derived>),
}

/// The built-in lexicon, built once per worker on its first job description.
fn lexicon() -> Result<&'static Lexicon, FileError> {
    static LEXICON: std::sync::OnceLock<Option<Lexicon>> = std::sync::OnceLock::new();
    LEXICON
        .get_or_init(|| {
            let shared = Shared::builtin().ok()?;
            Lexicon::builtin(&shared).ok()
        })
        .as_ref()
        .ok_or_else(|| FileError::new(ErrorCode::Crashed, "the built-in keyword data did not load"))
}

/// Reads one file, and analyzes it when asked: the work a worker does.
fn answer(request: &Request, bytes: &[u8], analyzers: &[Analyzer]) -> Result<Answer, FileError> {
    let limits = Limits {
        max_file_size: request.max_size,
        ..Limits::default()
    };
    let doc = extract_bytes(
        bytes,
        request.format,
        request.file.as_deref(),
        request.include_root.as_deref(),
        &limits,
    )?;
    if let Some((id, name)) = &request.derive {
        return Ok(Answer::Derived(Box::new(derive(
            lexicon()?,
            id,
            name,
            &doc,
        ))));
    }
    let Some(name) = &request.analyze else {
        return Ok(Answer::Document(doc));
    };
    let reports = analyzers
        .iter()
        .map(|a| {
            let mut report = a.analyze(name, request.format, &doc);
            if request.trim {
                report.trim_for_ranking();
            }
            report
        })
        .collect();
    Ok(Answer::Reports(reports))
}

/// Runs the worker loop on standard input and output. Returns the process
/// exit code. Called by the binary for [`WORKER_COMMAND`]; never by the CLI
/// parent itself.
pub fn serve(memory_limit: u64) -> i32 {
    // A crash must not leave a core file behind in the user's folder.
    let _ = rlimit::setrlimit(rlimit::Resource::CORE, 0, 0);
    if memory_limit > 0 {
        let _ = rlimit::setrlimit(rlimit::Resource::AS, memory_limit, memory_limit);
    }
    // Panics are caught and reported as results; the default hook would
    // print "thread 'main' panicked" to the user's terminal.
    std::panic::set_hook(Box::new(|_| {}));
    exit_when_orphaned();
    let mut input = BufReader::new(io::stdin().lock());
    let mut output = io::stdout().lock();
    let mut analyzers: Vec<Analyzer> = Vec::new();
    loop {
        let mut kind = [0u8; 1];
        match input.read_exact(&mut kind) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return 0,
            Err(_) => return 3,
        }
        let (Ok(header), Ok(body)) = (read_frame(&mut input), read_frame(&mut input)) else {
            return 3;
        };
        let reply = match kind[0] {
            0 => {
                let Ok(analysis) = serde_json::from_slice::<Analysis>(&header) else {
                    return 3;
                };
                analyzers = analysis.compile();
                Vec::new()
            }
            1 => {
                let Ok(request) = serde_json::from_slice::<Request>(&header) else {
                    return 3;
                };
                let result = catch_panic(request.format, || answer(&request, &body, &analyzers));
                drop(body);
                match encode_answer(&result) {
                    Ok(reply) => reply,
                    Err(_) => return 3,
                }
            }
            _ => return 3,
        };
        let frame = (reply.len() as u64).to_le_bytes();
        if output.write_all(&frame).is_err()
            || output.write_all(&reply).is_err()
            || output.flush().is_err()
        {
            return 3;
        }
    }
}

fn encode_answer(result: &Result<Answer, FileError>) -> serde_json::Result<Vec<u8>> {
    let (tag, payload) = match result {
        Ok(Answer::Document(doc)) => (0, serde_json::to_vec(doc)?),
        Ok(Answer::Reports(reports)) => (1, report::encode(reports)?),
        Err(e) => (2, serde_json::to_vec(e)?),
        Ok(Answer::Derived(derived)) => (3, serde_json::to_vec(derived)?),
    };
    let mut reply = Vec::with_capacity(payload.len() + 1);
    reply.push(tag);
    reply.extend_from_slice(&payload);
    Ok(reply)
}

fn decode_answer(reply: &[u8]) -> Option<Result<Answer, FileError>> {
    let (tag, payload) = reply.split_first()?;
    Some(match tag {
        0 => Ok(Answer::Document(serde_json::from_slice(payload).ok()?)),
        1 => Ok(Answer::Reports(report::decode(payload).ok()?)),
        2 => Err(serde_json::from_slice(payload).ok()?),
        3 => Ok(Answer::Derived(serde_json::from_slice(payload).ok()?)),
        _ => return None,
    })
}

/// What a parser is called in messages.
fn what(format: Format) -> &'static str {
    match format {
        Format::Pdf => "PDF",
        Format::Docx => "DOCX",
        Format::Odt => "OpenDocument",
        Format::Rtf => "RTF",
        Format::Text => "text",
        Format::Markdown => "Markdown",
        Format::Latex => "LaTeX",
        Format::Typst => "Typst",
        Format::JsonResume => "JSON Resume",
        Format::Yaml => "YAML",
    }
}

/// Runs `f`, turning a panic into a `crashed` error with a short cause,
/// never the panic's own text.
fn catch_panic<T>(
    format: Format,
    f: impl FnOnce() -> Result<T, FileError>,
) -> Result<T, FileError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(FileError::new(
                ErrorCode::Crashed,
                format!(
                    "the {} reader failed on this file ({}); re-export it from the original document",
                    what(format),
                    short_cause(&detail)
                ),
            ))
        }
    }
}

/// A few words on why a parser panicked: `Parse(InvalidContentStream)`
/// becomes "invalid content stream", a short plain message stays; anything
/// else (numbers, paths, code) a generic cause.
fn short_cause(panic: &str) -> String {
    let last = panic.rsplit(": ").next().unwrap_or(panic);
    let inner = last
        .rsplit('(')
        .next()
        .unwrap_or(last)
        .trim_end_matches(')')
        .trim();
    let identifier = !inner.is_empty()
        && inner.len() <= 40
        && inner.chars().all(|c| c.is_ascii_alphabetic())
        && inner.starts_with(|c: char| c.is_ascii_uppercase());
    if identifier {
        return split_camel(inner).join(" ");
    }
    let phrase = !last.is_empty()
        && last.len() <= 40
        && last.chars().all(|c| c.is_ascii_lowercase() || c == ' ');
    if phrase {
        last.to_owned()
    } else {
        "a malformed file".to_owned()
    }
}

fn split_camel(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in name.chars() {
        if c.is_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        if let Some(w) = words.last_mut() {
            w.extend(c.to_lowercase());
        }
    }
    words.retain(|w| !w.trim().is_empty());
    words.iter().map(|w| w.trim().to_owned()).collect()
}

/// Ends the worker when its parent is gone (killed with SIGKILL, so it
/// could not stop us): a worker stuck in a looping file must not spin on
/// as an orphan. Reading standard input notices a dead parent only between
/// files.
fn exit_when_orphaned() {
    let parent = std::os::unix::process::parent_id();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(250));
            if std::os::unix::process::parent_id() != parent {
                std::process::exit(3);
            }
        }
    });
}

/// Reads files, and analyzes them once [`Worker::set_analysis`] says
/// against what: in worker processes, or in this process.
pub struct Worker {
    /// The `ats` binary to start workers from; none: in this process.
    exe: Option<PathBuf>,
    limits: Limits,
    /// Where LaTeX `\input`s may come from (None: each resume's folder).
    include_root: Option<PathBuf>,
    analysis: Option<Arc<Analysis>>,
    /// In this process: the analysis, compiled.
    analyzers: Vec<Analyzer>,
    process: Option<Process>,
    cancel: Option<Arc<AtomicBool>>,
}

impl Worker {
    /// Does everything in this process: for trusted files (benches, tests).
    /// A hostile PDF can crash or hang the caller.
    pub fn in_process() -> Worker {
        Worker {
            exe: None,
            limits: Limits::default(),
            include_root: None,
            analysis: None,
            analyzers: Vec::new(),
            process: None,
            cancel: None,
        }
    }

    /// Reads and analyzes in worker processes started from `exe` (the `ats`
    /// binary), with the given limits.
    pub fn isolated(exe: PathBuf, limits: Limits) -> Worker {
        Worker {
            exe: Some(exe),
            limits,
            ..Worker::in_process()
        }
    }

    /// Lets LaTeX `\input`s come from anywhere inside `root` (the folder of
    /// the `.ats.toml` in use, say) rather than only the resume's folder.
    pub fn with_include_root(mut self, root: Option<PathBuf>) -> Worker {
        self.include_root = root;
        self
    }

    /// Stops waiting for the worker, and kills it, soon after `flag` is set
    /// (Ctrl-C in `screen`): the file then fails with an `interrupted` message.
    pub fn cancel_on(mut self, flag: Arc<AtomicBool>) -> Worker {
        self.cancel = Some(flag);
        self
    }

    /// What [`Worker::analyze`] analyzes against. A running worker gets it
    /// before its next file; a new one when it starts.
    pub fn set_analysis(&mut self, analysis: Arc<Analysis>) {
        if self.exe.is_none() {
            self.analyzers = analysis.compile();
        }
        if let Some(process) = self.process.as_mut() {
            process.set_up = false;
        }
        self.analysis = Some(analysis);
    }

    /// The document of one input. Never panics; a parser that misbehaves
    /// becomes an error for this file only.
    pub fn extract(&mut self, input: &Input) -> Result<Document, FileError> {
        match self.run(input, None, false, None)? {
            Answer::Document(doc) => Ok(doc),
            _ => Err(FileError::new(
                ErrorCode::Crashed,
                "a worker answered wrong",
            )),
        }
    }

    /// The role a job description asks for ([`derive`]), named `id` and
    /// `name`: read and derived behind the wall, like a resume.
    pub fn derive_jd(&mut self, input: &Input, id: &str, name: &str) -> Result<Derived, FileError> {
        match self.run(input, None, false, Some((id, name)))? {
            Answer::Derived(derived) => Ok(*derived),
            _ => Err(FileError::new(
                ErrorCode::Crashed,
                "a worker answered wrong",
            )),
        }
    }

    /// The reports of one input, one per target of the analysis, each
    /// naming the file `name`; with `trim`, only what a ranking row shows.
    pub fn analyze(
        &mut self,
        input: &Input,
        name: &str,
        trim: bool,
    ) -> Result<Vec<Report>, FileError> {
        match self.run(input, Some(name), trim, None)? {
            Answer::Reports(reports) => Ok(reports),
            _ => Err(FileError::new(
                ErrorCode::Crashed,
                "a worker answered wrong",
            )),
        }
    }

    fn run(
        &mut self,
        input: &Input,
        name: Option<&str>,
        trim: bool,
        derive: Option<(&str, &str)>,
    ) -> Result<Answer, FileError> {
        let request = Request {
            format: input.format,
            file: input.file().map(Path::to_path_buf),
            include_root: self.include_root.clone(),
            max_size: self.limits.max_file_size,
            analyze: name.map(str::to_owned),
            trim,
            derive: derive.map(|(id, name)| (id.to_owned(), name.to_owned())),
        };
        let Some(exe) = &self.exe else {
            return catch_panic(input.format, || {
                answer(&request, &input.bytes, &self.analyzers)
            });
        };
        if self.process.is_none() {
            self.process = Some(Process::start(exe, self.limits.memory)?);
        }
        let Some(process) = self.process.as_mut() else {
            return Err(FileError::new(ErrorCode::Crashed, "no worker"));
        };
        let cancel = self.cancel.as_deref();
        let mut outcome = Ok(());
        if name.is_some()
            && !process.set_up
            && let Some(analysis) = &self.analysis
        {
            outcome = process.set_up(analysis, cancel);
        }
        let outcome = outcome
            .and_then(|()| process.request(&request, &input.bytes, self.limits.timeout, cancel));
        match outcome {
            Ok(Some(result)) => result,
            Ok(None) => Err(FileError::new(
                ErrorCode::Crashed,
                "a worker answered wrong",
            )),
            Err(death) => {
                // The worker is gone or stuck: reap it and explain why.
                let process = self.process.take();
                Err(process.map_or_else(
                    || FileError::new(ErrorCode::Crashed, "worker lost"),
                    |p| p.explain(death, input.format, &self.limits),
                ))
            }
        }
    }
}

/// Why a request got no answer.
enum Death {
    Timeout,
    Exited,
    Cancelled,
}

/// A running worker process.
struct Process {
    child: Child,
    stdin: Option<ChildStdin>,
    responses: Receiver<io::Result<Vec<u8>>>,
    stderr_tail: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
    /// It has compiled the current analysis.
    set_up: bool,
}

impl Process {
    fn start(exe: &PathBuf, memory: u64) -> Result<Process, FileError> {
        let mut child = Command::new(exe)
            .arg(WORKER_COMMAND)
            .arg("--memory-limit")
            .arg(memory.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                FileError::new(
                    ErrorCode::Io,
                    format!("cannot start the extraction worker {}: {e}", exe.display()),
                )
            })?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take();
        let stderr = child.stderr.take();
        let (tx, responses) = mpsc::channel();
        if let Some(stdout) = stdout {
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stdout);
                loop {
                    let frame = read_frame(&mut reader);
                    let stop = frame.is_err();
                    if tx.send(frame).is_err() || stop {
                        break;
                    }
                }
            });
        }
        let stderr_tail = Arc::new(Mutex::new(Vec::new()));
        let stderr_thread = stderr.map(|mut stderr| {
            let tail = Arc::clone(&stderr_tail);
            std::thread::spawn(move || {
                let mut buf = [0u8; 1024];
                while let Ok(n) = stderr.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut tail) = tail.lock() {
                        // The first and the last STDERR_TAIL bytes: the
                        // cause ("memory allocation of … failed") comes
                        // first, and a backtrace after it can be long.
                        tail.extend_from_slice(&buf[..n]);
                        let len = tail.len();
                        if len > 2 * STDERR_TAIL {
                            tail.drain(STDERR_TAIL..len - STDERR_TAIL);
                        }
                    }
                }
            })
        });
        Ok(Process {
            child,
            stdin,
            responses,
            stderr_tail,
            stderr_thread,
            set_up: false,
        })
    }

    fn send(&mut self, kind: u8, header: &[u8], body: &[u8]) -> Result<(), Death> {
        let stdin = self.stdin.as_mut().ok_or(Death::Exited)?;
        let sent = stdin.write_all(&[kind]).is_ok()
            && stdin
                .write_all(&(header.len() as u64).to_le_bytes())
                .is_ok()
            && stdin.write_all(header).is_ok()
            && stdin.write_all(&(body.len() as u64).to_le_bytes()).is_ok()
            && stdin.write_all(body).is_ok()
            && stdin.flush().is_ok();
        if sent { Ok(()) } else { Err(Death::Exited) }
    }

    /// Waits for the next answer, at most `limit` (none: as long as it
    /// takes, Ctrl-C aside).
    fn receive(
        &mut self,
        limit: Option<Duration>,
        cancel: Option<&AtomicBool>,
    ) -> Result<Vec<u8>, Death> {
        let deadline = limit.map(|l| Instant::now() + l);
        loop {
            let left =
                deadline.map_or(CANCEL_POLL, |d| d.saturating_duration_since(Instant::now()));
            let wait = if cancel.is_some() || deadline.is_none() {
                left.min(CANCEL_POLL)
            } else {
                left
            };
            match self.responses.recv_timeout(wait) {
                Ok(Ok(frame)) => return Ok(frame),
                Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => return Err(Death::Exited),
                Err(RecvTimeoutError::Timeout) => {
                    if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
                        return Err(Death::Cancelled);
                    }
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return Err(Death::Timeout);
                    }
                }
            }
        }
    }

    /// Sends the targets and waits until they are compiled. Compiling is
    /// the run's own work, not a file's, so no per-file time limit applies.
    fn set_up(&mut self, analysis: &Analysis, cancel: Option<&AtomicBool>) -> Result<(), Death> {
        let header = serde_json::to_vec(analysis).map_err(|_| Death::Exited)?;
        self.send(0, &header, &[])?;
        self.receive(None, cancel)?;
        self.set_up = true;
        Ok(())
    }

    fn request(
        &mut self,
        request: &Request,
        bytes: &[u8],
        timeout: Duration,
        cancel: Option<&AtomicBool>,
    ) -> Result<Option<Result<Answer, FileError>>, Death> {
        let header = serde_json::to_vec(request).map_err(|_| Death::Exited)?;
        self.send(1, &header, bytes)?;
        let reply = self.receive(Some(timeout), cancel)?;
        Ok(decode_answer(&reply))
    }

    /// Reaps the worker and turns its end into a per-file error.
    fn explain(mut self, death: Death, format: Format, limits: &Limits) -> FileError {
        let what = what(format);
        if let Death::Cancelled | Death::Timeout = death {
            let _ = self.child.kill();
            let _ = self.child.wait();
            if let Death::Cancelled = death {
                return FileError::new(ErrorCode::Crashed, "interrupted");
            }
            return FileError::new(
                ErrorCode::Timeout,
                format!(
                    "reading the {what} took longer than {} s and was stopped (a malformed file?); raise --timeout to allow more",
                    limits.timeout.as_secs_f64()
                ),
            );
        }
        self.stdin = None;
        let status = wait_briefly(&mut self.child);
        if let Some(handle) = self.stderr_thread.take() {
            let _ = handle.join();
        }
        let tail = self
            .stderr_tail
            .lock()
            .map(|t| String::from_utf8_lossy(&t).into_owned())
            .unwrap_or_default();
        classify_death(status, &tail, what, limits)
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // Closing stdin lets an idle worker exit; kill covers a stuck one.
        self.stdin = None;
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits up to a second for a worker whose pipe closed, then kills it.
fn wait_briefly(child: &mut Child) -> Option<ExitStatus> {
    for _ in 0..100 {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    child.wait().ok()
}

fn classify_death(
    status: Option<ExitStatus>,
    tail: &str,
    what: &str,
    limits: &Limits,
) -> FileError {
    use std::os::unix::process::ExitStatusExt;
    if tail.contains("memory allocation of") || tail.contains("out of memory") {
        return FileError::new(
            ErrorCode::OutOfMemory,
            format!(
                "reading the {what} needed more than {} of memory and was stopped (a malformed file?); raise --max-memory if it is a real resume",
                human_size(limits.memory)
            ),
        );
    }
    if tail.contains("overflowed its stack") {
        return FileError::new(
            ErrorCode::Crashed,
            format!(
                "the {what} parser crashed (stack overflow: objects nested too deeply or referring to themselves); re-export the file"
            ),
        );
    }
    let how = match status {
        Some(s) if s.signal().is_some() => format!("signal {}", s.signal().unwrap_or(0)),
        Some(s) => format!("exit code {}", s.code().unwrap_or(-1)),
        None => "unknown cause".to_owned(),
    };
    FileError::new(
        ErrorCode::Crashed,
        format!("the {what} parser crashed ({how}); re-export the file from the original document"),
    )
}

/// `[len: u64][bytes]`.
fn read_frame(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 8];
    reader.read_exact(&mut len)?;
    let len = u64::from_le_bytes(len);
    let mut frame = Vec::new();
    reader.take(len).read_to_end(&mut frame)?;
    if frame.len() as u64 != len {
        return Err(io::Error::from(io::ErrorKind::UnexpectedEof));
    }
    Ok(frame)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_told_in_a_few_words() {
        let cases = [
            (
                "called `Result::unwrap()` on an `Err` value: Parse(InvalidContentStream)",
                "invalid content stream",
            ),
            (
                "unexpected entry in unicode map",
                "unexpected entry in unicode map",
            ),
            (
                "index out of bounds: the len is 3 but the index is 7",
                "a malformed file",
            ),
            ("", "a malformed file"),
        ];
        for (panic, want) in cases {
            assert_eq!(short_cause(panic), want, "{panic}");
        }
    }
}
