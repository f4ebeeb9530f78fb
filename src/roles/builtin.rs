//! Built-in keyword data, compiled into the binary.
//!
//! `build.rs` lists every `keywords/*.toml` (roles) and
//! `keywords/shared/*.toml` (shared data) here with `include_str!`; a test
//! compares the lists with the folders.

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// Ids of the built-in roles, sorted.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_ROLES.iter().map(|(id, _)| *id)
}
