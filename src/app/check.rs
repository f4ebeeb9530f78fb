//! `ats check` (and `ats roles match`): each file against each target.
//!
//! For each file, in the order given: one [`Event::Report`] against one
//! target, or one [`Event::Compared`] with the reports against several
//! targets ranked best first, or one [`Event::Failed`]. Each report carries
//! its change since `--baseline`; the gates are asked about each, and the
//! run's [`Summary`] lists the gates that failed.

use std::io::Write;

use crate::analyze::Options;
use crate::baseline::Baseline;
use crate::config::{Check, CheckFormat, Gates, display_name};
use crate::exit::{Exit, SetupError};
use crate::output::AtomicFile;
use crate::report::diagnostics::{Diagnostics, Mode};
use crate::report::github::Github;
use crate::report::html::CheckPage;
use crate::report::human::Human;
use crate::report::json::Json;
use crate::report::sarif::Sarif;
use crate::report::{Comparison, Event, Printer, Report, Summary, rank_reports};
use crate::roles::Shared;
use crate::rules::Rule;

use super::{Purpose, Read, analysis, read_file, targets, terminal_width, worker};

pub(super) fn run(s: &Check, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, SetupError> {
    // `-o FILE` fails now when its folder cannot be written, and is
    // replaced only when every file has been reported.
    let file = s
        .output
        .as_deref()
        .map(|path| {
            AtomicFile::create(path)
                .map_err(|e| SetupError::Usage(format!("cannot write {}: {e}", path.display())))
        })
        .transpose()?;
    match file {
        // The text report's colors are for a terminal; a file gets plain text.
        Some(mut file) if s.format == CheckFormat::Text => {
            let mut plain = anstream::StripStream::new(Vec::new());
            let exit = run_to(s, &mut plain, err)?;
            file.write_all(&plain.into_inner())?;
            file.commit()?;
            Ok(exit)
        }
        Some(mut file) => {
            let exit = run_to(s, &mut file, err)?;
            file.commit()?;
            Ok(exit)
        }
        None => run_to(s, out, err),
    }
}

fn run_to(s: &Check, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, SetupError> {
    let baseline = s
        .baseline
        .as_deref()
        .map(Baseline::load)
        .transpose()
        .map_err(SetupError::Usage)?;
    let shared = Shared::builtin()?;
    let mut worker = worker(s.limits)?.with_include_root(s.include_root.clone());
    let roles = targets::resolve(&s.targets, &shared, &mut worker, &s.limits)?;
    let several = roles.len() > 1;
    // Building a role's automaton costs more than searching one resume
    // with a slower one; with many roles and few files, build quickly.
    let options = Options {
        few_documents: roles.len() * 4 > s.files.len(),
        page: s.format == CheckFormat::Html,
        ..s.analysis.clone()
    };
    worker.set_analysis(analysis(roles, &shared, options));

    let mut format: Box<dyn Printer + '_> = match s.format {
        CheckFormat::Text => Box::new(Human::new(out, terminal_width())),
        CheckFormat::Json => Box::new(Json::new(out)),
        CheckFormat::Sarif => Box::new(Sarif::new(out)),
        CheckFormat::Github => Box::new(Github::new(out)),
        CheckFormat::Html => Box::new(CheckPage::new(out)),
    };
    let mut diagnostics = Diagnostics::new(err, Mode::Check);
    let mut emit = |event: Event<'_>| -> std::io::Result<()> {
        format.print(event)?;
        diagnostics.print(event)
    };

    let mut summary = Summary {
        files: s.files.len(),
        exit_zero: s.gates.exit_zero,
        ..Summary::default()
    };
    for path in &s.files {
        let name = display_name(path);
        let analyze = Purpose::Analyze { trim: false };
        let mut reports = match read_file(path, &name, &mut worker, &s.limits, analyze, |_| None) {
            Ok(Read::Reports(reports)) => reports,
            Ok(Read::Document(_) | Read::Duplicate(_) | Read::Earlier(_)) => continue,
            Err(failure) => {
                summary.failed.push(failure.error.code);
                emit(Event::Failed(&failure))?;
                continue;
            }
        };
        if several {
            reports = rank_reports(reports);
        }
        if let Some(b) = &baseline {
            for r in &mut reports {
                r.change = b.change(r);
            }
            if reports.iter().all(|r| r.change.is_none()) {
                emit(Event::Note(&format!(
                    "the baseline {} has no earlier report of {name}; nothing to compare",
                    b.name
                )))?;
            }
        }
        // With `--role all` the gate asks whether any role fits.
        let gated = if s.targets.all { 1 } else { reports.len() };
        for r in reports.iter().take(gated) {
            let against = if several {
                format!(" against {}", r.role.id)
            } else {
                String::new()
            };
            for why in gate_failures(&s.gates, r) {
                summary
                    .gate_failures
                    .push(format!("{}{against} {why}", r.file));
            }
        }
        if several {
            let comparison = Comparison {
                file: name,
                reports,
                all: s.targets.all,
            };
            emit(Event::Compared(&comparison))?;
        } else if let Some(report) = reports.first() {
            emit(Event::Report(report))?;
        }
    }
    emit(Event::Finish(&summary))?;
    let gate_failed = !summary.gate_failures.is_empty() && !s.gates.exit_zero;
    Ok(Exit::from_run(!summary.failed.is_empty(), gate_failed))
}

/// Why a report fails the gates, one message each.
fn gate_failures(gates: &Gates, report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = gates.fail_under
        && report.score < n
    {
        out.push(format!("scored {}, below --fail-under {n}", report.score));
    }
    if gates.require_must_have {
        let missing: Vec<&str> = report
            .detail
            .findings
            .iter()
            .filter(|f| f.rule == Rule::MissingMustHave)
            .map(|f| f.subject.as_str())
            .collect();
        if !missing.is_empty() {
            out.push(format!(
                "misses must-have keywords ({}): {}",
                missing.len(),
                missing.join(", ")
            ));
        }
    }
    if gates.fail_on_regression
        && let Some(change) = &report.change
        && change.is_regression()
    {
        out.push(format!(
            "regressed since the baseline {}: score {}{}",
            change.baseline,
            change.score_line(),
            change.details_tail()
        ));
    }
    out
}
