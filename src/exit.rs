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
