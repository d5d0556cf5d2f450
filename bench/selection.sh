#!/usr/bin/env bash
# Walk speed of the pack's file selection stage (src/Baton.Core/Packing/Selection), warm cache, median of 5:
#   1. the system C headers (/usr/include, ~8k files, outside git: .gitignore-free, defaults on);
#   2. a generated repository-like tree (default 200k files, nested .gitignore files), inside git,
#      with `git ls-files --others --exclude-standard` timed on the same tree for reference.
# Usage: bench/selection.sh [FILES]   (figures are quoted in docs/packing-selection.md)
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-200000}"
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build bench/Baton.Bench.Selection -c Release -o bench/.cache/selection-bin >/dev/null
bench=bench/.cache/selection-bin/baton-bench-selection

echo "== /usr/include"
"$bench" walk /usr/include --runs 5

tree="bench/.cache/selection-tree-$files"
if [ ! -d "$tree" ]; then
  "$bench" generate "$tree" --files "$files"
  git -C "$tree" init -q
fi
echo "== generated tree ($files files, git repository)"
"$bench" walk "$tree" --runs 5
start=$(date +%s%N)
count=$(git -C "$tree" ls-files --others --exclude-standard | wc -l)
echo "  git ls-files --others --exclude-standard: $count files in $(( ($(date +%s%N) - start) / 1000000 )) ms"
