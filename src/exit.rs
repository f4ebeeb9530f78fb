//! Exit codes, in one place (SPEC "Command line").
//!
//! | code | meaning |
//! |---|---|
//! | 0 | every input analyzed, no gate failed |
//! | 1 | analysis ran, a gate failed (`--fail-under`) |
//! | 2 | usage, configuration or keyword-data error, or an input that could not be read |
//! | 130 | interrupted (Ctrl-C or SIGTERM during `screen`); no output file written |
//!
//! An unreadable input outranks a failed gate: the run is incomplete.
//! Problems found before any input is read are a [`SetupError`] (exit 2).

use std::fmt;
use std::io;

use crate::tomlcheck::DataError;

/// A problem that stops the run before any input is analyzed.
#[derive(Debug)]
pub enum SetupError {
    /// Wrong or conflicting flags, an unknown role, a file that cannot be
    /// read.
    Usage(String),
    /// Keyword data with errors, all of them.
    Data(Vec<DataError>),
    /// A settings file (`.ats.toml`) with errors, all of them.
    Config(Vec<DataError>),
    /// Writing the output failed (a closed pipe is handled by the caller).
    Output(io::Error),
}

impl SetupError {
    /// How the binary introduces the error on standard error.
    pub fn prefix(&self) -> &'static str {
        match self {
            SetupError::Data(_) => "ats: keyword data has errors:\n",
            SetupError::Config(_) => "ats: the settings file has errors:\n",
            SetupError::Usage(_) | SetupError::Output(_) => "ats: error: ",
        }
    }
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SetupError::Usage(message) => f.write_str(message),
            SetupError::Data(errors) | SetupError::Config(errors) => {
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
            SetupError::Output(e) => write!(f, "cannot write output: {e}"),
        }
    }
}

impl From<io::Error> for SetupError {
    fn from(e: io::Error) -> SetupError {
        SetupError::Output(e)
    }
}

impl From<Vec<DataError>> for SetupError {
    fn from(errors: Vec<DataError>) -> SetupError {
        SetupError::Data(errors)
    }
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Success,
    GateFailed,
    Error,
    Interrupted,
}

impl Exit {
    /// The exit of a run that analyzed its inputs.
    pub fn from_run(any_input_failed: bool, any_gate_failed: bool) -> Exit {
        if any_input_failed {
            Exit::Error
        } else if any_gate_failed {
            Exit::GateFailed
        } else {
            Exit::Success
        }
    }

    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::GateFailed => 1,
            Exit::Error => 2,
            Exit::Interrupted => 130,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_spec() {
        assert_eq!(Exit::from_run(false, false).code(), 0);
        assert_eq!(Exit::from_run(false, true).code(), 1);
        assert_eq!(Exit::from_run(true, false).code(), 2);
        assert_eq!(
            Exit::from_run(true, true).code(),
            2,
            "unreadable input outranks a gate"
        );
    }
}
