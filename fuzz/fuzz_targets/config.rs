#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = ats::config::file::parse(".ats.toml", &ats_fuzz::text(data));
});
