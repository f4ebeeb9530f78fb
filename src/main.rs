//! The `ats` binary: parse flags, merge them with `.ats.toml`, run, turn the
//! result into an exit code. A closed output pipe (`ats check ... | head`)
//! exits quietly with 0.

mod cli;
mod manual;

use std::io::{self, Write};
use std::process::ExitCode;

use anstream::{AutoStream, ColorChoice};
use clap::Parser;

use ats::exit::{Exit, SetupError};
use ats::worker;
use ats::{app, config};
use cli::{Cli, ColorWhen, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let generated = match &cli.command {
        Command::Worker(args) => {
            let code = worker::serve(args.memory_limit);
            return ExitCode::from(u8::try_from(code).unwrap_or(3));
        }
        Command::Completions(args) => Some(manual::completions(args.shell, &mut io::stdout())),
        Command::Man => Some(manual::man(&mut io::stdout())),
        _ => None,
    };
    match generated {
        Some(Ok(())) => return ExitCode::SUCCESS,
        Some(Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Some(Err(e)) => {
            let _ = writeln!(io::stderr(), "error: cannot write: {e}");
            return ExitCode::from(Exit::Error.code());
        }
        None => {}
    }
    let choice = match cli.color {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    };
    let mut out = AutoStream::new(io::stdout().lock(), choice);
    let mut err = AutoStream::new(io::stderr().lock(), choice);
    let Some(flags) = cli.into_flags() else {
        return ExitCode::from(Exit::Error.code());
    };
    match config::settings(flags).and_then(|settings| app::run(settings, &mut out, &mut err)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(SetupError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "{}{e}", e.prefix());
            ExitCode::from(Exit::Error.code())
        }
    }
}
