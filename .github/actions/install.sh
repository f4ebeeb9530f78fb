#!/usr/bin/env bash
# Puts `ats` on the PATH for the composite action (action.yml), once per job.
#
#   install.sh        Reuse the ats this action installed earlier in the job;
#                     else download the release archive of the action's version,
#                     verify its SHA-256 and unpack it (mode=release); else say
#                     mode=build, with the folder and cache key to build into.
#   install.sh build  After the cache step: `cargo install` unless the cache
#                     restored the build, then put it on the PATH.
#
# Reads the runner's variables (RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP,
# RUNNER_TOOL_CACHE, GITHUB_ACTION_PATH, GITHUB_PATH, GITHUB_OUTPUT) and:
#   ATS_ACTION_REF, ATS_ACTION_REPOSITORY  github.action_ref and
#       github.action_repository (the action's folder is used when they are
#       empty, as they can be in a composite action)
#   ATS_RELEASE_BASE_URL  where releases are, instead of
#       https://github.com/OWNER/REPO/releases/download: the archives of
#       version v1.2.3 are under $ATS_RELEASE_BASE_URL/v1.2.3/. An http(s)://
#       or file:// URL, or a local folder.
#   ATS_DIR  (build) the folder the plan step chose.
#
# A release archive is ats-<version>-<target>.tar.gz (.zip on Windows) next to
# <archive>.sha256 (or a SHA256SUMS file); release.yml makes them.
set -euo pipefail

note() { printf '%s\n' "$*"; }
warn() { printf '::warning title=ats install::%s\n' "$*"; }
die() {
    printf '::error title=ats install::%s\n' "$*" >&2
    exit 1
}

: "${RUNNER_TEMP:?RUNNER_TEMP is not set (this script runs inside a GitHub Actions job)}"
: "${RUNNER_OS:?RUNNER_OS is not set}"
: "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
: "${GITHUB_PATH:?GITHUB_PATH is not set}"
tools="${RUNNER_TOOL_CACHE:-$RUNNER_TEMP}/ats"

exe=ats
if [ "$RUNNER_OS" = Windows ]; then exe=ats.exe; fi

# The Rust target a release is built for, or nothing when there is none.
target_for() {
    case "$1/$2" in
    Linux/X64) echo x86_64-unknown-linux-gnu ;;
    Linux/ARM64) echo aarch64-unknown-linux-gnu ;;
    macOS/X64) echo x86_64-apple-darwin ;;
    macOS/ARM64) echo aarch64-apple-darwin ;;
    Windows/X64) echo x86_64-pc-windows-msvc ;;
    *) echo "" ;;
    esac
}

# SHA-256 of files, in sha256sum's format (macOS has shasum, not sha256sum).
if command -v sha256sum >/dev/null 2>&1; then
    sha256=(sha256sum)
elif command -v shasum >/dev/null 2>&1; then
    sha256=(shasum -a 256)
else
    die "neither sha256sum nor shasum is installed: cannot verify a download"
fi

output() { printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; }

# One marker per copy of the action: a second call of the same action in the
# job finds it (RUNNER_TEMP is emptied between jobs).
marker="$RUNNER_TEMP/ats-action/installed-$(printf '%s' "$GITHUB_ACTION_PATH" | "${sha256[@]}" | cut -c1-16)"

# The folder holds bin/ats: put it on the PATH, remember it for this job.
finish() {
    local dir=$1 mode=$2 bin_dir=$1/bin
    [ -x "$bin_dir/$exe" ] || die "$bin_dir/$exe is missing after the install"
    if command -v cygpath >/dev/null 2>&1; then
        cygpath -w "$bin_dir" >>"$GITHUB_PATH"
    else
        printf '%s\n' "$bin_dir" >>"$GITHUB_PATH"
    fi
    mkdir -p "${marker%/*}"
    printf '%s\n' "$bin_dir/$exe" >"$marker"
    output mode "$mode"
    output dir "$dir"
    output ats "$bin_dir/$exe"
}

# No release to use: say where to build and the cache key (the crate version
# and a hash of what the build reads, so a branch never reuses a stale build).
plan_build() {
    local why=$1 version hash
    version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$GITHUB_ACTION_PATH/Cargo.toml" | head -n 1)
    [ -n "$version" ] || die "no version in $GITHUB_ACTION_PATH/Cargo.toml"
    hash=$(
        cd "$GITHUB_ACTION_PATH"
        read_by_build=()
        for path in Cargo.toml Cargo.lock build.rs src keywords vendor; do
            if [ -e "$path" ]; then read_by_build+=("$path"); fi
        done
        find "${read_by_build[@]}" -type f -print0 |
            LC_ALL=C sort -z | xargs -0 "${sha256[@]}" | "${sha256[@]}" | cut -c1-16
    )
    note "$why: ats $version will be built from source (cached per version and sources)"
    output mode build
    output dir "$tools/build/$version-$hash"
    output ats "$tools/build/$version-$hash/bin/$exe"
    output cache-key "ats-build-$RUNNER_OS-${RUNNER_ARCH:-unknown}-$version-$hash"
}

# An http(s):// or file:// URL as it is; a folder as a file:// URL.
as_url() {
    case "$1" in
    *://*) printf '%s\n' "${1%/}" ;;
    /*) printf 'file://%s\n' "${1%/}" ;;
    *) printf 'file://%s/%s\n' "$PWD" "${1%/}" ;;
    esac
}

# Downloads $1 to $2; returns curl's exit status, its message in fetch_error.
fetch_error=""
fetch() {
    local status=0
    fetch_error=$(curl -fsSL --retry 2 --connect-timeout 20 -o "$2" "$1" 2>&1) || status=$?
    return "$status"
}

# The expected hash of the archive: its .sha256 file, else its SHA256SUMS line.
expected_hash() {
    local url=$1 archive=$2 work=$3
    if fetch "$url/$archive.sha256" "$work/sum"; then
        awk 'NR == 1 { print tolower($1) }' "$work/sum"
    elif fetch "$url/SHA256SUMS" "$work/sums"; then
        awk -v f="$archive" '$2 == f || $2 == "*" f { print tolower($1); exit }' "$work/sums"
    fi
}

unpack() {
    local archive=$1 into=$2
    mkdir -p "$into"
    case "$archive" in
    *.tar.gz) tar -xzf "$archive" -C "$into" ;;
    *.zip)
        if command -v unzip >/dev/null 2>&1; then
            unzip -q "$archive" -d "$into"
        elif command -v 7z >/dev/null 2>&1; then
            7z x -y -bd "-o$into" "$archive" >/dev/null
        else
            powershell -NoProfile -Command "Expand-Archive -Force -LiteralPath '$archive' -DestinationPath '$into'"
        fi
        ;;
    esac
}

plan() {
    if [ -f "$marker" ]; then
        local installed
        installed=$(cat "$marker")
        if [ -x "$installed" ]; then
            note "ats is already installed in this job: $installed"
            output mode installed
            output dir "${installed%/bin/*}"
            output ats "$installed"
            return
        fi
    fi

    # The action's version and repository: from its folder when it is a
    # downloaded action (…/_actions/OWNER/REPO/REF), else from github.*.
    local ref=${ATS_ACTION_REF:-} repo=${ATS_ACTION_REPOSITORY:-}
    local path=${GITHUB_ACTION_PATH//\\//}
    case "$path" in
    */_actions/*/*/*)
        ref=${path##*/}
        repo=${path%/*}
        repo=${repo#*/_actions/}
        ;;
    esac
    local target
    target=$(target_for "$RUNNER_OS" "${RUNNER_ARCH:-}")

    if ! [[ $ref =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
        plan_build "the action's ref '${ref:-none}' is not a version tag, so there is no release"
        return
    fi
    if [ -z "$target" ]; then
        plan_build "no release is built for $RUNNER_OS/${RUNNER_ARCH:-unknown}"
        return
    fi
    local base=${ATS_RELEASE_BASE_URL:-}
    if [ -z "$base" ]; then
        [ -n "$repo" ] || {
            plan_build "the action's repository is unknown"
            return
        }
        base="${GITHUB_SERVER_URL:-https://github.com}/$repo/releases/download"
    fi
    local url ext=tar.gz
    url="$(as_url "$base")/$ref"
    if [ "$RUNNER_OS" = Windows ]; then ext=zip; fi
    local archive="ats-$ref-$target.$ext"

    local work status=0
    work=$(mktemp -d "$RUNNER_TEMP/ats-download.XXXXXX")
    fetch "$url/$archive" "$work/$archive" || status=$?
    case "$status" in
    0) ;;
    22 | 37)
        printf '::notice title=ats install::no release archive %s for %s: building from source (minutes, once per version)\n' "$archive" "$ref"
        plan_build "no release archive $url/$archive"
        return
        ;;
    *)
        warn "could not download $url/$archive (curl exit $status: $fetch_error)"
        plan_build "the release download failed"
        return
        ;;
    esac

    local expected actual
    expected=$(expected_hash "$url" "$archive" "$work")
    [[ $expected =~ ^[0-9a-f]{64}$ ]] ||
        die "no SHA-256 checksum for $archive at $url ($archive.sha256 or SHA256SUMS): refusing to install a binary that cannot be verified"
    actual=$("${sha256[@]}" "$work/$archive" | cut -c1-64)
    [ "$actual" = "$expected" ] ||
        die "checksum mismatch for $archive: the release says $expected, the download is $actual; refusing to install it"

    unpack "$work/$archive" "$work/unpacked"
    local found=""
    for candidate in "$work/unpacked/ats-$ref-$target/$exe" "$work/unpacked/$exe"; do
        if [ -f "$candidate" ]; then
            found=$candidate
            break
        fi
    done
    [ -n "$found" ] || die "$archive holds no $exe"

    local dir="$tools/$ref/$target" said
    mkdir -p "$dir/bin"
    mv -f "$found" "$dir/bin/$exe"
    chmod +x "$dir/bin/$exe"
    rm -rf "$work"
    if ! said=$("$dir/bin/$exe" --version 2>&1); then
        rm -rf "$dir"
        warn "the release binary for $target does not run here: $said"
        plan_build "the release binary does not run here"
        return
    fi
    [ "$said" = "ats ${ref#v}" ] ||
        die "the binary of release $ref says '$said', not 'ats ${ref#v}': refusing to use it"
    note "ats ${ref#v} for $target from $url/$archive (SHA-256 verified): $dir/bin/$exe"
    finish "$dir" release
}

build() {
    local dir=${ATS_DIR:?ATS_DIR is not set: pass the dir output of the plan step}
    if [ -x "$dir/bin/$exe" ]; then
        note "ats restored from the cache: $dir/bin/$exe"
    else
        cargo install --locked --path "$GITHUB_ACTION_PATH" --root "$dir"
    fi
    finish "$dir" build
}

case "${1:-plan}" in
plan) plan ;;
build) build ;;
*) die "usage: install.sh [plan|build]" ;;
esac
