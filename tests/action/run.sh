#!/usr/bin/env bash
# Tests the action's install script (.github/actions/install.sh) offline: a
# fake release folder holds a tiny fake `ats` (a shell script printing its
# version) packed as release.yml packs it, with its checksum; each case runs
# the script in a fake job (RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, ... in a
# temporary folder) and checks what a workflow would see. `cargo` is a stub
# that records its arguments: nothing is compiled.
#
# Run: bash tests/action/run.sh (cargo test runs it: tests/it/action.rs).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
script="$root/.github/actions/install.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
case_name=""
start() {
    case_name=$1
    printf -- '- %s\n' "$1"
}
fail() {
    printf '  FAIL (%s): %s\n' "$case_name" "$*"
    [ -f "$job/log" ] && sed 's/^/    | /' "$job/log"
    failures=$((failures + 1))
}

version=v9.8.7
linux=x86_64-unknown-linux-gnu

# make_release FOLDER VERSION TARGET [WHAT THE BINARY SAYS]: the archive and
# its .sha256, as release.yml makes them.
make_release() {
    local dir=$1/$2 name="ats-$2-$3" says=${4:-"ats ${2#v}"} exe=ats archive
    case "$3" in *windows*) exe=ats.exe ;; esac
    mkdir -p "$dir/$name"
    printf '#!/bin/sh\necho "%s"\n' "$says" >"$dir/$name/$exe"
    chmod +x "$dir/$name/$exe"
    echo "the readme" >"$dir/$name/README.md"
    (
        cd "$dir"
        case "$3" in
        *windows*)
            archive="$name.zip"
            zip -qr "$archive" "$name"
            ;;
        *)
            archive="$name.tar.gz"
            tar -czf "$archive" "$name"
            ;;
        esac
        sha256sum "$archive" >"$archive.sha256"
    )
    rm -r "${dir:?}/$name"
}

# new_job: a fresh job (its own temp folder, tool cache, PATH and output files)
# on Linux x64, using the action at version $version from $releases.
new_job() {
    job=$(mktemp -d "$tmp/job.XXXX")
    mkdir -p "$job/temp" "$job/tools"
    : >"$job/path"
    export RUNNER_TEMP="$job/temp" RUNNER_TOOL_CACHE="$job/tools"
    export GITHUB_PATH="$job/path" GITHUB_OUTPUT="$job/output"
    export RUNNER_OS=Linux RUNNER_ARCH=X64 GITHUB_ACTION_PATH="$root"
    export ATS_ACTION_REF=$version ATS_ACTION_REPOSITORY=owner/ats
    export ATS_RELEASE_BASE_URL="$releases"
    unset ATS_DIR
}

# install [build]: one step of the action; output in $job/log, exit status in
# $status, the step's outputs in a fresh $GITHUB_OUTPUT (one file per step).
install() {
    : >"$GITHUB_OUTPUT"
    status=0
    PATH="$stubs:$PATH" bash "$script" "$@" >"$job/log" 2>&1 || status=$?
}
# expect_mode MODE [WHAT]: the step succeeded and said mode=MODE.
expect_mode() {
    if [ "$status" -ne 0 ] || [ "$(out mode)" != "$1" ]; then
        fail "${2:+$2: }exit $status, mode=$(out mode), not mode=$1"
    fi
}
out() { sed -n "s/^$1=//p" "$GITHUB_OUTPUT" | tail -n 1; }
log_has() { grep -qF -- "$1" "$job/log"; }
path_lines() { wc -l <"$GITHUB_PATH" | tr -d ' '; }

# A stub cargo: records its arguments, "installs" an ats into --root.
stubs="$tmp/stubs"
mkdir -p "$stubs"
cat >"$stubs/cargo" <<'EOF'
#!/bin/sh
echo "$*" >>"$CARGO_CALLS"
while [ $# -gt 0 ]; do
    [ "$1" = --root ] && root=$2
    shift
done
mkdir -p "$root/bin"
printf '#!/bin/sh\necho "ats 0.0.0-built"\n' >"$root/bin/ats"
chmod +x "$root/bin/ats"
EOF
chmod +x "$stubs/cargo"
export CARGO_CALLS="$tmp/cargo-calls"

releases="$tmp/releases"
make_release "$releases" "$version" "$linux"

start "a release install puts the verified ats on GITHUB_PATH"
new_job
install
if [ "$status" -ne 0 ]; then
    fail "exit $status"
else
    [ "$(out mode)" = release ] || fail "mode=$(out mode), not release"
    bin_dir=$(head -n 1 "$GITHUB_PATH")
    [ "$(path_lines)" = 1 ] || fail "GITHUB_PATH has $(path_lines) lines"
    [ "$(out ats)" = "$bin_dir/ats" ] || fail "ats output $(out ats) is not in $bin_dir"
    [ "$("$bin_dir/ats" --version)" = "ats 9.8.7" ] || fail "$bin_dir/ats is not the release's"
    case "$bin_dir" in "$RUNNER_TOOL_CACHE"/*) ;; *) fail "$bin_dir is not in the tool cache" ;; esac
    log_has "SHA-256 verified" || fail "the log does not say the checksum was verified"
fi

start "a second call in the same job does not download again"
rm -rf "$tmp/moved" && mv "$releases" "$tmp/moved"
first_ats=$(out ats)
install
mv "$tmp/moved" "$releases"
[ "$status" -eq 0 ] || fail "exit $status"
[ "$(out mode)" = installed ] || fail "mode=$(out mode), not installed"
[ "$(out ats)" = "$first_ats" ] || fail "ats=$(out ats), not $first_ats"
[ "$(path_lines)" = 1 ] || fail "GITHUB_PATH grew to $(path_lines) lines"
log_has "already installed" || fail "the log does not say ats was already installed"

start "a file:// base URL works as a folder does"
new_job
export ATS_RELEASE_BASE_URL="file://$releases"
install
expect_mode release

start "a corrupted download is refused: checksum mismatch"
bad="$tmp/bad"
cp -r "$releases" "$bad"
printf 'x' >>"$bad/$version/ats-$version-$linux.tar.gz"
new_job
export ATS_RELEASE_BASE_URL="$bad"
install
[ "$status" -ne 0 ] || fail "exit 0"
log_has "checksum mismatch for ats-$version-$linux.tar.gz" || fail "no clear message"
log_has "refusing to install it" || fail "the message does not say it refuses"
[ ! -s "$GITHUB_PATH" ] || fail "GITHUB_PATH was written"
[ -z "$(find "$RUNNER_TOOL_CACHE" -name ats -type f)" ] || fail "an ats was installed"

start "a release without a checksum is refused"
rm "$bad/$version"/*.sha256
install
[ "$status" -ne 0 ] || fail "exit 0"
log_has "no SHA-256 checksum" || fail "no clear message"
[ ! -s "$GITHUB_PATH" ] || fail "GITHUB_PATH was written"

start "a SHA256SUMS file is enough"
sums="$tmp/sums"
cp -r "$releases" "$sums"
cat "$sums/$version"/*.sha256 >"$sums/$version/SHA256SUMS"
rm "$sums/$version"/*.sha256
new_job
export ATS_RELEASE_BASE_URL="$sums"
install
expect_mode release

start "no release for the ref: mode=build, then cargo install into the cached folder"
new_job
export ATS_ACTION_REF=v0.0.1
install
[ "$status" -eq 0 ] || fail "exit $status"
[ "$(out mode)" = build ] || fail "mode=$(out mode), not build"
log_has "no release archive" || fail "the log does not say why it builds"
crate_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -n 1)
case "$(out cache-key)" in
"ats-build-Linux-X64-$crate_version-"????????????????) ;;
*) fail "cache key '$(out cache-key)' is not ats-build-Linux-X64-$crate_version-<hash>" ;;
esac
[ ! -s "$GITHUB_PATH" ] || fail "GITHUB_PATH written before the build"
build_dir=$(out dir)
export ATS_DIR="$build_dir"
: >"$CARGO_CALLS"
install build
[ "$status" -eq 0 ] || fail "build exit $status"
[ "$(cat "$CARGO_CALLS")" = "install --locked --path $root --root $build_dir" ] ||
    fail "cargo was called with: $(cat "$CARGO_CALLS")"
[ "$(head -n 1 "$GITHUB_PATH")" = "$build_dir/bin" ] || fail "GITHUB_PATH: $(cat "$GITHUB_PATH")"
[ "$(out ats)" = "$build_dir/bin/ats" ] || fail "ats output $(out ats)"
install
[ "$(out mode)" = installed ] || fail "a second call: mode=$(out mode), not installed"

start "a build restored by the cache is not built again"
new_job
export ATS_ACTION_REF=v0.0.1
install
ATS_DIR=$(out dir)
export ATS_DIR
mkdir -p "$ATS_DIR/bin" && cp "$build_dir/bin/ats" "$ATS_DIR/bin/ats"
: >"$CARGO_CALLS"
install build
[ "$status" -eq 0 ] || fail "exit $status"
[ ! -s "$CARGO_CALLS" ] || fail "cargo was called: $(cat "$CARGO_CALLS")"
log_has "restored from the cache" || fail "the log does not say so"
[ "$(head -n 1 "$GITHUB_PATH")" = "$ATS_DIR/bin" ] || fail "GITHUB_PATH: $(cat "$GITHUB_PATH")"

start "an unsupported platform builds from source"
for platform in Linux/ARM FreeBSD/X64; do
    new_job
    export RUNNER_OS=${platform%/*} RUNNER_ARCH=${platform#*/}
    install
    expect_mode build "$platform"
    log_has "no release is built for $platform" || fail "$platform: the log does not say why"
done

start "a branch or commit (not a version tag) builds from source"
for ref in main v1 0123456789abcdef0123456789abcdef01234567 ""; do
    new_job
    export ATS_ACTION_REF=$ref
    install
    expect_mode build "'$ref'"
done

start "the version comes from the action's folder when github.action_ref is empty"
mkdir -p "$tmp/_actions/owner/ats"
ln -s "$root" "$tmp/_actions/owner/ats/$version"
new_job
export ATS_ACTION_REF="" GITHUB_ACTION_PATH="$tmp/_actions/owner/ats/$version"
install
expect_mode release

start "a release binary that does not run here builds from source"
broken="$tmp/broken"
make_release "$broken" "$version" "$linux"
(
    cd "$broken/$version"
    mkdir "ats-$version-$linux"
    printf '#!/bin/sh\necho "cannot execute binary file" >&2\nexit 126\n' >"ats-$version-$linux/ats"
    chmod +x "ats-$version-$linux/ats"
    tar -czf "ats-$version-$linux.tar.gz" "ats-$version-$linux"
    sha256sum "ats-$version-$linux.tar.gz" >"ats-$version-$linux.tar.gz.sha256"
)
new_job
export ATS_RELEASE_BASE_URL="$broken"
install
expect_mode build
log_has "does not run here" || fail "the log does not say why"

start "a release binary of another version is refused"
other="$tmp/other"
make_release "$other" "$version" "$linux" "ats 1.0.0"
new_job
export ATS_RELEASE_BASE_URL="$other"
install
[ "$status" -ne 0 ] || fail "exit 0"
log_has "says 'ats 1.0.0', not 'ats 9.8.7'" || fail "no clear message"

start "the build cache key changes with the sources"
fake="$tmp/fake-action"
mkdir -p "$fake/src"
printf '[package]\nname = "x"\nversion = "1.2.3"\n' >"$fake/Cargo.toml"
echo 'fn main() {}' >"$fake/src/main.rs"
new_job
export ATS_ACTION_REF=main GITHUB_ACTION_PATH="$fake"
install
key1=$(out cache-key)
echo 'fn main() { println!("changed"); }' >"$fake/src/main.rs"
install
key2=$(out cache-key)
case "$key1" in ats-build-Linux-X64-1.2.3-*) ;; *) fail "key '$key1'" ;; esac
[ "$key1" != "$key2" ] || fail "the key stayed $key1 after a source change"

if command -v zip >/dev/null && command -v unzip >/dev/null; then
    start "Windows: the .zip archive and ats.exe"
    make_release "$releases" "$version" x86_64-pc-windows-msvc
    new_job
    export RUNNER_OS=Windows
    install
    expect_mode release
    case "$(out ats)" in */x86_64-pc-windows-msvc/bin/ats.exe) ;; *) fail "ats=$(out ats)" ;; esac
else
    echo "note: zip or unzip missing; the Windows .zip case is skipped"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
