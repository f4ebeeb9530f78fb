//! The `ats` binary: parse flags, run, turn the result into an exit code.
//! A closed output pipe (`ats check ... | head`) exits quietly with 0.

use std::io::{self, Write};
use std::process::ExitCode;

use anstream::{AutoStream, ColorChoice};
use clap::Parser;

use ats::app::{self, SetupError};
use ats::cli::{Cli, ColorWhen, Command};
use ats::exit::Exit;
use ats::extract::worker;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Worker(args) = &cli.command {
        let code = worker::serve(args.memory_limit);
        return ExitCode::from(u8::try_from(code).unwrap_or(3));
    }
    let choice = match cli.color {
        ColorWhen::Auto => ColorChoice::Auto,
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
    };
    let mut out = AutoStream::new(io::stdout().lock(), choice);
    let mut err = AutoStream::new(io::stderr().lock(), choice);
    match app::run(&cli, &mut out, &mut err) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(SetupError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let prefix = match e {
                SetupError::Data(_) => "ats: keyword data has errors:\n",
                SetupError::Config(_) => "ats: the settings file has errors:\n",
                _ => "ats: error: ",
            };
            let _ = writeln!(err, "{prefix}{e}");
            ExitCode::from(Exit::Error.code())
        }
    }
}
