//! Isolated extraction: PDF and DOCX parsers run in a worker process.
//!
//! The worker is this same binary started with a hidden subcommand
//! ([`WORKER_COMMAND`]). It limits its own address space (`RLIMIT_AS`),
//! turns off core dumps, then answers requests on standard input until it
//! reads end-of-file. The parent ([`Extractor`]) keeps one worker alive across
//! files, waits at most the per-file time limit for each answer, and turns a
//! worker that dies or hangs into a per-file error (`timeout`, `crashed`,
//! `out-of-memory`), starting a fresh worker for the next file.
//!
//! Protocol (all integers little-endian):
//! request `[format: u8][len: u64][bytes]`, response `[len: u64][JSON of
//! Result<Document, FileError>]`.

use std::io::{self, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{
    Document, ErrorCode, FileError, Format, Input, Limits, extract_bytes, extract_in_process,
    human_size,
};

/// The hidden subcommand that starts a worker.
pub const WORKER_COMMAND: &str = "__extract-worker";

/// Bytes of the worker's standard error kept to explain a crash.
const STDERR_TAIL: usize = 4096;

fn format_tag(format: Format) -> u8 {
    match format {
        Format::Pdf => 1,
        Format::Docx => 2,
        Format::Text => 3,
        Format::Markdown => 4,
        Format::Latex => 5,
        Format::JsonResume => 6,
    }
}

fn tag_format(tag: u8) -> Option<Format> {
    match tag {
        1 => Some(Format::Pdf),
        2 => Some(Format::Docx),
        3 => Some(Format::Text),
        4 => Some(Format::Markdown),
        5 => Some(Format::Latex),
        6 => Some(Format::JsonResume),
        _ => None,
    }
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
    loop {
        let mut tag = [0u8; 1];
        match input.read_exact(&mut tag) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return 0,
            Err(_) => return 3,
        }
        let mut len = [0u8; 8];
        if input.read_exact(&mut len).is_err() {
            return 3;
        }
        let Ok(len) = usize::try_from(u64::from_le_bytes(len)) else {
            return 3;
        };
        let mut bytes = Vec::new();
        if (&mut input)
            .take(len as u64)
            .read_to_end(&mut bytes)
            .is_err()
            || bytes.len() != len
        {
            return 3;
        }
        let result = match tag_format(tag[0]) {
            Some(format) => extract_in_process(&bytes, format),
            None => Err(FileError::new(ErrorCode::Crashed, "bad worker request")),
        };
        drop(bytes);
        let Ok(json) = serde_json::to_vec(&result) else {
            return 3;
        };
        let frame = (json.len() as u64).to_le_bytes();
        if output.write_all(&frame).is_err()
            || output.write_all(&json).is_err()
            || output.flush().is_err()
        {
            return 3;
        }
    }
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

/// Extracts documents, in this process or through a worker process.
pub struct Extractor {
    exe: Option<PathBuf>,
    limits: Limits,
    /// Where LaTeX `\input`s may come from (None: each resume's folder).
    include_root: Option<PathBuf>,
    worker: Option<Worker>,
    cancel: Option<Arc<AtomicBool>>,
}

/// How often a wait for the worker looks at the cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(50);

impl Extractor {
    /// Extracts everything in this process: for trusted files (benches,
    /// tests). A hostile PDF can crash or hang the caller.
    pub fn in_process() -> Extractor {
        Extractor {
            exe: None,
            limits: Limits::default(),
            include_root: None,
            worker: None,
            cancel: None,
        }
    }

    /// Extracts PDF and DOCX in worker processes started from `exe` (the
    /// `ats` binary), with the given limits.
    pub fn isolated(exe: PathBuf, limits: Limits) -> Extractor {
        Extractor {
            exe: Some(exe),
            limits,
            include_root: None,
            worker: None,
            cancel: None,
        }
    }

    /// Lets LaTeX `\input`s come from anywhere inside `root` (the folder of
    /// the `.ats.toml` in use, say) rather than only the resume's folder.
    pub fn with_include_root(mut self, root: Option<PathBuf>) -> Extractor {
        self.include_root = root;
        self
    }

    /// Stops waiting for the worker, and kills it, soon after `flag` is set
    /// (Ctrl-C in `screen`): the file then fails with an `interrupted` message.
    pub fn cancel_on(mut self, flag: Arc<AtomicBool>) -> Extractor {
        self.cancel = Some(flag);
        self
    }

    /// Extracts one input. Never panics; a parser that misbehaves becomes
    /// an error for this file only.
    pub fn extract(&mut self, input: &Input) -> Result<Document, FileError> {
        let (bytes, format) = (input.bytes.as_slice(), input.format);
        let root = self.include_root.as_deref();
        let Some(exe) = &self.exe else {
            return extract_bytes(bytes, format, input.file(), root, &self.limits);
        };
        if !format.needs_isolation() {
            return extract_bytes(bytes, format, input.file(), root, &self.limits);
        }
        if self.worker.is_none() {
            self.worker = Some(Worker::start(exe, self.limits.memory)?);
        }
        let Some(worker) = self.worker.as_mut() else {
            return Err(FileError::new(ErrorCode::Crashed, "no worker"));
        };
        match worker.request(bytes, format, self.limits.timeout, self.cancel.as_deref()) {
            Ok(result) => result,
            Err(death) => {
                // The worker is gone or stuck: reap it and explain why.
                let worker = self.worker.take();
                Err(worker.map_or_else(
                    || FileError::new(ErrorCode::Crashed, "worker lost"),
                    |w| w.explain(death, format, &self.limits),
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

struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    responses: Receiver<io::Result<Vec<u8>>>,
    stderr_tail: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
}

impl Worker {
    fn start(exe: &PathBuf, memory: u64) -> Result<Worker, FileError> {
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
                        tail.extend_from_slice(&buf[..n]);
                        let excess = tail.len().saturating_sub(STDERR_TAIL);
                        tail.drain(..excess);
                    }
                }
            })
        });
        Ok(Worker {
            child,
            stdin,
            responses,
            stderr_tail,
            stderr_thread,
        })
    }

    fn request(
        &mut self,
        bytes: &[u8],
        format: Format,
        timeout: Duration,
        cancel: Option<&AtomicBool>,
    ) -> Result<Result<Document, FileError>, Death> {
        let stdin = self.stdin.as_mut().ok_or(Death::Exited)?;
        let header_ok = stdin.write_all(&[format_tag(format)]).is_ok()
            && stdin.write_all(&(bytes.len() as u64).to_le_bytes()).is_ok();
        if !header_ok || stdin.write_all(bytes).is_err() || stdin.flush().is_err() {
            return Err(Death::Exited);
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let wait = if cancel.is_some() {
                left.min(CANCEL_POLL)
            } else {
                left
            };
            match self.responses.recv_timeout(wait) {
                Ok(Ok(frame)) => {
                    return serde_json::from_slice(&frame).map_err(|_| Death::Exited);
                }
                Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => return Err(Death::Exited),
                Err(RecvTimeoutError::Timeout) => {
                    if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
                        return Err(Death::Cancelled);
                    }
                    if Instant::now() >= deadline {
                        return Err(Death::Timeout);
                    }
                }
            }
        }
    }

    /// Reaps the worker and turns its end into a per-file error.
    fn explain(mut self, death: Death, format: Format, limits: &Limits) -> FileError {
        let what = match format {
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Text | Format::Markdown | Format::Latex | Format::JsonResume => "text",
        };
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

impl Drop for Worker {
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
