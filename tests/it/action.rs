//! The GitHub Action (`action.yml`) and its release workflow
//! (`.github/workflows/release.yml`): the install script's shell tests
//! (`tests/action/run.sh`: release download, checksum, once per job, the
//! build fallback) against a fake release folder; an archive made by the
//! release workflow's Pack step is installed by the script; both YAML files
//! parse and agree with each other and the script; the Check step runs the
//! built `ats` as a workflow would. Skipped with a note when bash, curl,
//! tar, sha256sum or python3 with PyYAML is missing. Nothing here uses the
//! network.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::{root, write};

/// A YAML file of the repository as JSON, through PyYAML; `None` (after a
/// note) when python3 or PyYAML is missing.
fn yaml(path: &str) -> Option<Value> {
    if !crate::util::works("python3", &["-c", "import yaml"]) {
        eprintln!("note: python3 with PyYAML not found; skipping the check of {path}");
        return None;
    }
    let output = Command::new("python3")
        .args([
            "-c",
            "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
        ])
        .arg(root().join(path))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{path} does not parse:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

fn steps(value: &Value) -> &[Value] {
    value.as_array().unwrap()
}

fn step<'a>(steps: &'a [Value], name: &str) -> &'a Value {
    steps
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name:?}"))
}

/// Every `uses:` of a workflow or action, with where it is.
fn uses(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "uses" {
                    out.push((at.to_owned(), v.as_str().unwrap().to_owned()));
                }
                uses(v, &format!("{at}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                uses(v, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The targets the install script asks a release for (its `target_for`).
fn install_targets() -> Vec<String> {
    let script = std::fs::read_to_string(root().join(".github/actions/install.sh")).unwrap();
    let mut targets: Vec<String> = script
        .lines()
        .filter_map(|l| l.trim().split_once(") echo "))
        .map(|(_, rest)| rest.trim_end_matches(" ;;").to_owned())
        .filter(|t| t.contains('-'))
        .collect();
    targets.sort();
    targets
}

#[test]
fn install_script_passes_its_shell_tests() {
    for tool in ["bash", "curl", "tar", "sha256sum"] {
        if !crate::util::works(tool, &["--version"]) {
            eprintln!("note: {tool} not found; skipping the action's install tests");
            return;
        }
    }
    let output = Command::new("bash")
        .arg("tests/action/run.sh")
        .current_dir(root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    eprint!("{stdout}");
    assert!(
        output.status.success(),
        "tests/action/run.sh failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("all passed"), "{stdout}");
}

#[test]
fn action_installs_through_the_script_and_builds_only_as_a_fallback() {
    let Some(action) = yaml("action.yml") else {
        return;
    };
    assert_eq!(action["runs"]["using"], "composite");
    let steps = steps(&action["runs"]["steps"]);

    // The install step runs the script kept in the repository, with the
    // action's ref and repository passed in env.
    let install = step(steps, "Install ats");
    assert_eq!(install["id"], "install");
    let run = install["run"].as_str().unwrap();
    assert!(
        run.contains("$GITHUB_ACTION_PATH/.github/actions/install.sh"),
        "{run}"
    );
    assert!(root().join(".github/actions/install.sh").is_file());
    assert_eq!(install["env"]["ATS_ACTION_REF"], "${{ github.action_ref }}");

    // The cache and cargo run only when the script says build, into the
    // folder and under the key it chose.
    let build_only = "steps.install.outputs.mode == 'build'";
    let cache = step(steps, "Restore the ats build");
    assert!(
        cache["uses"]
            .as_str()
            .unwrap()
            .starts_with("actions/cache@")
    );
    assert_eq!(cache["if"], build_only);
    assert_eq!(cache["with"]["path"], "${{ steps.install.outputs.dir }}");
    assert_eq!(
        cache["with"]["key"],
        "${{ steps.install.outputs.cache-key }}"
    );
    let build = step(steps, "Build ats");
    assert_eq!(build["if"], build_only);
    assert!(
        build["run"]
            .as_str()
            .unwrap()
            .ends_with("install.sh\" build")
    );
    assert_eq!(build["env"]["ATS_DIR"], "${{ steps.install.outputs.dir }}");

    // The check runs the binary the install step put in place.
    let check = step(steps, "Check");
    assert_eq!(check["env"]["ATS"], "${{ steps.install.outputs.ats }}");
    assert!(check.get("if").is_none(), "the check always runs");

    // Every input is handed to the check step, and nothing else is used.
    let inputs: Vec<&String> = action["inputs"].as_object().unwrap().keys().collect();
    let handed: Vec<String> = check["env"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|v| v.as_str()?.strip_prefix("${{ inputs.")?.strip_suffix(" }}"))
        .map(str::to_owned)
        .collect();
    for input in &inputs {
        assert!(
            handed.contains(input),
            "input {input} never reaches the check"
        );
    }
    for name in &handed {
        assert!(inputs.contains(&name), "inputs.{name} is not declared");
    }
}

#[test]
fn release_workflow_builds_every_target_the_action_downloads() {
    let Some(release) = yaml(".github/workflows/release.yml") else {
        return;
    };
    // PyYAML reads the key `on` as the boolean true (YAML 1.1).
    let on = release.get("on").or_else(|| release.get("true")).unwrap();
    assert_eq!(on["push"]["tags"], serde_json::json!(["v*"]));

    let build = &release["jobs"]["build"];
    let mut built: Vec<String> = steps(&build["strategy"]["matrix"]["include"])
        .iter()
        .map(|e| e["target"].as_str().unwrap().to_owned())
        .collect();
    built.sort();
    assert_eq!(
        built,
        install_targets(),
        "release.yml builds, install.sh downloads"
    );

    // Only the release job can write to the repository.
    assert_eq!(release["permissions"]["contents"], "read");
    assert_eq!(
        release["jobs"]["release"]["permissions"]["contents"],
        "write"
    );
}

/// Runs the Pack step of release.yml on a fake checkout whose "release
/// binary" hands over to the `ats` built for these tests, then the action's
/// install script against the archive it made: the archive's name, layout
/// and checksum are what the script asks for, and the version the binary
/// prints is the tag's.
#[test]
fn release_archive_is_what_the_action_installs() {
    for tool in ["bash", "curl", "tar", "sha256sum"] {
        if !crate::util::works(tool, &["--version"]) {
            eprintln!("note: {tool} not found; skipping the release archive test");
            return;
        }
    }
    let Some(release) = yaml(".github/workflows/release.yml") else {
        return;
    };
    let pack = step(steps(&release["jobs"]["build"]["steps"]), "Pack");
    let tmp = tempfile::tempdir().unwrap();
    let tmp = tmp.path();
    let tag = format!("v{}", env!("CARGO_PKG_VERSION"));
    let target = "x86_64-unknown-linux-gnu";

    let checkout = tmp.join("checkout");
    write(&checkout, "README.md", b"the readme");
    let exec = format!("#!/bin/sh\nexec '{}' \"$@\"\n", env!("CARGO_BIN_EXE_ats"));
    let binary = write(
        &checkout,
        &format!("target/{target}/release/ats"),
        exec.as_bytes(),
    );
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let packed = Command::new("bash")
        .args(["-e", "-c", pack["run"].as_str().unwrap()])
        .current_dir(&checkout)
        .envs([
            ("TAG", tag.as_str()),
            ("TARGET", target),
            ("RUNNER_OS", "Linux"),
        ])
        .output()
        .unwrap();
    assert!(
        packed.status.success(),
        "{}",
        String::from_utf8_lossy(&packed.stderr)
    );

    // The release's files, as the action downloads them: <base>/<tag>/<file>.
    let releases = tmp.join("releases");
    std::fs::create_dir_all(&releases).unwrap();
    std::fs::rename(checkout.join("dist"), releases.join(&tag)).unwrap();
    let job = tmp.join("job");
    std::fs::create_dir_all(&job).unwrap();
    let output = job.join("output");
    let installed = Command::new("bash")
        .arg(root().join(".github/actions/install.sh"))
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .env("RUNNER_TEMP", &job)
        .env("RUNNER_TOOL_CACHE", job.join("tools"))
        .env("GITHUB_PATH", job.join("path"))
        .env("GITHUB_OUTPUT", &output)
        .env("GITHUB_ACTION_PATH", root())
        .env("ATS_ACTION_REF", &tag)
        .env("ATS_RELEASE_BASE_URL", &releases)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&installed.stdout);
    assert!(installed.status.success(), "{log}");
    let outputs = std::fs::read_to_string(&output).unwrap();
    assert!(outputs.contains("mode=release\n"), "{outputs}\n{log}");
    let ats = outputs
        .lines()
        .find_map(|l| l.strip_prefix("ats="))
        .unwrap();
    let version = Command::new(ats).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("ats {}", &tag[1..])
    );
}

#[test]
fn actions_used_are_pinned_to_a_commit() {
    let (Some(action), Some(release)) = (yaml("action.yml"), yaml(".github/workflows/release.yml"))
    else {
        return;
    };
    let mut all = Vec::new();
    uses(&action, "action.yml", &mut all);
    uses(&release, "release.yml", &mut all);
    assert!(all.len() >= 4, "{all:?}");
    for (at, used) in all {
        let (_, pin) = used.split_once('@').unwrap();
        assert!(
            pin.len() == 40 && pin.bytes().all(|b| b.is_ascii_hexdigit()),
            "{at}: {used} is not pinned to a commit"
        );
    }
}

/// Runs the action's Check step as the runner would: its script under bash,
/// the inputs in env, `ATS` the built binary, in the repository's folder.
fn run_check_step(inputs: &[(&str, &str)], dir: &Path) -> Option<std::process::Output> {
    let action = yaml("action.yml")?;
    let check = step(steps(&action["runs"]["steps"]), "Check");
    let mut cmd = Command::new("bash");
    cmd.args(["-e", "-c", check["run"].as_str().unwrap()])
        .current_dir(dir)
        .env("ATS", env!("CARGO_BIN_EXE_ats"))
        .env("NO_COLOR", "1");
    // The defaults of action.yml, then the step's inputs.
    for (name, input) in action["inputs"].as_object().unwrap() {
        let var = format!("INPUT_{}", name.to_uppercase().replace('-', "_"));
        cmd.env(var, input["default"].as_str().unwrap_or(""));
    }
    for (name, value) in inputs {
        cmd.env(format!("INPUT_{name}"), value);
    }
    Some(cmd.output().unwrap())
}

#[test]
fn check_step_expands_globs_and_keeps_the_gate() {
    if !crate::util::works("bash", &["--version"]) {
        eprintln!("note: bash not found; skipping the check step test");
        return;
    }
    let files = [
        ("FILES", "samples/*-backend.txt"),
        ("ROLE", "backend-developer"),
    ];
    let Some(output) = run_check_step(&files, &root()) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    for file in ["samples/strong-backend.txt", "samples/weak-backend.txt"] {
        assert!(
            stdout.contains(&format!("::notice file={file},title=ats score ")),
            "no score annotation for {file}:\n{stdout}"
        );
    }

    let gated = [files[0], files[1], ("FAIL_UNDER", "50")];
    let output = run_check_step(&gated, &root()).unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "the weak sample scores under 50"
    );

    let tmp = tempfile::tempdir().unwrap();
    let sarif = tmp.path().join("out.sarif");
    let sarif_inputs = [
        ("FILES", "samples/strong-backend.txt"),
        ("ROLE", "backend-developer"),
        ("FORMAT", "sarif"),
        ("SARIF_FILE", sarif.to_str().unwrap()),
    ];
    let output = run_check_step(&sarif_inputs, &root()).unwrap();
    assert!(output.status.success());
    let log: Value = serde_json::from_slice(&std::fs::read(&sarif).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
}
