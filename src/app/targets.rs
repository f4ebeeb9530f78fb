//! The targets of a run: roles by id or from files, and roles derived from
//! job descriptions.
//!
//! In: a [`TargetSpec`] from the settings. Out: the [`Role`]s to check
//! against, in the order named (`--role all`: every role). One role and one
//! job description are merged into one target; otherwise each is a target
//! of its own. A job description is read like a resume, by the run's
//! [`Worker`].

use std::path::Path;

use crate::config::{TargetSpec, display_name};
use crate::exit::SetupError;
use crate::extract::{Input, Limits};
use crate::jd::{self, Lexicon};
use crate::roles::resolve::{builtin_roles, load_user_roles, resolve_role};
use crate::roles::{Role, Shared};
use crate::worker::Worker;

/// Resolves the targets. Reads role files and job descriptions; an error in
/// any of them stops the run before a resume is read.
pub(super) fn resolve(
    spec: &TargetSpec,
    shared: &Shared,
    worker: &mut Worker,
    limits: &Limits,
) -> Result<Vec<Role>, SetupError> {
    let keywords = spec.keywords.as_deref();
    if spec.all {
        let mut roles = builtin_roles(shared)?;
        if let Some(path) = keywords {
            roles.extend(load_user_roles(path, shared)?);
        }
        return Ok(roles);
    }
    let mut roles = Vec::new();
    if spec.roles.is_empty() {
        if keywords.is_some() || spec.jds.is_empty() {
            roles.push(resolve_role(None, keywords, shared)?);
        }
    } else {
        for id in &spec.roles {
            roles.push(resolve_role(Some(id), keywords, shared)?);
        }
    }
    if !spec.jds.is_empty() {
        let mut derived = Vec::new();
        for path in &spec.jds {
            derived.push(read_jd(path, worker, limits)?.role);
        }
        if roles.len() == 1 && derived.len() == 1 {
            let base = roles.remove(0);
            roles.push(jd::merge(&base, &derived[0]));
        } else {
            roles.extend(derived);
        }
    }
    Ok(roles)
}

/// The library of known keywords ([`Lexicon::builtin`]).
pub fn lexicon(shared: &Shared) -> Result<Lexicon, SetupError> {
    Lexicon::builtin(shared)
}

/// Reads a job description and derives a role from it.
pub(super) fn read_jd(
    path: &Path,
    worker: &mut Worker,
    limits: &Limits,
) -> Result<jd::Derived, SetupError> {
    let name = display_name(path);
    // The id names the file, so reports and tables say which posting it was.
    let id = format!("jd:{name}");
    // Read and derived in the worker, under its limits, like a resume.
    let derived = Input::open(path, limits)
        .and_then(|input| worker.derive_jd(&input, &id, &name))
        .map_err(|e| {
            SetupError::Usage(format!(
                "cannot read the job description {name}: {} [{}]",
                e.message,
                e.code.as_str()
            ))
        })?;
    if derived.role.keywords.is_empty() {
        return Err(SetupError::Usage(format!(
            "the job description {name} names no known skill or repeated skill phrase; \
             is it the posting's text?"
        )));
    }
    Ok(derived)
}
