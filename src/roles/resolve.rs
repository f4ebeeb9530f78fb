//! Which roles a run checks against: built-in roles by id, user role files
//! (`--keywords FILE` or a folder of them), and a did-you-mean for an
//! unknown id.
//!
//! In: role ids and paths from the settings. Out: validated [`Role`]s, or a
//! [`SetupError`] listing every problem. Reads role files; never reads a
//! resume or a job description.

use std::io;
use std::path::{Path, PathBuf};

use crate::exit::SetupError;
use crate::files::read_setup_file;

use super::{
    BUILTIN_ROLES, DataError, Role, RoleSource, Shared, builtin_ids, id_from_path, load_role,
};

/// Every built-in role, loaded.
pub fn builtin_roles(shared: &Shared) -> Result<Vec<Role>, SetupError> {
    let mut all = Vec::new();
    let mut errors = Vec::new();
    for id in builtin_ids() {
        match builtin_role(id, shared) {
            Some(Ok(role)) => all.push(role),
            Some(Err(e)) => errors.extend(e),
            None => {}
        }
    }
    if errors.is_empty() {
        Ok(all)
    } else {
        Err(SetupError::Data(errors))
    }
}

/// A role file found on disk: (id, path, text).
pub type RoleFile = (String, PathBuf, String);

/// Reads a role file, or every `*.toml` in a folder (sorted, not recursive).
pub fn read_role_files(path: &Path) -> Result<Vec<RoleFile>, SetupError> {
    let unreadable = |p: &Path, e: io::Error| {
        SetupError::Usage(format!("cannot read keyword data {}: {e}", p.display()))
    };
    let mut files = Vec::new();
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| unreadable(path, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
            .collect();
        entries.sort();
        if entries.is_empty() {
            return Err(SetupError::Usage(format!(
                "no role files (*.toml) in {}",
                path.display()
            )));
        }
        for p in entries {
            let text = read_setup_file(&p).map_err(|e| unreadable(&p, e))?;
            files.push((id_from_path(&p), p, text));
        }
    } else {
        let text = read_setup_file(path).map_err(|e| unreadable(path, e))?;
        files.push((id_from_path(path), path.to_path_buf(), text));
    }
    Ok(files)
}

/// Loads user role files, collecting every error of every file.
pub fn load_user_roles(path: &Path, shared: &Shared) -> Result<Vec<Role>, SetupError> {
    let mut roles = Vec::new();
    let mut errors = Vec::new();
    for (id, p, text) in read_role_files(path)? {
        match load_role(&id, &p.display().to_string(), &text, shared) {
            Ok(mut role) => {
                role.source = RoleSource::Keywords;
                roles.push(role);
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(roles)
    } else {
        Err(SetupError::Data(errors))
    }
}

/// Loads a built-in role by id.
pub fn builtin_role(id: &str, shared: &Shared) -> Option<Result<Role, Vec<DataError>>> {
    BUILTIN_ROLES
        .iter()
        .find(|(rid, _)| *rid == id)
        .map(|(rid, text)| load_role(rid, &format!("keywords/{rid}.toml"), text, shared))
}

/// Picks the role to check against from `--role` and `--keywords`.
pub fn resolve_role(
    role: Option<&str>,
    keywords: Option<&Path>,
    shared: &Shared,
) -> Result<Role, SetupError> {
    let user = match keywords {
        Some(path) => load_user_roles(path, shared)?,
        None => Vec::new(),
    };
    match (role, keywords) {
        (None, None) => Err(SetupError::Usage(format!(
            "no role given: pass --role ID ({} built-in roles: see `ats roles list`), \
             --role all, --jd FILE or --keywords FILE",
            builtin_ids().count()
        ))),
        (None, Some(path)) => match user.len() {
            1 => Ok(user.into_iter().next().expect("one role")),
            _ => Err(SetupError::Usage(format!(
                "{} holds {} roles; pick one with --role ({})",
                path.display(),
                user.len(),
                user.iter()
                    .map(|r| r.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
        (Some(id), _) => {
            if let Some(role) = user.into_iter().find(|r| r.id == id) {
                return Ok(role);
            }
            match builtin_role(id, shared) {
                Some(result) => Ok(result?),
                None => Err(SetupError::Usage(unknown_role(id))),
            }
        }
    }
}

fn unknown_role(id: &str) -> String {
    // Words every other role shares say nothing about which one was meant.
    const COMMON: &[&str] = &["developer", "engineer", "manager", "specialist", "analyst"];
    let known: Vec<&str> = builtin_ids().collect();
    let words = |s: &str| -> Vec<String> {
        s.split(['-', '_', ' '])
            .map(str::to_ascii_lowercase)
            .filter(|w| !w.is_empty() && !COMMON.contains(&w.as_str()))
            .collect()
    };
    let wanted = words(id);
    let mut close: Vec<(usize, &str)> = known
        .iter()
        .map(|k| {
            let shared = words(k).iter().filter(|w| wanted.contains(w)).count();
            let contains = k.contains(id) || id.contains(*k);
            (shared + 2 * usize::from(contains), *k)
        })
        .filter(|(score, _)| *score > 0)
        .collect();
    close.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let close: Vec<&str> = close.into_iter().take(3).map(|(_, k)| k).collect();
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!(" Did you mean {}?", close.join(" or "))
    };
    format!(
        "unknown role \"{id}\".{hint} See `ats roles list` for the {} built-in roles.",
        known.len()
    )
}
