#!/usr/bin/env bash
# Benchmarks of the Baton library: ingest, search and CLI start-up. What each measures: bench/README.md.
#
#   bench/library.sh            100k ingest (batches of 1k and 10k), search on 100k, CLI start-up (~6 min)
#   bench/library.sh --full     also 1M ingest (batches of 10k) and search on 1M (~30 min on 2 shared cores)
#   bench/library.sh --full --reuse   search the 1M library an earlier --full run left in bench/.cache
#
# Options: --repeat N (100k ingests per batch size; the table shows the median, default 1),
# --runs N (timed runs per search query, default 100), --budget S (seconds after which a slow query
# stops at 5 runs, default 8), --seed S (corpus seed, default 42). The environment can set them too:
# BATON_BENCH_FULL=1, BATON_BENCH_REUSE=1, BATON_BENCH_REPEAT, BATON_BENCH_RUNS, BATON_BENCH_BUDGET, BATON_BENCH_SEED.
#
# Writes bench/results/<UTC time>/ (JSON per run and summary.md) and bench/results/latest.md.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
cache="$bench/.cache"

full=${BATON_BENCH_FULL:-0}
reuse=${BATON_BENCH_REUSE:-0}
repeat=${BATON_BENCH_REPEAT:-1}
runs=${BATON_BENCH_RUNS:-100}
budget=${BATON_BENCH_BUDGET:-8}
seed=${BATON_BENCH_SEED:-42}
while [[ $# -gt 0 ]]; do
  case $1 in
    --full) full=1 ;;
    --reuse) reuse=1 ;;
    --repeat) repeat=$2; shift ;;
    --runs) runs=$2; shift ;;
    --budget) budget=$2; shift ;;
    --seed) seed=$2; shift ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "library.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

export NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-offline}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$bench/results/$stamp"
mkdir -p "$results" "$cache"
started=$SECONDS
step() { printf '\n== %s (%s elapsed)\n' "$1" "$(date -u -d@$((SECONDS - started)) +%M:%S)" >&2; }

# Built into bench/.cache/artifacts rather than the repo's artifacts/, so a benchmark never races a
# developer's own build of the same projects.
step "build (Release)"
artifacts="$cache/artifacts"
dotnet build "$bench/Baton.Bench/Baton.Bench.csproj" -c Release -p:ArtifactsPath="$artifacts" -v quiet -nologo >&2
tool="$artifacts/bin/Baton.Bench/release/baton-bench"

ingest() { # ingest COUNT BATCH NAME [extra options...]
  local count=$1 batch=$2 name=$3; shift 3
  "$tool" ingest --count "$count" --batch "$batch" --seed "$seed" --json "$results/ingest-$name.json" "$@"
}

for batch in 1k 10k; do
  for ((r = 1; r <= repeat; r++)); do
    step "ingest 100k, batch $batch, run $r of $repeat"
    ingest 100k "$batch" "100k-b$batch-r$r" --db "$cache/100k.db"
  done
done

search_db="$cache/100k.db"
if [[ $full == 1 ]]; then
  big="$cache/1m.db"
  if [[ $reuse == 1 && -f "$big.json" && -f "$big" ]]; then
    step "ingest 1M: reusing $big (its run of $(date -u -r "$big.json" +%F))"
    cp "$big.json" "$results/ingest-1m-b10k-reused.json"
  else
    step "ingest 1M, batch 10k"
    rm -f "$big.json"
    ingest 1m 10k 1m-b10k --db "$big"
    cp "$results/ingest-1m-b10k.json" "$big.json"
  fi
  search_db=$big
fi

step "search on $(basename "$search_db"), $runs runs per query"
"$tool" search --db "$search_db" --runs "$runs" --budget "$budget" --json "$results/search-$(basename "$search_db" .db).json"

step "CLI start-up"
startup() {
  local cli="$artifacts/bin/Baton.Cli/release/baton.dll"
  if ! dotnet build "$repo/src/Baton.Cli/Baton.Cli.csproj" -c Release -p:ArtifactsPath="$artifacts" -v quiet -nologo >&2; then
    cli="$repo/artifacts/bin/Baton.Cli/release/baton.dll"
    [[ -f $cli ]] || { echo "src/Baton.Cli does not build, and there is no earlier Release build in artifacts/."; return; }
    echo "src/Baton.Cli does not build; timing the earlier Release build in artifacts/ instead." >&2
  fi

  local workspace="$cache/startup"
  "$tool" ingest --workspace "$workspace" --count 1000 --batch 1000 --seed "$seed" --json /dev/null 2>/dev/null
  local output status=0
  output=$(cd "$workspace" && dotnet "$cli" search retry 2>&1) || status=$?
  if [[ $status != 0 || -z $output ]] || grep -qiE "unknown command|unrecognized command|no such command" <<<"$output"; then
    echo "the CLI has no working \`search\` command yet (\`dotnet baton.dll search retry\` exited with $status${output:+: $(head -1 <<<"$output")})."
    return
  fi

  if ! command -v hyperfine >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      echo "installing hyperfine" >&2
      { apt-get update -qq && apt-get install -y -qq hyperfine; } >&2 || true
    fi
    command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine, or cargo install hyperfine)."; return; }
  fi

  (cd "$workspace" && hyperfine --warmup 3 --runs 30 --export-json "$results/startup.json" \
    --command-name 'dotnet baton.dll search retry (1,000 items)' "dotnet '$cli' search retry") >&2
}
reason=$(startup)
if [[ -n $reason ]]; then
  echo "skipped: $reason" >&2
  echo "$reason" >"$results/startup.txt"
fi

step "report"
"$tool" report --results "$results" | tee "$results/summary.md"
cp "$results/summary.md" "$bench/results/latest.md"
printf '\nWritten to %s (and bench/results/latest.md) in %s.\n' "${results#"$repo"/}" "$(date -u -d@$((SECONDS - started)) +%M:%S)" >&2
