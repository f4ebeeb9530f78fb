//! What every document target does: read the bytes as one format, as the
//! worker does, then analyze the document against a built-in role. The
//! worker catches a panic inside a third-party parser and reports the file
//! as `crashed` with a short cause, so that is not a finding here either
//! ([`tolerate_third_party_panics`]); a panic in `ats`'s own code, a hang
//! or a run out of memory is.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Once, OnceLock};

use ats::analyze::Analyzer;
use ats::extract::{Format, extract_in_process};
use ats::roles::{Shared, resolve::builtin_role};

/// The analyzer every target shares: built once per fuzzing process.
fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| {
        let shared = Shared::builtin().expect("built-in data loads");
        let role = builtin_role("backend-developer", &shared)
            .expect("the role exists")
            .expect("the role loads");
        Analyzer::new(role, shared.acronyms)
    })
}

/// libFuzzer's panic hook aborts on any panic. This one aborts only for a
/// panic in `ats`'s own code and lets a third-party parser's panic unwind
/// to the `catch_unwind` that stands in for the worker's.
pub fn tolerate_third_party_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let third_party = info.location().is_some_and(|l| {
                let file = l.file();
                file.contains("/.cargo/registry/")
                    || file.contains("/.cargo/git/")
                    || file.contains("/vendor/")
            });
            if !third_party {
                abort(info);
            }
        }));
    });
}

/// Reads `data` as `format` and analyzes what it gives.
pub fn read_and_analyze(data: &[u8], format: Format) {
    tolerate_third_party_panics();
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(doc) = extract_in_process(data, format) {
            let report = analyzer().analyze("fuzzed", format, &doc);
            // The report must serialize, as every printer needs.
            let _ = ats::report::encode(&[report]);
        }
    }));
}

/// Settings files are read as UTF-8 text.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}
