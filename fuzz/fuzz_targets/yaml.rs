#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ats_fuzz::read_and_analyze(data, ats::extract::Format::Yaml);
});
