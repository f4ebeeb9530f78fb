//! CLI behaviour as data: each `tests/cmd/<case>.toml` names a command, its
//! input folder `<case>.in/`, and the expected stdout, stderr and exit code.
//! Update expectations with `TRYCMD=overwrite cargo test cli_cases`.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .default_bin_path(env!("CARGO_BIN_EXE_ats"))
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
