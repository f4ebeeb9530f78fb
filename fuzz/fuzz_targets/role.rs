#![no_main]

use std::sync::OnceLock;

use ats::roles::{Shared, load_role};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    let shared = SHARED.get_or_init(|| Shared::builtin().expect("built-in data loads"));
    let _ = load_role("fuzzed", "fuzzed.toml", &ats_fuzz::text(data), shared);
});
