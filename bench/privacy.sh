#!/usr/bin/env bash
# Baton's privacy detectors against secretlint, on the same inputs, in the same run:
#   1. precision and recall per rule and overall on a generated, labelled corpus (390 files: .env, YAML, JSON, Python,
#      C#, JavaScript, logs, minified bundles, lock files, CSV, Markdown, .npmrc, PEM) with planted values in every
#      format and hard decoys;
#   2. throughput over the system C headers (/usr/include), Baton on 1 and 2 threads, secretlint (one Node process).
#   bash bench/privacy.sh                 RUNS=5 SL_RUNS=3 FILES=390 SEED=20261125 bash bench/privacy.sh
# Needs node, npm and the .NET SDK; installs secretlint 12.0.0 with its recommend preset into bench/.cache
# (gitignored); writes bench/results/privacy-<time>.md. Throughput is the median of RUNS warm runs (after one
# unmeasured run that warms the page cache and the JIT); MB are 10^6 bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/bench/.cache"
results="$root/bench/results"
runs="${RUNS:-5}"
sl_runs="${SL_RUNS:-3}"
files="${FILES:-390}"
seed="${SEED:-20261125}"
mkdir -p "$cache" "$results"
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}"
export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"

sl_dir="$cache/secretlint"
if [[ ! -x "$sl_dir/node_modules/.bin/secretlint" ]]; then
  npm install --prefix "$sl_dir" --no-audit --no-fund --silent secretlint@12.0.0 @secretlint/secretlint-rule-preset-recommend@12.0.0 >&2
fi
printf '{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }\n' > "$sl_dir/.secretlintrc.json"
secretlint() { "$sl_dir/node_modules/.bin/secretlint" --secretlintrc "$sl_dir/.secretlintrc.json" "$@"; }

dotnet build -c Release "$root/bench/Baton.PrivacyBench" -o "$cache/privacy-bench" >/dev/null
bench="$cache/privacy-bench/baton-privacy-bench"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
report="$results/privacy-$stamp.md"
{
  echo "# privacy benchmark $stamp"
  echo
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version); dotnet $(dotnet --version); secretlint $("$sl_dir/node_modules/.bin/secretlint" --version)"
  echo
  echo "## Precision and recall (corpus seed $seed)"
  echo
} | tee "$report"

corpus="$cache/privacy-corpus"
"$bench" corpus --out "$corpus" --files "$files" --seed "$seed"
# secretlint exits 1 when it finds something; that is the expected outcome here.
(cd "$cache" && secretlint --format json --output "$cache/privacy-secretlint.json" "privacy-corpus/**/*") || true
"$bench" score --corpus "$corpus" --secretlint "$cache/privacy-secretlint.json" --json "$results/privacy-$stamp.scores.json" | tee -a "$report"

list="$cache/include.files"
find /usr/include -type f | LC_ALL=C sort > "$list"
# secretlint did not finish one pass over the whole tree in ten minutes (a pass over a 1/32 sample takes about
# 1.5 s, its largest files under 0.5 s each), so the comparison runs on every SAMPLE-th file of it. Each secretlint
# pass is a new Node process and includes its start-up; Baton's passes run in one warmed-up process.
sample_every="${SAMPLE:-32}"
sample="$cache/include-sample.files"
awk -v n="$sample_every" 'NR % n == 1' "$list" > "$sample"
size() { tr '\n' '\0' < "$1" | du -cb --files0-from=- | tail -1 | cut -f1; }
bytes=$(size "$list")
sample_bytes=$(size "$sample")
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

full1=$("$bench" throughput --list "$list" --threads 1 --runs "$runs")
full2=$("$bench" throughput --list "$list" --threads 2 --runs "$runs")
part1=$("$bench" throughput --list "$sample" --threads 1 --runs "$runs")
part2=$("$bench" throughput --list "$sample" --threads 2 --runs "$runs")

# secretlint: one warm-up pass, then SL_RUNS timed passes over the sample; wall and CPU time of its process.
sl_dir_q="$sl_dir"
sl_times=()
sl_cpu=()
for run in $(seq 0 "$sl_runs"); do
  start=$(date +%s.%N)
  /usr/bin/time -o "$cache/secretlint.time" -f '%U %S' "$sl_dir_q/node_modules/.bin/secretlint" --secretlintrc "$sl_dir_q/.secretlintrc.json" --format compact $(cat "$sample") > /dev/null 2>&1 || true
  cpu=$(tail -1 "$cache/secretlint.time")
  end=$(date +%s.%N)
  if [[ "$run" -gt 0 ]]; then
    sl_times+=("$(echo "$end - $start" | bc -l)")
    sl_cpu+=("$(echo "$cpu" | awk '{print $1 + $2}')")
  fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
sl_wall=$(median "${sl_times[@]}")
sl_mbps=$(echo "$sample_bytes / 1000000 / $sl_wall" | bc -l)
sl_mbps_cpu=$(echo "$sample_bytes / 1000000 / $(median "${sl_cpu[@]}")" | bc -l)
row() { printf '| %s | %s | %s | %.1f | %.1f | %s |\n' "$1" "$2" "$3" "$(echo "$4" | field medianMBps)" "$(echo "$4" | field medianMBpsPerCpuSecond)" "$(echo "$4" | field findings)"; }
{
  echo "## Throughput on /usr/include"
  echo
  echo "Whole tree: $(wc -l < "$list") files, $bytes bytes. Sample for the comparison: every ${sample_every}th file, $(wc -l < "$sample") files, $sample_bytes bytes."
  echo
  echo "| scanner | input | threads | MB/s (wall, median of $runs) | MB per CPU-second | findings |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
  row Baton "whole tree" 1 "$full1"
  row Baton "whole tree" 2 "$full2"
  row Baton sample 1 "$part1"
  row Baton sample 2 "$part2"
  printf '| secretlint 12.0.0 (recommend preset) | sample | 1 (Node) | %.2f | %.2f | – |\n' "$sl_mbps" "$sl_mbps_cpu"
  echo
  printf 'Ratio on the sample, same run: Baton 2 threads / secretlint = %.0f×; Baton 1 thread / secretlint = %.0f×; per CPU-second %.0f×.\n' \
    "$(echo "$(echo "$part2" | field medianMBps) / $sl_mbps" | bc -l)" "$(echo "$(echo "$part1" | field medianMBps) / $sl_mbps" | bc -l)" \
    "$(echo "$(echo "$part1" | field medianMBpsPerCpuSecond) / $sl_mbps_cpu" | bc -l)"
  echo "Baton whole-tree runs (MB/s, 2 threads): $(echo "$full2" | python3 -c 'import json,sys; print(", ".join(f"{v:.1f}" for v in json.load(sys.stdin)["runsMBps"]))')"
  echo "secretlint sample runs (s): ${sl_times[*]}"
  echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows both scanners alike)"
} | tee -a "$report"
echo "report: $report" >&2
