//! `ats roles list | show | lint | from-jd` (`roles match` is a `check`).

use std::io::Write;
use std::path::PathBuf;

use crate::config::Roles;
use crate::exit::{Exit, SetupError};
use crate::report::role::{write_derived, write_lint_ok, write_list, write_show};
use crate::roles::resolve::{builtin_roles, load_user_roles, read_role_files, resolve_role};
use crate::roles::{Shared, load_role};

use super::{targets, worker};

pub(super) fn run(s: &Roles, out: &mut dyn Write) -> Result<Exit, SetupError> {
    let shared = Shared::builtin()?;
    match s {
        Roles::List { json, keywords } => {
            let mut all = builtin_roles(&shared)?;
            if let Some(path) = keywords {
                all.extend(load_user_roles(path, &shared)?);
            }
            write_list(out, &all, *json)?;
        }
        Roles::Show { id, keywords } => {
            let role = resolve_role(Some(id), keywords.as_deref(), &shared)?;
            write_show(out, &role)?;
        }
        Roles::Lint { paths } => return lint(paths, &shared, out),
        Roles::FromJd { file, limits } => {
            let mut worker = worker(*limits)?;
            let derived = targets::read_jd(file, &mut worker, limits)?;
            write_derived(out, &derived)?;
        }
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// Checks role files; every problem of every file, as `path:line:col`.
fn lint(paths: &[PathBuf], shared: &Shared, out: &mut dyn Write) -> Result<Exit, SetupError> {
    let mut failed = false;
    for path in paths {
        let files = match read_role_files(path) {
            Ok(files) => files,
            Err(e) => {
                writeln!(out, "{}: {e}", path.display())?;
                failed = true;
                continue;
            }
        };
        for (id, p, text) in files {
            let name = p.display().to_string();
            match load_role(&id, &name, &text, shared) {
                Ok(role) => write_lint_ok(out, &name, &role)?,
                Err(errors) => {
                    failed = true;
                    for e in errors {
                        writeln!(out, "{e}")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(if failed { Exit::Error } else { Exit::Success })
}
