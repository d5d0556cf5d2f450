#!/usr/bin/env bash
# `baton pack` against repomix 1.18.1 on the same trees: wall time and peak RSS, cold and warm, xml and markdown.
#   bash bench/pack-vs-repomix.sh                 all corpora, RUNS=5 (median of 5 per cell)
#   RUNS=3 CORPORA="typescript" STYLES=xml bash bench/pack-vs-repomix.sh
# Corpora: the system C headers (/usr/include, copied without its 30 symlinks so both tools see the same files),
# the typescript 5.9.3 npm package (copied outside node_modules), and 2x / 4x copies of the headers to show
# that Baton's memory stays flat as the corpus grows.
# Both tools run with their defaults, which both include: ignore rules, binary detection, a secret check
# (repomix: secretlint; Baton: the external-ai privacy boundary) and exact o200k_base token counts. The file
# counts of both outputs are compared and printed; a difference is reported.
# Cold: repomix's token cache file deleted (REPOMIX_TOKEN_CACHE_PATH points into bench/.cache); Baton in a fresh
# workspace (no cached counts). Warm: the same again after one untimed run that fills the caches.
# Needs node, npm and the .NET SDK; installs into bench/.cache (gitignored); writes bench/results/. The corpora live
# outside the repository (BENCH_CORPORA, default ~/.cache/baton-bench/corpora): inside it, this repository's
# .gitignore (bench/.cache/) would leave every file out for both tools.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/bench/.cache"
results="$root/bench/results"
runs="${RUNS:-5}"
read -r -a corpora <<< "${CORPORA:-include typescript include-2x include-4x}"
read -r -a styles <<< "${STYLES:-xml markdown}"
corpora_dir="${BENCH_CORPORA:-$HOME/.cache/baton-bench/corpora}"
mkdir -p "$corpora_dir" "$results"
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}"
if [[ -z "${NODE_EXTRA_CA_CERTS:-}" && -r /etc/ssl/certs/ca-certificates.crt ]]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi

repomix="$cache/repomix/node_modules/.bin/repomix"
if [[ ! -x "$repomix" ]]; then
  npm install --prefix "$cache/repomix" --no-audit --no-fund --silent repomix@1.18.1 >&2
fi

if [[ ! -d "$corpora_dir/include" ]]; then
  cp -r /usr/include "$corpora_dir/include.tmp"
  find "$corpora_dir/include.tmp" -type l -delete
  mv "$corpora_dir/include.tmp" "$corpora_dir/include"
fi
for n in 2 4; do
  if [[ ! -d "$corpora_dir/include-${n}x" ]]; then
    mkdir -p "$corpora_dir/include-${n}x.tmp"
    for i in $(seq 1 "$n"); do cp -r "$corpora_dir/include" "$corpora_dir/include-${n}x.tmp/copy$i"; done
    mv "$corpora_dir/include-${n}x.tmp" "$corpora_dir/include-${n}x"
  fi
done
if [[ ! -d "$corpora_dir/typescript" ]]; then
  npm install --prefix "$cache/typescript-npm" --no-audit --no-fund --silent typescript@5.9.3 >&2
  cp -r "$cache/typescript-npm/node_modules/typescript" "$corpora_dir/typescript"
fi

# The installed shape: a Release ReadyToRun build, as install.sh makes it.
dotnet publish "$root/src/Baton.Cli" -c Release -p:PublishReadyToRun=true -o "$cache/baton-release" >/dev/null
baton="$cache/baton-release/baton"
workspace="$cache/pack-workspace"
export REPOMIX_TOKEN_CACHE_PATH="$cache/repomix-token-cache/token-counts.json"
out="$cache/pack-out"
mkdir -p "$out"

fresh_workspace() {
  rm -rf "$workspace"
  mkdir -p "$workspace"
  "$baton" init "$workspace" --here >/dev/null
}

# Prints "<seconds> <peak RSS in KB> <CPU seconds, user + sys>" for one run of the command (a function of this
# script: /usr/bin/time runs it through bash, whose own few MB never set the peak).
measure() {
  local stats
  stats="$(mktemp)"
  /usr/bin/time -f "%e %M %U %S" -o "$stats" bash -c '"$@"' _ "$@" >/dev/null 2>"$stats.err" || { cat "$stats.err" >&2; rm -f "$stats" "$stats.err"; return 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$stats"
  rm -f "$stats" "$stats.err"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

run_repomix() { (cd "$1" && "$repomix" . --style "$2" -o "$3" --quiet); }
# The same file selection for both: repomix keeps the typescript package's bin/ (tsc, tsserver), which Baton's default
# ignores leave out, so Baton runs with --no-default-ignores (neither corpus has a .gitignore; both tools then pack
# every file: 7,961 and 132).
run_baton() { "$baton" pack "$1" --style "$2" --out "$3" --workspace "$workspace" --no-default-ignores; }
export -f run_repomix run_baton
export repomix baton workspace

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$results/pack-$stamp.md"
{
  echo "# baton pack vs repomix 1.18.1, $stamp"
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version); dotnet $(dotnet --version); median of $runs runs"
  echo
  echo "| corpus | style | mode | repomix s | baton s | speed-up | repomix CPU s | baton CPU s | repomix RSS MB | baton RSS MB | RSS ratio | files (repomix / baton) |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} | tee "$report"

for corpus in "${corpora[@]}"; do
  dir="$corpora_dir/$corpus"
  for style in "${styles[@]}"; do
    ext=$([[ $style == markdown ]] && echo md || echo "$style")
    for mode in cold warm; do
      r_times=(); r_rss=(); r_cpu=(); b_times=(); b_rss=(); b_cpu=()
      if [[ $mode == warm ]]; then
        run_repomix "$dir" "$style" "$out/repomix.$ext" >/dev/null
        fresh_workspace
        run_baton "$dir" "$style" "$out/baton.$ext" >/dev/null
      fi
      for _ in $(seq 1 "$runs"); do
        [[ $mode == cold ]] && rm -rf "$(dirname "$REPOMIX_TOKEN_CACHE_PATH")"
        read -r t m c < <(measure run_repomix "$dir" "$style" "$out/repomix.$ext")
        r_times+=("$t"); r_rss+=("$m"); r_cpu+=("$c")
        [[ $mode == cold ]] && fresh_workspace
        read -r t m c < <(measure run_baton "$dir" "$style" "$out/baton.$ext")
        b_times+=("$t"); b_rss+=("$m"); b_cpu+=("$c")
      done
      rt=$(printf '%s\n' "${r_times[@]}" | median); bt=$(printf '%s\n' "${b_times[@]}" | median)
      rm_=$(printf '%s\n' "${r_rss[@]}" | median); bm=$(printf '%s\n' "${b_rss[@]}" | median)
      rc=$(printf '%s\n' "${r_cpu[@]}" | median); bc=$(printf '%s\n' "${b_cpu[@]}" | median)
      if [[ $style == xml ]]; then
        rf=$(grep -c '^<file path=' "$out/repomix.$ext" || true); bf=$(grep -c '<file path=' "$out/baton.$ext" || true)
      else
        rf=$(grep -c '^## File: ' "$out/repomix.$ext" || true); bf=$(grep -c '^## ' "$out/baton.$ext" || true)
      fi
      awk -v c="$corpus" -v s="$style" -v m="$mode" -v rt="$rt" -v bt="$bt" -v rm="$rm_" -v bm="$bm" -v rc="$rc" -v bc="$bc" -v rf="$rf" -v bf="$bf" 'BEGIN {
        printf "| %s | %s | %s | %.2f | %.2f | %.1fx | %.2f | %.2f | %.0f | %.0f | %.1fx | %s / %s |\n", c, s, m, rt, bt, rt / bt, rc, bc, rm / 1024, bm / 1024, rm / bm, rf, bf }' | tee -a "$report"
    done
  done
done
echo "report: $report" >&2
