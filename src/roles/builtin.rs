//! Built-in keyword data, compiled into the binary.
//!
//! Every file in `keywords/` must be listed here; a test compares this list
//! with the folder so a new file cannot be forgotten.

/// Built-in roles: (id, TOML text).
pub const BUILTIN_ROLES: &[(&str, &str)] = &[(
    "backend-developer",
    include_str!("../../keywords/backend-developer.toml"),
)];

/// Built-in shared data: (id, TOML text). Roles name these in `extends`;
/// `acronyms` applies to every resume.
pub const BUILTIN_SHARED: &[(&str, &str)] = &[
    (
        "acronyms",
        include_str!("../../keywords/shared/acronyms.toml"),
    ),
    (
        "generic",
        include_str!("../../keywords/shared/generic.toml"),
    ),
];

/// Ids of the built-in roles, in order.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_ROLES.iter().map(|(id, _)| *id)
}
