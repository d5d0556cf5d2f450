#!/usr/bin/env bash
# The fixed cost of a command: a one-file `baton pack` and `baton search foo` on a small workspace, each run RUNS
# times per build (builds interleaved, so that a change of load hits them alike); medians of wall, user CPU (git's
# processes included: /usr/bin/time counts waited-for children) and peak RSS, with the load average.
#
#   bench/pack-startup.sh                                   publishes this checkout (Release, ReadyToRun) and times it
#   BUILDS="before=/tmp/a/baton after=/tmp/b/baton" bench/pack-startup.sh   compares published builds
#   RUNS=10 (default)
#
# The packed folder, the workspaces and the builds live under ${TMPDIR:-/tmp}/baton-pack-startup.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${TMPDIR:-/tmp}/baton-pack-startup
runs=${RUNS:-10}
mkdir -p "$work"

if [[ -z ${BUILDS:-} ]]; then
  dotnet publish "$repo/src/Baton.Cli" -c Release -p:PublishReadyToRun=true -o "$work/build" -v quiet -nologo >&2
  BUILDS="this=$work/build/baton"
fi
read -r -a builds <<<"$BUILDS"
first=${builds[0]#*=}

# One file outside any git repository; a workspace for the pack's records, one with 20 notes for search.
mkdir -p "$work/tiny" && echo hello >"$work/tiny/a.txt"
rm -rf "$work/ws-pack" "$work/ws-search"
"$first" init "$work/ws-pack" --here >/dev/null 2>&1
"$first" init "$work/ws-search" --here >/dev/null 2>&1
for i in $(seq 1 20); do
  (cd "$work/ws-search" && "$first" add note --title "note $i" --body "retry with backoff, note $i, foo bar" >/dev/null)
done

# Run from the work folder, outside any git repository, so that the figures do not depend on where the script is run.
cd "$work"
declare -A samples
for _ in $(seq 1 "$runs"); do
  for build in "${builds[@]}"; do
    name=${build%%=*} baton=${build#*=}
    /usr/bin/time -o "$work/time" -f "%e %U %M" "$baton" pack "$work/tiny" --out "$work/out.md" --workspace "$work/ws-pack" >/dev/null 2>&1
    samples[$name,pack]+="$(tail -1 "$work/time")"$'\n'
    (cd "$work/ws-search" && /usr/bin/time -o "$work/time" -f "%e %U %M" "$baton" search foo >/dev/null 2>&1)
    samples[$name,search]+="$(tail -1 "$work/time")"$'\n'
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "median of $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| build | command | wall s | user CPU s | peak RSS MB |"
echo "|---|---|---:|---:|---:|"
for build in "${builds[@]}"; do
  name=${build%%=*}
  for command in pack search; do
    rows=${samples[$name,$command]}
    wall=$(cut -d' ' -f1 <<<"$rows" | grep . | median)
    user=$(cut -d' ' -f2 <<<"$rows" | grep . | median)
    rss=$(cut -d' ' -f3 <<<"$rows" | grep . | median)
    printf '| %s | %s | %.2f | %.2f | %.0f |\n' "$name" "$command" "$wall" "$user" "$((${rss%.*} / 1024))"
  done
done
