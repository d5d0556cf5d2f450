#!/usr/bin/env bash
# Token counts of Baton against the reference, on two corpora, and the throughput of each implementation.
#   bash bench/tokens-vs-tiktoken.sh            identity (o200k_base and cl100k_base) + throughput (o200k_base)
#   RUNS=5 JS_RUNS=3 JS_RUNS_INCLUDE=1 bash bench/tokens-vs-tiktoken.sh
# (js-tiktoken needs well over a minute per pass over /usr/include, hence one warm run there by default.)
# Corpora: the system C headers (/usr/include) and the typescript npm package (5.9.3: the last release that
# ships the compiler as JavaScript; 7.x ships a native binary), copied outside node_modules.
# Identity: every file counted by Baton and by js-tiktoken (the reference); any differing file is listed and
# fails the script. OpenAI's Rust core (the `tiktoken` WebAssembly package) is compared too, for information.
# Throughput: median of RUNS warm runs after one cold run, 1 and 2 threads, texts decoded before timing.
# Needs node, npm and the .NET SDK; installs into bench/.cache (gitignored); writes bench/results/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/bench/.cache"
results="$root/bench/results"
runs="${RUNS:-5}"
js_runs="${JS_RUNS:-3}"
js_runs_include="${JS_RUNS_INCLUDE:-1}"
mkdir -p "$cache" "$results"
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}"

if [[ ! -d "$cache/node/node_modules/js-tiktoken" || ! -d "$cache/node/node_modules/tiktoken" ]]; then
  npm install --prefix "$cache/node" --no-audit --no-fund --silent js-tiktoken@1.0.21 tiktoken@1.0.22 >&2
fi
if [[ ! -d "$cache/corpora/typescript" ]]; then
  npm install --prefix "$cache/typescript-npm" --no-audit --no-fund --silent typescript@5.9.3 >&2
  mkdir -p "$cache/corpora"
  cp -r "$cache/typescript-npm/node_modules/typescript" "$cache/corpora/typescript"
fi
export NODE_PATH="$cache/node/node_modules"

dotnet build -c Release "$root/bench/Baton.TokenBench" -o "$cache/token-bench" >/dev/null
bench="$cache/token-bench/baton-token-bench"

declare -A corpus=([include]=/usr/include [typescript]="$cache/corpora/typescript")
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$results/tokens-$stamp.txt"
failed=0
{
  echo "# tokens-vs-tiktoken $stamp"
  echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version); dotnet $(dotnet --version)"
} | tee "$report"

for name in include typescript; do
  list="$cache/$name.files"
  find "${corpus[$name]}" -type f | LC_ALL=C sort > "$list"
  echo "corpus $name: $(wc -l < "$list") files, $(cat "$list" | tr '\n' '\0' | du -cb --files0-from=- | tail -1 | cut -f1) bytes" | tee -a "$report"
  for encoding in o200k_base cl100k_base; do
    "$bench" counts --encoding "$encoding" --list "$list" > "$cache/$name.$encoding.baton.tsv"
    node "$root/bench/tokens-reference.cjs" counts js "$encoding" "$list" > "$cache/$name.$encoding.js.tsv"
    node "$root/bench/tokens-reference.cjs" counts wasm "$encoding" "$list" > "$cache/$name.$encoding.wasm.tsv"
    differ=$(paste "$cache/$name.$encoding.baton.tsv" "$cache/$name.$encoding.js.tsv" | awk -F'\t' '$1 != $3 || $2 != $4' | wc -l)
    differ_wasm=$(paste "$cache/$name.$encoding.baton.tsv" "$cache/$name.$encoding.wasm.tsv" | awk -F'\t' '$1 != $3' | wc -l)
    tokens=$(awk -F'\t' '{s += $1} END {print s}' "$cache/$name.$encoding.baton.tsv")
    echo "identity $name $encoding: $tokens tokens; files differing from js-tiktoken: $differ; from tiktoken (Rust/WASM): $differ_wasm" | tee -a "$report"
    if [[ "$differ" != 0 ]]; then
      failed=1
      paste "$cache/$name.$encoding.baton.tsv" "$cache/$name.$encoding.js.tsv" | awk -F'\t' '$1 != $3 {print "  baton " $1 " js " $3 " " $2}' | head -20 | tee -a "$report"
    fi
  done

  peer_runs=$js_runs
  [[ $name == include ]] && peer_runs=$js_runs_include
  for threads in 1 2; do
    "$bench" speed --encoding o200k_base --list "$list" --impl baton --threads "$threads" --runs "$runs" | tee -a "$report"
    "$bench" speed --encoding o200k_base --list "$list" --impl ml --threads "$threads" --runs "$js_runs" | tee -a "$report"
    node "$root/bench/tokens-reference.cjs" speed js o200k_base "$list" "$threads" "$peer_runs" | tee -a "$report"
    node "$root/bench/tokens-reference.cjs" speed wasm o200k_base "$list" "$threads" "$peer_runs" | tee -a "$report"
  done
done
# One big text, as a rendered pack is counted: all of /usr/include concatenated.
"$bench" speed --encoding o200k_base --list "$cache/include.files" --impl baton --threads 1 --runs "$runs" --concat | tee -a "$report"
"$bench" speed --encoding o200k_base --list "$cache/include.files" --impl ml --threads 1 --runs "$js_runs" --concat | tee -a "$report"

echo "# written to $report" >&2
if [[ $failed != 0 ]]; then echo "FAILED: Baton's counts differ from js-tiktoken" | tee -a "$report"; exit 1; fi
echo "identity: all files equal on both corpora and both encodings" | tee -a "$report"
