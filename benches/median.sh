# Sourced by the bench scripts: `median_seconds COMMAND [RUNS]` prints the
# median wall time of COMMAND in seconds, with hyperfine when installed
# (one or two warm-up runs), else over five timed runs.
median_seconds() {
  local runs=${2:-15}
  if command -v hyperfine > /dev/null; then
    local json
    json=$(mktemp)
    hyperfine --warmup 2 --runs "$runs" --style none --export-json "$json" "$1" > /dev/null 2>&1
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    rm -f "$json"
  else
    local times=() start end
    for _ in 1 2 3 4 5; do
      start=$(date +%s%N); bash -c "$1" > /dev/null 2>&1; end=$(date +%s%N)
      times+=("$(( end - start ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{print $1 / 1e9}'
  fi
}
